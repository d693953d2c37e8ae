// A pasted block of numbers, all or nothing: one cell of text where a number belongs refuses the whole block, and
// every bad cell is named so the user can fix the source in one go.

import { t, type Lang } from '../i18n/index';
import type { FormatErrorCode } from './numberParse';
import { readInput, type InputTarget } from './readInput';
import { parseTsv } from './tsv';

export interface BlockOptions {
  /** What every cell is read into (its unit, whether it is shown in per cent). */
  target?: InputTarget;
  /** What a cell is read into, by 0-based row and column within the block; overrides `target` where it returns one. */
  targetAt?: (row: number, col: number) => InputTarget | undefined;
  lang?: Lang;
}

export interface BlockCellError {
  /** 1-based row and column within the pasted block, as messages name them. */
  row: number;
  col: number;
  /** The cell's text as pasted. */
  text: string;
  code: FormatErrorCode;
  params: Record<string, string | number>;
}

export type BlockResult = { ok: true; rows: (number | null)[][] } | { ok: false; errors: BlockCellError[] };

/**
 * Parses clipboard text (see parseTsv) into numbers, each read by readInput into its cell's target (a ratio for a
 * cell shown in per cent). Rows keep their own length (Excel's blocks are rectangular;
 * a ragged one is passed on as it is). Blank cells are null. Never throws.
 */
export function parseNumberBlock(text: string, opts: BlockOptions = {}): BlockResult {
  const cells = parseTsv(text);
  const rows: (number | null)[][] = [];
  const errors: BlockCellError[] = [];
  cells.forEach((cellRow, r) => {
    const row: (number | null)[] = [];
    cellRow.forEach((cell, c) => {
      const parsed = readInput(cell, opts.targetAt?.(r, c) ?? opts.target, opts.lang);
      if (parsed.ok) row.push(parsed.value);
      else errors.push({ row: r + 1, col: c + 1, text: cell, code: parsed.error.code, params: parsed.error.params });
    });
    rows.push(row);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

/** "Rad 2, kolonne 3: «abc» er ikke et tall." for one bad cell. */
export function blockErrorMessage(lang: Lang, error: BlockCellError): string {
  const message = t(lang, error.code, error.params);
  return t(lang, 'format.atCell', { row: error.row, col: error.col, message });
}

/** The refusal as a list of lines: a summary, then one line per bad cell. */
export function blockErrorMessages(lang: Lang, errors: BlockCellError[]): string[] {
  return [t(lang, 'format.blockRefused', { count: errors.length }), ...errors.map((e) => blockErrorMessage(lang, e))];
}
