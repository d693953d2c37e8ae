// Helpers for the tests of the store, the service and the files (not used by the app): temporary folders, a
// fingerprint of everything in a database, and a scenario that exercises most of the domain.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { blankScenario, type Scenario } from '../../shared/model';
import type { Db } from '../store/db';

export function tempDirs(prefix: string): { make(): string; cleanup(): void } {
  const dirs: string[] = [];
  return {
    make() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    cleanup() {
      for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
    },
  };
}

/** Row counts per table and a SHA-256 over every row of every table (in primary-key order) and the schema. */
export function fingerprint(db: Db): { counts: Record<string, number>; hash: string } {
  const h = crypto.createHash('sha256');
  const counts: Record<string, number> = {};
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string }[];
  for (const { name, sql } of tables) {
    h.update(sql);
    const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).raw().all();
    counts[name] = rows.length;
    h.update(JSON.stringify(rows));
  }
  h.update(String(db.pragma('user_version', { simple: true })));
  return { counts, hash: h.digest('hex') };
}

/** A small plan with every kind of entity and user lines that use prev, if, min/max, round, safediv and sumtag. */
export function sampleScenario(name = 'Testplan'): Scenario {
  const s = blankScenario({ name, firstYear: 2024, years: 4, municipality: 'Drammen', description: 'Til testene' });
  s.assumptions = [
    { id: 'lonnsvekst', name: 'Lønnsvekst', unit: 'andel', kind: 'series', values: [0.052, 0.042, 0.035, 0.035] },
    { id: 'prisvekst', name: 'Prisvekst', unit: 'andel', kind: 'series', values: [0.035, 0.03, 0.028, 0.025] },
    { id: 'arsverkskostnad', name: 'Kostnad per årsverk', unit: '1000 kr', kind: 'scalar', value: 700 },
  ];
  s.areas = [
    {
      id: 'p05',
      code: 'P05',
      name: 'Mennesker med nedsatt funksjonsevne',
      frame: {
        originalBudget: [432_003, 432_003, 432_003, 432_003],
        previousDecisions: [-10_279, -11_023, -11_023, -11_023],
        currentYearChanges: [3_012, 3_012, 3_012, 3_012],
        wageAndPriceGrowth: [18_129, 18_129, 18_129, 18_129],
      },
      items: [
        { id: 'bofellesskap', name: 'Nye bofellesskap og demografi', values: [14_265, 14_265, 14_265, 14_265] },
        { id: 'prisvekst_korr', name: 'Korreksjon redusert prisvekst 2023', values: [5_000, null, null, null] },
      ],
    },
    {
      id: 'p07',
      code: 'P07',
      name: 'Rus og psykisk helse',
      frame: {
        originalBudget: [160_000, 160_000, 160_000, 160_000],
        previousDecisions: [1_000, 1_000, 1_000, 1_000],
        currentYearChanges: [0, 0, 0, 0],
        wageAndPriceGrowth: [2_191, 2_191, 2_191, 2_191],
      },
      items: [{ id: 'innsparing', name: 'Innsparing', values: [-341, -341, -341, -341] }],
    },
  ];
  s.measures = [
    {
      id: 'stram_styring',
      name: 'Stram styring og oppfølging',
      areaId: 'p05',
      kind: 'saving',
      effect: { mode: 'explicit', fullYear: 20_000, perYear: [12_000, 20_000, 20_000, 20_000] },
      probability: 0.8,
      status: 'vedtatt',
      included: true,
    },
    {
      id: 'vikarpool',
      name: 'Vikarpool',
      areaId: 'p05',
      kind: 'saving',
      effect: { mode: 'phasein', fullYear: 6_000, startYear: 2024, startMonth: 7 },
      probability: 0.6,
      status: 'forslag',
      included: true,
    },
    {
      id: 'arsverk_ned',
      name: 'Redusert bemanning',
      areaId: 'p07',
      kind: 'saving',
      effect: { mode: 'fte', fte: 4, costPerFte: 700, startYear: 2025, startMonth: 3 },
      probability: 1,
      status: 'forslag',
      included: false,
    },
    {
      id: 'ny_tjeneste',
      name: 'Ny tjeneste',
      areaId: 'p07',
      kind: 'increase',
      effect: { mode: 'phasein', fullYear: 1_500, startYear: 2025, startMonth: 1 },
      probability: 1,
      status: 'vedtatt',
      included: true,
    },
  ];
  s.investments = [
    { id: 'bolig', name: 'Boliger', areaId: 'p05', owner: 'kf', amounts: [40_000, 60_000, 46_000, null], loanShare: 0.8 },
    { id: 'utstyr', name: 'Utstyr', areaId: 'p07', owner: 'kommunekasse', amounts: [2_000, 2_000, 2_000, 2_000], loanShare: 0 },
  ];
  s.demography = {
    baseYear: 2024,
    ageGroups: [
      { id: 'a67_79', name: '67–79 år', fromAge: 67, toAge: 79, population: [10_500, 10_800, 11_100, 11_500] },
      { id: 'a80', name: '80 år og over', fromAge: 80, population: [4_200, 4_400, 4_650, 4_900] },
    ],
    services: [
      {
        id: 'hjemmetjeneste',
        name: 'Hjemmetjeneste',
        areaId: 'p05',
        unit: 'brukere',
        coverage: { a67_79: 0.04, a80: 0.22 },
        unitCost: 310,
        costGrowthId: 'prisvekst',
        feedsFrame: true,
      },
    ],
  };
  s.plan.grossOperatingRevenue = [12_000_000, 12_300_000, 12_600_000, 12_900_000];
  s.plan.centralRevenues = [9_000_000, 9_200_000, 9_400_000, 9_600_000];
  s.plan.centralExpenses = [600_000, 620_000, 640_000, 660_000];
  s.plan.otherNet = [-7_800_000, -8_000_000, -8_200_000, -8_400_000];
  s.plan.extraDividend = [40_000, 50_000, 40_000, 40_000];
  s.plan.savingsRequirement = [30_000, 135_000, 150_000, 150_000];
  s.plan.newLoans = { interestRate: [0.045, 0.042, 0.04, 0.04], repaymentYears: 30 };
  s.plan.existingDebt = { opening: 14_000_000, interestRate: [0.04, 0.04, 0.038, 0.037], repayment: [400_000, 410_000, 420_000, 430_000] };
  s.fund = {
    opening: 843_729,
    movements: [{ id: 'bruk', name: 'Bruk av fond', values: [-150_000, -50_000, null, null] }],
    resultToFundFromYear: 2025,
  };
  s.accounts = {
    rows: [{ id: 'r_p05', code: 'P05', name: 'P05', areaId: 'p05', revisedBudget: [450_000, null, null, null], accounts: [466_000, null, null, null] }],
  };
  s.lines = [
    { id: 'l_vikar', section: 'p05', name: 'vikarbruk', label: 'Vikarbruk', unit: '1000 kr', view: 'rammer', kind: 'input', values: [12_000, 11_000, null, 9_000] },
    {
      id: 'l_andel',
      section: 'p05',
      name: 'vikarandel',
      label: 'Vikarbruk i prosent av rammen',
      unit: 'andel',
      view: 'rammer',
      kind: 'formula',
      formula: 'round(safediv(p05.vikarbruk, p05.ramme), 4)',
    },
    {
      id: 'l_trend',
      section: 'p05',
      name: 'vikartrend',
      label: 'Endring i vikarbruk',
      unit: '1000 kr',
      view: 'rammer',
      kind: 'formula',
      formula: 'year > 2024 and p05.vikarbruk > 0 ? p05.vikarbruk - prev(p05.vikarbruk) : 0',
    },
    {
      id: 'l_minmax',
      section: 'resultat',
      name: 'kontroll',
      label: 'Kontroll',
      unit: '1000 kr',
      view: 'oversikt',
      kind: 'formula',
      formula: 'max(min(p05.vikarbruk, 10000), -abs(p05.vikartrend)) + floor(yearindex / 2) + ceil(0.5) + (not (1 == 2)) + (2 != 3 xor 1 < 0)',
    },
    {
      id: 'l_akk',
      section: 'resultat',
      name: 'akkumulert_vikar',
      label: 'Akkumulert vikarbruk',
      unit: '1000 kr',
      view: 'oversikt',
      kind: 'formula',
      formula: 'prev(resultat.akkumulert_vikar, 1, 100) + p05.vikarbruk',
    },
    {
      id: 'l_vekst',
      section: 'resultat',
      name: 'lonnsindeks',
      label: 'Lønnsindeks',
      unit: 'indeks',
      view: 'forutsetninger',
      kind: 'formula',
      formula: 'grow(100, forutsetning.lonnsvekst) - 100 * index(forutsetning.prisvekst) + prev(p05.vikarbruk, 2)',
    },
  ];
  return s;
}

/** The sample with `measures` measures spread over 20 areas (for timing the store on a large scenario). */
export function largeScenario(measures: number): Scenario {
  const s = sampleScenario('Stort scenario');
  const base = s.areas[0];
  s.areas = Array.from({ length: 20 }, (_, i) => ({ ...base, id: `a${i}`, code: `A${i}`, name: `Område ${i}`, items: base.items.map((it) => ({ ...it })) }));
  s.areas[0] = { ...s.areas[0], id: 'p05', code: 'P05' };
  s.areas[1] = { ...s.areas[1], id: 'p07', code: 'P07' };
  const template = s.measures;
  s.measures = Array.from({ length: measures }, (_, i) => ({
    ...template[i % template.length],
    id: `m${i}`,
    name: `Tiltak ${i}`,
    areaId: i % 20 === 0 ? 'p05' : i % 20 === 1 ? 'p07' : `a${i % 20}`,
  }));
  s.investments = s.investments.map((p) => ({ ...p }));
  return s;
}

/** A valid scenario that would take hours to compute: lines that read their own earlier year (so they go year by
 *  year) and compound a growth of a growth whose rate is a wide sum, over 60 years. Every part is within the
 *  schema's and the formula checker's limits; only the engine's work budget stops it. (Summing one large tag group
 *  many times no longer does: a group's sum is kept, shared/engine/tagSums.ts.) */
export function heavyScenario(name = 'Tung modell'): Scenario {
  const s = blankScenario({ name, firstYear: 2025, years: 60 });
  const common = { unit: '1000 kr', view: 'oversikt' as const };
  s.lines.push({ ...common, id: 'inn0', section: 'inn', name: 'l0', label: 'Inndata 0', kind: 'input', values: Array<number>(60).fill(1) });
  const rate = `sum(${Array<string>(400).fill('inn.l0').join(', ')}) * 0`;
  for (let i = 0; i < 100; i++) {
    s.lines.push({ ...common, id: `sum${i}`, section: 'sum', name: `l${i}`, label: `Sum ${i}`, kind: 'formula', formula: `prev(sum.l${i}, 1, 0) + index(index(${rate}))` });
  }
  return s;
}
