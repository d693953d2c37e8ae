// Tab-separated blocks as Excel, LibreOffice and Google Sheets put them on the clipboard: rows end in \r\n (or \n,
// or a lone \r), the last row's line break is optional, cells are split by tabs, and a cell holding a tab, a line
// break or a quote is wrapped in quotes with inner quotes doubled.

import { plainNumber, type PlainNumberOptions } from './plainNumber';

/**
 * Splits clipboard text into rows of cells. '' → []; one trailing line break is ignored ("a\r\n" → [["a"]], and a
 * copied empty cell "\r\n" → [[""]]). A quote opens a quoted cell only at the start of a cell and only if a closing
 * quote follows it before a tab, line break or the end; otherwise the quote is kept as text (5" pipe, "abc).
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  if (text === '') return rows;
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    let cell: string | null = null;
    if (text.charCodeAt(i) === 34 /* " */) {
      const quoted = readQuoted(text, i);
      if (quoted) {
        cell = quoted.value;
        i = quoted.end;
      }
    }
    if (cell === null) {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 9 || c === 10 || c === 13) break;
        j++;
      }
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    // i is at a tab, a line break or the end.
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    const c = text.charCodeAt(i);
    if (c === 9) {
      i++;
      continue;
    }
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    rows.push(row);
    if (i >= n) return rows; // the trailing line break
    row = [];
  }
}

/** A quoted cell starting at `start`, or null if the quotes do not close properly (then it is plain text). */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return null;
    value += text.slice(i, q);
    if (text.charCodeAt(q + 1) === 34) {
      value += '"';
      i = q + 2;
      continue;
    }
    const after = q + 1;
    if (after === text.length) return { value, end: after };
    const c = text.charCodeAt(after);
    return c === 9 || c === 10 || c === 13 ? { value, end: after } : null;
  }
}

export type TsvOptions = PlainNumberOptions;

/** One cell's clipboard text: strings quoted when they must be, numbers plain (see plainNumber.ts). */
function tsvCell(cell: number | string | null, opts: TsvOptions): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return plainNumber(cell, opts);
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * A block for the clipboard: cells joined by tabs, rows by \r\n, with a final \r\n as Excel writes it. Numbers are
 * written plain ("-1234,5": no grouping, ASCII minus, decimal comma unless `decimal: '.'`) so that Excel in a
 * Norwegian locale and parseNumber both read them back as the same number; null and non-finite numbers are blank.
 */
export function toTsv(rows: (number | string | null)[][], opts: TsvOptions = {}): string {
  if (rows.length === 0) return '';
  return rows.map((row) => row.map((cell) => tsvCell(cell, opts)).join('\t')).join('\r\n') + '\r\n';
}
