import { describe, expect, it } from 'vitest';
import { t, tCode } from '../../../shared/i18n';
import { readablePieces, tagCallOf, tagWords } from './tags';

const AREAS = [{ code: 'P05', name: 'Mennesker med nedsatt funksjonsevne' }];
const nb = (code: string, params?: Record<string, string | number>) => tCode('nb', code, params);

describe('sumtag and counttag in words', () => {
  it('cuts a call of a written tag out as a piece of its own, keeping every character', () => {
    const text = '-sumtag("p05.innsparing") + counttag(\'ramme\') * p05.ramme';
    const pieces = readablePieces(text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.call).map((p) => p.call)).toEqual([
      { fn: 'sumtag', tag: 'p05.innsparing' },
      { fn: 'counttag', tag: 'ramme' },
    ]);
    expect(pieces.find((p) => p.ref)?.ref).toBe('p05.ramme');
  });

  it('reads the key of an explain node for a call, and nothing else', () => {
    expect(tagCallOf('sumtag("p05.innsparing")')).toEqual({ fn: 'sumtag', tag: 'p05.innsparing' });
    expect(tagCallOf('p05.innsparing')).toBeNull();
    expect(tagCallOf('sumtag("a") + 1')).toBeNull();
  });

  it("names an area's prefix by its code and name and spells out the parts it knows", () => {
    expect(tagWords('p05.innsparing', AREAS, nb)).toBe('P05 Mennesker med nedsatt funksjonsevne · innsparing');
    expect(tagWords('tiltak.innsparing_helar', AREAS, nb)).toBe('tiltak · helårseffekt');
    expect(tagWords('tiltak.status.vedtatt', AREAS, nb)).toBe('tiltak · status · vedtatt');
    expect(tagWords('p05.egen_tagg', AREAS, nb)).toBe('P05 Mennesker med nedsatt funksjonsevne · egen tagg');
    expect(t('nb', 'formula.sumtag', { what: 'x', count: 1 })).toBe('sum av x (1 linje)');
    expect(t('en', 'formula.sumtag', { what: 'x', count: 3 })).toBe('sum of x (3 lines)');
  });
});
