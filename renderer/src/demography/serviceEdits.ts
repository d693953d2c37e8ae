// The edits of the services list: add one (with a coverage rate of 0 in every age group, to be typed in the grid),
// remove one, change its name, area, unit or whether it feeds the frame.
import type { Scenario } from '../../../shared/model';
import type { Service } from '../../../shared/model/demography';
import { newSlugId } from '../../../shared/model/slug';
import type { Patch } from '../../../shared/patch/types';

export function newService(doc: Scenario, name: string, unit: string): Service | null {
  const area = doc.areas[0];
  if (!area) return null;
  return {
    id: newSlugId(doc, name, 'tjeneste'),
    name,
    areaId: area.id,
    unit,
    coverage: Object.fromEntries(doc.demography.ageGroups.map((g) => [g.id, 0])),
    unitCost: 0,
    feedsFrame: true,
  };
}

export const addServicePatch = (service: Service): Patch => ({ op: 'insert', path: ['demography', 'services', { id: service.id }], value: service });

export const removeServicePatch = (id: string): Patch => ({ op: 'remove', path: ['demography', 'services', { id }] });

export type ServiceField = 'name' | 'areaId' | 'unit' | 'feedsFrame';

export function changeServicePatch(id: string, field: ServiceField, value: string | boolean): Patch {
  return { op: 'set', path: ['demography', 'services', { id }, field], value };
}
