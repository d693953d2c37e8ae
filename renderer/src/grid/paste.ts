// Paste without AG Grid Enterprise: turn clipboard text into a batch of cell edits, all or nothing.
import { namesUnit, parseNumberBlock, parseTsv, type BlockCellError } from '../../../shared/format';
import { bounds, pasteArea, type CellRange, type RangeBounds } from './range';

export interface PasteTarget {
  /** Line key of a displayed row, and whether that row takes input. */
  rowKey(row: number): string | undefined;
  editable(row: number): boolean;
  rowCount: number;
  colCount: number;
  /** The unit of a displayed row's line: a pasted "12,0 mill." is read into it, "0,6 %" into money refused. */
  unitOf?(row: number): string | undefined;
  /** The row is shown in per cent: a bare number there is percentage points (readInput). */
  percentOf?(row: number): boolean | undefined;
}

export interface CellEdit {
  key: string;
  yearIndex: number;
  value: number;
  /** The text as typed or pasted, when it named a unit the value was converted from ("12,0 mill."). */
  read?: string;
}

export type PasteResult =
  | { ok: true; cells: CellEdit[]; area: RangeBounds }
  | { ok: false; reason: 'parse'; errors: BlockCellError[] }
  | { ok: false; reason: 'outside' | 'readonly'; row: number; col: number };

export function planPaste(text: string, selection: CellRange, target: PasteTarget): PasteResult {
  // A block goes to the rows from the selection's top down, each cell read in its row's unit.
  const top = bounds(selection).top;
  const parsed = parseNumberBlock(text, { targetAt: (row) => ({ unit: target.unitOf?.(top + row), percent: target.percentOf?.(top + row) }) });
  if (!parsed.ok) return { ok: false, reason: 'parse', errors: parsed.errors };
  const block = parsed.rows;
  const width = Math.max(...block.map((r) => r.length));
  const area = pasteArea(selection, block.length, width);
  const cells: CellEdit[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) {
      const source = block[(row - area.top) % block.length];
      const value = source[(col - area.left) % source.length] ?? null;
      if (row >= target.rowCount || col >= target.colCount) return { ok: false, reason: 'outside', row, col };
      if (!target.editable(row)) return { ok: false, reason: 'readonly', row, col };
      cells.push({ key: target.rowKey(row)!, yearIndex: col, value: value === null ? Number.NaN : value });
    }
  }
  // One pasted cell is labelled like a typed one, with how it was read.
  const raw = parseTsv(text);
  if (cells.length === 1 && raw.length === 1 && raw[0].length === 1 && namesUnit(raw[0][0])) cells[0].read = raw[0][0].trim();
  return { ok: true, cells, area };
}
