// A new, empty scenario: valid as it stands, with the financial rules of the seeds and blank series.
import { newId } from './ids';
import { LIMITS } from './limits';
import { DEFAULT_RULES } from './plan';
import { SCENARIO_UNIT, type Scenario } from './scenario';

export interface BlankScenarioOptions {
  name: string;
  firstYear: number;
  /** Default 4: the economic plan's period. */
  years?: number;
  municipality?: string;
  description?: string;
  id?: string;
}

export function blankSeries(years: number): (number | null)[] {
  return new Array<number | null>(years).fill(null);
}

export function blankScenario(opts: BlankScenarioOptions): Scenario {
  const years = opts.years ?? 4;
  if (!Number.isInteger(years) || years < 1 || years > LIMITS.maxYears) throw new RangeError(`years must be 1..${LIMITS.maxYears}`);
  if (!Number.isInteger(opts.firstYear) || opts.firstYear < LIMITS.minYear || opts.firstYear > LIMITS.maxYear) {
    throw new RangeError(`firstYear must be ${LIMITS.minYear}..${LIMITS.maxYear}`);
  }
  const blank = () => blankSeries(years);
  return {
    id: opts.id ?? newId('scenario'),
    name: opts.name,
    description: opts.description ?? '',
    municipality: opts.municipality ?? '',
    unit: SCENARIO_UNIT,
    firstYear: opts.firstYear,
    years,
    assumptions: [
      { id: 'lonnsvekst', name: 'Lønnsvekst', unit: 'andel', kind: 'series', values: blank() },
      { id: 'prisvekst', name: 'Prisvekst', unit: 'andel', kind: 'series', values: blank() },
      { id: 'befolkningsvekst', name: 'Befolkningsvekst', unit: 'andel', kind: 'series', values: blank() },
    ],
    demography: { ageGroups: [], services: [] },
    areas: [],
    measures: [],
    investments: [],
    plan: {
      grossOperatingRevenue: blank(),
      centralRevenues: blank(),
      centralExpenses: blank(),
      otherNet: blank(),
      extraDividend: blank(),
      savingsRequirement: blank(),
      newLoans: { interestRate: blank(), repaymentYears: 40 },
      existingDebt: { opening: 0, interestRate: blank(), repayment: blank() },
    },
    fund: { opening: 0, movements: [] },
    rules: { ...DEFAULT_RULES },
    accounts: { rows: [] },
    lines: [],
  };
}
