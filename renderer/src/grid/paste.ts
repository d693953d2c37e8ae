// Paste without AG Grid Enterprise: turn clipboard text into a batch of cell edits, all or nothing.
import { parseNumberBlock, type BlockCellError } from '../../../shared/format';
import { pasteArea, type CellRange, type RangeBounds } from './range';

export interface PasteTarget {
  /** Line key of a displayed row, and whether that row takes input. */
  rowKey(row: number): string | undefined;
  editable(row: number): boolean;
  rowCount: number;
  colCount: number;
}

export interface CellEdit {
  key: string;
  yearIndex: number;
  value: number;
}

export type PasteResult =
  | { ok: true; cells: CellEdit[]; area: RangeBounds }
  | { ok: false; reason: 'parse'; errors: BlockCellError[] }
  | { ok: false; reason: 'outside' | 'readonly'; row: number; col: number };

export function planPaste(text: string, selection: CellRange, target: PasteTarget): PasteResult {
  const parsed = parseNumberBlock(text);
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
      cells.push({ key: target.rowKey(row)!, yearIndex: col, value: value ?? Number.NaN });
    }
  }
  return { ok: true, cells, area };
}
