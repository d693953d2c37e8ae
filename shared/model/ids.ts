// Stable ids for the entities of a scenario (areas, items, measures, projects, ...). An id is also the part of a
// line key that names its entity (`tiltak.<id>.effekt`), so it is a lower-case ASCII identifier that a formula can
// spell: a letter first, then letters, digits and underscores.
import { LIMITS } from './limits';

export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.maxIdLength && ID_PATTERN.test(value);
}

interface CryptoLike {
  randomUUID?: () => string;
  getRandomValues?: (array: Uint8Array) => Uint8Array;
}

/** 12 random hex digits. Uses the Web Crypto API on `globalThis.crypto` (present in Electron's renderer, Node 20
 *  and browsers; shared/ may not import node:crypto). The Math.random fallback is only for exotic hosts: ids need
 *  to be unique within one scenario, not secret, and 48 random bits make a clash there practically impossible. */
function randomHex12(): string {
  const c = (globalThis as { crypto?: CryptoLike }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID().replace(/-/g, '').slice(0, 12);
  if (c && typeof c.getRandomValues === 'function') {
    const bytes = c.getRandomValues(new Uint8Array(6));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }
  let out = '';
  for (let i = 0; i < 12; i++) out += Math.floor(Math.random() * 16).toString(16);
  return out;
}

/** A new id such as `tiltak_3f2a9c0d1e2b`. `prefix` names the kind of entity and must itself be a valid id. */
export function newId(prefix = 'id'): string {
  if (!isValidId(prefix) || prefix.length > LIMITS.maxIdLength - 13) throw new RangeError(`invalid id prefix: ${prefix}`);
  return `${prefix}_${randomHex12()}`;
}

/** A new id that is not in `taken` (retries on the astronomically unlikely clash). */
export function newUniqueId(prefix: string, taken: ReadonlySet<string>): string {
  for (;;) {
    const id = newId(prefix);
    if (!taken.has(id)) return id;
  }
}
