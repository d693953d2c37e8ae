import { describe, expect, it } from 'vitest';
import { plainNumber } from './plainNumber';

describe('plainNumber', () => {
  it('writes no grouping, an ASCII minus and a decimal comma by default', () => {
    expect(plainNumber(1234567.25)).toBe('1234567,25');
    expect(plainNumber(-735)).toBe('-735');
    expect(plainNumber(-1234.5, { decimal: '.' })).toBe('-1234.5');
  });

  it('keeps every digit of the double unless asked to round', () => {
    expect(plainNumber(0.1 + 0.2)).toBe('0,30000000000000004');
    expect(plainNumber(0.1 + 0.2, { decimals: 2 })).toBe('0,30');
  });

  it('rounds as the screen does (shortest decimal, half away from zero)', () => {
    expect(plainNumber(1.005, { decimals: 2 })).toBe('1,01');
    expect(plainNumber(-2.5, { decimals: 0 })).toBe('-3');
    expect(plainNumber(1e21, { decimals: 0 })).toBe('1000000000000000000000');
  });

  it('never writes minus zero', () => {
    expect(plainNumber(-0)).toBe('0');
    expect(plainNumber(-0.001, { decimals: 2 })).toBe('0,00');
  });

  it('uses an exponent only at the extremes', () => {
    expect(plainNumber(1e21)).toBe('1e+21');
    expect(plainNumber(1.5e-7)).toBe('1,5e-7');
  });

  it('writes nothing for non-finite numbers', () => {
    expect(plainNumber(NaN)).toBe('');
    expect(plainNumber(Infinity)).toBe('');
  });
});
