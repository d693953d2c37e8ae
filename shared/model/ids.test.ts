import { afterEach, describe, expect, it, vi } from 'vitest';
import { isValidId, newId, newUniqueId } from './ids';

describe('ids', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes lower-case ids that can be a line key segment', () => {
    const id = newId('tiltak');
    expect(id).toMatch(/^tiltak_[0-9a-f]{12}$/);
    expect(isValidId(id)).toBe(true);
  });

  it('makes different ids each time', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newId()));
    expect(ids.size).toBe(2000);
  });

  it('falls back when the host has no Web Crypto', () => {
    vi.stubGlobal('crypto', undefined);
    expect(newId('x')).toMatch(/^x_[0-9a-f]{12}$/);
  });

  it('uses getRandomValues when randomUUID is missing', () => {
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => a.fill(0xab) });
    expect(newId('x')).toBe('x_abababababab');
  });

  it('refuses a prefix that is not an id', () => {
    expect(() => newId('Tiltak')).toThrow(RangeError);
    expect(() => newId('1a')).toThrow(RangeError);
  });

  it('avoids ids already taken', () => {
    let n = 0;
    vi.stubGlobal('crypto', { randomUUID: () => (n++ === 0 ? '00000000-0000-0000-0000-000000000000' : '11111111-1111-1111-1111-111111111111') });
    expect(newUniqueId('a', new Set(['a_000000000000']))).toBe('a_111111111111');
  });

  it('validates ids', () => {
    for (const ok of ['a', 'p05', 'tiltak_1', 'x'.repeat(64)]) expect(isValidId(ok)).toBe(true);
    for (const bad of ['', 'A', '1a', '_a', 'a-b', 'a.b', 'æ', 'x'.repeat(65), '__proto__', 42, null]) expect(isValidId(bad)).toBe(false);
  });
});
