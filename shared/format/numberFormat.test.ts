import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatterFor, normalizeIcuOutput } from './numberFormat';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatNumber', () => {
  it('groups nb-NO thousands with U+00A0 and writes whole amounts by default', () => {
    expect(formatNumber(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatNumber(1234)).toBe(`1${NBSP}234`);
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(162850.4)).toBe(`162${NBSP}850`);
  });

  it('writes a real minus sign (U+2212)', () => {
    expect(formatNumber(-735)).toBe(`${MINUS}735`);
    expect(formatNumber(-1100)).toBe(`${MINUS}1${NBSP}100`);
  });

  it('uses a decimal comma with the requested decimals', () => {
    expect(formatNumber(1.5, { decimals: 1 })).toBe('1,5');
    expect(formatNumber(1234.56, { decimals: 2 })).toBe(`1${NBSP}234,56`);
    expect(formatNumber(0.7, { decimals: 2 })).toBe('0,70');
    expect(formatNumber(2.5)).toBe('3'); // half away from zero
    expect(formatNumber(-2.5)).toBe(`${MINUS}3`);
  });

  it('shows ratios as percent with one decimal', () => {
    expect(formatNumber(0.017, { percent: true })).toBe(`1,7${NBSP}%`);
    expect(formatNumber(-0.005, { percent: true })).toBe(`${MINUS}0,5${NBSP}%`);
    expect(formatNumber(0.006, { percent: true, decimals: 0 })).toBe(`1${NBSP}%`);
    expect(formatNumber(12.345, { percent: true })).toBe(`1${NBSP}234,5${NBSP}%`);
  });

  it('leaves blank cells empty', () => {
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(undefined)).toBe('');
    expect(formatNumber(NaN)).toBe('');
    expect(formatNumber(NaN, { percent: true })).toBe('');
  });

  it('never shows a minus on zero', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.04, { decimals: 1 })).toBe('0,0');
    expect(formatNumber(-0.0004, { percent: true })).toBe(`0,0${NBSP}%`);
    expect(formatNumber(-0.04, { decimals: 2 })).toBe(`${MINUS}0,04`);
  });

  it('writes English grouping on request, with the same minus sign', () => {
    expect(formatNumber(1234567.5, { lang: 'en', decimals: 1 })).toBe('1,234,567.5');
    expect(formatNumber(-735, { lang: 'en' })).toBe(`${MINUS}735`);
    expect(formatNumber(0.017, { lang: 'en', percent: true })).toBe('1.7%');
  });

  it('clamps odd decimals to 0..20', () => {
    expect(formatNumber(1.25, { decimals: -3 })).toBe('1');
    expect(formatNumber(1.25, { decimals: 1.9 })).toBe('1,3');
  });

  it('output contains only digits, comma, U+00A0, U+2212 and % (never an ICU-specific blank or hyphen)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e18, max: 1e18 }),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        (x, decimals, percent) => /^\u2212?[0-9\u00a0]+(,[0-9]+)?(\u00a0%)?$/.test(formatNumber(x, { decimals, percent })),
      ),
      { numRuns: 500 },
    );
  });
});

describe('formatterFor', () => {
  it('shares one Intl.NumberFormat per option set', () => {
    expect(formatterFor({ decimals: 2 })).toBe(formatterFor({ decimals: 2, lang: 'nb' }));
    expect(formatterFor({ decimals: 2 })).not.toBe(formatterFor({ decimals: 1 }));
    expect(formatterFor({ percent: true })).not.toBe(formatterFor({ percent: true, lang: 'en' }));
  });
});

describe('normalizeIcuOutput', () => {
  it('folds U+202F, U+0020 and hyphen-minus that other ICU builds write', () => {
    expect(normalizeIcuOutput('-1\u202f234,5\u202f%')).toBe(`${MINUS}1${NBSP}234,5${NBSP}%`);
    expect(normalizeIcuOutput('1 234')).toBe(`1${NBSP}234`);
    expect(normalizeIcuOutput(`${MINUS}1${NBSP}234`)).toBe(`${MINUS}1${NBSP}234`);
  });
});
