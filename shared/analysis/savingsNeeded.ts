// The one-click question: how much more must be saved in year Y for the resultatgrad to reach its target?
// The domain's line keys are parameters, so this works on any model that has such lines.
import { FormulaError, type Engine, type LineKey } from '../engine';
import { inputLever, lineProbe } from './engineAdapters';
import { AnalysisCode, failure, num } from './errors';
import { goalSeekAll } from './goalSeek';
import { withLevers } from './hold';
import type { AnalysisFailure, Lever, Probe } from './types';

export interface SavingsNeededOptions {
  /** The savings to raise: a lever, or the key of an input line whose cell in `year` is raised. */
  savingsLever: Lever | LineKey;
  resultatgradKey: LineKey;
  /** The line holding the resultatgrad target (e.g. from the financial rules). */
  targetKey: LineKey;
  /** Calendar year, e.g. 2026. */
  year: number;
  /** The largest extra saving to consider. Default: no limit (the search widens until the target is met). */
  maxExtra?: number;
  /** Accepted overshoot of the target. Default 1e-9 × max(1, |target|). */
  tol?: number;
}

export type SavingsNeededResult =
  | {
      ok: true;
      /** How much the lever must change (in the lever's unit and sign: a savings line written as negative
       *  numbers gives a negative extra). 0 when the target is met already. */
      extra: number;
      /** The lever value that meets the target: current + extra. */
      savings: number;
      current: number;
      /** Resultatgrad and its target in that year with the extra saving. */
      achieved: number;
      target: number;
      alreadyMet: boolean;
      iterations: number;
    }
  | AnalysisFailure;

const MAX_DOUBLINGS = 60;

export function savingsNeeded(engine: Engine, o: SavingsNeededOptions): SavingsNeededResult {
  const yearIndex = o.year - engine.firstYear;
  let lever: Lever;
  let probe: Probe;
  let target: Probe;
  try {
    lever = typeof o.savingsLever === 'string' ? inputLever(engine, o.savingsLever, yearIndex) : o.savingsLever;
    probe = lineProbe(engine, o.resultatgradKey, yearIndex);
    target = lineProbe(engine, o.targetKey, yearIndex);
  } catch (e) {
    if (e instanceof FormulaError) return { ok: false, code: e.error.code, params: e.error.params };
    throw e;
  }
  const output = probe.label ?? o.resultatgradKey;

  return withLevers([lever], undefined, (): SavingsNeededResult => {
    let evaluations = 0;
    const gap = (): number => probe.read() - target.read();
    const errorAt = (x: number) => {
      const culprit = Number.isNaN(probe.read()) ? probe : target;
      return failure(AnalysisCode.errorValue, { lever: lever.label, x: num(x), output: culprit.label ?? '' }, culprit.error?.());
    };
    const x0 = lever.get();
    if (!Number.isFinite(x0)) return failure(AnalysisCode.badLeverValue, { lever: lever.label });
    const g0 = gap();
    if (Number.isNaN(g0)) return errorAt(x0);
    if (g0 >= 0) {
      return {
        ok: true,
        extra: 0,
        savings: x0,
        current: x0,
        achieved: probe.read(),
        target: target.read(),
        alreadyMet: true,
        iterations: 0,
      };
    }

    // Which way is "more savings" for this model, and a first guess from the slope. The lever may start on a
    // plateau (a savings requirement already covered by measures moves nothing until it exceeds them), so the
    // step widens, up first (more savings), until the output moves.
    let h = 0.01 * Math.max(1, Math.abs(x0));
    let slope = 0;
    for (let i = 0; i <= MAX_DOUBLINGS && slope === 0; i++, h *= 2) {
      for (const side of [1, -1]) {
        lever.set(x0 + side * h);
        evaluations++;
        const g1 = gap();
        if (Number.isNaN(g1)) return errorAt(x0 + side * h);
        slope = (g1 - g0) / (side * h);
        if (slope !== 0) break;
      }
    }
    if (slope === 0 || !Number.isFinite(slope)) return failure(AnalysisCode.noEffect, { lever: lever.label, output });
    const dir = slope > 0 ? 1 : -1;
    // The search runs over the effort u ≥ 0: lever = x0 + dir · u.
    const effort: Lever = {
      id: lever.id,
      label: lever.label,
      get: () => (lever.get() - x0) * dir,
      set: (u) => lever.set(x0 + dir * u),
    };
    const metAt = (u: number): number => {
      effort.set(u);
      evaluations++;
      return gap();
    };

    let lo = 0;
    let hi: number;
    if (o.maxExtra !== undefined) {
      hi = Math.abs(o.maxExtra);
    } else {
      hi = (1.25 * -g0) / Math.abs(slope) + h;
      for (let i = 0; ; i++) {
        const g = metAt(hi);
        if (Number.isNaN(g)) return errorAt(x0 + dir * hi);
        if (g >= 0) break;
        if (i === MAX_DOUBLINGS) {
          return failure(AnalysisCode.conditionNotMet, {
            lever: lever.label,
            hi: num(x0 + dir * hi),
            output,
            value: num(probe.read()),
            required: num(target.read()),
          });
        }
        lo = hi;
        hi *= 2;
      }
    }
    const r = goalSeekAll({
      lever: effort,
      conditions: [{ probe, atLeast: target }],
      lo,
      hi,
      tol: o.tol,
      scan: 0,
    });
    if (!r.ok) {
      // Name lever values in the lever's own terms, not as effort.
      const params = { ...r.params };
      for (const k of ['x', 'hi', 'best']) {
        if (typeof params[k] === 'number') params[k] = num(x0 + dir * (params[k] as number));
      }
      return { ...r, params };
    }
    return {
      ok: true,
      extra: dir * r.value,
      savings: x0 + dir * r.value,
      current: x0,
      achieved: r.achieved,
      target: r.required,
      alreadyMet: false,
      iterations: evaluations + r.iterations,
    };
  });
}
