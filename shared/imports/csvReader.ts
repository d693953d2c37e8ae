// Reading CSV as users get it: from SSB's statistics bank (quoted, ';' or ','), from Norwegian Excel (';', numbers
// with decimal comma), from English tools (','), or tab-separated. RFC 4180 quoting, liberally: a quote inside an
// unquoted cell is text, characters after a closing quote are kept. Every record remembers the line it starts on,
// so messages can name it as a text editor would.

import type { ImportIssue } from './issues';

export type Separator = ';' | ',' | '\t';

const CANDIDATES: readonly Separator[] = [';', '\t', ','];

export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  cells: string[];
  /** Where the record's text starts and ends in the file (end excludes the line break). */
  start: number;
  end: number;
  /** The first quoted cell that runs over a line break: where its quote opens, and whether text follows its
   *  closing quote (as when a quote left open pairs with the opening quote of the next line). */
  multiline?: { line: number; column: number; malformed: boolean };
}

export interface CsvSplit {
  records: CsvRecord[];
  /** Set when a quoted cell never closes: the records before it are returned. */
  unclosedQuote?: { line: number; column: number };
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13) {
      count++;
      if (s.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function record(line: number, cells: string[], start: number, end: number, multiline: CsvRecord['multiline']): CsvRecord {
  return multiline ? { line, cells, start, end, multiline } : { line, cells, start, end };
}

/** Splits text into records of cells. Blank lines (and lines of empty cells only) are left out. */
export function splitCsv(text: string, separator: Separator): CsvSplit {
  const records: CsvRecord[] = [];
  const sep = separator.charCodeAt(0);
  const n = text.length;
  let cells: string[] = [];
  let line = 1;
  let recordLine = 1;
  let recordStart = 0;
  let multiline: { line: number; column: number; malformed: boolean } | undefined;
  let i = 0;
  const endOfCell = (from: number): number => {
    let k = from;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === sep || c === 10 || c === 13) break;
      k++;
    }
    return k;
  };
  for (;;) {
    let value: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      const openLine = line;
      let j = i + 1;
      value = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return { records, unclosedQuote: { line: openLine, column: cells.length + 1 } };
        const chunk = text.slice(j, q);
        value += chunk;
        line += countLineBreaks(chunk);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      const k = endOfCell(j);
      if (line > openLine && multiline === undefined) {
        multiline = { line: openLine, column: cells.length + 1, malformed: k > j };
      }
      value += text.slice(j, k);
      i = k;
    } else {
      const k = endOfCell(i);
      value = text.slice(i, k);
      i = k;
    }
    cells.push(value);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      continue;
    }
    const end = i;
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    line++;
    if (!isBlank(cells)) records.push(record(recordLine, cells, recordStart, end, multiline));
    cells = [];
    multiline = undefined;
    recordLine = line;
    recordStart = i;
    if (i >= n) return { records };
  }
  if (!isBlank(cells)) records.push(record(recordLine, cells, recordStart, n, multiline));
  return { records };
}

/** Lines looked at to guess the separator. */
const SAMPLE_LINES = 60;

function sampleOf(text: string): string {
  let at = 0;
  for (let k = 0; k < SAMPLE_LINES; k++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text;
    at = next + 1;
  }
  return text.slice(0, at);
}

/** How many records share the most common cell count (of at least 2), and that count; a tie goes to the count met first. */
function consistency(records: CsvRecord[]): { count: number; cells: number } {
  const tally = new Map<number, number>();
  for (const r of records) if (r.cells.length >= 2) tally.set(r.cells.length, (tally.get(r.cells.length) ?? 0) + 1);
  let best = { count: 0, cells: 0 };
  // Map iteration follows insertion, so the first count met wins a tie.
  for (const [cells, count] of tally) if (count > best.count) best = { count, cells };
  return best;
}

/**
 * The separator that splits the most lines into the same number of cells (at least two). Ties go to ';', then tab,
 * then ',': in a semicolon file with decimal commas, the commas may split data lines evenly too, but not the header.
 * null if no candidate splits any line.
 */
export function detectSeparator(text: string): Separator | null {
  const sample = sampleOf(text);
  let best: Separator | null = null;
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const { count } = consistency(splitCsv(sample, candidate).records);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

export interface CsvTable {
  separator: Separator;
  /** Lines before the header (a title line), in order. */
  preamble: CsvRecord[];
  header: CsvRecord;
  /** Data records, each with exactly as many cells as the header. */
  rows: CsvRecord[];
  /** One-cell lines after the last data record (a source note). */
  notes: CsvRecord[];
}

export type CsvTableResult = { ok: true; table: CsvTable } | { ok: false; errors: ImportIssue[] };

/** The separator's name in messages: the character itself, or "tab". */
export function separatorName(separator: Separator): string {
  return separator === '\t' ? 'tab' : separator;
}

/** Drops empty cells after the last one with text (Excel writes ";;;" to fill a row out). */
function trimmedLength(cells: string[], keep: number): number {
  let end = cells.length;
  while (end > keep && cells[end - 1].trim() === '') end--;
  return end;
}

/**
 * Reads a CSV file as one table: a header line and data lines of the same width, possibly after a title line and
 * followed by notes. The header is the first line with the width most lines share. Problems are reported by line:
 * an unclosed quote, a file with no separator, a line of another width, a title line split by another separator
 * (a file whose lines use different separators).
 */
export function readCsvTable(text: string, separator?: Separator): CsvTableResult {
  const sep = separator ?? detectSeparator(text);
  if (sep === null) return { ok: false, errors: [{ line: 1, code: 'imports.noSeparator', params: {} }] };
  const split = splitCsv(text, sep);
  if (split.unclosedQuote) {
    return { ok: false, errors: [{ ...split.unclosedQuote, code: 'imports.unclosedQuote', params: {} }] };
  }
  // Width counts cells up to the last one with text; a line keeps empty cells up to the width (a missing last
  // value), and loses empty cells beyond it (Excel fills rows out with ";;;").
  const records = split.records;
  const filled = records.map((r) => trimmedLength(r.cells, 1));
  const tally = new Map<number, number>();
  for (const f of filled) if (f >= 2) tally.set(f, (tally.get(f) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [cells, count] of tally) {
    if (count > most) {
      width = cells;
      most = count;
    }
  }
  if (width < 2) return { ok: false, errors: [{ line: records[0]?.line ?? 1, code: 'imports.noSeparator', params: {} }] };
  records.forEach((r, i) => {
    if (filled[i] <= width && r.cells.length > width) r.cells.length = width;
  });
  const headerAt = filled.indexOf(width);
  const errors: ImportIssue[] = [];
  const preamble = records.slice(0, headerAt);
  for (const r of preamble) {
    // A title line is one cell. One that another separator splits into the table's width of tidy cells is a
    // header or data line written with that separator. (Prose splits untidily: "1. januar, etter region, kjønn"
    // leaves a blank after each comma.)
    for (const other of CANDIDATES) {
      if (other === sep) continue;
      const cells = splitCsv(text.slice(r.start, r.end), other).records[0]?.cells ?? [];
      if (cells.length === width && cells.every((c) => c !== '' && c === c.trim())) {
        errors.push({
          line: r.line,
          code: 'imports.mixedSeparators',
          params: { found: separatorName(other), expected: separatorName(sep) },
        });
        break;
      }
    }
  }
  let last = records.length - 1;
  while (last > headerAt && filled[last] < 2) last--;
  const rows: CsvRecord[] = [];
  for (let i = headerAt + 1; i <= last; i++) {
    const r = records[i];
    if (r.multiline && (r.multiline.malformed || r.cells.length !== width)) {
      // A quote left open swallowed the line break: name where it opens, not the width that results.
      const { line, column } = r.multiline;
      const end = r.line + countLineBreaks(text.slice(r.start, r.end));
      errors.push({ line, column, code: 'imports.quoteSpansLines', params: { end } });
    } else if (r.cells.length === width) rows.push(r);
    else {
      errors.push({
        line: r.line,
        column: Math.min(r.cells.length, width) + (r.cells.length < width ? 1 : 0),
        code: r.cells.length < width ? 'imports.tooFewCells' : 'imports.tooManyCells',
        params: { expected: width, found: r.cells.length, separator: separatorName(sep) },
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, table: { separator: sep, preamble, header: records[headerAt], rows, notes: records.slice(last + 1) } };
}
