// The whitelisted functions of the formula language and how many arguments each takes.
// Anything not listed here is refused when a formula is checked (import, createUnit, evaluate, ...).

export interface BuiltinInfo {
  min: number;
  /** Infinity for variadic functions. */
  max: number;
}

export const builtins: Readonly<Record<string, BuiltinInfo>> = {
  sum: { min: 1, max: Infinity },
  min: { min: 1, max: Infinity },
  max: { min: 1, max: Infinity },
  abs: { min: 1, max: 1 },
  round: { min: 1, max: 2 },
  floor: { min: 1, max: 1 },
  ceil: { min: 1, max: 1 },
  if: { min: 3, max: 3 },
  prev: { min: 1, max: 3 },
  index: { min: 1, max: 1 },
  grow: { min: 2, max: 2 },
  phasein: { min: 2, max: 2 },
  sumtag: { min: 1, max: 1 },
  counttag: { min: 1, max: 1 },
  safediv: { min: 2, max: 3 },
};

/** Names of the built-in functions, e.g. for completion in a formula bar. */
export const builtinNames: readonly string[] = Object.keys(builtins);

/** Symbols with a fixed meaning: they are never line references. */
export const builtinSymbols: readonly string[] = ['year', 'yearindex'];

export function isBuiltin(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(builtins, name);
}

/** Human form of an arity for error messages: "1", "1–2", "1+". */
export function arityText(info: BuiltinInfo): string {
  if (info.max === Infinity) return `${info.min}+`;
  return info.min === info.max ? String(info.min) : `${info.min}–${info.max}`;
}
