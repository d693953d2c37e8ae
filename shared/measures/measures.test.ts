// The measures table's edits, a pasted list of measures and copying to another scenario, checked through the
// schema and the real engine (the sums the Tiltak view shows).
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../compare/diff';
import { describeChange } from '../compare/text';
import { computeScenario } from '../domain/compute';
import { blankScenario } from '../model/blank';
import { scenarioSchema, type Scenario } from '../model/scenario';
import { applyPatches } from '../patch/apply';
import type { Patch } from '../patch/types';
import { appendMeasures, blankMeasure, duplicateMeasures, effectPerYear, insertMeasure, moveMeasure, removeMeasures, switchEffectMode } from './edits';
import { copyMeasures } from './copy';
import { readPastedMeasures, readPastedTable, type PasteChoices } from './paste';
import { BALANSE_2021_TABLE as BALANSE } from './testing';


function scenario(firstYear = 2021, code = 'P06'): Scenario {
  const s = blankScenario({ id: 'target', name: 'Mål', firstYear, years: 4 });
  s.areas.push({ id: code.toLowerCase(), code, name: 'Hjemmetjenester og institusjon', frame: { originalBudget: [], previousDecisions: [], currentYearChanges: [], wageAndPriceGrowth: [] }, items: [] });
  return s;
}

function applied(doc: Scenario, patches: Patch[]): Scenario {
  const next = applyPatches(doc, patches).doc;
  expect(scenarioSchema.safeParse(next).success).toBe(true);
  return next;
}

const value = (doc: Scenario, key: string, year: number) => computeScenario(doc).engine.value(key, year - doc.firstYear);

describe('pasting a list of measures', () => {
  const choices = (doc: Scenario, roles = readPastedTable(BALANSE)!.roles): PasteChoices => ({ roles, areaId: doc.areas[0].id, startYear: 2021, costPerFte: 700 });

  it('reads the Balanse 2021 table: 75 000 full year and 31 000 in 2021, the sum row checked, not added', () => {
    const table = readPastedTable(BALANSE)!;
    expect(table.roles).toEqual(['name', 'fullYear', 'firstYear']);
    expect(table.headerYear).toBe(2021);
    const doc = scenario();
    const r = readPastedMeasures(doc, table, choices(doc));
    expect(r.refused).toEqual([]);
    expect(r.measures).toHaveLength(8);
    expect(r.sums).toEqual([{ line: 10, name: 'Sum', fullYear: 75000, firstYear: 31000 }]);
    expect(r.totals).toEqual({ fullYear: 75000, firstYear: 31000 });
    expect(r.notes.map((n) => n.name)).toEqual(['Aktivitetssentre/vurdering av kafedrift']);
    expect(r.measures[0]).toMatchObject({ id: 'tildelingspraksis', effect: { mode: 'explicit', fullYear: 10000, perYear: [3500, 10000, 10000, 10000] } });

    const after = applied(doc, appendMeasures(doc, r.measures));
    expect(value(after, 'tiltak.sum_helarseffekt', 2021)).toBe(75000);
    expect(value(after, 'tiltak.sum_innsparing', 2021)).toBe(31000);
    expect(value(after, 'tiltak.sum_innsparing', 2022)).toBe(75000);
  });

  it('puts the first-year effect in the chosen start year when the header’s year is outside the plan', () => {
    const doc = scenario(2025);
    const r = readPastedMeasures(doc, readPastedTable(BALANSE)!, { ...choices(doc), startYear: 2026 });
    expect(r.totals).toEqual({ fullYear: 75000, firstYear: 31000 });
    const after = applied(doc, appendMeasures(doc, r.measures));
    expect(value(after, 'tiltak.sum_innsparing', 2025)).toBe(0);
    expect(value(after, 'tiltak.sum_innsparing', 2026)).toBe(31000);
  });

  it('refuses rows it cannot read, each with why, and takes the rest', () => {
    const text = [
      'Navn;Programområde;Helårseffekt (mill. kr);Årsverk;Startmåned;Sannsynlighet;Status'.replace(/;/g, '\t'),
      'Ny turnus\tP06\t1,5\t\tjuni\t60 %\tvedtatt',
      'Vikarer\tP06\t\t3\t6\t\t',
      'Bad number\tP06\tca. fem\t\t\t\t',
      'Ukjent område\tP99\t1\t\t\t\t',
      '\tP06\t2\t\t\t\t',
      'Feil status\tP06\t2\t\t\t\tkanskje',
      'Negativ\tP06\t-2\t\t\t\t',
    ].join('\r\n');
    const table = readPastedTable(text)!;
    expect(table.roles).toEqual(['name', 'area', 'fullYear', 'fte', 'startMonth', 'probability', 'status']);
    const doc = scenario();
    const r = readPastedMeasures(doc, table, { roles: table.roles, areaId: null, startYear: 2022, costPerFte: 700 });
    expect(r.measures.map((m) => m.name)).toEqual(['Ny turnus', 'Vikarer']);
    // "1,5" in a column headed "mill. kr" is 1 500 (1000 kr); June is month 6; 60 % is 0.6.
    expect(r.measures[0]).toMatchObject({ status: 'vedtatt', probability: 0.6, effect: { mode: 'phasein', fullYear: 1500, startYear: 2022, startMonth: 6 } });
    expect(r.measures[1].effect).toEqual({ mode: 'fte', fte: 3, costPerFte: 700, startYear: 2022, startMonth: 6 });
    expect(r.refused.map((x) => [x.line, x.reason.code])).toEqual([
      [4, 'measuresUi.paste.badNumber'],
      [5, 'measuresUi.paste.unknownArea'],
      [6, 'measuresUi.paste.noName'],
      [7, 'measuresUi.paste.badStatus'],
      [8, 'measuresUi.paste.negative'],
    ]);
  });

  it('needs an area for rows without one, and reads nothing from a blank paste', () => {
    const doc = scenario();
    const table = readPastedTable(BALANSE)!;
    const r = readPastedMeasures(doc, table, { ...choices(doc), areaId: null });
    expect(r.measures).toEqual([]);
    expect(new Set(r.refused.map((x) => x.reason.code))).toEqual(new Set(['measuresUi.paste.noArea']));
    expect(readPastedTable(' \n\t\n')).toBeNull();
  });
});

describe('measure edits', () => {
  it('add, duplicate, move and remove, each undone exactly by its inverse', () => {
    let doc = scenario();
    const m = blankMeasure(doc, 'Stram styring', 'p06');
    expect(m.id).toBe('stram_styring');
    const steps: Patch[][] = [[insertMeasure(doc, m)]];
    doc = applied(doc, steps[0]);
    const dup = duplicateMeasures(doc, ['stram_styring'], (n) => `${n} (kopi)`);
    expect(dup.copies.map((c) => [c.id, c.name])).toEqual([['stram_styring_kopi', 'Stram styring (kopi)']]);
    doc = applied(doc, dup.patches);
    doc = applied(doc, moveMeasure(doc, 'stram_styring', 1));
    expect(doc.measures.map((x) => x.id)).toEqual(['stram_styring_kopi', 'stram_styring']);
    expect(moveMeasure(doc, 'stram_styring', 1)).toEqual([]);
    const { doc: removed, inverse } = applyPatches(doc, removeMeasures(doc, ['stram_styring_kopi']));
    expect(removed.measures.map((x) => x.id)).toEqual(['stram_styring']);
    expect(applyPatches(removed, inverse).doc).toEqual(doc);
  });

  it('switching what drives the effect keeps the numbers', () => {
    let doc = scenario(2025);
    const m = { ...blankMeasure(doc, 'Vikarpool', 'p06'), effect: { mode: 'fte' as const, fte: 10, costPerFte: 700, startYear: 2025, startMonth: 6 } };
    doc = applied(doc, [insertMeasure(doc, m)]);
    // 10 FTEs × 700 from 1 June: 7/12 of 7 000 in 2025.
    expect(value(doc, 'tiltak.vikarpool.innsparing', 2025)).toBeCloseTo(7000 * 7 / 12, 9);
    const before = effectPerYear(doc, doc.measures[0].effect);
    doc = applied(doc, switchEffectMode(doc, doc.measures[0], 'phasein'));
    expect(doc.measures[0]).toMatchObject({ effect: { mode: 'phasein', fullYear: 7000 }, fteBasis: { fte: 10, costPerFte: 700 } });
    doc = applied(doc, switchEffectMode(doc, doc.measures[0], 'explicit'));
    expect(effectPerYear(doc, doc.measures[0].effect)).toEqual(before);
    doc = applied(doc, switchEffectMode(doc, doc.measures[0], 'fte'));
    expect(doc.measures[0].effect).toEqual({ mode: 'fte', fte: 10, costPerFte: 700, startYear: 2025, startMonth: 1 });
    expect(doc.measures[0].fteBasis).toBeUndefined();
  });
});

describe('copying measures to another scenario', () => {
  it('matches areas by code, keeps free ids, moves per-year effects to the same years and says what it cannot copy', () => {
    const from = scenario(2021);
    from.areas.push({ ...from.areas[0], id: 'p09', code: 'P09', name: 'Annet' });
    const table = readPastedTable(BALANSE)!;
    const pasted = readPastedMeasures(from, table, { roles: table.roles, areaId: 'p06', startYear: 2021, costPerFte: 700 }).measures;
    const source = applied(from, appendMeasures(from, [...pasted.slice(0, 2), blankMeasure(from, 'Annet tiltak', 'p09')]));
    const to = scenario(2022, 'P06');
    to.areas[0].id = 'omr_p06';
    const plan = copyMeasures(source, ['tildelingspraksis', 'annet_tiltak', 'spesialisering_av_sykehjemsplasser'], to);
    expect(plan.refused).toEqual([{ name: 'Annet tiltak', reason: { code: 'measuresUi.copy.noArea', params: { code: 'P09', target: 'Mål' } } }]);
    expect(plan.copied.map((m) => [m.id, m.areaId])).toEqual([
      ['tildelingspraksis', 'omr_p06'],
      ['spesialisering_av_sykehjemsplasser', 'omr_p06'],
    ]);
    expect(plan.copied[0].effect).toMatchObject({ perYear: [10000, 10000, 10000, null] });
    expect(plan.notes).toHaveLength(2);
    const after = applied(to, plan.patches);
    // A second copy of the same measure gets a new id.
    const again = copyMeasures(source, ['tildelingspraksis'], after);
    expect(again.copied[0].id).toBe('tildelingspraksis_2');
  });
});

describe('the compare change list', () => {
  it('names a measure moved up as that one measure, with its rows', () => {
    const doc = scenario(2025);
    const names = ['A', 'B', 'C', 'D'];
    const before = applied(doc, appendMeasures(doc, names.map((n) => blankMeasure(doc, n, 'p06', new Set(names.slice(0, names.indexOf(n)).map((x) => x.toLowerCase()))))));
    const after = applied(before, moveMeasure(before, 'c', -1));
    expect(after.measures.map((m) => m.id)).toEqual(['a', 'c', 'b', 'd']);
    const changes = diffDocuments(before, after);
    expect(changes.map((c) => describeChange(c, 'nb'))).toEqual(['Tiltaket «C»: plassering rad 3 av 4 → rad 2 av 4']);
    expect(diffDocuments(after, after)).toEqual([]);
  });
});
