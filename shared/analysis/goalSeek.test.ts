import { describe, expect, it } from 'vitest';
import { Engine, type LineSpec } from '../engine';
import { atLeastEveryYear, inputLever, lineProbe } from './engineAdapters';
import { goalSeek, goalSeekAll } from './goalSeek';
import { analysisMessage } from './message';

function model(lines: LineSpec[], years = 4): Engine {
  const e = new Engine({ firstYear: 2024, years });
  e.load(lines);
  return e;
}

/** Everything an analysis could leave behind: each line's definition (blank cells included) and values. */
function state(e: Engine) {
  return e.keys().map((k) => ({ k, spec: e.spec(k), values: Array.from(e.values(k)) }));
}

describe('goalSeek', () => {
  it('finds the exact answer on a linear model and restores the model', () => {
    const e = model([
      { key: 'x', label: 'Innsats', input: [NaN, 10, NaN, 4] },
      { key: 'y', label: 'Resultat', formula: '3 * x + 7' },
    ]);
    const before = state(e);
    const r = goalSeek({ lever: inputLever(e, 'x', 1), probe: lineProbe(e, 'y', 1), target: 100, lo: -1000, hi: 1000 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBeCloseTo(31, 10);
    expect(r.achieved).toBeCloseTo(100, 9);
    expect(r.target).toBe(100);
    // The secant step is exact on a straight line: the two ends, then one or two refinements.
    expect(r.iterations).toBeLessThanOrEqual(4);
    expect(state(e)).toEqual(before);
  });

  it('solves a nonlinear model through prev(): the interest rate that grows a fund to 150 in four years', () => {
    const e = model([
      { key: 'rente', input: [0, 0, 0, 0] },
      { key: 'fond', formula: 'prev(fond, 1, 100) * (1 + rente)' },
    ]);
    const before = state(e);
    const lever = inputLever(e, 'rente', 'all', { mode: 'shift' });
    const r = goalSeek({ lever, probe: lineProbe(e, 'fond', 3), target: 150, lo: 0, hi: 1, tol: 1e-10 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBeCloseTo(1.5 ** 0.25 - 1, 9);
    expect(Math.abs(r.achieved - 150)).toBeLessThanOrEqual(1e-10);
    expect(r.iterations).toBeLessThan(20);
    expect(state(e)).toEqual(before);
  });

  it('takes the target from a line read after each recompute', () => {
    // y = 2x, target line = x + 10: the two meet at x = 10.
    const e = model([
      { key: 'x', input: [0] },
      { key: 'y', formula: '2 * x' },
      { key: 'maal', formula: 'x + 10' },
    ], 1);
    const r = goalSeek({ lever: inputLever(e, 'x', 0), probe: lineProbe(e, 'y', 0), target: lineProbe(e, 'maal', 0), lo: 0, hi: 100 });
    expect(r.ok && r.value).toBeCloseTo(10, 10);
    expect(r.ok && r.target).toBeCloseTo(20, 9);
  });

  it('finds a crossing inside the range when both ends lie on the same side (non-monotone)', () => {
    const e = model([{ key: 'x', input: [0] }, { key: 'y', formula: '(x - 1) * (x - 3)' }], 1);
    const r = goalSeek({ lever: inputLever(e, 'x', 0), probe: lineProbe(e, 'y', 0), target: 0, lo: 0, hi: 4 });
    expect(r.ok).toBe(true);
    expect(r.ok && r.value).toBeCloseTo(1, 9);
  });

  it('says so, in both languages, when no value in the range reaches the target', () => {
    const e = model([{ key: 'x', label: 'Rente', input: [0] }, { key: 'y', label: 'Kostnad', formula: 'x ^ 2 + 1' }], 1);
    const before = state(e);
    const r = goalSeek({ lever: inputLever(e, 'x', 0), probe: lineProbe(e, 'y', 0), target: 0.5, lo: -2, hi: 3 });
    expect(r).toMatchObject({
      ok: false,
      code: 'analysis.noSolutionInRange',
      params: { lever: 'Rente 2024', output: 'Kostnad 2024', lo: -2, hi: 3, target: 0.5, atLo: 5, atHi: 10 },
    });
    if (r.ok) return;
    expect(analysisMessage('nb', r)).toBe(
      'Ingen verdi av «Rente 2024» mellom −2 og 3 gir 0,5 for «Kostnad 2024»: resultatet er 5 ved −2 og 10 ved 3.',
    );
    expect(analysisMessage('en', r)).toBe(
      'No value of “Rente 2024” between −2 and 3 gives 0.5 for “Kostnad 2024”: the result is 5 at −2 and 10 at 3.',
    );
    expect(state(e)).toEqual(before);
  });

  it('reports an error value with the engine error behind it', () => {
    const e = model([
      { key: 'x', label: 'x', input: [1] },
      { key: 'z', input: [0] },
      { key: 'y', label: 'Andel', formula: 'x / z' },
    ], 1);
    const r = goalSeek({ lever: inputLever(e, 'x', 0), probe: lineProbe(e, 'y', 0), target: 1, lo: 0, hi: 10 });
    expect(r).toMatchObject({ ok: false, code: 'analysis.errorValue', params: { output: 'Andel 2024', x: 0 } });
    expect(!r.ok && r.cause?.code).toBe('engine.divByZero');
    if (!r.ok) expect(analysisMessage('nb', r)).toBe('«Andel 2024» kan ikke beregnes når «x 2024» er 0. Deling på null.');
  });

  it('refuses a jump over the target', () => {
    const e = model([{ key: 'x', label: 'x', input: [0] }, { key: 'y', label: 'y', formula: 'x > 5 ? 10 : 0' }], 1);
    const r = goalSeek({ lever: inputLever(e, 'x', 0), probe: lineProbe(e, 'y', 0), target: 4, lo: 0, hi: 10 });
    expect(r).toMatchObject({ ok: false, code: 'analysis.discontinuous', params: { target: 4, below: 0, above: 10 } });
    expect(!r.ok && (r.params.at as number)).toBeCloseTo(5, 6);
  });

  it('stops after maxIter and names the best value so far', () => {
    const e = model([{ key: 'x', label: 'x', input: [0] }, { key: 'y', formula: 'x ^ 3 - 2 * x - 5' }], 1);
    const r = goalSeek({ lever: inputLever(e, 'x', 0), probe: lineProbe(e, 'y', 0), target: 0, lo: 2, hi: 3, maxIter: 1 });
    expect(r).toMatchObject({ ok: false, code: 'analysis.notConverged' });
    const full = goalSeek({ lever: inputLever(e, 'x', 0), probe: lineProbe(e, 'y', 0), target: 0, lo: 2, hi: 3, tol: 1e-13 });
    expect(full.ok && full.value).toBeCloseTo(2.0945514815423265, 12);
  });

  it('refuses an empty or reversed range', () => {
    const e = model([{ key: 'x', input: [0] }, { key: 'y', formula: 'x' }], 1);
    const r = goalSeek({ lever: inputLever(e, 'x', 0), probe: lineProbe(e, 'y', 0), target: 1, lo: 5, hi: 5 });
    expect(r).toEqual({ ok: false, code: 'analysis.badRange', params: { lo: 5, hi: 5 } });
  });

  it('restores the model even when the probe throws', () => {
    const e = model([{ key: 'x', input: [NaN] }, { key: 'y', formula: 'x' }], 1);
    const before = state(e);
    const lever = inputLever(e, 'x', 0);
    let calls = 0;
    const probe = {
      read: () => {
        if (++calls === 2) throw new Error('boom');
        return e.value('y', 0);
      },
    };
    expect(() => goalSeek({ lever, probe, target: 3, lo: 0, hi: 10 })).toThrow('boom');
    expect(state(e)).toEqual(before);
  });
});

describe('goalSeekAll', () => {
  // Revenue 1000 a year, costs rising; the fund starts at 200 and must hold 15 % of revenue in every year.
  // With a saving s in every year the fund is 150 + s, 70 + 2s, −30 + 3s, −150 + 4s: all ≥ 150 from s = 75.
  const lines: LineSpec[] = [
    { key: 'inntekter', input: [1000, 1000, 1000, 1000] },
    { key: 'utgifter', input: [1050, 1080, 1100, 1120] },
    { key: 'innsparing', label: 'Innsparing', input: [0, 0, 0, 0] },
    { key: 'resultat', formula: 'inntekter - utgifter + innsparing' },
    { key: 'fond', label: 'Disposisjonsfond', formula: 'prev(fond, 1, 200) + resultat' },
    { key: 'krav', formula: '0.15 * inntekter' },
  ];

  it('finds the smallest saving that keeps the fund above the required reserve in every year', () => {
    const e = model(lines);
    const before = state(e);
    const lever = inputLever(e, 'innsparing', 'all', { mode: 'shift' });
    const r = goalSeekAll({ lever, conditions: atLeastEveryYear(e, 'fond', 'krav'), lo: 0, hi: 1000 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBeCloseTo(75, 8);
    expect(r.value).toBeGreaterThanOrEqual(75);
    expect(r.binding).toBe(3);
    expect(r.margin).toBeGreaterThanOrEqual(0);
    expect(r.achieved).toBeCloseTo(150, 8);
    expect(r.required).toBe(150);
    expect(r.atLowerBound).toBe(false);
    expect(state(e)).toEqual(before);
  });

  it('answers the lower bound when the conditions already hold there', () => {
    const e = model(lines);
    const lever = inputLever(e, 'innsparing', 'all', { mode: 'shift' });
    const r = goalSeekAll({ lever, conditions: atLeastEveryYear(e, 'fond', 'krav'), lo: 100, hi: 1000 });
    expect(r).toMatchObject({ ok: true, value: 100, atLowerBound: true, iterations: 1 });
  });

  it('names the failing year when even the upper bound is not enough', () => {
    const e = model(lines);
    const lever = inputLever(e, 'innsparing', 'all', { mode: 'shift', label: 'Innsparing hvert år' });
    const r = goalSeekAll({ lever, conditions: atLeastEveryYear(e, 'fond', 'krav'), lo: 0, hi: 50 });
    expect(r).toEqual({
      ok: false,
      code: 'analysis.conditionNotMet',
      params: { lever: 'Innsparing hvert år', hi: 50, output: 'Disposisjonsfond 2027', value: 50, required: 150 },
    });
    if (!r.ok) {
      expect(analysisMessage('nb', r)).toBe(
        'Selv med «Innsparing hvert år» lik 50 er kravet ikke oppfylt: «Disposisjonsfond 2027» er 50, men skal være minst 150.',
      );
    }
  });

  it('finds the first feasible value from below when the response is not monotone', () => {
    // Feasible only for 3 ≤ x ≤ 7.
    const e = model([{ key: 'x', input: [0] }, { key: 'y', formula: '4 - (x - 5) ^ 2' }], 1);
    const r = goalSeekAll({ lever: inputLever(e, 'x', 0), conditions: [{ probe: lineProbe(e, 'y', 0), atLeast: 0 }], lo: 0, hi: 10 });
    expect(r.ok && r.value).toBeCloseTo(3, 8);
  });

  it('reports an error value in a condition', () => {
    const e = model([
      { key: 'x', input: [0] },
      { key: 'z', input: [0] },
      { key: 'y', label: 'y', formula: 'x / z' },
    ], 1);
    const r = goalSeekAll({ lever: inputLever(e, 'x', 0), conditions: [{ probe: lineProbe(e, 'y', 0), atLeast: 1 }], lo: 0, hi: 10 });
    expect(r).toMatchObject({ ok: false, code: 'analysis.errorValue', cause: { code: 'engine.divByZero' } });
  });
});
