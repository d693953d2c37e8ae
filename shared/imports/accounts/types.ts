import type { TextEncodingName } from '../decode';
import type { ImportIssue, ImportMessage, ImportSkip } from '../issues';

/** How the file's deviations are signed: the seeds' budget − accounts (positive = spent less than budgeted), or
 *  the reverse. */
export type DeviationConvention = 'budgetMinusAccounts' | 'accountsMinusBudget';

export interface AccountsRow {
  line: number;
  label: string;
  /** Programme area code from the label ("P05"), if it starts with one. */
  code: string | null;
  budget: number;
  accounts: number;
  /** Computed from budget and accounts, signed by the file's convention. */
  deviation: number;
  /** deviation / budget in per cent (points: −3.48 for −3,5 %); null if the budget is 0. */
  deviationPercent: number | null;
  /** As stated in the file; null when the file has no such column or the cell is empty. */
  statedDeviation: number | null;
  statedPercent: number | null;
  /** The stated deviation and per cent agree with budget and accounts, within rounding. */
  reconciles: boolean;
  /** |deviationPercent| exceeds the threshold given. */
  flagged: boolean;
}

export interface AccountsOptions {
  /** Flag rows whose deviation exceeds this many per cent of the budget, either way. */
  thresholdPercent?: number;
}

export interface AccountsImport {
  ok: true;
  source: { encoding: TextEncodingName | null; separator: string };
  /** "1000 kr" from "(alle tall i 1000 kr)"; null when the file does not say. */
  unit: string | null;
  year: number | null;
  budgetLabel: string;
  accountsLabel: string;
  convention: DeviationConvention;
  rows: AccountsRow[];
  /** The file's sum row, checked like a row and against the sum of the rows. */
  total: AccountsRow | null;
  /** Stated numbers that do not reconcile, each naming its line and column. */
  mismatches: ImportIssue[];
  skipped: ImportSkip[];
  warnings: ImportMessage[];
}

export type AccountsResult = AccountsImport | { ok: false; errors: ImportIssue[] };
