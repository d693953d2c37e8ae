// Removing a programme area: its items, measures, projects, services and user lines go with it; accounts rows and
// KOSTRA services stay, unlinked; a user formula elsewhere that reads one of its lines blocks it (removal.ts).
import { areaPrefix } from '../domain/context';
import type { Scenario } from '../model/scenario';
import type { Patch } from '../patch/types';
import { completeRemoval, type Consequence, type RemovalPlan } from './removal';

export function planRemoveArea(doc: Scenario, areaId: string): RemovalPlan | null {
  const area = doc.areas.find((a) => a.id === areaId);
  if (area === undefined) return null;
  const patches: Patch[] = [];
  const consequences: Consequence[] = [];
  const goes = (kind: string, name: string, path: Patch['path']) => {
    patches.push({ op: 'remove', path });
    consequences.push({ effect: 'goes', kind, name });
  };
  const unlink = (kind: string, name: string, path: Patch['path']) => {
    patches.push({ op: 'remove', path });
    consequences.push({ effect: 'unlinked', kind, name });
  };
  for (const item of area.items) consequences.push({ effect: 'goes', kind: 'areaItem', name: item.name });
  for (const m of doc.measures) if (m.areaId === areaId) goes('measure', m.name, ['measures', { id: m.id }]);
  for (const p of doc.investments) if (p.areaId === areaId) goes('investment', p.name, ['investments', { id: p.id }]);
  for (const s of doc.demography.services) if (s.areaId === areaId) goes('service', s.name, ['demography', 'services', { id: s.id }]);
  const prefix = areaPrefix(area);
  for (const l of doc.lines) if (l.section === prefix) goes('customLine', l.label, ['lines', { id: l.id }]);
  for (const r of doc.accounts.rows) if (r.areaId === areaId) unlink('accountRow', `${r.code} ${r.name}`, ['accounts', 'rows', { id: r.id }, 'areaId']);
  for (const s of doc.kostra?.services ?? []) if (s.areaId === areaId) unlink('kostraService', s.name, ['kostra', 'services', { id: s.id }, 'areaId']);
  patches.push({ op: 'remove', path: ['areas', { id: areaId }] });
  return completeRemoval(doc, patches, consequences);
}
