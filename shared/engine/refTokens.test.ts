import { describe, expect, it } from 'vitest';
import { formulaPieces, rewriteReferences } from './refTokens';

const refs = (text: string) => formulaPieces(text).filter((p) => p.ref).map((p) => p.ref);

describe('formulaPieces', () => {
  it('finds the references and keeps every character', () => {
    const text = 'p05.ramme*1.5e3 + prev(fond.saldo, 1, x.y) - sumtag("p05.tiltak") # p05.ramme\n+ year + .5';
    expect(refs(text)).toEqual(['p05.ramme', 'fond.saldo', 'x.y']);
    expect(formulaPieces(text).map((p) => p.text).join('')).toBe(text);
    const piece = formulaPieces(text).find((p) => p.ref === 'fond.saldo')!;
    expect(text.slice(piece.start, piece.start + piece.text.length)).toBe('fond.saldo');
  });

  it('does not take functions, numbers or a trailing dot for references', () => {
    expect(refs('max (a.b, 2) + round(c, 1) + 3 % + d.')).toEqual(['a.b', 'c', 'd']);
  });
});

describe('rewriteReferences', () => {
  const map = (from: string, to: string) => (k: string) => (k === from ? to : undefined);

  it('rewrites the key wherever it is read, and nothing that only starts like it', () => {
    expect(rewriteReferences('p05.vikar + prev(p05.vikar, 1, p05.vikar_gammel) * 2', map('p05.vikar', 'p05.innleie'))).toBe(
      'p05.innleie + prev(p05.innleie, 1, p05.vikar_gammel) * 2',
    );
    expect(rewriteReferences('sumtag("p05.vikar") + p05.vikar.x', map('p05.vikar', 'p05.b'))).toBe('sumtag("p05.vikar") + p05.vikar.x');
  });

  it('leaves a formula that does not read the key as it is, and refuses one it cannot rewrite safely', () => {
    expect(rewriteReferences('a.b + 1', map('c.d', 'e.f'))).toBe('a.b + 1');
    expect(rewriteReferences('a.b + 1', map('a.b', 'x y'))).toBeNull();
  });
});
