// Turn edits of grid cells (a line, a year, a number or blank) into patches on the document, through the
// source each input line names. A year beyond the stored vector (documents may store fewer years than the
// horizon) sets the whole vector, padded with blanks.
import type { LineSource } from '../domain/types';
import { isIdSeg } from '../patch/path';
import type { Patch, Path } from '../patch/types';

export interface CellValue {
  yearIndex: number;
  /** NaN = blank */
  value: number;
}

function readAt(doc: unknown, path: Path): unknown {
  let node: unknown = doc;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (isIdSeg(seg)) node = (node as { id?: unknown }[]).find?.((x) => x?.id === seg.id);
    else node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

/** Patches for the cells of one line, or null when the line takes no input. */
export function cellPatches(doc: unknown, source: LineSource, cells: CellValue[]): Patch[] {
  const blank = (v: number) => Number.isNaN(v);
  if (source.kind === 'flag') return cells.slice(-1).map((c) => ({ op: 'set', path: source.path, value: !blank(c.value) && c.value !== 0 }));
  if (source.kind === 'scalar') {
    const last = cells[cells.length - 1];
    return last && !blank(last.value) ? [{ op: 'set', path: source.path, value: last.value }] : [];
  }
  const current = readAt(doc, source.path);
  const vector = Array.isArray(current) ? (current as (number | null)[]) : [];
  const maxYear = Math.max(...cells.map((c) => c.yearIndex));
  if (Array.isArray(current) && maxYear < vector.length) {
    return cells.map((c) => ({ op: 'set', path: [...source.path, c.yearIndex], value: blank(c.value) ? null : c.value }));
  }
  const next: (number | null)[] = Array.from({ length: Math.max(vector.length, maxYear + 1) }, (_, i) => vector[i] ?? null);
  for (const c of cells) next[c.yearIndex] = blank(c.value) ? null : c.value;
  return [{ op: 'set', path: source.path, value: next }];
}
