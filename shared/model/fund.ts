// The unrestricted reserve fund (disposisjonsfond): opening balance, itemised movements per year (signed as the
// seeds print them: + allocation, − use), and from which year the net operating result is carried to the fund.
import { z } from './zod';
import { LIMITS } from './limits';
import { amount, id, list, name, obj, series, text, year } from './kit';

export const fundMovementSchema = obj({
  id: id(),
  name: name(),
  /** + avsetning (allocation), − bruk (use). */
  values: series(),
  notes: text().optional(),
});

export const statedFundSchema = obj({
  closing: series().optional(),
  generalReserve: series().optional(),
  interestReserve: series().optional(),
  ownerRisk: series().optional(),
  required: series().optional(),
  deviation: series().optional(),
  shareOfRevenue: series().optional(),
});

export const fundSchema = obj({
  /** Balance at 1 January of the first plan year. */
  opening: amount(),
  movements: list(fundMovementSchema, LIMITS.maxFundMovements),
  /** From this year on the net operating result goes to (or is taken from) the fund; absent: never. */
  resultToFundFromYear: year().optional(),
  stated: statedFundSchema.optional(),
});
export type Fund = z.infer<typeof fundSchema>;
