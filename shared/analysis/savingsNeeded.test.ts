import { describe, expect, it } from 'vitest';
import { Engine, type LineSpec } from '../engine';
import { inputLever } from './engineAdapters';
import { analysisMessage } from './message';
import { savingsNeeded } from './savingsNeeded';

// Resultatgrad = netto driftsresultat / brutto driftsinntekter; the target 1.75 % from the financial rules.
// Costs equal revenue in 2026, 5 is saved already: 17.5 is needed, so 12.5 more.
const lines: LineSpec[] = [
  { key: 'brutto_driftsinntekter', input: [1000, 1000, 1000, 1000] },
  { key: 'driftsutgifter', input: [980, 1000, 1000, 1010] },
  { key: 'innsparing', label: 'Innsparing', input: [0, NaN, 5, 0] },
  { key: 'netto_driftsresultat', formula: 'brutto_driftsinntekter - driftsutgifter + innsparing' },
  { key: 'resultatgrad', label: 'Resultatgrad', formula: 'netto_driftsresultat / brutto_driftsinntekter' },
  { key: 'resultatgrad_maal', input: [0.0175, 0.0175, 0.0175, 0.0175] },
];

function model(extra: LineSpec[] = []): Engine {
  const e = new Engine({ firstYear: 2024, years: 4 });
  e.load([...lines, ...extra]);
  return e;
}

const state = (e: Engine) => e.keys().map((k) => [e.spec(k), Array.from(e.values(k))]);
const keys = { resultatgradKey: 'resultatgrad', targetKey: 'resultatgrad_maal' };

describe('savingsNeeded', () => {
  it('answers how much more must be saved in a year to reach the resultatgrad target', () => {
    const e = model();
    const before = state(e);
    const r = savingsNeeded(e, { savingsLever: 'innsparing', ...keys, year: 2026 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.extra).toBeCloseTo(12.5, 6);
    expect(r.savings).toBeCloseTo(17.5, 6);
    expect(r.current).toBe(5);
    expect(r.achieved).toBeGreaterThanOrEqual(0.0175);
    expect(r.achieved).toBeCloseTo(0.0175, 9);
    expect(r.target).toBe(0.0175);
    expect(r.alreadyMet).toBe(false);
    expect(state(e)).toEqual(before);
  });

  it('raises a requirement already covered by measures past them (a plateau), answering with the exact value', () => {
    // The domain's rule: the result counts the requirement as delivered, max(krav − tiltak, 0) of it unidentified.
    const e = new Engine({ firstYear: 2026, years: 1 });
    e.load([
      { key: 'inntekter', input: [1000] },
      { key: 'krav', label: 'Krav', input: [10] },
      { key: 'tiltak', input: [30] },
      { key: 'ex_krav', formula: '-20 + tiltak' },
      { key: 'netto', formula: 'ex_krav + max(krav - tiltak, 0)' },
      { key: 'grad', formula: 'netto / inntekter' },
      { key: 'maal', input: [0.0175] },
    ]);
    const before = state(e);
    // 17.5 is needed and 10 is there: 7.5 beyond the measures' 30, so the requirement must rise from 10 to 37.5.
    const r = savingsNeeded(e, { savingsLever: 'krav', resultatgradKey: 'grad', targetKey: 'maal', year: 2026 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.savings).toBeCloseTo(37.5, 6);
    expect(r.extra).toBeCloseTo(27.5, 6);
    expect(state(e)).toEqual(before);
  });

  it('works from a blank cell and through a lever', () => {
    const e = model();
    const r = savingsNeeded(e, { savingsLever: inputLever(e, 'innsparing', 1), ...keys, year: 2025 });
    expect(r.ok && r.extra).toBeCloseTo(17.5, 6);
    expect(e.spec('innsparing')!.input).toEqual([0, NaN, 5, 0]);
  });

  it('follows the model’s sign: measures written as negative costs need a negative extra', () => {
    const e = new Engine({ firstYear: 2024, years: 1 });
    e.load([
      { key: 'inntekter', input: [1000] },
      { key: 'tiltak', input: [-5] },
      { key: 'utgifter', formula: '1000 + tiltak' },
      { key: 'resultatgrad', formula: '(inntekter - utgifter) / inntekter' },
      { key: 'maal', input: [0.0175] },
    ]);
    const r = savingsNeeded(e, { savingsLever: 'tiltak', resultatgradKey: 'resultatgrad', targetKey: 'maal', year: 2024 });
    expect(r.ok && r.extra).toBeCloseTo(-12.5, 6);
    expect(r.ok && r.savings).toBeCloseTo(-17.5, 6);
  });

  it('says 0 when the target is met already', () => {
    const e = model();
    const r = savingsNeeded(e, { savingsLever: 'innsparing', ...keys, year: 2024 });
    expect(r).toMatchObject({ ok: true, extra: 0, alreadyMet: true, current: 0, iterations: 0 });
  });

  it('refuses a saving that does not reach the resultatgrad', () => {
    const e = model([{ key: 'annet', label: 'Annet', input: [0, 0, 0, 0] }]);
    const r = savingsNeeded(e, { savingsLever: 'annet', ...keys, year: 2026 });
    expect(r).toEqual({
      ok: false,
      code: 'analysis.noEffect',
      params: { lever: 'Annet 2026', output: 'Resultatgrad 2026' },
    });
    if (!r.ok) expect(analysisMessage('en', r)).toBe('“Annet 2026” does not affect “Resultatgrad 2026”, so no value of it can reach the target.');
  });

  it('stops at maxExtra, naming the bound in the lever’s own values', () => {
    const e = model();
    const r = savingsNeeded(e, { savingsLever: 'innsparing', ...keys, year: 2026, maxExtra: 10 });
    expect(r).toMatchObject({ ok: false, code: 'analysis.conditionNotMet', params: { hi: 15, required: 0.0175 } });
  });

  it('gives the engine’s error for an unknown key or a year outside the plan', () => {
    const e = model();
    expect(savingsNeeded(e, { savingsLever: 'innsparing', resultatgradKey: 'nope', targetKey: 'resultatgrad_maal', year: 2026 })).toEqual({
      ok: false,
      code: 'engine.unknownLine',
      params: { key: 'nope' },
    });
    expect(savingsNeeded(e, { savingsLever: 'innsparing', ...keys, year: 2031 })).toMatchObject({
      ok: false,
      code: 'engine.yearOutOfRange',
    });
  });
});
