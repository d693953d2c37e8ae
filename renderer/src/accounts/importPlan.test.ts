import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../../shared/domain/compute';
import { LiveScenario } from '../../../shared/live/scenario';
import { parseScenario, parseScenarioFile } from '../../../shared/model/file';
import { sampleScenario } from '../../../shared/model/sample';
import type { Scenario } from '../../../shared/model/scenario';
import { applyPatches } from '../../../shared/patch/apply';
import type { Patch } from '../../../shared/patch/types';
import type { PickedFile } from '../imports/types';
import { defaultChoices, planAccountsImport, readAccountsFile, seriesWith, unitConversion, type AccountsChoices } from './importPlan';

const root = path.resolve(import.meta.dirname, '../../..');
const samples = path.join(root, 'shared/imports/samples');
const pick = (name: string): PickedFile => ({ name: path.basename(name), bytes: new Uint8Array(fs.readFileSync(path.join(samples, name))) });
const text = (name: string, content: string): PickedFile => ({ name, bytes: new TextEncoder().encode(content) });
const SEED = 'accounts-2023-seed001.csv';

function drammen(): Scenario {
  const r = parseScenarioFile(fs.readFileSync(path.join(root, 'resources/examples/drammen-hop-2024-27.handlingsrom'), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.scenario;
}

function valid(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The sample scenario (one area, P05) moved to start in 2023, without accounts. */
const fresh = (): Scenario => valid({ ...sampleScenario(), firstYear: 2023 });

function plan(doc: Scenario, file: PickedFile, change: Partial<AccountsChoices> = {}, lang: 'nb' | 'en' = 'nb') {
  const result = readAccountsFile(file);
  return planAccountsImport(doc, result, { ...defaultChoices(result, doc), ...change }, lang);
}

/** The document after the plan's edit, checked by the schema as the store checks it. */
const applied = (doc: Scenario, patches: Patch[]): Scenario => valid(applyPatches(doc, patches).doc);

describe('accounts import plan: the seed file into the Drammen example (2023–2027)', () => {
  const doc = drammen();
  const p = plan(doc, pick(SEED));

  it('reads the year from the file, matches all five rows by code and links P05, P07 and P08 to the areas', () => {
    expect(p.ok).toBe(true);
    expect(p.year).toBe(2023);
    expect(p.yearFromFile).toBe(true);
    expect(p.matching?.matched.map((m) => [m.target.kind, m.target.code, m.target.areaCode ?? null])).toEqual([
      ['update', 'P04', null],
      ['update', 'P05', 'P05'],
      ['update', 'P06', null],
      ['update', 'P07', 'P07'],
      ['update', 'P08', 'P08'],
    ]);
    expect(p.label).toBe('Budsjett mot regnskap 2023 fra fil');
    expect(p.lines).toContain('Tallene gjelder 2023 (lest fra «Regnskap 2023»).');
    expect(p.lines).toContain('Beløpene er i 1000 kr, som scenarioet.');
    expect(p.lines).toContain('Erstatter tall for 2023 som står der fra før: P04, P05, P06, P07, P08.');
    expect(p.lines).toContain('Knyttet til scenarioets programområder etter kode: P05, P07, P08.');
    expect(p.lines).toContain('Avvik over terskelen på 3,0\u00a0%: P04, P05, P07.');
    expect(p.lines).toContain('Alle oppgitte avvik og summer stemmer med budsjett og regnskap (innenfor avrunding).');
  });

  it('shows area, budget, accounts, deviation in kroner and per cent, the target, and marks the rows over the threshold', () => {
    const table = p.table!;
    expect(table.columns).toEqual(['Tjenesteområde', 'Revidert budsjett (1000 kr)', 'Regnskap (1000 kr)', 'Avvik i kroner (1000 kr)', 'Avvik i prosent', 'Importeres som']);
    expect(table.rows[1]).toEqual([
      'P05 Mennesker med nedsattfunksjonsevne',
      '442\u00a0644',
      '458\u00a0460',
      '\u221215\u00a0816',
      '\u22123,6\u00a0%',
      'oppdaterer P05 · programområde P05',
    ]);
    expect(table.rows[5].slice(0, 5)).toEqual(['Sum', '2\u00a0665\u00a0324', '2\u00a0679\u00a0686', '\u221214\u00a0362', '\u22120,5\u00a0%']);
    expect(table.flagged).toEqual([true, true, false, true, false, false]);
  });

  it('sets only that year of the existing rows, and the document comes out as the example has it', () => {
    const next = applied(doc, p.patches);
    expect(next.accounts).toEqual(doc.accounts);
    expect(p.patches.every((x) => x.op === 'set')).toBe(true);
  });

  it('a threshold of 4 % in the document flags only P07 in the preview', () => {
    const q = plan(valid({ ...doc, accounts: { ...doc.accounts, thresholdShare: 0.04 } }), pick(SEED));
    expect(q.table!.flagged).toEqual([false, false, false, true, false, false]);
    expect(q.lines).toContain('Avvik over terskelen på 4,0\u00a0%: P07.');
  });
});

describe('accounts import plan: new rows, values and undo', () => {
  it('inserts rows the scenario lacks, linked to the area of the same code, and keeps the others', () => {
    const base = drammen();
    // The 2024 budget of P05 stays: the import writes 2023 only.
    const doc = valid({
      ...base,
      accounts: {
        rows: base.accounts.rows
          .filter((r) => r.code !== 'P04' && r.code !== 'P06')
          .map((r) => (r.code === 'P05' ? { ...r, revisedBudget: [1, 2], accounts: [3], stated: undefined } : r)),
      },
    });
    const p = plan(doc, pick(SEED), {}, 'en');
    expect(p.ok).toBe(true);
    expect(p.lines).toContain('New account rows (2): P04 Helse, P06 Hjemmetjenester og institusjon.');
    const next = applied(doc, p.patches);
    const rows = new Map(next.accounts.rows.map((r) => [r.code, r]));
    expect([...rows.keys()]).toEqual(['P05', 'P07', 'P08', 'P04', 'P06']);
    expect(rows.get('P04')).toEqual({
      id: 'p04',
      code: 'P04',
      name: 'Helse',
      revisedBudget: [366_207],
      accounts: [378_956],
      stated: { deviation: [-12_749], deviationShare: [-0.035] },
    });
    expect(rows.get('P05')).toMatchObject({ revisedBudget: [442_644, 2], accounts: [458_460], stated: { deviation: [-15_817], deviationShare: [-0.036] } });
    expect(next.accounts.statedTotals).toEqual({ revisedBudget: [2_665_324], accounts: [2_679_686], deviation: [-14_362], deviationShare: [-0.005] });
    // The published numbers reconcile with the computed ones: no findings.
    expect(computeScenario(next).findings.filter((f) => f.key.startsWith('regnskap.'))).toEqual([]);
  });

  it('into a scenario without accounts: every row is new, P05 is linked to the area p05', () => {
    const doc = fresh();
    const p = plan(doc, pick(SEED));
    expect(p.ok).toBe(true);
    expect(p.patches.filter((x) => x.op === 'insert')).toHaveLength(5);
    expect(p.lines).toContain('Knyttet til scenarioets programområder etter kode: P05.');
    const next = applied(doc, p.patches);
    expect(next.accounts.rows.find((r) => r.code === 'P05')).toMatchObject({ id: 'p05', areaId: 'p05', name: 'Mennesker med nedsatt funksjonsevne' });
    expect(next.accounts.rows.find((r) => r.code === 'P04')?.areaId).toBeUndefined();
  });

  it('is one edit that undo takes back whole', () => {
    const doc = fresh();
    const live = new LiveScenario(doc, 0);
    const p = plan(doc, pick(SEED));
    const { inverse } = live.apply(p.patches);
    expect(live.engine.value('regnskap.p05.avvik', 0)).toBe(-15_816);
    expect(live.engine.value('regnskap.antall_over_terskel', 0)).toBe(3);
    live.apply(inverse);
    expect(live.doc).toEqual(doc);
    expect(live.engine.has('regnskap.p05.avvik')).toBe(false);
  });
});

describe('accounts import plan: the year', () => {
  it('refuses a file for a year outside the horizon, with a message, and writes nothing', () => {
    const p = plan(sampleScenario(), pick(SEED)); // 2024–2027
    expect(p.ok).toBe(false);
    expect(p.patches).toEqual([]);
    expect(p.lines).toEqual([
      'Filen kan ikke importeres, og ingenting er endret.',
      'Filen gjelder 2023 (lest fra «Regnskap 2023»), men scenarioet dekker 2024–2027. Utvid planperioden først, eller velg en fil for et år i perioden.',
    ]);
  });

  it('lets the user choose the year when the file does not say, and writes that year', () => {
    const file = text('avvik.csv', 'Tjenesteområde;Budsjett;Regnskap\nP05 Mennesker;100;90\n');
    const doc = fresh();
    const first = plan(doc, file);
    expect(first.yearFromFile).toBe(false);
    expect(first.year).toBe(2023);
    expect(first.lines).toContain('Filen oppgir ikke året; tallene importeres for 2023 (kan endres over).');
    expect(first.lines).toContain('Filen oppgir ikke enheten; beløpene leses som 1000 kr.');
    const p = plan(doc, file, { year: 2025 });
    expect(p.ok).toBe(true);
    const row = applied(doc, p.patches).accounts.rows[0];
    expect(row).toMatchObject({ code: 'P05', revisedBudget: [null, null, 100], accounts: [null, null, 90] });
    expect(row.stated).toBeUndefined();
    const outside = plan(doc, file, { year: 2030 });
    expect(outside.ok).toBe(false);
    expect(outside.lines[1]).toBe('Året 2030 er utenfor scenarioets planperiode, 2023–2026.');
  });
});

describe('accounts import plan: what it cannot read', () => {
  it('a bad file: not ok, no patches, the problem by line', () => {
    const p = plan(drammen(), pick('bad/accounts-missing-column.csv'));
    expect(p.ok).toBe(false);
    expect(p.patches).toEqual([]);
    expect(p.lines.join('\n')).toMatch(/Linje 1: Fant ingen kolonne med regnskap/);
    const text2 = plan(drammen(), text('x.csv', 'Område;Budsjett 2023;Regnskap 2023\nP05;100;ukjent\n'));
    expect(text2.ok).toBe(false);
    expect(text2.patches).toEqual([]);
    expect(text2.lines.join('\n')).toMatch(/Linje 2, kolonne 3 \(«Regnskap 2023»\)/);
  });

  it('stated numbers that do not reconcile: listed by line and column, stored as published, found again by the domain', () => {
    const doc = fresh();
    const p = plan(doc, pick('bad/accounts-not-reconciling.csv'));
    expect(p.ok).toBe(true);
    expect(p.lines).toContain('Oppgitte tall som ikke stemmer (4):');
    expect(p.lines).toContain(
      'Linje 3, kolonne 4 («Avvik i kroner»): Avviket for P05 Mennesker med nedsatt funksjonsevne står som −19\u00a0265, men budsjett minus regnskap er −15\u00a0816.',
    );
    const findings = computeScenario(applied(doc, p.patches)).findings.filter((f) => f.key.startsWith('regnskap.'));
    expect(findings.map((f) => [f.key, f.year, f.stated])).toEqual(
      expect.arrayContaining([
        ['regnskap.p05.avvik', 2023, -19_265],
        ['regnskap.p07.avvik_andel', 2023, 0.055],
      ]),
    );
  });

  it('refuses the same code twice, naming both lines', () => {
    const p = plan(fresh(), text('x.csv', 'Område;Budsjett 2023;Regnskap 2023\nP05 A;100;90\nP07 B;1;1\np05 C;5;5\n'));
    expect(p.ok).toBe(false);
    expect(p.patches).toEqual([]);
    expect(p.lines).toContain('Linje 4: p05 står også på linje 2; hver kode kan bare stå én gang.');
  });

  it('matches a row without a code by the name of an area, and skips one it cannot place, by line', () => {
    const p = plan(fresh(), text('x.csv', 'Tjenesteområde;Budsjett 2023;Regnskap 2023\nMennesker med nedsatt funksjonsevne;100;90\nUkjent område;5;5\n'));
    expect(p.ok).toBe(true);
    expect(p.matching?.matched.map((m) => [m.target.kind, m.target.code, m.row.line])).toEqual([['new', 'P05', 2]]);
    expect(p.lines).toContain('Linje 3: rad uten kode for tjenesteområde, og navnet finnes ikke i scenarioet, hoppet over: «Ukjent område»');
    const none = plan(fresh(), text('x.csv', 'Tjenesteområde;Budsjett 2023;Regnskap 2023\nUkjent område;5;5\n'));
    expect(none.ok).toBe(false);
    expect(none.patches).toEqual([]);
  });

  it('converts kroner to 1000 kr, and refuses a unit that is not money', () => {
    const kr = plan(fresh(), text('x.csv', 'Tjenesteområde (alle tall i kr);Revidert budsjett 2023;Regnskap 2023;Avvik i kroner\nP05 A;442644000;458460000;-15816000\n'));
    expect(kr.ok).toBe(true);
    expect(kr.lines).toContain('Beløpene er i kr og regnes om til 1000 kr.');
    expect(applied(fresh(), kr.patches).accounts.rows[0]).toMatchObject({ revisedBudget: [442_644], accounts: [458_460], stated: { deviation: [-15_816] } });
    const hours = plan(fresh(), text('x.csv', 'Tjenesteområde (alle tall i timer);Budsjett 2023;Regnskap 2023\nP05 A;1;2\n'));
    expect(hours.ok).toBe(false);
    expect(hours.patches).toEqual([]);
    expect(unitConversion('mill. kr')!(1.5)).toBe(1500);
    expect(unitConversion('1 000 kr')!(7)).toBe(7);
  });

  it('stores deviations stated as accounts − budget with the scenario’s sign (budget − accounts)', () => {
    const p = plan(fresh(), text('x.csv', 'Område;Budsjett 2023;Regnskap 2023;Avvik;Avvik i prosent\nP05 A;100;90;-10;-10%\nP07 B;200;210;10;5%\n'));
    expect(p.ok).toBe(true);
    const rows = applied(fresh(), p.patches).accounts.rows;
    expect(rows.map((r) => r.stated)).toEqual([
      { deviation: [10], deviationShare: [0.1] },
      { deviation: [-10], deviationShare: [-0.05] },
    ]);
  });

  it('refuses figures the schema would refuse, and writes nothing', () => {
    const p = plan(fresh(), text('x.csv', 'Område;Budsjett 2023;Regnskap 2023\nP05 A;1e16;1\n'));
    expect(p.ok).toBe(false);
    expect(p.patches).toEqual([]);
  });
});

describe('seriesWith', () => {
  it('pads with blanks and leaves the input alone', () => {
    const s = [1, null];
    expect(seriesWith(s, 3, 5)).toEqual([1, null, null, 5]);
    expect(seriesWith(undefined, 0, null)).toEqual([null]);
    expect(s).toEqual([1, null]);
  });
});
