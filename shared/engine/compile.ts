// Checked tree → plain closures over the active engine's flat Float64Array (activeStore.ts). A shape (one formula
// text or one template) is compiled once per process and horizon and shared by every engine (formulaCache.ts); each
// line bound to it only supplies its own slot table (`Binding.so`), so thousands of generated lines share one set of
// closures. No eval, no new Function: this runs under a strict CSP.
import { st } from './activeStore';
import { engineError, ErrorCode } from './errors';
import type { Expr } from './ir';
import { holds, phaseIn, roundHalfAway } from './numeric';
import type { EngineError } from './types';
import { groupSum, type TagSums } from './tagSums';
import { compileRun, runnable, type RunFn } from './run';
import { compileVector, type VecFn } from './vector';

/** The engine's mutable evaluation state, shared with every closure it compiles. */
export interface Store {
  /** All values, line-major: the value of line `id` in year index `y` is data[id * years + y]. NaN = error. */
  data: Float64Array;
  /** The error raised while evaluating the current cell (division by zero …), or null. */
  err: EngineError | null;
  /** Members of each tag group, as base offsets (id * years). Indexed by tag group id. */
  groups: Int32Array[];
  /** The slot tables of all lines, one after another (see Binding). One array for the model, not one per line. */
  slots: Int32Array;
  /** Work done by the current recompute, in expression nodes evaluated: the engine stops a recompute that passes
   *  its budget (engine.ts). The closures add only what their own loops repeat (index(), sumtag()). */
  work: number;
  /** Vector closures (vector.ts): the first error raised per year of the line being computed, else null. */
  verr: (EngineError | null)[];
  /** Vector closures: set when any year's error was raised (the engine clears it before a line), so that a line
   *  that raised none is written without reading verr year by year. */
  vraised: boolean;
  /** Vector closures: where year 0 is in the array the last one returned. */
  voff: number;
  /** Run closures (run.ts): where year 0 of each line of the run is in the array the last one returned. */
  roff: Int32Array;
  /** Run closures: some cell of the run raised an error. */
  rerr: boolean;
  /** The sums of the tag groups, kept up to date by the members that changed (tagSums.ts). */
  sums: TagSums;
}

/** What a line supplies to a shared shape: its slot table at st.slots[so …]: per line slot the referenced line's
 *  base offset, per tag slot the tag group id. */
export interface Binding {
  so: number;
}

/** One year of a formula for the line whose slot table starts at st.slots[so]. */
export type Fn = (y: number, so: number) => number;

/** One way a shape reads a slot: at year y − lag, or (hist) in every year from the first up to y − lag. */
export interface Read {
  slot: number;
  lag: number;
  hist: boolean;
  kind: 'line' | 'sumtag' | 'counttag';
}

/** A prev() call: what explain needs to show the default used before the first plan year. */
export interface PrevSite {
  slot: number;
  lag: number;
  def: Fn | null;
}

export interface Shape {
  fn: Fn;
  /** Line slots 0 … names.length − 1, as written (in templates the first segment may be a parameter). */
  names: string[];
  /** Tag slots names.length + i. */
  tags: string[];
  reads: Read[];
  prevSites: PrevSite[];
  /** Expression nodes evaluated per cell, not counting the repeats of index() and sumtag() (added at run time). */
  cost: number;
  /** The same formula over a range of years at once (vector.ts), compiled on first use. */
  vec: VecFn;
  /** Whether `run` can compute the shape (run.ts: no sumtag, counttag or index). */
  runnable: boolean;
  /** The same formula for a run of lines bound to it, over a range of years at once (run.ts), compiled on first
   *  use. Only when `runnable`. */
  run: RunFn;
}

export interface CompileContext {
  firstYear: number;
  years: number;
}

interface Where {
  lag: number;
  hist: boolean;
}

export function compileShape(expr: Expr, ctx: CompileContext): Shape {
  const { firstYear, years } = ctx;
  const nameSet = new Set<string>();
  const tagSet = new Set<string>();
  collect(expr, nameSet, tagSet);
  const names = [...nameSet];
  const tags = [...tagSet];
  const nameSlot = new Map(names.map((n, i) => [n, i]));
  const tagSlot = new Map(tags.map((t, i) => [t, names.length + i]));
  const reads: Read[] = [];
  const seen = new Set<string>();
  const prevSites: PrevSite[] = [];
  /** Off once the shape is compiled: scalar closures made later for the vector form register nothing. */
  let registering = true;
  const read = (slot: number, w: Where, kind: Read['kind']) => {
    if (!registering) return;
    const id = `${slot}:${w.lag}:${w.hist}:${kind}`;
    if (!seen.has(id)) {
      seen.add(id);
      reads.push({ slot, lag: w.lag, hist: w.hist, kind });
    }
  };
  const raise = (e: EngineError): number => {
    if (st.err === null) st.err = e;
    return NaN;
  };
  const DIV0 = engineError(ErrorCode.divByZero);

  const gen = (e: Expr, w: Where): Fn => {
    switch (e.k) {
      case 'num': {
        const v = e.v;
        return () => v;
      }
      case 'ref': {
        const i = nameSlot.get(e.name)!;
        read(i, w, 'line');
        return (y, so) => st.data[st.slots[so + i] + y];
      }
      case 'year':
        return (y) => firstYear + y;
      case 'yearindex':
        return (y) => y;
      case 'neg': {
        const a = gen(e.a, w);
        return (y, so) => -a(y, so);
      }
      case 'not': {
        const a = gen(e.a, w);
        return (y, so) => {
          const v = a(y, so);
          return v !== v ? NaN : v === 0 ? 1 : 0;
        };
      }
      case 'arith':
        return fusedArith(e.op, e.a, e.b, w) ?? arith(e.op, gen(e.a, w), gen(e.b, w));
      case 'logic':
        return logic(e.op, gen(e.a, w), gen(e.b, w));
      case 'compare':
        return compare(e.ops, e.args.map((x) => gen(x, w)));
      case 'cond': {
        const c = gen(e.c, w);
        const a = gen(e.a, w);
        const f = gen(e.b, w);
        return (y, so) => {
          const v = c(y, so);
          return v !== v ? NaN : v !== 0 ? a(y, so) : f(y, so);
        };
      }
      case 'prev': {
        const i = nameSlot.get(e.name)!;
        const n = e.n;
        const at: Where = { lag: w.lag + n, hist: w.hist };
        read(i, at, 'line');
        const def = e.def === null ? null : gen(e.def, w);
        if (registering) prevSites.push({ slot: i, lag: at.lag, def });
        if (def === null) return (y, so) => (y >= n ? st.data[st.slots[so + i] + y - n] : 0);
        return (y, so) => (y >= n ? st.data[st.slots[so + i] + y - n] : def(y, so));
      }
      case 'tag': {
        const i = tagSlot.get(e.tag)!;
        read(i, w, e.fn);
        if (e.fn === 'counttag') return (_y, so) => st.groups[st.slots[so + i]].length;
        // Added up afresh (lines computed year by year), in the order of the kept sums (tagSums.ts).
        return (y, so) => {
          const g = st.groups[st.slots[so + i]];
          st.work += g.length;
          return groupSum(g, st.data, y);
        };
      }
      case 'call':
        return call(e.fn, e.args, w);
    }
  };

  /** `x op y` for + − × where at least one operand is a line reference: the reference is read in place instead of
   *  through a closure of its own, so the hot template shapes (`m.effekt * m.med`, …) cost one call per cell and
   *  box no intermediate results. Same operations in the same order as the general path; null when not applicable. */
  const fusedArith = (op: string, a: Expr, c: Expr, w: Where): Fn | null => {
    if (op !== '+' && op !== '-' && op !== '*') return null;
    const aRef = a.k === 'ref';
    const cRef = c.k === 'ref';
    if (!aRef && !cRef) return null;
    if (aRef && !cRef && c.k !== 'num') {
      // A reference and any expression (`m.helarseffekt * phasein(…)`): reads registered in gen()'s order.
      const i = nameSlot.get(a.name)!;
      read(i, w, 'line');
      const f = gen(c, w);
      if (op === '+') return (y, so) => st.data[st.slots[so + i] + y] + f(y, so);
      if (op === '-') return (y, so) => st.data[st.slots[so + i] + y] - f(y, so);
      return (y, so) => st.data[st.slots[so + i] + y] * f(y, so);
    }
    if (cRef && !aRef && a.k !== 'num') {
      const f = gen(a, w);
      const j = nameSlot.get(c.name)!;
      read(j, w, 'line');
      if (op === '+') return (y, so) => f(y, so) + st.data[st.slots[so + j] + y];
      if (op === '-') return (y, so) => f(y, so) - st.data[st.slots[so + j] + y];
      return (y, so) => f(y, so) * st.data[st.slots[so + j] + y];
    }
    // Register the reads in the order gen() would.
    const i = aRef ? nameSlot.get(a.name)! : -1;
    if (aRef) read(i, w, 'line');
    const j = cRef ? nameSlot.get(c.name)! : -1;
    if (cRef) read(j, w, 'line');
    if (aRef && cRef) {
      if (op === '+') return (y, so) => st.data[st.slots[so + i] + y] + st.data[st.slots[so + j] + y];
      if (op === '-') return (y, so) => st.data[st.slots[so + i] + y] - st.data[st.slots[so + j] + y];
      return (y, so) => st.data[st.slots[so + i] + y] * st.data[st.slots[so + j] + y];
    }
    if (aRef) {
      const v = (c as { v: number }).v;
      if (op === '+') return (y, so) => st.data[st.slots[so + i] + y] + v;
      if (op === '-') return (y, so) => st.data[st.slots[so + i] + y] - v;
      return (y, so) => st.data[st.slots[so + i] + y] * v;
    }
    const v = (a as { v: number }).v;
    if (op === '+') return (y, so) => v + st.data[st.slots[so + j] + y];
    if (op === '-') return (y, so) => v - st.data[st.slots[so + j] + y];
    return (y, so) => v * st.data[st.slots[so + j] + y];
  };

  const arith = (op: string, a: Fn, c: Fn): Fn => {
    switch (op) {
      case '+':
        return (y, so) => a(y, so) + c(y, so);
      case '-':
        return (y, so) => a(y, so) - c(y, so);
      case '*':
        return (y, so) => a(y, so) * c(y, so);
      case '/':
        return (y, so) => {
          const x = a(y, so);
          const d = c(y, so);
          if (d === 0 && x === x) return raise(DIV0);
          return x / d;
        };
      default:
        return (y, so) => Math.pow(a(y, so), c(y, so));
    }
  };

  const logic = (op: string, a: Fn, c: Fn): Fn => {
    const truth = (v: number) => (v !== v ? NaN : v !== 0 ? 1 : 0);
    if (op === 'and') {
      return (y, so) => {
        const x = a(y, so);
        return x !== x ? NaN : x === 0 ? 0 : truth(c(y, so));
      };
    }
    if (op === 'or') {
      return (y, so) => {
        const x = a(y, so);
        return x !== x ? NaN : x !== 0 ? 1 : truth(c(y, so));
      };
    }
    return (y, so) => {
      const x = truth(a(y, so));
      const z = truth(c(y, so));
      return x !== x || z !== z ? NaN : x !== z ? 1 : 0;
    };
  };

  const compare = (ops: string[], args: Fn[]): Fn => {
    if (ops.length === 1) {
      const [a, c] = args;
      const op = ops[0];
      return (y, so) => {
        const x = a(y, so);
        const z = c(y, so);
        return x !== x || z !== z ? NaN : holds(op, x, z) ? 1 : 0;
      };
    }
    // A chain evaluates every operand (an error anywhere is the result), then checks each adjacent pair.
    return (y, so) => {
      let ok = true;
      let prev = args[0](y, so);
      if (prev !== prev) return NaN;
      for (let i = 0; i < ops.length; i++) {
        const next = args[i + 1](y, so);
        if (next !== next) return NaN;
        if (ok && !holds(ops[i], prev, next)) ok = false;
        prev = next;
      }
      return ok ? 1 : 0;
    };
  };

  const call = (fn: string, argExprs: Expr[], w: Where): Fn => {
    // index() and grow() read their rate in every year up to the current one.
    const histW: Where = { lag: w.lag, hist: true };
    switch (fn) {
      case 'sum': {
        const args = argExprs.map((x) => gen(x, w));
        if (args.length === 1) return args[0];
        if (args.length === 2) return arith('+', args[0], args[1]);
        return (y, so) => {
          let s = 0;
          for (let i = 0; i < args.length; i++) s += args[i](y, so);
          return s;
        };
      }
      case 'min':
      case 'max': {
        const args = argExprs.map((x) => gen(x, w));
        const m = fn === 'min' ? Math.min : Math.max;
        if (args.length === 1) return args[0];
        if (args.length === 2) return (y, so) => m(args[0](y, so), args[1](y, so));
        return (y, so) => {
          let r = args[0](y, so);
          for (let i = 1; i < args.length; i++) r = m(r, args[i](y, so));
          return r;
        };
      }
      case 'abs':
      case 'floor':
      case 'ceil': {
        const a = gen(argExprs[0], w);
        const m = fn === 'abs' ? Math.abs : fn === 'floor' ? Math.floor : Math.ceil;
        return (y, so) => m(a(y, so));
      }
      case 'round': {
        const a = gen(argExprs[0], w);
        if (argExprs.length === 1) return (y, so) => roundHalfAway(a(y, so), 0);
        const digits = gen(argExprs[1], w);
        return (y, so) => roundHalfAway(a(y, so), digits(y, so));
      }
      case 'safediv': {
        const a = gen(argExprs[0], w);
        const d = gen(argExprs[1], w);
        const fallback = argExprs.length === 3 ? gen(argExprs[2], w) : () => 0;
        return (y, so) => {
          const z = d(y, so);
          if (z !== z) return NaN;
          return z === 0 ? fallback(y, so) : a(y, so) / z;
        };
      }
      case 'phasein': {
        const [ey, em] = argExprs;
        if (ey.k === 'ref' && em.k === 'ref') {
          // Both arguments line references (the measure template): read them directly.
          const i = nameSlot.get(ey.name)!;
          read(i, w, 'line');
          const j = nameSlot.get(em.name)!;
          read(j, w, 'line');
          return (y, so) => {
            const s = st.data[st.slots[so + i] + y];
            const m = st.data[st.slots[so + j] + y];
            const r = phaseIn(firstYear + y, s, m);
            return r !== undefined ? r : raise(engineError(ErrorCode.phaseinArgs, { year: s, month: m }));
          };
        }
        const sy = gen(ey, w);
        const sm = gen(em, w);
        return (y, so) => {
          const s = sy(y, so);
          const m = sm(y, so);
          const r = phaseIn(firstYear + y, s, m);
          return r !== undefined ? r : raise(engineError(ErrorCode.phaseinArgs, { year: s, month: m }));
        };
      }
      case 'index': {
        const rate = gen(argExprs[0], histW);
        const cost = nodeCount(argExprs[0]);
        return (y, so) => growthIndex(st, rate, cost, y, so);
      }
      default: {
        // grow(base, rate)
        const base = gen(argExprs[0], w);
        const rate = gen(argExprs[1], histW);
        const cost = nodeCount(argExprs[1]);
        return (y, so) => base(y, so) * growthIndex(st, rate, cost, y, so);
      }
    }
  };

  const fn = gen(expr, { lag: 0, hist: false });
  registering = false;
  const vector = (e: Expr): VecFn => compileVector(e, { firstYear, years, nameSlot, tagSlot, scalar: (x) => gen(x, { lag: 0, hist: false }) });
  const shape: Shape = {
    fn,
    names,
    tags,
    reads,
    prevSites,
    cost: nodeCount(expr),
    vec: (so, from, to) => {
      const vec = vector(expr);
      shape.vec = vec;
      return vec(so, from, to);
    },
    runnable: runnable(expr),
    run: (sos, n, from, to) => {
      const run = compileRun(expr, { firstYear, years, nameSlot, vector });
      shape.run = run;
      return run(sos, n, from, to);
    },
  };
  return shape;
}

/** ∏ (1 + rate(k)) for k = 1 … y: 1 in the first plan year, compounded by each later year's own rate. Computed
 *  from the rates themselves (no state), so it stays right under conditionals and incremental recompute. Counts
 *  the rate's `cost` once per year it computes (the work budget). */
function growthIndex(store: Store, rate: Fn, cost: number, y: number, so: number): number {
  store.work += y * cost;
  let p = 1;
  for (let k = 1; k <= y; k++) p *= 1 + rate(k, so);
  return p;
}

/** The nodes of an expression: what one evaluation of it costs, for the work budget. */
export function nodeCount(e: Expr): number {
  switch (e.k) {
    case 'prev':
      return 1 + (e.def === null ? 0 : nodeCount(e.def));
    case 'neg':
    case 'not':
      return 1 + nodeCount(e.a);
    case 'arith':
    case 'logic':
      return 1 + nodeCount(e.a) + nodeCount(e.b);
    case 'compare':
    case 'call': {
      let n = 1;
      for (const a of e.args) n += nodeCount(a);
      return n;
    }
    case 'cond':
      return 1 + nodeCount(e.c) + nodeCount(e.a) + nodeCount(e.b);
    default:
      return 1;
  }
}

/** Distinct line names and tags in order of first appearance (Sets keep insertion order). */
export function collect(e: Expr, names: Set<string>, tags: Set<string>): void {
  switch (e.k) {
    case 'ref':
    case 'prev':
      names.add(e.name);
      if (e.k === 'prev' && e.def !== null) collect(e.def, names, tags);
      return;
    case 'tag':
      tags.add(e.tag);
      return;
    case 'neg':
    case 'not':
      collect(e.a, names, tags);
      return;
    case 'arith':
    case 'logic':
      collect(e.a, names, tags);
      collect(e.b, names, tags);
      return;
    case 'compare':
    case 'call':
      for (const a of e.args) collect(a, names, tags);
      return;
    case 'cond':
      collect(e.c, names, tags);
      collect(e.a, names, tags);
      collect(e.b, names, tags);
      return;
    default:
      return;
  }
}
