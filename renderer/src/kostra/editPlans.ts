// Edits of the comparison by hand, as patches: add a service (zeros the user fills in the grid), rename it, link it
// to a programme area, remove it; change the peer group's name, the cost unit or the year; remove the comparison.
// Each returns the patches of one undoable edit, or a message (an i18n key) saying why it cannot be done.
import { t, tCode, type Lang } from '../../../shared/i18n';
import type { Kostra, KostraCostUnit, KostraService } from '../../../shared/model/kostra';
import { KOSTRA_COST_UNITS } from '../../../shared/model/kostra';
import { LIMITS } from '../../../shared/model/limits';
import type { Scenario } from '../../../shared/model/scenario';
import type { Patch } from '../../../shared/patch/types';
import { slugId } from '../../../shared/model/slug';

export type EditPlan = { ok: true; patches: Patch[]; label: string } | { ok: false; message: string };

/** Applies a plan as one edit (none when it changes nothing), or says why it was refused; false when refused. */
export function applyPlan(
  plan: EditPlan,
  onApply: (patches: Patch[], label: string) => void,
  onMessage: (text: string, kind: 'error') => void,
): boolean {
  if (!plan.ok) {
    onMessage(plan.message, 'error');
    return false;
  }
  if (plan.patches.length > 0) onApply(plan.patches, plan.label);
  return true;
}

const refuse = (lang: Lang, code: string, params: Record<string, string | number> = {}): EditPlan => ({ ok: false, message: tCode(lang, code, params) });

/** A comparison to start from when the user enters services by hand. */
export function emptyKostra(doc: Scenario, lang: Lang): Kostra {
  return { peerGroup: t(lang, 'kostraUi.defaultPeer'), costUnit: 'kr', year: Math.max(LIMITS.minYear, doc.firstYear - 1), services: [] };
}

/** A new service with zeros, at the end; the comparison is created with it when there is none. */
export function addService(doc: Scenario, lang: Lang): EditPlan & { id?: string } {
  const k = doc.kostra;
  const count = k?.services.length ?? 0;
  if (count >= LIMITS.maxKostraServices) return refuse(lang, 'kostraUi.tooMany', { max: LIMITS.maxKostraServices });
  const names = new Set((k?.services ?? []).map((s) => s.name));
  let name = t(lang, 'kostraUi.newService');
  for (let n = 2; names.has(name); n++) name = t(lang, 'kostraUi.newServiceN', { n });
  const id = slugId(name, new Set((k?.services ?? []).map((s) => s.id)), 'tjeneste');
  const service: KostraService = { id, name, unit: '', ownUnitCost: 0, peerUnitCost: 0, volume: 0 };
  const label = t(lang, 'kostraUi.edit.add', { name });
  const patches: Patch[] =
    k === undefined
      ? [{ op: 'set', path: ['kostra'], value: { ...emptyKostra(doc, lang), services: [service] } }]
      : [{ op: 'insert', path: ['kostra', 'services', { id }], value: service }];
  return { ok: true, patches, label, id };
}

function findService(doc: Scenario, id: string): KostraService | undefined {
  return doc.kostra?.services.find((s) => s.id === id);
}

export function removeService(doc: Scenario, id: string, lang: Lang): EditPlan {
  const svc = findService(doc, id);
  if (svc === undefined) return refuse(lang, 'kostraUi.unknownService');
  return { ok: true, patches: [{ op: 'remove', path: ['kostra', 'services', { id }] }], label: t(lang, 'kostraUi.edit.remove', { name: svc.name }) };
}

/** Rename a service or change its volume unit. A name may not be blank. */
export function setServiceText(doc: Scenario, id: string, field: 'name' | 'unit', value: string, lang: Lang): EditPlan {
  const svc = findService(doc, id);
  if (svc === undefined) return refuse(lang, 'kostraUi.unknownService');
  const text = value.trim();
  if (field === 'name' && text === '') return refuse(lang, 'kostraUi.nameBlank');
  const max = field === 'name' ? LIMITS.maxName : LIMITS.maxUnit;
  if (text.length > max) return refuse(lang, 'kostraUi.textTooLong', { max });
  if (text === svc[field]) return { ok: true, patches: [], label: '' };
  return {
    ok: true,
    patches: [{ op: 'set', path: ['kostra', 'services', { id }, field], value: text }],
    label: t(lang, field === 'name' ? 'kostraUi.edit.rename' : 'kostraUi.edit.unit', { name: svc.name, value: text }),
  };
}

/** Link a service to a programme area, or unlink it (areaId ''). */
export function setServiceArea(doc: Scenario, id: string, areaId: string, lang: Lang): EditPlan {
  const svc = findService(doc, id);
  if (svc === undefined) return refuse(lang, 'kostraUi.unknownService');
  if (areaId === (svc.areaId ?? '')) return { ok: true, patches: [], label: '' };
  const path = ['kostra', 'services', { id }, 'areaId'];
  if (areaId === '') return { ok: true, patches: [{ op: 'remove', path }], label: t(lang, 'kostraUi.edit.area', { name: svc.name, area: '–' }) };
  const area = doc.areas.find((a) => a.id === areaId);
  if (area === undefined) return refuse(lang, 'kostraUi.unknownArea');
  return { ok: true, patches: [{ op: 'set', path, value: areaId }], label: t(lang, 'kostraUi.edit.area', { name: svc.name, area: `${area.code} ${area.name}` }) };
}

export function setPeerGroup(doc: Scenario, value: string, lang: Lang): EditPlan {
  const k = doc.kostra;
  if (k === undefined) return refuse(lang, 'kostraUi.noComparison');
  const text = value.trim();
  if (text === '') return refuse(lang, 'kostraUi.peerBlank');
  if (text.length > LIMITS.maxName) return refuse(lang, 'kostraUi.textTooLong', { max: LIMITS.maxName });
  if (text === k.peerGroup) return { ok: true, patches: [], label: '' };
  return { ok: true, patches: [{ op: 'set', path: ['kostra', 'peerGroup'], value: text }], label: t(lang, 'kostraUi.edit.peer', { value: text }) };
}

/** The unit of the unit costs. The numbers stay as typed: a change of unit is a change of what they mean. */
export function setCostUnit(doc: Scenario, unit: string, lang: Lang): EditPlan {
  const k = doc.kostra;
  if (k === undefined) return refuse(lang, 'kostraUi.noComparison');
  if (!(KOSTRA_COST_UNITS as readonly string[]).includes(unit)) return refuse(lang, 'kostraUi.badUnit', { options: KOSTRA_COST_UNITS.join(', ') });
  if (unit === k.costUnit) return { ok: true, patches: [], label: '' };
  return { ok: true, patches: [{ op: 'set', path: ['kostra', 'costUnit'], value: unit as KostraCostUnit }], label: t(lang, 'kostraUi.edit.unitCost', { value: unit }) };
}

export function setYear(doc: Scenario, value: number, lang: Lang): EditPlan {
  const k = doc.kostra;
  if (k === undefined) return refuse(lang, 'kostraUi.noComparison');
  if (!Number.isInteger(value) || value < LIMITS.minYear || value > LIMITS.maxYear) {
    return refuse(lang, 'kostraUi.badYear', { min: String(LIMITS.minYear), max: String(LIMITS.maxYear) });
  }
  if (value === k.year) return { ok: true, patches: [], label: '' };
  return { ok: true, patches: [{ op: 'set', path: ['kostra', 'year'], value }], label: t(lang, 'kostraUi.edit.year', { value: String(value) }) };
}

export function removeComparison(doc: Scenario, lang: Lang): EditPlan {
  const k = doc.kostra;
  if (k === undefined) return refuse(lang, 'kostraUi.noComparison');
  return { ok: true, patches: [{ op: 'remove', path: ['kostra'] }], label: t(lang, 'kostraUi.edit.removeAll', { peer: k.peerGroup }) };
}
