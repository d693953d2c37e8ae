// The comparison as a plain table (header row + one row per line): what the CSV export writes, and what an .xlsx
// export on the main side can write cell by cell. Numbers stay numbers (rates as proportions, with the unit in its
// own column) so a spreadsheet can compute with them; absent values are empty cells.
import { t, tCode, type Lang } from '../i18n/index';
import { translate } from './text';
import type { CompareResult, CompareRow } from './types';

export type TableCell = string | number | null;

export interface TableOptions {
  /** Only rows that differ. */
  onlyDiffs?: boolean;
  /** Only rows of this view (oversikt, rammer, …). */
  view?: string;
}

/** Floating-point noise off (0.05 − 0.04 = 0.010000000000000002), so a spreadsheet shows what the app shows. */
function clean(v: number | null): number | null {
  return v === null ? null : Math.round(v * 1e9) / 1e9;
}

export function rowsShown(result: CompareResult, opts: TableOptions = {}): CompareRow[] {
  return result.rows.filter((r) => (!opts.onlyDiffs || r.differs) && (!opts.view || r.view === opts.view));
}

export function comparisonTable(result: CompareResult, lang: Lang, opts: TableOptions = {}): TableCell[][] {
  const names = result.scenarios.map((s) => s.name);
  const header: TableCell[] = [t(lang, 'compare.viewFilter'), t(lang, 'compare.line'), t(lang, 'compare.col.key'), t(lang, 'compare.col.unit')];
  for (const year of result.years) {
    names.forEach((name) => header.push(`${year} ${name}`));
    names.slice(1).forEach((name) => header.push(`${year} ${t(lang, 'compare.diff')} ${name}`, `${year} ${t(lang, 'compare.diffShare')} ${name}`));
  }
  const body = rowsShown(result, opts).map((r) => {
    const cells: TableCell[] = [tCode(lang, `compare.view.${r.view}`), translate(lang, r.label), r.key, r.unit];
    result.years.forEach((_, y) => {
      r.cells.forEach((c) => cells.push(clean(c.values[y])));
      for (let i = 1; i < r.cells.length; i++) cells.push(clean(r.diff[i][y]), clean(r.diffShare[i][y]));
    });
    return cells;
  });
  return [header, ...body];
}
