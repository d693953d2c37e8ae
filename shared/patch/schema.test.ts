import { describe, expect, it } from 'vitest';
import { checkJson } from './json';
import { PATCH_LIMITS, patchesSchema } from './schema';

describe('patchesSchema', () => {
  const ok = (v: unknown) => patchesSchema.safeParse(v).success;

  it('accepts the patches the UI sends', () => {
    expect(ok([{ op: 'set', path: ['areas', { id: 'p05' }, 'frame', 'originalBudget', 2], value: 432_003 }])).toBe(true);
    expect(ok([{ op: 'set', path: ['lines', { id: 'l' }, 'values', 0], value: null }])).toBe(true);
    expect(ok([{ op: 'insert', path: ['measures', { id: 'm1' }], value: { id: 'm1', name: 'Tiltak' }, to: 0 }])).toBe(true);
    expect(ok([{ op: 'remove', path: ['measures', { id: 'm1' }] }, { op: 'move', path: ['measures', { id: 'm2' }], to: 3 }])).toBe(true);
  });

  it('refuses what no edit needs, bounded in every dimension', () => {
    const cases: unknown[] = [
      [],
      [{ op: 'set', path: ['__proto__', 'x'], value: 1 }],
      [{ op: 'set', path: ['constructor'], value: 1 }],
      [{ op: 'set', path: ['a', 'prototype'], value: 1 }],
      [{ op: 'set', path: ['a'], value: JSON.parse('{"__proto__": {"polluted": 1}}') }],
      [{ op: 'set', path: ['a'], value: Number.NaN }],
      [{ op: 'set', path: ['a'], value: Infinity }],
      [{ op: 'set', path: ['a'], value: 1e308 }],
      [{ op: 'set', path: ['a'] }],
      [{ op: 'insert', path: ['a', 0] }],
      [{ op: 'move', path: ['a', 0] }],
      [{ op: 'remove', path: [] }],
      [{ op: 'copy', path: ['a'] }],
      [{ op: 'set', path: ['a'], value: 1, extra: true }],
      [{ op: 'set', path: [-1], value: 1 }],
      [{ op: 'set', path: [1.5], value: 1 }],
      [{ op: 'set', path: [{ id: '' }], value: 1 }],
      [{ op: 'set', path: [{ id: 'x', other: 1 }], value: 1 }],
      [{ op: 'set', path: [''], value: 1 }],
      [{ op: 'set', path: ['x'.repeat(PATCH_LIMITS.maxKeyLength + 1)], value: 1 }],
      [{ op: 'set', path: Array(PATCH_LIMITS.maxPathLength + 1).fill('a'), value: 1 }],
      Array(PATCH_LIMITS.maxPatches + 1).fill({ op: 'remove', path: ['a'] }),
      [{ op: 'set', path: ['a'], value: JSON.parse('['.repeat(40) + ']'.repeat(40)) }],
      [{ op: 'set', path: ['a'], value: () => 1 }],
      [{ op: 'set', path: ['a'], value: new Date() }],
    ];
    for (const c of cases) expect(ok(c), JSON.stringify(c)?.slice(0, 120)).toBe(false);
  });

  it('bounds the size of values over a whole edit', () => {
    const big = Array.from({ length: 11 }, () => ({ op: 'set', path: ['a'], value: Array(50_000).fill(1) }));
    expect(ok(big)).toBe(false);
    expect(checkJson(Array(10).fill(1), { maxDepth: 2, maxNodes: 5, maxAbs: 10, maxStringLength: 5 })).toEqual({ ok: false, problem: { kind: 'nodes', limit: 5 } });
  });
});
