import { describe, expect, it } from 'vitest';
import { formatPair, formatValue, TABLE_DECIMALS, type DisplayFormat } from './display';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');

// Every view — grid, Forklar, compare, change lists, print, the analysis — formats through formatValue, so this
// table is what a finance officer reads everywhere.
const TABLE: [DisplayFormat, number, string, string][] = [
  ['amount', 413616.67, '413 617', '413,617'],
  ['amount', -1100, '-1 100', '-1,100'],
  ['amount', 0.4, '0', '0'],
  ['percent', 0.0175, '1,75 %', '1.75%'],
  ['percent', 0.018, '1,80 %', '1.80%'],
  ['percent', 1, '100,00 %', '100.00%'],
  ['number', 40, '40', '40'],
  ['number', 2.5, '2,5', '2.5'],
  ['number', 1 / 3, '0,33', '0.33'],
  ['year', 2025, '2025', '2025'],
  ['month', 7, '7', '7'],
  ['flag', 1, 'på', 'on'],
  ['flag', 0, 'av', 'off'],
];

describe('a value as every view shows it', () => {
  it.each(TABLE)('%s %d reads %s (en %s)', (display, value, nb, en) => {
    expect(plain(formatValue(value, display, 'nb'))).toBe(nb);
    expect(plain(formatValue(value, display, 'en'))).toBe(en);
  });

  it('covers every display format', () => {
    expect(new Set(TABLE.map((r) => r[0]))).toEqual(new Set(Object.keys(TABLE_DECIMALS)));
  });

  it('shows blank as blank', () => {
    for (const display of Object.keys(TABLE_DECIMALS) as DisplayFormat[]) {
      expect(formatValue(null, display, 'nb')).toBe('');
      expect(formatValue(Number.NaN, display, 'nb')).toBe('');
    }
  });

  it('formats the two sides of a change alike', () => {
    const pair = (a: number | null, b: number | null, d: DisplayFormat) => formatPair(a, b, d, 'nb').map(plain);
    expect(pair(0.0494, 0.05, 'percent')).toEqual(['4,94 %', '5,00 %']);
    expect(pair(10, 12.5, 'number')).toEqual(['10,0', '12,5']);
    expect(pair(40, 30, 'number')).toEqual(['40', '30']);
    expect(pair(100.2, 100.4, 'amount')).toEqual(['100,2', '100,4']);
    expect(pair(0.01751, 0.01752, 'percent')).toEqual(['1,751 %', '1,752 %']);
    expect(pair(null, 0.05, 'percent')).toEqual(['', '5,00 %']);
    expect(pair(2025, 2026, 'year')).toEqual(['2025', '2026']);
  });
});
