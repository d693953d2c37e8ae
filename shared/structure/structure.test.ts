import { describe, expect, it } from 'vitest';
import { computeScenario } from '../domain/compute';
import { parseScenario } from '../model/file';
import { sampleScenario } from '../model/sample';
import type { Scenario } from '../model/scenario';
import { applyPatches } from '../patch/apply';
import { completeRemoval, computedGrowth, planRecodeArea, planRemoveArea, planRemoveAssumption, structureOf } from './index';

/** The sample with a second area, a formula on P05, accounts and KOSTRA rows linked to P05, a line of P05's own. */
function model(): Scenario {
  const s = sampleScenario();
  s.areas.push({ id: 'p07', code: 'P07', name: 'Rus og psykisk helse', frame: { originalBudget: [50, 50, 50, 50], previousDecisions: [], currentYearChanges: [], wageAndPriceGrowth: [] }, items: [] });
  s.accounts.rows.push({ id: 'r5', code: 'P05', name: 'Nedsatt funksjonsevne', areaId: 'p05', revisedBudget: [], accounts: [] });
  s.kostra = { peerGroup: 'KG13', costUnit: 'kr', year: 2023, services: [{ id: 'k1', name: 'Bolig', unit: 'brukere', areaId: 'p05', ownUnitCost: 1, peerUnitCost: 1, volume: 1 }] };
  s.lines.push(
    { id: 'eget', section: 'p05', name: 'vikarer', label: 'Vikarer', unit: '1000 kr', view: 'rammer', kind: 'input', values: [1, 1, 1, 1] },
    { id: 'andel', section: 'resultat', name: 'p05_andel', label: 'P05s andel', unit: 'andel', view: 'oversikt', kind: 'formula', formula: 'p05.ramme / resultat.sum_rammer', after: 'p05.ramme' },
  );
  return s;
}

function valid(doc: Scenario): void {
  const r = parseScenario(doc);
  expect(r.ok, JSON.stringify(!r.ok && r.issues)).toBe(true);
}

describe('planRemoveArea', () => {
  it('names what goes with the area, what is unlinked, and the formula that blocks it', () => {
    const plan = planRemoveArea(model(), 'p05')!;
    expect(plan.consequences).toEqual([
      { effect: 'goes', kind: 'areaItem', name: 'Nye bofellesskap' },
      { effect: 'goes', kind: 'measure', name: 'Tildelingspraksis' },
      { effect: 'goes', kind: 'investment', name: 'Boliger' },
      { effect: 'goes', kind: 'service', name: 'Sykehjem' },
      { effect: 'goes', kind: 'customLine', name: 'Vikarer' },
      { effect: 'unlinked', kind: 'accountRow', name: 'P05 Nedsatt funksjonsevne' },
      { effect: 'unlinked', kind: 'kostraService', name: 'Bolig' },
    ]);
    expect(plan.blockers).toEqual([{ key: 'resultat.p05_andel', label: 'P05s andel', refs: ['p05.ramme'] }]);
  });

  it('without the blocking formula: one edit that leaves a valid document and nothing pointing at the area', () => {
    const doc = model();
    doc.lines = doc.lines.filter((l) => l.id !== 'andel');
    const plan = planRemoveArea(doc, 'p05')!;
    expect(plan.blockers).toEqual([]);
    const next = applyPatches(doc, plan.patches).doc;
    valid(next);
    expect(next.areas.map((a) => a.code)).toEqual(['P07']);
    expect(next.measures).toEqual([]);
    expect(next.accounts.rows[0].areaId).toBeUndefined();
    expect(next.kostra!.services[0].areaId).toBeUndefined();
    expect(computeScenario(next).engine.value('resultat.sum_rammer', 0)).toBe(50);
    // Undo gives back the document exactly.
    expect(applyPatches(next, applyPatches(doc, plan.patches).inverse).doc).toEqual(doc);
  });

  it('a line placed after a line of the area loses its placement, not its place in the document', () => {
    const doc = model();
    doc.lines = doc.lines.map((l) => (l.id === 'andel' ? { ...l, formula: 'resultat.sum_rammer * 0' } : l));
    const plan = planRemoveArea(doc, 'p05')!;
    expect(plan.blockers).toEqual([]);
    expect(plan.patches).toContainEqual({ op: 'remove', path: ['lines', { id: 'andel' }, 'after'] });
    valid(applyPatches(doc, plan.patches).doc);
  });

  it('is null for an unknown area', () => {
    expect(planRemoveArea(model(), 'nope')).toBeNull();
  });
});

describe('planRecodeArea', () => {
  it('moves the area’s keys to the new code, with its own lines, the formulas that read them and their placements', () => {
    const doc = model();
    const before = computeScenario(doc).engine;
    const r = planRecodeArea(doc, 'p05', 'P04');
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.rewritten.map((u) => u.key)).toEqual(['resultat.p05_andel']);
    const next = applyPatches(doc, r.patches).doc;
    valid(next);
    expect(next.areas[0].code).toBe('P04');
    expect(next.lines.find((l) => l.id === 'eget')?.section).toBe('p04');
    const andel = next.lines.find((l) => l.id === 'andel');
    expect(andel?.kind === 'formula' && andel.formula).toBe('p04.ramme / resultat.sum_rammer');
    expect(andel?.after).toBe('p04.ramme');
    const after = computeScenario(next).engine;
    expect(after.has('p05.ramme')).toBe(false);
    expect(Array.from(after.values('p04.ramme'))).toEqual(Array.from(before.values('p05.ramme')));
    expect(Array.from(after.values('resultat.p05_andel'))).toEqual(Array.from(before.values('resultat.p05_andel')));
    expect(Array.from(after.values('p04.vikarer'))).toEqual([1, 1, 1, 1]);
    // Undo gives back the document exactly.
    expect(applyPatches(next, applyPatches(doc, r.patches).inverse).doc).toEqual(doc);
  });

  it('a change of case keeps the keys; a formula summing one of the area’s tags by name must be changed first', () => {
    expect(planRecodeArea(model(), 'p05', 'p05')).toEqual({ ok: true, patches: [{ op: 'set', path: ['areas', { id: 'p05' }, 'code'], value: 'p05' }], rewritten: [] });
    const doc = model();
    doc.lines.push({ id: 'spar', section: 'resultat', name: 'spar', label: 'Sparing P05', unit: '1000 kr', view: 'oversikt', kind: 'formula', formula: 'sumtag("p05.innsparing")' });
    expect(planRecodeArea(doc, 'p05', 'P04')).toMatchObject({ ok: false, reason: 'tag', use: { key: 'resultat.spar' } });
    expect(planRecodeArea(doc, 'nope', 'P04')).toBeNull();
  });
});

describe('the deflator and planRemoveAssumption', () => {
  function withDeflator(): Scenario {
    const doc = model();
    doc.assumptions.push({ id: 'deflator', name: 'Kommunal deflator', unit: 'andel', kind: 'scalar', value: 0.05 });
    doc.areas[0] = { ...doc.areas[0], deflatorId: 'deflator' };
    doc.areas[1] = { ...doc.areas[1], deflatorId: 'deflator' };
    doc.demography.services[0] = { ...doc.demography.services[0], costGrowthId: 'deflator' };
    return doc;
  }

  it('computes an area\'s wage and price growth from its budget, and the deflator moves every frame that uses it', () => {
    const doc = withDeflator();
    valid(doc);
    const before = computeScenario(doc).engine;
    expect(before.value('p05.lonns_og_prisvekst', 0)).toBe(5);
    expect(before.value('p07.lonns_og_prisvekst', 0)).toBe(3); // round(2.5)
    const next = applyPatches(doc, [{ op: 'set', path: ['assumptions', { id: 'deflator' }, 'value'], value: 0.1 }]).doc;
    const after = computeScenario(next).engine;
    expect(after.value('p05.lonns_og_prisvekst', 0)).toBe(10);
    expect(after.value('p07.lonns_og_prisvekst', 0)).toBe(5);
    expect(after.value('p05.ramme', 0) - before.value('p05.ramme', 0)).toBe(5);
    expect(after.value('p07.ramme', 0) - before.value('p07.ramme', 0)).toBe(2);
    expect(computedGrowth(doc, 'p07')).toEqual([3, 3, 3, 3]);
  });

  it('removing the deflator types in the areas\' growth as it stands and puts services back in fixed prices', () => {
    const doc = withDeflator();
    const plan = planRemoveAssumption(doc, 'deflator')!;
    expect(plan.blockers).toEqual([]);
    expect(plan.consequences).toEqual([
      { effect: 'typed', kind: 'area', name: 'P05 Mennesker med nedsatt funksjonsevne' },
      { effect: 'typed', kind: 'area', name: 'P07 Rus og psykisk helse' },
      { effect: 'unlinked', kind: 'service', name: 'Sykehjem' },
    ]);
    const next = applyPatches(doc, plan.patches).doc;
    valid(next);
    expect(computeScenario(next).engine.value('p07.ramme', 0)).toBe(computeScenario(doc).engine.value('p07.ramme', 0));
  });

  it('a formula that reads the assumption blocks its removal; a reference elsewhere is no blocker', () => {
    const doc = withDeflator();
    doc.lines.push({ id: 'x', section: 'resultat', name: 'x', label: 'X', unit: '', view: 'oversikt', kind: 'formula', formula: 'forutsetning.deflator * 2' });
    expect(planRemoveAssumption(doc, 'deflator')!.blockers).toEqual([{ key: 'resultat.x', label: 'X', refs: ['forutsetning.deflator'] }]);
    expect(planRemoveAssumption(doc, 'lonnsvekst')!.blockers).toEqual([]);
  });

  it('a schema check: an area cannot compute its growth from an assumption that is not there', () => {
    const doc = model();
    doc.areas[0] = { ...doc.areas[0], deflatorId: 'borte' };
    const r = parseScenario(doc);
    expect(r.ok).toBe(false);
  });
});

describe('completeRemoval', () => {
  it('blocks removing a frame item that a formula reads', () => {
    const doc = model();
    doc.lines.push({ id: 'y', section: 'resultat', name: 'y', label: 'Y', unit: '', view: 'oversikt', kind: 'formula', formula: 'p05.post.demografi + 1' });
    const plan = completeRemoval(doc, [{ op: 'remove', path: ['areas', { id: 'p05' }, 'items', { id: 'demografi' }] }], []);
    expect(plan.blockers.map((b) => b.key)).toEqual(['resultat.y']);
  });
});

describe('structureOf', () => {
  it('takes areas, items, assumptions and lines without numbers, in a horizon of its own', () => {
    const src = model();
    src.assumptions.push({ id: 'deflator', name: 'Kommunal deflator', unit: 'andel', kind: 'scalar', value: 0.05 });
    src.areas[0] = { ...src.areas[0], deflatorId: 'deflator', stated: { frame: [1, 2, 3, 4] } };
    src.lines.push({ id: 'z', section: 'resultat', name: 'z', label: 'Z', unit: '', view: 'oversikt', kind: 'formula', formula: 'tiltak.m1.effekt' });
    const doc = structureOf(src, { name: 'Ny', municipality: 'Drammen', firstYear: 2026, years: 6 });
    valid(doc);
    expect(doc.firstYear).toBe(2026);
    expect(doc.areas.map((a) => [a.code, a.items.map((i) => i.name), a.deflatorId])).toEqual([
      ['P05', ['Nye bofellesskap'], 'deflator'],
      ['P07', [], undefined],
    ]);
    expect(doc.areas[0].frame.originalBudget).toEqual([null, null, null, null, null, null]);
    expect(doc.areas[0].stated).toBeUndefined();
    expect(doc.assumptions.find((a) => a.id === 'deflator')).toMatchObject({ kind: 'scalar', value: null });
    expect(doc.measures).toEqual([]);
    expect(doc.investments).toEqual([]);
    // The formula on a measure stayed behind with the measure; the one on P05 came along.
    expect(doc.lines.map((l) => l.id)).toEqual(['eget', 'andel']);
    expect((doc.lines[0] as { values: unknown }).values).toEqual([null, null, null, null, null, null]);
  });
});
