// A small, complete and valid scenario for tests and demos: one area with an item, a measure, a project, an
// age group and a service that feeds the frame.
import { blankScenario } from './blank';
import type { Scenario } from './scenario';

export function sampleScenario(): Scenario {
  const s = blankScenario({ id: 'test', name: 'Test', firstYear: 2024, years: 4 });
  s.areas.push({
    id: 'p05',
    code: 'P05',
    name: 'Mennesker med nedsatt funksjonsevne',
    frame: { originalBudget: [100, 100, 100, 100], previousDecisions: [-10], currentYearChanges: [], wageAndPriceGrowth: [5, 5, 5, 5] },
    items: [{ id: 'demografi', name: 'Nye bofellesskap', values: [20, 15, 15, 15] }],
  });
  s.measures.push({
    id: 'm1',
    name: 'Tildelingspraksis',
    areaId: 'p05',
    kind: 'saving',
    effect: { mode: 'phasein', fullYear: 12, startYear: 2025, startMonth: 7 },
    probability: 0.5,
    status: 'forslag',
    included: true,
  });
  s.investments.push({ id: 'bolig', name: 'Boliger', areaId: 'p05', owner: 'kf', amounts: [100, 0, 0, 0], loanShare: 0.5 });
  s.demography.ageGroups.push({ id: 'eldre', name: '80 år og over', fromAge: 80, population: [1000, 1100, 1200, 1300] });
  s.demography.services.push({
    id: 'sykehjem',
    name: 'Sykehjem',
    areaId: 'p05',
    unit: 'plasser',
    coverage: { eldre: 0.1 },
    unitCost: 2,
    feedsFrame: true,
  });
  return s;
}
