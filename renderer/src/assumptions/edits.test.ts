import { describe, expect, it } from 'vitest';
import { blankScenario } from '../../../shared/model/blank';
import type { Scenario } from '../../../shared/model/scenario';
import { addInvestment, moveInvestment, setInvestmentOwner } from '../investments/edits';
import { applyEdit as apply } from '../structure/testing';
import { addAssumption, moveAssumption, renameAssumption, setAssumptionKind } from './edits';

describe('assumption edits', () => {
  const blank = blankScenario({ id: 's', name: 'Ny', firstYear: 2025, years: 3 });

  it('adds a named assumption with a readable key, one value or per year, and converts between them', () => {
    let doc = apply(blank, addAssumption(blank, 'Kommunal deflator', 'scalar', 'andel', 'nb'));
    expect(doc.assumptions.at(-1)).toEqual({ id: 'kommunal_deflator', name: 'Kommunal deflator', unit: 'andel', kind: 'scalar', value: null });
    doc = apply(doc, { ok: true, patches: [{ op: 'set', path: ['assumptions', { id: 'kommunal_deflator' }, 'value'], value: 0.043 }], label: 'x' });
    doc = apply(doc, setAssumptionKind(doc, 'kommunal_deflator', 'series', 'nb'));
    expect(doc.assumptions.at(-1)).toMatchObject({ kind: 'series', values: [0.043, 0.043, 0.043] });
    doc = apply(doc, setAssumptionKind(doc, 'kommunal_deflator', 'scalar', 'nb'));
    expect(doc.assumptions.at(-1)).toMatchObject({ kind: 'scalar', value: 0.043 });
    doc = apply(doc, moveAssumption(doc, 'kommunal_deflator', -1, 'nb'));
    expect(doc.assumptions.map((a) => a.id)).toEqual(['lonnsvekst', 'prisvekst', 'kommunal_deflator', 'befolkningsvekst']);
    const renamed = renameAssumption(doc, 'kommunal_deflator', 'Deflator', 'nb');
    expect(renamed.ok && renamed.label).toBe('Forutsetningen «Kommunal deflator» heter nå «Deflator»');
  });

  it('refuses a name already in use and a blank one', () => {
    expect(addAssumption(blank, 'lønnsvekst', 'scalar', 'andel', 'nb')).toEqual({ ok: false, message: 'Det finnes allerede en forutsetning som heter «lønnsvekst».' });
    expect(addAssumption(blank, ' ', 'scalar', 'andel', 'nb')).toEqual({ ok: false, message: 'Navnet kan ikke være tomt.' });
  });
});

describe('investment edits', () => {
  it('needs an area; adds a fully loan-financed project with blank amounts, changes owner and moves it', () => {
    const blank = blankScenario({ id: 's', name: 'Ny', firstYear: 2025, years: 2 });
    expect(addInvestment(blank, 'Sykehjem', 'p05', 'nb')).toEqual({ ok: false, message: 'Et investeringsprosjekt hører til et programområde. Legg til et programområde under Rammer først.' });
    let doc: Scenario = { ...blank, areas: [{ id: 'p05', code: 'P05', name: 'Helse', frame: { originalBudget: [], previousDecisions: [], currentYearChanges: [], wageAndPriceGrowth: [] }, items: [] }] };
    doc = apply(doc, addInvestment(doc, 'Nytt sykehjem', 'p05', 'nb'));
    doc = apply(doc, addInvestment(doc, 'Inventar', 'p05', 'nb'));
    expect(doc.investments[0]).toEqual({ id: 'nytt_sykehjem', name: 'Nytt sykehjem', areaId: 'p05', owner: 'kommunekasse', amounts: [null, null], loanShare: 1 });
    doc = apply(doc, setInvestmentOwner(doc, 'inventar', 'kf', 'nb'));
    doc = apply(doc, moveInvestment(doc, 'inventar', -1, 'nb'));
    expect(doc.investments.map((p) => [p.id, p.owner])).toEqual([['inventar', 'kf'], ['nytt_sykehjem', 'kommunekasse']]);
  });
});
