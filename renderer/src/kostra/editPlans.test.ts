import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../../shared/domain/compute';
import { cellPatches } from '../../../shared/live/cellEdits';
import { LiveScenario } from '../../../shared/live/scenario';
import { parseScenario } from '../../../shared/model/file';
import type { Kostra } from '../../../shared/model/kostra';
import { LIMITS } from '../../../shared/model/limits';
import { sampleScenario } from '../../../shared/model/sample';
import type { Scenario } from '../../../shared/model/scenario';
import { applyPatches } from '../../../shared/patch/apply';
import type { LineSource } from '../../../shared/domain/types';
import { addService, removeComparison, removeService, setCostUnit, setPeerGroup, setServiceArea, setServiceText, setYear, type EditPlan } from './editPlans';

function comparison(): Kostra {
  return {
    peerGroup: 'KOSTRA-gruppe 12',
    costUnit: 'kr',
    year: 2020,
    services: [{ id: 'institusjon', name: 'Institusjon', unit: 'plasser', ownUnitCost: 1_290_000, peerUnitCost: 1_160_000, volume: 700 }],
  };
}

function withKostra(): Scenario {
  const s = sampleScenario();
  s.kostra = comparison();
  return s;
}

/** The document after an accepted plan, as the store would check it. */
function after(doc: Scenario, plan: EditPlan): Scenario {
  if (!plan.ok) throw new Error(plan.message);
  const r = parseScenario(applyPatches(doc, plan.patches).doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const refused = (plan: EditPlan): string => (plan.ok ? 'accepted' : plan.message);

describe('KOSTRA services by hand', () => {
  it('a first service creates the comparison with zeros the user fills in the grid', () => {
    const doc = sampleScenario();
    const plan = addService(doc, 'nb');
    expect(plan.ok && plan.label).toBe('Legg til KOSTRA-tjeneste «Ny tjeneste»');
    const next = after(doc, plan);
    expect(next.kostra).toEqual({
      peerGroup: 'KOSTRA-gruppe',
      costUnit: 'kr',
      year: 2023,
      services: [{ id: 'ny_tjeneste', name: 'Ny tjeneste', unit: '', ownUnitCost: 0, peerUnitCost: 0, volume: 0 }],
    });
    expect(computeScenario(next).engine.value('kostra.ny_tjeneste.potensial', 0)).toBe(0);
  });

  it('typing in the grid writes the service through the line’s source', () => {
    const doc = after(sampleScenario(), addService(sampleScenario(), 'nb'));
    const live = new LiveScenario(doc, 1);
    const edit = (key: string, value: number) => {
      const source = (live.spec(key)?.meta as { source: LineSource }).source;
      live.apply(cellPatches(live.doc, source, [{ yearIndex: 0, value }]));
    };
    edit('kostra.ny_tjeneste.enhetskostnad', 1_290_000);
    edit('kostra.ny_tjeneste.enhetskostnad_sammenligning', 1_160_000);
    edit('kostra.ny_tjeneste.volum', 700);
    expect(live.doc.kostra?.services[0]).toMatchObject({ ownUnitCost: 1_290_000, peerUnitCost: 1_160_000, volume: 700 });
    expect(live.engine.value('kostra.ny_tjeneste.potensial', 3)).toBe(91_000);
    expect(parseScenario(live.doc).ok).toBe(true);
  });

  it('a second service goes at the end with a name of its own; remove takes it out again', () => {
    let doc = after(sampleScenario(), addService(sampleScenario(), 'nb'));
    const plan = addService(doc, 'en');
    expect(plan.ok && plan.patches).toEqual([
      { op: 'insert', path: ['kostra', 'services', { id: 'new_service' }], value: { id: 'new_service', name: 'New service', unit: '', ownUnitCost: 0, peerUnitCost: 0, volume: 0 } },
    ]);
    doc = after(doc, addService(doc, 'nb'));
    expect(doc.kostra?.services.map((s) => [s.id, s.name])).toEqual([
      ['ny_tjeneste', 'Ny tjeneste'],
      ['ny_tjeneste_2', 'Ny tjeneste 2'],
    ]);
    doc = after(doc, removeService(doc, 'ny_tjeneste', 'nb'));
    expect(doc.kostra?.services.map((s) => s.id)).toEqual(['ny_tjeneste_2']);
    expect(refused(removeService(doc, 'ny_tjeneste', 'nb'))).toBe('Tjenesten finnes ikke lenger i sammenligningen.');
  });

  it('refuses a service beyond the limit', () => {
    const doc = withKostra();
    doc.kostra!.services = Array.from({ length: LIMITS.maxKostraServices }, (_, i) => ({ ...comparison().services[0], id: `s${i}` }));
    expect(refused(addService(doc, 'nb'))).toBe('Sammenligningen kan ha høyst 500 tjenester.');
  });

  it('renames, sets the volume unit and links a programme area; refuses a blank name and an unknown area', () => {
    let doc = withKostra();
    doc = after(doc, setServiceText(doc, 'institusjon', 'name', '  Institusjon (korrigert) ', 'nb'));
    doc = after(doc, setServiceText(doc, 'institusjon', 'unit', 'plasser i alt', 'nb'));
    doc = after(doc, setServiceArea(doc, 'institusjon', 'p05', 'nb'));
    expect(doc.kostra?.services[0]).toMatchObject({ name: 'Institusjon (korrigert)', unit: 'plasser i alt', areaId: 'p05' });
    expect(computeScenario(doc).lines.find((l) => l.key === 'kostra.institusjon.volum')?.label).toBe('Volum (plasser i alt) – Institusjon (korrigert)');
    doc = after(doc, setServiceArea(doc, 'institusjon', '', 'nb'));
    expect('areaId' in doc.kostra!.services[0]).toBe(false);
    expect(refused(setServiceText(doc, 'institusjon', 'name', ' ', 'nb'))).toBe('En tjeneste må ha et navn.');
    expect(refused(setServiceText(doc, 'institusjon', 'unit', 'x'.repeat(41), 'nb'))).toBe('Teksten er for lang (høyst 40 tegn).');
    expect(refused(setServiceArea(doc, 'institusjon', 'p99', 'nb'))).toBe('Programområdet finnes ikke i scenarioet.');
    // Nothing to do is no edit.
    expect(setServiceText(doc, 'institusjon', 'unit', 'plasser i alt', 'nb')).toEqual({ ok: true, patches: [], label: '' });
  });

  it('changes the peer group, the cost unit and the year; refuses what the schema would', () => {
    let doc = withKostra();
    doc = after(doc, setPeerGroup(doc, 'ASSS-snitt', 'nb'));
    doc = after(doc, setYear(doc, 2023, 'nb'));
    doc = after(doc, setCostUnit(doc, '1000 kr', 'nb'));
    expect(doc.kostra).toMatchObject({ peerGroup: 'ASSS-snitt', year: 2023, costUnit: '1000 kr' });
    // The numbers stay as typed and now mean 1000 kr each.
    expect(computeScenario(doc).engine.value('kostra.institusjon.potensial', 0)).toBe(91_000_000);
    expect(refused(setPeerGroup(doc, '', 'nb'))).toMatch(/må ha et navn/);
    expect(refused(setYear(doc, 20.5, 'nb'))).toBe('Året må være et helt tall fra 1900 til 2200.');
    expect(refused(setYear(doc, Number.NaN, 'en'))).toBe('The year must be a whole number from 1900 to 2200.');
    expect(refused(setCostUnit(doc, 'mill. kr', 'nb'))).toBe('Enheten må være en av: kr, 1000 kr.');
  });

  it('removes the whole comparison in one edit that undo brings back', () => {
    const doc = withKostra();
    const plan = removeComparison(doc, 'nb');
    expect(plan.ok && plan.label).toBe('Fjern KOSTRA-sammenligningen mot «KOSTRA-gruppe 12»');
    const live = new LiveScenario(doc, 1);
    const { inverse } = live.apply(plan.ok ? plan.patches : []);
    expect(live.doc.kostra).toBeUndefined();
    expect(live.allLines().some((l) => l.key.startsWith('kostra.'))).toBe(false);
    live.apply(inverse);
    expect(live.doc).toEqual(doc);
    expect(refused(removeComparison(sampleScenario(), 'nb'))).toBe('Scenarioet har ingen KOSTRA-sammenligning.');
    expect(refused(setPeerGroup(sampleScenario(), 'X', 'nb'))).toBe('Scenarioet har ingen KOSTRA-sammenligning.');
  });
});
