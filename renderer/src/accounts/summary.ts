// The deviations of one year, largest first, as the engine computes them (so the threshold typed in the grid and
// every edit count): what the panel above the accounts grid lists.
import { ACCOUNT_KEYS, accountRowKey } from '../../../shared/domain/accounts';
import type { Scenario } from '../../../shared/model/scenario';

export interface DeviationEntry {
  rowId: string;
  code: string;
  name: string;
  budget: number;
  accounts: number;
  /** Revised budget − accounts (positive: spent less than budgeted). */
  deviation: number;
  /** deviation / revised budget; NaN without a revised budget (not applicable, shown as a dash). */
  share: number;
  /** Over the threshold either way. */
  flagged: boolean;
}

export interface DeviationSummary {
  year: number;
  /** A share: 0.03 = 3 %. */
  threshold: number;
  /** The rows with a budget or accounts that year, by the size of the deviation in kroner, largest first. */
  entries: DeviationEntry[];
  flaggedCount: number;
  total: { budget: number; accounts: number; deviation: number; share: number };
}

/** Reads a line's value in a year (index from the first plan year), e.g. `live.engine.value`. */
export type ValueOf = (key: string, yearIndex: number) => number;

const present = (v: number | null | undefined) => v !== null && v !== undefined;

/** The plan years in which any account row has a revised budget or accounts, first to last. */
export function yearsWithAccounts(doc: Scenario): number[] {
  const out: number[] = [];
  for (let i = 0; i < doc.years; i++) {
    if (doc.accounts.rows.some((r) => present(r.revisedBudget[i]) || present(r.accounts[i]))) out.push(doc.firstYear + i);
  }
  return out;
}

/** The summary of `year`, or null when no row has figures that year. */
export function deviationSummary(doc: Scenario, value: ValueOf, year: number): DeviationSummary | null {
  const y = year - doc.firstYear;
  if (y < 0 || y >= doc.years) return null;
  const rows = doc.accounts.rows.filter((r) => present(r.revisedBudget[y]) || present(r.accounts[y]));
  if (rows.length === 0) return null;
  const entries = rows.map((r): DeviationEntry => {
    const k = accountRowKey(r.code);
    return {
      rowId: r.id,
      code: r.code,
      name: r.name,
      budget: value(`${k}.revidert_budsjett`, y),
      accounts: value(`${k}.regnskap`, y),
      deviation: value(`${k}.avvik`, y),
      share: value(`${k}.revidert_budsjett`, y) === 0 ? Number.NaN : value(`${k}.avvik_andel`, y),
      flagged: value(`${k}.over_terskel`, y) === 1,
    };
  });
  // Largest in kroner first; equal ones by code, so the order does not jump.
  entries.sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation) || a.code.localeCompare(b.code));
  return {
    year,
    threshold: value(ACCOUNT_KEYS.threshold, y),
    entries,
    flaggedCount: value(ACCOUNT_KEYS.flaggedCount, y),
    total: {
      budget: value('regnskap.sum_revidert_budsjett', y),
      accounts: value('regnskap.sum_regnskap', y),
      deviation: value('regnskap.sum_avvik', y),
      share: value('regnskap.sum_revidert_budsjett', y) === 0 ? Number.NaN : value('regnskap.sum_avvik_andel', y),
    },
  };
}
