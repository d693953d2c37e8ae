// Operators and built-in functions as compiled (compile.ts), and worked examples from the seed documents.
import { describe, expect, it } from 'vitest';
import { builtinNames } from './builtins';
import { Engine } from './engine';
import { calc, engineWith } from './testing';
import type { LineSpec } from './types';

describe('operators', () => {
  it('do arithmetic per year', () => {
    expect(calc('a + b')).toEqual([11, 2, -2, 6.5]);
    expect(calc('a - b')).toEqual([-9, 2, 8, 1.5]);
    expect(calc('a * b')).toEqual([10, 0, -15, 10]);
    expect(calc('b / a')).toEqual([10, 0, -5 / 3, 0.625]);
    expect(calc('a ^ 2')).toEqual([1, 4, 9, 16]);
    expect(calc('-a')).toEqual([-1, -2, -3, -4]);
    expect(calc('+a')).toEqual([1, 2, 3, 4]);
    expect(calc('2 + 3 * a ^ 2')).toEqual([5, 14, 29, 50]);
    expect(calc('-a ^ 2')).toEqual([-1, -4, -9, -16]);
    expect(calc('10 %')).toEqual([0.1, 0.1, 0.1, 0.1]);
  });

  it('compare to 1 or 0, with a tolerance for floating-point noise', () => {
    expect(calc('a == 2')).toEqual([0, 1, 0, 0]);
    expect(calc('a != 2')).toEqual([1, 0, 1, 1]);
    expect(calc('a < 3')).toEqual([1, 1, 0, 0]);
    expect(calc('a > 3')).toEqual([0, 0, 0, 1]);
    expect(calc('a <= 3')).toEqual([1, 1, 1, 0]);
    expect(calc('a >= 3')).toEqual([0, 0, 1, 1]);
    expect(calc('0.1 + 0.2 == 0.3')).toEqual([1, 1, 1, 1]);
    expect(calc('0.1 + 0.2 > 0.3')).toEqual([0, 0, 0, 0]);
    expect(calc('1 < a <= 3')).toEqual([0, 1, 1, 0]);
  });

  it('combine truth values with and, or, xor, not', () => {
    expect(calc('a > 1 and b > 0')).toEqual([0, 0, 0, 1]);
    expect(calc('a > 3 or b > 5')).toEqual([1, 0, 0, 1]);
    expect(calc('a > 2 xor b < 0')).toEqual([0, 0, 0, 1]);
    expect(calc('not (a > 2)')).toEqual([1, 1, 0, 0]);
    expect(calc('not b')).toEqual([0, 1, 0, 0]);
  });

  it('choose with ?: and if()', () => {
    expect(calc('a > 2 ? a : -a')).toEqual([-1, -2, 3, 4]);
    expect(calc('if(b, 1, 2)')).toEqual([1, 2, 1, 1]);
  });

  it('evaluate only the branch taken', () => {
    expect(calc('if(z == 0, 0, 1 / z)')).toEqual([0, 0, 0, 0]);
    expect(calc('z != 0 and 1 / z > 1')).toEqual([0, 0, 0, 0]);
    expect(calc('z == 0 or 1 / z > 1')).toEqual([1, 1, 1, 1]);
  });

  it('know year and yearindex', () => {
    expect(calc('year')).toEqual([2024, 2025, 2026, 2027]);
    expect(calc('yearindex')).toEqual([0, 1, 2, 3]);
  });
});

describe('built-in functions', () => {
  it('cover at least the documented set', () => {
    for (const name of ['sum', 'min', 'max', 'abs', 'round', 'floor', 'ceil', 'if', 'prev', 'index', 'grow', 'phasein',
      'sumtag', 'counttag', 'safediv']) {
      expect(builtinNames).toContain(name);
    }
  });

  it('sum, min, max, abs', () => {
    expect(calc('sum(a, b, 1)')).toEqual([12, 3, -1, 7.5]);
    expect(calc('sum(a)')).toEqual([1, 2, 3, 4]);
    expect(calc('min(a, b)')).toEqual([1, 0, -5, 2.5]);
    expect(calc('max(a, b, 3)')).toEqual([10, 3, 3, 4]);
    expect(calc('abs(b)')).toEqual([10, 0, 5, 2.5]);
  });

  it('round half away from zero, with optional digits; floor and ceil', () => {
    expect(calc('round(b / 4)')).toEqual([3, 0, -1, 1]);
    expect(calc('round(2.675, 2)')).toEqual([2.68, 2.68, 2.68, 2.68]);
    expect(calc('round(163191, -3)')).toEqual([163000, 163000, 163000, 163000]);
    expect(calc('round(-2.5)')).toEqual([-3, -3, -3, -3]);
    expect(calc('floor(b / 4)')).toEqual([2, 0, -2, 0]);
    expect(calc('ceil(b / 4)')).toEqual([3, 0, -1, 1]);
  });

  it('safediv falls back on a zero divisor', () => {
    expect(calc('safediv(a, b)')).toEqual([0.1, 0, -0.6, 1.6]);
    expect(calc('safediv(a, b, -1)')).toEqual([0.1, -1, -0.6, 1.6]);
  });

  it('prev reads earlier years, 0 or the default before the first year', () => {
    expect(calc('prev(a)')).toEqual([0, 1, 2, 3]);
    expect(calc('prev(a, 2)')).toEqual([0, 0, 1, 2]);
    expect(calc('prev(a, 1, 100)')).toEqual([100, 1, 2, 3]);
    expect(calc('prev(a, 2, b)')).toEqual([10, 0, 1, 2]);
  });

  it('prev of the line itself accumulates (a fund)', () => {
    const e = engineWith([
      { key: 'resultat', input: [10, 20, -5, 0] },
      { key: 'fond', formula: 'prev(fond, 1, 100) + resultat' },
    ]);
    expect(Array.from(e.values('fond'))).toEqual([110, 130, 125, 125]);
  });

  it('index compounds the later years’ rates with the first plan year = 1; grow scales a base', () => {
    const rate = { key: 'r', input: [0.5, 0.1, 0.2, -0.5] };
    const [i0, i1, i2, i3] = calc('index(r)', [rate]);
    expect(i0).toBe(1);
    expect(i1).toBeCloseTo(1.1, 12);
    expect(i2).toBeCloseTo(1.1 * 1.2, 12);
    expect(i3).toBeCloseTo(1.1 * 1.2 * 0.5, 12);
    const g = calc('grow(100, r)', [rate]);
    expect(g[0]).toBe(100);
    expect(g[3]).toBeCloseTo(66, 10);
    expect(calc('grow(a, 0)')).toEqual([1, 2, 3, 4]);
  });

  it('index stays right when only some years take the branch that calls it', () => {
    const v = calc('if(yearindex >= 2, index(0.1), 0)');
    expect(v[0]).toBe(0);
    expect(v[1]).toBe(0);
    expect(v[2]).toBeCloseTo(1.21, 12);
    expect(v[3]).toBeCloseTo(1.331, 12);
  });

  it('phasein gives the share of a full year from the start month', () => {
    expect(calc('phasein(2025, 7)')).toEqual([0, 0.5, 1, 1]);
    expect(calc('phasein(2024, 1)')).toEqual([1, 1, 1, 1]);
    expect(calc('phasein(2026, 10)')).toEqual([0, 0, 3 / 12, 1]);
    expect(calc('20 * phasein(2025, 4)')).toEqual([0, 15, 20, 20]);
  });

  it('sumtag and counttag aggregate the lines carrying a tag', () => {
    const e = engineWith([
      { key: 'm1', input: [1, 1, 1, 1], tags: ['p05.tiltak', 'vedtatt'] },
      { key: 'm2', input: [10, 20, 30, 40], tags: ['p05.tiltak'] },
      { key: 'm3', formula: 'm1 * 100', tags: ['p07.tiltak', 'vedtatt'] },
      { key: 'p05', formula: 'sumtag("p05.tiltak")' },
      { key: 'vedtatt', formula: 'sumtag("vedtatt")' },
      { key: 'antall', formula: 'counttag("p05.tiltak") + counttag("ingen")' },
      { key: 'ingen', formula: 'sumtag("ingen")' },
    ]);
    expect(Array.from(e.values('p05'))).toEqual([11, 21, 31, 41]);
    expect(Array.from(e.values('vedtatt'))).toEqual([101, 101, 101, 101]);
    expect(Array.from(e.values('antall'))).toEqual([2, 2, 2, 2]);
    expect(Array.from(e.values('ingen'))).toEqual([0, 0, 0, 0]);
  });

  it('read blank inputs as 0 and short inputs as blank', () => {
    const e = engineWith([
      { key: 'x', input: [NaN, 5] },
      { key: 'y', formula: 'x + 1' },
    ]);
    expect(Array.from(e.values('x'))).toEqual([0, 5, 0, 0]);
    expect(Array.from(e.values('y'))).toEqual([1, 6, 1, 1]);
    expect(e.error('x', 0)).toBeUndefined();
    expect(Array.from(e.spec('x')!.input!)).toEqual([NaN, 5, NaN, NaN]);
  });
});

// The engine on numbers from the seed documents (1000 kr, as printed): frames from templates, the reserve fund
// rolled forward with prev, and the financial rules' reserve requirement.

const years4 = (...v: number[]) => v;

function frame(area: string, lines: Record<string, number[]>, newMeasures: Record<string, number[]>): LineSpec[] {
  const specs: LineSpec[] = Object.entries(lines).map(([k, v]) => ({ key: `${area}.${k}`, input: v }));
  for (const [k, v] of Object.entries(newMeasures)) specs.push({ key: `${area}.${k}`, input: v, tags: [`${area}.nye_tiltak`] });
  specs.push({ key: `${area}.konsekvensjustert_ramme`, template: { id: 'kons', args: { a: area } } });
  specs.push({ key: `${area}.nye_tiltak`, formula: `sumtag("${area}.nye_tiltak")` });
  specs.push({ key: `${area}.ramme`, template: { id: 'ramme', args: { a: area } } });
  return specs;
}

describe('seed documents', () => {
  const e = new Engine({ firstYear: 2024, years: 4 });
  e.defineTemplate('kons', 'a.opprinnelig + a.vedtak_forrige + a.endringer + a.lonn_og_pris', ['a']);
  e.defineTemplate('ramme', 'a.konsekvensjustert_ramme + a.nye_tiltak', ['a']);
  e.load([
    ...frame(
      'p07',
      {
        opprinnelig: years4(158788, 158788, 158788, 158788),
        vedtak_forrige: years4(-5650, -6150, -6900, -6900),
        endringer: years4(2202, 2202, 2202, 2202),
        lonn_og_pris: years4(7850, 7850, 7850, 7850),
      },
      { prisvekst_korreksjon: years4(-341, -341, -341, -341) },
    ),
    ...frame(
      'p08',
      {
        opprinnelig: years4(407519, 407519, 407519, 407519),
        vedtak_forrige: years4(-2774, -356, 1244, 1244),
        endringer: years4(15210, 15210, 15210, 15210),
        lonn_og_pris: years4(19903, 19903, 19903, 19903),
      },
      { prisvekst_korreksjon: years4(-1384, -1384, -1384, -1384) },
    ),
  ]);

  // The printed totals are sums of unrounded amounts, so they may differ from the sum of the printed terms by
  // ±1 per term (README, "Using it": published totals that do not add up).
  const near = (key: string, printed: number[], terms: number) =>
    Array.from(e.values(key)).forEach((v, y) => expect(Math.abs(v - printed[y]), `${key} ${2024 + y}`).toBeLessThanOrEqual(terms));

  it('reproduces the P07 and P08 frames', () => {
    expect(Array.from(e.values('p07.konsekvensjustert_ramme'))).toEqual([163190, 162690, 161940, 161940]);
    near('p07.konsekvensjustert_ramme', [163191, 162691, 161941, 161941], 4);
    near('p07.ramme', [162850, 162350, 161600, 161600], 5);
    near('p08.konsekvensjustert_ramme', [439859, 442277, 443877, 443877], 4);
    near('p08.ramme', [438475, 440893, 442493, 442493], 5);
  });

  it('rolls the 2023 reserve fund forward and checks it against the financial rules', () => {
    const f = new Engine({ firstYear: 2023, years: 1 });
    f.load([
      { key: 'fond.apning', input: [843729] },
      { key: 'fond.opprinnelig_bruk', input: [-200149], tags: ['fond.bevegelse'] },
      { key: 'fond.tertial1', input: [-111619], tags: ['fond.bevegelse'] },
      { key: 'fond.tertial2', input: [14372], tags: ['fond.bevegelse'] },
      { key: 'fond.tyrkia', input: [-300], tags: ['fond.bevegelse'] },
      { key: 'fond.skole', input: [-500], tags: ['fond.bevegelse'] },
      { key: 'fond.saldering', input: [60160], tags: ['fond.bevegelse'] },
      { key: 'fond.saldo', formula: 'prev(fond.saldo, 1, fond.apning) + sumtag("fond.bevegelse")' },
      { key: 'fond.generell', input: [273699] },
      { key: 'fond.rentesikring', input: [95641] },
      { key: 'fond.eierrisiko', input: [20000] },
      { key: 'fond.reservekrav', formula: 'fond.generell + fond.rentesikring + fond.eierrisiko' },
      { key: 'fond.avvik', formula: 'fond.saldo - fond.reservekrav' },
      { key: 'fond.i_prosent', formula: 'round(fond.saldo / (fond.generell / (3 %)) * 100, 1)' },
    ]);
    expect(f.value('fond.saldo', 0)).toBe(605693); // the document prints 605 694: its terms are rounded
    expect(f.value('fond.reservekrav', 0)).toBe(389340);
    expect(f.value('fond.avvik', 0)).toBe(216353);
    expect(f.value('fond.i_prosent', 0)).toBe(6.6);
  });

  it('phases in a measure starting 1 July at 6/12 of its full-year effect', () => {
    const m = new Engine({ firstYear: 2021, years: 2 });
    m.load([
      { key: 'tiltak.vikarpool.helar', input: [12000, 12000] },
      { key: 'tiltak.vikarpool', formula: 'tiltak.vikarpool.helar * phasein(2021, 7)' },
    ]);
    expect(Array.from(m.values('tiltak.vikarpool'))).toEqual([6000, 12000]);
  });

  it('computes the README examples', () => {
    const r = new Engine({ firstYear: 2024, years: 2 });
    r.load([
      { key: 'tiltak.m12.helarseffekt', input: [-20, -20] },
      { key: 'tiltak.m12', formula: 'tiltak.m12.helarseffekt * phasein(2025, 7)        # 6/12 in 2025' },
      { key: 'lonnsvekst', input: [0.05, 0.04] },
      { key: 'pleie.kostnad_2024', input: [1000, 1000] },
      { key: 'pleie.kostnad', formula: 'grow(pleie.kostnad_2024, lonnsvekst)' },
      { key: 'x', formula: '(3 %) * 200' },
    ]);
    expect(Object.is(r.value('tiltak.m12', 0), 0)).toBe(true); // not −0
    expect(r.value('tiltak.m12', 1)).toBe(-10);
    expect(Array.from(r.values('pleie.kostnad'))).toEqual([1000, 1040]);
    expect(r.value('x', 0)).toBe(6);
  });
});
