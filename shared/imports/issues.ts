// What an import reports: problems that stop it (errors), things it read past on purpose (skipped) and things the
// user should know (warnings). Every message is an i18n key with params (shared/i18n/imports.ts), never prose, so
// the desktop app, the web mode and the CLI show it in the user's language.

import { formatNumber } from '../format/numberFormat';
import { t, tCode, type Lang } from '../i18n/index';

export type Params = Record<string, string | number>;

/** A problem found in the file. `line` is 1-based in the file as a text editor numbers it; 0 = the file as a whole. */
export interface ImportIssue {
  line: number;
  /** 1-based column (cell) in the line, when the problem sits in one cell. */
  column?: number;
  /** The column's header, to name it in the message. */
  columnName?: string;
  code: string;
  params: Params;
}

/** A line or cell the import read past on purpose (a title line, a sum row), with the reason as an i18n key. */
export interface ImportSkip {
  line: number;
  column?: number;
  text: string;
  reason: string;
}

/** A remark that does not stop the import. */
export interface ImportMessage {
  code: string;
  params: Params;
  line?: number;
  column?: number;
}

/** More than this many errors are summed up in one message: nobody reads a thousand. */
export const MAX_ERRORS = 100;

/** Collects errors up to MAX_ERRORS, then counts the rest. */
export class IssueList {
  private readonly items: ImportIssue[] = [];
  private overflow = 0;

  add(issue: ImportIssue): void {
    if (this.items.length < MAX_ERRORS) this.items.push(issue);
    else this.overflow++;
  }

  addAll(issues: readonly ImportIssue[]): void {
    for (const issue of issues) this.add(issue);
  }

  get size(): number {
    return this.items.length + this.overflow;
  }

  /** The errors, with a closing "… and N more" when some were left out. */
  toArray(): ImportIssue[] {
    if (this.overflow === 0) return [...this.items];
    return [...this.items, { line: 0, code: 'imports.moreErrors', params: { count: this.overflow } }];
  }
}

/** Prefixes a message with where it applies: "Linje 4, kolonne 2 («alder»): …". */
export function locate(
  lang: Lang,
  where: { line?: number; column?: number; columnName?: string },
  message: string,
): string {
  const line = where.line ?? 0;
  if (line <= 0) return message;
  if (where.column === undefined) return t(lang, 'imports.atLine', { line, message });
  if (where.columnName) {
    return t(lang, 'imports.atCellNamed', { line, column: where.column, name: where.columnName, message });
  }
  return t(lang, 'imports.atCell', { line, column: where.column, message });
}

/**
 * Params with numbers written for the reader ("−19 265", "4,48" in bokmål). Whole numbers below 10 000 stay as they
 * are: they are years, line numbers and counts, and "2 024" would be wrong for a year.
 */
export function localParams(lang: Lang, params: Params): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'number' || (Number.isInteger(value) && Math.abs(value) < 10_000)) out[key] = value;
    else {
      const decimals = Number.isInteger(value) ? 0 : Math.min(2, (String(value).split('.')[1] ?? '').length);
      out[key] = formatNumber(value, { lang, decimals });
    }
  }
  return out;
}

/** One error as a sentence, with its line and column. */
export function issueText(lang: Lang, issue: ImportIssue): string {
  return locate(lang, issue, tCode(lang, issue.code, localParams(lang, issue.params)));
}

/** One warning as a sentence, with its line and column when it has them. */
export function messageText(lang: Lang, message: ImportMessage): string {
  return locate(lang, message, tCode(lang, message.code, localParams(lang, message.params)));
}

/** One skipped line or cell: where, why, and what it held. */
export function skipText(lang: Lang, skip: ImportSkip): string {
  return locate(lang, skip, tCode(lang, skip.reason, { text: quoteText(skip.text) }));
}

const MAX_QUOTED = 60;

/** Text as named in a message: blanks folded and cut to a readable length. */
export function quoteText(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > MAX_QUOTED ? `${s.slice(0, MAX_QUOTED - 1)}…` : s;
}
