// Who changed what: a change of the comparison traced to the newest step of a scenario's history that touched it
// (the history's `paths`, the document paths each step's patches changed). An input line's change is traced by
// its line's place in the document (a frame row of P05, not any edit of P05); a change of a whole thing (a measure
// switched off, an area renamed) by its id anywhere in a path.
import type { HistoryEntry } from '../api/contract';
import { isIdSeg, type Path, type PathSeg } from '../patch';
import type { Change } from './types';

function sameSeg(a: PathSeg, b: PathSeg): boolean {
  if (isIdSeg(a) || isIdSeg(b)) return isIdSeg(a) && isIdSeg(b) && a.id === b.id;
  return a === b;
}

/** One path is the other or lies inside it (a year of a series, or the whole series set at once). */
function nested(a: Path, b: Path): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (!sameSeg(a[i], b[i])) return false;
  return true;
}

/** Whether a step that changed `paths` made (part of) `change`; `pathOf` gives an input line's document path. */
export function touches(change: Change, paths: readonly Path[], pathOf: (key: string) => Path | undefined): boolean {
  const linePath = change.kind === 'input.changed' || change.kind === 'assumption.changed' ? change.key && pathOf(change.key) : undefined;
  if (linePath) return paths.some((p) => nested(p, linePath));
  if (change.kind === 'horizon.changed') return paths.some((p) => p[0] === 'firstYear' || p[0] === 'years' || p.length === 0);
  const id = change.entity?.id;
  if (id !== undefined) return paths.some((p) => p.length === 0 || p.some((s) => isIdSeg(s) && s.id === id));
  return false;
}

/** The newest step of `history` (newest first, with paths) that made `change`, or undefined. */
export function authorOf(change: Change, history: readonly HistoryEntry[], pathOf: (key: string) => Path | undefined): HistoryEntry | undefined {
  return history.find((h) => h.paths !== undefined && touches(change, h.paths, pathOf));
}
