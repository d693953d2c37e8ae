// Vector closures: a shape compiled to compute one line over a range of years [from, to) in one call, each node
// looping over the years into a buffer of its own. The engine computes a line this way when nothing it reads is
// computed in the same pass (engine.ts: evaluation plan); year by year it uses the scalar closures of compile.ts.
// Per year, both do the same operations in the same order and raise the same first error, so they give the same
// numbers and errors. Constructs that skip work in some years (?:, and/or/xor, safediv, a chain of comparisons) run
// their scalar closure year by year inside the vector.
//
// A vector closure returns an array and leaves in st.voff where year 0 of the line is in it: a reference returns
// the engine's data array itself (no copy), a computed node the scratch column of its depth (columns.ts; voff 0).
import { st } from './activeStore';
import type { Fn } from './compile';
import { engineError, ErrorCode } from './errors';
import { everyNode, type ArithOp, type CompareOp, type Expr } from './ir';
import { column } from './columns';
import { holds, phaseIn, roundHalfAway } from './numeric';
import type { EngineError } from './types';

/** Years [from, to) of a formula for the line whose slot table starts at st.slots[so]. */
export type VecFn = (so: number, from: number, to: number) => Float64Array;

/** The years [from, to) of a node of two operands, whose years are at A[ao + y] and C[co + y], into out[y]. Each
 *  operator has its own loop, which stays monomorphic. */
type Loop = (out: Float64Array, A: Float64Array, ao: number, C: Float64Array, co: number, from: number, to: number) => void;

const ADD: Loop = (out, A, ao, C, co, from, to) => {
  for (let y = from; y < to; y++) out[y] = A[ao + y] + C[co + y];
};
const SUBTRACT: Loop = (out, A, ao, C, co, from, to) => {
  for (let y = from; y < to; y++) out[y] = A[ao + y] - C[co + y];
};
const MULTIPLY: Loop = (out, A, ao, C, co, from, to) => {
  for (let y = from; y < to; y++) out[y] = A[ao + y] * C[co + y];
};
const POWER: Loop = (out, A, ao, C, co, from, to) => {
  for (let y = from; y < to; y++) out[y] = Math.pow(A[ao + y], C[co + y]);
};

export interface VectorContext {
  firstYear: number;
  years: number;
  nameSlot: ReadonlyMap<string, number>;
  tagSlot: ReadonlyMap<string, number>;
  /** The scalar closure of a subexpression (compile.ts), for the constructs that run year by year. */
  scalar(e: Expr): Fn;
}

/** Whether evaluating `e` can raise no error in any year: it holds no division (by zero) and no phasein (invalid
 *  arguments), the only operations that raise one (an error elsewhere in a year comes from these). */
export function raisesNothing(e: Expr): boolean {
  return everyNode(e, (n) => !(n.k === 'arith' && n.op === '/') && !(n.k === 'call' && n.fn === 'phasein'));
}

export function compileVector(expr: Expr, ctx: VectorContext): VecFn {
  const { firstYear, years, nameSlot, tagSlot } = ctx;
  /** The scratch column of a node at depth d (columns.ts). */
  const buffer = (d: number) => column(d, years);
  const raise = (y: number, e: EngineError) => {
    st.vraised = true;
    if (st.verr[y] === null) st.verr[y] = e;
  };
  const DIV0 = engineError(ErrorCode.divByZero);

  /** A value that does not depend on the line: computed once, in a buffer of its own. */
  const constant = (value: (y: number) => number): VecFn => {
    const out = new Float64Array(years);
    for (let y = 0; y < years; y++) out[y] = value(y);
    return () => {
      st.voff = 0;
      return out;
    };
  };

  /** A scalar closure run year by year, its raised error recorded per year. */
  const yearByYear = (e: Expr, d: number): VecFn => {
    const f = ctx.scalar(e);
    const out = buffer(d);
    return (so, from, to) => {
      for (let y = from; y < to; y++) {
        st.err = null;
        const v = f(y, so);
        if (st.err !== null) {
          raise(y, st.err);
          st.err = null;
        }
        out[y] = v;
      }
      st.voff = 0;
      return out;
    };
  };

  /** out[y] = op(a[y]) for a pure function of one value; a at the same depth (in place, year by year). */
  const map1 = (e: Expr, d: number, op: (x: number) => number): VecFn => {
    const a = gen(e, d);
    const out = buffer(d);
    return (so, from, to) => {
      const A = a(so, from, to);
      const ao = st.voff;
      for (let y = from; y < to; y++) out[y] = op(A[ao + y]);
      st.voff = 0;
      return out;
    };
  };

  const gen = (e: Expr, d: number): VecFn => {
    switch (e.k) {
      case 'num': {
        const v = e.v;
        return constant(() => v);
      }
      case 'year':
        return constant((y) => firstYear + y);
      case 'yearindex':
        return constant((y) => y);
      case 'ref': {
        const i = nameSlot.get(e.name)!;
        return (so) => {
          st.voff = st.slots[so + i];
          return st.data;
        };
      }
      case 'neg':
        return negate(gen(e.a, d), d);
      case 'not':
        return map1(e.a, d, (v) => (v !== v ? NaN : v === 0 ? 1 : 0));
      case 'arith':
        return arith(e.op, e.a, e.b, d);
      case 'compare':
        return e.ops.length === 1 ? compare(e.ops[0], e.args[0], e.args[1], d) : yearByYear(e, d);
      case 'logic':
      case 'cond':
        return yearByYear(e, d);
      case 'prev':
        return prev(nameSlot.get(e.name)!, e.n, e.def === null ? null : gen(e.def, d), d);
      case 'tag': {
        const i = tagSlot.get(e.tag)!;
        return e.fn === 'counttag' ? counttag(i, d) : sumtag(i);
      }
      case 'call':
        return call(e, d);
    }
  };

  const negate = (a: VecFn, d: number): VecFn => {
    const out = buffer(d);
    return (so, from, to) => {
      const A = a(so, from, to);
      const ao = st.voff;
      for (let y = from; y < to; y++) out[y] = -A[ao + y];
      st.voff = 0;
      return out;
    };
  };

  /** A node of two operands: both computed over the range (the first first, at the node's depth, the second below
   *  it), then `loop` over their years. */
  const zip = (ea: Expr, ec: Expr, d: number, loop: Loop): VecFn => {
    if (ec.k !== 'ref') return zipFns(gen(ea, d), gen(ec, d + 1), d, loop);
    // A line as the second operand (and maybe the first): read in place, without calling a closure for it (a
    // reference has nothing to compute; most nodes of the model's formulas are such sums and products).
    const i = nameSlot.get(ec.name)!;
    const out = buffer(d);
    if (ea.k === 'ref') {
      const h = nameSlot.get(ea.name)!;
      return (so, from, to) => {
        const data = st.data;
        loop(out, data, st.slots[so + h], data, st.slots[so + i], from, to);
        st.voff = 0;
        return out;
      };
    }
    const a = gen(ea, d);
    return (so, from, to) => {
      const A = a(so, from, to);
      loop(out, A, st.voff, st.data, st.slots[so + i], from, to);
      st.voff = 0;
      return out;
    };
  };

  const zipFns = (a: VecFn, c: VecFn, d: number, loop: Loop): VecFn => {
    const out = buffer(d);
    return (so, from, to) => {
      const A = a(so, from, to);
      const ao = st.voff;
      const C = c(so, from, to);
      loop(out, A, ao, C, st.voff, from, to);
      st.voff = 0;
      return out;
    };
  };

  const divide: Loop = (out, A, ao, C, co, from, to) => {
    for (let y = from; y < to; y++) {
      const x = A[ao + y];
      const d = C[co + y];
      if (d === 0 && x === x) {
        raise(y, DIV0);
        out[y] = NaN;
      } else out[y] = x / d;
    }
  };

  const arithLoop = (op: ArithOp): Loop => (op === '+' ? ADD : op === '-' ? SUBTRACT : op === '*' ? MULTIPLY : op === '/' ? divide : POWER);
  const arith = (op: ArithOp, a: Expr, c: Expr, d: number): VecFn => zip(a, c, d, arithLoop(op));

  const compare = (op: CompareOp, a: Expr, c: Expr, d: number): VecFn =>
    zip(a, c, d, (out, A, ao, C, co, from, to) => {
      for (let y = from; y < to; y++) {
        const x = A[ao + y];
        const z = C[co + y];
        out[y] = x !== x || z !== z ? NaN : holds(op, x, z) ? 1 : 0;
      }
    });

  /** The default (when any) at the node's depth: read in place. */
  const prev = (i: number, n: number, def: VecFn | null, d: number): VecFn => {
    const out = buffer(d);
    return (so, from, to) => {
      // Before the first plan year: the default, computed only in the years that need it (as the scalar form).
      const early = Math.min(n, to);
      if (from < early) {
        if (def === null) out.fill(0, from, early);
        else {
          const D = def(so, from, early);
          const dOff = st.voff;
          for (let y = from; y < early; y++) out[y] = D[dOff + y];
        }
      }
      const data = st.data;
      const base = st.slots[so + i] - n;
      for (let y = Math.max(from, n); y < to; y++) out[y] = data[base + y];
      st.voff = 0;
      return out;
    };
  };

  /** The group's kept sums (tagSums.ts): only the blocks whose members changed are added again. */
  const sumtag = (i: number): VecFn => (so) => {
    const gid = st.slots[so + i];
    const sums = st.sums.sums(gid, st.groups[gid], st.data, st);
    st.voff = 0;
    return sums;
  };

  const counttag = (i: number, d: number): VecFn => {
    const out = buffer(d);
    return (so, from, to) => {
      out.fill(st.groups[st.slots[so + i]].length, from, to);
      st.voff = 0;
      return out;
    };
  };

  /** ∏ (1 + rate(k)) for k = 1 … y, as growthIndex in compile.ts: the rates of years 1 … to − 1 once (below the
   *  node's depth), multiplied up in order; a year's error is the first error of the rates up to it (recorded
   *  apart, then carried). For the work budget the rate costs its nodes once per year, as the line's other nodes
   *  (counted by the engine). */
  const index = (e: Expr, d: number): VecFn => {
    const rate = gen(e, d + 1);
    const out = buffer(d);
    const errs: (EngineError | null)[] = new Array<EngineError | null>(years).fill(null);
    return (so, from, to) => {
      if (from === 0) out[0] = 1;
      if (to > 1) {
        const outer = st.verr;
        st.verr = errs;
        const R = rate(so, 1, to);
        const ro = st.voff;
        st.verr = outer;
        let p = 1;
        let first: EngineError | null = null;
        for (let y = 1; y < to; y++) {
          p *= 1 + R[ro + y];
          const e = errs[y];
          if (e !== null) {
            errs[y] = null;
            first ??= e;
          }
          if (y >= from) {
            out[y] = p;
            if (first !== null && outer[y] === null) {
              outer[y] = first;
              st.vraised = true;
            }
          }
        }
      }
      st.voff = 0;
      return out;
    };
  };

  /** sum, min, max of several: each argument below the node's depth, folded into its column. */
  const fold = (args: Expr[], d: number, first: (x: number) => number, next: (acc: number, x: number) => number): VecFn => {
    const fs = args.map((x) => gen(x, d + 1));
    const out = buffer(d);
    return (so, from, to) => {
      for (let i = 0; i < fs.length; i++) {
        const A = fs[i](so, from, to);
        const ao = st.voff;
        if (i === 0) for (let y = from; y < to; y++) out[y] = first(A[ao + y]);
        else for (let y = from; y < to; y++) out[y] = next(out[y], A[ao + y]);
      }
      st.voff = 0;
      return out;
    };
  };

  const call = (e: Extract<Expr, { k: 'call' }>, d: number): VecFn => {
    const args = e.args;
    switch (e.fn) {
      case 'sum':
        if (args.length === 1) return gen(args[0], d);
        if (args.length === 2) return arith('+', args[0], args[1], d);
        return fold(args, d, (x) => 0 + x, (acc, x) => acc + x);
      case 'min':
      case 'max': {
        if (args.length === 1) return gen(args[0], d);
        const m = e.fn === 'min' ? Math.min : Math.max;
        return fold(args, d, (x) => x, m);
      }
      case 'abs':
        return map1(args[0], d, Math.abs);
      case 'floor':
        return map1(args[0], d, Math.floor);
      case 'ceil':
        return map1(args[0], d, Math.ceil);
      case 'round': {
        if (args.length === 1) return map1(args[0], d, (x) => roundHalfAway(x, 0));
        return zip(args[0], args[1], d, (out, A, ao, D, dOff, from, to) => {
          for (let y = from; y < to; y++) out[y] = roundHalfAway(A[ao + y], D[dOff + y]);
        });
      }
      case 'phasein': {
        return zip(args[0], args[1], d, (out, S, sOff, M, mo, from, to) => {
          for (let y = from; y < to; y++) {
            const s = S[sOff + y];
            const m = M[mo + y];
            const r = phaseIn(firstYear + y, s, m);
            if (r !== undefined) out[y] = r;
            else {
              raise(y, engineError(ErrorCode.phaseinArgs, { year: s, month: m }));
              out[y] = NaN;
            }
          }
        });
      }
      case 'index':
        return index(args[0], d);
      case 'grow':
        // base(y) * index(rate)(y), the base first, as the scalar form.
        return zipFns(gen(args[0], d), index(args[1], d + 1), d, MULTIPLY);
      case 'safediv':
        return args.every(raisesNothing) ? safediv(args, d) : yearByYear(e, d);
    }
  };

  /** safediv of arguments none of which can raise an error: each over the range (the dividend at the node's depth,
   *  the divisor below it, the fallback below that), then per year what the scalar form gives (NaN when the
   *  divisor is NaN, the fallback when it is 0, else the quotient). Computing an argument in a year whose result
   *  does not use it changes nothing, as it raises nothing. */
  const safediv = (args: Expr[], d: number): VecFn => {
    const a = gen(args[0], d);
    const z = gen(args[1], d + 1);
    const f = args.length === 3 ? gen(args[2], d + 2) : null;
    const out = buffer(d);
    return (so, from, to) => {
      const A = a(so, from, to);
      const ao = st.voff;
      const Z = z(so, from, to);
      const zo = st.voff;
      if (f === null) {
        for (let y = from; y < to; y++) {
          const q = Z[zo + y];
          out[y] = q !== q ? NaN : q === 0 ? 0 : A[ao + y] / q;
        }
      } else {
        const F = f(so, from, to);
        const fo = st.voff;
        for (let y = from; y < to; y++) {
          const q = Z[zo + y];
          out[y] = q !== q ? NaN : q === 0 ? F[fo + y] : A[ao + y] / q;
        }
      }
      st.voff = 0;
      return out;
    };
  };

  return gen(expr, 0);
}
