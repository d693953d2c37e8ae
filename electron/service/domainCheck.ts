// The domain's verdict on a document that passed the schema: every line builds, every formula compiles (no
// forbidden construct, no unknown name), and there is no same-year cycle. Errors that depend on the numbers
// (division by zero, a value that is not finite, a line built on one of those) are values with a cause that the
// grid shows in the cell, so they do not make a document invalid.
import { buildLines, loadLines } from '../../shared/domain';
import { Engine, ErrorCode, type EngineError } from '../../shared/engine';
import { tCode, type Lang } from '../../shared/i18n';
import type { Scenario } from '../../shared/model';
import { translateMessage } from '../../shared/model';

const VALUE_ERRORS: ReadonlySet<string> = new Set([
  ErrorCode.divByZero,
  ErrorCode.nonFinite,
  ErrorCode.dependsOnError,
  ErrorCode.phaseinArgs,
  ErrorCode.yearOutOfRange,
]);

/** Build problems that only affect where a line is shown, not what is computed. */
const PLACEMENT_PROBLEMS: ReadonlySet<string> = new Set(['domain.unknownAfter']);

export interface FormulaProblem extends Record<string, string | number> {
  /** The line key (or, for a build problem, the key it names). */
  line: string;
  /** The problem in words, in the requested language. */
  detail: string;
  /** Its i18n code. */
  cause: string;
}

export function isValueError(e: EngineError): boolean {
  return VALUE_ERRORS.has(e.code);
}

/** null when the domain accepts the scenario; else the first problem. */
export function checkScenarioFormulas(scenario: Scenario, lang: Lang = 'nb'): FormulaProblem | null {
  const built = buildLines(scenario, { lang });
  for (const p of built.problems) {
    if (PLACEMENT_PROBLEMS.has(p.code)) continue;
    return { line: String(p.params.key ?? ''), detail: translateMessage(p.code, p.params, lang), cause: p.code };
  }
  const engine = new Engine({ firstYear: scenario.firstYear, years: scenario.years });
  // Only definitions, names and cycles matter here (value errors are let through): nothing needs computing.
  loadLines(engine, built, { compute: false });
  for (const line of built.lines) {
    const err = engine.lineError(line.key);
    if (err && !isValueError(err)) return { line: line.key, detail: tCode(lang, err.code, err.params), cause: err.code };
  }
  return null;
}
