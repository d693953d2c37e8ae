import { describe, expect, it } from 'vitest';
import { messageKeys, t } from '../i18n';
import { Engine } from './engine';
import { ErrorCode, FormulaError } from './errors';
import { calc, engineWith } from './testing';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof FormulaError) return e.error.code;
    throw e;
  }
  return 'no error';
};

describe('error values', () => {
  it('division by zero is an error in that year only', () => {
    const e = engineWith([
      { key: 'b', input: [10, 0, -5, 0] },
      { key: 'q', formula: '1 / b' },
    ]);
    expect(Array.from(e.values('q'))).toEqual([0.1, NaN, -0.2, NaN]);
    expect(e.error('q', 0)).toBeUndefined();
    expect(e.error('q', 1)).toEqual({ code: 'engine.divByZero', params: {} });
    expect(e.lineError('q')).toEqual({ code: 'engine.divByZero', params: {} });
    expect(Number.isNaN(e.value('q', 3))).toBe(true);
  });

  it('an error travels downstream as "depends on", naming the line and year', () => {
    const e = engineWith([
      { key: 'b', input: [1, 0, 1, 1] },
      { key: 'q', formula: '1 / b' },
      { key: 'r', formula: 'q * 2' },
      { key: 's', formula: 'prev(r)' },
      { key: 't', formula: 'sum(r, 1)' },
    ]);
    expect(e.error('r', 1)).toEqual({ code: 'engine.dependsOnError', params: { name: 'q', year: 2025 } });
    expect(e.error('s', 1)).toBeUndefined();
    expect(e.error('s', 2)).toEqual({ code: 'engine.dependsOnError', params: { name: 'r', year: 2025 } });
    expect(e.error('t', 1)).toEqual({ code: 'engine.dependsOnError', params: { name: 'r', year: 2025 } });
    expect(Array.from(e.values('s'))).toEqual([0, 2, NaN, 2]);
  });

  it('an error in a tagged line shows in the aggregate', () => {
    const e = engineWith([
      { key: 'm1', formula: '1 / 0', tags: ['x'] },
      { key: 'm2', input: [1, 1, 1, 1], tags: ['x'] },
      { key: 'agg', formula: 'sumtag("x")' },
    ]);
    expect(e.error('agg', 0)).toEqual({ code: 'engine.dependsOnError', params: { name: 'm1', year: 2024 } });
  });

  it('comparisons do not swallow an error', () => {
    const e = engineWith([
      { key: 'q', formula: '1 / 0' },
      { key: 'c', formula: 'if(q > 0, 1, 2)' },
      { key: 'n', formula: 'not q' },
      { key: 'ch', formula: '5 < 3 < q' },
      { key: 'x', formula: 'q > 0 xor 1' },
    ]);
    expect(e.error('c', 0)?.code).toBe('engine.dependsOnError');
    expect(e.error('n', 0)?.code).toBe('engine.dependsOnError');
    expect(e.error('ch', 0)?.code).toBe('engine.dependsOnError');
    expect(e.error('x', 0)?.code).toBe('engine.dependsOnError');
  });

  it('an error in an untaken branch does not matter', () => {
    const e = engineWith([
      { key: 'q', formula: '1 / 0' },
      { key: 'c', formula: 'if(1, 5, q)' },
    ]);
    expect(Array.from(e.values('c'))).toEqual([5, 5, 5, 5]);
  });

  it('a non-finite result is an error', () => {
    const e = engineWith([
      { key: 'big', formula: '10 ^ 400' },
      { key: 'neg', formula: '(-8) ^ 0.5' },
      { key: 'inf', input: [Infinity, 1, 1, 1] },
    ]);
    expect(e.error('big', 0)).toEqual({ code: 'engine.nonFinite', params: {} });
    expect(e.error('neg', 0)).toEqual({ code: 'engine.nonFinite', params: {} });
    expect(e.error('inf', 0)).toEqual({ code: 'engine.nonFinite', params: {} });
    expect(e.error('inf', 1)).toBeUndefined();
  });

  it('an unknown name suggests the nearest key', () => {
    const e = engineWith([
      { key: 'p05.ramme', input: [1, 1, 1, 1] },
      { key: 'x', formula: 'p05.rame * 2' },
      { key: 'y', formula: 'helt_ukjent + 1' },
    ]);
    expect(e.lineError('x')).toEqual({ code: 'engine.unknownNameSuggest', params: { name: 'p05.rame', suggestion: 'p05.ramme' } });
    expect(e.lineError('y')).toEqual({ code: 'engine.unknownName', params: { name: 'helt_ukjent' } });
    expect(Array.from(e.values('x')).every(Number.isNaN)).toBe(true);
  });

  it('a parse error and a forbidden construct are errors of the line, not exceptions', () => {
    const e = engineWith([
      { key: 'p', formula: '1 +' },
      { key: 'f', formula: 'import("fs")' },
      { key: 'g', formula: 'p + 1' },
    ]);
    expect(e.lineError('p')).toEqual({ code: 'engine.parse.unexpectedEnd', params: { pos: 4 } });
    expect(e.lineError('f')).toEqual({ code: 'engine.unknownFunction', params: { name: 'import' } });
    expect(e.lineError('g')?.code).toBe('engine.dependsOnError');
  });

  it('phasein with an impossible month is an error naming the values', () => {
    expect(calc('phasein(2025, 13)').every(Number.isNaN)).toBe(true);
    const e = engineWith([{ key: 'p', formula: 'phasein(2025, 0)' }]);
    expect(e.error('p', 0)).toEqual({ code: 'engine.phaseinArgs', params: { year: 2025, month: 0 } });
  });

  it('bad keys and definitions are errors of the line', () => {
    const e = engineWith([
      { key: 'Bad key', input: [1] },
      { key: 'year', input: [1] },
      { key: 'and.x', input: [1] },
      { key: 'both', input: [1], formula: '1' },
      { key: 'none' },
      { key: 'dup', input: [1] },
      { key: 'dup', input: [2] },
      { key: 'tpl', template: { id: 'missing', args: {} } },
    ]);
    expect(e.lineError('Bad key')?.code).toBe('engine.invalidKey');
    expect(e.lineError('year')?.code).toBe('engine.reservedKey');
    expect(e.lineError('and.x')?.code).toBe('engine.reservedKey');
    expect(e.lineError('both')?.code).toBe('engine.lineKind');
    expect(e.lineError('none')?.code).toBe('engine.lineKind');
    expect(e.lineError('dup')).toEqual({ code: 'engine.duplicateKey', params: { key: 'dup' } });
    expect(e.lineError('tpl')).toEqual({ code: 'engine.unknownTemplate', params: { id: 'missing' } });
    expect(e.keys()).toEqual(['Bad key', 'year', 'and.x', 'both', 'none', 'dup', 'tpl']);
  });

  it('API misuse throws FormulaError with a code', () => {
    const e = engineWith([
      { key: 'a', input: [1, 2, 3, 4] },
      { key: 'f', formula: 'a' },
    ]);
    expect(codeOf(() => e.setInput('nope', 0, 1))).toBe('engine.unknownLine');
    expect(codeOf(() => e.setInput('f', 0, 1))).toBe('engine.notInput');
    expect(codeOf(() => e.setInput('a', 4, 1))).toBe('engine.yearOutOfRange');
    expect(codeOf(() => e.setInput('a', -1, 1))).toBe('engine.yearOutOfRange');
    expect(codeOf(() => e.setFormula('nope', '1'))).toBe('engine.unknownLine');
    expect(codeOf(() => e.setInputBlock([{ key: 'a', yearIndex: 0, value: 9 }, { key: 'f', yearIndex: 0, value: 1 }]))).toBe('engine.notInput');
    expect(e.value('a', 0)).toBe(1); // the block was refused as a whole
    expect(codeOf(() => e.defineTemplate('t', 'x +', ['x']))).toBe('engine.parse.unexpectedEnd');
    expect(codeOf(() => e.defineTemplate('t', 'x', ['year']))).toBe('engine.templateParam');
    expect(codeOf(() => e.defineTemplate('t', 'x', ['x', 'x']))).toBe('engine.templateParam');
    expect(codeOf(() => e.defineTemplate('t', 'x', ['a.b']))).toBe('engine.templateParam');
    expect(codeOf(() => new Engine({ firstYear: 2024, years: 0 }))).toBe('engine.invalidHorizon');
    expect(codeOf(() => new Engine({ firstYear: 2024.5, years: 4 }))).toBe('engine.invalidHorizon');
  });

  it('reading an unknown key or year gives NaN and an error, without throwing', () => {
    const e = engineWith([{ key: 'a', input: [1, 2, 3, 4] }]);
    expect(Number.isNaN(e.value('nope', 0))).toBe(true);
    expect(Number.isNaN(e.value('a', 9))).toBe(true);
    expect(e.error('nope', 0)?.code).toBe('engine.unknownLine');
    expect(e.error('a', 9)?.code).toBe('engine.yearOutOfRange');
    expect(Array.from(e.values('nope')).every(Number.isNaN)).toBe(true);
    expect(e.spec('nope')).toBeUndefined();
  });
});

describe('error texts', () => {
  it('exist in bokmål and English for every code', () => {
    const nb = new Set(messageKeys('nb'));
    const en = new Set(messageKeys('en'));
    for (const code of Object.values(ErrorCode)) {
      expect(nb.has(code), code).toBe(true);
      expect(en.has(code), code).toBe(true);
    }
  });

  it('have no engine text without a code', () => {
    const codes = new Set<string>(Object.values(ErrorCode));
    for (const key of messageKeys('nb')) if (key.startsWith('engine.')) expect(codes.has(key), key).toBe(true);
  });

  it('fill their placeholders', () => {
    expect(t('nb', 'engine.unknownNameSuggest', { name: 'p05.rame', suggestion: 'p05.ramme' })).toBe(
      'Ukjent navn «p05.rame». Mente du «p05.ramme»?',
    );
    expect(t('en', 'engine.cycle', { cycle: 'a → b → a' })).toBe('Circular reference: a → b → a.');
  });
});
