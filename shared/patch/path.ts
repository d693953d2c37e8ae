// Path helpers shared by apply and the schema.
import type { Path, PathSeg } from './types';

/** Path segments that could reach an object's prototype; refused everywhere. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isIdSeg(seg: PathSeg): seg is { id: string } {
  return typeof seg === 'object' && seg !== null;
}

/** A readable path for messages: `measures[m1].values[3]` (ids and indices in brackets). */
export function formatPath(path: readonly PathSeg[]): string {
  if (path.length === 0) return '/';
  return path.reduce<string>((acc, s) => (isIdSeg(s) ? `${acc}[${s.id}]` : typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}

export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((s, i) => segKey(s) === segKey(b[i]));
}

function segKey(s: PathSeg): string {
  return isIdSeg(s) ? `{id:${s.id}}` : `${typeof s}:${s}`;
}
