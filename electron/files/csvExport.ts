// One view as CSV for Excel: ';' separated, decimal comma, UTF-8 with BOM (so Excel reads æ, ø, å), every text cell
// escaped against formula injection (shared/format/csv.ts). An error cell is left empty. So is a year in which a line
// does not apply (a share of revenue without revenue: the engine's placeholder 0 is no data): it is empty, which
// Excel's SUM and AVERAGE skip, and a last column «Merknad» (only in a view that has such a year) says which years
// and why.
import type { ExportedFile } from '../../shared/api/contract';
import { computeWithinBudget } from '../../shared/domain';
import { notApplicableReason } from '../../shared/domain/notApplicable';
import { toCsv } from '../../shared/format';
import { t, tCode, type Lang } from '../../shared/i18n';
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
  const years = planYears(scenario);
  const header: (string | number | null)[] = [t(lang, 'export.line'), t(lang, 'export.key'), t(lang, 'export.unit'), ...years.map(String)];
  const rows: (string | number | null)[][] = [header];
  const valueOf = (key: string, y: number) => c.engine.value(key, y);
  let notes = false;
  for (const l of lines) {
    const reasons = years.map((_, y) => notApplicableReason(l, y, valueOf));
    const values = Array.from(c.engine.values(l.key), (v, y) => (reasons[y] ? null : clean(v)));
    const row: (string | number | null)[] = [l.label, l.key, l.unit, ...values];
    // One note per reason, with its years: "2021, 2022: Ingen brutto driftsinntekter …".
    const byReason = new Map<string, number[]>();
    reasons.forEach((r, y) => r && byReason.set(r, [...(byReason.get(r) ?? []), years[y]]));
    if (byReason.size > 0) {
      notes = true;
      row.push([...byReason].map(([r, ys]) => `${ys.join(', ')}: ${tCode(lang, r)}`).join(' '));
    }
    rows.push(row);
  }
  if (notes) header.push(t(lang, 'export.note'));
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
