// Helpers for the comparison's tests: a small but complete scenario built with the model's own helpers, edits as
// patches (as the app makes them), and computed scenarios ready to compare.
import { computeScenario } from '../domain/compute';
import { blankScenario } from '../model/blank';
import type { Scenario } from '../model/scenario';
import { applyPatches } from '../patch/apply';
import type { Patch } from '../patch/types';
import type { ComparedScenario } from './types';

/** Two areas, three measures, one scalar and one series assumption, a project and a fund movement; 2024–2027. */
export function smallScenario(): Scenario {
  const s = blankScenario({ id: 'small', name: 'Lite scenario', firstYear: 2024, municipality: 'Testkommune' });
  const four = (v: number) => [v, v, v, v];
  return {
    ...s,
    assumptions: [
      { id: 'lonnsvekst', name: 'Lønnsvekst', unit: 'andel', kind: 'series', values: [0.04, 0.035, 0.03, 0.03] },
      { id: 'kostnad_arsverk', name: 'Kostnad per årsverk', unit: '1000 kr', kind: 'scalar', value: 700 },
    ],
    areas: [
      {
        id: 'p05',
        code: 'P05',
        name: 'Mennesker med nedsatt funksjonsevne',
        frame: { originalBudget: four(391824), previousDecisions: [-1100, -8100, -8100, -8100], currentYearChanges: four(39770), wageAndPriceGrowth: four(19371) },
        items: [{ id: 'demografi', name: 'Nye bofellesskap og demografi', values: [20000, 15000, 15000, 15000] }],
      },
      {
        id: 'p07',
        code: 'P07',
        name: 'Rus og psykisk helse',
        frame: { originalBudget: four(158788), previousDecisions: [-5650, -6150, -6900, -6900], currentYearChanges: four(2202), wageAndPriceGrowth: four(7850) },
        items: [],
      },
    ],
    measures: [
      { id: 'm1', name: 'Stram styring', areaId: 'p05', kind: 'saving', effect: { mode: 'explicit', fullYear: 20000, perYear: [12000, 20000, 20000, 20000] }, probability: 0.8, status: 'vedtatt', included: true },
      { id: 'm2', name: 'Færre innleide', areaId: 'p05', kind: 'saving', effect: { mode: 'fte', fte: 5, costPerFte: 700, startYear: 2025, startMonth: 7 }, probability: 0.5, status: 'forslag', included: true },
      { id: 'm3', name: 'Nytt botiltak', areaId: 'p07', kind: 'saving', effect: { mode: 'phasein', fullYear: 3000, startYear: 2024, startMonth: 4 }, probability: 0.9, status: 'forslag', included: true },
    ],
    investments: [{ id: 'bolig', name: 'Kjøp av ti boenheter', areaId: 'p05', owner: 'kf', amounts: [47000, 0, 0, 0], loanShare: 1 }],
    plan: {
      ...s.plan,
      grossOperatingRevenue: four(9_000_000),
      centralRevenues: four(2_000_000),
      centralExpenses: four(100_000),
      otherNet: four(-1_300_000),
      extraDividend: [40000, 50000, 40000, 0],
      savingsRequirement: [0, 135000, 150000, 150000],
      newLoans: { interestRate: four(0.04), repaymentYears: 40 },
      existingDebt: { opening: 9_000_000, interestRate: four(0.035), repayment: four(300_000) },
    },
    fund: { opening: 600_000, movements: [{ id: 'bruk', name: 'Vedtatt bruk', values: [-50000, 0, 0, 0] }], resultToFundFromYear: 2024 },
  };
}

/** The document after patches, as the store would hold it after an edit. */
export function edited(doc: Scenario, patches: Patch[]): Scenario {
  return applyPatches(doc, patches).doc;
}

export function computed(id: string, name: string, doc: Scenario): ComparedScenario {
  return { id, name, doc, engine: computeScenario(doc).engine };
}

/** Patches that switch measures off. */
export function switchOff(...ids: string[]): Patch[] {
  return ids.map((id) => ({ op: 'set', path: ['measures', { id }, 'included'], value: false }));
}

/** Patches that set every year of the new loans' interest rate. */
export function setInterest(doc: Scenario, rate: number): Patch[] {
  return Array.from({ length: doc.years }, (_, i) => ({ op: 'set' as const, path: ['plan', 'newLoans', 'interestRate', i], value: rate }));
}
