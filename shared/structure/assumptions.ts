// Removing an assumption: areas whose wage and price growth it computes keep today's numbers, typed in; services
// whose unit cost it indexes go back to fixed prices; a user formula that reads it blocks it (removal.ts).
import type { Scenario } from '../model/scenario';
import type { Patch } from '../patch/types';
import { completeRemoval, type Consequence, type RemovalPlan } from './removal';

/** An area's computed "Sum lønns- og prisvekst" per year, as the domain computes it (areas.ts): opprinnelig
 *  budsjett × the deflator, rounded; blank where the budget is blank. */
export function computedGrowth(doc: Scenario, areaId: string): (number | null)[] | null {
  const area = doc.areas.find((a) => a.id === areaId);
  const rate = doc.assumptions.find((x) => x.id === area?.deflatorId);
  if (area === undefined || rate === undefined) return null;
  return area.frame.originalBudget.map((base, y) => {
    const r = rate.kind === 'scalar' ? rate.value : rate.values[y];
    if (base === null || base === undefined) return null;
    return Math.round(base * (r ?? 0));
  });
}

export function planRemoveAssumption(doc: Scenario, id: string): RemovalPlan | null {
  const assumption = doc.assumptions.find((a) => a.id === id);
  if (assumption === undefined) return null;
  const patches: Patch[] = [];
  const consequences: Consequence[] = [];
  for (const area of doc.areas) {
    if (area.deflatorId !== id) continue;
    patches.push(
      { op: 'set', path: ['areas', { id: area.id }, 'frame', 'wageAndPriceGrowth'], value: computedGrowth(doc, area.id) },
      { op: 'remove', path: ['areas', { id: area.id }, 'deflatorId'] },
    );
    consequences.push({ effect: 'typed', kind: 'area', name: `${area.code} ${area.name}` });
  }
  for (const s of doc.demography.services) {
    if (s.costGrowthId !== id) continue;
    patches.push({ op: 'remove', path: ['demography', 'services', { id: s.id }, 'costGrowthId'] });
    consequences.push({ effect: 'unlinked', kind: 'service', name: s.name });
  }
  patches.push({ op: 'remove', path: ['assumptions', { id }] });
  return completeRemoval(doc, patches, consequences);
}
