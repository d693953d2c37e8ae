// Evaluation order and cycles of the same-year reference graph: one pass of Tarjan's algorithm (iterative, so a
// long chain of lines cannot exhaust the stack). Tarjan emits a component only after every component it reads
// from, so the emission order is an evaluation order; components with more than one line, or a line that reads
// itself in the same year, are cycles.

export interface OrderResult {
  /** Every given id once, precedents before dependents. */
  order: number[];
  /** For each id on a same-year cycle: the cycle through it, starting and ending with it. */
  cycles: Map<number, number[]>;
}

/** @param ids the live line ids, in a stable order (it decides the order among independent lines)
 *  @param same same-year precedents of each id (indexed by id)
 *  @param capacity one more than the largest id */
export function orderAndCycles(ids: readonly number[], same: readonly (ArrayLike<number> | undefined)[], capacity: number): OrderResult {
  const index = new Int32Array(capacity).fill(-1);
  const low = new Int32Array(capacity);
  const onStack = new Uint8Array(capacity);
  const stack: number[] = [];
  const frameV: number[] = [];
  const frameI: number[] = [];
  const order: number[] = [];
  const cycles = new Map<number, number[]>();
  let counter = 0;

  for (const root of ids) {
    if (index[root] !== -1) continue;
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    frameV.push(root);
    frameI.push(0);
    while (frameV.length > 0) {
      const top = frameV.length - 1;
      const v = frameV[top];
      const edges = same[v];
      const i = frameI[top];
      if (edges !== undefined && i < edges.length) {
        frameI[top] = i + 1;
        const w = edges[i];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          frameV.push(w);
          frameI.push(0);
        } else if (onStack[w] === 1 && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      frameV.pop();
      frameI.pop();
      if (frameV.length > 0) {
        const parent = frameV[frameV.length - 1];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        component.reverse();
        for (const c of component) order.push(c);
        if (component.length > 1 || readsItself(v, same)) nameCycles(component, same, cycles);
      }
    }
  }
  return { order, cycles };
}

function readsItself(v: number, same: readonly (ArrayLike<number> | undefined)[]): boolean {
  const edges = same[v];
  if (edges === undefined) return false;
  for (let i = 0; i < edges.length; i++) if (edges[i] === v) return true;
  return false;
}

/** Larger components share one named cycle, so a pathological model stays fast. */
const PER_LINE_LIMIT = 200;

function nameCycles(component: number[], same: readonly (ArrayLike<number> | undefined)[], out: Map<number, number[]>): void {
  const members = new Set(component);
  if (component.length > PER_LINE_LIMIT) {
    const cycle = shortestCycle(component[0], members, same);
    for (const v of component) out.set(v, rotate(cycle, v) ?? cycle);
    return;
  }
  for (const v of component) out.set(v, shortestCycle(v, members, same));
}

/** Breadth-first search from v's precedents back to v, inside the component: [v, …, v]. */
function shortestCycle(v: number, members: Set<number>, same: readonly (ArrayLike<number> | undefined)[]): number[] {
  const parent = new Map<number, number>();
  let frontier = [v];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const u of frontier) {
      const edges = same[u];
      if (edges === undefined) continue;
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
