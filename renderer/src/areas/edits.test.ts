import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../../shared/domain/compute';
import { blankScenario } from '../../../shared/model/blank';
import type { EditPlan } from '../structure/plans';
import { applyEdit as apply } from '../structure/testing';
import { addArea, addItem, clearStated, moveArea, moveItem, recodeArea, renameArea, setDeflator, setStated } from './edits';

describe('area edits from a blank scenario', () => {
  const blank = blankScenario({ id: 's', name: 'Ny', firstYear: 2025, years: 3 });

  it('adds areas by code and name (the code is the key), renames and moves them, each a labelled edit', () => {
    let doc = apply(blank, addArea(blank, ' P05 ', 'Helse', 'nb'));
    doc = apply(doc, addArea(doc, 'P07', 'Rus', 'nb'));
    expect(doc.areas.map((a) => [a.id, a.code, a.frame.originalBudget])).toEqual([
      ['p05', 'P05', [null, null, null]],
      ['p07', 'P07', [null, null, null]],
    ]);
    const rename = renameArea(doc, 'p07', 'Rus og psykisk helse', 'nb');
    expect(rename.ok && rename.label).toBe('Programområdet «Rus» heter nå «Rus og psykisk helse»');
    doc = apply(doc, moveArea(apply(doc, rename), 'p07', -1, 'nb'));
    expect(doc.areas.map((a) => a.code)).toEqual(['P07', 'P05']);
    expect(moveArea(doc, 'p07', -1, 'nb')).toEqual({ ok: true, patches: [], label: '' });
  });

  it('refuses a taken, reserved or malformed code and a blank name, in Norwegian', () => {
    const doc = apply(blank, addArea(blank, 'P05', 'Helse', 'nb'));
    const msg = (p: EditPlan) => (p.ok ? '' : p.message);
    expect(msg(addArea(doc, 'p05', 'Igjen', 'nb'))).toBe('Koden p05 er allerede brukt av et annet programområde.');
    expect(msg(addArea(doc, 'fond', 'Fond', 'nb'))).toBe('«fond» er et reservert ord i formlene; velg en annen kode.');
    expect(msg(addArea(doc, '5P', 'X', 'nb'))).toMatch(/^«5P» kan ikke være kode/);
    expect(msg(addArea(doc, 'P09', '  ', 'nb'))).toBe('Navnet kan ikke være tomt.');
  });

  it('gives an area a new code: its keys follow, a formula reading them is rewritten and said; a taken code is refused', () => {
    let doc = apply(blank, addArea(blank, 'P05', 'Helse', 'nb'));
    doc = apply(doc, addArea(doc, 'P07', 'Rus', 'nb'));
    doc = {
      ...doc,
      lines: [{ id: 'andel', section: 'resultat', name: 'andel', label: 'Andel', unit: 'andel', view: 'oversikt', kind: 'formula', formula: 'p05.ramme / resultat.sum_rammer' }],
    };
    const said: string[] = [];
    const plan = recodeArea(doc, 'p05', ' P04 ', 'nb', (text) => said.push(text));
    expect(plan.ok && plan.label).toBe('Programområdet Helse har nå koden P04 (var P05)');
    expect(said).toEqual(['Formler som leste P05 leser nå P04: «Andel» (resultat.andel)']);
    const next = apply(doc, plan);
    expect(next.areas.map((a) => [a.id, a.code])).toEqual([['p05', 'P04'], ['p07', 'P07']]);
    expect(computeScenario(next).engine.has('p04.ramme')).toBe(true);
    const msg = (p: EditPlan) => (p.ok ? '' : p.message);
    expect(msg(recodeArea(next, 'p05', 'p07', 'nb'))).toBe('Koden p07 er allerede brukt av et annet programområde.');
    expect(msg(recodeArea(next, 'p05', 'fond', 'nb'))).toBe('«fond» er et reservert ord i formlene; velg en annen kode.');
    expect(recodeArea(next, 'p05', 'P04', 'nb')).toEqual({ ok: true, patches: [], label: '' });
    // Only the case changes: the keys stay.
    const lower = recodeArea(next, 'p05', 'p04', 'nb');
    expect(lower.ok && lower.patches).toEqual([{ op: 'set', path: ['areas', { id: 'p05' }, 'code'], value: 'p04' }]);
  });

  it('adds and moves frame items with readable ids; they count in nye tiltak', () => {
    let doc = apply(blank, addArea(blank, 'P05', 'Helse', 'nb'));
    doc = apply(doc, addItem(doc, 'p05', 'Korreksjon redusert prisvekst 2023', 'nb'));
    doc = apply(doc, addItem(doc, 'p05', 'Nye bofellesskap', 'nb'));
    expect(doc.areas[0].items.map((i) => i.id)).toEqual(['korreksjon_redusert_prisvekst_2023', 'nye_bofellesskap']);
    doc = apply(doc, moveItem(doc, 'p05', 'nye_bofellesskap', -1, 'nb'));
    expect(doc.areas[0].items.map((i) => i.id)).toEqual(['nye_bofellesskap', 'korreksjon_redusert_prisvekst_2023']);
    doc = apply(doc, { ok: true, patches: [{ op: 'set', path: ['areas', { id: 'p05' }, 'items', { id: 'nye_bofellesskap' }, 'values'], value: [100, 100, 100] }], label: 'x' });
    expect(computeScenario(doc).engine.value('p05.nye_tiltak', 0)).toBe(100);
  });

  it('sets printed totals year by year from Norwegian text, reconciles them (±1 per row summed), and clears them', () => {
    let doc = apply(blank, addArea(blank, 'P05', 'Helse', 'nb'));
    doc = apply(doc, { ok: true, patches: [{ op: 'set', path: ['areas', { id: 'p05' }, 'frame', 'originalBudget'], value: [1000, 1000, 1000] }], label: 'x' });
    const set = setStated(doc, 'p05', 'frame', 0, '1.010', 'nb');
    expect(set.ok && set.label).toBe('Trykt Ramme 2025 for P05: 1\u00a0010');
    doc = apply(doc, set);
    expect(doc.areas[0].stated).toEqual({ frame: [1010, null, null] });
    expect(computeScenario(doc).findings.map((f) => [f.key, f.year, f.stated, f.computed])).toEqual([['p05.ramme', 2025, 1010, 1000]]);
    expect(setStated(doc, 'p05', 'frame', 1, 'tusen og en', 'nb')).toMatchObject({ ok: false, message: '«tusen og en» er ikke et tall. Skriv f.eks. 449 865 eller − 1 384, eller la ruten stå tom.' });
    // Blanking the only year removes the printed totals altogether.
    expect(apply(doc, setStated(doc, 'p05', 'frame', 0, '', 'nb')).areas[0].stated).toBeUndefined();
    expect(apply(doc, clearStated(doc, 'p05', 'nb')).areas[0].stated).toBeUndefined();
  });

  it('switches wage and price growth between typed and computed from an assumption', () => {
    let doc = apply(blank, addArea(blank, 'P05', 'Helse', 'nb'));
    const plan = setDeflator(doc, 'p05', 'prisvekst', 'nb');
    expect(plan.ok && plan.label).toBe('Lønns- og prisvekst for P05 Helse beregnes med Prisvekst');
    doc = apply(doc, plan);
    expect(doc.areas[0].deflatorId).toBe('prisvekst');
    expect(apply(doc, setDeflator(doc, 'p05', '', 'nb')).areas[0].deflatorId).toBeUndefined();
  });
});
