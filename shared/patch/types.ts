// Edits as data: one general mechanism for every kind of change to a scenario document.

/**
 * One step of a path: a property name, `{ id }` for the element of an array of objects whose `id` field matches
 * (so a patch stays valid when rows are moved), or an index into a plain array (e.g. a per-year value vector).
 */
export type PathSeg = string | number | { id: string };
export type Path = PathSeg[];

/**
 * - `set`: replace the value at `path` (a property that does not exist yet is added; an array element addressed by
 *   `{ id }` must keep its id). An empty path replaces the whole document.
 * - `insert`: add `value` to an array. The path ends at the new element: a number is its index (0..length), or
 *   `{ id }` names it (the value must carry that id and no element may have it yet) with `to` as its index
 *   (default: the end).
 * - `remove`: delete an array element or an object property.
 * - `move`: move an array element so that it ends up at index `to`.
 */
export interface Patch {
  op: 'set' | 'insert' | 'remove' | 'move';
  path: Path;
  value?: unknown;
  to?: number;
}

export interface ApplyResult<T> {
  doc: T;
  /** Patches that, applied to `doc` in this order, give back the input document. */
  inverse: Patch[];
}
