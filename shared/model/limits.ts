// Bounds of the scenario document. They keep a hostile or broken file from exhausting memory or time, and they
// are generous for real plans: Drammen's plan has a few hundred lines, a large scenario a few thousand measures.

export const LIMITS = {
  /** Plan horizon in years. The care plan runs to 2040; 60 leaves room for long debt schedules. */
  maxYears: 60,
  minYear: 1900,
  maxYear: 2200,
  /** Any amount or parameter: finite and within ±1e15 (1000 kr: a trillion-fold Norwegian budget). */
  maxAbs: 1e15,
  maxText: 10_000,
  maxName: 200,
  maxFormula: 4_000,
  maxUnit: 40,
  maxIdLength: 64,
  maxTagLength: 100,
  maxTagsPerLine: 20,
  maxAreas: 200,
  maxItemsPerArea: 500,
  maxMeasures: 10_000,
  maxInvestments: 5_000,
  maxAssumptions: 500,
  maxAgeGroups: 200,
  maxServices: 500,
  maxFundMovements: 500,
  maxAccountRows: 500,
  /** Services of a KOSTRA comparison (a KOSTRA table has a few dozen). */
  maxKostraServices: 500,
  maxCustomLines: 5_000,
  maxRepaymentYears: 100,
  maxAge: 130,
  /** A measure's effect range reaches at most this multiple of its planned effect (3 = 300 %). */
  maxEffectShare: 3,
} as const;
