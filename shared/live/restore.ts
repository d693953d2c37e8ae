// Historikk's "back to here": the edit that makes the document what it was at an earlier revision. It is an edit
// like any other (one entry in the log, undoable, sent through the edit queue), made of one `set` or `remove` per
// top-level field that differs, so the log keeps only what changed. The scenario's id, name and description stay:
// going back is about the model, not what the scenario is called.
import type { Scenario } from '../model';
import type { Patch } from '../patch';
import { sameData } from './same';

const KEPT = new Set(['id', 'name', 'description']);

export function patchesToVersion(current: Scenario, version: Scenario): Patch[] {
  const now = current as unknown as Record<string, unknown>;
  const then = version as unknown as Record<string, unknown>;
  const patches: Patch[] = [];
  for (const key of new Set([...Object.keys(now), ...Object.keys(then)])) {
    if (KEPT.has(key) || sameData(now[key], then[key])) continue;
    patches.push(then[key] === undefined ? { op: 'remove', path: [key] } : { op: 'set', path: [key], value: then[key] });
  }
  return patches;
}
