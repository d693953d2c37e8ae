// The measures grid's "Effekt lav" and "Effekt høy" columns: a measure's effect range (shares of its planned
// effect) shown and typed in per cent. A blank cell is 100 %, as planned; a range of 100–100 % is no range, and
// the field is removed. Every edit is one patch on the measure's `effectRange`, or a refusal that changes nothing.
import { formatNumber, readInput } from '../../../shared/format';
import type { Lang } from '../../../shared/i18n';
import { EFFECT_RANGE_BOUNDS, type Measure } from '../../../shared/model/measure';
import type { Patch } from '../../../shared/patch/types';

export type EffectBound = 'low' | 'high';

export type EffectRangeEdit =
  | { ok: true; patches: Patch[] }
  /** `code` is an i18n key (shared/i18n/workspace.ts or format.ts), `params` fill it. */
  | { ok: false; code: string; params: Record<string, string | number> };

/** The bound in per cent for the cell (62.5 for 0.625), or undefined when the measure has no range. Rounded to
 *  six decimals so that the editor shows 70, not 70.00000000000001. */
export function effectBoundPercent(m: Measure, bound: EffectBound): number | undefined {
  const v = m.effectRange?.[bound];
  return v === undefined ? undefined : Math.round(v * 1e8) / 1e6;
}

/** The cell's text: "60 %", "62,5 %", or blank when the measure has no range. */
export function formatEffectBound(percent: number | undefined, lang: Lang): string {
  if (percent === undefined) return '';
  const decimals = Number.isInteger(percent) ? 0 : Math.min(4, (String(percent).split('.')[1] ?? '').length);
  return formatNumber(percent / 100, { percent: true, decimals, lang });
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9;

/** The share `input` means: a bare number is per cent ("60" → 0.6), as is one with "%" ("60 %" → 0.6); a blank
 *  cell is the plan (1). A number the grid already holds is per cent too. */
function shareOf(input: unknown, lang: Lang): { ok: true; share: number } | { ok: false; code: string; params: Record<string, string | number> } {
  if (typeof input === 'number') return Number.isFinite(input) ? { ok: true, share: input / 100 } : { ok: false, code: 'format.notANumber', params: { text: String(input) } };
  const parsed = readInput(String(input ?? ''), { unit: 'andel', percent: true, field: true }, lang);
  if (!parsed.ok) return { ok: false, code: parsed.error.code, params: parsed.error.params };
  return { ok: true, share: parsed.value ?? 1 };
}

/** What typing `input` into the measure's low or high cell does: the patches (none when nothing changes), or why
 *  it is refused. */
export function effectRangeEdit(m: Measure, bound: EffectBound, input: unknown, lang: Lang = 'nb'): EffectRangeEdit {
  const parsed = shareOf(input, lang);
  if (!parsed.ok) return parsed;
  const [min, max] = EFFECT_RANGE_BOUNDS[bound];
  if (!(parsed.share >= min - 1e-12 && parsed.share <= max + 1e-12)) {
    const pct = (v: number) => formatNumber(v, { percent: true, decimals: 0, lang });
    return { ok: false, code: bound === 'low' ? 'm.effectLow.range' : 'm.effectHigh.range', params: { min: pct(min), max: pct(max) } };
  }
  // Within rounding of a bound, the bound itself (so 100 % is exactly the plan).
  const share = Math.min(max, Math.max(min, parsed.share));
  const before = m.effectRange ?? { low: 1, high: 1 };
  if (same(before[bound], share)) return { ok: true, patches: [] };
  const after = { ...before, [bound]: share };
  const path = ['measures', { id: m.id }, 'effectRange'];
  if (after.low === 1 && after.high === 1) return { ok: true, patches: [{ op: 'remove', path }] };
  return { ok: true, patches: [{ op: 'set', path, value: after }] };
}
