import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../../shared/domain/compute';
import { LiveScenario } from '../../../shared/live/scenario';
import { parseScenario } from '../../../shared/model/file';
import { sampleScenario } from '../../../shared/model/sample';
import type { Scenario } from '../../../shared/model/scenario';
import { applyPatches } from '../../../shared/patch/apply';
import type { PickedFile } from '../imports/types';
import { defaultChoices, peerGroupName, planKostraImport, readKostraFile, type KostraChoices } from './importPlan';

const samples = path.resolve(import.meta.dirname, '../../../shared/imports/samples');
const pick = (name: string): PickedFile => ({ name: path.basename(name), bytes: new Uint8Array(fs.readFileSync(path.join(samples, name))) });
const text = (name: string, content: string): PickedFile => ({ name, bytes: new TextEncoder().encode(content) });
const SAMPLE = 'kostra-pleie-og-omsorg-2020.csv';

function plan(doc: Scenario, file: PickedFile, change: Partial<KostraChoices> = {}, lang: 'nb' | 'en' = 'nb') {
  const first = readKostraFile(file);
  const choices = { ...defaultChoices(first, doc, file.name), ...change };
  return planKostraImport(doc, readKostraFile(file, choices.peer), choices, file.name, lang);
}

/** The document after the plan's edit, checked by the schema as the store checks it. */
function applied(doc: Scenario, patches: Parameters<typeof applyPatches>[1]): Scenario {
  const r = parseScenario(applyPatches(doc, patches).doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('KOSTRA import plan: the sample file', () => {
  const doc = sampleScenario();

  it('suggests the first peer column, its name, the unit from the header and the year from the title', () => {
    expect(defaultChoices(readKostraFile(pick(SAMPLE)), doc, SAMPLE)).toEqual({
      peer: 'Enhetskostnad KOSTRA-gruppe 12 (kr)',
      peerGroup: 'KOSTRA-gruppe 12',
      costUnit: 'kr',
      year: 2020,
    });
    expect(peerGroupName('ASSS-snitt uten Oslo (kr)')).toBe('ASSS-snitt uten Oslo');
    expect(peerGroupName('Enhetskostnader: KOSTRA-gruppe 13 (1000 kr)')).toBe('KOSTRA-gruppe 13');
  });

  it('previews the services with their potential in 1000 kr, the totals and the skipped lines, and sets the section in one edit', () => {
    const p = plan(doc, pick(SAMPLE));
    expect(p.ok).toBe(true);
    expect(p.patches).toEqual([{ op: 'set', path: ['kostra'], value: p.kostra }]);
    expect(p.label).toBe('Importer KOSTRA-tall mot KOSTRA-gruppe 12');
    expect(p.table?.rows.map((r) => [r[0].split(',')[0], r[6]])).toEqual([
      ['Institusjon', '91\u00a0000'],
      ['Hjemmetjenester', '\u2212171\u00a0050'],
      ['Omsorgsboliger med heldøgns bemanning', '\u221232\u00a0200'],
      ['Dagaktivitetstilbud', '450'],
    ]);
    expect(p.table?.flagged).toEqual([true, false, false, true]);
    expect(p.lines).toContain('Teoretisk innsparingspotensial: \u2212111\u00a0800 netto, 91\u00a0450 i tjenestene som er dyrere (1000 kr).');
    expect(p.lines).toContain('Enheten kr er lest fra kolonneoverskriftene.');
    expect(p.lines).toContain('Hoppet over (2):');
    expect(p.lines.filter((l) => /^Linje \d/.test(l)).map((l) => l.split(':')[0])).toEqual(['Linje 1', 'Linje 7, kolonne 1']);
    expect(p.lines.some((l) => l.startsWith('Erstatter'))).toBe(false);
    expect(p.kostra?.services.map((s) => [s.id, s.unit, s.volume])).toEqual([
      ['institusjon_korrigerte_brutto', 'plasser', 700],
      ['hjemmetjenester_korrigerte_brutto', 'mottakere', 3110],
      ['omsorgsboliger_med_heldogns_bemanning', 'boliger', 460],
      ['dagaktivitetstilbud_utgifter_per_plass', 'plasser', 150],
    ]);
    expect(p.kostra).toMatchObject({ peerGroup: 'KOSTRA-gruppe 12', costUnit: 'kr', year: 2020, source: SAMPLE });
  });

  it('gives a document the schema accepts and the engine computes: 112 mill. below KOSTRA group 12, as the seed says', () => {
    const next = applied(doc, plan(doc, pick(SAMPLE)).patches);
    const c = computeScenario(next);
    expect(c.engine.value('kostra.sum_potensial', 0)).toBe(-111_800);
    expect(c.engine.value('kostra.sum_potensial_dyrere', 0)).toBe(91_450);
    expect(c.problems).toEqual([]);
  });

  it('is one undoable step in the live scenario', () => {
    const live = new LiveScenario(doc, 1);
    const { inverse } = live.apply(plan(doc, pick(SAMPLE)).patches);
    expect(live.engine.value('kostra.sum_potensial', 0)).toBe(-111_800);
    expect(inverse).toHaveLength(1);
    live.apply(inverse);
    expect(live.doc).toEqual(doc);
    expect('kostra' in live.doc).toBe(false);
    expect(live.engine.has('kostra.sum_potensial')).toBe(false);
  });

  it('compares with the ASSS column when chosen', () => {
    const p = plan(doc, pick(SAMPLE), { peer: 'ASSS-snitt uten Oslo (kr)', peerGroup: 'ASSS-snitt uten Oslo' });
    expect(p.ok).toBe(true);
    expect(p.kostra?.services[0].peerUnitCost).toBe(1_205_000);
    // (59 500 − 115 070 − 20 700 − 600) in 1000 kr.
    expect(computeScenario(applied(doc, p.patches)).engine.value('kostra.sum_potensial', 0)).toBe(-76_870);
  });

  it('says in English what it does', () => {
    const p = plan(doc, pick(SAMPLE), {}, 'en');
    expect(p.lines[1]).toBe('Imported as a comparison against “KOSTRA-gruppe 12”, figures for 2020, unit costs in kr.');
    expect(p.table?.columns[6]).toBe('Potential (1000 kr)');
  });
});

describe('KOSTRA import plan: replacing, choices and bad files', () => {
  it('says it replaces the current comparison; a service of the same name keeps its id and programme area', () => {
    const doc = sampleScenario();
    doc.kostra = {
      peerGroup: 'ASSS-snitt',
      costUnit: 'kr',
      year: 2019,
      services: [
        { id: 'inst', name: 'institusjon, korrigerte brutto driftsutgifter per kommunal plass', unit: 'plasser', ownUnitCost: 1, peerUnitCost: 1, volume: 1, areaId: 'p05' },
        { id: 'gammel', name: 'Gammel tjeneste', unit: '', ownUnitCost: 1, peerUnitCost: 1, volume: 1 },
      ],
    };
    const p = plan(doc, pick(SAMPLE));
    expect(p.ok).toBe(true);
    expect(p.lines).toContain('Erstatter den nåværende sammenligningen mot «ASSS-snitt» (2019, 2 tjenester). Tjenester med samme navn beholder programområdet sitt.');
    expect(p.kostra?.services[0]).toMatchObject({ id: 'inst', areaId: 'p05', ownUnitCost: 1_290_000 });
    expect(p.kostra?.services.some((s) => s.id === 'gammel')).toBe(false);
    const next = applied(doc, p.patches);
    expect(next.kostra?.services).toHaveLength(4);
  });

  it('refuses with the problem by line and column, and writes nothing', () => {
    const p = plan(sampleScenario(), pick('bad/kostra-text-in-number.csv'));
    expect(p.ok).toBe(false);
    expect(p.patches).toEqual([]);
    expect(p.lines.join('\n')).toMatch(/[Ll]inje 3/);
    expect(p.lines.join('\n')).toMatch(/ikke oppgitt/);
  });

  it('refuses a blank name, a year out of range and a name longer than the schema takes, naming the line', () => {
    const doc = sampleScenario();
    expect(plan(doc, pick(SAMPLE), { peerGroup: '  ' }).lines).toEqual([
      'Tallene kan ikke importeres (1 problem):',
      'KOSTRA-sammenligning.sammenlignet med: kan ikke være tom',
    ]);
    expect(plan(doc, pick(SAMPLE), { year: Number.NaN }).ok).toBe(false);
    expect(plan(doc, pick(SAMPLE), { year: 1800 }).ok).toBe(false);
    const long = plan(doc, text('lang.csv', `Tjeneste;Kommunen (kr);KOSTRA-gruppe 13 (kr);Volum\n${'x'.repeat(201)};10;8;5\n`));
    expect(long.ok).toBe(false);
    expect(long.patches).toEqual([]);
    expect(long.lines[1]).toMatch(/^Linje 2: KOSTRA-sammenligning\.tjenester\[1 «x+…»\]\.navn: er for lang/);
  });

  it('assumes kr when the file does not name the unit, and says so; 1000 kr when it does', () => {
    const doc = sampleScenario();
    const bare = plan(doc, text('tall.csv', 'Tjeneste;Kommunen;Snitt ASSS;Antall brukere\nA;10;8;5\n'));
    expect(bare.kostra?.costUnit).toBe('kr');
    expect(bare.lines).toContain('Filen oppgir ikke enheten for enhetskostnadene; kr er valgt (kan endres over).');
    // No year anywhere: the year before the plan.
    expect(bare.kostra?.year).toBe(2023);
    const thousands = plan(doc, text('t.csv', 'Tjeneste;Egen enhetskostnad (1000 kr);KOSTRA-gruppe 13 (1000 kr);Volum\nA;1 290;1 160;700\n'));
    expect(thousands.kostra?.costUnit).toBe('1000 kr');
    expect(computeScenario(applied(doc, thousands.patches)).engine.value('kostra.sum_potensial', 0)).toBe(91_000);
  });

  it('makes distinct ids for services of the same name', () => {
    const p = plan(sampleScenario(), text('t.csv', 'Tjeneste;Kommunen (kr);KOSTRA-gruppe 13 (kr);Volum\nSykehjem;10;8;5\nSykehjem;12;8;5\n2 Barnehage;1;1;1\n'));
    expect(p.kostra?.services.map((s) => s.id)).toEqual(['sykehjem', 'sykehjem_2', 't_2_barnehage']);
  });
});
