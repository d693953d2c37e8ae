import { describe, expect, it } from 'vitest';
import { Engine, type LineSpec } from '../engine';
import { inputLever, lineProbe } from './engineAdapters';
import { analysisMessage } from './message';
import { monteCarlo, type MonteCarloOptions, type UncertainMeasure } from './monteCarlo';

const YEARS = 3;

/** n measures tagged "tiltak" with full effects 10·(i + 1) in every year; total savings against a requirement. */
function model(n: number, extra: LineSpec[] = []): Engine {
  const e = new Engine({ firstYear: 2025, years: YEARS });
  const lines: LineSpec[] = [];
  for (let i = 0; i < n; i++) {
    lines.push({ key: `tiltak.m${i}`, label: `Tiltak ${i}`, input: Array(YEARS).fill(10 * (i + 1)), tags: ['tiltak'] });
  }
  lines.push({ key: 'sum_tiltak', label: 'Sum tiltak', formula: 'sumtag("tiltak")' });
  lines.push({ key: 'resultat', label: 'Netto driftsresultat', formula: '-50 + sum_tiltak' });
  lines.push(...extra);
  e.load(lines);
  return e;
}

const state = (e: Engine) => e.keys().map((k) => [e.spec(k), Array.from(e.values(k))]);

/** Probability, and for some an effect range in scale units (1 = the planned effect). */
function measures(e: Engine, n: number): UncertainMeasure[] {
  return Array.from({ length: n }, (_, i): UncertainMeasure => {
    const m: UncertainMeasure = { lever: inputLever(e, `tiltak.m${i}`, 'all'), probability: 0.2 + (0.6 * i) / n };
    if (i % 3 === 1) m.effectRange = [0.5, 1.2];
    if (i % 3 === 2) {
      m.effectRange = [0.4, 1];
      m.effectShape = 'triangular';
    }
    return m;
  });
}

/** E[effect] of measure i: p · planned · E[scale]; uniform [0.5, 1.2] → 0.85, triangular (0.4, 1, 1) → 0.8. */
function expected(ms: UncertainMeasure[]): number {
  return ms.reduce((s, m, i) => {
    const scale = i % 3 === 0 ? 1 : i % 3 === 1 ? 0.85 : 0.8;
    return s + m.probability * 10 * (i + 1) * scale;
  }, 0);
}

describe('monteCarlo', () => {
  it('has a mean that matches Σ p · E[effect] within 3 standard errors, for several seeds', () => {
    const n = 12;
    const e = model(n);
    const ms = measures(e, n);
    for (const seed of [1, 2, 3, 42, 2025]) {
      const r = monteCarlo({ measures: ms, outputs: [lineProbe(e, 'sum_tiltak', 1)], seed, model: e });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const out = r.outputs[0];
      expect(r.draws).toBe(2000);
      expect(out.planned).toBe(780);
      expect(Math.abs(out.mean - expected(ms))).toBeLessThan(3 * out.stdError);
      expect(out.p10).toBeLessThanOrEqual(out.p50);
      expect(out.p50).toBeLessThanOrEqual(out.p90);
    }
  });

  it('gives the probability of reaching a threshold: one measure realised with p = 0.3', () => {
    const e = model(1);
    const r = monteCarlo({
      measures: [{ lever: inputLever(e, 'tiltak.m0', 'all'), probability: 0.3 }],
      outputs: [{ probe: lineProbe(e, 'sum_tiltak', 0), atLeast: 10 }],
      seed: 9,
      draws: 5000,
      model: e,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { probability, samples, p10, p90 } = r.outputs[0];
    expect(probability!.atLeast).toBe(10);
    expect(Math.abs(probability!.p - 0.3)).toBeLessThan(3 * probability!.stdError);
    // Only two outcomes, 0 and 10, sorted.
    expect(new Set(samples)).toEqual(new Set([0, 10]));
    expect(samples[0]).toBe(0);
    expect([p10, p90]).toEqual([0, 10]);
  });

  it('is deterministic for a seed, and another seed gives other draws', () => {
    const e = model(6);
    const opts: MonteCarloOptions = { measures: measures(e, 6), outputs: [lineProbe(e, 'resultat', 2)], seed: 77, model: e };
    const a = monteCarlo(opts);
    const b = monteCarlo(opts);
    const c = monteCarlo({ ...opts, seed: 78 });
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(b.outputs[0].samples).toEqual(a.outputs[0].samples);
    expect(b.outputs[0].mean).toBe(a.outputs[0].mean);
    expect(c.outputs[0].samples).not.toEqual(a.outputs[0].samples);
  });

  it('restores every line exactly', () => {
    const e = model(5);
    e.setInput('tiltak.m2', 1, NaN);
    const before = state(e);
    const r = monteCarlo({ measures: measures(e, 5), outputs: [lineProbe(e, 'resultat', 0)], seed: 3, model: e });
    expect(r.ok).toBe(true);
    expect(state(e)).toEqual(before);
    const naive = monteCarlo({ measures: measures(e, 5), outputs: [lineProbe(e, 'resultat', 0)], seed: 3, model: e, method: 'naive' });
    expect(naive.ok).toBe(true);
    expect(state(e)).toEqual(before);
  });

  it('takes the linear fast path on a linear model, with the same result as the engine per draw', () => {
    const n = 30;
    const e = model(n, [{ key: 'fond', formula: 'prev(fond, 1, 1000) + resultat' }]);
    const outputs = [lineProbe(e, 'sum_tiltak', 0), lineProbe(e, 'resultat', 1), lineProbe(e, 'fond', 2)];
    const opts: MonteCarloOptions = { measures: measures(e, n), outputs, seed: 11, model: e };
    const fast = monteCarlo(opts);
    const naive = monteCarlo({ ...opts, method: 'naive' });
    expect(fast.ok && naive.ok).toBe(true);
    if (!fast.ok || !naive.ok) return;
    expect(fast.method).toBe('linear');
    expect(naive.method).toBe('naive');
    // The fast path recomputes once per lever, once to put the last back, twice for the joint check at the far
    // ends of the ranges and once per verified draw: not once per draw.
    expect(fast.recomputes).toBe(n + 1 + 2 + 3);
    expect(naive.recomputes).toBe(2000);
    fast.outputs.forEach((o, j) => {
      const ref = naive.outputs[j];
      for (let d = 0; d < 2000; d++) expect(o.samples[d]).toBeCloseTo(ref.samples[d], 9);
      for (const s of ['mean', 'p10', 'p50', 'p90', 'stdError'] as const) expect(o[s]).toBeCloseTo(ref[s], 9);
    });
  });

  it('falls back to the engine when measures interact (a product)', () => {
    const e = model(2, [{ key: 'samspill', formula: 'tiltak.m0 * tiltak.m1' }]);
    const ms: UncertainMeasure[] = [0, 1].map((i) => ({
      lever: inputLever(e, `tiltak.m${i}`, 'all'),
      probability: 0.9,
      effectRange: [0.5, 1.5],
    }));
    const opts: MonteCarloOptions = { measures: ms, outputs: [lineProbe(e, 'samspill', 0)], seed: 5, model: e };
    const auto = monteCarlo(opts);
    const naive = monteCarlo({ ...opts, method: 'naive' });
    expect(auto.ok && auto.method).toBe('naive');
    if (!auto.ok || !naive.ok) return;
    expect(auto.outputs[0].samples).toEqual(naive.outputs[0].samples);
    // E[m0 · m1] = (0.9 · 10 · 1)(0.9 · 20 · 1) = 162, as the draws are independent.
    expect(Math.abs(auto.outputs[0].mean - 162)).toBeLessThan(3 * auto.outputs[0].stdError);
  });

  it('falls back to the engine when a verified draw shows an interaction the slopes cannot', () => {
    // m0 · m1 without ranges: linear along each lever from the plan, wrong only when both are off (−200 vs 0).
    const e = model(2, [{ key: 'samspill', formula: 'tiltak.m0 * tiltak.m1' }]);
    const ms: UncertainMeasure[] = [0, 1].map((i) => ({ lever: inputLever(e, `tiltak.m${i}`, 'all'), probability: 0.1 }));
    const opts: MonteCarloOptions = { measures: ms, outputs: [lineProbe(e, 'samspill', 0)], seed: 1, model: e };
    const auto = monteCarlo(opts);
    const naive = monteCarlo({ ...opts, method: 'naive' });
    const unverified = monteCarlo({ ...opts, verifyDraws: 0 });
    expect(auto.ok && auto.method).toBe('naive');
    expect(auto.ok && naive.ok && auto.outputs[0].samples).toEqual(naive.ok && naive.outputs[0].samples);
    // Without the verified draws the fast path would have been taken, and been wrong.
    expect(unverified.ok && unverified.method).toBe('linear');
    expect(unverified.ok && unverified.outputs[0].min).toBe(-200);
  });

  it('falls back to the engine when a response is curved along one lever', () => {
    const e = model(3, [{ key: 'kvadrat', formula: 'sum_tiltak ^ 2' }]);
    const r = monteCarlo({ measures: measures(e, 3), outputs: [lineProbe(e, 'kvadrat', 0)], seed: 5, model: e });
    expect(r.ok && r.method).toBe('naive');
  });

  it('draws an effect in absolute units for a one-year lever', () => {
    const e = model(1);
    const r = monteCarlo({
      measures: [{ lever: inputLever(e, 'tiltak.m0', 1), probability: 0.5, effectRange: [8, 14] }],
      outputs: [lineProbe(e, 'sum_tiltak', 1), lineProbe(e, 'sum_tiltak', 0)],
      seed: 123,
      model: e,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [y1, y0] = r.outputs;
    expect(Math.abs(y1.mean - 0.5 * 11)).toBeLessThan(3 * y1.stdError);
    expect(y1.min).toBe(0);
    expect(y1.max).toBeLessThanOrEqual(14);
    // Year 0 is not part of the lever: it never moves.
    expect([y0.min, y0.max, y0.stdError]).toEqual([10, 10, 0]);
  });

  it('works without a batcher (one recompute per lever edit)', () => {
    const e = model(3);
    const r = monteCarlo({ measures: measures(e, 3), outputs: [lineProbe(e, 'sum_tiltak', 0)], seed: 1, method: 'naive' });
    const s = monteCarlo({ measures: measures(e, 3), outputs: [lineProbe(e, 'sum_tiltak', 0)], seed: 1, model: e, method: 'naive' });
    expect(r.ok && s.ok && r.outputs[0].samples).toEqual(s.ok && s.outputs[0].samples);
  });

  it('refuses bad settings with a clear message', () => {
    const e = model(1);
    const lever = inputLever(e, 'tiltak.m0', 'all');
    const out = [lineProbe(e, 'sum_tiltak', 0)];
    const few = monteCarlo({ measures: [{ lever, probability: 0.5 }], outputs: out, seed: 1, draws: 100 });
    expect(few).toEqual({ ok: false, code: 'analysis.tooFewDraws', params: { min: 2000, draws: 100 } });
    if (!few.ok) expect(analysisMessage('nb', few)).toBe('Simuleringen trenger minst 2\u00a0000 trekninger (fikk 100).');
    expect(monteCarlo({ measures: [{ lever, probability: 1.5 }], outputs: out, seed: 1 })).toMatchObject({
      code: 'analysis.badProbability',
      params: { lever: 'Tiltak 0', value: '1.5' },
    });
    expect(monteCarlo({ measures: [{ lever, probability: NaN }], outputs: out, seed: 1 })).toMatchObject({
      code: 'analysis.badProbability',
    });
    expect(monteCarlo({ measures: [{ lever, probability: 0.5, effectRange: [2, 1] }], outputs: out, seed: 1 })).toMatchObject({
      code: 'analysis.badEffectRange',
    });
    expect(monteCarlo({ measures: [{ lever, probability: 0.5 }], outputs: out, seed: 1.5 })).toMatchObject({
      code: 'analysis.badSeed',
    });
  });

  it('reports the draw where an output becomes an error, with its cause', () => {
    const e = model(1, [{ key: 'andel', label: 'Andel', formula: '100 / sum_tiltak' }]);
    const before = state(e);
    const r = monteCarlo({
      measures: [{ lever: inputLever(e, 'tiltak.m0', 'all'), probability: 0.5 }],
      outputs: [lineProbe(e, 'andel', 0)],
      seed: 4,
      model: e,
    });
    expect(r).toMatchObject({ ok: false, code: 'analysis.outputError', params: { output: 'Andel 2025' } });
    expect(!r.ok && r.cause?.code).toBe('engine.divByZero');
    expect(!r.ok && r.params.draw).toBeGreaterThanOrEqual(1);
    expect(state(e)).toEqual(before);
  });
});
