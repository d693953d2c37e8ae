import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import type { ExplainNode } from './types';

function model(): Engine {
  const e = new Engine({ firstYear: 2024, years: 3 });
  e.defineTemplate('tiltak', 'm.full * phasein(m.start, 7)', ['m']);
  e.load([
    { key: 'tiltak.m1.full', label: 'Helårseffekt', input: [-20, -20, -20] },
    { key: 'tiltak.m1.start', input: [2025, 2025, 2025] },
    { key: 'tiltak.m1', label: 'Stram styring', template: { id: 'tiltak', args: { m: 'tiltak.m1' } }, tags: ['p06'] },
    { key: 'resultat', formula: '100 + sumtag("p06")' },
    { key: 'fond', label: 'Disposisjonsfond', formula: 'prev(fond, 1, 500) + resultat' },
  ]);
  return e;
}

const strip = (n: ExplainNode): unknown => ({ key: n.key, year: n.year, value: n.value, inputs: n.inputs.map(strip) });

describe('explain', () => {
  it('shows the formula with template arguments bound and each input with its value', () => {
    const n = model().explain('tiltak.m1', 1);
    expect(n).toEqual({
      key: 'tiltak.m1',
      label: 'Stram styring',
      year: 2025,
      value: -10,
      formula: 'tiltak.m1.full * phasein(tiltak.m1.start, 7)',
      inputs: [
        { key: 'tiltak.m1.full', label: 'Helårseffekt', year: 2025, value: -20, inputs: [] },
        { key: 'tiltak.m1.start', year: 2025, value: 2025, inputs: [] },
      ],
    });
  });

  it('shows prev references at their year, with the default before the first year', () => {
    const e = model();
    const first = e.explain('fond', 0, 1);
    expect(first.value).toBe(600);
    expect(first.inputs[0]).toEqual({ key: 'fond', label: 'Disposisjonsfond', year: 2023, value: 500, inputs: [], beforeStart: true });
    const later = e.explain('fond', 2, 1);
    expect(later.inputs.map((i) => [i.key, i.year, i.value])).toEqual([
      ['fond', 2025, 690],
      ['resultat', 2026, 80],
    ]);
  });

  it('shows a tag aggregate as a node with its members (the aggregate counts as a level)', () => {
    const n = model().explain('resultat', 1, 2);
    expect(strip(n)).toEqual({
      key: 'resultat',
      year: 2025,
      value: 90,
      inputs: [
        {
          key: 'sumtag("p06")',
          year: 2025,
          value: -10,
          inputs: [
            {
              key: 'tiltak.m1',
              year: 2025,
              value: -10,
              inputs: [],
            },
          ],
        },
      ],
    });
    expect(n.inputs[0].tag).toBe('p06');
    expect(n.inputs[0].inputs[0].truncated).toBe(true);
  });

  it('is bounded in depth and does not expand a cell twice', () => {
    const e = new Engine({ firstYear: 2024, years: 1 });
    e.load([
      { key: 'a', input: [1] },
      { key: 'b', formula: 'a + a * 2' },
      { key: 'c', formula: 'b + b' },
      { key: 'd', formula: 'c + b' },
    ]);
    const n = e.explain('d', 0, 1);
    expect(n.inputs.map((i) => [i.key, i.truncated])).toEqual([
      ['c', true],
      ['b', true],
    ]);
    const deep = e.explain('d', 0, 10);
    expect(deep.inputs[0].inputs[0].inputs.map((i) => i.key)).toEqual(['a']);
    expect(deep.inputs[1]).toMatchObject({ key: 'b', repeated: true, inputs: [] });
  });

  it('expands a cell where it is met higher up, although it was cut off deeper first', () => {
    const e = new Engine({ firstYear: 2024, years: 1 });
    e.load([
      { key: 'a', input: [1] },
      { key: 'q', formula: 'a + 1' },
      { key: 'p', formula: 'q * 2' },
      { key: 'r', formula: 'p + q' },
    ]);
    const n = e.explain('r', 0, 2);
    expect(n.inputs[0].inputs[0]).toMatchObject({ key: 'q', truncated: true, inputs: [] });
    expect(n.inputs[1].repeated).toBeUndefined();
    expect(n.inputs[1].inputs.map((i) => [i.key, i.value])).toEqual([['a', 1]]);
  });

  it('carries errors and stops at lines that cannot be bound', () => {
    const e = new Engine({ firstYear: 2024, years: 1 });
    e.load([
      { key: 'x', formula: 'ukjent + 1' },
      { key: 'y', formula: 'x * 2' },
    ]);
    const n = e.explain('y', 0);
    expect(n.value).toBeNull();
    expect(n.error?.code).toBe('engine.dependsOnError');
    expect(n.inputs[0]).toMatchObject({ key: 'x', value: null, error: { code: 'engine.unknownName' }, inputs: [] });
    expect(e.explain('nope', 0)).toMatchObject({ key: 'nope', value: null, error: { code: 'engine.unknownLine' } });
  });

  it('explains the lines of a cycle without looping', () => {
    const e = new Engine({ firstYear: 2024, years: 1 });
    e.load([
      { key: 'a', formula: 'b' },
      { key: 'b', formula: 'a' },
    ]);
    const n = e.explain('a', 0, 10);
    expect(n.error?.code).toBe('engine.cycle');
    expect(n.inputs[0].inputs[0]).toMatchObject({ key: 'a', repeated: true });
  });
});
