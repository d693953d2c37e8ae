// The engine: incremental recompute, structural edits, same-year cycles and checkFormula.
import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { engineWith } from './testing';
import type { LineSpec } from './types';

/** Two independent areas of 50 chained lines each, plus a total over both. */
function twoAreas(): LineSpec[] {
  const lines: LineSpec[] = [];
  for (const area of ['p05', 'p07']) {
    lines.push({ key: `${area}.base`, input: [100, 100, 100, 100] });
    for (let i = 1; i <= 50; i++) {
      lines.push({ key: `${area}.l${i}`, formula: `${area}.${i === 1 ? 'base' : `l${i - 1}`} + 1`, tags: [`${area}.lines`] });
    }
    lines.push({ key: `${area}.sum`, formula: `sumtag("${area}.lines")` });
  }
  lines.push({ key: 'total', formula: 'p05.sum + p07.sum' });
  lines.push({ key: 'fond', formula: 'prev(fond) + total' });
  return lines;
}

const snapshot = (e: Engine) => Object.fromEntries(e.keys().map((k) => [k, Array.from(e.values(k))]));

describe('incremental recompute', () => {
  it('evaluates only the lines downstream of an edited input', () => {
    const e = engineWith(twoAreas());
    expect(e.lastRecompute().lines).toBe(e.keys().length);
    const changed = e.setInput('p05.base', 2, 200);
    const stats = e.lastRecompute();
    // p05.base, its 50 lines, p05.sum, total and fond — nothing of p07.
    expect(stats.lines).toBe(1 + 50 + 1 + 1 + 1);
    expect(stats.fromYear).toBe(2);
    expect(stats.cells).toBe((50 + 3) * 2);
    expect(changed[0]).toBe('p05.base');
    expect(changed).toContain('fond');
    expect(changed.some((k) => k.startsWith('p07'))).toBe(false);
    expect(e.value('p05.l50', 2)).toBe(250);
    expect(e.value('p05.l50', 1)).toBe(150);
  });

  it('gives the same values as a full recompute and as a fresh load', () => {
    const e = engineWith(twoAreas());
    e.setInput('p05.base', 0, 7);
    e.setInputs('p07.base', [1, 2]);
    e.setInputBlock([
      { key: 'p05.base', yearIndex: 3, value: -4 },
      { key: 'p07.base', yearIndex: 2, value: NaN },
    ]);
    const incremental = snapshot(e);
    expect(e.recompute()).toEqual([]);
    expect(snapshot(e)).toEqual(incremental);
    const fresh = engineWith(e.keys().map((k) => e.spec(k)!));
    expect(snapshot(fresh)).toEqual(incremental);
  });

  it('reports only the keys whose values changed', () => {
    const e = engineWith([
      { key: 'a', input: [1, 1, 1, 1] },
      { key: 'capped', formula: 'min(a, 0)' },
      { key: 'double', formula: 'a * 2' },
    ]);
    expect(e.setInput('a', 0, 5).sort()).toEqual(['a', 'double']);
    expect(e.setInput('a', 0, 5)).toEqual([]);
  });

  it('recomputes only the reached lines that read a line that changed, and stays exact', () => {
    const spec: LineSpec[] = [
      { key: 'a', input: [1, 1, 1, 1] },
      { key: 'capped', formula: 'min(a, 0)' },
      { key: 'double', formula: 'capped * 2' },
      { key: 'fund', formula: 'prev(fund) + double + a' },
      { key: 'share', formula: 'safediv(double, fund)' },
    ];
    const e = engineWith(spec);
    // capped stays 0: double is not recomputed; fund changes, so share is.
    e.setInput('a', 0, 5);
    expect(e.lastRecompute()).toMatchObject({ reached: 5, lines: 4 });
    // A new definition of capped: its readers are recomputed although nothing it reads changed.
    e.upsertLine({ key: 'capped', formula: 'max(a, 0)' });
    expect(Array.from(e.values('double'))).toEqual([10, 2, 2, 2]);
    const fresh = engineWith(e.keys().map((k) => e.spec(k)!));
    expect(snapshot(e)).toEqual(snapshot(fresh));
    // Nothing changes: only the edited input is recomputed.
    e.setInput('a', 0, 5);
    expect(e.lastRecompute()).toMatchObject({ reached: 5, lines: 1 });
  });

  it('edits of one input after its readers changed reach the readers as they now are', () => {
    const e = engineWith([
      { key: 'a', input: [1, 1] },
      { key: 'b', formula: 'a + 1' },
    ]);
    e.setInput('a', 0, 2);
    e.setInput('a', 0, 3);
    // Two lines at once (no walk from a single root in between).
    e.batch(() => {
      e.upsertLine({ key: 'c', formula: 'a * 10' });
      e.upsertLine({ key: 'd', formula: '2 * a' });
    });
    e.setInput('a', 0, 4);
    expect([e.value('c', 0), e.value('d', 0)]).toEqual([40, 8]);
    e.batch(() => {
      e.removeLine('b');
      e.upsertLine({ key: 'd', formula: 'c + 1' });
    });
    e.setInput('a', 0, 5);
    expect([e.value('c', 0), e.value('d', 0)]).toEqual([50, 51]);
    expect(e.lastRecompute().reached).toBe(3);
  });

  it('a new line resolves the formulas that were waiting for it', () => {
    const e = engineWith([{ key: 'x', formula: 'later * 2' }]);
    expect(e.lineError('x')?.code).toBe('engine.unknownName');
    const changed = e.upsertLine({ key: 'later', input: [1, 2, 3, 4] });
    expect(changed.sort()).toEqual(['later', 'x']);
    expect(Array.from(e.values('x'))).toEqual([2, 4, 6, 8]);
  });

  it('removing a line turns its readers into unknown-name errors', () => {
    const e = engineWith([
      { key: 'a', input: [1, 2, 3, 4] },
      { key: 'b', formula: 'a + 1' },
      { key: 'c', formula: 'b + 1' },
    ]);
    const changed = e.removeLine('a');
    expect(changed.sort()).toEqual(['a', 'b', 'c']);
    expect(e.has('a')).toBe(false);
    expect(e.lineError('b')?.code).toBe('engine.unknownName');
    expect(e.lineError('c')?.code).toBe('engine.dependsOnError');
    expect(e.removeLine('a')).toEqual([]);
    e.upsertLine({ key: 'a', input: [0, 0, 0, 0] });
    expect(Array.from(e.values('c'))).toEqual([2, 2, 2, 2]);
  });

  it('always reports a new line, also when it reuses the slot of a removed one with equal values', () => {
    const e = engineWith([{ key: 'x', input: [1, 1, 1, 1] }]);
    expect(e.removeLine('x')).toEqual(['x']);
    expect(e.upsertLine({ key: 'y', input: [1, 1, 1, 1] })).toEqual(['y']);
    expect(e.upsertLine({ key: 'y', input: [1, 1, 1, 1], label: 'Y' })).toEqual(['y']);
    expect(e.keys()).toEqual(['y']);
  });

  it('tag changes update the aggregates', () => {
    const e = engineWith([
      { key: 'm1', input: [1, 1, 1, 1], tags: ['t'] },
      { key: 'm2', input: [10, 10, 10, 10] },
      { key: 'sum', formula: 'sumtag("t")' },
      { key: 'n', formula: 'counttag("t")' },
    ]);
    expect(e.value('sum', 0)).toBe(1);
    const changed = e.upsertLine({ key: 'm2', input: [10, 10, 10, 10], tags: ['t'] });
    // The edited line first; the others in evaluation order, which the contract leaves open.
    expect(changed[0]).toBe('m2');
    expect([...changed].sort()).toEqual(['m2', 'n', 'sum']);
    expect(e.value('sum', 0)).toBe(11);
    expect(e.value('n', 0)).toBe(2);
    e.removeLine('m1');
    expect(e.value('sum', 0)).toBe(10);
    e.upsertLine({ key: 'm3', formula: 'm2 * 2', tags: ['t'] });
    expect(e.value('sum', 0)).toBe(30);
    expect(e.dependents('m3')).toEqual(['sum']);
  });

  it('setFormula turns an input into a formula and upsertLine turns it back', () => {
    const e = engineWith([
      { key: 'a', input: [1, 2, 3, 4], label: 'A' },
      { key: 'b', formula: 'a * 10' },
    ]);
    e.setFormula('a', 'yearindex');
    expect(e.spec('a')).toEqual({ key: 'a', label: 'A', formula: 'yearindex' });
    expect(Array.from(e.values('b'))).toEqual([0, 10, 20, 30]);
    expect(() => e.setInput('a', 0, 1)).toThrow();
    e.upsertLine({ key: 'a', input: [5, 5, 5, 5] });
    expect(Array.from(e.values('b'))).toEqual([50, 50, 50, 50]);
    expect(e.keys()).toEqual(['a', 'b']);
  });

  it('a formula that does not parse becomes an error value on that line', () => {
    const e = engineWith([
      { key: 'a', input: [1, 2, 3, 4] },
      { key: 'b', formula: 'a * 10' },
    ]);
    const changed = e.setFormula('b', 'a *');
    expect(changed).toEqual(['b']);
    expect(e.lineError('b')?.code).toBe('engine.parse.unexpectedEnd');
    expect(e.spec('b')?.formula).toBe('a *');
  });

  it('a batch rebuilds once and reports the union of changes', () => {
    const e = engineWith([
      { key: 'a', input: [1, 1, 1, 1] },
      { key: 'b', formula: 'a + c' },
    ]);
    const changed = e.batch(() => {
      expect(e.upsertLine({ key: 'c', input: [2, 2, 2, 2] })).toEqual([]);
      expect(e.setInput('a', 1, 10)).toEqual([]);
      e.upsertLine({ key: 'd', formula: 'b * 2' });
    });
    expect(changed.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(Array.from(e.values('d'))).toEqual([6, 24, 6, 6]);
  });

  it('dependents and precedents list direct references only', () => {
    const e = engineWith(twoAreas());
    expect(e.precedents('total')).toEqual(['p05.sum', 'p07.sum']);
    expect(e.dependents('total')).toEqual(['fond']);
    expect(e.dependents('fond')).toEqual(['fond']);
    expect(e.precedents('p05.sum')).toHaveLength(50);
    expect(e.dependents('p05.base')).toEqual(['p05.l1']);
    expect(e.dependents('nope')).toEqual([]);
  });
});

describe('same-year cycles', () => {
  it('are errors on every line of the cycle, naming it from that line', () => {
    const e = engineWith([
      { key: 'a', formula: 'b + 1' },
      { key: 'b', formula: 'c + 1' },
      { key: 'c', formula: 'a + 1' },
      { key: 'd', formula: 'a * 2' },
      { key: 'free', formula: '1' },
    ]);
    expect(e.lineError('a')).toEqual({ code: 'engine.cycle', params: { cycle: 'a → b → c → a' } });
    expect(e.lineError('b')).toEqual({ code: 'engine.cycle', params: { cycle: 'b → c → a → b' } });
    expect(e.lineError('c')).toEqual({ code: 'engine.cycle', params: { cycle: 'c → a → b → c' } });
    expect(e.lineError('d')).toEqual({ code: 'engine.dependsOnError', params: { name: 'a', year: 2024 } });
    expect(Array.from(e.values('free'))).toEqual([1, 1, 1, 1]);
  });

  it('include a line that reads itself in the same year', () => {
    const e = engineWith([{ key: 'a', formula: 'a + 1' }]);
    expect(e.lineError('a')).toEqual({ code: 'engine.cycle', params: { cycle: 'a → a' } });
  });

  it('do not include references to earlier years', () => {
    const e = engineWith([
      { key: 'resultat', input: [5, 5, 5, 5] },
      { key: 'fond', formula: 'prev(fond) + resultat' },
      { key: 'x', formula: 'prev(y) + 1' },
      { key: 'y', formula: 'x * 2' },
    ]);
    expect(Array.from(e.values('fond'))).toEqual([5, 10, 15, 20]);
    expect(Array.from(e.values('x'))).toEqual([1, 3, 7, 15]);
    expect(Array.from(e.values('y'))).toEqual([2, 6, 14, 30]);
  });

  it('go through a tag aggregate', () => {
    const e = engineWith([
      { key: 'm1', formula: 'total / 10', tags: ['t'] },
      { key: 'total', formula: 'sumtag("t")' },
    ]);
    expect(e.lineError('m1')?.code).toBe('engine.cycle');
    expect(e.lineError('total')).toEqual({ code: 'engine.cycle', params: { cycle: 'total → m1 → total' } });
  });

  it('go through the rate of index(), which is read in the same year', () => {
    const e = engineWith([{ key: 'r', formula: 'index(r) / 100' }]);
    expect(e.lineError('r')?.code).toBe('engine.cycle');
  });

  it('disappear when an edit breaks them, and the values come back', () => {
    const e = engineWith([
      { key: 'a', formula: 'b + 1' },
      { key: 'b', formula: 'a + 1' },
      { key: 'c', formula: 'b * 10' },
    ]);
    expect(e.lineError('c')?.code).toBe('engine.dependsOnError');
    const changed = e.setFormula('b', '5');
    expect(changed.sort()).toEqual(['a', 'b', 'c']);
    expect(e.lineError('a')).toBeUndefined();
    expect(Array.from(e.values('c'))).toEqual([50, 50, 50, 50]);
    e.setFormula('b', 'c + a');
    expect(e.lineError('b')?.params.cycle).toMatch(/^b → /);
  });
});

describe('checkFormula', () => {
  const e = engineWith([
    { key: 'a', input: [1, 1, 1, 1] },
    { key: 'b', formula: 'a * 2' },
    { key: 'c', formula: 'b + 1', tags: ['t'] },
  ]);

  it('accepts a good formula', () => {
    expect(e.checkFormula('b + c')).toBeNull();
    expect(e.checkFormula('prev(c) + prev(a)', 'a')).toBeNull();
  });

  it('reports the cycle an assignment would create, without changing anything', () => {
    expect(e.checkFormula('c + 1', 'a')).toEqual({ code: 'engine.cycle', params: { cycle: 'a → c → b → a' } });
    expect(e.checkFormula('a', 'a')).toEqual({ code: 'engine.cycle', params: { cycle: 'a → a' } });
    expect(e.checkFormula('sumtag("t")', 'a')).toEqual({ code: 'engine.cycle', params: { cycle: 'a → c → b → a' } });
    expect(e.checkFormula('sumtag("t")', 'c')).toEqual({ code: 'engine.cycle', params: { cycle: 'c → c' } });
    expect(e.lineError('a')).toBeUndefined();
    expect(e.spec('a')?.input).toBeDefined();
  });

  it('reports unknown names with a suggestion, and parse errors', () => {
    expect(e.checkFormula('bb + 1')).toEqual({ code: 'engine.unknownName', params: { name: 'bb' } });
    expect(e.checkFormula('C + 1')).toEqual({ code: 'engine.unknownNameSuggest', params: { name: 'C', suggestion: 'c' } });
    expect(e.checkFormula('b +')?.code).toBe('engine.parse.unexpectedEnd');
    expect(e.checkFormula('evaluate("1")')?.code).toBe('engine.unknownFunction');
  });
});

describe('load without computing', () => {
  const lines: LineSpec[] = [
    ...twoAreas(),
    { key: 'x', formula: 'y + 1' },
    { key: 'y', formula: 'x + 1' },
    { key: 'z', formula: 'p05.sm + 1' },
    { key: 'w', formula: '1 / 0' },
  ];

  it('reports definition, name and cycle errors as a computed load does, and computes on the next recompute', () => {
    const full = new Engine({ firstYear: 2024, years: 4 });
    full.load(lines);
    const check = new Engine({ firstYear: 2024, years: 4 });
    check.load(lines, { compute: false });
    for (const k of ['x', 'y', 'z']) expect(check.lineError(k), k).toEqual(full.lineError(k));
    expect(check.lineError('x')?.code).toBe('engine.cycle');
    expect(check.lineError('z')?.code).toBe('engine.unknownNameSuggest');
    // Value errors are not known before values are computed.
    expect(full.lineError('w')?.code).toBe('engine.divByZero');
    expect(check.lineError('w')).toBeUndefined();
    expect(check.value('total', 0)).toBeNaN();
    const changed = check.recompute();
    expect(changed.length).toBe(lines.length);
    expect(snapshot(check)).toEqual(snapshot(full));
    expect(check.lineError('w')).toEqual(full.lineError('w'));
  });

  it('an edit after such a load computes everything, not only what the edit reaches', () => {
    const full = new Engine({ firstYear: 2024, years: 4 });
    full.load(lines);
    full.setInput('p07.base', 1, 5);
    const check = new Engine({ firstYear: 2024, years: 4 });
    check.load(lines, { compute: false });
    check.setInput('p07.base', 1, 5);
    expect(snapshot(check)).toEqual(snapshot(full));
  });
});

describe('valueRows', () => {
  it('reads every line as value() does, after edits that add, remove and grow lines too', () => {
    const e = new Engine({ firstYear: 2024, years: 4 });
    e.load(twoAreas());
    e.removeLine('p05.l50');
    for (let i = 0; i < 40; i++) e.upsertLine({ key: `extra${i}`, formula: `p07.l${i + 1} * 2` });
    e.setInput('p05.base', 2, 7);
    const keys = [...e.keys(), 'p05.l50', 'nothing'];
    const { data, starts } = e.valueRows(keys);
    keys.forEach((k, i) => {
      if (!e.has(k)) return expect(starts[i], k).toBe(-1);
      expect(Array.from(data.subarray(starts[i], starts[i] + e.years)), k).toEqual(Array.from(e.values(k)));
    });
    // Every line, in the order of keys().
    const all = e.valueRows();
    expect(all.keys).toEqual(e.keys());
    expect(Array.from(all.starts)).toEqual(Array.from(e.valueRows(e.keys()).starts));
  });

  it('reads every line of a load that adopted the caller’s index', () => {
    const lines = twoAreas();
    const e = new Engine({ firstYear: 2024, years: 4 });
    e.load(lines, { index: new Map(lines.map((l, i) => [l.key, i])) });
    const { data, starts, keys } = e.valueRows();
    expect(keys).toEqual(lines.map((l) => l.key));
    keys.forEach((k, i) => expect(Array.from(data.subarray(starts[i], starts[i] + e.years)), k).toEqual(Array.from(e.values(k))));
  });
});

describe('shapes shared between engines', () => {
  /** k, 300 inputs and 300 template lines (computed as runs), a line by a formula, a prev() with a default. */
  function model(k: number, x: (i: number) => number, years: number): LineSpec[] {
    const lines: LineSpec[] = [{ key: 'k', input: new Array<number>(years).fill(k) }];
    for (let i = 0; i < 300; i++) lines.push({ key: `m${i}.x`, input: Array.from({ length: years }, (_, y) => x(i) + y) });
    for (let i = 0; i < 300; i++) lines.push({ key: `m${i}.y`, template: { id: 't', args: { m: `m${i}` } }, tags: ['ys'] });
    lines.push({ key: 'sum', formula: 'sumtag("ys") * k' });
    lines.push({ key: 'f', formula: 'prev(f, 1, k * 10) + 1' });
    return lines;
  }
  const engine = (k: number, x: (i: number) => number, years = 4) => {
    const e = new Engine({ firstYear: 2024, years });
    e.defineTemplate('t', 'm.x * k + 1', ['m']);
    e.load(model(k, x, years));
    return e;
  };
  const expectModel = (e: Engine, k: number, x: (i: number) => number) => {
    let sum = 0;
    for (let i = 0; i < 300; i++) {
      expect(e.value(`m${i}.y`, 1)).toBe((x(i) + 1) * k + 1);
      sum += (x(i) + 1) * k + 1;
    }
    expect(e.value('sum', 1)).toBe(sum * k);
    expect(e.value('f', 0)).toBe(k * 10 + 1);
  };

  it('each engine computes, edits and explains with its own values', () => {
    const a = engine(2, (i) => i);
    const b = engine(3, (i) => 1000 - i);
    expectModel(a, 2, (i) => i);
    expectModel(b, 3, (i) => 1000 - i);
    a.setInputs('k', [5, 5, 5, 5]);
    expectModel(a, 5, (i) => i);
    expectModel(b, 3, (i) => 1000 - i);
    b.setInputs('k', [7, 7, 7, 7]);
    b.recompute();
    expectModel(b, 7, (i) => 1000 - i);
    expectModel(a, 5, (i) => i);
    // explain evaluates prev()'s default before the first year with the explained engine's values.
    expect(a.explain('f', 0).inputs[0]).toMatchObject({ key: 'f', year: 2023, value: 50, beforeStart: true });
    expect(b.explain('f', 0).inputs[0]).toMatchObject({ key: 'f', year: 2023, value: 70, beforeStart: true });
  });

  it('engines of another horizon compute theirs', () => {
    const a = engine(2, (i) => i);
    const c = engine(4, (i) => 2 * i, 7);
    expectModel(c, 4, (i) => 2 * i);
    expect(c.value('m3.y', 6)).toBe((6 + 6) * 4 + 1);
    a.setInputs('k', [3, 3, 3, 3]);
    expectModel(a, 3, (i) => i);
    expectModel(c, 4, (i) => 2 * i);
  });
});
