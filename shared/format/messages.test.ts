import { describe, expect, it } from 'vitest';
import { format } from '../i18n/format';
import { t } from '../i18n/index';
import type { FormatErrorCode } from './numberParse';

const codes: FormatErrorCode[] = [
  'format.notANumber',
  'format.badGrouping',
  'format.tooLarge',
  'format.percentInAmount',
  'format.amountInPercent',
  'format.percentInAmount.field',
  'format.amountInPercent.field',
];
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('format messages', () => {
  it('have the same keys and placeholders in nb and en', () => {
    expect(Object.keys(format.en).sort()).toEqual(Object.keys(format.nb).sort());
    for (const key of Object.keys(format.nb) as (keyof typeof format.nb)[]) expect(placeholders(format.en[key]), key).toEqual(placeholders(format.nb[key]));
  });

  it('cover every error code, each naming the text', () => {
    for (const code of codes) {
      expect(format.nb[code], code).toContain('{text}');
      expect(format.en[code], code).toContain('{text}');
    }
  });

  it('are reachable through t()', () => {
    expect(t('nb', 'format.notANumber', { text: 'abc' })).toBe('«abc» er ikke et tall.');
    expect(t('nb', 'format.percentInAmount', { text: '0,6 %', unit: '1000 kr' })).toBe('«0,6 %» er en prosent; linjen er i 1000 kr.');
    expect(t('en', 'format.percentInAmount', { text: '0,6 %', unit: '1000 kr' })).toBe('“0,6 %” is a percentage; the line is in 1000 kr.');
  });
});
