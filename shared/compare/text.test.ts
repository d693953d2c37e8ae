import { describe, expect, it } from 'vitest';
import { describeChange, formatDiff, formatValue } from './text';

// Numbers are grouped with U+00A0 and negatives use U+2212 (shared/format); written plainly here.
const plain = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-');

describe('values and differences as the comparison shows them', () => {
  it('formats each display kind in both languages', () => {
    expect(plain(formatValue(1234567, 'amount', 'nb'))).toBe('1 234 567');
    expect(formatValue(1234567, 'amount', 'en')).toBe('1,234,567');
    // Whole 1000 kr and rates with two decimals, in tables and text alike.
    expect(plain(formatValue(12.5, 'amount', 'nb'))).toBe('13');
    expect(plain(formatValue(0.0175, 'percent', 'nb'))).toBe('1,75 %');
    expect(formatValue(0.04, 'percent', 'en')).toBe('4.00%');
    expect(plain(formatValue(6.5, 'number', 'nb'))).toBe('6,5');
    expect(formatValue(2025, 'year', 'nb')).toBe('2025');
    expect(formatValue(1, 'flag', 'nb')).toBe('på');
    expect(formatValue(0, 'flag', 'en')).toBe('off');
    expect(formatValue(null, 'amount', 'nb')).toBe('');
  });

  it('signs differences and shows rates in percentage points', () => {
    expect(plain(formatDiff(8000, 'amount', 'nb'))).toBe('+8 000');
    expect(plain(formatDiff(-1238.5, 'amount', 'nb'))).toBe('-1 239');
    expect(plain(formatDiff(-8000, 'amount', 'nb'))).toBe('-8 000');
    expect(formatDiff(0, 'amount', 'nb')).toBe('0');
    expect(plain(formatDiff(0.01, 'percent', 'nb'))).toBe('+1,00 pp');
    expect(plain(formatDiff(-0.0025, 'percent', 'en'))).toBe('-0.25 pp');
    expect(formatDiff(1e-12, 'percent', 'nb')).toBe('0');
    expect(formatDiff(null, 'amount', 'nb')).toBe('');
    expect(formatDiff(-1, 'flag', 'nb')).toBe('');
    expect(formatDiff(5, 'month', 'nb')).toBe('+5');
  });

  it('fills a change’s text from messages, numbers and per-year details', () => {
    const text = describeChange(
      {
        kind: 'input.changed',
        key: 'plan.rente_nye_lan',
        code: 'compare.change.inputYears',
        params: { label: { msg: { code: 'compare.group.plan', params: {} } } },
        years: [{ year: 2025, before: 0.04, after: null }],
        display: 'percent',
      },
      'nb',
    );
    expect(plain(text)).toBe('Plan og finans: 2025: 4,00 % → (tom)');
    const scalar = describeChange(
      { kind: 'input.changed', key: 'fond.apningsbalanse', code: 'compare.change.input', params: { label: 'Fond', before: { value: 600000, display: 'amount' }, after: { value: null, display: 'amount' } } },
      'en',
    );
    expect(scalar).toBe('Fond: 600,000 → (blank)');
  });

  it('formats both sides of a change alike, by the line’s format', () => {
    const years = (before: number | null, after: number | null, display: 'percent' | 'amount' | 'number') =>
      plain(describeChange({ kind: 'input.changed', key: 'x', code: 'compare.change.inputYears', params: { label: 'X' }, years: [{ year: 2025, before, after }], display }, 'nb'));
    expect(years(0.0494, 0.05, 'percent')).toBe('X: 2025: 4,94 % → 5,00 %');
    expect(years(158788, 160000, 'amount')).toBe('X: 2025: 158 788 → 160 000');
    // Two values the line's rounding would show alike get the decimals that tell them apart.
    expect(years(100.2, 100.4, 'amount')).toBe('X: 2025: 100,2 → 100,4');
    expect(years(10, 12.5, 'number')).toBe('X: 2025: 10,0 → 12,5');
    const scalar = describeChange(
      { kind: 'input.changed', key: 'r', code: 'compare.change.input', params: { label: 'Rente', before: { value: 0.0494, display: 'percent' }, after: { value: 0.05, display: 'percent' } } },
      'nb',
    );
    expect(plain(scalar)).toBe('Rente: 4,94 % → 5,00 %');
  });
});
