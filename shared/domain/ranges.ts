// Where each measure's lines sit in a lines array, for rebuilding or reusing them one measure at a time.
import type { DomainLine } from './types';

/** Per lines array (its layout never changes: at most a line is replaced by one with the same key and place):
 *  measure id → [start, end). */
const rangesCache = new WeakMap<readonly DomainLine[], Map<string, [number, number]> | null>();

/** Each measure's contiguous run of lines; null when some measure's lines are not contiguous. */
export function measureRanges(lines: readonly DomainLine[]): Map<string, [number, number]> | null {
  const cached = rangesCache.get(lines);
  if (cached !== undefined) return cached;
  const out = new Map<string, [number, number]>();
  let ok = true;
  for (let i = 0; i < lines.length && ok; i++) {
    const e = lines[i].meta.entity;
    if (e === undefined || e.kind !== 'measure') continue;
    const r = out.get(e.id);
    if (r === undefined) out.set(e.id, [i, i + 1]);
    else if (r[1] === i) r[1] = i + 1;
    else ok = false;
  }
  const result = ok ? out : null;
  rangesCache.set(lines, result);
  return result;
}

/** Record the ranges of a lines array that has the same layout as the one they were found in. */
export function rememberRanges(lines: readonly DomainLine[], ranges: Map<string, [number, number]>): void {
  rangesCache.set(lines, ranges);
}
