// Helpers shared by the engine's tests (not part of the public API).
import { Engine } from './engine';
import type { LineSpec } from './types';

export const FIRST_YEAR = 2024;

/** An engine over 2024–2027 loaded with `lines`. */
export function engineWith(lines: LineSpec[], years = 4): Engine {
  const e = new Engine({ firstYear: FIRST_YEAR, years });
  e.load(lines);
  return e;
}

/** The values of `formula` over 2024–2027, given input lines a = [1, 2, 3, 4], b = [10, 0, -5, 2.5], z = 0. */
export function calc(formula: string, extra: LineSpec[] = []): number[] {
  const e = engineWith([
    { key: 'a', input: [1, 2, 3, 4] },
    { key: 'b', input: [10, 0, -5, 2.5] },
    { key: 'z', input: [0, 0, 0, 0] },
    ...extra,
    { key: 'out', formula },
  ]);
  return Array.from(e.values('out'));
}
