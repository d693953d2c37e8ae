// Revised budget and accounts per area (årsevaluering), for the deviation in kroner and per cent. Rows carry
// their own code and name, because an annual report often lists areas a scenario does not model (P04, P06);
// `areaId` links a row to a modelled area when there is one.
import { z } from './zod';
import { LIMITS } from './limits';
import { areaCodeSchema } from './area';
import { id, list, name, obj, series, share } from './kit';

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

/** The deviation share above which a row is flagged when the document sets none: 3 %. The seed's table (årsevaluering
 *  2023) falls into two groups, 3,5–4,5 % (P04, P05, P07: the deviations its area pages explain) and 0,1–1,1 %
 *  (P06, P08); 3 % is the round number between them. 5 % would flag none of them. */
export const DEFAULT_DEVIATION_THRESHOLD = 0.03;

export const accountsSchema = obj({
  /** Flag a row whose deviation exceeds this share of its revised budget, either way (0.03 = 3 %); absent: the
   *  default, DEFAULT_DEVIATION_THRESHOLD. A fraction like every share in the model, so the grid's percent input
   *  line edits it directly. */
  thresholdShare: share().optional(),
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
