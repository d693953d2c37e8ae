import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePopulation } from '../../../shared/imports';
import { LiveScenario } from '../../../shared/live/scenario';
import { scenarioSchema, type Scenario } from '../../../shared/model';
import { applyPatches } from '../../../shared/patch';
import { DEFAULT_AGE_GROUPS } from './ageGroups';
import { populationPlan } from './populationPlan';
import { addServicePatch, newService } from './serviceEdits';

const root = path.resolve(import.meta.dirname, '../../..');
const example = (): Scenario =>
  JSON.parse(fs.readFileSync(path.join(root, 'resources/examples/drammen-hop-2024-27.handlingsrom'), 'utf8')).scenario as Scenario;
const sample = (name: string) => new Uint8Array(fs.readFileSync(path.join(root, 'shared/imports/samples', name)));

const result = parsePopulation(sample('ssb-14288-drammen-mmmm.csv'));
if (!result.ok) throw new Error('sample must parse');
const parsed = result;
/** The file's population of ages from..to (inclusive) in a year, summed over single ages. */
function fileSum(year: number, from: number, to: number): number {
  const y = parsed.years.indexOf(year);
  if (y < 0) throw new Error(`no ${year}`);
  return parsed.ages.reduce((s, a, i) => (a.fromAge >= from && (a.toAge ?? 200) <= to ? s + parsed.values[i][y] : s), 0);
}

describe('populationPlan', () => {
  it('creates the standard age groups in a scenario without any, moves the base year to the first year with figures, and validates', () => {
    const doc = example();
    const plan = populationPlan(doc, parsed, 'nb');
    expect(plan.ok).toBe(true);
    expect(plan.label).toBe('Befolkningsframskriving 3005 Drammen (MMMM)');
    expect(plan.lines.join('\n')).toMatch(/Disse opprettes: 0 år, 1–5 år/);
    expect(plan.lines.join('\n')).toMatch(/Basisåret .* fra 2023 til 2024/);
    expect(plan.lines.join('\n')).toMatch(/ikke tall for 2023/);
    expect(plan.table?.rows).toHaveLength(DEFAULT_AGE_GROUPS.length);
    const next = applyPatches(doc, plan.patches).doc;
    expect(scenarioSchema.safeParse(next).success).toBe(true);
    expect(next.demography.baseYear).toBe(2024);
    const old = next.demography.ageGroups.find((g) => g.id === 'a80_89')!;
    expect(old.population[0]).toBeNull(); // 2023: not in the file
    expect(old.population[1]).toBe(fileSum(2024, 80, 89));
    // The file runs to 2040: kept beyond the 5-year horizon, for a longer plan.
    expect(old.population).toHaveLength(2040 - 2023 + 1);
  });

  it('puts the demographic cost of a service into its area’s frame, explainable down to the age groups', () => {
    const doc = example();
    const before = new LiveScenario(doc, 1);
    const ramme = (l: LiveScenario, year: number) => l.engine.value('p05.ramme', year - 2023);
    const imported = applyPatches(doc, populationPlan(doc, parsed, 'nb').patches).doc;
    const service = { ...newService(imported, 'Heldøgns omsorg', 'plasser')!, areaId: 'p05', unitCost: 900 };
    service.coverage = { ...service.coverage, a80_89: 0.12, a90: 0.35 };
    const withService = applyPatches(imported, [addServicePatch(service)]).doc;
    const live = new LiveScenario(withService, 2);
    const growth = (y: number) => 0.12 * 900 * (fileSum(y, 80, 89) - fileSum(2024, 80, 89)) + 0.35 * 900 * (fileSum(y, 90, 200) - fileSum(2024, 90, 200));
    for (const year of [2024, 2025, 2026, 2027]) {
      expect(live.engine.value('p05.demografi', year - 2023)).toBeCloseTo(growth(year), 6);
      expect(ramme(live, year) - ramme(before, year)).toBeCloseTo(growth(year), 6);
    }
    expect(growth(2027)).toBeGreaterThan(0); // the 80+ grow in the sample, as in seed 002
    const demand = live.engine.explain(`demografi.${service.id}.behov`, 4, 2);
    const refs = JSON.stringify(demand);
    expect(refs).toContain('befolkning.a80_89');
    expect(refs).toContain(`demografi.${service.id}.dekning_a90`);
  });

  it('takes a file’s own age groups into a scenario without any when the standard grouping would split them', () => {
    const csv = [
      '"Framskrevet folkemengde 1. januar, etter region, alder, statistikkvariabel og år"',
      '',
      '"region";"alder";"Hovedalternativet (MMMM) 2024";"Hovedalternativet (MMMM) 2025"',
      '"3005 Drammen";"0-4 år";5000;5100',
      '"3005 Drammen";"5-66 år";75000;75200',
      '"3005 Drammen";"67-79 år";12000;12100',
      '"3005 Drammen";"80 år eller eldre";4800;5000',
    ].join('\n');
    const doc = example();
    const plan = populationPlan(doc, parsePopulation(csv), 'nb');
    expect(plan.ok).toBe(true);
    const next = applyPatches(doc, plan.patches).doc;
    expect(scenarioSchema.safeParse(next).success).toBe(true);
    expect(next.demography.ageGroups.map((g) => [g.id, g.name, g.fromAge, g.toAge])).toEqual([
      ['a0_4', '0-4 år', 0, 4],
      ['a5_66', '5-66 år', 5, 66],
      ['a67_79', '67-79 år', 67, 79],
      ['a80', '80 år eller eldre', 80, undefined],
    ]);
    expect(next.demography.ageGroups[3].population.slice(0, 3)).toEqual([null, 4800, 5000]);
  });

  it('replaces the population of existing groups for the file’s years and keeps the others', () => {
    const doc = example();
    doc.demography.ageGroups = [
      { id: 'unge', name: '0–66 år', fromAge: 0, toAge: 66, population: [1, 2, 3, 4, 5] },
      { id: 'eldre', name: '67 år og over', fromAge: 67, population: [10, 20, 30, 40, 50] },
    ];
    const plan = populationPlan(doc, parsed, 'nb');
    expect(plan.ok).toBe(true);
    expect(plan.lines.join('\n')).toMatch(/beholdes som de er/);
    const next = applyPatches(doc, plan.patches).doc;
    const eldre = next.demography.ageGroups[1].population;
    expect(eldre[0]).toBe(10);
    expect(eldre[4]).toBe(fileSum(2027, 67, 200));
    // 2023 had figures before, so the base year stays.
    expect(next.demography.baseYear).toBeUndefined();
  });

  it('refuses groups without ages, and a file it cannot read, changing nothing', () => {
    const doc = example();
    doc.demography.ageGroups = [{ id: 'alle', name: 'Alle', population: [] }];
    const noAges = populationPlan(doc, parsed, 'nb');
    expect(noAges.ok).toBe(false);
    expect(noAges.patches).toEqual([]);
    expect(noAges.lines[0]).toMatch(/«?Alle»? .*alder/);

    const bad = populationPlan(example(), parsePopulation(sample('bad/text-in-number.csv')), 'en');
    expect(bad.ok).toBe(false);
    expect(bad.patches).toEqual([]);
    expect(bad.lines[0]).toMatch(/cannot be imported/);
    expect(bad.lines.slice(1).join('\n')).toMatch(/line \d+/i);
  });

  it('refuses a file with no year inside the horizon', () => {
    const doc = { ...example(), firstYear: 2050 };
    const plan = populationPlan(doc, parsed, 'nb');
    expect(plan.ok).toBe(false);
    expect(plan.lines.join('\n')).toMatch(/ingen tall for scenarioets år 2050–2054/);
  });
});
