import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { format as formatTexts } from '../i18n/format';
import { formatNumber } from './numberFormat';
import { parseNumber, type ParseResult } from './numberParse';

/** The value of a successful parse; fails the test otherwise. */
function valueOf(result: ParseResult): number | null {
  if (!result.ok) throw new Error(`expected a number, got ${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.value;
}
const read = (text: string, opts?: Parameters<typeof parseNumber>[1]): number | null => valueOf(parseNumber(text, opts));

describe('parseNumber: what Norwegian documents and Excel produce (README, "Using it")', () => {
  it.each([
    ['391.824', 391824],
    ['391 824', 391824],
    ['391\u00a0824', 391824],
    ['391\u202f824', 391824],
    ['2.665.324', 2665324],
    ['- 1.100', -1100],
    ['- 8.100', -8100],
    ['−735', -735],
    ['– 735', -735], // en dash, as word processors substitute
    ['(735)', -735],
    ['( 1.384 )', -1384],
    ['1,5', 1.5],
    ['1.234,56', 1234.56],
    ['1234.5', 1234.5],
    ['1,234.56', 1234.56],
    ['1,234,567', 1234567],
    ['0.234', 0.234],
    ['1 234 567,25', 1234567.25],
    ['+5', 5],
  ])('%j → %d', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it('reads percent as a ratio with a percent flag', () => {
    expect(parseNumber('0,6 %')).toEqual({ ok: true, value: 0.006, percent: true });
    expect(parseNumber('1,7%')).toEqual({ ok: true, value: 0.017, percent: true });
    expect(parseNumber('- 3,5%')).toEqual({ ok: true, value: -0.035, percent: true });
    expect(parseNumber('-0,1 %')).toEqual({ ok: true, value: -0.001, percent: true });
    expect(parseNumber('(0,5) %')).toEqual({ ok: true, value: -0.005, percent: true });
    expect(parseNumber('4 ‰')).toEqual({ ok: true, value: 0.004, percent: true });
  });

  it('gives percentage points when the target unit is %', () => {
    expect(parseNumber('0,6 %', { unit: '%' })).toEqual({ ok: true, value: 0.6, percent: true });
    expect(read('1,7', { unit: '%' })).toBe(1.7);
  });

  it('reads "12,0 mill." as 12 000 in 1000 kr, and as 12 000 000 without a unit, flagging the scale', () => {
    expect(parseNumber('12,0 mill.', { unit: '1000 kr' })).toEqual({ ok: true, value: 12000, scale: 1e6 });
    expect(parseNumber('12,0 mill.')).toEqual({ ok: true, value: 12_000_000, scale: 1e6 });
    expect(parseNumber('0,7 mill.', { unit: '1000 kr' })).toEqual({ ok: true, value: 700, scale: 1e6 });
    expect(parseNumber('75,0 mill. kr', { unit: 'mill. kr' })).toEqual({ ok: true, value: 75, scale: 1e6 });
    expect(parseNumber('1,2 mrd.', { unit: '1000 kr' })).toEqual({ ok: true, value: 1_200_000, scale: 1e9 });
    expect(parseNumber('12 MNOK', { unit: '1000 kr' })).toEqual({ ok: true, value: 12000, scale: 1e6 });
  });

  it('converts plain numbers and kroner into the target unit only when a unit word says so', () => {
    expect(read('391.824', { unit: '1000 kr' })).toBe(391824); // no unit word: already in the line's unit
    expect(read('500 kr', { unit: '1000 kr' })).toBe(0.5);
    expect(read('kr -1 234,00')).toBe(-1234);
    expect(read('-kr 1 234')).toBe(-1234);
  });

  it('refuses a proportion into money and money into a percent line', () => {
    expect(parseNumber('0,6 %', { unit: '1000 kr' })).toEqual({ ok: false, error: { code: 'format.percentInAmount', params: { text: '0,6 %', unit: '1000 kr' } } });
    for (const text of ['12 mill.', '500 kr']) {
      expect(parseNumber(text, { unit: '%' })).toEqual({ ok: false, error: { code: 'format.amountInPercent', params: { text } } });
    }
  });

  it('reads blank as null', () => {
    expect(parseNumber('')).toEqual({ ok: true, value: null });
    expect(parseNumber('   ')).toEqual({ ok: true, value: null });
    expect(parseNumber('\u00a0\t')).toEqual({ ok: true, value: null });
  });

  it('refuses text, naming it', () => {
    expect(parseNumber('abc')).toEqual({ ok: false, error: { code: 'format.notANumber', params: { text: 'abc' } } });
    expect(parseNumber('  Sum  ')).toEqual({ ok: false, error: { code: 'format.notANumber', params: { text: 'Sum' } } });
    const long = 'Nye bofellesskap og demografi i hele planperioden';
    const r = parseNumber(long);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.params.text).toBe(`${long.slice(0, 39)}…`);
  });
});

describe('parseNumber: tricky cases', () => {
  it('"1.234" is 1234 (Norwegian thousands dot wins) and "1,234" is 1.234 (decimal comma)', () => {
    expect(read('1.234')).toBe(1234);
    expect(read('1,234')).toBe(1.234);
    expect(read('12.345')).toBe(12345);
    expect(read('1234.567')).toBe(1234.567); // four leading digits: cannot be a thousands group
    expect(read('1.2345')).toBe(1.2345);
  });

  it('the English UI flips only the ambiguous readings', () => {
    expect(read('1.234', { lang: 'en' })).toBe(1.234);
    expect(read('1,234', { lang: 'en' })).toBe(1234);
    expect(read('1,5', { lang: 'en' })).toBe(1.5);
    expect(read('1.234,56', { lang: 'en' })).toBe(1234.56);
    expect(read('391 824', { lang: 'en' })).toBe(391824);
  });

  it.each([
    ['-0', 0],
    ['−0,0', 0],
    ['1e5', 100000],
    ['1E+05', 100000],
    ['1,5E+05', 150000],
    ['2.5e-3', 0.0025],
    ['1.234e3', 1234], // scientific notation is never grouped
    ['  12  ', 12],
    ['12,', 12],
    [',5', 0.5],
    ['.5', 0.5],
    ['-,5', -0.5],
    ['1 234,5 %', 12.345],
    ['-', 0],
    ['−', 0],
    ['–', 0],
    ['007', 7],
    ['1  234', 1234], // runs of blanks count as one
    ['1 \u00a0234', 1234],
  ])('%j → %d', (text, value) => {
    expect(Object.is(read(text), value)).toBe(true);
  });

  it.each([
    ['--5', 'format.notANumber'],
    ['- -5', 'format.notANumber'],
    ['(-735)', 'format.notANumber'],
    ['-(735)', 'format.notANumber'],
    ['+', 'format.notANumber'],
    [',', 'format.notANumber'],
    ['%', 'format.notANumber'],
    ['kr', 'format.notANumber'],
    ['mill.', 'format.notANumber'],
    ['12 mill.x', 'format.notANumber'],
    ['e5', 'format.notANumber'],
    ['1e', 'format.notANumber'],
    ['=1+2', 'format.notANumber'],
    ['#DIV/0!', 'format.notANumber'],
    ['12 år', 'format.notANumber'],
    ['735-', 'format.notANumber'],
    ['1.2.3', 'format.badGrouping'],
    ['1,2,3', 'format.badGrouping'],
    ['12 34', 'format.badGrouping'],
    ['1.234.5', 'format.badGrouping'],
    ['1.23,4.5', 'format.badGrouping'],
    ['1 234.567,8', 'format.badGrouping'],
    ['1e400', 'format.tooLarge'],
  ])('%j is refused with %s', (text, code) => {
    const r = parseNumber(text);
    expect(r).toEqual({ ok: false, error: { code, params: { text } } });
  });

  it('reads "12,0 mill." without a unit as kroner and with a count unit the same way', () => {
    expect(read('12,0 mill.', { unit: 'personer' })).toBe(12_000_000);
    expect(read('12,0 mill.', {})).toBe(12_000_000);
  });

  it('converts by shifting the decimal exponent, so results are the doubles nearest the decimal values', () => {
    expect(read('0,1 %')).toBe(0.001);
    expect(read('0,3 mill.', { unit: '1000 kr' })).toBe(300);
    expect(read('123,456789 mill.', { unit: '1000 kr' })).toBe(123456.789);
  });
});

describe('parseNumber: round trips with formatNumber', () => {
  it.each([1234567, -735, 0, 391824, -1100, 162850, 438475, 843729])('%d', (x) => {
    expect(read(formatNumber(x))).toBe(x);
  });

  it('keeps the shown decimals', () => {
    expect(read(formatNumber(1234.56, { decimals: 2 }))).toBe(1234.56);
    expect(read(formatNumber(-0.7, { decimals: 1 }))).toBe(-0.7);
    expect(read(formatNumber(1.234, { decimals: 3 }))).toBe(1.234);
    expect(valueOf(parseNumber(formatNumber(0.017, { percent: true })))).toBe(0.017);
    expect(read(formatNumber(1234.567, { decimals: 3, lang: 'en' }), { lang: 'en' })).toBe(1234.567);
  });

  it('property: a number with d decimals comes back exactly (nb and en, amounts and percent)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('nb' as const, 'en' as const),
        fc.boolean(),
        (k, d, lang, percent) => {
          const x = Number(`${k}e-${d + (percent ? 2 : 0)}`);
          const r = parseNumber(formatNumber(x, { decimals: d, lang, percent }), { lang });
          return r.ok && r.value === (x === 0 ? 0 : x) && (r.percent === true) === percent;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: any finite number comes back rounded to the displayed decimals', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          const shown = formatNumber(x, { decimals: d });
          const v = valueOf(parseNumber(shown));
          if (v === null) return false;
          // Within half a unit of the last decimal (plus float slack), and showing the same text again.
          return Math.abs(v - x) <= 0.5 * 10 ** -d + Math.abs(x) * 1e-15 && formatNumber(v, { decimals: d }) === shown;
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('parseNumber: never throws', () => {
  const known = new Set(Object.keys(formatTexts.nb));
  const numberish = fc.string({
    unit: fc.constantFrom(
      ...'0123456789.,,.  -−–+()%‰eE'.split(''),
      '\u00a0',
      '\u202f',
      '\t',
      'mill.',
      ' kr',
      'mrd',
      'MNOK',
      'x',
    ),
    maxLength: 14,
  });

  it('property: returns ok with a finite number or null, or an error whose code is in the i18n table', () => {
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string(), fc.string({ unit: 'binary' })), fc.constantFrom(undefined, '1000 kr', '%', 'personer'), (text, unit) => {
        const r = parseNumber(text, { unit });
        if (r.ok) return r.value === null || (Number.isFinite(r.value) && !Object.is(r.value, -0));
        return known.has(r.error.code) && typeof r.error.params.text === 'string';
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses very long text, naming it shortened', () => {
    const text = `1${' '.repeat(10_000)}x`;
    expect(parseNumber(text)).toEqual({ ok: false, error: { code: 'format.notANumber', params: { text: '1 x' } } });
    const r = parseNumber('7'.repeat(500));
    expect(r.ok || r.error.params.text).toBe(`${'7'.repeat(39)}…`);
  });

  it('refuses a value that is not a string without throwing', () => {
    expect(parseNumber(undefined as unknown as string).ok).toBe(false);
  });
});
