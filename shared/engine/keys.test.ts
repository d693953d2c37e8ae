import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidParam, keyProblem } from './keys';

/** The rule as a regular expression (keyProblem scans by hand, for speed). */
const KEY = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const RESERVED = new Set(['and', 'or', 'not', 'xor', 'mod', 'to', 'in', 'true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'end']);
function reference(key: string): 'invalid' | 'reserved' | null {
  if (!KEY.test(key)) return 'invalid';
  return RESERVED.has(key.split('.')[0]) || key === 'year' || key === 'yearindex' ? 'reserved' : null;
}

describe('keyProblem', () => {
  it('accepts identifier segments joined by dots', () => {
    for (const k of ['fond', 'p05.ramme', 'tiltak.m12.full', 'p07.konsekvensjustert_ramme', '_x.y_2', 'yearly', 'year.x']) {
      expect(keyProblem(k), k).toBeNull();
    }
  });

  it('refuses what a formula could not refer to', () => {
    for (const k of ['', 'p05.', '.x', 'a..b', '5a', 'p05.2024', 'a b', 'a-b', 'årsverk', 'a$b', 'x.y(1)']) {
      expect(keyProblem(k), k).toBe('invalid');
    }
    expect(keyProblem(42)).toBe('invalid');
  });

  it('refuses words the parser reads as operators or constants, and year/yearindex', () => {
    for (const k of ['year', 'yearindex', 'and', 'or.x', 'not', 'mod.a', 'to', 'in', 'true', 'null.x', 'NaN', 'end']) {
      expect(keyProblem(k), k).toBe('reserved');
    }
  });

  it('agrees with the rule written as a regular expression', () => {
    const chars = fc.constantFrom(...'aZ_09.$ -åx'.split(''), 'and', 'year', 'Infinity', 'undefined', '\n');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (parts) => {
        const key = parts.join('');
        expect(keyProblem(key), JSON.stringify(key)).toBe(reference(key));
      }),
      { numRuns: 3000 },
    );
  });

  it('a template parameter is one such identifier', () => {
    expect(isValidParam('m')).toBe(true);
    expect(isValidParam('m.x')).toBe(false);
    expect(isValidParam('year')).toBe(false);
  });
});
