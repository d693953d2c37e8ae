// `validate <file>`: exit 0 when the file is a valid scenario whose lines all compile, 1 with the problems named
// otherwise — schema issues (with their place in the document), a file from a newer version, formulas that do not
// compile or name unknown lines, same-year cycles, user lines that clash with generated ones. Value problems in
// single years (division by zero) are warnings; published totals that do not add up are listed for information.
import { ErrorCode } from '../../shared/engine/errors';
import { t } from '../../shared/i18n/index';
import { translateMessage } from '../../shared/model/issues';
import { computeLoaded, loadScenario } from './load';
import { EXIT, type CliCommand } from './types';

/** Errors a cell can have although its formula is sound. */
const VALUE_ERRORS: ReadonlySet<string> = new Set([ErrorCode.divByZero, ErrorCode.nonFinite, ErrorCode.phaseinArgs, ErrorCode.dependsOnError]);
/** Build problems that leave the scenario computable (the line is only placed elsewhere). */
const BUILD_WARNINGS: ReadonlySet<string> = new Set(['domain.unknownAfter']);

export const validateCommand: CliCommand = {
  name: 'validate',
  usageKey: 'cli.validate.usage',
  summaryKey: 'cli.validate.summary',
  options: {},
  args: { min: 1, max: 1 },
  run([file], _options, ctx) {
    const { io, lang } = ctx;
    const scenario = loadScenario(file, ctx);
    if (scenario === null) return EXIT.invalid;
    const c = computeLoaded(scenario, ctx);
    if (c === null) return EXIT.invalid;
    const { engine } = c;
    const errors: string[] = [];
    const warnings: string[] = [];
    for (const p of c.problems) (BUILD_WARNINGS.has(p.code) ? warnings : errors).push(translateMessage(p.code, p.params, lang));
    for (const l of c.lines) {
      const e = engine.lineError(l.key);
      if (e === undefined) continue;
      if (!VALUE_ERRORS.has(e.code)) {
        errors.push(t(lang, 'cli.lineProblem', { key: l.key, label: l.label, message: translateMessage(e.code, e.params, lang) }));
        continue;
      }
      if (e.code === ErrorCode.dependsOnError) continue; // the line it depends on is reported itself
      for (let y = 0; y < engine.years; y++) {
        const ce = engine.error(l.key, y);
        if (ce === undefined || ce.code === ErrorCode.dependsOnError) continue;
        warnings.push(
          t(lang, 'cli.lineWarning', { key: l.key, label: l.label, year: engine.firstYear + y, message: translateMessage(ce.code, ce.params, lang) }),
        );
      }
    }
    if (errors.length > 0) {
      io.err(t(lang, 'cli.invalidScenario', { file }));
      for (const e of errors) io.err(`  ${e}`);
      return EXIT.invalid;
    }
    const last = scenario.firstYear + scenario.years - 1;
    io.out(t(lang, 'cli.valid', { file, name: scenario.name, first: scenario.firstYear, last, lines: c.lines.length }));
    if (warnings.length > 0) {
      io.out(t(lang, 'cli.warnings'));
      for (const w of warnings) io.out(`  ${w}`);
    }
    io.out(c.findings.length === 0 ? t(lang, 'cli.noFindings') : t(lang, 'cli.findings', { count: c.findings.length }));
    for (const f of c.findings) io.out(`  ${translateMessage(f.message.code, f.message.params, lang)}`);
    return EXIT.ok;
  },
};
