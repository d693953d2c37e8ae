// Strongly connected components of the reference graph by Tarjan's algorithm (iterative, so a long chain of lines
// cannot exhaust the stack). Of the same-year graph: an evaluation order and the cycles (components with more than
// one line, or a line that reads itself in the same year). Of the graph of all references (prev included): which
// lines can be computed all years at once, line by line, and which must go year by year together (see engine.ts).

export interface OrderResult {
  /** Every given id once, precedents before dependents. */
  order: number[];
  /** For each id on a same-year cycle: the cycle through it, starting and ending with it. */
  cycles: Map<number, number[]>;
}

/** Adjacency in compressed form: the same-year precedents of id are buf[start[id] … start[id] + len[id]). */
export interface Adjacency {
  start: Int32Array;
  len: Int32Array;
  buf: Int32Array;
}

/** @param ids the live line ids, in a stable order (it decides the order among independent lines)
 *  @param same same-year precedents of each id (indexed by id)
 *  @param capacity one more than the largest id */
export function orderAndCycles(ids: readonly number[], same: readonly (ArrayLike<number> | undefined)[], capacity: number): OrderResult {
  const start = new Int32Array(capacity);
  const len = new Int32Array(capacity);
  let total = 0;
  for (let v = 0; v < capacity; v++) total += same[v]?.length ?? 0;
  const buf = new Int32Array(total);
  let at = 0;
  for (let v = 0; v < capacity; v++) {
    const e = same[v];
    start[v] = at;
    if (e === undefined) continue;
    len[v] = e.length;
    for (let i = 0; i < e.length; i++) buf[at++] = e[i];
  }
  return orderAndCyclesOf(ids, { start, len, buf }, capacity);
}

/** orderAndCycles over compressed adjacency (what the engine builds: no array per line). */
export function orderAndCyclesOf(ids: ArrayLike<number>, adj: Adjacency, capacity: number): OrderResult {
  const { order, block, groups } = componentsOf(ids, adj, capacity);
  const cycles = new Map<number, number[]>();
  const edges = edgesOf(adj);
  for (const v of order) if (block[v] === SELF) nameCycles([v], edges, cycles);
  for (const g of groups) nameCycles(g, edges, cycles);
  return { order, cycles };
}

/** block[id] of a component of one line that does not read itself. */
export const ALONE = -1;
/** block[id] of a component of one line that reads itself. */
export const SELF = -2;

export interface Components {
  /** Every given id once, precedents before dependents; the members of a component next to each other. */
  order: number[];
  /** Per id: ALONE, SELF, or the index in `groups` of its component of more than one line. */
  block: Int32Array;
  /** The components of more than one line, each in the order Tarjan emits it. */
  groups: number[][];
}

/** The strongly connected components of the graph (Tarjan, iterative). Tarjan emits a component only after
 *  every component it reads from, so the emission order is an evaluation order. */
export function componentsOf(ids: ArrayLike<number>, adj: Adjacency, capacity: number): Components {
  const { start, len, buf } = adj;
  const index = new Int32Array(capacity).fill(-1);
  const low = new Int32Array(capacity);
  const onStack = new Uint8Array(capacity);
  // Fixed-size stacks (each id is on each at most once): no growing arrays.
  const stack = new Int32Array(capacity);
  let sp = 0;
  const frameV = new Int32Array(capacity);
  const frameI = new Int32Array(capacity);
  let fp = 0;
  // Each id is emitted once: the order's length is known (no array grown by push, copied on the way).
  const order = new Array<number>(ids.length);
  let emitted = 0;
  const block = new Int32Array(capacity).fill(ALONE);
  const groups: number[][] = [];
  let counter = 0;

  for (let r = 0; r < ids.length; r++) {
    const root = ids[r];
    if (index[root] !== -1) continue;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    frameV[fp] = root;
    frameI[fp++] = 0;
    while (fp > 0) {
      const top = fp - 1;
      const v = frameV[top];
      const i = frameI[top];
      if (i < len[v]) {
        frameI[top] = i + 1;
        const w = buf[start[v] + i];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          frameV[fp] = w;
          frameI[fp++] = 0;
        } else if (onStack[w] === 1 && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      fp--;
      if (fp > 0) {
        const parent = frameV[fp - 1];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] === index[v]) {
        if (stack[sp - 1] === v) {
          // A component of one line (nearly all of them): no arrays or closures allocated.
          sp--;
          onStack[v] = 0;
          order[emitted++] = v;
          for (let k = start[v], end = k + len[v]; k < end; k++) {
            if (buf[k] === v) {
              block[v] = SELF;
              break;
            }
          }
          continue;
        }
        const component: number[] = [];
        let w: number;
        do {
          w = stack[--sp];
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        component.reverse();
        for (const c of component) {
          order[emitted++] = c;
          block[c] = groups.length;
        }
        groups.push(component);
      }
    }
  }
  order.length = emitted;
  return { order, block, groups };
}

type Edges = (v: number) => ArrayLike<number>;

function edgesOf({ start, len, buf }: Adjacency): Edges {
  return (u) => buf.subarray(start[u], start[u] + len[u]);
}

/** Larger components share one named cycle, so a pathological model stays fast. */
const PER_LINE_LIMIT = 200;

function nameCycles(component: number[], same: Edges, out: Map<number, number[]>): void {
  const members = new Set(component);
  if (component.length > PER_LINE_LIMIT) {
    const cycle = shortestCycle(component[0], members, same);
    for (const v of component) out.set(v, rotate(cycle, v) ?? cycle);
    return;
  }
  for (const v of component) out.set(v, shortestCycle(v, members, same));
}

/** Breadth-first search from v's precedents back to v, inside the component: [v, …, v]. */
function shortestCycle(v: number, members: Set<number>, same: Edges): number[] {
  const parent = new Map<number, number>();
  let frontier = [v];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const u of frontier) {
      const edges = same(u);
      for (let i = 0; i < edges.length; i++) {
        const w = edges[i];
        if (!members.has(w)) continue;
        if (w === v) {
          const back: number[] = [];
          for (let x = u; x !== v; x = parent.get(x)!) back.push(x);
          return [v, ...back.reverse(), v];
        }
        if (!parent.has(w)) {
          parent.set(w, u);
          next.push(w);
        }
      }
    }
    frontier = next;
  }
  return [v, v];
}

function rotate(cycle: number[], v: number): number[] | undefined {
  const body = cycle.slice(0, -1);
  const at = body.indexOf(v);
  if (at < 0) return undefined;
  const r = [...body.slice(at), ...body.slice(0, at)];
  return [...r, v];
}

export interface EvaluationPlan {
  /** Every given id once, precedents before dependents in the same year and through prev; the members of a
   *  component of the graph of all references next to each other, in their same-year order. */
  order: number[];
  /** Per id, of the graph of all references: ALONE, SELF or the index of its component (see Components). */
  block: Int32Array;
  /** For each id on a same-year cycle: the cycle through it, starting and ending with it. */
  cycles: Map<number, number[]>;
}

/** The engine's order: the components of all references (a line that reads another's earlier years comes after
 *  it, unless they read each other), and within a component the same-year order. A same-year cycle lies within one
 *  component, so the graph of all references is searched once, and the same-year graph only within each component
 *  of more than one line (those are few and small: lines that read each other's earlier years). */
export function evaluationPlan(ids: ArrayLike<number>, all: Adjacency, same: Adjacency, capacity: number): EvaluationPlan {
  const full = componentsOf(ids, all, capacity);
  const cycles = new Map<number, number[]>();
  for (let i = 0; i < full.order.length; i++) {
    const v = full.order[i];
    if (full.block[v] !== SELF) continue;
    for (let k = same.start[v], end = k + same.len[v]; k < end; k++) {
      if (same.buf[k] === v) {
        cycles.set(v, [v, v]);
        break;
      }
    }
  }
  if (full.groups.length === 0) return { order: full.order, block: full.block, cycles };
  const local = new Int32Array(capacity).fill(-1);
  for (const g of full.groups) sameYearWithin(g, same, local, cycles);
  const order: number[] = [];
  const emitted = new Uint8Array(full.groups.length);
  for (let i = 0; i < full.order.length; i++) {
    const v = full.order[i];
    const k = full.block[v];
    if (k < 0) order.push(v);
    else if (emitted[k] === 0) {
      emitted[k] = 1;
      for (const m of full.groups[k]) order.push(m);
    }
  }
  return { order, block: full.block, cycles };
}

/** Sorts a component's members into their same-year order and names the same-year cycles among them: the
 *  same-year graph restricted to the members (`local`: per id −1, used here as the member's index and reset). */
function sameYearWithin(members: number[], same: Adjacency, local: Int32Array, cycles: Map<number, number[]>): void {
  const n = members.length;
  for (let i = 0; i < n; i++) local[members[i]] = i;
  const start = new Int32Array(n);
  const len = new Int32Array(n);
  const buf: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = members[i];
    start[i] = buf.length;
    for (let k = same.start[v], end = k + same.len[v]; k < end; k++) {
      const w = local[same.buf[k]];
      if (w >= 0) buf.push(w);
    }
    len[i] = buf.length - start[i];
  }
  const ids = Array.from({ length: n }, (_, i) => i);
  const sub = orderAndCyclesOf(ids, { start, len, buf: Int32Array.from(buf) }, n);
  for (const [i, path] of sub.cycles) cycles.set(members[i], path.map((j) => members[j]));
  const sorted = sub.order.map((i) => members[i]);
  for (let i = 0; i < n; i++) {
    local[members[i]] = -1;
    members[i] = sorted[i];
  }
}
