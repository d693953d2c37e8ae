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

// A compiled shape is kept for the life of the process and shared (formulaCache.ts); L holds some 1 250 of them.
// So the closures it is made of capture only their own numbers and sub-closures: the compiling is done by functions
// at module level that take the compiler's state (`Compiler`) as an argument, never capture it, and make no closure
// over it or over the expression (a closure that captured either would tie it, and every closure made beside it, to
// each shape). One nested compiler per shape, as before, kept some 2.6 kB per shape alive (its helpers, their
// context, its maps), all of it copied by the collector as an open of L made it.

/** What compiling one shape needs and registers; dropped once the shape is made. */
interface Compiler {
  firstYear: number;
  nameSlot: ReadonlyMap<string, number>;
  tagSlot: ReadonlyMap<string, number>;
  /** Null in the compiler of the vector form's scalar closures (vectorOf): those register nothing. */
  reads: Read[] | null;
  seen: Set<string>;
  prevSites: PrevSite[];
}

const DIV0 = engineError(ErrorCode.divByZero);
const NOWHERE: Where = { lag: 0, hist: false };

function raise(e: EngineError): number {
  if (st.err === null) st.err = e;
  return NaN;
}

function read(c: Compiler, slot: number, w: Where, kind: Read['kind']): void {
  if (c.reads === null) return;
  const id = `${slot}:${w.lag}:${w.hist}:${kind}`;
  if (!c.seen.has(id)) {
    c.seen.add(id);
    c.reads.push({ slot, lag: w.lag, hist: w.hist, kind });
  }
}

/** The slot of each name, in order, then of each tag after them (compileShape's numbering). */
function slotMaps(names: readonly string[], tags: readonly string[]): { nameSlot: Map<string, number>; tagSlot: Map<string, number> } {
  const nameSlot = new Map<string, number>();
  for (let i = 0; i < names.length; i++) nameSlot.set(names[i], i);
  const tagSlot = new Map<string, number>();
  for (let i = 0; i < tags.length; i++) tagSlot.set(tags[i], names.length + i);
  return { nameSlot, tagSlot };
}

export function compileShape(expr: Expr, ctx: CompileContext): Shape {
  const { firstYear, years } = ctx;
  const nameSet = new Set<string>();
  const tagSet = new Set<string>();
  collect(expr, nameSet, tagSet);
  const names = [...nameSet];
  const tags = [...tagSet];
  const c: Compiler = { firstYear, ...slotMaps(names, tags), reads: [], seen: new Set(), prevSites: [] };
  const fn = gen(c, expr, NOWHERE);
  return makeShape(fn, names, tags, c.reads!, c.prevSites, expr, firstYear, years);
}

/** The shape, its vector and run forms compiled on first use (the closures that do so hold the expression and the
 *  horizon, not the compiler). */
function makeShape(fn: Fn, names: string[], tags: string[], reads: Read[], prevSites: PrevSite[], expr: Expr, firstYear: number, years: number): Shape {
  const shape: Shape = {
    fn,
    names,
    tags,
    reads,
    prevSites,
    cost: nodeCount(expr),
    vec: (so, from, to) => {
      const vec = vectorOf(expr, slotMaps(shape.names, shape.tags), firstYear, years);
      shape.vec = vec;
      return vec(so, from, to);
    },
    runnable: runnable(expr),
    run: (sos, n, from, to) => {
      const slots = slotMaps(shape.names, shape.tags);
      const run = compileRun(expr, { firstYear, years, nameSlot: slots.nameSlot, vector: (e) => vectorOf(e, slots, firstYear, years) });
      shape.run = run;
      return run(sos, n, from, to);
    },
  };
  return shape;
}

/** A shape for a formula of `base`'s structure (ir.ts structureKey) with its own names and tags: the same closures,
 *  and the same vector and run forms, compiled once for both (the first call through either compiles them). */
export function withNames(base: Shape, names: string[], tags: string[]): Shape {
  const shape: Shape = {
    fn: base.fn,
    names,
    tags,
    reads: base.reads,
    prevSites: base.prevSites,
    cost: base.cost,
    vec: (so, from, to) => {
      const out = base.vec(so, from, to);
      shape.vec = base.vec;
      return out;
    },
    runnable: base.runnable,
    run: (sos, n, from, to) => {
      const out = base.run(sos, n, from, to);
      shape.run = base.run;
      return out;
    },
  };
  return shape;
}

/** The vector form of `e` (the shape's expression or a part of it), its constructs that run year by year through
 *  scalar closures made by a compiler that registers nothing. */
function vectorOf(e: Expr, slots: ReturnType<typeof slotMaps>, firstYear: number, years: number): VecFn {
  const c: Compiler = { firstYear, ...slots, reads: null, seen: new Set(), prevSites: [] };
  return compileVector(e, { firstYear, years, ...slots, scalar: (x) => gen(c, x, NOWHERE) });
}

function gen(c: Compiler, e: Expr, w: Where): Fn {
  switch (e.k) {
    case 'num': {
      const v = e.v;
      return () => v;
    }
    case 'ref': {
      const i = c.nameSlot.get(e.name)!;
      read(c, i, w, 'line');
      return (y, so) => st.data[st.slots[so + i] + y];
    }
    case 'year': {
      const firstYear = c.firstYear;
      return (y) => firstYear + y;
    }
    case 'yearindex':
      return (y) => y;
    case 'neg': {
      const a = gen(c, e.a, w);
      return (y, so) => -a(y, so);
    }
    case 'not': {
      const a = gen(c, e.a, w);
      return (y, so) => {
        const v = a(y, so);
        return v !== v ? NaN : v === 0 ? 1 : 0;
      };
    }
    case 'arith':
      return fusedArith(c, e.op, e.a, e.b, w) ?? arith(e.op, gen(c, e.a, w), gen(c, e.b, w));
    case 'logic':
      return logic(e.op, gen(c, e.a, w), gen(c, e.b, w));
    case 'compare':
      return compare(e.ops, genAll(c, e.args, w));
    case 'cond': {
      const cond = gen(c, e.c, w);
      const a = gen(c, e.a, w);
      const f = gen(c, e.b, w);
      return (y, so) => {
        const v = cond(y, so);
        return v !== v ? NaN : v !== 0 ? a(y, so) : f(y, so);
      };
    }
    case 'prev': {
      const i = c.nameSlot.get(e.name)!;
      const n = e.n;
      const at: Where = { lag: w.lag + n, hist: w.hist };
      read(c, i, at, 'line');
      const def = e.def === null ? null : gen(c, e.def, w);
      if (c.reads !== null) c.prevSites.push({ slot: i, lag: at.lag, def });
      if (def === null) return (y, so) => (y >= n ? st.data[st.slots[so + i] + y - n] : 0);
      return (y, so) => (y >= n ? st.data[st.slots[so + i] + y - n] : def(y, so));
    }
    case 'tag': {
      const i = c.tagSlot.get(e.tag)!;
      read(c, i, w, e.fn);
      if (e.fn === 'counttag') return (_y, so) => st.groups[st.slots[so + i]].length;
      // Added up afresh (lines computed year by year), in the order of the kept sums (tagSums.ts).
      return (y, so) => {
        const g = st.groups[st.slots[so + i]];
        st.work += g.length;
        return groupSum(g, st.data, y);
      };
    }
    case 'call':
      return call(c, e.fn, e.args, w);
  }
}

/** gen() of each expression, in order (a loop: a closure over the compiler here would be kept by the result). */
function genAll(c: Compiler, es: readonly Expr[], w: Where): Fn[] {
  const out = new Array<Fn>(es.length);
  for (let i = 0; i < es.length; i++) out[i] = gen(c, es[i], w);
  return out;
}

/** `x op y` for + − × where at least one operand is a line reference: the reference is read in place instead of
 *  through a closure of its own, so the hot template shapes (`m.effekt * m.med`, …) cost one call per cell and
 *  box no intermediate results. Same operations in the same order as the general path; null when not applicable. */
function fusedArith(c: Compiler, op: string, a: Expr, b: Expr, w: Where): Fn | null {
  if (op !== '+' && op !== '-' && op !== '*') return null;
  const aRef = a.k === 'ref';
  const bRef = b.k === 'ref';
  if (!aRef && !bRef) return null;
  if (aRef && !bRef && b.k !== 'num') {
    // A reference and any expression (`m.helarseffekt * phasein(…)`): reads registered in gen()'s order.
    const i = c.nameSlot.get(a.name)!;
    read(c, i, w, 'line');
    const f = gen(c, b, w);
    if (op === '+') return (y, so) => st.data[st.slots[so + i] + y] + f(y, so);
    if (op === '-') return (y, so) => st.data[st.slots[so + i] + y] - f(y, so);
    return (y, so) => st.data[st.slots[so + i] + y] * f(y, so);
  }
  if (bRef && !aRef && a.k !== 'num') {
    const f = gen(c, a, w);
    const j = c.nameSlot.get(b.name)!;
    read(c, j, w, 'line');
    if (op === '+') return (y, so) => f(y, so) + st.data[st.slots[so + j] + y];
    if (op === '-') return (y, so) => f(y, so) - st.data[st.slots[so + j] + y];
    return (y, so) => f(y, so) * st.data[st.slots[so + j] + y];
  }
  // Register the reads in the order gen() would.
  const i = aRef ? c.nameSlot.get(a.name)! : -1;
  if (aRef) read(c, i, w, 'line');
  const j = bRef ? c.nameSlot.get(b.name)! : -1;
  if (bRef) read(c, j, w, 'line');
  if (aRef && bRef) {
    if (op === '+') return (y, so) => st.data[st.slots[so + i] + y] + st.data[st.slots[so + j] + y];
    if (op === '-') return (y, so) => st.data[st.slots[so + i] + y] - st.data[st.slots[so + j] + y];
    return (y, so) => st.data[st.slots[so + i] + y] * st.data[st.slots[so + j] + y];
  }
  if (aRef) {
    const v = (b as { v: number }).v;
    if (op === '+') return (y, so) => st.data[st.slots[so + i] + y] + v;
    if (op === '-') return (y, so) => st.data[st.slots[so + i] + y] - v;
    return (y, so) => st.data[st.slots[so + i] + y] * v;
  }
  const v = (a as { v: number }).v;
  if (op === '+') return (y, so) => v + st.data[st.slots[so + j] + y];
  if (op === '-') return (y, so) => v - st.data[st.slots[so + j] + y];
  return (y, so) => v * st.data[st.slots[so + j] + y];
}

function arith(op: string, a: Fn, c: Fn): Fn {
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
}

function truth(v: number): number {
  return v !== v ? NaN : v !== 0 ? 1 : 0;
}

function logic(op: string, a: Fn, c: Fn): Fn {
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
}

function compare(ops: string[], args: Fn[]): Fn {
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
}

function call(c: Compiler, fn: string, argExprs: Expr[], w: Where): Fn {
  // index() and grow() read their rate in every year up to the current one.
  const histW: Where = { lag: w.lag, hist: true };
  const firstYear = c.firstYear;
  switch (fn) {
    case 'sum': {
      const args = genAll(c, argExprs, w);
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
      const args = genAll(c, argExprs, w);
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
      const a = gen(c, argExprs[0], w);
      const m = fn === 'abs' ? Math.abs : fn === 'floor' ? Math.floor : Math.ceil;
      return (y, so) => m(a(y, so));
    }
    case 'round': {
      const a = gen(c, argExprs[0], w);
      if (argExprs.length === 1) return (y, so) => roundHalfAway(a(y, so), 0);
      const digits = gen(c, argExprs[1], w);
      return (y, so) => roundHalfAway(a(y, so), digits(y, so));
    }
    case 'safediv': {
      const a = gen(c, argExprs[0], w);
      const d = gen(c, argExprs[1], w);
      const fallback = argExprs.length === 3 ? gen(c, argExprs[2], w) : () => 0;
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
        const i = c.nameSlot.get(ey.name)!;
        read(c, i, w, 'line');
        const j = c.nameSlot.get(em.name)!;
        read(c, j, w, 'line');
        return (y, so) => {
          const s = st.data[st.slots[so + i] + y];
          const m = st.data[st.slots[so + j] + y];
          const r = phaseIn(firstYear + y, s, m);
          return r !== undefined ? r : raise(engineError(ErrorCode.phaseinArgs, { year: s, month: m }));
        };
      }
      const sy = gen(c, ey, w);
      const sm = gen(c, em, w);
      return (y, so) => {
        const s = sy(y, so);
        const m = sm(y, so);
        const r = phaseIn(firstYear + y, s, m);
        return r !== undefined ? r : raise(engineError(ErrorCode.phaseinArgs, { year: s, month: m }));
      };
    }
    case 'index': {
      const rate = gen(c, argExprs[0], histW);
      const cost = nodeCount(argExprs[0]);
      return (y, so) => growthIndex(st, rate, cost, y, so);
    }
    default: {
      // grow(base, rate)
      const base = gen(c, argExprs[0], w);
      const rate = gen(c, argExprs[1], histW);
      const cost = nodeCount(argExprs[1]);
      return (y, so) => base(y, so) * growthIndex(st, rate, cost, y, so);
    }
  }
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
