// A programme area (P05 …) and its frame (rammeoversikt): the four base rows, the items "nye tiltak og
// realendringer", and the totals the published table prints (kept for reconciliation, never used as inputs).
import { z } from './zod';
import { id, list, name, nonNegative, obj, series, str, text } from './kit';
import { LIMITS } from './limits';

/** An area code such as "P05": a letter, then letters, digits or _. Its lower-case form starts the area's line
 *  keys (`p05.ramme`). */
export const AREA_CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,15}$/;

export const areaCodeSchema = () =>
  str().refine((s) => AREA_CODE_PATTERN.test(s), { message: 'model.invalidCode' });

export const frameSchema = obj({
  /** Opprinnelig budsjett */
  originalBudget: series(),
  /** Sum vedtak forrige periode */
  previousDecisions: series(),
  /** Sum budsjettendringer inneværende år */
  currentYearChanges: series(),
  /** Sum lønns- og prisvekst */
  wageAndPriceGrowth: series(),
});

/** One row of "nye tiltak og realendringer", e.g. "Korreksjon redusert prisvekst 2023". */
export const frameItemSchema = obj({
  id: id(),
  name: name(),
  values: series(),
  notes: text().optional(),
});

export const statedFrameSchema = obj({
  /** Konsekvensjustert ramme as printed */
  consequenceAdjusted: series().optional(),
  /** Nye tiltak og realendringer as printed */
  newMeasuresAndChanges: series().optional(),
  /** Ramme as printed */
  frame: series().optional(),
});

export const statedInvestmentsSchema = obj({
  /** Sum investeringer kommunekassen, per year */
  kommunekasse: series().optional(),
  /** Sum investeringer KF (e.g. Drammen Eiendom), per year */
  kf: series().optional(),
  /** Sum investeringer for the area, per year */
  total: series().optional(),
  /** The "Sum" column: the area's investments over the whole plan period */
  periodTotal: nonNegative().optional(),
});

export const areaSchema = obj({
  id: id(),
  code: areaCodeSchema(),
  name: name(),
  notes: text().optional(),
  frame: frameSchema,
  /** When set, "Sum lønns- og prisvekst" is computed, not typed: opprinnelig budsjett × this assumption (the
   *  municipal deflator), in whole 1000 kr as the tables print it. The typed values stay in the frame, unused. */
  deflatorId: id().optional(),
  items: list(frameItemSchema, LIMITS.maxItemsPerArea),
  stated: statedFrameSchema.optional(),
  statedInvestments: statedInvestmentsSchema.optional(),
});
export type Area = z.infer<typeof areaSchema>;
export type FrameItem = z.infer<typeof frameItemSchema>;
