// `compute <file> [--json]`: every line per year, as a table grouped by view (nb-NO numbers), or as JSON:
// {"scenario":{"name","firstYear","years"},"lines":[{"key","label","unit","values":[number|null],"error"?,
//  "notApplicable"?:[string|null]}],"findings":[{"key","year","message"}]}
// A year in which a line does not apply (a share of revenue without revenue) is null in `values`, as an error is,
// and its reason is at the same index of `notApplicable` (present only on a line with such a year), so a program
// reading the JSON never takes the engine's placeholder 0 for data.
import type { DomainLine } from '../../shared/domain/types';
import { notApplicableReason } from '../../shared/domain/notApplicable';
import { t, tCode } from '../../shared/i18n/index';
import { translateMessage } from '../../shared/model/issues';
import { VIEWS } from '../../shared/model/customLine';
import { formatValue } from './format';
import { computeLoaded, loadScenario } from './load';
import { renderTable } from './table';
import { EXIT, type CliCommand } from './types';
import { planYears } from '../../shared/model/years';

interface JsonLine {
  key: string;
  label: string;
  unit: string;
  values: (number | null)[];
  error?: string;
  notApplicable?: (string | null)[];
}

export const computeCommand: CliCommand = {
  name: 'compute',
  usageKey: 'cli.compute.usage',
  summaryKey: 'cli.compute.summary',
  options: { json: { type: 'boolean' } },
  args: { min: 1, max: 1 },
  run([file], options, ctx) {
    const { io, lang } = ctx;
    const scenario = loadScenario(file, ctx);
    if (scenario === null) return EXIT.invalid;
    const c = computeLoaded(scenario, ctx);
    if (c === null) return EXIT.invalid;
    for (const p of c.problems) io.err(translateMessage(p.code, p.params, lang));
    const { engine } = c;
    const lineError = (key: string) => {
      const e = engine.lineError(key);
      return e === undefined ? undefined : translateMessage(e.code, e.params, lang);
    };

    const valueOf = (key: string, y: number) => engine.value(key, y);
    if (options.json === true) {
      const lines: JsonLine[] = c.lines.map((l) => {
        const reasons = Array.from(engine.values(l.key), (_, y) => notApplicableReason(l, y, valueOf) ?? null);
        const values = Array.from(engine.values(l.key), (v, y) => (Number.isNaN(v) || reasons[y] !== null ? null : v));
        const out: JsonLine = { key: l.key, label: l.label, unit: l.unit, values };
        const error = lineError(l.key);
        if (error !== undefined) out.error = error;
        if (reasons.some((r) => r !== null)) out.notApplicable = reasons.map((r) => (r === null ? null : tCode(lang, r)));
        return out;
      });
      const findings = c.findings.map((f) => ({ key: f.key, year: f.year, message: translateMessage(f.message.code, f.message.params, lang) }));
      io.out(JSON.stringify({ scenario: { name: scenario.name, firstYear: scenario.firstYear, years: scenario.years }, lines, findings }, null, 2));
      return EXIT.ok;
    }

    const years = planYears(scenario).map(String);
    const columns = [
      { header: t(lang, 'cli.table.key'), align: 'left' as const },
      { header: t(lang, 'cli.table.label'), align: 'left' as const, max: 70 },
      { header: t(lang, 'cli.table.unit'), align: 'left' as const },
      ...years.map((y) => ({ header: y, align: 'right' as const })),
    ];
    const row = (l: DomainLine): string[] => {
      // A line that does not apply that year (a share without revenue) prints a dash, as on screen.
      const values = Array.from(engine.values(l.key), (v, y) =>
        Number.isNaN(v) ? t(lang, 'cli.error') : notApplicableReason(l, y, valueOf) ? '–' : formatValue(v, l.meta.display, lang),
      );
      return [l.key, l.label, l.unit, ...values];
    };
    const out: string[] = [`${scenario.name} (${scenario.firstYear}–${scenario.firstYear + scenario.years - 1}, ${scenario.unit})`];
    for (const view of VIEWS) {
      const lines = c.lines.filter((l) => l.meta.view === view).sort((a, b) => a.meta.order - b.meta.order);
      if (lines.length === 0) continue;
      out.push('', `== ${view} ==`, renderTable(columns, lines.map(row)));
    }
    const errors = c.lines.map((l) => [l, lineError(l.key)] as const).filter(([, e]) => e !== undefined);
    if (errors.length > 0) {
      out.push('', t(lang, 'cli.warnings'));
      for (const [l, e] of errors) out.push(`  ${t(lang, 'cli.lineProblem', { key: l.key, label: l.label, message: e ?? '' })}`);
    }
    out.push('', c.findings.length === 0 ? t(lang, 'cli.noFindings') : t(lang, 'cli.findings', { count: c.findings.length }));
    for (const f of c.findings) out.push(`  ${translateMessage(f.message.code, f.message.params, lang)}`);
    io.out(out.join('\n'));
    return EXIT.ok;
  },
};
