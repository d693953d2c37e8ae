// What a line key may look like, so that every key can be written in a formula.

// A key is identifier segments joined by dots: letters, digits and _, not starting with a digit, i.e.
// /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/ (checked by scanKey below).
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Words the formula parser reads as operators or constants, so they cannot start a reference. */
const RESERVED_FIRST = new Set([
  'and', 'or', 'not', 'xor', 'mod', 'to', 'in', 'true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'end',
]);
/** Symbols with a fixed meaning in every formula. */
const RESERVED_WHOLE = new Set(['year', 'yearindex']);

export type KeyProblem = 'invalid' | 'reserved' | null;

export function keyProblem(key: unknown): KeyProblem {
  if (typeof key !== 'string') return 'invalid';
  return scanProblem(key);
}

function scanProblem(key: string): KeyProblem {
  // The pattern above, by hand: this runs once per line on every load. Returns the end of the first segment.
  const firstEnd = scanKey(key);
  if (firstEnd < 0) return 'invalid';
  // No reserved word is longer than 9 characters: most keys need no slice.
  if (firstEnd <= 9 && RESERVED_FIRST.has(firstEnd === key.length ? key : key.slice(0, firstEnd))) return 'reserved';
  if (RESERVED_WHOLE.has(key)) return 'reserved';
  return null;
}

/** The length of the key's first segment when the whole key matches the pattern, else −1. */
function scanKey(key: string): number {
  let firstEnd = -1;
  let segStart = true;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (segStart) {
      if (!letter) return -1;
      segStart = false;
    } else if (c === 46) {
      if (firstEnd < 0) firstEnd = i;
      segStart = true;
    } else if (!letter && !(c >= 48 && c <= 57)) return -1;
  }
  if (segStart) return -1; // empty key or a trailing dot
  return firstEnd < 0 ? key.length : firstEnd;
}

/** A template parameter: one identifier that is not reserved. */
export function isValidParam(name: unknown): boolean {
  return typeof name === 'string' && IDENT.test(name) && keyProblem(name) === null;
}
