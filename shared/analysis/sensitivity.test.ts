import { describe, expect, it } from 'vitest';
import { Engine, type LineSpec } from '../engine';
import { inputLever, lineProbe } from './engineAdapters';
import { around, derivative, sensitivity } from './sensitivity';

function model(lines: LineSpec[], years = 1): Engine {
  const e = new Engine({ firstYear: 2024, years });
  e.load(lines);
  return e;
}
const state = (e: Engine) => e.keys().map((k) => [e.spec(k), Array.from(e.values(k))]);

describe('derivative', () => {
  it('equals the analytical derivative of a known formula', () => {
    // f = a² · b + 3b: ∂f/∂a = 2ab, ∂f/∂b = a² + 3.
    const e = model([
      { key: 'a', input: [3] },
      { key: 'b', input: [2] },
      { key: 'f', formula: 'a ^ 2 * b + 3 * b' },
    ]);
    const before = state(e);
    const f = lineProbe(e, 'f', 0);
    expect(derivative(inputLever(e, 'a', 0), f)).toBeCloseTo(12, 8);
    expect(derivative(inputLever(e, 'b', 0), f)).toBeCloseTo(12, 8);
    e.setInput('a', 0, -1.5);
    e.setInput('b', 0, 0.25);
    expect(derivative(inputLever(e, 'a', 0), f)).toBeCloseTo(-0.75, 8);
    expect(derivative(inputLever(e, 'b', 0), f)).toBeCloseTo(5.25, 8);
    e.setInputs('a', [3]);
    e.setInputs('b', [2]);
    expect(state(e)).toEqual(before);
  });

  it('follows time: the end-of-horizon fund against the interest rate, d/dr 100(1 + r)⁴ = 400(1 + r)³', () => {
    const e = model(
      [
        { key: 'rente', input: [0.04, 0.04, 0.04, 0.04] },
        { key: 'fond', formula: 'prev(fond, 1, 100) * (1 + rente)' },
      ],
      4,
    );
    const d = derivative(inputLever(e, 'rente', 'all', { mode: 'shift' }), lineProbe(e, 'fond', 3));
    expect(d).toBeCloseTo(400 * 1.04 ** 3, 6);
  });
});

describe('sensitivity', () => {
  it('gives low, base, high and swing per lever and output, largest effect first', () => {
    const e = model([
      { key: 'a', label: 'Lønnsvekst', input: [3] },
      { key: 'b', label: 'Prisvekst', input: [2] },
      { key: 'f', label: 'Resultat', formula: 'a ^ 2 * b + 3 * b' },
      { key: 'g', label: 'Fond', formula: '5 * a - 2 * b' },
    ]);
    const before = state(e);
    const a = inputLever(e, 'a', 0);
    const b = inputLever(e, 'b', 0);
    const r = sensitivity({
      levers: [around(b, 0.5), { lever: a, low: 2, high: 4 }],
      outputs: [lineProbe(e, 'f', 0), lineProbe(e, 'g', 0)],
    });
    const [f, g] = r.outputs;
    expect(f).toMatchObject({ id: 'f@0', label: 'Resultat 2024', base: 24 });
    // f(2,2) = 14, f(4,2) = 38; f(3,1.5) = 18, f(3,2.5) = 30.
    expect(f.rows.map((x) => [x.leverLabel, x.low, x.high, x.atLow, x.atHigh, x.swing])).toEqual([
      ['Lønnsvekst 2024', 2, 4, 14, 38, 24],
      ['Prisvekst 2024', 1.5, 2.5, 18, 30, 12],
    ]);
    expect(f.rows[0]).toMatchObject({ lever: 1, leverId: 'a@0', base: 3, change: 24, slope: 12 });
    // A linear output: the slopes are its coefficients, the analytical derivatives.
    expect(g.base).toBe(11);
    expect(g.rows.map((x) => [x.leverId, x.slope, x.swing])).toEqual([
      ['a@0', 5, 10],
      ['b@0', -2, 2],
    ]);
    expect(r.iterations).toBe(6);
    expect(state(e)).toEqual(before);
  });

  it('measures the swing over low, base and high when the response turns', () => {
    const e = model([{ key: 'x', input: [0] }, { key: 'y', formula: 'x ^ 2' }]);
    const r = sensitivity({ levers: [around(inputLever(e, 'x', 0), 1)], outputs: [lineProbe(e, 'y', 0)] });
    expect(r.outputs[0].rows[0]).toMatchObject({ atLow: 1, atHigh: 1, change: 0, swing: 1 });
  });

  it('puts a lever that makes an output an error last', () => {
    const e = model([
      { key: 'x', input: [2] },
      { key: 'z', input: [1] },
      { key: 'y', formula: 'x / z' },
    ]);
    const r = sensitivity({
      levers: [
        { lever: inputLever(e, 'z', 0), low: 0, high: 2 },
        { lever: inputLever(e, 'x', 0), low: 1, high: 3 },
      ],
      outputs: [lineProbe(e, 'y', 0)],
    });
    expect(r.outputs[0].rows.map((x) => x.leverId)).toEqual(['x@0', 'z@0']);
    expect(r.outputs[0].rows[1].atLow).toBeNaN();
    expect(r.outputs[0].rows[1].swing).toBeNaN();
    expect(e.value('y', 0)).toBe(2);
  });
});
