// Edits of named assumptions, as patches: add (a name, one value or one per year, a unit), rename, change the
// unit or whether it has one value or one per year, move. The values are typed in the grid below
// (`forutsetning.<id>`). Removal goes through shared/structure (frames and formulas may use it).
import { t, type Lang } from '../../../shared/i18n';
import type { Assumption } from '../../../shared/model/assumption';
import { blankSeries } from '../../../shared/model/blank';
import { LIMITS } from '../../../shared/model/limits';
import type { Scenario } from '../../../shared/model/scenario';
import { newSlugId } from '../../../shared/model/slug';
import { checkName, movePlan, nothing, one, refuse, renamePlan, type EditPlan } from '../structure/plans';

/** Units an assumption can have: a rate (shown as per cent), an amount in 1000 kr, or a plain number. */
export const ASSUMPTION_UNITS = ['andel', '1000 kr', ''] as const;

const path = (id: string) => ['assumptions', { id }];
const find = (doc: Scenario, id: string) => doc.assumptions.find((a) => a.id === id);

export function addAssumption(doc: Scenario, nameText: string, kind: Assumption['kind'], unit: string, lang: Lang): EditPlan & { id?: string } {
  if (doc.assumptions.length >= LIMITS.maxAssumptions) return refuse(lang, 'structure.tooMany', { max: LIMITS.maxAssumptions });
  if (!(ASSUMPTION_UNITS as readonly string[]).includes(unit)) return refuse(lang, 'structure.unknown');
  const n = checkName(nameText, lang);
  if (!n.ok) return n.plan;
  if (doc.assumptions.some((a) => a.name.toLocaleLowerCase(lang) === n.name.toLocaleLowerCase(lang))) return refuse(lang, 'structure.assumption.nameTaken', { name: n.name });
  const id = newSlugId(doc, n.name, 'forutsetning');
  const value: Assumption =
    kind === 'scalar' ? { id, name: n.name, unit, kind, value: null } : { id, name: n.name, unit, kind, values: blankSeries(doc.years) };
  return { ...one([{ op: 'insert', path: path(id), value }], t(lang, 'structure.assumption.edit.add', { name: n.name })), id };
}

export function renameAssumption(doc: Scenario, id: string, value: string, lang: Lang): EditPlan {
  return renamePlan(find(doc, id), path(id), value, 'structure.assumption.edit.rename', lang);
}

export function setAssumptionUnit(doc: Scenario, id: string, unit: string, lang: Lang): EditPlan {
  const a = find(doc, id);
  if (!a || !(ASSUMPTION_UNITS as readonly string[]).includes(unit)) return refuse(lang, 'structure.unknown');
  if (a.unit === unit) return nothing;
  return one([{ op: 'set', path: [...path(id), 'unit'], value: unit }], t(lang, 'structure.assumption.edit.unit', { name: a.name }));
}

/** One value for every year, or one per year: one value becomes every year's; per year becomes the first year's
 *  value that is filled in. */
export function setAssumptionKind(doc: Scenario, id: string, kind: Assumption['kind'], lang: Lang): EditPlan {
  const a = find(doc, id);
  if (!a) return refuse(lang, 'structure.unknown');
  if (a.kind === kind) return nothing;
  const common = { id: a.id, name: a.name, unit: a.unit, ...(a.notes !== undefined ? { notes: a.notes } : {}) };
  const next: Assumption =
    a.kind === 'scalar'
      ? { ...common, kind: 'series', values: blankSeries(doc.years).map(() => a.value) }
      : { ...common, kind: 'scalar', value: a.values.find((v) => v !== null && v !== undefined) ?? null };
  return one([{ op: 'set', path: path(id), value: next }], t(lang, `structure.assumption.edit.${kind}`, { name: a.name }));
}

export function moveAssumption(doc: Scenario, id: string, delta: -1 | 1, lang: Lang): EditPlan {
  const a = find(doc, id);
  if (!a) return refuse(lang, 'structure.unknown');
  return movePlan(doc.assumptions, ['assumptions'], id, delta, t(lang, 'structure.assumption.edit.move', { name: a.name }));
}
