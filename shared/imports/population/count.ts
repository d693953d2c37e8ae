// One population number from a cell: a whole count of persons. SSB writes missing numbers as symbols (".." etc.),
// which are reported as such rather than as "not a number".

import { readInput } from '../../format/readInput';
import type { Params } from '../issues';
import { isSsbSymbol } from './labels';

export type CountResult = { ok: true; value: number } | { ok: false; code: string; params: Params };

export function readCount(text: string): CountResult {
  const s = text.trim();
  if (s === '') return { ok: false, code: 'imports.emptyCell', params: {} };
  if (isSsbSymbol(s)) return { ok: false, code: 'imports.ssb.symbol', params: { text: s } };
  const parsed = readInput(s);
  if (!parsed.ok) return { ok: false, code: parsed.error.code, params: parsed.error.params };
  // A count names no unit: "1,2 mill." or "3 %" is a figure of another kind.
  if (parsed.value === null || parsed.read !== undefined) {
    return { ok: false, code: 'imports.ssb.notACount', params: { text: s } };
  }
  if (parsed.value < 0) return { ok: false, code: 'imports.ssb.negative', params: { text: s } };
  return { ok: true, value: parsed.value };
}
