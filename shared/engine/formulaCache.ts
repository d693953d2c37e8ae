// Identical formula texts are parsed and checked once per process: the checked tree is immutable data, so every
// engine and every line with that text shares it. They are compiled once per process and horizon too: a shape's
// closures read the active engine's store (activeStore.ts), so every engine of that horizon shares them.
import { checkFormulaText, type Checked } from './check';
import { collect, compileShape, withNames, type Shape } from './compile';
import { structureKey, type Expr } from './ir';
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

/** Compiled shapes by formula or template text, per horizon ("firstYear/years": the closures hold both). */
const shapes = new Map<string, Map<string, Shape>>();
/** The shape first compiled for each structure (ir.ts structureKey), per horizon: a text of the same structure
 *  shares its closures. L's 1 251 formula texts (the same user formulas and area sums in each of 50 areas) are 67
 *  structures; compiled one by one, their closures were some 4 MB, all of it made and copied by the collector in
 *  the first open of a scenario. */
const structures = new Map<string, Map<string, Shape>>();
/** A bound on the shapes kept over all horizons (each some kilobytes of closures); when reached, all start over
 *  (an engine keeps the shapes its lines use). */
const SHAPE_LIMIT = 20_000;
let shapeCount = 0;

/** The compiled shapes of one horizon, by text: get one with `compiledShape`. */
export function shapeCache(firstYear: number, years: number): Map<string, Shape> {
  const id = `${firstYear}/${years}`;
  let cache = shapes.get(id);
  if (cache === undefined) shapes.set(id, (cache = new Map()));
  return cache;
}

/** The shape of `text` (checked as `expr`) from the horizon's cache, compiled on the first request. */
export function compiledShape(cache: Map<string, Shape>, text: string, expr: Expr, firstYear: number, years: number): Shape {
  let shape = cache.get(text);
  if (shape === undefined) {
    if (shapeCount >= SHAPE_LIMIT) forgetShapes();
    const horizon = `${firstYear}/${years}`;
    let byStructure = structures.get(horizon);
    if (byStructure === undefined) structures.set(horizon, (byStructure = new Map()));
    const key = structureKey(expr);
    const base = byStructure.get(key);
    if (base === undefined) {
      shape = compileShape(expr, { firstYear, years });
      byStructure.set(key, shape);
    } else {
      const names = new Set<string>();
      const tags = new Set<string>();
      collect(expr, names, tags);
      shape = withNames(base, [...names], [...tags]);
    }
    cache.set(text, shape);
    shapeCount++;
  }
  return shape;
}

/** Drops every compiled shape (engines keep those their lines use). For the benchmark: the heap of a live scenario
 *  then counts the shapes it compiles, as the first scenario of a process does. */
export function forgetShapes(): void {
  for (const c of shapes.values()) c.clear();
  structures.clear();
  shapeCount = 0;
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
