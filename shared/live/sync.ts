// Bring an engine in line with a freshly built set of lines, touching only what changed: any edit of the scenario
// document (a typed value, a paste, an undo, a switched measure) rebuilds the lines from the document (or, for
// edits inside measures, only the measures' own lines: domain/incremental.ts) and lands in the engine through
// these functions, so the engine's incremental recompute does the rest.
import type { Engine } from '../engine';
import type { LineKey, LineSpec } from '../engine/types';

export interface Template {
  id: string;
  formula: string;
  params: string[];
}

/** Upsert or set the inputs of each line that differs from what the engine holds (Engine.difference: label,
 *  unit and meta are not compared; the engine never reads them, and the caller keeps its own). */
function apply(engine: Engine, spec: LineSpec): void {
  const d = engine.difference(spec);
  if (d === 'definition') engine.upsertLine(spec);
  else if (d === 'inputs') engine.setInputs(spec.key, spec.input!);
}

/** Returns the keys whose values changed. `templates` must already be defined on the engine. All changes go in
 *  one engine batch: one rebuild of the reference graph and one recompute, however many lines changed. Lines the
 *  engine holds that are not in `lines` are removed. */
export function syncEngine(engine: Engine, lines: readonly LineSpec[]): LineKey[] {
  const seen = new Set<LineKey>();
  return engine.batch(() => {
    for (const spec of lines) {
      seen.add(spec.key);
      apply(engine, spec);
    }
    for (const key of engine.keys()) if (!seen.has(key)) engine.removeLine(key);
  });
}

/** Like syncEngine for some lines only (the rest of the model is known to be unchanged): nothing is removed. */
export function syncLines(engine: Engine, lines: readonly LineSpec[]): LineKey[] {
  return engine.batch(() => {
    for (const spec of lines) apply(engine, spec);
  });
}
