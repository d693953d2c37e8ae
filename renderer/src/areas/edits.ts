// Edits of programme areas and their frames, as patches: add (code and name), rename, move, choose how wage and
// price growth is found (typed, or from a deflator assumption), frame items (add, rename, move), and the totals
// a published table prints. Removals go through shared/structure, which says what goes with them and what blocks.
import { formatNumber } from '../../../shared/format/numberFormat';
import { readInput } from '../../../shared/format/readInput';
import { t, type Lang } from '../../../shared/i18n';
import { AREA_CODE_PATTERN, type Area } from '../../../shared/model/area';
import { blankSeries } from '../../../shared/model/blank';
import { LIMITS } from '../../../shared/model/limits';
import type { Scenario } from '../../../shared/model/scenario';
import { codeProblem } from '../../../shared/model/sections';
import { usesText } from '../../../shared/lines';
import { planRecodeArea } from '../../../shared/structure';
import { newSlugId } from '../../../shared/model/slug';
import { checkName, movePlan, nothing, one, refuse, renamePlan, type EditPlan } from '../structure/plans';

/** The printed totals of a rammeoversikt, in the order the table prints them. */
export const STATED_FIELDS = ['consequenceAdjusted', 'newMeasuresAndChanges', 'frame'] as const;
export type StatedField = (typeof STATED_FIELDS)[number];

const areaPath = (id: string) => ['areas', { id }];
const findArea = (doc: Scenario, id: string) => doc.areas.find((a) => a.id === id);
const areaName = (a: Area) => `${a.code} ${a.name}`;

/** Why `code` cannot be the code of an area (other than `except`), or null. Codes differ in more than case: the
 *  lower-case code starts the area's keys. */
function codeRefusal(doc: Scenario, code: string, lang: Lang, except?: string): EditPlan | null {
  if (!AREA_CODE_PATTERN.test(code)) return refuse(lang, 'structure.area.badCode', { code });
  if (codeProblem(code) === 'reserved') return refuse(lang, 'structure.area.reservedCode', { code });
  const prefix = code.toLowerCase();
  // Only a change of case keeps the area's own keys; else the keys may be neither another area's nor those of
  // lines of one's own left in a section of that name.
  const own = except !== undefined && findArea(doc, except)?.code.toLowerCase() === prefix;
  if (!own && (doc.areas.some((a) => a.code.toLowerCase() === prefix) || doc.lines.some((l) => l.section === prefix))) {
    return refuse(lang, 'structure.area.codeTaken', { code });
  }
  return null;
}

export function addArea(doc: Scenario, codeText: string, nameText: string, lang: Lang): EditPlan & { id?: string } {
  const code = codeText.trim();
  const refused = codeRefusal(doc, code, lang);
  if (refused) return refused;
  if (doc.areas.length >= LIMITS.maxAreas) return refuse(lang, 'structure.tooMany', { max: LIMITS.maxAreas });
  const n = checkName(nameText, lang);
  if (!n.ok) return n.plan;
  // The area's key prefix is its code; its id is the code as well, as in the examples (P05 → p05).
  const id = newSlugId(doc, code, 'omrade');
  const blank = () => blankSeries(doc.years);
  const area: Area = { id, code, name: n.name, frame: { originalBudget: blank(), previousDecisions: blank(), currentYearChanges: blank(), wageAndPriceGrowth: blank() }, items: [] };
  return { ...one([{ op: 'insert', path: ['areas', { id }], value: area }], t(lang, 'structure.area.edit.add', { name: areaName(area) })), id };
}

export function renameArea(doc: Scenario, id: string, value: string, lang: Lang): EditPlan {
  return renamePlan(findArea(doc, id), areaPath(id), value, 'structure.area.edit.rename', lang);
}

/** A new code for an area: its line keys follow (`p05.ramme` → `p06.ramme`), and so do the formulas that read them,
 *  in one step. `said` gets what was rewritten, for a message. */
export function recodeArea(doc: Scenario, id: string, codeText: string, lang: Lang, said?: (text: string) => void): EditPlan {
  const area = findArea(doc, id);
  if (!area) return refuse(lang, 'structure.unknown');
  const code = codeText.trim();
  if (code === area.code) return nothing;
  const refused = codeRefusal(doc, code, lang, id);
  if (refused) return refused;
  const r = planRecodeArea(doc, id, code);
  if (r === null) return refuse(lang, 'structure.unknown');
  if (!r.ok) return refuse(lang, `structure.area.recode.${r.reason}`, { code: area.code, label: r.use.label, key: r.use.key });
  if (r.rewritten.length > 0) said?.(t(lang, 'structure.area.recoded', { before: area.code, after: code, uses: usesText(r.rewritten) }));
  return one(r.patches, t(lang, 'structure.area.edit.recode', { name: area.name, before: area.code, after: code }));
}

export function moveArea(doc: Scenario, id: string, delta: -1 | 1, lang: Lang): EditPlan {
  const area = findArea(doc, id);
  if (!area) return refuse(lang, 'structure.unknown');
  return movePlan(doc.areas, ['areas'], id, delta, t(lang, 'structure.area.edit.move', { name: areaName(area) }));
}

/** '' = typed; else the id of the assumption that computes the growth. */
export function setDeflator(doc: Scenario, id: string, assumptionId: string, lang: Lang): EditPlan {
  const area = findArea(doc, id);
  if (!area) return refuse(lang, 'structure.unknown');
  if (assumptionId === (area.deflatorId ?? '')) return nothing;
  const path = [...areaPath(id), 'deflatorId'];
  if (assumptionId === '') return one([{ op: 'remove', path }], t(lang, 'structure.area.edit.growthTyped', { name: areaName(area) }));
  const a = doc.assumptions.find((x) => x.id === assumptionId);
  if (!a) return refuse(lang, 'structure.unknown');
  return one([{ op: 'set', path, value: assumptionId }], t(lang, 'structure.area.edit.growthFrom', { name: areaName(area), assumption: a.name }));
}

export function addItem(doc: Scenario, areaId: string, nameText: string, lang: Lang): EditPlan {
  const area = findArea(doc, areaId);
  if (!area) return refuse(lang, 'structure.unknown');
  if (area.items.length >= LIMITS.maxItemsPerArea) return refuse(lang, 'structure.tooMany', { max: LIMITS.maxItemsPerArea });
  const n = checkName(nameText, lang);
  if (!n.ok) return n.plan;
  const id = newSlugId(doc, n.name, 'post');
  const item = { id, name: n.name, values: blankSeries(doc.years) };
  return one([{ op: 'insert', path: [...areaPath(areaId), 'items', { id }], value: item }], t(lang, 'structure.item.edit.add', { name: n.name, area: area.code }));
}

export function renameItem(doc: Scenario, areaId: string, itemId: string, value: string, lang: Lang): EditPlan {
  const item = findArea(doc, areaId)?.items.find((i) => i.id === itemId);
  return renamePlan(item, [...areaPath(areaId), 'items', { id: itemId }], value, 'structure.item.edit.rename', lang);
}

export function moveItem(doc: Scenario, areaId: string, itemId: string, delta: -1 | 1, lang: Lang): EditPlan {
  const area = findArea(doc, areaId);
  const item = area?.items.find((i) => i.id === itemId);
  if (!area || !item) return refuse(lang, 'structure.unknown');
  return movePlan(area.items, [...areaPath(areaId), 'items'], itemId, delta, t(lang, 'structure.item.edit.move', { name: item.name }));
}

/** A printed total is read as a field in 1000 kr ("449,9 mill." is 449 900). */
export const STATED_TARGET = { unit: '1000 kr', field: true } as const;

/**
 * One printed total in one year, typed as the table prints it ("449.865", "− 1 384"); blank clears it. A total
 * with no year left is removed, and so are the printed totals when none is left: nothing stays half set.
 */
export function setStated(doc: Scenario, areaId: string, field: StatedField, yearIndex: number, text: string, lang: Lang): EditPlan {
  const area = findArea(doc, areaId);
  if (!area || yearIndex < 0 || yearIndex >= doc.years) return refuse(lang, 'structure.unknown');
  const parsed = readInput(text, STATED_TARGET, lang);
  if (!parsed.ok) {
    // A unit that does not fit says what it is and what the table takes; other text is not a number.
    return parsed.error.code === 'format.notANumber' || parsed.error.code === 'format.badGrouping'
      ? refuse(lang, 'structure.stated.notANumber', { text: text.trim() })
      : refuse(lang, parsed.error.code, parsed.error.params);
  }
  const current = area.stated?.[field];
  const before = current?.[yearIndex] ?? null;
  if (parsed.value === before) return nothing;
  const series = current ? [...current] : blankSeries(doc.years);
  while (series.length < doc.years) series.push(null);
  series[yearIndex] = parsed.value;
  const stated = { ...area.stated };
  if (series.every((v) => v === null)) delete stated[field];
  else stated[field] = series;
  const path = [...areaPath(areaId), 'stated'];
  const year = doc.firstYear + yearIndex;
  const label = t(lang, 'structure.stated.edit', {
    area: area.code,
    what: t(lang, `structure.stated.${field}`),
    year: String(year),
    value: parsed.value === null ? '–' : parsed.read ? `${parsed.read} → ${formatNumber(parsed.value, { lang })}` : formatNumber(parsed.value, { lang }),
  });
  return one([Object.keys(stated).length === 0 ? { op: 'remove', path } : { op: 'set', path, value: stated }], label);
}

export function clearStated(doc: Scenario, areaId: string, lang: Lang): EditPlan {
  const area = findArea(doc, areaId);
  if (!area) return refuse(lang, 'structure.unknown');
  if (area.stated === undefined) return nothing;
  return one([{ op: 'remove', path: [...areaPath(areaId), 'stated'] }], t(lang, 'structure.stated.clear', { area: area.code }));
}
