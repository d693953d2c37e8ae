// The common edit — typing or pasting numbers into year cells — must save in a few milliseconds even on a scenario
// of thousands of measures, where checking the whole document takes far longer. Such an edit cannot make a valid
// document invalid, so it is recognised here and spared the whole-document check:
//  - the model's only arrays of numbers are series (`series()` in shared/model/kit.ts: each element null or a
//    finite number within ±1e15, no other rule), and no cross-document check reads a series element;
//  - the domain turns series elements into engine input values, never into formula text or line structure.
// A patch qualifies when it sets one existing element of an array that holds only numbers and nulls, and the new
// value is null or a finite number within ±1e15. Anything else goes through the full validation.
// (validate.test.ts checks, on random edits, that the full validation accepts whatever this lets through.)
import { LIMITS } from '../../shared/model/limits';
import { FORBIDDEN_KEYS, isIdSeg } from '../../shared/patch/path';
import type { Patch } from '../../shared/patch/types';

function isSeriesValue(v: unknown): v is number | null {
  return v === null || (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= LIMITS.maxAbs);
}

function child(node: unknown, seg: Patch['path'][number]): unknown {
  if (Array.isArray(node)) {
    if (typeof seg === 'number') return Number.isInteger(seg) && seg >= 0 && seg < node.length ? node[seg] : undefined;
    if (isIdSeg(seg)) return node.find((e) => typeof e === 'object' && e !== null && (e as { id?: unknown }).id === seg.id);
    return undefined;
  }
  if (typeof node === 'object' && node !== null && typeof seg === 'string' && !FORBIDDEN_KEYS.has(seg) && Object.hasOwn(node, seg)) {
    return (node as Record<string, unknown>)[seg];
  }
  return undefined;
}

function isSeriesCellSet(doc: unknown, p: Patch): boolean {
  if (p.op !== 'set' || !isSeriesValue(p.value) || p.path.length < 2) return false;
  const last = p.path[p.path.length - 1];
  if (typeof last !== 'number') return false;
  let parent: unknown = doc;
  for (let i = 0; i < p.path.length - 1; i++) {
    parent = child(parent, p.path[i]);
    if (parent === undefined) return false;
  }
  return Array.isArray(parent) && Number.isInteger(last) && last >= 0 && last < parent.length && parent.every(isSeriesValue);
}

/** True when every patch sets an existing series element to a valid value (see above). Such edits change no
 *  structure, so they are judged against the document before the edit. */
export function onlySeriesCells(doc: unknown, patches: readonly Patch[]): boolean {
  return patches.length > 0 && patches.every((p) => isSeriesCellSet(doc, p));
}
