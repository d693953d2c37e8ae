// Plan-level inputs (the municipality as a whole) and the financial rules (handlingsregler).
// Amounts in 1000 kr; rates and shares as proportions (0.04 = 4 %). Internally a surplus is positive; the seeds
// print it negative ("- = netto driftsoverskudd"), which is a display choice.
import { z } from './zod';
import { LIMITS } from './limits';
import { amount, int, nonNegative, obj, series, share } from './kit';

export const newLoansSchema = obj({
  /** Interest on new loans, per year. */
  interestRate: series(),
  /** Serial loans: repaid in equal parts over this many years, from the year after borrowing. */
  repaymentYears: int(1, LIMITS.maxRepaymentYears),
});

export const existingDebtSchema = obj({
  /** Gross debt (brutto lånegjeld) at the start of the first plan year. */
  opening: nonNegative(),
  /** Interest rate on the existing debt, per year. */
  interestRate: series(),
  /** Repayment (avdrag) on the existing debt, per year. */
  repayment: series(),
});

/** Published values of the plan-level result lines, kept for reconciliation (surplus positive). */
export const statedPlanSchema = obj({
  netResult: series().optional(),
  netResultExDividend: series().optional(),
  netResultExDividendAndRequirement: series().optional(),
  resultatgrad: series().optional(),
  resultatgradExDividend: series().optional(),
  resultatgradExDividendAndRequirement: series().optional(),
  /** Identified savings (measures) per year, e.g. Balanse 2021's "effekt i 2021". */
  savings: series().optional(),
  /** Sum of full-year effects, e.g. Balanse 2021's "helårseffekt". */
  savingsFullYear: series().optional(),
});

export const planSchema = obj({
  /** Brutto driftsinntekter: the base of resultatgrad and of the general reserve. */
  grossOperatingRevenue: series(),
  /** Sentrale inntekter (skatt, rammetilskudd, …). */
  centralRevenues: series(),
  /** Sentrale utgifter. */
  centralExpenses: series(),
  /** Everything else that is not modelled here, net (+ = income): e.g. the areas a scenario leaves out. */
  otherNet: series(),
  /** Ekstra utbytte from owned companies. */
  extraDividend: series(),
  /** Nytt innsparingskrav: savings the plan requires, assumed delivered unless identified measures cover them. */
  savingsRequirement: series(),
  newLoans: newLoansSchema,
  existingDebt: existingDebtSchema,
  stated: statedPlanSchema.optional(),
});
export type Plan = z.infer<typeof planSchema>;

export const rulesSchema = obj({
  /** Generell reserve: share of gross operating revenue (0.03). */
  generalReserveShare: share(),
  /** Rentesikringsfond: share of gross debt (0.01). */
  interestReserveShare: share(),
  /** Eier-risikofond: a fixed amount (20 000). */
  ownerRiskAmount: nonNegative(),
  /** Target for resultatgrad (0.0175). */
  resultatgradTarget: amount().min(-1).max(1),
  /** Debt ceiling: gross debt as a share of gross operating revenue; null when the rules have none. */
  debtCeilingShare: nonNegative().max(100).nullable(),
});
export type Rules = z.infer<typeof rulesSchema>;

export const DEFAULT_RULES: Rules = {
  generalReserveShare: 0.03,
  interestReserveShare: 0.01,
  ownerRiskAmount: 20_000,
  resultatgradTarget: 0.0175,
  debtCeilingShare: null,
};
