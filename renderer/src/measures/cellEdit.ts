// What typing into a cell of the measures table does: the patches of one edit of the measure, or why it is refused
// (and then nothing changes). Amounts are read in 1000 kr ("12,0 mill." is 12 000), the probability in per cent.
import { formatNumber, readInput, type InputTarget } from '../../../shared/format';
import type { Lang } from '../../../shared/i18n';
import { EFFECT_MODES, switchEffectMode, type EffectMode } from '../../../shared/measures/edits';
import { LIMITS } from '../../../shared/model/limits';
import { MEASURE_KINDS, MEASURE_STATUSES, type Measure } from '../../../shared/model/measure';
import type { Scenario } from '../../../shared/model/scenario';
import type { Patch, PathSeg } from '../../../shared/patch/types';
import { effectRangeEdit } from './effectRange';

export type CellEdit =
  /** `read`: the text as typed when it named a unit, and the value stored as the column shows it ("1,5 mill." →
   *  "1 500"), for the undo label. */
  | { ok: true; patches: Patch[]; read?: { text: string; value: string } }
  /** `code` is an i18n key, `params` fill it. */
  | { ok: false; code: string; params: Record<string, string | number> };

const none: CellEdit = { ok: true, patches: [] };
const refuse = (code: string, params: Record<string, string | number> = {}): CellEdit => ({ ok: false, code, params });

/** Columns whose value is a number, with what typed text is read into (readInput): amounts in 1000 kr
 *  ("1,5 mill." is 1 500), the probability shown in per cent ("60" and "60 %" are 0.6). */
const NUMBER_TARGETS: Record<string, InputTarget> = {
  fullYear: { unit: '1000 kr', field: true },
  costPerFte: { unit: '1000 kr', field: true },
  fte: { unit: 'årsverk', field: true },
  startYear: { unit: 'år', field: true },
  startMonth: { unit: 'måned', field: true },
  probability: { unit: 'andel', percent: true, field: true },
};

function numberOf(value: unknown, target: InputTarget, lang: Lang): { ok: true; value: number; read?: string } | CellEdit {
  // A number the grid's editor still holds is the cell as shown (per cent points for the probability).
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value: target.percent ? value / 100 : value } : refuse('format.notANumber', { text: String(value) });
  }
  const parsed = readInput(String(value ?? ''), target, lang);
  if (!parsed.ok) return refuse(parsed.error.code, parsed.error.params);
  if (parsed.value === null) return refuse('m.required');
  return { ok: true, value: parsed.value, read: parsed.read };
}

/** Where a number column of the measure is kept: its effect, or the FTE basis shown beside a typed effect. */
function numberPath(m: Measure, col: string): PathSeg[] | null {
  const base: PathSeg[] = ['measures', { id: m.id }];
  const e = m.effect;
  switch (col) {
    case 'fullYear':
      return e.mode === 'fte' ? null : [...base, 'effect', 'fullYear'];
    case 'startYear':
    case 'startMonth':
      return e.mode === 'explicit' ? null : [...base, 'effect', col];
    case 'fte':
    case 'costPerFte':
      if (e.mode === 'fte') return [...base, 'effect', col];
      return m.fteBasis ? [...base, 'fteBasis', col] : null;
    case 'probability':
      return [...base, 'probability'];
    default:
      return null;
  }
}

function currentNumber(m: Measure, col: string): number | undefined {
  if (col === 'probability') return m.probability;
  const e = m.effect as Record<string, unknown>;
  if (typeof e[col] === 'number') return e[col];
  const basis = m.fteBasis as Record<string, number> | undefined;
  return basis?.[col];
}

/** The patches of typing `value` into column `col` of measure `m`. */
export function measureCellEdit(doc: Scenario, m: Measure, col: string, value: unknown, lang: Lang): CellEdit {
  const path = (field: string): PathSeg[] => ['measures', { id: m.id }, field];
  const set = (field: string, v: unknown): CellEdit => ({ ok: true, patches: [{ op: 'set', path: path(field), value: v }] });
  switch (col) {
    case 'effectLow':
    case 'effectHigh':
      return effectRangeEdit(m, col === 'effectLow' ? 'low' : 'high', value, lang);
    case 'included':
      return value === m.included || typeof value !== 'boolean' ? none : set('included', value);
    case 'name': {
      const name = String(value ?? '').trim();
      if (name === '') return refuse('measuresUi.nameRequired');
      if (name.length > LIMITS.maxName) return refuse('measuresUi.nameTooLong', { max: LIMITS.maxName });
      return name === m.name ? none : set('name', name);
    }
    case 'areaId':
      if (!doc.areas.some((a) => a.id === value)) return refuse('measuresUi.unknownArea');
      return value === m.areaId ? none : set('areaId', value);
    case 'kind':
      return !(MEASURE_KINDS as readonly unknown[]).includes(value) || value === m.kind ? none : set('kind', value);
    case 'status':
      return !(MEASURE_STATUSES as readonly unknown[]).includes(value) || value === m.status ? none : set('status', value);
    case 'mode':
      return (EFFECT_MODES as readonly unknown[]).includes(value) ? { ok: true, patches: switchEffectMode(doc, m, value as EffectMode) } : none;
    case 'notes': {
      const text = String(value ?? '').trim();
      if (text.length > LIMITS.maxText) return refuse('measuresUi.noteTooLong', { max: LIMITS.maxText });
      if (text === (m.notes ?? '')) return none;
      return text === '' ? { ok: true, patches: [{ op: 'remove', path: path('notes') }] } : set('notes', text);
    }
  }
  const input = NUMBER_TARGETS[col];
  const target = numberPath(m, col);
  if (input === undefined || target === null) return none;
  const n = numberOf(value, input, lang);
  if (!('value' in n)) return n;
  const v = n.value;
  if (col === 'probability') {
    if (!(v >= 0 && v <= 1)) return refuse('measuresUi.badProbability');
  } else if (col === 'startMonth') {
    if (!Number.isInteger(v) || v < 1 || v > 12) return refuse('measuresUi.badMonth');
  } else if (col === 'startYear') {
    if (!Number.isInteger(v) || v < LIMITS.minYear || v > LIMITS.maxYear) return refuse('measuresUi.badYear', { min: LIMITS.minYear, max: LIMITS.maxYear });
  } else if (v < 0) {
    return refuse('measuresUi.negative');
  }
  if (v === currentNumber(m, col)) return none;
  const patches: Patch[] = [{ op: 'set', path: target, value: v }];
  if (n.read === undefined) return { ok: true, patches };
  const shown = col === 'probability' ? formatNumber(v, { percent: true, lang }) : formatNumber(v, { lang, decimals: Number.isInteger(v) ? 0 : 2 });
  return { ok: true, patches, read: { text: n.read, value: shown } };
}
