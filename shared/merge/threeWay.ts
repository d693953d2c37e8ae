// The three-way merge of a scenario that comes back from a colleague: the version it was exported from (the
// common ancestor), mine (the store's version now) and theirs (the file). Every place where theirs or mine moved
// away from the ancestor is a change: theirs only, mine only, or a conflict where both changed the same thing
// differently. Objects are compared by property, arrays of objects with ids by id (so reordering is not a change),
// per-year series by year; anything else is one value. Accepted changes become patches on mine (shared/patch), so
// the merge is one undoable edit. Without the ancestor (no longer in the store) the comparison is two-way: mine
// stands in for the ancestor and every difference is theirs.
import { sameData as same } from '../live/same';
import type { Patch, Path } from '../patch';

export type ChangeSide = 'theirs' | 'mine' | 'conflict';

export interface MergeChange {
  path: Path;
  side: ChangeSide;
  /** The value at `path` in each version; undefined where it does not exist there. */
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

/** Top-level fields that are not content: the document's own id and where it was imported from. */
const IGNORED = new Set(['id', 'importedFrom']);

export function threeWay(base: unknown, mine: unknown, theirs: unknown): MergeChange[] {
  const out: MergeChange[] = [];
  walk([], base, mine, theirs, out);
  return out;
}

/** Without an ancestor: every difference between mine and theirs, as theirs. */
export function twoWay(mine: unknown, theirs: unknown): MergeChange[] {
  return threeWay(mine, mine, theirs);
}

/** The patches that take `mine` to the merged document: each change whose choice is 'theirs' — their change
 *  accepted, their side of a conflict, or a change of mine rejected (theirs is then the ancestor's value). A
 *  change chosen 'mine' needs none. */
export function mergePatches(changes: readonly MergeChange[], choose: (c: MergeChange, i: number) => 'theirs' | 'mine'): Patch[] {
  const patches: Patch[] = [];
  changes.forEach((c, i) => {
    if (choose(c, i) === 'theirs') patches.push(patchTo(c.path, c.mine, c.theirs));
  });
  return patches;
}

/** The patch that replaces `from` by `to` at `path` (undefined: absent). */
export function patchTo(path: Path, from: unknown, to: unknown): Patch {
  if (to === undefined) return { op: 'remove', path };
  if (from === undefined && isIdPath(path)) return { op: 'insert', path, value: to };
  return { op: 'set', path, value: to };
}

function isIdPath(path: Path): boolean {
  const last = path[path.length - 1];
  return typeof last === 'object' && last !== null;
}

function walk(path: Path, b: unknown, m: unknown, t: unknown, out: MergeChange[]): void {
  if (same(m, t)) return; // unchanged, or both made the same change: nothing to decide
  if (isRecord(b) && isRecord(m) && isRecord(t)) {
    for (const k of union(Object.keys(b), Object.keys(m), Object.keys(t))) {
      if (path.length === 0 && IGNORED.has(k)) continue;
      walk([...path, k], b[k], m[k], t[k], out);
    }
    return;
  }
  if (isIdArray(b) && isIdArray(m) && isIdArray(t)) {
    const [bi, mi, ti] = [byId(b), byId(m), byId(t)];
    for (const id of union([...bi.keys()], [...mi.keys()], [...ti.keys()])) walk([...path, { id }], bi.get(id), mi.get(id), ti.get(id), out);
    return;
  }
  if (isSeries(b) && isSeries(m) && isSeries(t) && b.length === m.length && m.length === t.length) {
    for (let y = 0; y < b.length; y++) walk([...path, y], b[y], m[y], t[y], out);
    return;
  }
  const side: ChangeSide = same(b, m) ? 'theirs' : same(b, t) ? 'mine' : 'conflict';
  out.push({ path, side, base: b, mine: m, theirs: t });
}

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIdArray(v: unknown): v is { id: string }[] {
  return Array.isArray(v) && v.every((x) => isRecord(x) && typeof x.id === 'string');
}

function isSeries(v: unknown): v is unknown[] {
  return Array.isArray(v) && v.every((x) => x === null || typeof x === 'number');
}

function byId(list: { id: string }[]): Map<string, unknown> {
  return new Map(list.map((x) => [x.id, x]));
}
