// Goal seek on the model's own recompute: move one lever until a probe reaches a target (goalSeek), or find
// the smallest lever value for which every condition holds (goalSeekAll, e.g. the reserve fund at least the
// required reserve in every year). Both bracket the answer, then refine it with Brent's method.
import { brent } from './brent';
import { AnalysisCode, failure, num } from './errors';
import { withLevers } from './hold';
import type { AnalysisFailure, Lever, Probe } from './types';

export interface GoalSeekOptions {
  lever: Lever;
  probe: Probe;
  /** A number, or a probe read after each recompute (e.g. the target line in the same year). */
  target: number | Probe;
  lo: number;
  hi: number;
  /** Accepted |probe − target|. Default 1e-9 × max(1, |target|). */
  tol?: number;
  /** Narrowest lever interval searched. Default 1e-12 × max(1, |lo|, |hi|). */
  xtol?: number;
  /** Most recomputes in the refinement. Default 100. */
  maxIter?: number;
  /** When f(lo) and f(hi) lie on the same side of the target, this many evenly spaced inner points are tried
   *  for a crossing (a non-monotone response). Default 16. */
  scan?: number;
}

export type GoalSeekResult =
  | { ok: true; value: number; achieved: number; target: number; iterations: number }
  | AnalysisFailure;

export interface Condition {
  probe: Probe;
  atLeast: number | Probe;
}

export interface GoalSeekAllOptions {
  lever: Lever;
  conditions: Condition[];
  lo: number;
  hi: number;
  /** Accepted slack of the binding condition once met. Default 1e-9 × max(1, largest |required|). */
  tol?: number;
  xtol?: number;
  maxIter?: number;
  /** Evenly spaced inner points tried from lo upwards to find the first one that meets every condition.
   *  Default 16; 0 searches [lo, hi] directly (right when the conditions, once met, stay met as the lever grows). */
  scan?: number;
}

export type GoalSeekAllResult =
  | {
      ok: true;
      /** The smallest lever value found for which every condition holds. */
      value: number;
      /** Index of the condition with the least slack there, its value, what it had to reach, and the slack. */
      binding: number;
      achieved: number;
      required: number;
      margin: number;
      /** True when the conditions already hold at lo. */
      atLowerBound: boolean;
      iterations: number;
    }
  | AnalysisFailure;

const read = (v: number | Probe): number => (typeof v === 'number' ? v : v.read());
const nameOf = (p: Probe): string => p.label ?? p.id ?? '';

interface Eval {
  /** probe − target (goalSeek) or the least slack (goalSeekAll). */
  f: number;
  achieved: number;
  target: number;
  /** The condition that gave f (goalSeekAll). */
  which: number;
}

function badRange(lo: number, hi: number): AnalysisFailure | null {
  return Number.isFinite(lo) && Number.isFinite(hi) && lo < hi ? null : failure(AnalysisCode.badRange, { lo, hi });
}

function innerPoints(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: Math.max(0, Math.floor(n)) }, (_, k) => lo + ((k + 1) * (hi - lo)) / (Math.floor(n) + 1));
}

export function goalSeek(o: GoalSeekOptions): GoalSeekResult {
  const bad = badRange(o.lo, o.hi);
  if (bad !== null) return bad;
  const { lever, probe } = o;
  const maxIter = o.maxIter ?? 100;
  const xtol = o.xtol ?? 1e-12 * Math.max(1, Math.abs(o.lo), Math.abs(o.hi));

  return withLevers([lever], undefined, (): GoalSeekResult => {
    const seen = new Map<number, Eval>();
    let evaluations = 0;
    const evaluate = (x: number): Eval => {
      lever.set(x);
      evaluations++;
      const achieved = probe.read();
      const target = read(o.target);
      const e = { f: achieved - target, achieved, target, which: 0 };
      seen.set(x, e);
      return e;
    };
    const errorAt = (x: number): AnalysisFailure => {
      const bad = Number.isNaN(seen.get(x)?.achieved) || typeof o.target === 'number' ? probe : o.target;
      return failure(AnalysisCode.errorValue, { lever: lever.label, x: num(x), output: nameOf(bad) }, bad.error?.());
    };
    const first = evaluate(o.lo);
    const tol = o.tol ?? 1e-9 * Math.max(1, Math.abs(first.target));
    const ok = (x: number): GoalSeekResult => {
      const e = seen.get(x)!;
      return { ok: true, value: x, achieved: e.achieved, target: e.target, iterations: evaluations };
    };

    // Bracket: the ends, else the first inner crossing.
    let a = o.lo;
    let fa = first.f;
    if (Number.isNaN(fa)) return errorAt(a);
    if (Math.abs(fa) <= tol) return ok(a);
    const last = evaluate(o.hi);
    if (Number.isNaN(last.f)) return errorAt(o.hi);
    if (Math.abs(last.f) <= tol) return ok(o.hi);
    let b = o.hi;
    let fb = last.f;
    if (Math.sign(fa) === Math.sign(fb)) {
      let found = false;
      for (const x of innerPoints(o.lo, o.hi, o.scan ?? 16)) {
        const { f } = evaluate(x);
        if (Number.isNaN(f)) return errorAt(x);
        if (Math.abs(f) <= tol) return ok(x);
        if (Math.sign(f) !== Math.sign(fa)) {
          b = x;
          fb = f;
          found = true;
          break;
        }
        a = x;
        fa = f;
      }
      if (!found) {
        return failure(AnalysisCode.noSolutionInRange, {
          lever: lever.label,
          output: nameOf(probe),
          lo: num(o.lo),
          hi: num(o.hi),
          target: num(first.target),
          atLo: num(first.achieved),
          atHi: num(last.achieved),
        });
      }
    }

    const r = brent((x) => evaluate(x).f, a, fa, b, fb, { xtol, maxIter, done: (f) => Math.abs(f) <= tol });
    if (r.status === 'nan') return errorAt(r.x);
    if (r.status === 'done') return ok(r.x);
    const e = seen.get(r.x)!;
    if (r.status === 'maxIter') {
      return failure(AnalysisCode.notConverged, {
        lever: lever.label,
        iterations: evaluations,
        best: num(r.x),
        achieved: num(e.achieved),
      });
    }
    // The bracket closed on a point where the probe jumps over the target (a threshold, a rounding step).
    const other = seen.get(r.other)!;
    const [below, above] = r.x < r.other ? [e, other] : [other, e];
    return failure(AnalysisCode.discontinuous, {
      lever: lever.label,
      output: nameOf(probe),
      at: num(r.x),
      target: num(e.target),
      below: num(below.achieved),
      above: num(above.achieved),
    });
  });
}

export function goalSeekAll(o: GoalSeekAllOptions): GoalSeekAllResult {
  const bad = badRange(o.lo, o.hi);
  if (bad !== null) return bad;
  const { lever, conditions } = o;
  const maxIter = o.maxIter ?? 100;
  const xtol = o.xtol ?? 1e-12 * Math.max(1, Math.abs(o.lo), Math.abs(o.hi));

  return withLevers([lever], undefined, (): GoalSeekAllResult => {
    const seen = new Map<number, Eval>();
    let evaluations = 0;
    let failed: AnalysisFailure | null = null;
    const evaluate = (x: number): Eval => {
      lever.set(x);
      evaluations++;
      let least: Eval = { f: Infinity, achieved: NaN, target: NaN, which: -1 };
      for (let i = 0; i < conditions.length; i++) {
        const c = conditions[i];
        const achieved = c.probe.read();
        const target = read(c.atLeast);
        const f = achieved - target;
        if (Number.isNaN(f)) {
          const culprit = Number.isNaN(achieved) || typeof c.atLeast === 'number' ? c.probe : c.atLeast;
          failed = failure(
            AnalysisCode.errorValue,
            { lever: lever.label, x: num(x), output: nameOf(culprit) },
            culprit.error?.(),
          );
          least = { f: NaN, achieved, target, which: i };
          break;
        }
        if (f < least.f) least = { f, achieved, target, which: i };
      }
      seen.set(x, least);
      return least;
    };
    const ok = (x: number, atLowerBound: boolean): GoalSeekAllResult => {
      const e = seen.get(x)!;
      return {
        ok: true,
        value: x,
        binding: e.which,
        achieved: e.achieved,
        required: e.target,
        margin: e.f,
        atLowerBound,
        iterations: evaluations,
      };
    };

    const first = evaluate(o.lo);
    if (failed !== null) return failed;
    if (first.f >= 0) return ok(o.lo, true);
    let tol = o.tol;
    if (tol === undefined) {
      let scale = 1;
      for (const c of conditions) scale = Math.max(scale, Math.abs(read(c.atLeast)));
      tol = 1e-9 * scale;
    }

    // The first point from lo upwards that meets every condition.
    let a = o.lo;
    let fa = first.f;
    let b = NaN;
    let fb = NaN;
    for (const x of [...innerPoints(o.lo, o.hi, o.scan ?? 16), o.hi]) {
      const { f } = evaluate(x);
      if (failed !== null) return failed;
      if (f >= 0) {
        b = x;
        fb = f;
        break;
      }
      a = x;
      fa = f;
    }
    if (Number.isNaN(b)) {
      const e = seen.get(o.hi)!;
      const c = conditions[e.which];
      return failure(AnalysisCode.conditionNotMet, {
        lever: lever.label,
        hi: num(o.hi),
        output: c === undefined ? '' : nameOf(c.probe),
        value: num(e.achieved),
        required: num(e.target),
      });
    }
    if (fb <= tol) return ok(b, false);

    const slack = tol;
    const r = brent((x) => evaluate(x).f, a, fa, b, fb, { xtol, maxIter, done: (f) => f >= 0 && f <= slack });
    // A NaN ends the refinement only through a failed condition, reported here.
    if (failed !== null || r.status === 'nan') return failed!;
    // The side of the final bracket where the conditions hold.
    const best = r.fx >= 0 ? r.x : r.other;
    if (r.status === 'maxIter') {
      return failure(AnalysisCode.notConverged, {
        lever: lever.label,
        iterations: evaluations,
        best: num(best),
        achieved: num(seen.get(best)!.achieved),
      });
    }
    return ok(best, false);
  });
}
