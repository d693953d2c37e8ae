import { describe, expect, it } from 'vitest';
import example from '../../resources/examples/drammen-hop-2024-27.handlingsrom?raw';
import { parseScenario, parseScenarioFile, type Scenario } from '../model';
import { diffDocuments } from './diff';
import { describeChange } from './text';
import { edited, setInterest, smallScenario, switchOff } from './testing';
import type { Change } from './types';

function exampleDoc(): Scenario {
  const r = parseScenarioFile(example);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.scenario;
}

// Numbers are grouped with U+00A0 (shared/format); the expectations here are written with plain blanks.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const texts = (changes: Change[], lang: 'nb' | 'en' = 'nb') => changes.map((c) => plain(describeChange(c, lang)));

describe('diffDocuments on the plan example', () => {
  const base = exampleDoc();

  it('finds nothing between a document and its duplicate (new id and name)', () => {
    const dup = { ...base, id: 'kopi', name: 'Kopi av HØP', basedOn: base.id };
    expect(diffDocuments(base, dup)).toEqual([]);
  });

  it('names exactly two measures switched off and the raised interest rate, with the lines they lead to', () => {
    const copy = edited(base, [...switchOff('p05_egen_avlastning', 'p08_vta'), ...setInterest(base, 0.05)]);
    const changes = diffDocuments(base, copy);
    expect(changes.map((c) => [c.kind, c.key])).toEqual([
      ['measure.off', 'tiltak.p05_egen_avlastning.innsparing'],
      ['measure.off', 'tiltak.p08_vta.innsparing'],
      ['input.changed', 'plan.rente_nye_lan'],
    ]);
    expect(texts(changes)).toEqual([
      'Tiltaket «Egen avlastningskapasitet i stedet for kjøp fra private» er slått av',
      'Tiltaket «Kommunal medfinansiering av flere VTA-plasser» er slått av',
      'Rente på nye lån: 2023: 4,00 % → 5,00 %; 2024: 4,00 % → 5,00 %; 2025: 4,00 % → 5,00 %; 2026: 4,00 % → 5,00 %; 2027: 4,00 % → 5,00 %',
    ]);
    expect(texts(changes, 'en')[0]).toBe('Measure “Egen avlastningskapasitet i stedet for kjøp fra private” was switched off');
    expect(texts(changes, 'en')[2]).toBe('Interest rate on new loans: 2023: 4.00% → 5.00%; 2024: 4.00% → 5.00%; 2025: 4.00% → 5.00%; 2026: 4.00% → 5.00%; 2027: 4.00% → 5.00%');
  });

  it('reads the other direction as switched on', () => {
    const copy = edited(base, switchOff('p08_vta'));
    expect(diffDocuments(copy, base).map((c) => c.kind)).toEqual(['measure.on']);
  });
});

describe('diffDocuments on edits of every kind', () => {
  const base = smallScenario();

  it('starts from a valid document', () => {
    expect(parseScenario(base).ok).toBe(true);
  });

  it('describes measure edits field by field', () => {
    const copy = edited(base, [
      { op: 'set', path: ['measures', { id: 'm1' }, 'status'], value: 'iverksatt' },
      { op: 'set', path: ['measures', { id: 'm1' }, 'effect', 'perYear', 0], value: 15000 },
      { op: 'set', path: ['measures', { id: 'm2' }, 'probability'], value: 0.75 },
      { op: 'set', path: ['measures', { id: 'm2' }, 'effect', 'fte'], value: 6.5 },
      { op: 'set', path: ['measures', { id: 'm3' }, 'effect', 'startMonth'], value: 9 },
      { op: 'set', path: ['measures', { id: 'm3' }, 'name'], value: 'Nytt botiltak (8 enheter)' },
    ]);
    const changes = diffDocuments(base, copy);
    expect(texts(changes)).toEqual([
      'Status for tiltaket «Stram styring»: vedtatt → iverksatt',
      'Tiltaket «Stram styring»: effekt per år 2024: 12 000 → 15 000',
      'Tiltaket «Færre innleide»: sannsynlighet 50,00 % → 75,00 %',
      'Tiltaket «Færre innleide»: årsverk 5,0 → 6,5',
      'Tiltak «Nytt botiltak» har fått nytt navn: «Nytt botiltak (8 enheter)»',
      'Tiltaket «Nytt botiltak (8 enheter)»: startmåned 4 → 9',
    ]);
    expect(changes.map((c) => c.key)).toEqual([
      'tiltak.m1.innsparing',
      'tiltak.m1.effekt',
      'tiltak.m2.innsparing',
      'tiltak.m2.innsparing',
      'tiltak.m3.innsparing',
      'tiltak.m3.innsparing',
    ]);
  });

  it('says when a measure’s effect range (Monte Carlo) is set or changed, no range being 100 %', () => {
    const copy = edited(base, [{ op: 'set', path: ['measures', { id: 'm2' }, 'effectRange'], value: { low: 0.6, high: 1.1 } }]);
    expect(texts(diffDocuments(base, copy))).toEqual([
      'Tiltaket «Færre innleide»: effekt lav 100,00 % → 60,00 %',
      'Tiltaket «Færre innleide»: effekt høy 100,00 % → 110,00 %',
    ]);
  });

  it('lists measures added and removed, leading to their lines in the document that has them', () => {
    const copy = edited(base, [
      { op: 'remove', path: ['measures', { id: 'm2' }] },
      {
        op: 'insert',
        path: ['measures', { id: 'm9' }],
        value: { id: 'm9', name: 'Ny turnus', areaId: 'p07', kind: 'saving', effect: { mode: 'phasein', fullYear: 4000, startYear: 2025, startMonth: 1 }, probability: 0.7, status: 'forslag', included: true },
      },
    ]);
    const changes = diffDocuments(base, copy);
    expect(changes.map((c) => [c.kind, c.key])).toEqual([
      ['measure.added', 'tiltak.m9.innsparing'],
      ['measure.removed', 'tiltak.m2.innsparing'],
    ]);
    expect(texts(changes, 'en')).toEqual(['New measure: “Ny turnus”', 'Measure “Færre innleide” was removed']);
  });

  it('reports assumptions, scalar and per year, as assumptions', () => {
    const copy = edited(base, [
      { op: 'set', path: ['assumptions', { id: 'kostnad_arsverk' }, 'value'], value: 750 },
      { op: 'set', path: ['assumptions', { id: 'lonnsvekst' }, 'values', 2], value: 0.0325 },
    ]);
    const changes = diffDocuments(base, copy);
    expect(changes.map((c) => [c.kind, c.key])).toEqual([
      ['assumption.changed', 'forutsetning.lonnsvekst'],
      ['assumption.changed', 'forutsetning.kostnad_arsverk'],
    ]);
    expect(texts(changes)).toEqual(['Forutsetningen Lønnsvekst: 2026: 3,00 % → 3,25 %', 'Forutsetningen Kostnad per årsverk: 700 → 750']);
    expect(changes[0].years).toEqual([{ year: 2026, before: 0.03, after: 0.0325 }]);
  });

  it('names an assumption’s kind in words, not the file’s (scalar, series)', () => {
    const copy = edited(base, [{ op: 'set', path: ['assumptions', { id: 'kostnad_arsverk' }], value: { id: 'kostnad_arsverk', name: 'Kostnad per årsverk', unit: '1000 kr', kind: 'series', values: [700, 700, 700, 700] } }]);
    const text = texts(diffDocuments(base, copy)).join(' | ');
    expect(text).toContain('ett tall for hele perioden → ett tall per år');
    expect(text).not.toMatch(/scalar|series/);
  });

  it('reports inputs of frames, rules and the fund with line and year, and blanks as blank', () => {
    const copy = edited(base, [
      { op: 'set', path: ['areas', { id: 'p07' }, 'frame', 'currentYearChanges', 1], value: null },
      { op: 'set', path: ['rules', 'resultatgradTarget'], value: 0.02 },
      { op: 'set', path: ['fund', 'opening'], value: 650_000 },
    ]);
    const changes = diffDocuments(base, copy);
    expect(changes.map((c) => [c.kind, c.key])).toEqual([
      ['input.changed', 'regler.resultatgrad_mal'],
      ['input.changed', 'p07.budsjettendringer'],
      ['input.changed', 'fond.apningsbalanse'],
    ]);
    const nb = texts(changes);
    expect(nb[1]).toMatch(/: 2025: 2 202 → \(tom\)$/);
    // A frame line names its area (P05, P07 and P08 all have a "Sum budsjettendringer inneværende år").
    expect(nb[1]).toMatch(/P07 Sum budsjettendringer/);
    expect(nb[0]).not.toMatch(/^P0/);
    expect(nb[2]).toMatch(/: 600 000 → 650 000$/);
  });

  it('lists entities added, removed, renamed and edited', () => {
    const copy = edited(base, [
      { op: 'insert', path: ['areas', { id: 'p05' }, 'items', { id: 'korreksjon' }], value: { id: 'korreksjon', name: 'Korreksjon redusert prisvekst 2023', values: [-735, -735, -735, -735] } },
      { op: 'remove', path: ['investments', { id: 'bolig' }] },
      { op: 'set', path: ['fund', 'movements', { id: 'bruk' }, 'name'], value: 'Vedtatt bruk i budsjettet' },
      { op: 'set', path: ['areas', { id: 'p07' }, 'code'], value: 'P09' },
    ]);
    const changes = diffDocuments(base, copy);
    expect(texts(changes)).toEqual([
      'Programområde «Rus og psykisk helse»: kode P07 → P09',
      'Post i rammen lagt til: «Korreksjon redusert prisvekst 2023»',
      'Investeringsprosjekt fjernet: «Kjøp av ti boenheter»',
      'Bevegelse på disposisjonsfondet «Vedtatt bruk» har fått nytt navn: «Vedtatt bruk i budsjettet»',
    ]);
    expect(changes[1].key).toBe('p05.post.korreksjon');
    expect(changes[2].key).toBe('invest.bolig.belop');
    expect(changes[3].key).toBe('fond.bevegelse.bruk');
  });

  it('lists areas and items moved, the deflator chosen and printed totals set, as structure edits make them', () => {
    const copy = edited(base, [
      { op: 'insert', path: ['assumptions', { id: 'deflator' }], value: { id: 'deflator', name: 'Kommunal deflator', unit: 'andel', kind: 'scalar', value: 0.05 } },
      { op: 'move', path: ['areas', { id: 'p07' }], to: 0 },
      { op: 'insert', path: ['areas', { id: 'p05' }, 'items', { id: 'ny' }], value: { id: 'ny', name: 'Ny post', values: [1, 1, 1, 1] }, to: 0 },
      { op: 'set', path: ['areas', { id: 'p05' }, 'deflatorId'], value: 'deflator' },
      { op: 'set', path: ['areas', { id: 'p05' }, 'stated'], value: { frame: [1, 2, 3, 4] } },
    ]);
    expect(texts(diffDocuments(base, copy))).toEqual([
      'Forutsetning lagt til: «Kommunal deflator»',
      'Programområde «Mennesker med nedsatt funksjonsevne»: lønns- og prisvekst beregnet med (ingen) → Kommunal deflator',
      'Programområde «Mennesker med nedsatt funksjonsevne»: trykte totaler er endret',
      'Programområde «Rus og psykisk helse» er flyttet',
      'Post i rammen lagt til: «Ny post»',
    ]);
    // Moving an area does not move its items within it.
    const moved = edited(base, [{ op: 'move', path: ['areas', { id: 'p07' }], to: 0 }]);
    expect(diffDocuments(base, moved).map((c) => c.kind)).toEqual(['entity.moved']);
  });

  it('lists the user’s own lines added, removed and with a new formula', () => {
    const line = { id: 'egen', section: 'resultat', name: 'trykt', label: 'Trykt fortegn', unit: '1000 kr', view: 'oversikt', kind: 'formula', formula: '-resultat.netto_driftsresultat' };
    const withLine = edited(base, [{ op: 'insert', path: ['lines', { id: 'egen' }], value: line }]);
    const changed = edited(withLine, [{ op: 'set', path: ['lines', { id: 'egen' }, 'formula'], value: '-resultat.netto_driftsresultat / 1000' }]);
    expect(diffDocuments(base, withLine).map((c) => [c.kind, c.key])).toEqual([['line.added', 'resultat.trykt']]);
    expect(diffDocuments(withLine, base).map((c) => [c.kind, c.key])).toEqual([['line.removed', 'resultat.trykt']]);
    const formula = diffDocuments(withLine, changed);
    expect(texts(formula)).toEqual(['Formelen for Trykt fortegn: -resultat.netto_driftsresultat → -resultat.netto_driftsresultat / 1000']);
    // Moved below another line: its place changed, not its numbers.
    const moved = edited(withLine, [{ op: 'set', path: ['lines', { id: 'egen' }, 'after'], value: 'resultat.netto_driftsresultat' }]);
    expect(texts(diffDocuments(withLine, moved))).toEqual([expect.stringMatching(/plassering.*nederst i gruppen \(1 av 1\).*etter resultat\.netto_driftsresultat \(1 av 1\)/)]);
  });

  it('pairs the lines after one removed early in the order, either way (lines are matched by position first)', () => {
    const copy = edited(base, [
      { op: 'remove', path: ['areas', { id: 'p05' }, 'items', { id: 'demografi' }] },
      { op: 'set', path: ['areas', { id: 'p07' }, 'frame', 'currentYearChanges', 1], value: 1234 },
      { op: 'set', path: ['fund', 'opening'], value: 650_000 },
    ]);
    const kinds = (changes: Change[]) => changes.map((c) => [c.kind, c.key]);
    expect(kinds(diffDocuments(base, copy))).toEqual([
      ['input.changed', 'p07.budsjettendringer'],
      ['input.changed', 'fond.apningsbalanse'],
      ['entity.removed', 'p05.post.demografi'],
    ]);
    expect(kinds(diffDocuments(copy, base))).toEqual([
      ['input.changed', 'p07.budsjettendringer'],
      ['input.changed', 'fond.apningsbalanse'],
      ['entity.added', 'p05.post.demografi'],
    ]);
  });

  it('reports a longer horizon once, not as inputs of the new years', () => {
    const longer = { ...base, years: 6 };
    const changes = diffDocuments(base, longer);
    expect(changes.map((c) => c.kind)).toEqual(['horizon.changed']);
    expect(texts(changes, 'en')).toEqual(['The plan period changed: 2024–2027 → 2024–2029']);
  });

  it('lists many changed years briefly', () => {
    const longer = { ...base, years: 10, plan: { ...base.plan, grossOperatingRevenue: Array(10).fill(9_000_000) } };
    const raised = { ...longer, plan: { ...longer.plan, grossOperatingRevenue: Array(10).fill(9_100_000) } };
    const [change] = diffDocuments(longer, raised);
    expect(change.years).toHaveLength(10);
    expect(plain(describeChange(change, 'nb'))).toMatch(/: 2024: 9 000 000 → 9 100 000; .*; 2028: 9 000 000 → 9 100 000; og 5 år til$/);
  });
});
