// Where a scenario file came from: the scenario (its id in the exporting store), the revision it was at and a
// fingerprint of the document as exported. The file's envelope names its own origin; a scenario imported from a
// file keeps the file's lineage (`importedFrom`), so a colleague's copy that went through their own store still
// leads back to my scenario. The fingerprint tells a revision rewound by restoring a backup from the one exported.
import { int, list, obj, str, text, id } from './kit';
import { LIMITS } from './limits';
import type { z } from './zod';

/** How many steps of lineage a scenario keeps (its own import origins and theirs, nearest first). */
export const MAX_LINEAGE = 10;

export const originSchema = obj({
  scenarioId: id(),
  /** Absent in files older than format 4: they named the scenario (its id) but not its revision. */
  revision: int(0, 1_000_000_000).optional(),
  name: text(LIMITS.maxName).optional(),
  fingerprint: str().regex(/^[0-9a-f]{1,16}$/).optional(),
});
export type Origin = z.infer<typeof originSchema>;

export const lineageSchema = list(originSchema, MAX_LINEAGE);

/** A document's JSON with keys sorted, so that the same content gives the same text whatever order its keys were
 *  written in (a document rebuilt from the edit log may order them differently from the exported one). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A 53-bit hash (cyrb53) of the document's canonical JSON, as hex: enough to tell two versions apart, not a
 *  security measure (a file is validated in full whatever it claims). */
export function fingerprint(doc: unknown): string {
  const s = canonicalJson(doc);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}
