// Budget against accounts per programme area, as the annual evaluation prints it (seed 001):
//   Tjenesteområde (alle tall i 1000 kr);Revidert budsjett 2023;Regnskap 2023;Avvik i kroner;Avvik i prosent
//   P04 Helse;366.207;378.956;- 12.749;- 3,5%
// The stated deviations are checked against budget and accounts: published tables are rounded to whole thousands,
// so a stated number may be off by rounding, and no more. What is off by more is reported, by line and column.

import { readCsvTable, separatorName } from '../csvReader';
import { foldHeader, isTotalLabel, readAmount, unitInHeader, yearInHeader } from '../cells';
import { prepareText, type ImportInput } from '../input';
import { IssueList, type ImportIssue, type ImportMessage, type ImportSkip } from '../issues';
import type { AccountsImport, AccountsOptions, AccountsResult, AccountsRow, DeviationConvention } from './types';

interface Columns {
  label: number;
  budget: number;
  accounts: number;
  deviation: number | null;
  percent: number | null;
}

function findColumns(header: string[], line: number, errors: IssueList, warnings: ImportMessage[]): Columns | null {
  const folded = header.map(foldHeader);
  const all = (test: RegExp, not?: RegExp): number[] =>
    folded.map((h, i) => (test.test(h) && !(not && not.test(h)) ? i : -1)).filter((i) => i >= 0);
  const budgets = all(/budsjett|budget/);
  // Of several budgets (opprinnelig, revidert), the revised one is what accounts are measured against.
  const budget = budgets.find((i) => /revidert|justert|revised/.test(folded[i])) ?? budgets[0] ?? -1;
  for (const i of budgets.filter((k) => k !== budget)) {
    warnings.push({ line, column: i + 1, code: 'imports.columnIgnored', params: { name: header[i].trim() } });
  }
  const accounts = all(/regnskap|accounts|actual/)[0] ?? -1;
  const percent = all(/(?:avvik|deviation|differanse).*(?:prosent|%|percent)|^%$|^prosent$/)[0] ?? null;
  const deviation = all(/avvik|deviation|differanse/, /prosent|%|percent/)[0] ?? null;
  let label = all(/område|tjeneste|enhet|ansvar|sektor|area|service/, /budsjett|regnskap|avvik/)[0] ?? -1;
  if (label < 0 && ![budget, accounts, deviation, percent].includes(0)) label = 0;
  if (label < 0) errors.add({ line, code: 'imports.accounts.missingLabel', params: {} });
  if (budget < 0) errors.add({ line, code: 'imports.accounts.missingBudget', params: {} });
  if (accounts < 0) errors.add({ line, code: 'imports.accounts.missingAccounts', params: {} });
  if (errors.size > 0) return null;
  return { label, budget, accounts, deviation, percent };
}

/** Digits after the decimal comma of a printed percentage: "- 3,5%" → 1. */
function printedDecimals(text: string): number {
  const m = /[.,](\d+)\s*%?\s*$/.exec(text.trim());
  return m ? m[1].length : 0;
}

/** Smallest step of the amounts as printed: 1 for whole numbers, 0.1 for one decimal … */
function amountStep(values: number[]): number {
  let decimals = 0;
  for (const v of values) {
    const frac = String(v).split('.')[1] ?? '';
    decimals = Math.max(decimals, Math.min(frac.length, 6));
  }
  return 10 ** -decimals;
}

const round2 = (v: number): number => Math.round(v * 100) / 100;

interface RawRow {
  line: number;
  label: string;
  budget: number;
  accounts: number;
  statedDeviation: number | null;
  statedPercent: number | null;
  percentDecimals: number;
}

/** Reads budget vs accounts and checks the stated deviations. Never throws. */
export function parseAccounts(input: ImportInput, opts: AccountsOptions = {}): AccountsResult {
  const prepared = prepareText(input);
  if (!prepared.ok) return prepared;
  const read = readCsvTable(prepared.text);
  if (!read.ok) return read;
  const { table } = read;
  const header = table.header.cells;
  const errors = new IssueList();
  const warnings: ImportMessage[] = [];
  const skipped: ImportSkip[] = table.preamble.map((r) => ({
    line: r.line,
    text: r.cells.join(' '),
    reason: 'imports.skip.title',
  }));
  const cols = findColumns(header, table.header.line, errors, warnings);
  if (cols === null) return { ok: false, errors: errors.toArray() };

  const raw: RawRow[] = [];
  let totalRaw: RawRow | null = null;
  for (const row of table.rows) {
    const label = row.cells[cols.label].trim();
    const cell = (col: number): { text: string; where: Pick<ImportIssue, 'line' | 'column' | 'columnName'> } => ({
      text: row.cells[col],
      where: { line: row.line, column: col + 1, columnName: header[col].trim() },
    });
    const amount = (col: number | null, required: boolean, unit?: string): number | null => {
      if (col === null) return null;
      const { text, where } = cell(col);
      const r = readAmount(text, unit);
      if (r.ok) return r.value;
      if (r.missing) {
        if (required) errors.add({ ...where, code: 'imports.emptyCell', params: {} });
        return null;
      }
      errors.add({ ...where, code: r.code, params: r.params });
      return null;
    };
    const budget = amount(cols.budget, true);
    const accounts = amount(cols.accounts, true);
    const statedDeviation = amount(cols.deviation, false);
    const statedPercent = amount(cols.percent, false, '%');
    if (budget === null || accounts === null) continue;
    const entry: RawRow = {
      line: row.line,
      label,
      budget,
      accounts,
      statedDeviation,
      statedPercent,
      percentDecimals: cols.percent !== null ? printedDecimals(row.cells[cols.percent]) : 0,
    };
    if (isTotalLabel(label)) {
      if (totalRaw !== null) {
        errors.add({ line: row.line, code: 'imports.accounts.twoTotals', params: { first: totalRaw.line } });
      }
      totalRaw = entry;
    } else if (totalRaw !== null) {
      // Rows after the sum row are not part of it: a second table, or notes with numbers.
      skipped.push({ line: row.line, text: label, reason: 'imports.skip.afterTotal' });
    } else raw.push(entry);
  }
  for (const r of table.notes) skipped.push({ line: r.line, text: r.cells.join(' '), reason: 'imports.skip.note' });
  if (errors.size > 0) return { ok: false, errors: errors.toArray() };
  if (raw.length === 0) return { ok: false, errors: [{ line: 0, code: 'imports.accounts.noRows', params: {} }] };

  const all = totalRaw ? [...raw, totalRaw] : raw;
  const step = amountStep(all.flatMap((r) => [r.budget, r.accounts, r.statedDeviation ?? 0]));
  // Each printed amount is within half a step of the true one, so a difference of two is within one step, plus half
  // a step for the rounding of the stated deviation itself.
  const tolerance = 1.5 * step + 1e-9;
  const convention = detectConvention(all, tolerance);
  if (convention === 'accountsMinusBudget') warnings.push({ code: 'imports.accounts.reversedSign', params: {} });
  const sign = convention === 'budgetMinusAccounts' ? 1 : -1;
  const mismatches: ImportIssue[] = [];
  const where = (line: number, col: number | null): Pick<ImportIssue, 'line' | 'column' | 'columnName'> =>
    col === null ? { line } : { line, column: col + 1, columnName: header[col].trim() };
  const threshold = opts.thresholdPercent;

  const check = (r: RawRow): AccountsRow => {
    const deviation = sign * (r.budget - r.accounts);
    const deviationPercent = r.budget !== 0 ? (deviation / r.budget) * 100 : null;
    let reconciles = true;
    if (r.statedDeviation !== null && Math.abs(r.statedDeviation - deviation) > tolerance) {
      reconciles = false;
      mismatches.push({
        ...where(r.line, cols.deviation),
        code: sign === 1 ? 'imports.accounts.deviationMismatch' : 'imports.accounts.deviationMismatchReversed',
        params: { area: r.label, stated: r.statedDeviation, computed: round2(deviation) },
      });
    }
    if (r.statedPercent !== null && r.budget !== 0) {
      // Computed from budget and accounts, so a wrong stated deviation is not reported twice.
      const expected = (deviation / r.budget) * 100;
      const allowed = 0.5 * 10 ** -r.percentDecimals + (100 * tolerance) / Math.abs(r.budget) + 1e-9;
      if (Math.abs(r.statedPercent - expected) > allowed) {
        reconciles = false;
        mismatches.push({
          ...where(r.line, cols.percent),
          code: 'imports.accounts.percentMismatch',
          params: { area: r.label, stated: r.statedPercent, computed: round2(expected) },
        });
      }
    }
    const code = /^([A-Za-z]{1,3}\d{1,3})\b/.exec(r.label)?.[1] ?? null;
    const flagged = threshold !== undefined && deviationPercent !== null && Math.abs(deviationPercent) > threshold;
    return {
      line: r.line,
      label: r.label,
      code,
      budget: r.budget,
      accounts: r.accounts,
      deviation,
      deviationPercent,
      statedDeviation: r.statedDeviation,
      statedPercent: r.statedPercent,
      reconciles,
      flagged,
    };
  };
  const rows = raw.map(check);
  let total: AccountsRow | null = null;
  if (totalRaw !== null) {
    total = check(totalRaw);
    // A sum of n printed amounts is within n half-steps of the true sum, the printed sum within one more.
    const sumTolerance = ((raw.length + 1) / 2) * step + 1e-9;
    const sums: [string, number | null, number, number | null][] = [
      ['budget', cols.budget, raw.reduce((s, r) => s + r.budget, 0), totalRaw.budget],
      ['accounts', cols.accounts, raw.reduce((s, r) => s + r.accounts, 0), totalRaw.accounts],
    ];
    if (raw.every((r) => r.statedDeviation !== null)) {
      sums.push(['deviation', cols.deviation, raw.reduce((s, r) => s + (r.statedDeviation ?? 0), 0), totalRaw.statedDeviation]);
    }
    for (const [, col, sum, stated] of sums) {
      if (stated === null || Math.abs(stated - sum) <= sumTolerance) continue;
      total.reconciles = false;
      mismatches.push({
        ...where(totalRaw.line, col),
        code: 'imports.accounts.sumMismatch',
        params: { stated, computed: round2(sum) },
      });
    }
  }
  const result: AccountsImport = {
    ok: true,
    source: { encoding: prepared.encoding, separator: separatorName(table.separator) },
    unit: header.map(unitInHeader).find((u) => u !== null) ?? null,
    year: yearInHeader(header[cols.accounts]) ?? yearInHeader(header[cols.budget]),
    budgetLabel: header[cols.budget].trim(),
    accountsLabel: header[cols.accounts].trim(),
    convention,
    rows,
    total,
    mismatches,
    skipped,
    warnings,
  };
  return result;
}

/** Which sign the stated deviations follow: the one more of them agree with (the seeds' budget − accounts on a tie). */
function detectConvention(rows: RawRow[], tolerance: number): DeviationConvention {
  let forward = 0;
  let reverse = 0;
  for (const r of rows) {
    if (r.statedDeviation === null) continue;
    if (Math.abs(r.statedDeviation - (r.budget - r.accounts)) <= tolerance) forward++;
    if (Math.abs(r.statedDeviation - (r.accounts - r.budget)) <= tolerance) reverse++;
  }
  return reverse > forward ? 'accountsMinusBudget' : 'budgetMinusAccounts';
}
