// Copying measures from one scenario into another: each measure goes to the target's area with the same code
// (areas are matched by code, their ids may differ), keeps its id when the target has no measure with it, and an
// effect given per year is moved to the same calendar years. What cannot be copied is said with why.
import type { Measure } from '../model/measure';
import type { Scenario } from '../model/scenario';
import { slugId } from '../model/slug';
import type { Patch } from '../patch/types';
import { appendMeasures, measureIds } from './edits';
import type { Msg } from './paste';

export interface CopyPlan {
  patches: Patch[];
  copied: Measure[];
  /** Measures not copied, with why. */
  refused: { name: string; reason: Msg }[];
  /** Measures copied with a change the user should know of. */
  notes: { name: string; note: Msg }[];
}

export function copyMeasures(from: Scenario, ids: readonly string[], to: Scenario): CopyPlan {
  const plan: CopyPlan = { patches: [], copied: [], refused: [], notes: [] };
  const chosen = new Set(ids);
  const taken = measureIds(to);
  const areaByCode = new Map(to.areas.map((a) => [a.code.toLowerCase(), a.id]));
  const shift = to.firstYear - from.firstYear;
  for (const m of from.measures) {
    if (!chosen.has(m.id)) continue;
    const code = from.areas.find((a) => a.id === m.areaId)?.code ?? m.areaId;
    const areaId = areaByCode.get(code.toLowerCase());
    if (areaId === undefined) {
      plan.refused.push({ name: m.name, reason: { code: 'measuresUi.copy.noArea', params: { code, target: to.name } } });
      continue;
    }
    const copy: Measure = { ...m, areaId, id: taken.has(m.id) ? slugId(m.name, taken, 'tiltak') : m.id };
    taken.add(copy.id);
    if (m.effect.mode === 'explicit') {
      const per = m.effect.perYear;
      copy.effect = { ...m.effect, perYear: Array.from({ length: to.years }, (_, i) => per[i + shift] ?? null) };
      const last = from.firstYear + from.years - 1;
      if (to.firstYear < from.firstYear || to.firstYear + to.years - 1 > last) {
        plan.notes.push({ name: m.name, note: { code: 'measuresUi.copy.yearsMissing', params: { from: from.firstYear, to: last } } });
      }
    }
    plan.copied.push(copy);
  }
  plan.patches = appendMeasures(to, plan.copied);
  return plan;
}
