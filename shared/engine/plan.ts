// The engine's evaluation order, regrouped for runs and for the cache (engine.ts, evaluate()).
//
// Lines bound to one shape are computed as a run (run.ts) when they are next to each other in the order and none
// of them reads another. The plan is a topological sort that emits such lines together: a line becomes ready when
// every line it reads has been emitted, and the ready lines of one shape are emitted as one run group (up to
// RUN_MAX), which therefore reads none of its own lines. Lines read by nothing earlier in the model (the inputs,
// constant formulas) are let in a batch at a time in the order of their ids, which is the order of their values in
// memory, and what they make ready is emitted before the next batch: a measure's inputs and the lines computed from
// them are then visited within a few hundred kilobytes of each other, while they are still in the processor's
// cache, instead of in one pass over all the inputs and then one pass over the model per template and level (the
// L model's values alone are 2.6 MB). O(lines + references + shapes × groups).
import { ALONE, type Adjacency } from './graph';
import { RUN_MAX } from './run';

export interface RunPlan {
  /** The same lines as the order given, still precedents before dependents; the members of a component of lines
   *  that read each other's earlier years next to each other, in their order. */
  order: number[];
  /** Per id: the group it was emitted with. The ready lines of one key emitted together share one; every other
   *  line has one of its own. Lines of one group and shape do not read each other. */
  group: Int32Array;
}

/** Sources let in at a time: with what they make ready, some 1 000 lines × years (80 kB of values a year). */
const BATCH = 1024;
/** Ready lines of one key worth a run of their own before the next batch of sources. */
const MIN_RUN = 64;

/** @param order precedents before dependents, the members of each component (block ≥ 0) next to each other
 *  @param block per id: ALONE, SELF or its component (graph.ts evaluationPlan)
 *  @param all per id, every line it reads (prev included)
 *  @param key per id: > 0 for a line that can be computed in a run with the other lines of its key */
export function runPlan(order: readonly number[], block: Int32Array, all: Adjacency, key: Int32Array, capacity: number): RunPlan {
  const { start, len, buf } = all;
  const n = order.length;
  const inPlan = new Uint8Array(capacity);
  for (let i = 0; i < n; i++) inPlan[order[i]] = 1;
  // Units: a line, or a component (index capacity + its block), emitted whole.
  let comps = 0;
  for (let i = 0; i < n; i++) if (block[order[i]] + 1 > comps) comps = block[order[i]] + 1;
  const compFirst = new Int32Array(comps).fill(-1);
  const compEnd = new Int32Array(comps);
  for (let i = 0; i < n; i++) {
    const k = block[order[i]];
    if (k < 0) continue;
    if (compFirst[k] < 0) compFirst[k] = i;
    compEnd[k] = i + 1;
  }
  // A key of one line is no run: such lines are emitted alone.
  let maxKey = 0;
  for (let i = 0; i < n; i++) if (key[order[i]] > maxKey) maxKey = key[order[i]];
  const keyLines = new Int32Array(maxKey + 1);
  for (let i = 0; i < n; i++) if (block[order[i]] === ALONE) keyLines[key[order[i]]]++;

  // Waiting counts per unit and, per line, the units that read it (compressed).
  const waits = new Int32Array(capacity + comps);
  const depStart = new Int32Array(capacity + 1);
  for (let i = 0; i < n; i++) {
    const v = order[i];
    const u = unitOf(block, capacity, v);
    for (let e = start[v], end = e + len[v]; e < end; e++) {
      const p = buf[e];
      if (inPlan[p] === 1 && unitOf(block, capacity, p) !== u) depStart[p + 1]++;
    }
  }
  for (let i = 0; i < capacity; i++) depStart[i + 1] += depStart[i];
  const fill = depStart.slice(0, capacity);
  const deps = new Int32Array(depStart[capacity]);
  for (let i = 0; i < n; i++) {
    const v = order[i];
    const u = unitOf(block, capacity, v);
    for (let e = start[v], end = e + len[v]; e < end; e++) {
      const p = buf[e];
      if (inPlan[p] === 1 && unitOf(block, capacity, p) !== u) {
        deps[fill[p]++] = u;
        waits[u]++;
      }
    }
  }

  // Ready work: the lines of each run key (a queue per key), the other units (by position: a min-heap), and the
  // sources not yet let in (in id order).
  const queues: number[][] = [];
  const heads: number[] = [];
  for (let k = 0; k <= maxKey; k++) {
    queues.push([]);
    heads.push(0);
  }
  // A unit's position in memory: a line's id, a component's first member's.
  const position = new Int32Array(capacity + comps);
  for (let v = 0; v < capacity; v++) position[v] = v;
  for (let k = 0; k < comps; k++) position[capacity + k] = compFirst[k] < 0 ? 0 : order[compFirst[k]];
  const st: Planning = {
    order,
    block,
    key,
    keyLines,
    capacity,
    compFirst,
    compEnd,
    waits,
    depStart,
    deps,
    queues,
    heads,
    active: [],
    heap: [],
    position,
    out: new Array<number>(n),
    emitted: 0,
    group: new Int32Array(capacity),
    groups: 0,
  };
  const sources: number[] = [];
  for (let v = 0; v < capacity; v++) {
    if (inPlan[v] === 1 && block[v] < 0 && waits[v] === 0) {
      if (runKey(st, v) === 0 && len[v] === 0) sources.push(v);
      else ready(st, v);
    }
  }
  for (let k = 0; k < comps; k++) if (compFirst[k] >= 0 && waits[capacity + k] === 0) push(st, capacity + k);

  const { heap, active } = st;
  let nextSource = 0;
  while (st.emitted < n) {
    // The ready unit or full enough run lowest in memory; else the next batch of sources; else any run.
    let best = -1;
    let bestAt = heap.length > 0 ? position[heap[0]] : Infinity;
    let anyRun = -1;
    let anyAt = Infinity;
    for (const k of active) {
      const at = queues[k][heads[k]];
      if (queues[k].length - heads[k] >= MIN_RUN && at < bestAt) {
        best = k;
        bestAt = at;
      }
      if (at < anyAt) {
        anyRun = k;
        anyAt = at;
      }
    }
    if (best >= 0) emitRun(st, best);
    else if (heap.length > 0) emitUnit(st, pop(st));
    else if (nextSource < sources.length) {
      const end = Math.min(sources.length, nextSource + BATCH);
      const g = st.groups++;
      for (let i = nextSource; i < end; i++) emitLine(st, sources[i], g);
      for (let i = nextSource; i < end; i++) release(st, sources[i]);
      nextSource = end;
    } else if (anyRun >= 0) emitRun(st, anyRun);
    else throw new Error('runPlan: the order given is not topological');
  }
  return { order: st.out, group: st.group };
}

// The steps of runPlan are functions at module level over its state, not closures made per call: V8 holds a
// closure's optimized code only weakly, and a full collection between two plans (two opens) freed it with the
// closures, so that every plan ran them unoptimized until the compiler had made them again.
interface Planning {
  order: readonly number[];
  block: Int32Array;
  key: Int32Array;
  keyLines: Int32Array;
  capacity: number;
  compFirst: Int32Array;
  compEnd: Int32Array;
  waits: Int32Array;
  depStart: Int32Array;
  deps: Int32Array;
  queues: number[][];
  heads: number[];
  active: number[];
  heap: number[];
  position: Int32Array;
  out: number[];
  emitted: number;
  group: Int32Array;
  groups: number;
}

function unitOf(block: Int32Array, capacity: number, v: number): number {
  return block[v] >= 0 ? capacity + block[v] : v;
}

function runKey(st: Planning, v: number): number {
  const { block, key } = st;
  return block[v] === ALONE && key[v] > 0 && st.keyLines[key[v]] > 1 ? key[v] : 0;
}

function push(st: Planning, u: number): void {
  const { heap, position } = st;
  heap.push(u);
  let i = heap.length - 1;
  const p = position[u];
  while (i > 0) {
    const up = (i - 1) >> 1;
    if (position[heap[up]] <= p) break;
    heap[i] = heap[up];
    i = up;
  }
  heap[i] = u;
}

function pop(st: Planning): number {
  const { heap, position } = st;
  const top = heap[0];
  const last = heap.pop()!;
  if (heap.length > 0) {
    const p = position[last];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= heap.length) break;
      if (c + 1 < heap.length && position[heap[c + 1]] < position[heap[c]]) c++;
      if (position[heap[c]] >= p) break;
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = last;
  }
  return top;
}

function ready(st: Planning, u: number): void {
  const k = u < st.capacity ? runKey(st, u) : 0;
  if (k === 0) push(st, u);
  else {
    const q = st.queues[k];
    if (q.length === st.heads[k]) st.active.push(k);
    q.push(u);
  }
}

function emitLine(st: Planning, v: number, g: number): void {
  st.out[st.emitted++] = v;
  st.group[v] = g;
}

function release(st: Planning, v: number): void {
  const { depStart, deps, waits } = st;
  for (let e = depStart[v], end = depStart[v + 1]; e < end; e++) {
    const u = deps[e];
    if (--waits[u] === 0) ready(st, u);
  }
}

function emitUnit(st: Planning, u: number): void {
  const g = st.groups++;
  if (u < st.capacity) {
    emitLine(st, u, g);
    release(st, u);
    return;
  }
  const { order, compFirst, compEnd } = st;
  const k = u - st.capacity;
  for (let i = compFirst[k]; i < compEnd[k]; i++) emitLine(st, order[i], g);
  for (let i = compFirst[k]; i < compEnd[k]; i++) release(st, order[i]);
}

function emitRun(st: Planning, k: number): void {
  const q = st.queues[k];
  const g = st.groups++;
  const from = st.heads[k];
  const to = Math.min(q.length, from + RUN_MAX);
  for (let i = from; i < to; i++) emitLine(st, q[i], g);
  st.heads[k] = to;
  if (to === q.length) {
    q.length = 0;
    st.heads[k] = 0;
    st.active.splice(st.active.indexOf(k), 1);
  }
  // Released after the whole run is out: what they make ready waits for the next group.
  for (let i = from; i < to; i++) release(st, st.out[st.emitted - (to - i)]);
}
