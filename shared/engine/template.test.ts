import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { formulaCacheSize } from './formulaCache';
import { bindName, bindTemplateText } from './template';
import type { LineSpec } from './types';

const measure = (i: number, full: number, start: number, month: number): LineSpec[] => [
  { key: `tiltak.m${i}.full`, input: [full, full, full, full] },
  { key: `tiltak.m${i}.start`, input: [start, start, start, start] },
  { key: `tiltak.m${i}.mnd`, input: [month, month, month, month] },
  { key: `tiltak.m${i}`, template: { id: 'tiltak', args: { m: `tiltak.m${i}` } }, tags: ['p06.tiltak'] },
];

function engine(): Engine {
  const e = new Engine({ firstYear: 2024, years: 4 });
  e.defineTemplate('tiltak', 'm.full * phasein(m.start, m.mnd)', ['m']);
  return e;
}

describe('templates', () => {
  it('bind parameters per line: m.full reads <arg>.full', () => {
    const e = engine();
    e.load([...measure(1, 20, 2025, 7), ...measure(2, 12, 2024, 1)]);
    expect(Array.from(e.values('tiltak.m1'))).toEqual([0, 10, 20, 20]);
    expect(Array.from(e.values('tiltak.m2'))).toEqual([12, 12, 12, 12]);
    expect(e.precedents('tiltak.m1')).toEqual(['tiltak.m1.full', 'tiltak.m1.start', 'tiltak.m1.mnd']);
  });

  it('binds each line to its own arguments whatever the layout (the previous line\'s pattern is only a guess)', () => {
    // m1's parameters before its line, m2's after it and reordered, m3's far away; m3x is a near miss of m3's keys.
    const e = engine();
    const [f1, s1, n1, t1] = measure(1, 20, 2025, 7);
    const [f2, s2, n2, t2] = measure(2, 12, 2024, 1);
    const [f3, s3, n3, t3] = measure(3, 30, 2026, 1);
    const near: LineSpec[] = [
      { key: 'tiltak.m3x.full', input: [1, 1, 1, 1] },
      { key: 'tiltak.m3.fullx', input: [2, 2, 2, 2] },
    ];
    e.load([f1, s1, n1, t1, t2, n2, f2, s2, f3, ...near, s3, t3, n3]);
    expect(Array.from(e.values('tiltak.m1'))).toEqual([0, 10, 20, 20]);
    expect(Array.from(e.values('tiltak.m2'))).toEqual([12, 12, 12, 12]);
    expect(Array.from(e.values('tiltak.m3'))).toEqual([0, 0, 30, 30]);
    expect(e.precedents('tiltak.m3')).toEqual(['tiltak.m3.full', 'tiltak.m3.start', 'tiltak.m3.mnd']);
    // Rebound after a removal and an upsert: the guesses made at load are no longer where the lines are.
    e.removeLine('tiltak.m3.full');
    expect(e.lineError('tiltak.m3')?.params.name).toBe('tiltak.m3.full');
    e.upsertLine({ key: 'tiltak.m3.full', input: [5, 5, 5, 5] });
    expect(Array.from(e.values('tiltak.m3'))).toEqual([0, 0, 5, 5]);
  });

  it('a bare parameter is the argument itself; other names are global', () => {
    const e = new Engine({ firstYear: 2024, years: 2 });
    e.defineTemplate('scaled', 'x * faktor + prev(x)', ['x']);
    e.load([
      { key: 'faktor', input: [2, 3] },
      { key: 'v', input: [10, 20] },
      { key: 's', template: { id: 'scaled', args: { x: 'v' } } },
    ]);
    expect(Array.from(e.values('s'))).toEqual([20, 70]);
    expect(e.formulaText('s')).toBe('v * faktor + prev(v)');
  });

  it('parse once: a thousand lines of one template add nothing to the formula cache', () => {
    const e = engine();
    const before = formulaCacheSize();
    const lines: LineSpec[] = [];
    for (let i = 0; i < 1000; i++) lines.push(...measure(i, i, 2025, 1 + (i % 12)));
    e.load(lines);
    expect(formulaCacheSize()).toBe(before);
    expect(e.value('tiltak.m999', 3)).toBe(999);
  });

  it('identical formula texts share one parse', () => {
    const e = new Engine({ firstYear: 2024, years: 1 });
    const before = formulaCacheSize();
    e.load(Array.from({ length: 50 }, (_, i) => ({ key: `l${i}`, formula: 'year * 2 + 0.123456789' })));
    expect(formulaCacheSize()).toBe(before + 1);
  });

  it('aggregate template lines by tag', () => {
    const e = engine();
    e.load([...measure(1, -20, 2025, 7), ...measure(2, -12, 2024, 1), { key: 'sum', formula: 'sumtag("p06.tiltak")' }]);
    expect(Array.from(e.values('sum'))).toEqual([-12, -22, -32, -32]);
  });

  it('missing arguments and unknown bound names are line errors', () => {
    const e = engine();
    e.load([
      { key: 'a', template: { id: 'tiltak', args: {} } },
      { key: 'b', template: { id: 'tiltak', args: { m: 'nowhere' } } },
    ]);
    expect(e.lineError('a')).toEqual({ code: 'engine.templateArg', params: { id: 'tiltak', param: 'm' } });
    expect(e.lineError('b')?.code).toBe('engine.unknownName');
    expect(e.lineError('b')?.params.name).toBe('nowhere.full');
  });

  it('a template defined after the load resolves its lines', () => {
    const e = new Engine({ firstYear: 2024, years: 2 });
    e.load([
      { key: 'v', input: [1, 2] },
      { key: 'd', template: { id: 'double', args: { x: 'v' } } },
    ]);
    expect(e.lineError('d')?.code).toBe('engine.unknownTemplate');
    e.defineTemplate('double', 'x * 2', ['x']);
    expect(Array.from(e.values('d'))).toEqual([2, 4]);
    e.defineTemplate('double', 'x * 3', ['x']);
    expect(Array.from(e.values('d'))).toEqual([3, 6]);
  });

  it('refuses a bad template when it is defined', () => {
    const e = new Engine({ firstYear: 2024, years: 1 });
    expect(() => e.defineTemplate('t', 'x = 1', ['x'])).toThrow(/engine.forbidden.assignment/);
    expect(e.hasTemplate('t')).toBe(false);
  });
});

describe('bindName / bindTemplateText', () => {
  it('replaces only a parameter as first segment', () => {
    expect(bindName('m.full', ['m'], { m: 'tiltak.m1' })).toBe('tiltak.m1.full');
    expect(bindName('m', ['m'], { m: 'tiltak.m1' })).toBe('tiltak.m1');
    expect(bindName('mm.full', ['m'], { m: 'x' })).toBe('mm.full');
    expect(bindName('p.m', ['m'], { m: 'x' })).toBe('p.m');
    expect(bindName('m.full', ['m'], {})).toBeUndefined();
  });

  it('rewrites the text for display, leaving functions, properties, numbers and strings alone', () => {
    const text = 'm.full * phasein(m.start, 7) + sumtag("m") + m(1) + x.m + 1e5 + m';
    expect(bindTemplateText(text, ['m'], { m: 'tiltak.m12' })).toBe(
      'tiltak.m12.full * phasein(tiltak.m12.start, 7) + sumtag("m") + m(1) + x.m + 1e5 + tiltak.m12',
    );
  });
});
