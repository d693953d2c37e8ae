import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('ramme', 'ramme')).toBe(0);
    expect(editDistance('ramme', 'rame')).toBe(1);
    expect(editDistance('ramme', 'rammer')).toBe(1);
    expect(editDistance('ramme', 'remme')).toBe(1);
    expect(editDistance('ramme', 'rmame')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('gives up above the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('nearest', () => {
  const keys = ['p05.ramme', 'p05.konsekvensjustert_ramme', 'p07.ramme', 'fond', 'resultat'];

  it('suggests the closest key within a tolerance', () => {
    expect(nearest('p05.rame', keys)).toBe('p05.ramme');
    expect(nearest('p07.ramem', keys)).toBe('p07.ramme');
    expect(nearest('fnd', keys)).toBe('fond');
    expect(nearest('resultatt', keys)).toBe('resultat');
  });

  it('prefers a case-insensitive match and falls back to the last segment', () => {
    expect(nearest('FOND', keys)).toBe('fond');
    expect(nearest('konsekvensjustert_ramme', keys)).toBe('p05.konsekvensjustert_ramme');
  });

  it('suggests nothing when nothing is close', () => {
    expect(nearest('investering', keys)).toBeUndefined();
    expect(nearest('x', [])).toBeUndefined();
  });
});
