// Scratch columns shared by all the vector and run closures (vector.ts, run.ts) of every engine in the process:
// shapes are shared by engines (activeStore.ts), and one thread evaluates one engine at a time. A computed node
// writes its result into the column of its depth in the expression tree and computes its operands at the depths
// below it, so no node overwrites a value still to be read, and every shape of the model works in the same few
// columns instead of buffers of its own: they stay in the processor's cache through a recompute, where one buffer
// per node and shape (hundreds of kilobytes in L) came from memory again on every recompute. A closure's result
// is read (copied into the engine's values) before the next line or run is computed.

/** Per column length: the columns by depth. */
const pools = new Map<number, Float64Array[]>();
/** Per horizon (years): the offset columns by depth (the dense one holds k × years). */
const offsets = new Map<number, Int32Array[]>();

/** The column of `depth` among those of `length` numbers. */
export function column(depth: number, length: number): Float64Array {
  let cols = pools.get(length);
  if (cols === undefined) pools.set(length, (cols = []));
  while (cols.length <= depth) cols.push(new Float64Array(length));
  return cols[depth];
}

/** The offset column of `depth` (where a reference's lines start, run.ts) for runs over `years` years, `length`
 *  entries. */
export function offsetColumn(years: number, depth: number, length: number): Int32Array {
  let cols = offsets.get(years);
  if (cols === undefined) offsets.set(years, (cols = []));
  while (cols.length <= depth) cols.push(new Int32Array(length));
  return cols[depth];
}
