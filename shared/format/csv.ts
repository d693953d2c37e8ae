// CSV for Excel: RFC 4180 quoting, ';' as separator by default (Norwegian Excel splits on ';', since ',' is its
// decimal separator), and protection against formula injection in text cells (OWASP "CSV injection").

import { plainNumber, type DecimalSeparator } from './plainNumber';
import { xmlSafeText } from './xmlText';

export type CsvSeparator = ';' | ',' | '\t';

// A cell starting with one of these is run as a formula by Excel / LibreOffice (full-width forms included, which
// some Excel locales accept as well).
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
// Numbers such as -735, +5, -1234,5 or -1.5e-7 start with a sign but are harmless and must stay numbers.
const PLAIN_NUMBER = /^[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)(?:e[+-]?[0-9]+)?$/i;

/**
 * One CSV cell. Text that Excel would run as a formula (starting with = + - @ tab CR) is prefixed with a single
 * quote, except plain numbers like -735. Characters no text file should hold (NUL, lone surrogates, U+FFFF …)
 * become U+FFFD (xmlText.ts). The cell is then quoted (inner quotes doubled) if it holds the separator,
 * a quote, CR or LF (RFC 4180).
 */
export function escapeCsvCell(text: string, separator: CsvSeparator = ';'): string {
  let cell = xmlSafeText(text);
  if (FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell)) cell = `'${cell}`;
  const mustQuote = cell.includes(separator) || /["\r\n]/.test(cell);
  return mustQuote ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export interface CsvOptions {
  /** Default ';'. */
  separator?: CsvSeparator;
  /** Decimal separator of numbers; default ',' unless the separator is ','. */
  decimal?: DecimalSeparator;
  /** Round numbers to this many decimals; default full precision. */
  decimals?: number;
  /** Start with a UTF-8 byte order mark, which Excel needs to read æ, ø and å in a UTF-8 file. Default false. */
  bom?: boolean;
}

/**
 * A CSV document: records end in \r\n (RFC 4180), numbers are plain ("-1234,5") so Excel reads them as numbers,
 * null and non-finite numbers are empty cells, text goes through escapeCsvCell.
 */
export function toCsv(rows: (number | string | null)[][], opts: CsvOptions = {}): string {
  const separator = opts.separator ?? ';';
  const decimal = opts.decimal ?? (separator === ',' ? '.' : ',');
  const body = rows
    .map((row) =>
      row
        .map((cell) => {
          if (cell === null) return '';
          if (typeof cell === 'number') return escapeCsvCell(plainNumber(cell, { decimal, decimals: opts.decimals }), separator);
          return escapeCsvCell(cell, separator);
        })
        .join(separator),
    )
    .map((line) => `${line}\r\n`)
    .join('');
  return opts.bom ? `\uFEFF${body}` : body;
}
