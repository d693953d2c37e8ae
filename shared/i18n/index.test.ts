import { describe, expect, it } from 'vitest';
import { messageKeys, t } from './index';

describe('i18n tables', () => {
  it('have the same keys in bokmål and English', () => {
    expect(messageKeys('en').sort()).toEqual(messageKeys('nb').sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of messageKeys('nb')) {
      const names = (lang: 'nb' | 'en') => [...t(lang, key).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names('en'), key).toEqual(names('nb'));
    }
  });

  it('fill placeholders and show an unknown key as itself', () => {
    expect(t('nb', 'api.unknownOperation', { op: 'x.y' })).toBe('Ukjent operasjon: x.y');
    expect(t('en', 'no.such.key')).toBe('no.such.key');
  });
});
