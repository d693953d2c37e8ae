// The measures table's edits as patches: add, duplicate, remove, move, and switching what drives a measure's
// effect. Each function returns the patches of one user action (applied by the workspace as one undoable edit);
// none of them changes the document it is given.
import { phaseIn } from '../engine/numeric';
import type { Measure, MeasureEffect } from '../model/measure';
import type { Scenario } from '../model/scenario';
import { idsIn, slugId } from '../model/slug';
import type { Patch } from '../patch/types';

/** What drives a measure's effect: a full-year effect phased in from its start, FTEs × cost per FTE, or an effect
 *  given for each year. */
export type EffectMode = MeasureEffect['mode'];
export const EFFECT_MODES: readonly EffectMode[] = ['phasein', 'fte', 'explicit'];

/** Cost of one FTE (årsverk) when nothing else is known: 0.7 mill. kr, the figure of Balanse 2021 (seed 003). */
export const DEFAULT_COST_PER_FTE = 700;

/** Fallback id prefix for a measure whose name gives no letters or digits. */
const FALLBACK_ID = 'tiltak';

/** The ids a new measure's id must differ from: every id in the scenario (as for every new thing). */
export function measureIds(doc: Scenario): Set<string> {
  return idsIn(doc);
}

/** A new measure: a proposed saving of 0 from January of the first plan year, switched on, fully likely. Its id is
 *  a readable slug of its name (added to `taken`). */
export function blankMeasure(doc: Scenario, name: string, areaId: string, taken: Set<string> = measureIds(doc)): Measure {
  return {
    id: slugId(name, taken, FALLBACK_ID),
    name,
    areaId,
    kind: 'saving',
    effect: { mode: 'phasein', fullYear: 0, startYear: doc.firstYear, startMonth: 1 },
    probability: 1,
    status: 'forslag',
    included: true,
  };
}

/** Inserts `measure` at `index` (default: the end). */
export function insertMeasure(doc: Scenario, measure: Measure, index = doc.measures.length): Patch {
  return { op: 'insert', path: ['measures', { id: measure.id }], value: measure, to: Math.max(0, Math.min(index, doc.measures.length)) };
}

/** Appends the measures after the last one, in their order. */
export function appendMeasures(doc: Scenario, measures: readonly Measure[]): Patch[] {
  return measures.map((m, i) => ({ op: 'insert', path: ['measures', { id: m.id }], value: m, to: doc.measures.length + i }));
}

/** Copies of the measures `ids`, each right after its original, named by `copyName`, with new ids. */
export function duplicateMeasures(doc: Scenario, ids: readonly string[], copyName: (name: string) => string): { patches: Patch[]; copies: Measure[] } {
  const taken = measureIds(doc);
  const chosen = new Set(ids);
  const patches: Patch[] = [];
  const copies: Measure[] = [];
  // Inserting from the last chosen row up keeps the indices of the rows above valid.
  for (let i = doc.measures.length - 1; i >= 0; i--) {
    const m = doc.measures[i];
    if (!chosen.has(m.id)) continue;
    const name = copyName(m.name);
    // Documents are never changed in place, so the copy may share the original's nested values.
    const copy: Measure = { ...m, id: slugId(name, taken, FALLBACK_ID), name };
    patches.push({ op: 'insert', path: ['measures', { id: copy.id }], value: copy, to: i + 1 });
    copies.unshift(copy);
  }
  return { patches, copies };
}

export function removeMeasures(doc: Scenario, ids: readonly string[]): Patch[] {
  const chosen = new Set(ids);
  return doc.measures.filter((m) => chosen.has(m.id)).map((m) => ({ op: 'remove', path: ['measures', { id: m.id }] }));
}

/** Moves the measure one row up (−1) or down (+1); no patch at the edge. */
export function moveMeasure(doc: Scenario, id: string, delta: -1 | 1): Patch[] {
  const i = doc.measures.findIndex((m) => m.id === id);
  const to = i + delta;
  if (i < 0 || to < 0 || to >= doc.measures.length) return [];
  return [{ op: 'move', path: ['measures', { id }], to }];
}

/** The measure's effect in each plan year, as the engine computes it before on/off and probability. */
export function effectPerYear(doc: Scenario, effect: MeasureEffect): number[] {
  const years = Array.from({ length: doc.years }, (_, i) => doc.firstYear + i);
  if (effect.mode === 'explicit') return years.map((_, i) => effect.perYear[i] ?? 0);
  const fullYear = effect.mode === 'fte' ? effect.fte * effect.costPerFte : effect.fullYear;
  return years.map((y) => fullYear * (phaseIn(y, effect.startYear, effect.startMonth) ?? 0));
}

/** Patches that switch what drives the measure's effect, keeping its numbers where the new mode can hold them:
 *  FTEs × cost becomes a full-year effect with the FTEs kept as its basis (shown, not counted), a full-year effect
 *  becomes FTEs at the basis's cost or 0.7 mill., a phase-in becomes the same effect year by year, and an effect
 *  per year starts from the first year it has an effect. */
export function switchEffectMode(doc: Scenario, m: Measure, mode: EffectMode): Patch[] {
  const e = m.effect;
  if (e.mode === mode) return [];
  const fullYear = e.mode === 'fte' ? e.fte * e.costPerFte : e.fullYear;
  const start = e.mode === 'explicit' ? firstEffectYear(doc, e.perYear) : { startYear: e.startYear, startMonth: e.startMonth };
  let basis = m.fteBasis;
  let next: MeasureEffect;
  if (mode === 'fte') {
    const costPerFte = m.fteBasis?.costPerFte || DEFAULT_COST_PER_FTE;
    next = { mode, fte: m.fteBasis && m.fteBasis.fte * costPerFte === fullYear ? m.fteBasis.fte : fullYear / costPerFte, costPerFte, ...start };
    basis = undefined; // an FTE-based effect is its own basis
  } else if (mode === 'phasein') {
    next = { mode, fullYear, ...start };
    if (e.mode === 'fte') basis = { fte: e.fte, costPerFte: e.costPerFte };
  } else {
    next = { mode, fullYear, perYear: effectPerYear(doc, e) };
    if (e.mode === 'fte') basis = { fte: e.fte, costPerFte: e.costPerFte };
  }
  const path = ['measures', { id: m.id }];
  const patches: Patch[] = [{ op: 'set', path: [...path, 'effect'], value: next }];
  if (basis !== m.fteBasis) patches.push(basis === undefined ? { op: 'remove', path: [...path, 'fteBasis'] } : { op: 'set', path: [...path, 'fteBasis'], value: basis });
  return patches;
}

/** The start of an effect given per year: January of the first year with an effect, else of the first plan year. */
function firstEffectYear(doc: Scenario, perYear: readonly (number | null)[]): { startYear: number; startMonth: number } {
  const i = perYear.findIndex((v, k) => k < doc.years && v !== null && v !== 0);
  return { startYear: doc.firstYear + Math.max(0, i), startMonth: 1 };
}
