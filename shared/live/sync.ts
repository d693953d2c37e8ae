// Bring an engine in line with a freshly built set of lines, touching only what changed: any edit of the scenario
// document (a typed value, a paste, an undo, a switched measure) rebuilds the lines from the document and lands in
// the engine through this one function, so the engine's incremental recompute does the rest.
import type { Engine } from '../engine';
import type { LineKey, LineSpec } from '../engine/types';

export interface Template {
  id: string;
  formula: string;
  params: string[];
}

function sameInput(a: ArrayLike<number> | undefined, b: ArrayLike<number> | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function sameArgs(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

function sameTags(a: string[] | undefined, b: string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((t, i) => t === y[i]);
}

/** Same definition for the engine apart from input values (which setInputs changes without rebuilding the
 *  line). Label, unit and meta are not compared: the engine never reads them, and the caller keeps its own. */
function sameShape(a: LineSpec, b: LineSpec): boolean {
  if (a.formula !== b.formula || !!a.input !== !!b.input || !sameTags(a.tags, b.tags)) return false;
  if (!a.template || !b.template) return a.template === b.template;
  return a.template.id === b.template.id && sameArgs(a.template.args, b.template.args);
}

/** Returns the keys whose values changed. `templates` must already be defined on the engine. All changes go in
 *  one engine batch: one rebuild of the reference graph and one recompute, however many lines changed. */
export function syncEngine(engine: Engine, lines: readonly LineSpec[]): LineKey[] {
  const seen = new Set<LineKey>();
  return engine.batch(() => {
    for (const spec of lines) {
      seen.add(spec.key);
      const old = engine.spec(spec.key);
      if (!old || !sameShape(old, spec)) engine.upsertLine(spec);
      else if (spec.input && !sameInput(old.input, spec.input)) engine.setInputs(spec.key, spec.input);
    }
    for (const key of engine.keys()) if (!seen.has(key)) engine.removeLine(key);
  });
}
