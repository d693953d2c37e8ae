import { describe, expect, it } from 'vitest';
import { Engine, FormulaError } from '../engine';
import { atLeastEveryYear, inputLever, lineProbe, lineProbes } from './engineAdapters';
import { holdLevers } from './hold';

function model(): Engine {
  const e = new Engine({ firstYear: 2025, years: 3 });
  e.load([
    { key: 'tiltak.a', label: 'Tiltak A', input: [10, NaN, 30] },
    { key: 'sum', label: 'Sum', formula: 'tiltak.a * 2' },
    { key: 'krav', input: [1, 2, 3] },
  ]);
  return e;
}

function thrownCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof FormulaError) return e.error.code;
    throw e;
  }
  return undefined;
}

describe('inputLever', () => {
  it('moves one cell and puts back a blank as blank', () => {
    const e = model();
    const lever = inputLever(e, 'tiltak.a', 1);
    expect(lever.id).toBe('tiltak.a@1');
    expect(lever.label).toBe('Tiltak A 2026');
    expect(lever.get()).toBe(0);
    const restore = holdLevers([lever]);
    lever.set(7);
    expect(e.value('sum', 1)).toBe(14);
    restore();
    expect(e.spec('tiltak.a')!.input).toEqual([10, NaN, 30]);
    expect(e.value('sum', 1)).toBe(0);
  });

  it('scales a whole series, blanks staying blank, and restores it exactly', () => {
    const e = model();
    const lever = inputLever(e, 'tiltak.a', 'all');
    expect(lever.get()).toBe(1);
    const restore = holdLevers([lever]);
    lever.set(0.5);
    expect(e.spec('tiltak.a')!.input).toEqual([5, NaN, 15]);
    expect(lever.get()).toBe(0.5);
    lever.set(0);
    expect(Array.from(e.values('sum'))).toEqual([0, 0, 0]);
    restore();
    expect(e.spec('tiltak.a')!.input).toEqual([10, NaN, 30]);
    expect(lever.get()).toBe(1);
  });

  it('shifts a whole series, a blank year counting as 0', () => {
    const e = model();
    const lever = inputLever(e, 'tiltak.a', 'all', { mode: 'shift' });
    expect(lever.get()).toBe(0);
    lever.set(5);
    expect(e.spec('tiltak.a')!.input).toEqual([15, 5, 35]);
    lever.set(0);
    expect(e.spec('tiltak.a')!.input).toEqual([10, NaN, 30]);
  });

  it('takes an edit made by someone else as its new base', () => {
    const e = model();
    const lever = inputLever(e, 'tiltak.a', 'all');
    lever.set(2);
    e.setInputs('tiltak.a', [1, 1, 1]);
    expect(lever.get()).toBe(1);
    lever.set(3);
    expect(e.spec('tiltak.a')!.input).toEqual([3, 3, 3]);
  });

  it('refuses lines that cannot be levers with the engine’s own codes', () => {
    const e = model();
    expect(thrownCode(() => inputLever(e, 'nope', 0))).toBe('engine.unknownLine');
    expect(thrownCode(() => inputLever(e, 'sum', 'all'))).toBe('engine.notInput');
    expect(thrownCode(() => inputLever(e, 'tiltak.a', 3))).toBe('engine.yearOutOfRange');
    expect(thrownCode(() => inputLever(e, 'tiltak.a', 0.5))).toBe('engine.yearOutOfRange');
  });
});

describe('probes', () => {
  it('read a line in a year, with its label and error', () => {
    const e = model();
    const p = lineProbe(e, 'sum', 2);
    expect(p).toMatchObject({ id: 'sum@2', label: 'Sum 2027' });
    expect(p.read()).toBe(60);
    expect(p.error!()).toBeUndefined();
    e.setFormula('sum', 'tiltak.a / 0');
    expect(p.read()).toBeNaN();
    expect(p.error!()?.code).toBe('engine.divByZero');
    expect(lineProbes(e, 'krav').map((q) => q.label)).toEqual(['krav 2025', 'krav 2026', 'krav 2027']);
    expect(thrownCode(() => lineProbe(e, 'nope', 0))).toBe('engine.unknownLine');
    expect(thrownCode(() => lineProbe(e, 'sum', -1))).toBe('engine.yearOutOfRange');
  });

  it('make "at least in every year" conditions against a line or a number', () => {
    const e = model();
    const byLine = atLeastEveryYear(e, 'sum', 'krav');
    expect(byLine.map((c) => [c.probe.read(), typeof c.atLeast === 'number' ? c.atLeast : c.atLeast.read()])).toEqual([
      [20, 1],
      [0, 2],
      [60, 3],
    ]);
    expect(atLeastEveryYear(e, 'sum', 5).map((c) => c.atLeast)).toEqual([5, 5, 5]);
  });
});
