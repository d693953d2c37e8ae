import { describe, expect, it } from 'vitest';
import { findSuffix, unitScale } from './units';

describe('unitScale', () => {
  it.each([
    ['1000 kr', 'money', 3],
    ['1 000 kr', 'money', 3],
    ['1\u00a0000 kroner', 'money', 3],
    ['tusen kr', 'money', 3],
    ['TNOK', 'money', 3],
    ['kr', 'money', 0],
    ['NOK', 'money', 0],
    ['mill. kr', 'money', 6],
    ['MNOK', 'money', 6],
    ['mrd. kr', 'money', 9],
    ['%', 'percent', -2],
    ['‰', 'percent', -3],
    ['personer', 'other', 0],
    ['årsverk', 'other', 0],
    ['', 'other', 0],
  ] as const)('%s → %s 10^%i', (unit, kind, exponent) => {
    expect(unitScale(unit)).toEqual({ kind, exponent });
  });

  it('treats no unit as a plain count', () => {
    expect(unitScale(undefined)).toEqual({ kind: 'other', exponent: 0 });
  });
});

describe('findSuffix', () => {
  it('reads magnitude, currency and proportion words after a number', () => {
    expect(findSuffix('12,0 mill.')).toEqual({ length: 6, kind: 'scale', exponent: 6 });
    expect(findSuffix('12 mill. kr')).toEqual({ length: 9, kind: 'money', exponent: 6 });
    expect(findSuffix('12 millioner kroner')).toEqual({ length: 17, kind: 'money', exponent: 6 });
    expect(findSuffix('3 mrd.')).toEqual({ length: 5, kind: 'scale', exponent: 9 });
    expect(findSuffix('500 kr')).toEqual({ length: 3, kind: 'money', exponent: 0 });
    expect(findSuffix('12mnok')).toEqual({ length: 4, kind: 'money', exponent: 6 });
    expect(findSuffix('0,6 %')).toEqual({ length: 2, kind: 'percent', exponent: -2 });
    expect(findSuffix('4‰')).toEqual({ length: 1, kind: 'percent', exponent: -3 });
  });

  it('needs a number before the word', () => {
    expect(findSuffix('kr')).toBeNull();
    expect(findSuffix('%')).toBeNull();
    expect(findSuffix('abc mill.')).toBeNull();
    expect(findSuffix('12')).toBeNull();
    expect(findSuffix('12 mill.x')).toBeNull();
  });
});
