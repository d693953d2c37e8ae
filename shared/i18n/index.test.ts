import { describe, expect, it } from 'vitest';
import { messageKeys, t, tCode } from './index';

/** The names a text fills, plain ({name}) or plural ({name, plural, …}). */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();

describe('i18n tables', () => {
  it('have the same keys in bokmål and English', () => {
    expect(messageKeys('en').sort()).toEqual(messageKeys('nb').sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of messageKeys('nb')) {
      const raw = (lang: 'nb' | 'en') => placeholders(tCode(lang, key, {}));
      expect(raw('en'), key).toEqual(raw('nb'));
    }
  });

  it('fill placeholders and show an unknown code as itself', () => {
    expect(t('nb', 'api.unknownOperation', { op: 'x.y' })).toBe('Ukjent operasjon: x.y');
    expect(tCode('en', 'no.such.key')).toBe('no.such.key');
  });

  it('write plurals by the language’s rules, not “celle(r)”', () => {
    expect(t('nb', 'edit.cells', { count: 1 })).toBe('Limte inn 1 celle');
    expect(t('nb', 'edit.cells', { count: 4 })).toBe('Limte inn 4 celler');
    expect(t('en', 'edit.cells', { count: 1 })).toBe('Pasted 1 cell');
    expect(t('nb', 'format.blockRefused', { count: 2 })).toMatch(/avvist: 2 celler kunne ikke leses/);
    expect(t('nb', 'format.blockRefused', { count: 1 })).toMatch(/avvist: 1 celle kunne ikke leses/);
    for (const key of messageKeys('nb')) for (const lang of ['nb', 'en'] as const) expect(tCode(lang, key), key).not.toMatch(/\w\((?:r|er|s|e)\)/);
  });
});
