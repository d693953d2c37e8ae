// Scratch columns shared by all the vector and run closures of one engine (vector.ts, run.ts). A computed node
// writes its result into the column of its depth in the expression tree and computes its operands at the depths
// below it, so no node overwrites a value still to be read, and every shape of the model works in the same few
// columns instead of buffers of its own: they stay in the processor's cache through a recompute, where one buffer
// per node and shape (hundreds of kilobytes in L) came from memory again on every recompute. A closure's result
// is read (copied into the engine's values) before the next line or run is computed.

/** Per owner (the engine's Store), per column length: the columns by depth. */
const pools = new WeakMap<object, Map<number, Float64Array[]>>();
const offsets = new WeakMap<object, Int32Array[]>();

/** The column of `depth` among those of `length` numbers that belong to `owner`. */
export function column(owner: object, depth: number, length: number): Float64Array {
  let byLength = pools.get(owner);
  if (byLength === undefined) pools.set(owner, (byLength = new Map()));
  let cols = byLength.get(length);
  if (cols === undefined) byLength.set(length, (cols = []));
  while (cols.length <= depth) cols.push(new Float64Array(length));
  return cols[depth];
}

/** The offset column of `depth` (where a reference's lines start, run.ts), `length` entries. */
export function offsetColumn(owner: object, depth: number, length: number): Int32Array {
  let cols = offsets.get(owner);
  if (cols === undefined) offsets.set(owner, (cols = []));
  while (cols.length <= depth) cols.push(new Int32Array(length));
  return cols[depth];
}
