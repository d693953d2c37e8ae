// The population chart's data: one row per plan year, one field per age group, in persons or as an index of the
// base year (the 80+ growth of seed 002 is hard to see next to 20–66 in persons).
import type { Scenario } from '../../../shared/model';

export interface PopulationChartData {
  rows: Record<string, number | null>[];
  groups: { field: string; name: string }[];
}

export function populationSeries(doc: Scenario, asIndex: boolean): PopulationChartData {
  const groups = doc.demography.ageGroups.map((g, i) => ({ field: `g${i}`, name: g.name }));
  const base = (doc.demography.baseYear ?? doc.firstYear) - doc.firstYear;
  const rows = Array.from({ length: doc.years }, (_, y) => {
    const row: Record<string, number | null> = { year: doc.firstYear + y };
    doc.demography.ageGroups.forEach((g, i) => {
      const v = g.population[y];
      const b = g.population[base];
      if (typeof v !== 'number') row[`g${i}`] = null;
      else if (!asIndex) row[`g${i}`] = v;
      else row[`g${i}`] = typeof b === 'number' && b !== 0 ? (100 * v) / b : null;
    });
    return row;
  });
  return { rows, groups };
}

export function hasPopulation(doc: Scenario): boolean {
  return doc.demography.ageGroups.some((g) => g.population.slice(0, doc.years).some((v) => typeof v === 'number'));
}
