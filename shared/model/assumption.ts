// Assumptions: named scalars or per-year series (wage growth, price growth, population growth …) that formulas
// and demographic unit costs refer to as `forutsetning.<id>`. Rates are stored as proportions (0.035 = 3.5 %).
import { z } from './zod';
import { amount, id, literal, name, obj, series, tagged, text, unit } from './kit';

const common = {
  id: id(),
  name: name(),
  unit: unit(),
  notes: text().optional(),
};

export const assumptionSchema = tagged('kind', [
  obj({ ...common, kind: literal('scalar'), value: amount().nullable() }),
  obj({ ...common, kind: literal('series'), values: series() }),
]);
export type Assumption = z.infer<typeof assumptionSchema>;
