// Identical formula texts are parsed and checked once per process: the checked tree is immutable data, so every
// engine and every line with that text shares it.
import { checkFormulaText, type Checked } from './check';
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
