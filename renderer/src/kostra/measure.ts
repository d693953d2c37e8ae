// "Gjør om til tiltak": a share of a theoretical savings potential becomes a proposed saving measure. The
// potential is what the KOSTRA lines compute (kostraPotentials, in 1000 kr); the measure phases in from January of
// its start year, is a proposal with a realisation probability of 50 %, and its notes say where it came from —
// a theoretical potential is a reason to look, not a decided cut.
import { kostraPotentials } from '../../../shared/domain/kostra';
import { formatNumber } from '../../../shared/format/numberFormat';
import { readInput } from '../../../shared/format/readInput';
import { t, tCode, type Lang } from '../../../shared/i18n';
import { newSlugId } from '../../../shared/model/slug';
import { LIMITS } from '../../../shared/model/limits';
import type { Measure } from '../../../shared/model/measure';
import type { Scenario } from '../../../shared/model/scenario';
import type { Patch } from '../../../shared/patch/types';

/** A service's id, the net total or the total of the services dearer than the peers. */
export type PotentialTarget = { kind: 'service'; id: string } | { kind: 'total' } | { kind: 'dearer' };

export interface MeasureChoice {
  target: PotentialTarget;
  /** 0 < share ≤ 1 (0.5 = 50 %). */
  share: number;
  areaId: string;
  startYear: number;
}

export const DEFAULT_SHARE = 0.5;
export const DEFAULT_PROBABILITY = 0.5;

export type MeasurePlan =
  | { ok: true; measure: Measure; patches: Patch[]; label: string; potential: number }
  | { ok: false; message: string };

/** The potential (1000 kr) and the name of what is targeted, or null when there is no such thing. */
export function targetPotential(doc: Scenario, target: PotentialTarget, lang: Lang): { potential: number; name: string } | null {
  const k = doc.kostra;
  if (k === undefined) return null;
  const p = kostraPotentials(k);
  if (target.kind === 'total') return { potential: p.total, name: t(lang, 'kostraUi.measure.targetTotal', { peer: k.peerGroup }) };
  if (target.kind === 'dearer') return { potential: p.totalDearer, name: t(lang, 'kostraUi.measure.targetDearer', { peer: k.peerGroup }) };
  const i = k.services.findIndex((s) => s.id === target.id);
  return i < 0 ? null : { potential: p.services[i].potential, name: k.services[i].name };
}

/** The start year suggested: the second plan year when there is one (measures are decided in the first to take
 *  effect from the next, as seed 000 says of 2024 and 2025), else the first. */
export function defaultStartYear(doc: Scenario): number {
  return doc.years > 1 ? doc.firstYear + 1 : doc.firstYear;
}

/** The area suggested: the service's own, else the first of the scenario. */
export function defaultArea(doc: Scenario, target: PotentialTarget): string {
  const own = target.kind === 'service' ? doc.kostra?.services.find((s) => s.id === target.id)?.areaId : undefined;
  return own ?? doc.areas[0]?.id ?? '';
}

/** The share field: typed in per cent. */
export const SHARE_FIELD = { percent: true, field: true } as const;

/** A share typed in per cent, read as a line shown in per cent reads it (readInput): "50", "50 %", "12,5", "125 ‰"
 *  → 0.5, 0.5, 0.125, 0.125; NaN when it is not a number or names an amount ("0,5 mill."). */
export function shareOf(text: string, lang?: Lang): number {
  const r = readInput(text, SHARE_FIELD, lang);
  return r.ok && r.value !== null ? r.value : Number.NaN;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The measure and the one edit that adds it, or why not. */
export function planKostraMeasure(doc: Scenario, choice: MeasureChoice, lang: Lang): MeasurePlan {
  const refuse = (code: string, params: Record<string, string | number> = {}): MeasurePlan => ({ ok: false, message: tCode(lang, code, params) });
  const k = doc.kostra;
  if (k === undefined) return refuse('kostraUi.noComparison');
  const target = targetPotential(doc, choice.target, lang);
  if (target === null) return refuse('kostraUi.unknownService');
  const n = (v: number, decimals = 0) => formatNumber(v, { lang, decimals });
  if (!(target.potential > 0)) return refuse('kostraUi.measure.noPotential', { name: target.name, potential: n(target.potential) });
  if (!(choice.share > 0 && choice.share <= 1)) return refuse('kostraUi.measure.badShare');
  const area = doc.areas.find((a) => a.id === choice.areaId);
  if (area === undefined) return refuse(doc.areas.length === 0 ? 'kostraUi.measure.noAreas' : 'kostraUi.unknownArea');
  const last = doc.firstYear + doc.years - 1;
  if (!Number.isInteger(choice.startYear) || choice.startYear < doc.firstYear || choice.startYear > last) {
    return refuse('kostraUi.measure.badYear', { first: String(doc.firstYear), last: String(last) });
  }
  if (doc.measures.length >= LIMITS.maxMeasures) return refuse('kostraUi.measure.tooMany', { max: LIMITS.maxMeasures });
  // To 100 kr: the share of a potential is an estimate, and 0.1 × 91 000 should not read 9 100.000000000002.
  const fullYear = Math.round(choice.share * target.potential * 10) / 10;
  const percent = n(choice.share * 100, Number.isInteger(choice.share * 100) ? 0 : 1);
  const name = clip(t(lang, choice.target.kind === 'service' ? 'kostraUi.measure.name' : 'kostraUi.measure.nameTotal', { name: target.name, peer: k.peerGroup }), LIMITS.maxName);
  const id = newSlugId(doc, name, 'tiltak');
  const measure: Measure = {
    id,
    name,
    areaId: area.id,
    kind: 'saving',
    effect: { mode: 'phasein', fullYear, startYear: choice.startYear, startMonth: 1 },
    probability: DEFAULT_PROBABILITY,
    status: 'forslag',
    included: true,
    notes: clip(
      t(lang, 'kostraUi.measure.notes', {
        share: percent,
        name: target.name,
        potential: n(target.potential),
        peer: k.peerGroup,
        year: String(k.year),
        source: k.source ?? '–',
      }),
      LIMITS.maxText,
    ),
  };
  return {
    ok: true,
    measure,
    patches: [{ op: 'insert', path: ['measures', { id }], value: measure }],
    label: t(lang, 'kostraUi.measure.label', { name: measure.name }),
    potential: target.potential,
  };
}
