// Brent's method (zeroin: bisection, secant and inverse quadratic interpolation) on a bracket [a, b] where
// f changes sign. The bracket is kept at every step, so the caller gets both sides of the crossing back: the
// point found and the nearest point on the other side.

export interface BrentOptions {
  /** Stop when the bracket is narrower than this. */
  xtol: number;
  /** Stop early when f(x) is good enough (e.g. |f| ≤ tol). */
  done: (fx: number) => boolean;
  maxIter: number;
}

export type BrentResult =
  | {
      status: 'done' | 'narrow' | 'maxIter';
      /** The best point (smallest |f|) and its value. */
      x: number;
      fx: number;
      /** The other end of the final bracket: f(other) has the opposite sign of f(x) (or f(x) is 0). */
      other: number;
      fother: number;
      evaluations: number;
    }
  | { status: 'nan'; x: number; evaluations: number };

const EPS = Number.EPSILON;

/** Requires fa and fb finite with fa·fb ≤ 0. f may return NaN, which ends the search with status 'nan'. */
export function brent(f: (x: number) => number, a: number, fa: number, b: number, fb: number, o: BrentOptions): BrentResult {
  let c = b;
  let fc = fb;
  let d = b - a;
  let e = d;
  let evaluations = 0;
  for (;;) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      // b and c on the same side: c takes the old a, so [b, c] brackets the root again.
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * EPS * Math.abs(b) + 0.5 * o.xtol;
    const xm = 0.5 * (c - b);
    const result = (status: 'done' | 'narrow' | 'maxIter') => ({ status, x: b, fx: fb, other: c, fother: fc, evaluations });
    if (fb === 0 || o.done(fb)) return result('done');
    if (Math.abs(xm) <= tol1) return result('narrow');
    if (evaluations >= o.maxIter) return result('maxIter');

    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      // Try interpolation: secant when only two points are known, inverse quadratic otherwise.
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = f(b);
    evaluations++;
    if (fb !== fb) return { status: 'nan', x: b, evaluations };
  }
}
