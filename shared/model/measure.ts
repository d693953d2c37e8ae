// A measure (tiltak): a saving or an increase of an area's frame. Amounts are entered as positive numbers in
// 1000 kr; `kind` says which way they go (a saving reduces the frame). Its effect per year is one of
//  - phasein: the full-year effect from a start year and month, (13 − month)/12 of it in the start year;
//  - explicit: the effect given for each year (e.g. Balanse 2021's 12.0 of 20.0 in the first year);
//  - fte: årsverk × cost per årsverk as the full-year effect, phased in like `phasein`.
// `fteBasis` shows the FTE arithmetic behind an effect that was set by judgement (it is displayed, not counted).
// `effectRange` says how far the realised effect may fall short of or exceed the plan; only the Monte Carlo
// analysis reads it (the plan and the risk-adjusted figures count the planned effect).
import { z } from './zod';
import { modelErrorMap } from './issues';
import { bool, id, literal, month, name, nonNegative, obj, oneOf, series, share, tagged, text, year } from './kit';
import { LIMITS } from './limits';

export const MEASURE_STATUSES = ['forslag', 'vedtatt', 'iverksatt', 'forkastet'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MEASURE_KINDS = ['saving', 'increase'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

const fte = obj({ fte: nonNegative(), costPerFte: nonNegative() });

export const measureEffectSchema = tagged('mode', [
  obj({ mode: literal('phasein'), fullYear: nonNegative(), startYear: year(), startMonth: month() }),
  obj({ mode: literal('explicit'), fullYear: nonNegative(), perYear: series() }),
  obj({ mode: literal('fte'), fte: nonNegative(), costPerFte: nonNegative(), startYear: year(), startMonth: month() }),
]);

const e = { error: modelErrorMap };

/** The bounds of an effect range, as shares of the planned effect: low 0..1, high 1..maxEffectShare. */
export const EFFECT_RANGE_BOUNDS = { low: [0, 1], high: [1, LIMITS.maxEffectShare] } as const;

/** Each bound gets one issue naming what it means and its interval (a plain "too large" says too little here). */
const bound = (which: 'low' | 'high') => {
  const [min, max] = EFFECT_RANGE_BOUNDS[which];
  const message = which === 'low' ? 'model.effectRangeLow' : 'model.effectRangeHigh';
  return z.number(e).refine((v) => v >= min && v <= max, { message, params: { min, max } });
};

/** The realised effect as shares of the planned one: low 0.6, high 1.1 = 60–110 % of the plan, most likely the
 *  plan itself. Absent: exactly as planned. */
export const effectRangeSchema = obj({ low: bound('low'), high: bound('high') });
export type EffectRange = z.infer<typeof effectRangeSchema>;

export const measureSchema = obj({
  id: id(),
  name: name(),
  /** The id of the programme area whose frame the measure changes. */
  areaId: id(),
  kind: oneOf(MEASURE_KINDS),
  effect: measureEffectSchema,
  /** Realisation probability 0..1: the risk-adjusted effect is effect × probability. */
  probability: share(),
  /** When realised, the effect lies between low × and high × the planned effect (Monte Carlo only). */
  effectRange: effectRangeSchema.optional(),
  status: oneOf(MEASURE_STATUSES),
  /** Switched on in the scenario. A rejected (forkastet) measure never counts, whatever this says. */
  included: bool(),
  notes: text().optional(),
  fteBasis: fte.optional(),
});
export type Measure = z.infer<typeof measureSchema>;
export type MeasureEffect = z.infer<typeof measureEffectSchema>;
