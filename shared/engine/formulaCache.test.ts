// Formulas of one structure share their compiled closures (formulaCache.ts, ir.ts structureKey), and still each
// computes its own lines.
import { describe, expect, it } from 'vitest';
import { checkFormulaText } from './check';
import { Engine } from './engine';
import { compiledShape, forgetShapes, shapeCache } from './formulaCache';
import { structureKey } from './ir';

function key(text: string): string {
  const checked = checkFormulaText(text);
  if (!checked.ok) throw new Error(text);
  return structureKey(checked.expr);
}

function shape(text: string) {
  const checked = checkFormulaText(text);
  if (!checked.ok) throw new Error(text);
  return compiledShape(shapeCache(2024, 4), text, checked.expr, 2024, 4);
}

describe('formula structures', () => {
  it('are the same when only the names and tags differ, consistently', () => {
    expect(key('p01.a * (1 + x)')).toBe(key('p02.a * (1 + y)'));
    expect(key('sumtag("p01.post") + p01.t')).toBe(key('sumtag("p02.post") + p02.t'));
    expect(key('prev(a, 1, b) + b')).toBe(key('prev(c, 1, d) + d'));
  });

  it('differ in every other field of a formula', () => {
    const texts = [
      'a + a', 'a + b', 'a - b', 'a * b', 'a / b', 'a ^ b', 'b + a + a', 'a + 1', 'a + 2', 'a + 0.1', '1 + a', '-a', 'not a',
      'a and b', 'a or b', 'a xor b', 'a < b', 'a <= b', 'a < b <= c', 'a <= b < c', 'a ? b : c', 'a ? b : b', 'sum(a, b)',
      'sum(a, b, c)', 'min(a, b)', 'max(a, b)', 'round(a)', 'round(a, 2)', 'prev(a)', 'prev(a, 2)', 'prev(a, 1, b)',
      'prev(a, 1, a)', 'sumtag("t")', 'counttag("t")', 'sumtag("t") + sumtag("u")', 'sumtag("t") + sumtag("t")', 'year',
      'yearindex', 'index(a)', 'grow(a, b)', 'safediv(a, b)', 'safediv(a, b, 1)', 'phasein(a, b)', 'abs(a)', 'floor(a)',
      'ceil(a)', 'a == b', 'a != b', 'a > b', 'a >= b',
    ];
    const keys = texts.map(key);
    expect(new Set(keys).size).toBe(texts.length);
  });

  it('share the closures of the first shape of their structure, with their own names', () => {
    forgetShapes();
    const a = shape('p01.linje * (1 + prisvekst)');
    const b = shape('p02.linje * (1 + lonnsvekst)');
    expect(b.fn).toBe(a.fn);
    expect(b.names).toEqual(['p02.linje', 'lonnsvekst']);
    expect(shape('p01.linje * (2 + prisvekst)').fn).not.toBe(a.fn);
  });

  it('compute each line from its own names, all years at once, year by year and in runs', () => {
    forgetShapes();
    const e = new Engine({ firstYear: 2024, years: 4 });
    e.load([
      { key: 'p01.linje', input: [100, 200, 300, 400] },
      { key: 'p02.linje', input: [10, 20, 30, 40] },
      { key: 'prisvekst', input: [0.1, 0.1, 0.1, 0.1] },
      { key: 'lonnsvekst', input: [0.5, 0.5, 0.5, 0.5] },
      { key: 'p01.beregnet', formula: 'p01.linje * (1 + prisvekst)' },
      { key: 'p02.beregnet', formula: 'p02.linje * (1 + lonnsvekst)' },
      // Year by year (a prev cycle), the second through the first's closures.
      { key: 'p01.sum', formula: 'prev(p01.sum, 1, 0) + p01.beregnet' },
      { key: 'p02.sum', formula: 'prev(p02.sum, 1, 0) + p02.beregnet' },
    ]);
    expect([...e.values('p01.beregnet')].map((v) => +v.toFixed(6))).toEqual([110, 220, 330, 440]);
    expect([...e.values('p02.beregnet')]).toEqual([15, 30, 45, 60]);
    expect([...e.values('p02.sum')]).toEqual([15, 45, 90, 150]);
    e.setInput('lonnsvekst', 1, 1);
    expect([...e.values('p02.beregnet')]).toEqual([15, 40, 45, 60]);
    expect([...e.values('p02.sum')]).toEqual([15, 55, 100, 160]);
    expect(e.value('p01.beregnet', 1)).toBeCloseTo(220);
  });

  it('give a template of the structure of a formula compiled before it that formula\'s closures, computed in runs', () => {
    forgetShapes();
    const e = new Engine({ firstYear: 2024, years: 4 });
    e.defineTemplate('t', 'm.x * (1 + prisvekst)', ['m']);
    const lines: Parameters<Engine['load']>[0] = [
      { key: 'prisvekst', input: [0.5, 0.5, 0.5, 0.5] },
      { key: 'a.x', input: [2, 2, 2, 2] },
      // Compiled first: the template's shape is made from this one's.
      { key: 'a.y', formula: 'a.x * (1 + prisvekst)' },
    ];
    for (let i = 0; i < 300; i++) lines.push({ key: `m${i}.x`, input: [i, i, i, i] }, { key: `m${i}.y`, template: { id: 't', args: { m: `m${i}` } } });
    e.load(lines);
    expect(e.value('a.y', 0)).toBe(3);
    for (const i of [0, 1, 150, 299]) expect([...e.values(`m${i}.y`)]).toEqual([1.5 * i, 1.5 * i, 1.5 * i, 1.5 * i]);
    e.setInput('prisvekst', 2, 1);
    expect(e.value('m10.y', 2)).toBe(20);
    expect(e.value('a.y', 2)).toBe(4);
  });
});
