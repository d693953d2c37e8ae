import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { KeyIndex } from './keyIndex';
import type { LineSpec } from './types';

describe('KeyIndex', () => {
  const items = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
  const index = () => new Map(items.map((x, i) => [x.key, i]));

  it('fits only a map of each key to its position, in order', () => {
    expect(KeyIndex.fits(index(), items)).toBe(true);
    expect(KeyIndex.fits(new Map([['a', 0], ['b', 1]]), items)).toBe(false);
    expect(KeyIndex.fits(new Map([['b', 1], ['a', 0], ['c', 2]]), items)).toBe(false);
    expect(KeyIndex.fits(new Map([['a', 0], ['b', 2], ['c', 1]]), items)).toBe(false);
    expect(KeyIndex.fits(new Map([['a', 0], ['x', 1], ['c', 2]]), items)).toBe(false);
  });

  it('reads through an adopted map and copies it on the first change, leaving it alone', () => {
    const map = index();
    const k = new KeyIndex<{ key: string }>();
    k.adopt(map, items);
    expect(k.get('b')).toBe(items[1]);
    expect(k.get('x')).toBeUndefined();
    expect(k.has('c')).toBe(true);
    expect([...k.keys()]).toEqual(['a', 'b', 'c']);
    expect([...k.values()]).toEqual(items);
    k.delete('a');
    k.set('a', { key: 'a' });
    k.set('d', { key: 'd' });
    expect([...k.keys()]).toEqual(['b', 'c', 'a', 'd']);
    expect(k.size).toBe(4);
    expect(map).toEqual(index());
  });
});

describe('Engine.load with an index of the keys', () => {
  const lines: LineSpec[] = [
    { key: 'a', input: [1, 2] },
    { key: 'b', formula: 'a * 2' },
    { key: 'c', formula: 'b + prev(c)' },
  ];

  it('gives what a load without one gives, before and after edits, and never changes the index', () => {
    const map = new Map(lines.map((l, i) => [l.key, i]));
    const plain = new Engine({ firstYear: 2024, years: 2 });
    const indexed = new Engine({ firstYear: 2024, years: 2 });
    plain.load(lines);
    indexed.load(lines, { index: map });
    const state = (e: Engine) => e.keys().map((k) => [k, Array.from(e.values(k)), e.lineError(k) ?? null]);
    expect(state(indexed)).toEqual(state(plain));
    for (const e of [plain, indexed]) {
      e.removeLine('a');
      e.upsertLine({ key: 'd', formula: 'c + 1' });
      e.upsertLine({ key: 'a', input: [5, 5] });
    }
    expect(state(indexed)).toEqual(state(plain));
    expect([...map]).toEqual([['a', 0], ['b', 1], ['c', 2]]);
  });

  it('an index that does not fit is ignored; duplicate keys are still found', () => {
    const dup: LineSpec[] = [...lines, { key: 'a', input: [9, 9] }];
    const e = new Engine({ firstYear: 2024, years: 2 });
    e.load(dup, { index: new Map(lines.map((l, i) => [l.key, i])) });
    expect(e.lineError('a')?.code).toBe('engine.duplicateKey');
    expect(e.keys()).toEqual(['a', 'b', 'c']);
  });
});
