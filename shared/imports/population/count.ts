// One population number from a cell: a whole count of persons. SSB writes missing numbers as symbols (".." etc.),
// which are reported as such rather than as "not a number".

import { parseNumber } from '../../format/numberParse';
import type { Params } from '../issues';
import { isSsbSymbol } from './labels';

export type CountResult = { ok: true; value: number } | { ok: false; code: string; params: Params };

export function readCount(text: string): CountResult {
  const s = text.trim();
  if (s === '') return { ok: false, code: 'imports.emptyCell', params: {} };
  if (isSsbSymbol(s)) return { ok: false, code: 'imports.ssb.symbol', params: { text: s } };
  const parsed = parseNumber(s);
  if (!parsed.ok) return { ok: false, code: parsed.error.code, params: parsed.error.params };
  if (parsed.value === null || parsed.percent || parsed.scale !== undefined) {
    return { ok: false, code: 'imports.ssb.notACount', params: { text: s } };
  }
  if (parsed.value < 0) return { ok: false, code: 'imports.ssb.negative', params: { text: s } };
  return { ok: true, value: parsed.value };
}
