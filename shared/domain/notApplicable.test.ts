// Zeros that are not data: a share of revenue in a year without revenue, the room under a debt ceiling not set.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioChartData } from '../compare/chartData';
import { compareScenarios } from '../compare/align';
import { blankScenario } from '../model/blank';
import { parseScenarioFile } from '../model/file';
import type { Scenario } from '../model/scenario';
import { computeScenario } from './compute';
import { blankYear, notApplicableReason } from './notApplicable';

const examples = new URL('../../resources/examples/', import.meta.url);
function load(name: string): Scenario {
  const r = parseScenarioFile(readFileSync(new URL(name, examples), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.scenario;
}

describe('lines that do not apply in a year', () => {
  const balanse = load('balanse-2021.handlingsrom');
  const c = computeScenario(balanse);
  const reason = (key: string, y = 0) => notApplicableReason(c.engine.spec(key), y, (k, i) => c.engine.value(k, i));

  it('Balanse 2021 has no revenue: its resultatgrad and the result against the target say so, the target stays', () => {
    expect(c.engine.value('plan.brutto_driftsinntekter', 0)).toBe(0);
    for (const key of ['resultat.resultatgrad', 'resultat.resultatgrad_avvik', 'resultat.avvik_mot_mal', 'fond.andel_av_inntekter', 'gjeld.andel_av_inntekter']) {
      expect(reason(key), key).toBe('line.na.noRevenue');
    }
    expect(reason('resultat.resultatgrad_mal')).toBeUndefined();
    expect(reason('resultat.netto_driftsresultat')).toBeUndefined();
  });

  it('the room under the debt ceiling does not apply while no ceiling is set', () => {
    expect(c.engine.value('regler.gjeldstak', 0)).toBe(0);
    expect(reason('gjeld.rom_under_tak')).toBe('line.na.noDebtCeiling');
  });

  it('Drammen has revenue: its resultatgrad applies every year', () => {
    const d = computeScenario(load('drammen-hop-2024-27.handlingsrom'));
    for (let y = 0; y < d.engine.years; y++) {
      expect(notApplicableReason(d.engine.spec('resultat.resultatgrad'), y, (k, i) => d.engine.value(k, i))).toBeUndefined();
    }
  });

  it('charts leave a gap and compare a dash with the reason, not 0', () => {
    const n = c.engine.years;
    expect(scenarioChartData('Balanse', c.engine).values.resultatgrad).toEqual(Array(n).fill(null));
    const result = compareScenarios([
      { id: 'a', name: 'A', doc: balanse, engine: c.engine },
      { id: 'b', name: 'B', doc: balanse, engine: computeScenario(balanse).engine },
    ]);
    const row = result.rows.find((r) => r.key === 'resultat.resultatgrad')!;
    expect(row.cells[0]).toMatchObject({ present: true, values: Array(n).fill(null), notApplicable: Array(n).fill('line.na.noRevenue') });
    const net = result.rows.find((r) => r.key === 'resultat.netto_driftsresultat')!;
    expect(net.cells[0].values[0]).not.toBeNull();
    expect(net.cells[0].notApplicable).toBeUndefined();
  });
  it("Drammen's 2023 column has no area figures: the sum of the frames is blank there, not 0, and data after it", () => {
    const d = computeScenario(load('drammen-hop-2024-27.handlingsrom'));
    const blank = (key: string, y: number) => blankYear(d.engine.spec(key), y, d.engine.value(key, y), (k) => d.engine.spec(k));
    expect(d.engine.value('resultat.sum_rammer', 0)).toBe(0);
    expect(blank('resultat.sum_rammer', 0)).toBe(true);
    expect(blank('p05.ramme', 0)).toBe(true);
    for (let y = 1; y < d.engine.years; y++) expect(blank('resultat.sum_rammer', y), `year ${y}`).toBe(false);
    // The result that reads it is data in 2023 (the plan's central revenue and costs are there).
    expect(blank('resultat.netto_driftsresultat_ex_utbytte_og_krav', 0)).toBe(false);
  });
  it('the population total is blank, not 0, in a year no age group has a figure for', () => {
    const s = blankScenario({ id: 's', name: 'Befolkning', firstYear: 2024, years: 3 });
    s.demography.ageGroups.push({ id: 'unge', name: '0–5 år', population: [null, 1200, null] }, { id: 'eldre', name: '80 år og over', population: [null, 300, null] });
    const e = computeScenario(s).engine;
    const blank = (y: number) => blankYear(e.spec('befolkning.sum'), y, e.value('befolkning.sum', y), (k) => e.spec(k));
    expect([blank(0), blank(1), blank(2)]).toEqual([true, false, true]);
    expect(e.value('befolkning.sum', 1)).toBe(1500);
  });
});
