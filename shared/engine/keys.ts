// What a line key may look like, so that every key can be written in a formula.

/** Identifier segments joined by dots: letters, digits and _, not starting with a digit. */
const KEY = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Words the formula parser reads as operators or constants, so they cannot start a reference. */
const RESERVED_FIRST = new Set([
  'and', 'or', 'not', 'xor', 'mod', 'to', 'in', 'true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'end',
]);
/** Symbols with a fixed meaning in every formula. */
const RESERVED_WHOLE = new Set(['year', 'yearindex']);

export type KeyProblem = 'invalid' | 'reserved' | null;

export function keyProblem(key: unknown): KeyProblem {
  if (typeof key !== 'string' || !KEY.test(key)) return 'invalid';
  const dot = key.indexOf('.');
  const first = dot < 0 ? key : key.slice(0, dot);
  if (RESERVED_FIRST.has(first) || RESERVED_WHOLE.has(key)) return 'reserved';
  return null;
}

/** A template parameter: one identifier that is not reserved. */
export function isValidParam(name: unknown): boolean {
  return typeof name === 'string' && IDENT.test(name) && keyProblem(name) === null;
}
