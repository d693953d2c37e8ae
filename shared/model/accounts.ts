// Revised budget and accounts per area (årsevaluering), for the deviation in kroner and per cent. Rows carry
// their own code and name, because an annual report often lists areas a scenario does not model (P04, P06);
// `areaId` links a row to a modelled area when there is one.
import { z } from 'zod';
import { LIMITS } from './limits';
import { areaCodeSchema } from './area';
import { id, list, name, obj, series } from './kit';

export const statedDeviationSchema = obj({
  deviation: series().optional(),
  /** Deviation as a share of the revised budget (−0.036 = −3.6 %). */
  deviationShare: series().optional(),
});

export const accountRowSchema = obj({
  id: id(),
  code: areaCodeSchema(),
  name: name(),
  areaId: id().optional(),
  revisedBudget: series(),
  accounts: series(),
  stated: statedDeviationSchema.optional(),
});

export const accountsSchema = obj({
  rows: list(accountRowSchema, LIMITS.maxAccountRows),
  statedTotals: obj({
    revisedBudget: series().optional(),
    accounts: series().optional(),
    deviation: series().optional(),
    deviationShare: series().optional(),
  }).optional(),
});
export type Accounts = z.infer<typeof accountsSchema>;
export type AccountRow = z.infer<typeof accountRowSchema>;
