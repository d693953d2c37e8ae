import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatches } from './apply';
import { PatchError } from './errors';
import type { Patch, PathSeg } from './types';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

// Documents shaped like scenarios: objects, plain arrays (year vectors) and arrays of objects with unique ids.
const { doc: docArb } = fc.letrec<{ doc: Json; node: Json; idArray: Json[] }>((tie) => ({
  doc: fc.dictionary(fc.constantFrom('meta', 'lines', 'measures', 'values', 'notes', 'x'), tie('node'), { maxKeys: 5 }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean(), fc.constant(null)),
    fc.array(fc.integer({ min: -1e6, max: 1e6 }), { maxLength: 6 }),
    tie('idArray'),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }).filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k)), tie('node'), { maxKeys: 4 }),
  ),
  idArray: fc.uniqueArray(
    fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), label: fc.string(), values: fc.array(fc.integer(), { maxLength: 4 }), sub: tie('node') }),
    { selector: (r) => r.id, maxLength: 5 },
  ) as fc.Arbitrary<Json[]>,
}));

function isObj(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Build one valid patch against `doc`, steered by the random numbers in `pick`. */
function randomPatch(doc: Json, pick: () => number, value: () => Json): Patch | null {
  const path: PathSeg[] = [];
  let node: Json = doc;
  // Walk down to some container.
  for (;;) {
    const stop = pick() % 3 === 0;
    if (Array.isArray(node) && node.length > 0 && !stop) {
      const i = pick() % node.length;
      const el: Json = node[i];
      path.push(isObj(el) && typeof el.id === 'string' ? { id: el.id } : i);
      node = el;
    } else if (isObj(node) && Object.keys(node).length > 0 && !stop) {
      const keys = Object.keys(node);
      const k = keys[pick() % keys.length];
      path.push(k);
      node = node[k];
    } else break;
  }
  if (path.length === 0) return pick() % 4 === 0 ? { op: 'set', path: [], value: { replaced: value() } } : null;
  // `node` is the target; its parent is the container the op works on.
  const parentPath = path.slice(0, -1);
  let parent: Json = doc;
  for (const seg of parentPath) {
    parent = Array.isArray(parent)
      ? parent[typeof seg === 'number' ? seg : parent.findIndex((e) => isObj(e) && e.id === (seg as { id: string }).id)]
      : (parent as Record<string, Json>)[seg as string];
  }
  const last = path[path.length - 1];
  const choice = pick() % 4;
  const byId = parentPath.length > 0 && typeof parentPath[parentPath.length - 1] === 'object';
  if (byId && last === 'id') return null;
  if (Array.isArray(parent)) {
    if (choice === 0) {
      const v = value();
      if (typeof last === 'object') return { op: 'set', path, value: { ...(node as object), label: v } as Json };
      return { op: 'set', path, value: v };
    }
    if (choice === 1) return { op: 'remove', path };
    if (choice === 2) return { op: 'move', path, to: pick() % parent.length };
    const ids = new Set(parent.filter(isObj).map((e) => e.id));
    let id = `n${pick() % 1000}`;
    while (ids.has(id)) id += 'x';
    if (pick() % 2 === 0) return { op: 'insert', path: [...parentPath, { id }], value: { id, label: value() }, to: pick() % (parent.length + 1) };
    return { op: 'insert', path: [...parentPath, pick() % (parent.length + 1)], value: value() };
  }
  if (choice === 1) return { op: 'remove', path };
  if (choice === 2) return { op: 'set', path: [...parentPath, `new${pick() % 5}`], value: value() };
  return { op: 'set', path, value: value() };
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
function hasForbiddenKey(v: Json): boolean {
  if (Array.isArray(v)) return v.some(hasForbiddenKey);
  if (isObj(v)) return Object.keys(v).some((k) => FORBIDDEN.has(k) || hasForbiddenKey(v[k]));
  return false;
}

const scenario = fc.record({
  doc: docArb,
  picks: fc.array(fc.nat(), { minLength: 20, maxLength: 120 }),
  // Values never carry the keys applyPatches refuses at any depth (that refusal has its own test).
  values: fc.array((fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>).filter((v) => !hasForbiddenKey(v)), { minLength: 1, maxLength: 10 }),
  count: fc.integer({ min: 1, max: 8 }),
});

function buildPatches(s: { doc: Json; picks: number[]; values: Json[]; count: number }): Patch[] {
  let i = 0;
  let j = 0;
  const pick = () => s.picks[i++ % s.picks.length];
  const value = () => s.values[j++ % s.values.length];
  const patches: Patch[] = [];
  let cur = s.doc;
  for (let n = 0; n < s.count; n++) {
    const p = randomPatch(cur, pick, value);
    if (!p) continue;
    patches.push(p);
    cur = applyPatches(cur, [p]).doc;
  }
  return patches;
}

describe('applyPatches (properties)', () => {
  it('the inverse restores the original exactly, and the input is never mutated', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const patches = buildPatches(s);
        const before = JSON.stringify(s.doc);
        const original = structuredClone(s.doc);
        // A frozen input makes any mutation throw in strict mode (and the string comparison catches the rest).
        deepFreeze(s.doc);
        deepFreeze(patches);
        const { doc, inverse } = applyPatches(s.doc, patches);
        expect(JSON.stringify(s.doc)).toBe(before);
        deepFreeze(doc);
        const back = applyPatches(doc, inverse);
        expect(back.doc).toEqual(original);
        // The inverse of the inverse redoes the edit.
        expect(applyPatches(back.doc, back.inverse).doc).toEqual(doc);
      }),
      { numRuns: 400 },
    );
  });

  it('an invalid patch throws a PatchError and changes nothing', () => {
    fc.assert(
      fc.property(scenario, fc.string({ minLength: 1, maxLength: 3 }), (s, missing) => {
        const patches = buildPatches(s);
        const frozen = deepFreeze(structuredClone(s.doc));
        const bad: Patch = { op: 'set', path: ['no-such-key', missing, { id: missing }], value: 1 };
        expect(() => applyPatches(frozen, [...patches, bad])).toThrow(PatchError);
        expect(frozen).toEqual(s.doc);
      }),
      { numRuns: 200 },
    );
  });
});

describe('applyPatches (cases)', () => {
  const doc = {
    meta: { name: 'Plan', years: 4 },
    lines: [
      { id: 'a', label: 'A', values: [1, 2, 3, 4] },
      { id: 'b', label: 'B', values: [5, 6, 7, 8] },
      { id: 'c', label: 'C', values: [9, 10, 11, 12] },
    ],
  };

  it('shares every untouched subtree with the input', () => {
    const { doc: next } = applyPatches(doc, [{ op: 'set', path: ['lines', { id: 'b' }, 'values', 2], value: 70 }]);
    expect(next.lines[1].values).toEqual([5, 6, 70, 8]);
    expect(next.meta).toBe(doc.meta);
    expect(next.lines[0]).toBe(doc.lines[0]);
    expect(next.lines[2]).toBe(doc.lines[2]);
    expect(next.lines).not.toBe(doc.lines);
    expect(doc.lines[1].values[2]).toBe(7);
  });

  it('addresses elements by id, so a patch stays valid after the rows move', () => {
    const moved = applyPatches(doc, [{ op: 'move', path: ['lines', { id: 'c' }], to: 0 }]).doc;
    expect(moved.lines.map((l) => l.id)).toEqual(['c', 'a', 'b']);
    const edited = applyPatches(moved, [{ op: 'set', path: ['lines', { id: 'a' }, 'label'], value: 'Ny' }]).doc;
    expect(edited.lines[1]).toMatchObject({ id: 'a', label: 'Ny' });
  });

  it('inserts by id at a position and undoes it', () => {
    const line = { id: 'd', label: 'D', values: [0, 0, 0, 0] };
    const r = applyPatches(doc, [{ op: 'insert', path: ['lines', { id: 'd' }], value: line, to: 1 }]);
    expect(r.doc.lines.map((l) => l.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(r.inverse).toEqual([{ op: 'remove', path: ['lines', { id: 'd' }] }]);
    expect(applyPatches(r.doc, r.inverse).doc).toEqual(doc);
  });

  it('removing an element yields an insert at its old place', () => {
    const r = applyPatches(doc, [{ op: 'remove', path: ['lines', { id: 'b' }] }]);
    expect(r.inverse).toEqual([{ op: 'insert', path: ['lines', { id: 'b' }], value: doc.lines[1], to: 1 }]);
  });

  it('adds and removes object properties', () => {
    const r = applyPatches(doc, [{ op: 'set', path: ['meta', 'description'], value: 'Ny' }]);
    expect(r.doc.meta).toEqual({ name: 'Plan', years: 4, description: 'Ny' });
    expect(r.inverse).toEqual([{ op: 'remove', path: ['meta', 'description'] }]);
  });

  it('refuses paths that do not exist, with the path in the error', () => {
    const cases: [Patch, string][] = [
      [{ op: 'set', path: ['lines', { id: 'zz' }, 'label'], value: 1 }, 'patch.notFound'],
      [{ op: 'set', path: ['lines', 7], value: 1 }, 'patch.badIndex'],
      [{ op: 'set', path: ['meta', 'name', 'x'], value: 1 }, 'patch.notContainer'],
      [{ op: 'remove', path: ['meta', 'nope'] }, 'patch.notFound'],
      [{ op: 'move', path: ['lines', { id: 'a' }], to: 3 }, 'patch.badIndex'],
      [{ op: 'insert', path: ['lines', { id: 'a' }], value: { id: 'a' } }, 'patch.duplicateId'],
      [{ op: 'insert', path: ['lines', { id: 'q' }], value: { id: 'r' } }, 'patch.idMismatch'],
      [{ op: 'set', path: ['lines', { id: 'a' }], value: { id: 'other' } }, 'patch.idMismatch'],
      [{ op: 'insert', path: ['meta', 'x'], value: 1 }, 'patch.notContainer'],
      [{ op: 'remove', path: [] }, 'patch.badOp'],
      [{ op: 'set', path: ['meta'] }, 'patch.badOp'],
      [{ op: 'set', path: ['lines', 'length'], value: 0 }, 'patch.notFound'],
      [{ op: 'set', path: ['lines', { id: 'a' }, 'id'], value: 'z' }, 'patch.idMismatch'],
      [{ op: 'remove', path: ['lines', { id: 'a' }, 'id'] }, 'patch.idMismatch'],
      [{ op: 'set', path: ['meta', 'toString', 'x'], value: 0 }, 'patch.notFound'],
    ];
    for (const [p, code] of cases) {
      try {
        applyPatches(doc, [p]);
        expect.unreachable(JSON.stringify(p));
      } catch (e) {
        expect(e, JSON.stringify(p)).toBeInstanceOf(PatchError);
        expect((e as PatchError).code, JSON.stringify(p)).toBe(code);
        expect((e as PatchError).params.path).toBeTypeOf('string');
      }
    }
  });

  it('refuses segments that reach the prototype, and pollutes nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(() => applyPatches(doc, [{ op: 'set', path: [key, 'polluted'], value: true }])).toThrow(PatchError);
      expect(() => applyPatches(doc, [{ op: 'set', path: ['meta', key], value: { polluted: true } }])).toThrow(/patch.forbiddenKey/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a failing patch in a list leaves the input untouched and returns nothing half-done', () => {
    const copy = structuredClone(doc);
    expect(() =>
      applyPatches(doc, [
        { op: 'set', path: ['meta', 'name'], value: 'Changed' },
        { op: 'remove', path: ['lines', { id: 'missing' }] },
      ]),
    ).toThrow(PatchError);
    expect(doc).toEqual(copy);
  });
});
