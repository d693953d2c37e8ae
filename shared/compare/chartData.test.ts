import { describe, expect, it } from 'vitest';
import example from '../../resources/examples/drammen-hop-2024-27.handlingsrom?raw';
import { computeScenario } from '../domain/compute';
import { parseScenarioFile } from '../model';
import { chartRows, fieldOf, hasData, savingsRows, scenarioChartData, unrealisedField } from './chartData';
import { edited, smallScenario, switchOff } from './testing';

function exampleDoc() {
  const r = parseScenarioFile(example);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.scenario;
}

describe('chart data', () => {
  const doc = exampleDoc();
  const { engine } = computeScenario(doc);

  it('reads the result, the fund and the savings from the domain lines', () => {
    const data = scenarioChartData('HØP', engine);
    expect(data.years).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(data.values.netResult).toEqual(Array.from(engine.values('resultat.netto_driftsresultat')));
    expect(data.values.resultatgrad).toEqual(Array.from(engine.values('resultat.resultatgrad')));
    expect(data.values.target.every((v) => v === doc.rules.resultatgradTarget)).toBe(true);
    // The seed's closing balance of the reserve fund at 31.12.2023 (605 694, printed with ±1 per term).
    expect(Math.abs(data.values.fund[0]! - 605_694)).toBeLessThanOrEqual(8);
    expect(data.values.required[0]).toBeCloseTo(engine.value('fond.reservekrav', 0), 9);
    expect(data.values.requirement).toEqual([0, 0, 135_000, 150_000, 150_000]);
    expect(data.values.planned).toEqual(Array.from(engine.values('tiltak.sum_innsparing')));
    expect(data.values.risk[3]!).toBeLessThan(data.values.planned[3]!);
  });

  it('lays out one row per year with a field per scenario, leaving gaps where a scenario has no year', () => {
    const a = scenarioChartData('A', computeScenario(smallScenario()).engine);
    const off = edited(smallScenario(), switchOff('m1'));
    const b = scenarioChartData('B', computeScenario({ ...off, firstYear: 2025 }).engine);
    const rows = chartRows([a, b], ['planned', 'requirement']);
    expect(rows.map((r) => r.year)).toEqual(['2024', '2025', '2026', '2027', '2028']);
    expect(rows[0]).toEqual({ year: '2024', planned_0: a.values.planned[0], requirement_0: 0 });
    expect(rows[4]).toEqual({ year: '2028', planned_1: b.values.planned[3], requirement_1: 150_000 });
    expect(rows[1][fieldOf('planned', 0)]).toBe(a.values.planned[1]);
    expect(rows[1][fieldOf('planned', 1)]).toBe(b.values.planned[0]);
  });

  it('says when no scenario has numbers for a measure', () => {
    const blank = scenarioChartData('Tom', computeScenario({ ...smallScenario(), measures: [] }).engine);
    expect(hasData([blank], 'planned')).toBe(true); // zeros are numbers
    const missing = { ...blank, values: { ...blank.values, planned: blank.values.planned.map(() => null) } };
    expect(hasData([missing], 'planned')).toBe(false);
  });
});

describe('savings rows', () => {
  it('stack the risk-adjusted saving and the rest of the planned saving', () => {
    const data = scenarioChartData('A', computeScenario(smallScenario()).engine);
    const rows = savingsRows([data]);
    for (const [y, row] of rows.entries()) {
      expect(row[fieldOf('risk', 0)]).toBe(data.values.risk[y]);
      expect((row[fieldOf('risk', 0)] as number) + (row[unrealisedField(0)] as number)).toBeCloseTo(data.values.planned[y]!, 9);
      expect(row[fieldOf('requirement', 0)]).toBe(data.values.requirement[y]);
    }
    // m1 (80 %) and m3 (90 %) count in 2024: 12 000 + 2 250 planned.
    expect(rows[0][fieldOf('planned', 0)]).toBe(14_250);
    expect(rows[0][unrealisedField(0)]).toBeCloseTo(12_000 * 0.2 + 2_250 * 0.1, 9);
  });
});
