import { describe, expect, it } from 'vitest';
import { checkFormulaText, MAX_DEPTH } from './check';
import { formulaReferences, syntaxError } from './formulaCache';
import type { Expr } from './ir';

const ok = (text: string): Expr => {
  const r = checkFormulaText(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.code}`);
  return r.expr;
};
const code = (text: string): string => {
  const r = checkFormulaText(text);
  return r.ok ? 'ok' : r.error.code;
};

describe('checkFormulaText: admitted', () => {
  it('reads qualified references as one name', () => {
    expect(ok('p05.ramme')).toEqual({ k: 'ref', name: 'p05.ramme' });
    expect(ok('tiltak.m12.full')).toEqual({ k: 'ref', name: 'tiltak.m12.full' });
    expect(ok('fond')).toEqual({ k: 'ref', name: 'fond' });
  });

  it('knows year and yearindex', () => {
    expect(ok('year')).toEqual({ k: 'year' });
    expect(ok('yearindex')).toEqual({ k: 'yearindex' });
  });

  it('admits the whitelisted operators', () => {
    for (const f of ['a + b', 'a - b', 'a * b', 'a / b', 'a ^ 2', '-a', '+a', 'a == b', 'a != b', 'a < b', 'a > b',
      'a <= b', 'a >= b', 'a and b', 'a or b', 'a xor b', 'not a', '(a)', 'a ? b : c', 'a < b <= c', '5 %', 'true']) {
      expect(code(f), f).toBe('ok');
    }
  });

  it('reads a percentage as a division by 100', () => {
    expect(ok('5 %')).toEqual({ k: 'arith', op: '/', a: { k: 'num', v: 5 }, b: { k: 'num', v: 100 } });
  });

  it('turns if() into a conditional and keeps prev and tag arguments', () => {
    expect(ok('if(a, 1, 2)')).toEqual({ k: 'cond', c: { k: 'ref', name: 'a' }, a: { k: 'num', v: 1 }, b: { k: 'num', v: 2 } });
    expect(ok('prev(fond)')).toEqual({ k: 'prev', name: 'fond', n: 1, def: null });
    expect(ok('prev(p.x, 2, 7)')).toEqual({ k: 'prev', name: 'p.x', n: 2, def: { k: 'num', v: 7 } });
    expect(ok('sumtag("p05.tiltak")')).toEqual({ k: 'tag', fn: 'sumtag', tag: 'p05.tiltak' });
    expect(ok("counttag('vedtatt')")).toEqual({ k: 'tag', fn: 'counttag', tag: 'vedtatt' });
  });

  it('does not count a function name as a reference', () => {
    expect(ok('sum(a, b)')).toEqual({ k: 'call', fn: 'sum', args: [{ k: 'ref', name: 'a' }, { k: 'ref', name: 'b' }] });
  });
});

describe('checkFormulaText: refused', () => {
  it('refuses the risky mathjs functions as unknown functions', () => {
    for (const f of ['import("fs")', 'createUnit("x")', 'evaluate("1+1")', 'parse("1")', 'simplify("x")',
      'derivative("x", "x")', 'resolve(x)', 'reviver(1)', 'compile("1")']) {
      expect(code(f), f).toMatch(/^engine\.unknownFunction/);
    }
  });

  it('suggests the nearest built-in for a misspelt function', () => {
    const r = checkFormulaText('summ(a, b)');
    expect(r.ok ? null : r.error).toEqual({ code: 'engine.unknownFunctionSuggest', params: { name: 'summ', suggestion: 'sum' } });
  });

  it('refuses assignment, definitions, blocks, arrays, objects, ranges, index and method calls', () => {
    expect(code('x = 1')).toBe('engine.forbidden.assignment');
    expect(code('a.b = 1')).toBe('engine.forbidden.assignment');
    expect(code('f(x) = x')).toBe('engine.forbidden.functionDefinition');
    expect(code('a; b')).toBe('engine.forbidden.block');
    expect(code('a\nb')).toBe('engine.forbidden.block');
    expect(code('[1, 2]')).toBe('engine.forbidden.array');
    expect(code('{a: 1}')).toBe('engine.forbidden.object');
    expect(code('1:3')).toBe('engine.forbidden.range');
    expect(code('a[1]')).toBe('engine.forbidden.index');
    expect(code('a["b"]')).toBe('engine.forbidden.index');
    expect(code('a[1:2]')).toBe('engine.forbidden.index');
    expect(code('a?.b')).toBe('engine.forbidden.optionalChaining');
    expect(code('a.b(1)')).toBe('engine.forbidden.methodCall');
    expect(code('(a + b).c')).toBe('engine.forbidden.access');
  });

  it('refuses strings outside sumtag/counttag and non-string tags', () => {
    expect(code('"abc"')).toBe('engine.forbidden.string');
    expect(code('"a" + 1')).toBe('engine.forbidden.string');
    expect(code('sum("a")')).toBe('engine.forbidden.string');
    expect(code('sumtag(a)')).toBe('engine.tagArgument');
    expect(code('counttag(1)')).toBe('engine.tagArgument');
  });

  it('refuses operators outside the whitelist', () => {
    expect(code('5!')).toBe('engine.forbidden.operator');
    expect(code("a'")).toBe('engine.forbidden.operator');
    expect(code('a & b')).toBe('engine.forbidden.operator');
    expect(code('a | b')).toBe('engine.forbidden.operator');
    expect(code('a << 1')).toBe('engine.forbidden.operator');
    expect(code('~a')).toBe('engine.forbidden.operator');
    expect(code('a .* b')).toBe('engine.forbidden.operator');
    expect(code('a mod b')).toBe('engine.forbidden.operator');
    expect(code('a ?? b')).toBe('engine.forbidden.operator');
    expect(code('a to b')).toBe('engine.forbidden.operator');
    expect(code('a % b')).toBe('engine.forbidden.modulo');
  });

  it('refuses implicit multiplication, which also catches a misplaced dot', () => {
    expect(code('2 a')).toBe('engine.forbidden.implicitMultiplication');
    expect(code('2(a + b)')).toBe('engine.forbidden.implicitMultiplication');
    expect(code('p05.1')).toBe('engine.forbidden.implicitMultiplication');
  });

  it('refuses constants that are not finite numbers', () => {
    expect(code('NaN')).toBe('engine.forbidden.constant');
    expect(code('Infinity')).toBe('engine.forbidden.constant');
    expect(code('null')).toBe('engine.forbidden.constant');
    expect(code('undefined')).toBe('engine.forbidden.constant');
  });

  it('checks arity and the arguments of prev', () => {
    const r = checkFormulaText('round(1, 2, 3)');
    expect(r.ok ? null : r.error).toEqual({ code: 'engine.arity', params: { name: 'round', expected: '1–2', count: 3 } });
    expect(code('if(a, b)')).toBe('engine.arity');
    expect(code('sum()')).toBe('engine.arity');
    expect(code('prev(a + b)')).toBe('engine.prevTarget');
    expect(code('prev(year)')).toBe('engine.prevTarget');
    expect(code('prev(a, 0)')).toBe('engine.prevOffset');
    expect(code('prev(a, 1.5)')).toBe('engine.prevOffset');
    expect(code('prev(a, n)')).toBe('engine.prevOffset');
  });

  it('reports parse errors with their position', () => {
    expect(checkFormulaText('1 +')).toEqual({ ok: false, error: { code: 'engine.parse.unexpectedEnd', params: { pos: 4 } } });
    expect(checkFormulaText('(a + b')).toEqual({ ok: false, error: { code: 'engine.parse.parenExpected', params: { pos: 7 } } });
    expect(code('a +* b')).toBe('engine.parse.valueExpected');
    expect(code('"abc')).toBe('engine.parse.unterminatedString');
    expect(code('a ? b')).toBe('engine.parse.conditional');
    expect(code('a && b')).toMatch(/^engine\.parse\./);
    expect(code('')).toBe('engine.empty');
    expect(code('   ')).toBe('engine.empty');
    expect(code('# just a comment')).toBe('engine.empty');
  });

  it('refuses formulas nested deeper than the limit', () => {
    const deep = '('.repeat(MAX_DEPTH + 5) + 'a' + ')'.repeat(MAX_DEPTH + 5);
    expect(code(deep)).toBe('engine.tooComplex');
    const veryDeep = '('.repeat(20_000) + 'a' + ')'.repeat(20_000);
    expect(code(veryDeep)).toMatch(/^engine\./);
    expect(code(Array.from({ length: 5000 }, () => 'a').join(' + '))).toBe('engine.tooComplex');
  });

  it('refuses index() and grow() nested to any depth within the limit, without a walk that doubles per level', () => {
    // A walk that read each rate twice took 2^n steps: 40 levels did not finish (a file fuzz run hung on one).
    for (const n of [3, 40, MAX_DEPTH - 10]) {
      expect(code('index('.repeat(n) + 'a' + ')'.repeat(n))).toBe('engine.growthNesting');
      expect(code('grow(1, '.repeat(n) + 'a' + ')'.repeat(n))).toBe('engine.growthNesting');
      expect(code('if(1, '.repeat(n) + 'index(index(a))' + ', 0)'.repeat(n))).toBe('ok');
    }
    expect(code('grow(index(index(a)), 0.1)')).toBe('ok');
    expect(code('grow(1, index(index(a)))')).toBe('engine.growthNesting');
  });
});

describe('syntaxError', () => {
  it('checks text without an engine: names are not resolved', () => {
    expect(syntaxError('ukjent.linje * 2')).toBeNull();
    expect(syntaxError('x = 1')).toEqual({ code: 'engine.forbidden.assignment', params: {} });
  });
});

describe('formulaReferences', () => {
  it('lists the keys (prev included, also inside its default) and tags a formula reads, once each', () => {
    expect(formulaReferences('p05.ramme + prev(fond.saldo, 1, fond.apningsbalanse) - sumtag("p05.post") + p05.ramme * year')).toEqual({
      names: ['p05.ramme', 'fond.saldo', 'fond.apningsbalanse'],
      tags: ['p05.post'],
    });
  });
  it('is null for a text that is not a formula', () => {
    expect(formulaReferences('x = 1')).toBeNull();
    expect(formulaReferences('(')).toBeNull();
  });
});
