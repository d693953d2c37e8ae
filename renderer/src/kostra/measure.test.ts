import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../../shared/domain/compute';
import { LiveScenario } from '../../../shared/live/scenario';
import { blankScenario } from '../../../shared/model/blank';
import { parseScenario } from '../../../shared/model/file';
import { sampleScenario } from '../../../shared/model/sample';
import type { Scenario } from '../../../shared/model/scenario';
import { defaultArea, defaultStartYear, planKostraMeasure, shareOf, type MeasureChoice } from './measure';

/** The sample file's comparison (KOSTRA 2020, pleie og omsorg) in the sample scenario (2024–27, area P05). */
function doc(): Scenario {
  const s = sampleScenario();
  s.kostra = {
    peerGroup: 'KOSTRA-gruppe 12',
    costUnit: 'kr',
    year: 2020,
    source: 'kostra-pleie-og-omsorg-2020.csv',
    services: [
      { id: 'institusjon', name: 'Institusjon', unit: 'plasser', ownUnitCost: 1_290_000, peerUnitCost: 1_160_000, volume: 700, areaId: 'p05' },
      { id: 'hjemmetjenester', name: 'Hjemmetjenester', unit: 'mottakere', ownUnitCost: 235_000, peerUnitCost: 290_000, volume: 3_110 },
      { id: 'omsorgsboliger', name: 'Omsorgsboliger', unit: 'boliger', ownUnitCost: 610_000, peerUnitCost: 680_000, volume: 460 },
      { id: 'dagaktivitet', name: 'Dagaktivitet', unit: 'plasser', ownUnitCost: 95_000, peerUnitCost: 92_000, volume: 150 },
    ],
  };
  return s;
}

const choice = (over: Partial<MeasureChoice> = {}): MeasureChoice => ({
  target: { kind: 'service', id: 'institusjon' },
  share: 0.5,
  areaId: 'p05',
  startYear: 2025,
  ...over,
});

const refusal = (s: Scenario, c: MeasureChoice, lang: 'nb' | 'en' = 'nb'): string => {
  const p = planKostraMeasure(s, c, lang);
  return p.ok ? 'accepted' : p.message;
};

describe('Gjør om til tiltak', () => {
  it('half the potential in institutions (91 000) becomes a proposed saving of 45 500 from January 2025', () => {
    const s = doc();
    const p = planKostraMeasure(s, choice(), 'nb');
    if (!p.ok) throw new Error(p.message);
    expect(p.potential).toBe(91_000);
    expect(p.measure).toMatchObject({
      name: 'KOSTRA: Institusjon mot KOSTRA-gruppe 12',
      areaId: 'p05',
      kind: 'saving',
      effect: { mode: 'phasein', fullYear: 45_500, startYear: 2025, startMonth: 1 },
      probability: 0.5,
      status: 'forslag',
      included: true,
    });
    expect(p.measure.notes).toBe(
      'Fra KOSTRA-sammenligningen mot KOSTRA-gruppe 12 (tall for 2020, kilde: kostra-pleie-og-omsorg-2020.csv): 50 % av et teoretisk innsparingspotensial på 91\u00a0000 (1000 kr) for Institusjon. Et teoretisk potensial må utredes før det er et vedtatt kutt.',
    );
    expect(p.patches).toEqual([{ op: 'insert', path: ['measures', { id: p.measure.id }], value: p.measure }]);
    expect(p.label).toBe('Nytt tiltak: KOSTRA: Institusjon mot KOSTRA-gruppe 12');
  });

  it('is one undoable edit that the schema accepts and that moves the frame and the savings', () => {
    const s = doc();
    const p = planKostraMeasure(s, choice(), 'nb');
    if (!p.ok) throw new Error(p.message);
    const live = new LiveScenario(s, 1);
    const before = Array.from(live.engine.values('p05.ramme'));
    const { inverse } = live.apply(p.patches);
    expect(parseScenario(live.doc).ok).toBe(true);
    const id = p.measure.id;
    expect(Array.from(live.engine.values(`tiltak.${id}.innsparing`))).toEqual([0, 45_500, 45_500, 45_500]);
    expect(Array.from(live.engine.values(`tiltak.${id}.risikojustert`))).toEqual([0, 22_750, 22_750, 22_750]);
    expect(Array.from(live.engine.values('p05.ramme'))).toEqual(before.map((v, i) => (i === 0 ? v : v - 45_500)));
    live.apply(inverse);
    expect(live.doc).toEqual(s);
    expect(live.engine.has(`tiltak.${id}.innsparing`)).toBe(false);
  });

  it('takes the services dearer than the peers together (91 450), or any share of a service', () => {
    const s = doc();
    const dearer = planKostraMeasure(s, choice({ target: { kind: 'dearer' }, share: 0.25 }), 'en');
    expect(dearer.ok && dearer.measure.effect).toEqual({ mode: 'phasein', fullYear: 22_862.5, startYear: 2025, startMonth: 1 });
    expect(dearer.ok && dearer.measure.name).toBe('KOSTRA: The services dearer than KOSTRA-gruppe 12');
    const small = planKostraMeasure(s, choice({ target: { kind: 'service', id: 'dagaktivitet' }, share: 0.1 }), 'nb');
    expect(small.ok && small.measure.effect).toMatchObject({ fullYear: 45 });
    const third = planKostraMeasure(s, choice({ share: 1 / 3 }), 'nb');
    expect(third.ok && third.measure.effect).toMatchObject({ fullYear: 30_333.3 });
    expect(third.ok && third.measure.notes).toMatch(/: 33,3 % av/);
  });

  it('refuses where the municipality is not dearer: a cheap service, the net total of the seed (−111 800)', () => {
    const s = doc();
    expect(refusal(s, choice({ target: { kind: 'service', id: 'hjemmetjenester' } }))).toBe(
      '«Hjemmetjenester» har ikke noe innsparingspotensial (\u2212171\u00a0050): kommunen er ikke dyrere enn sammenligningen. Ingen tiltak er opprettet.',
    );
    expect(refusal(s, choice({ target: { kind: 'total' } }))).toMatch(/^«Alle tjenester, netto mot KOSTRA-gruppe 12» har ikke noe innsparingspotensial \(\u2212111\u00a0800\)/);
    s.kostra!.services[0].ownUnitCost = s.kostra!.services[0].peerUnitCost;
    expect(refusal(s, choice(), 'en')).toMatch(/^“Institusjon” has no savings potential \(0\)/);
  });

  it('refuses a bad share, an unknown area or service, a start outside the plan, and a scenario without areas or comparison', () => {
    const s = doc();
    expect(refusal(s, choice({ share: 0 }))).toBe('Andelen må være mer enn 0 og høyst 100 %.');
    expect(refusal(s, choice({ share: 1.5 }))).toBe('Andelen må være mer enn 0 og høyst 100 %.');
    expect(refusal(s, choice({ share: Number.NaN }))).toBe('Andelen må være mer enn 0 og høyst 100 %.');
    expect(refusal(s, choice({ areaId: 'p99' }))).toBe('Programområdet finnes ikke i scenarioet.');
    expect(refusal(s, choice({ target: { kind: 'service', id: 'borte' } }))).toBe('Tjenesten finnes ikke lenger i sammenligningen.');
    expect(refusal(s, choice({ startYear: 2028 }))).toBe('Startåret må være i planperioden 2024–2027.');
    const bare = blankScenario({ name: 'Uten områder', firstYear: 2024 });
    bare.kostra = doc().kostra;
    bare.kostra!.services = bare.kostra!.services.map(({ areaId: _, ...rest }) => rest);
    expect(refusal(bare, choice({ areaId: '' }))).toBe('Scenarioet har ingen programområder å legge tiltaket i. Legg til et programområde først.');
    expect(refusal(sampleScenario(), choice())).toBe('Scenarioet har ingen KOSTRA-sammenligning.');
  });

  it('suggests the service’s own area and the second plan year; reads a share typed in per cent', () => {
    const s = doc();
    expect(defaultArea(s, { kind: 'service', id: 'institusjon' })).toBe('p05');
    expect(defaultArea(s, { kind: 'dearer' })).toBe('p05');
    expect(defaultArea(blankScenario({ name: 'x', firstYear: 2024 }), { kind: 'total' })).toBe('');
    expect(defaultStartYear(s)).toBe(2025);
    expect(defaultStartYear(blankScenario({ name: 'x', firstYear: 2024, years: 1 }))).toBe(2024);
    expect([shareOf('50'), shareOf('50 %'), shareOf('12,5'), shareOf('100')]).toEqual([0.5, 0.5, 0.125, 1]);
    expect(shareOf('125 ‰')).toBe(0.125);
    expect(shareOf('12,5', 'en')).toBe(0.125);
    // An amount is not a share.
    expect(shareOf('0,5 mill.')).toBeNaN();
    expect(shareOf('500 kr')).toBeNaN();
    expect(shareOf('halvparten')).toBeNaN();
    expect(shareOf('')).toBeNaN();
  });

  it('computes the same potential as the lines the grid shows', () => {
    const s = doc();
    const c = computeScenario(s);
    const p = planKostraMeasure(s, choice({ target: { kind: 'dearer' }, share: 1 }), 'nb');
    expect(p.ok && p.potential).toBe(c.engine.value('kostra.sum_potensial_dyrere', 0));
  });
});
