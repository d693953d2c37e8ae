// Monte Carlo over the measures' realisation: in each draw every measure is realised with its probability (and,
// when given, with an effect drawn from its range) or not at all, the model recomputes, the outputs are read.
// Seeded, so the same seed gives the same result.
import { AnalysisCode, failure } from './errors';
import { focused, sourceOf, traceSource } from './focus';
import { withLevers } from './hold';
import { buildLinearResponse, type LinearResponse } from './linearResponse';
import { triangularOn, uniformOn, Xoshiro128 } from './prng';
import { summarize, type Summary } from './stats';
import type { AnalysisFailure, Batcher, Lever, Probe } from './types';

export const MIN_DRAWS = 2000;

export interface UncertainMeasure {
  /** The measure's effect: its current value is the planned effect, 0 means "not realised". For a series lever
   *  in scale mode the planned value is 1. */
  lever: Lever;
  /** Probability that the measure is realised, 0–1. */
  probability: number;
  /** When realised, the effect is drawn from [lo, hi] (in the lever's unit) instead of being the planned value. */
  effectRange?: [number, number];
  /** 'uniform' (default), or 'triangular' peaking at the planned value (held within the range). */
  effectShape?: 'uniform' | 'triangular';
}

export interface MonteCarloOutput {
  probe: Probe;
  /** Report the probability that the output is at least this (e.g. total savings ≥ the requirement). */
  atLeast?: number;
}

export interface MonteCarloOptions {
  measures: UncertainMeasure[];
  outputs: (Probe | MonteCarloOutput)[];
  /** At least MIN_DRAWS (the default). */
  draws?: number;
  /** A whole number; the same seed gives the same draws. */
  seed: number;
  /** Groups the lever edits of one draw into one recompute: pass the engine. Without it every edit recomputes. */
  model?: Batcher;
  /** 'auto' (default): use the linear fast path when the model is verified to be linear in the levers (see
   *  linearResponse.ts), else the engine per draw. 'naive': the engine per draw, always. */
  method?: 'auto' | 'naive';
  /** Draws evaluated on the engine as well as by the fast path, to verify it. Default 3. */
  verifyDraws?: number;
}

export interface OutputDistribution extends Summary {
  id?: string;
  label?: string;
  /** The output as planned: every measure at its planned value (the model as it stood). */
  planned: number;
  /** Share of draws with the output ≥ atLeast, and that share's standard error. */
  probability?: { atLeast: number; p: number; stdError: number };
  /** Every draw's value, ascending (for a histogram). */
  samples: Float64Array;
}

export type MonteCarloResult =
  | {
      ok: true;
      draws: number;
      seed: number;
      /** How the draws were evaluated. */
      method: 'naive' | 'linear';
      outputs: OutputDistribution[];
      /** Model recomputes made. */
      recomputes: number;
    }
  | AnalysisFailure;

function validate(o: MonteCarloOptions, draws: number): AnalysisFailure | null {
  if (!Number.isInteger(draws) || draws < MIN_DRAWS) {
    return failure(AnalysisCode.tooFewDraws, { min: MIN_DRAWS, draws: Number.isFinite(draws) ? draws : String(draws) });
  }
  if (!Number.isInteger(o.seed)) return failure(AnalysisCode.badSeed, { seed: String(o.seed) });
  for (const m of o.measures) {
    const p = m.probability;
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
      return failure(AnalysisCode.badProbability, { lever: m.lever.label, value: String(p) });
    }
    if (m.effectRange !== undefined) {
      const [lo, hi] = m.effectRange;
      if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) {
        return failure(AnalysisCode.badEffectRange, { lever: m.lever.label, lo: String(lo), hi: String(hi) });
      }
    }
  }
  return null;
}

export function monteCarlo(o: MonteCarloOptions): MonteCarloResult {
  const draws = o.draws ?? MIN_DRAWS;
  const invalid = validate(o, draws);
  if (invalid !== null) return invalid;
  const { measures, model } = o;
  const outputs = o.outputs.map((x): MonteCarloOutput => ('read' in x ? { probe: x } : x));
  const probes = outputs.map((x) => x.probe);
  const levers = measures.map((m) => m.lever);
  const n = measures.length;
  const k = probes.length;

  return withLevers(levers, model, (): MonteCarloResult => {
    const planned = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      planned[i] = levers[i].get();
      if (!Number.isFinite(planned[i])) return failure(AnalysisCode.badLeverValue, { lever: levers[i].label });
    }
    const plannedOut = Float64Array.from(probes, (p) => p.read());
    const rng = Xoshiro128.fromSeed(o.seed);
    const samples = probes.map(() => new Float64Array(draws));
    const values = new Float64Array(n);
    const current = Float64Array.from(planned);
    const row = new Float64Array(k);
    let recomputes = 0;

    // Always two uniforms per ranged measure and one otherwise, whatever is realised: the stream, and so every
    // draw, is the same on both paths.
    const draw = () => {
      for (let i = 0; i < n; i++) {
        const m = measures[i];
        const realised = rng.uniform() < m.probability;
        let effect = planned[i];
        if (m.effectRange !== undefined) {
          const [lo, hi] = m.effectRange;
          const u = rng.uniform();
          effect = m.effectShape === 'triangular' ? triangularOn(u, lo, planned[i], hi) : uniformOn(u, lo, hi);
        }
        values[i] = realised ? effect : 0;
      }
    };
    // One draw on the engine: only levers whose value changed are set, all in one recompute.
    const onEngine = (d: number): AnalysisFailure | null => {
      const edit = () => {
        for (let i = 0; i < n; i++) {
          if (values[i] !== current[i]) {
            levers[i].set(values[i]);
            current[i] = values[i];
          }
        }
      };
      if (model !== undefined) model.batch(edit);
      else edit();
      recomputes++;
      for (let j = 0; j < k; j++) {
        row[j] = probes[j].read();
        if (Number.isNaN(row[j])) {
          return failure(
            AnalysisCode.outputError,
            { output: probes[j].label ?? probes[j].id ?? '', draw: d + 1 },
            probes[j].error?.(),
          );
        }
      }
      return null;
    };

    // The model recomputes only what the outputs read: for every draw when their lines are named, for the slopes
    // alone when they were traced (a traced line set may miss one; the verify draws, computed in full, catch that).
    const verify = Math.max(0, o.verifyDraws ?? 3);
    const named = sourceOf(probes);
    const traced = named ?? (verify > 0 ? traceSource(probes) : null);

    let linear: LinearResponse | null = null;
    if ((o.method ?? 'auto') === 'auto' && n > 0) {
      // Slopes from "not realised" (0), or from 1 when the plan is 0; linearity checked at the far end of a range.
      const probeAt = Float64Array.from(planned, (x) => (x !== 0 ? 0 : 1));
      const checkAt = Float64Array.from(measures, (m, i) => {
        if (m.effectRange === undefined) return NaN;
        const [lo, hi] = m.effectRange;
        const far = Math.abs(hi - planned[i]) >= Math.abs(lo - planned[i]) ? hi : lo;
        return far === planned[i] || far === probeAt[i] ? NaN : far;
      });
      linear = focused(traced, () => buildLinearResponse(levers, planned, probeAt, checkAt, probes, plannedOut, model));
    }
    if (linear !== null) recomputes += linear.recomputes;

    let method: 'naive' | 'linear' = linear !== null ? 'linear' : 'naive';
    const bad = focused(named, (): AnalysisFailure | null => {
      for (let d = 0; d < draws; d++) {
        draw();
        if (method === 'linear' && d >= verify) {
          linear!.predict(values, row);
        } else {
          const failed = onEngine(d);
          if (failed !== null) return failed;
          // A mismatch: an interaction or threshold the per-lever check did not see. The engine takes over.
          if (method === 'linear' && !linear!.matches(values, row)) method = 'naive';
        }
        for (let j = 0; j < k; j++) samples[j][d] = row[j];
      }
      return null;
    });
    if (bad !== null) return bad;

    return {
      ok: true,
      draws,
      seed: o.seed,
      method,
      recomputes,
      outputs: outputs.map((out, j): OutputDistribution => {
        const s = samples[j];
        const summary = summarize(s);
        const result: OutputDistribution = {
          id: out.probe.id,
          label: out.probe.label,
          planned: plannedOut[j],
          ...summary,
          samples: s,
        };
        if (out.atLeast !== undefined) {
          let hits = 0;
          for (let d = 0; d < draws; d++) if (s[d] >= out.atLeast) hits++;
          const p = hits / draws;
          result.probability = { atLeast: out.atLeast, p, stdError: Math.sqrt((p * (1 - p)) / draws) };
        }
        return result;
      }),
    };
  });
}
