// One view as CSV for Excel: ';' separated, decimal comma, UTF-8 with BOM (so Excel reads æ, ø, å), every text cell
// escaped against formula injection (shared/format/csv.ts). An error cell is left empty.
import type { ExportedFile } from '../../shared/api/contract';
import { computeWithinBudget } from '../../shared/domain';
import { toCsv } from '../../shared/format';
import { t, type Lang } from '../../shared/i18n';
import type { Scenario, View } from '../../shared/model';
import { safeFileName } from './fileName';
import { planYears } from '../../shared/model/years';
import { linesByView } from './viewLines';

/** Binary noise (0.30000000000000004) is cut at 15 significant digits, what a double holds reliably. */
function clean(v: number): number | null {
  return Number.isFinite(v) ? Number(v.toPrecision(15)) : null;
}

export function viewCsv(scenario: Scenario, view: View, lang: Lang = 'nb'): string {
  const c = computeWithinBudget(scenario, { lang });
  const lines = linesByView(c).get(view) ?? [];
  const header = [t(lang, 'export.line'), t(lang, 'export.key'), t(lang, 'export.unit'), ...planYears(scenario).map(String)];
  const rows: (string | number | null)[][] = [header];
  for (const l of lines) {
    const values = c.engine.values(l.key);
    rows.push([l.label, l.key, l.unit, ...Array.from(values, clean)]);
  }
  return toCsv(rows, { separator: ';', bom: true });
}

export function exportCsv(scenario: Scenario, view: View, lang: Lang = 'nb'): ExportedFile {
  return {
    fileName: safeFileName(`${scenario.name} - ${t(lang, `export.sheet.${view}`)}`, '.csv'),
    mime: 'text/csv; charset=utf-8',
    content: viewCsv(scenario, view, lang),
    encoding: 'utf8',
  };
}
