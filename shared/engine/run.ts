// Run closures: a shape compiled to compute a run of lines that share it (thousands of measures bound to one
// template) over a range of years in one call. Each node loops over every line and year of the run, so a template
// of three nodes costs three calls for the whole run instead of three per line. A node returns an array and leaves
// in st.roff where year 0 of each line of the run is in it: a reference returns the engine's data array itself
// with the referenced lines' offsets (no copy), a computed node the scratch column of its depth (columns.ts; line k
// at k × years), a constant a buffer of one line (offset 0 for every line). Generic loops per operator, not generated code: the renderer's CSP
// forbids eval and new Function.
//
// Per line and year, a run does the same operations in the same order as the vector form (vector.ts), so it gives
// the same numbers. It does not record errors per cell: when any is raised it sets st.rerr, and the engine then
// computes the run's lines one by one by their vector form, which does. Constructs that skip work in some years
// (?:, and/or/xor, safediv, a chain of comparisons) call the vector form of that node line by line. Shapes with
// sumtag(), counttag() or index() (work counted while they run, kept sums per group) are not run this way
// (`runnable`).
import { st } from './activeStore';
import { everyNode, type ArithOp, type CompareOp, type Expr } from './ir';
import { column, offsetColumn } from './columns';
import { holds, phaseIn, roundHalfAway } from './numeric';
import type { VecFn } from './vector';

/** The years [from, to) of the n lines whose slot tables start at sos[0 … n) (n ≤ RUN_MAX): year y of the k-th
 *  line at out[st.roff[k] + y]. Sets st.rerr when some cell raised an error (its value is then not to be used). */
export type RunFn = (sos: Int32Array, n: number, from: number, to: number) => Float64Array;

/** The longest run computed in one call: its buffers (RUN_MAX × years per node) stay in the cache. */
export const RUN_MAX = 256;

export interface RunContext {
  firstYear: number;
  years: number;
  nameSlot: ReadonlyMap<string, number>;
  /** The vector closure of a subexpression (vector.ts), for the constructs that run line by line. */
  vector(e: Expr): VecFn;
}

/** Whether a run closure can compute the expression: no node whose work or state is per line (sumtag, counttag,
 *  index, grow). */
export function runnable(e: Expr): boolean {
  return everyNode(e, (n) => n.k !== 'tag' && !(n.k === 'call' && (n.fn === 'index' || n.fn === 'grow')));
}

/** out[k × years + y] = f(A[ao[k] + y], C[co[k] + y]) for the n lines of a run and the years [from, to). */
type Loop = (out: Float64Array, A: Float64Array, ao: Int32Array, C: Float64Array, co: Int32Array, n: number, Y: number, from: number, to: number) => void;

const ADD: Loop = (out, A, ao, C, co, n, Y, from, to) => {
  for (let k = 0, o = 0; k < n; k++, o += Y) {
    const a = ao[k];
    const c = co[k];
    for (let y = from; y < to; y++) out[o + y] = A[a + y] + C[c + y];
  }
};
const SUBTRACT: Loop = (out, A, ao, C, co, n, Y, from, to) => {
  for (let k = 0, o = 0; k < n; k++, o += Y) {
    const a = ao[k];
    const c = co[k];
    for (let y = from; y < to; y++) out[o + y] = A[a + y] - C[c + y];
  }
};
const MULTIPLY: Loop = (out, A, ao, C, co, n, Y, from, to) => {
  for (let k = 0, o = 0; k < n; k++, o += Y) {
    const a = ao[k];
    const c = co[k];
    for (let y = from; y < to; y++) out[o + y] = A[a + y] * C[c + y];
  }
};
const POWER: Loop = (out, A, ao, C, co, n, Y, from, to) => {
  for (let k = 0, o = 0; k < n; k++, o += Y) {
    const a = ao[k];
    const c = co[k];
    for (let y = from; y < to; y++) out[o + y] = Math.pow(A[a + y], C[c + y]);
  }
};

export function compileRun(expr: Expr, ctx: RunContext): RunFn {
  const { firstYear, years: Y, nameSlot } = ctx;
  /** The scratch column of a node at depth d (columns.ts): line k of the run at k × Y. */
  const buffer = (d: number) => column(d, RUN_MAX * Y);
  /** The offsets of a computed node's column (line k at k × Y), and of a constant's (every line at 0). */
  const dense = offsetColumn(Y, 0, RUN_MAX);
  for (let k = 0; k < RUN_MAX; k++) dense[k] = k * Y;
  const zero = offsetColumn(Y, 1, RUN_MAX);

  /** A value that does not depend on the line: one line's years, read by every line of the run. */
  const constant = (value: (y: number) => number): RunFn => {
    const out = new Float64Array(Y);
    for (let y = 0; y < Y; y++) out[y] = value(y);
    return () => {
      st.roff = zero;
      return out;
    };
  };

  /** The node's vector closure line by line (for the constructs that skip work in some years). */
  const lineByLine = (e: Expr, d: number): RunFn => {
    const vec = ctx.vector(e);
    const out = buffer(d);
    return (sos, n, from, to) => {
      const verr = st.verr;
      for (let k = 0; k < n; k++) {
        const V = vec(sos[k], from, to);
        const o = st.voff;
        const at = k * Y;
        for (let y = from; y < to; y++) out[at + y] = V[o + y];
        for (let y = from; y < to; y++) {
          if (verr[y] !== null) {
            verr[y] = null;
            st.rerr = true;
          }
        }
      }
      st.roff = dense;
      return out;
    };
  };

  /** out = op(a) for a pure function of one value; a at the same depth (in place, year by year). */
  const map1 = (e: Expr, d: number, op: (x: number) => number): RunFn => {
    const a = gen(e, d);
    const out = buffer(d);
    return (sos, n, from, to) => {
      const A = a(sos, n, from, to);
      const ao = st.roff;
      for (let k = 0, o = 0; k < n; k++, o += Y) {
        const s = ao[k];
        for (let y = from; y < to; y++) out[o + y] = op(A[s + y]);
      }
      st.roff = dense;
      return out;
    };
  };

  /** A node of two operands: the first at the node's depth, the second below it, then `loop` over their years. */
  const zip = (ea: Expr, ec: Expr, d: number, loop: Loop): RunFn => {
    const a = gen(ea, d);
    const c = gen(ec, d + 1);
    const out = buffer(d);
    return (sos, n, from, to) => {
      const A = a(sos, n, from, to);
      const ao = st.roff;
      const C = c(sos, n, from, to);
      loop(out, A, ao, C, st.roff, n, Y, from, to);
      st.roff = dense;
      return out;
    };
  };

  const gen = (e: Expr, d: number): RunFn => {
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
        // Offset columns 0 and 1 are dense and zero; a reference at depth d uses column d + 2.
        const offs = offsetColumn(Y, d + 2, RUN_MAX);
        return (sos, n) => {
          const slots = st.slots;
          for (let k = 0; k < n; k++) offs[k] = slots[sos[k] + i];
          st.roff = offs;
          return st.data;
        };
      }
      case 'neg': {
        const a = gen(e.a, d);
        const out = buffer(d);
        return (sos, n, from, to) => {
          const A = a(sos, n, from, to);
          const ao = st.roff;
          for (let k = 0, o = 0; k < n; k++, o += Y) {
            const s = ao[k];
            for (let y = from; y < to; y++) out[o + y] = -A[s + y];
          }
          st.roff = dense;
          return out;
        };
      }
      case 'not':
        return map1(e.a, d, (v) => (v !== v ? NaN : v === 0 ? 1 : 0));
      case 'arith':
        return arith(e.op, e.a, e.b, d);
      case 'compare':
        return e.ops.length === 1 ? compare(e.ops[0], e.args[0], e.args[1], d) : lineByLine(e, d);
      case 'logic':
      case 'cond':
        return lineByLine(e, d);
      case 'prev':
        return prev(nameSlot.get(e.name)!, e.n, e.def === null ? null : gen(e.def, d), d);
      case 'tag':
        throw new Error('sumtag/counttag: not runnable');
      case 'call':
        return call(e, d);
    }
  };

  const divide: Loop = (out, A, ao, C, co, n, _Y, from, to) => {
    for (let k = 0, o = 0; k < n; k++, o += Y) {
      const a = ao[k];
      const c = co[k];
      for (let y = from; y < to; y++) {
        const x = A[a + y];
        const d = C[c + y];
        if (d === 0 && x === x) {
          st.rerr = true;
          out[o + y] = NaN;
        } else out[o + y] = x / d;
      }
    }
  };

  const arith = (op: ArithOp, a: Expr, c: Expr, d: number): RunFn =>
    zip(a, c, d, op === '+' ? ADD : op === '-' ? SUBTRACT : op === '*' ? MULTIPLY : op === '/' ? divide : POWER);

  const compare = (op: CompareOp, a: Expr, c: Expr, d: number): RunFn =>
    zip(a, c, d, (out, A, ao, C, co, n, _Y, from, to) => {
      for (let k = 0, o = 0; k < n; k++, o += Y) {
        const s = ao[k];
        const t = co[k];
        for (let y = from; y < to; y++) {
          const x = A[s + y];
          const z = C[t + y];
          out[o + y] = x !== x || z !== z ? NaN : holds(op, x, z) ? 1 : 0;
        }
      }
    });

  /** The default (when any) at the node's depth: read in place. */
  const prev = (i: number, lag: number, def: RunFn | null, d: number): RunFn => {
    const out = buffer(d);
    return (sos, n, from, to) => {
      // Before the first plan year: the default, computed only in the years that need it (as the vector form).
      const early = Math.min(lag, to);
      const D = from < early && def !== null ? def(sos, n, from, early) : null;
      const dOff = st.roff;
      const data = st.data;
      const slots = st.slots;
      for (let k = 0, o = 0; k < n; k++, o += Y) {
        for (let y = from; y < early; y++) out[o + y] = D === null ? 0 : D[dOff[k] + y];
        const b = slots[sos[k] + i] - lag;
        for (let y = Math.max(from, lag); y < to; y++) out[o + y] = data[b + y];
      }
      st.roff = dense;
      return out;
    };
  };

  /** sum, min, max of several: each argument below the node's depth, folded into its column. */
  const fold = (args: Expr[], d: number, first: (x: number) => number, next: (acc: number, x: number) => number): RunFn => {
    const fs = args.map((x) => gen(x, d + 1));
    const out = buffer(d);
    return (sos, n, from, to) => {
      for (let j = 0; j < fs.length; j++) {
        const A = fs[j](sos, n, from, to);
        const ao = st.roff;
        for (let k = 0, o = 0; k < n; k++, o += Y) {
          const s = ao[k];
          if (j === 0) for (let y = from; y < to; y++) out[o + y] = first(A[s + y]);
          else for (let y = from; y < to; y++) out[o + y] = next(out[o + y], A[s + y]);
        }
      }
      st.roff = dense;
      return out;
    };
  };

  const call = (e: Extract<Expr, { k: 'call' }>, d: number): RunFn => {
    const args = e.args;
    switch (e.fn) {
      case 'sum':
        if (args.length === 1) return gen(args[0], d);
        if (args.length === 2) return arith('+', args[0], args[1], d);
        // 0 + the first, as the vector form's sum (−0 becomes 0 the same way).
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
        return zip(args[0], args[1], d, (out, A, ao, D, dOff, n, _Y, from, to) => {
          for (let k = 0, o = 0; k < n; k++, o += Y) {
            const s = ao[k];
            const t = dOff[k];
            for (let y = from; y < to; y++) out[o + y] = roundHalfAway(A[s + y], D[t + y]);
          }
        });
      }
      case 'phasein':
        return zip(args[0], args[1], d, (out, S, so, M, mo, n, _Y, from, to) => {
          for (let k = 0, o = 0; k < n; k++, o += Y) {
            const s = so[k];
            const t = mo[k];
            for (let y = from; y < to; y++) {
              const r = phaseIn(firstYear + y, S[s + y], M[t + y]);
              if (r !== undefined) out[o + y] = r;
              else {
                st.rerr = true;
                out[o + y] = NaN;
              }
            }
          }
        });
      case 'safediv':
        return lineByLine(e, d);
      case 'index':
      case 'grow':
        throw new Error('index/grow: not runnable');
    }
  };

  return gen(expr, 0);
}
