// A rectangular cell range: what AG Grid Community lacks (range selection is Enterprise), kept small.
// Positions are display indices: row = displayed row index, col = index among the year columns.

export interface CellPos {
  row: number;
  col: number;
}

export interface CellRange {
  anchor: CellPos;
  focus: CellPos;
}

export interface RangeBounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function bounds(range: CellRange): RangeBounds {
  return {
    top: Math.min(range.anchor.row, range.focus.row),
    bottom: Math.max(range.anchor.row, range.focus.row),
    left: Math.min(range.anchor.col, range.focus.col),
    right: Math.max(range.anchor.col, range.focus.col),
  };
}

export function inRange(range: CellRange | null, row: number, col: number): boolean {
  if (!range) return false;
  const b = bounds(range);
  return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

export function isSingleCell(range: CellRange): boolean {
  return range.anchor.row === range.focus.row && range.anchor.col === range.focus.col;
}

/** The cells a pasted block of `rows` × `cols` covers from `origin`. A single copied value fills a larger selection. */
export function pasteArea(origin: CellRange, blockRows: number, blockCols: number): RangeBounds {
  const b = bounds(origin);
  if (blockRows === 1 && blockCols === 1 && !isSingleCell(origin)) return b;
  return { top: b.top, left: b.left, bottom: b.top + blockRows - 1, right: b.left + blockCols - 1 };
}
