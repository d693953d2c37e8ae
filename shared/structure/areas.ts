// Removing a programme area: its items, measures, projects, services and user lines go with it; accounts rows and
// KOSTRA services stay, unlinked; a user formula elsewhere that reads one of its lines blocks it (removal.ts).
// Changing its code: the keys its lines have follow, and so do the formulas that read them.
import { areaPrefix } from '../domain/context';
import { formulaReferences } from '../engine/formulaCache';
import { rewriteReferences } from '../engine/refTokens';
import { formulasReading, inSection, type FormulaUse } from '../lines/whereUsed';
import { customLineKey } from '../model/customLine';
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

export type RecodeResult =
  | { ok: true; patches: Patch[]; rewritten: FormulaUse[] }
  /** 'tag': a formula sums one of the area's tags by name (sumtag("p05.innsparing")); 'rewrite': a formula could not
   *  be rewritten safely. The user changes that formula first. */
  | { ok: false; reason: 'tag' | 'rewrite'; use: FormulaUse };

/**
 * A programme area's new code, which starts its line keys (P05 → `p05.ramme`): the area's own lines move to the
 * new section, and every formula that reads the area's lines — and every line placed after one — is rewritten to
 * the new keys in the same patches, so nothing is left pointing at keys that are gone. The caller checks that the
 * code is valid and free.
 */
export function planRecodeArea(doc: Scenario, areaId: string, code: string): RecodeResult | null {
  const area = doc.areas.find((a) => a.id === areaId);
  if (area === undefined) return null;
  const patches: Patch[] = [{ op: 'set', path: ['areas', { id: areaId }, 'code'], value: code }];
  const from = areaPrefix(area);
  const to = areaPrefix({ code });
  if (from === to) return { ok: true, patches, rewritten: [] };
  const moved = (key: string) => (key.startsWith(`${from}.`) ? `${to}${key.slice(from.length)}` : undefined);
  const uses = formulasReading(doc, inSection(from));
  for (const line of doc.lines) {
    const path = ['lines', { id: line.id }];
    if (line.section === from) patches.push({ op: 'set', path: [...path, 'section'], value: to });
    if (line.after !== undefined && moved(line.after) !== undefined) patches.push({ op: 'set', path: [...path, 'after'], value: moved(line.after) });
    if (line.kind !== 'formula') continue;
    const use: FormulaUse = { id: line.id, key: customLineKey(line), label: line.label, reads: [] };
    if ((formulaReferences(line.formula)?.tags ?? []).some((tag) => tag.startsWith(`${from}.`))) return { ok: false, reason: 'tag', use };
    if (!uses.some((u) => u.id === line.id)) continue;
    const formula = rewriteReferences(line.formula, moved);
    if (formula === null) return { ok: false, reason: 'rewrite', use };
    patches.push({ op: 'set', path: [...path, 'formula'], value: formula });
  }
  // The area's own lines are named by their new keys in what is said about them.
  return { ok: true, patches, rewritten: uses.filter((u) => !doc.lines.some((l) => l.id === u.id && l.section === from)) };
}
