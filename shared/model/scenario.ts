// The scenario document. This schema IS the file format (file.ts wraps it in an envelope): types are inferred
// from it, unknown keys are refused everywhere (z.strictObject, also `__proto__` and `constructor`), every size is
// bounded, and every issue carries an i18n key. Cross-references (ids, codes, years) are checked last, once the
// structure is valid.
import { z } from './zod';
import { accountsSchema } from './accounts';
import { areaSchema } from './area';
import { assumptionSchema } from './assumption';
import { customLineSchema } from './customLine';
import { demographySchema } from './demography';
import { fundSchema } from './fund';
import { investmentSchema } from './investment';
import { int, list, literal, name, obj, text, year, id } from './kit';
import { checkKostraReferences, kostraSchema } from './kostra';
import { LIMITS } from './limits';
import { measureSchema } from './measure';
import { lineageSchema } from './origin';
import { planSchema, rulesSchema } from './plan';
import { checkReferences } from './references';

export const SCENARIO_UNIT = '1000 kr';

export const scenarioShape = {
  id: id(),
  name: name(),
  description: text(),
  municipality: text(LIMITS.maxName),
  /** All amounts of a scenario are in 1000 kr, as the budget documents print them. */
  unit: literal(SCENARIO_UNIT),
  firstYear: year(),
  years: int(1, LIMITS.maxYears),
  /** What the scenario was made from: another scenario's id or a document, e.g. "HØP 2024-27". */
  basedOn: text(LIMITS.maxName).optional(),
  notes: text().optional(),
  /** The files this scenario was imported from and their own origins, nearest first (origin.ts). */
  importedFrom: lineageSchema.optional(),
  assumptions: list(assumptionSchema, LIMITS.maxAssumptions),
  demography: demographySchema,
  areas: list(areaSchema, LIMITS.maxAreas),
  measures: list(measureSchema, LIMITS.maxMeasures),
  investments: list(investmentSchema, LIMITS.maxInvestments),
  plan: planSchema,
  fund: fundSchema,
  rules: rulesSchema,
  accounts: accountsSchema,
  /** A KOSTRA / ASSS unit-cost comparison; absent = none. */
  kostra: kostraSchema.optional(),
  /** Lines users added to any section. */
  lines: list(customLineSchema, LIMITS.maxCustomLines),
};

const scenarioObject = obj(scenarioShape);
export type Scenario = z.infer<typeof scenarioObject>;

export const scenarioSchema = scenarioObject.superRefine(checkReferences).superRefine(checkKostraReferences);
