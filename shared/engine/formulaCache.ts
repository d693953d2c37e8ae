// Identical formula texts are parsed and checked once per process: the checked tree is immutable data, so every
// engine and every line with that text shares it.
import { checkFormulaText, type Checked } from './check';
import { collect } from './compile';
import type { EngineError } from './types';

const cache = new Map<string, Checked>();
/** A bound on memory for long sessions; when reached the cache starts over. */
const LIMIT = 50_000;

export function checkCached(text: string): Checked {
  let checked = cache.get(text);
  if (checked === undefined) {
    checked = checkFormulaText(text);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(text, checked);
  }
  return checked;
}

/** For tests: how many distinct texts are cached. */
export function formulaCacheSize(): number {
  return cache.size;
}

/** The syntax and whitelist check alone, without an engine (names are not resolved): null when the text is a
 *  valid formula, else its error. For validating documents before they reach an engine. */
export function syntaxError(text: string): EngineError | null {
  const checked = checkCached(text);
  return checked.ok ? null : checked.error;
}

/** The line keys (`prev(x)` included) and tags a formula reads, as the engine binds them; null when the text is
 *  not a valid formula. For "what points at this" questions without an engine. */
export function formulaReferences(text: string): { names: string[]; tags: string[] } | null {
  const checked = checkCached(text);
  if (!checked.ok) return null;
  const names = new Set<string>();
  const tags = new Set<string>();
  collect(checked.expr, names, tags);
  return { names: [...names], tags: [...tags] };
}
