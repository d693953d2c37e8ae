// Demography: population by age group and year (e.g. from SSB), and services whose demand follows it.
// A service's demand = Σ population in group × coverage rate in that group; its cost = demand × unit cost; the
// change in cost from the base year is offered as the demographic adjustment of its area's frame.
import { z } from './zod';
import { LIMITS } from './limits';
import { modelErrorMap } from './issues';
import { bool, id, int, list, name, nonNegative, obj, series, text, unit, year } from './kit';

export const ageGroupSchema = obj({
  id: id(),
  name: name(),
  fromAge: int(0, LIMITS.maxAge).optional(),
  /** Inclusive; absent for an open-ended oldest group ("90 år og over"). */
  toAge: int(0, LIMITS.maxAge).optional(),
  population: series(),
});

/** Coverage rate per age group, keyed by the age group's id: users (or places, hours) per inhabitant of the
 *  group, 0.12 = 12 % of the group. A record, so that an edit addresses a rate by the group's id. */
export const coverageSchema = z.preprocess(
  (raw, ctx) => {
    // zod's record drops a `__proto__` key without a word; refuse it like any unknown key.
    if (raw !== null && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, '__proto__')) {
      ctx.addIssue({ code: 'custom', message: 'model.unknownKeys', params: { keys: '«__proto__»' } });
    }
    return raw;
  },
  z
    .record(id(), nonNegative(), { error: modelErrorMap })
    .refine((r) => Object.keys(r).length <= LIMITS.maxAgeGroups, { message: 'model.tooMany', params: { max: LIMITS.maxAgeGroups } }),
);

export const serviceSchema = obj({
  id: id(),
  name: name(),
  /** The programme area whose frame the service's demographic adjustment changes. */
  areaId: id(),
  /** What demand counts, e.g. "plasser", "brukere". */
  unit: unit(),
  coverage: coverageSchema,
  /** Cost per unit of demand per year, 1000 kr, in base-year prices. */
  unitCost: nonNegative(),
  /** An assumption (a growth rate series) that indexes the unit cost from the first plan year; absent: fixed
   *  prices, as the frames of a plan are. */
  costGrowthId: id().optional(),
  /** Whether the change from the base year feeds the area's frame. */
  feedsFrame: bool(),
  notes: text().optional(),
});

export const demographySchema = obj({
  /** The year the change is measured from; absent: the first plan year. */
  baseYear: year().optional(),
  ageGroups: list(ageGroupSchema, LIMITS.maxAgeGroups),
  services: list(serviceSchema, LIMITS.maxServices),
});
export type Demography = z.infer<typeof demographySchema>;
export type AgeGroup = z.infer<typeof ageGroupSchema>;
export type Service = z.infer<typeof serviceSchema>;
