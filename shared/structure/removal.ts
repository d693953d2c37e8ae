// What removing something takes with it, what it leaves changed, and what blocks it: the plan a user sees before
// choosing. Pure: a document and patches in, patches and lists out.
//
// Things that belong to the removed one go with it (an area's measures, projects, services, its own user lines);
// optional links are cut (an accounts row or a KOSTRA service stays, without its area); computed values that read
// it are typed in as they stand (an area's wage and price growth from a deflator). A user formula that would read
// a line no longer there (shared/lines/whereUsed.ts) BLOCKS the removal: the user changes that formula first. Nothing is left dangling.
import { buildLines } from '../domain/buildLines';
import { formulasReading } from '../lines/whereUsed';
import type { Scenario } from '../model/scenario';
import { applyPatches } from '../patch/apply';
import type { Patch } from '../patch/types';

/** What a removal does to another thing: it goes too, loses its link to the removed one, or keeps its current
 *  numbers typed in instead of computed. */
export interface Consequence {
  effect: 'goes' | 'unlinked' | 'typed';
  /** The kind of thing (an EntityKind of the domain: measure, investment, service, customLine, accountRow,
   *  kostraService, areaItem, area). */
  kind: string;
  name: string;
}

/** A user formula that reads what the removal takes away. */
export interface Blocker {
  /** The line's key and label. */
  key: string;
  label: string;
  /** The keys it reads that would be gone. */
  refs: string[];
}

export interface RemovalPlan {
  /** One undoable edit; apply only when `blockers` is empty. */
  patches: Patch[];
  consequences: Consequence[];
  blockers: Blocker[];
}

/**
 * Completes a removal: applies `patches` to `doc`, lists the user formulas that would then read lines no longer
 * built (blockers), and adds the patches that drop user lines' placements (`after`) on such lines.
 */
export function completeRemoval(doc: Scenario, patches: Patch[], consequences: Consequence[]): RemovalPlan {
  const next = applyPatches(doc, patches).doc;
  const keys = new Set(buildLines(next).lines.map((l) => l.key));
  const blockers = formulasReading(next, (k) => !keys.has(k)).map((u) => ({ key: u.key, label: u.label, refs: u.reads }));
  const more: Patch[] = next.lines
    .filter((line) => line.after !== undefined && !keys.has(line.after))
    .map((line) => ({ op: 'remove', path: ['lines', { id: line.id }, 'after'] }));
  return { patches: [...patches, ...more], consequences, blockers };
}
