import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from './jsonScan';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('scanJson', () => {
  it('accepts exactly what JSON.parse accepts (random documents, cut and spliced)', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), fc.nat(), fc.nat(), fc.constantFrom('', ' ', '}', ']', ',', '"', '\\', 'x', '-', '0', 'e', '.', 'NaN', '\n', '\u0001', ':'), (json, cut, at, insert) => {
        const variants = [json, json.slice(0, cut % (json.length + 1)), json.slice(0, at % (json.length + 1)) + insert + json.slice(at % (json.length + 1))];
        for (const text of variants) expect(scanJson(text, 1000) === null, JSON.stringify(text)).toBe(parses(text));
      }),
      { numRuns: 600 },
    );
  });

  it('names the problem and where it is', () => {
    expect(scanJson('{\n  "a": 1,\n  "b": NaN\n}', 64)).toEqual({ code: 'file.json.nonFinite', line: 3, column: 8, token: 'NaN' });
    expect(scanJson('[1, -Infinity]', 64)).toMatchObject({ code: 'file.json.nonFinite', token: '-Infinity' });
    expect(scanJson('{"a": [1, 2', 64)).toMatchObject({ code: 'file.truncated', line: 1, column: 12 });
    expect(scanJson('{"a": 1} x', 64)).toMatchObject({ code: 'file.json.trailing', column: 10 });
    expect(scanJson('{"a": 01}', 64)).toMatchObject({ code: 'file.json.char', token: '1' });
    expect(scanJson('{"a": -}', 64)).toMatchObject({ code: 'file.json.number' });
    expect(scanJson('{"a": "x\\q"}', 64)).toMatchObject({ code: 'file.json.string', token: '\\q' });
    expect(scanJson('{"a": "x\ty"}', 64)).toMatchObject({ code: 'file.json.string', token: 'U+0009' });
    expect(scanJson('{a: 1}', 64)).toMatchObject({ code: 'file.json.char', token: 'a', column: 2 });
  });

  it('refuses deep nesting before building anything, without overflowing the stack', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(scanJson(deep, 64)).toMatchObject({ code: 'file.tooDeep' });
    expect(scanJson('[[[[1]]]]', 4)).toBeNull();
    expect(scanJson('[[[[[1]]]]]', 4)).toMatchObject({ code: 'file.tooDeep' });
  });
});
