// Building blocks for the schemas: every one carries modelErrorMap, so that every issue has an i18n key as its
// message, and every size is bounded (see limits.ts).
import { z } from './zod';
import { isValidId } from './ids';
import { modelErrorMap } from './issues';
import { LIMITS } from './limits';

const e = { error: modelErrorMap };

/** A finite number within ±1e15. */
export const amount = () => z.number(e).min(-LIMITS.maxAbs, e).max(LIMITS.maxAbs, e);
/** A finite number ≥ 0 (savings, costs and FTEs are entered as positive amounts). */
export const nonNegative = () => z.number(e).min(0, e).max(LIMITS.maxAbs, e);
/** A proportion 0..1 (probability, loan share, reserve share). */
export const share = () => z.number(e).min(0, e).max(1, e);
export const int = (min: number, max: number) => z.number(e).int(e).min(min, e).max(max, e);
export const year = () => int(LIMITS.minYear, LIMITS.maxYear);
export const month = () => int(1, 12);
export const bool = () => z.boolean(e);
export const str = () => z.string(e);

/** Free text: descriptions and notes. */
export const text = (max: number = LIMITS.maxText) => z.string(e).max(max, e);
/** A name shown in lists and grids: not blank. */
export const name = () =>
  z.string(e).max(LIMITS.maxName, e).refine((s) => s.trim() !== '', { message: 'model.empty' });
export const unit = () => z.string(e).max(LIMITS.maxUnit, e);
export const formula = () =>
  z.string(e).max(LIMITS.maxFormula, e).refine((s) => s.trim() !== '', { message: 'model.empty' });

export const id = () =>
  z
    .string(e)
    .max(LIMITS.maxIdLength, e)
    .refine((s) => isValidId(s), { message: 'model.invalidId' });

/** One value per plan year, from the first year on; null is blank (computed as 0). Missing years are blank too;
 *  values beyond the horizon are kept (so that lengthening the horizon brings them back) but not used. */
export const series = () => z.array(amount().nullable(), e).max(LIMITS.maxYears, e);
export type Series = (number | null)[];

export const obj = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, e);
export const list = <T extends z.ZodType>(item: T, max: number) => z.array(item, e).max(max, e);
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, e);
export const literal = <const T extends string | number>(value: T) => z.literal(value, e);

/** A union told apart by one field (`kind`, `mode`): a wrong tag gives one clear issue, not one per variant. */
export const tagged = <const D extends string, const T extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]]>(
  discriminator: D,
  options: T,
) => z.discriminatedUnion(discriminator, options, e);
