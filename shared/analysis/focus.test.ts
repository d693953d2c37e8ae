import { describe, expect, it } from 'vitest';
import { Engine, type LineSpec } from '../engine';
import { inputLever, lineProbe } from './engineAdapters';
import { sourceOf, traceSource } from './focus';
import { monteCarlo, type UncertainMeasure } from './monteCarlo';
import { sensitivity, type SensitivityLever } from './sensitivity';
import type { Probe } from './types';

const YEARS = 3;

/** n measures into a total and a result; a second total ('andre') that the result does not read. */
function model(n: number): Engine {
  const e = new Engine({ firstYear: 2025, years: YEARS });
  const lines: LineSpec[] = [];
  for (let i = 0; i < n; i++) lines.push({ key: `tiltak.m${i}`, label: `Tiltak ${i}`, input: Array(YEARS).fill(10 * (i + 1)), tags: ['tiltak'] });
  lines.push({ key: 'sum_tiltak', formula: 'sumtag("tiltak")' });
  lines.push({ key: 'resultat', formula: '-50 + sum_tiltak' });
  lines.push({ key: 'krav', input: [40, 40, 40] });
  lines.push({ key: 'andre', formula: '2 * sumtag("tiltak")' });
  e.load(lines);
  return e;
}

/** The keys of every focus the engine is asked for. */
function spyFocus(e: Engine): string[][] {
  const calls: string[][] = [];
  const focus = e.focus.bind(e);
  e.focus = <T>(keys: readonly string[], body: () => T): T => {
    calls.push([...keys]);
    return focus(keys, body);
  };
  return calls;
}

const state = (e: Engine) => e.keys().map((k) => [e.spec(k), Array.from(e.values(k))]);
/** A probe the analyses cannot see into: it reads the engine directly. */
const opaque = (e: Engine, key: string, y: number): Probe => ({ id: `${key}@${y}`, read: () => e.value(key, y) });

describe('probe sources', () => {
  it('line probes name their model and line; all outputs must name one model', () => {
    const e = model(2);
    const other = model(2);
    expect(sourceOf([lineProbe(e, 'resultat', 0), lineProbe(e, 'krav', 1), lineProbe(e, 'resultat', 2)])).toEqual({ model: e, lines: ['resultat', 'krav'] });
    expect(sourceOf([lineProbe(e, 'resultat', 0), opaque(e, 'krav', 0)])).toBeNull();
    expect(sourceOf([lineProbe(e, 'resultat', 0), lineProbe(other, 'krav', 0)])).toBeNull();
    expect(sourceOf([])).toBeNull();
  });

  it('a probe built on line probes is traced to their lines; one reading the engine directly is not', () => {
    const e = model(2);
    const a = lineProbe(e, 'resultat', 1);
    const b = lineProbe(e, 'krav', 1);
    const gap: Probe = { id: 'gap', read: () => a.read() - b.read() };
    expect(traceSource([gap, lineProbe(e, 'sum_tiltak', 0)])).toEqual({ model: e, lines: ['resultat', 'krav', 'sum_tiltak'] });
    expect(traceSource([gap, opaque(e, 'krav', 0)])).toBeNull();
    // Outside a trace, reads are not collected anywhere.
    expect(gap.read()).toBe(-50 + 30 - 40);
  });
});

describe('sensitivity on a narrowed model', () => {
  /** Realisation levers: each measure from not realised (0) to as planned (1, where it stands). */
  const realisation = (e: Engine, n: number): SensitivityLever[] =>
    Array.from({ length: n }, (_, i) => ({ lever: inputLever(e, `tiltak.m${i}`, 'all'), low: 0, high: 1 }));

  it('gives exactly the rows of the unnarrowed run, recomputing only at the values that differ from the plan', () => {
    const n = 6;
    const e = model(n);
    const before = state(e);
    const calls = spyFocus(e);
    const outputs = [lineProbe(e, 'resultat', 2), lineProbe(e, 'sum_tiltak', 0)];
    const r = sensitivity({ levers: realisation(e, n), outputs });
    expect(calls).toEqual([['resultat', 'sum_tiltak']]);
    expect(state(e)).toEqual(before);
    const plain = model(n);
    const ref = sensitivity({ levers: realisation(plain, n), outputs: [opaque(plain, 'resultat', 2), opaque(plain, 'sum_tiltak', 0)] });
    expect(r.outputs.map((o) => o.rows)).toEqual(ref.outputs.map((o) => o.rows));
    // resultat = −50 + Σ 10·(i + 1) = 160; measure i off takes 10·(i + 1) away.
    expect(r.outputs[0].rows[0]).toMatchObject({ leverId: 'tiltak.m5@all*', atLow: 100, atHigh: 160, swing: 60 });
    // Each lever: moved to 0 and put back. The planned end (1) needs no recompute.
    expect(r.iterations).toBe(2 * n);
  });

  it('with a batcher, puts each lever back in the recompute that moves the next', () => {
    const n = 5;
    const e = model(n);
    const before = state(e);
    const outputs = [lineProbe(e, 'resultat', 1)];
    const batched = sensitivity({ levers: realisation(e, n), outputs, model: e });
    expect(batched.iterations).toBe(n + 1);
    expect(state(e)).toEqual(before);
    expect(batched.outputs[0].rows).toEqual(sensitivity({ levers: realisation(e, n), outputs }).outputs[0].rows);
  });

  it('leaves the model as it found it when a lever throws', () => {
    const e = model(3);
    const before = state(e);
    const bad: SensitivityLever = { lever: { id: 'x', label: 'x', get: () => 0, set: () => { throw new Error('nope'); } }, low: -1, high: 1 };
    expect(() => sensitivity({ levers: [...realisation(e, 2), bad], outputs: [lineProbe(e, 'resultat', 0)], model: e })).toThrow('nope');
    expect(state(e)).toEqual(before);
  });
});

describe('Monte Carlo on a narrowed model', () => {
  const measures = (e: Engine, n: number): UncertainMeasure[] =>
    Array.from({ length: n }, (_, i) => ({ lever: inputLever(e, `tiltak.m${i}`, 'all'), probability: 0.3 + (0.5 * i) / n }));

  it('traces a composite output to its lines and gives the samples of the unnarrowed engine', () => {
    const n = 8;
    const e = model(n);
    const calls = spyFocus(e);
    const res = lineProbe(e, 'resultat', 1);
    const krav = lineProbe(e, 'krav', 1);
    const r = monteCarlo({ measures: measures(e, n), outputs: [{ id: 'over', read: () => res.read() - krav.read() }], seed: 7, model: e });
    expect(r.ok && r.method).toBe('linear');
    // Traced for the slopes only: the draws are checked unnarrowed.
    expect(calls).toEqual([['resultat', 'krav']]);
    const plain = model(n);
    const ref = monteCarlo({ measures: measures(plain, n), outputs: [{ read: () => plain.value('resultat', 1) - plain.value('krav', 1) }], seed: 7, model: plain, method: 'naive' });
    expect(r.ok && ref.ok).toBe(true);
    if (!r.ok || !ref.ok) return;
    for (let d = 0; d < r.draws; d++) expect(r.outputs[0].samples[d]).toBeCloseTo(ref.outputs[0].samples[d], 9);
  });

  it('named outputs are narrowed for the draws too', () => {
    const e = model(4);
    const calls = spyFocus(e);
    const r = monteCarlo({ measures: measures(e, 4), outputs: [lineProbe(e, 'sum_tiltak', 0)], seed: 2, model: e, method: 'naive' });
    expect(r.ok).toBe(true);
    expect(calls).toEqual([['sum_tiltak']]);
  });

  it('falls back to the full engine when a traced output also reads a line the trace cannot see', () => {
    const n = 6;
    const e = model(n);
    const res = lineProbe(e, 'resultat', 0);
    // 'andre' is read behind the trace's back and is no input of 'resultat': narrowed, it would stand still.
    const mixed: Probe = { id: 'mixed', read: () => res.read() + e.value('andre', 0) };
    const r = monteCarlo({ measures: measures(e, n), outputs: [mixed], seed: 9, model: e });
    const plain = model(n);
    const ref = monteCarlo({ measures: measures(plain, n), outputs: [{ read: () => plain.value('resultat', 0) + plain.value('andre', 0) }], seed: 9, model: plain, method: 'naive' });
    expect(r.ok && r.method).toBe('naive');
    expect(r.ok && ref.ok && r.outputs[0].samples).toEqual(ref.ok && ref.outputs[0].samples);
  });
});
