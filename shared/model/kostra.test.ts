import { describe, expect, it } from 'vitest';
import { blankScenario } from './blank';
import { parseScenario, parseScenarioFile, serializeScenarioFile } from './file';
import { describeModelIssues } from './issues';
import type { Kostra } from './kostra';
import { LIMITS } from './limits';
import { sampleScenario } from './sample';
import type { Scenario } from './scenario';

/** The pleie og omsorg comparison of the sample CSV (seed 003's consultant analysis, KOSTRA 2020). */
function comparison(): Kostra {
  return {
    peerGroup: 'KOSTRA-gruppe 12',
    costUnit: 'kr',
    year: 2020,
    source: 'kostra-pleie-og-omsorg-2020.csv',
    services: [
      { id: 'institusjon', name: 'Institusjon', unit: 'plasser', ownUnitCost: 1_290_000, peerUnitCost: 1_160_000, volume: 700, areaId: 'p05' },
      { id: 'hjemmetjenester', name: 'Hjemmetjenester', unit: 'mottakere', ownUnitCost: 235_000, peerUnitCost: 290_000, volume: 3_110 },
    ],
  };
}

function withKostra(f: (k: Kostra & Record<string, unknown>) => void = () => undefined): Scenario {
  const s = structuredClone(sampleScenario());
  const k = comparison() as Kostra & Record<string, unknown>;
  f(k);
  s.kostra = k;
  return s;
}

function problems(doc: unknown, lang: 'nb' | 'en' = 'nb'): string[] {
  const r = parseScenario(doc);
  return r.ok ? [] : describeModelIssues(r.issues, lang, r.input);
}

describe('scenario.kostra', () => {
  it('is optional: a scenario without a comparison is valid, as every file written before it was', () => {
    expect(problems(sampleScenario())).toEqual([]);
    expect(problems(blankScenario({ name: 'Ny', firstYear: 2025 }))).toEqual([]);
    expect('kostra' in sampleScenario()).toBe(false);
  });

  it('survives the file round trip unchanged', () => {
    const s = withKostra();
    const r = parseScenarioFile(serializeScenarioFile(s, '0.1.0'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.scenario).toEqual(s);
    // An empty comparison (entered by hand, no services yet) is valid too.
    expect(problems(withKostra((k) => (k.services = [])))).toEqual([]);
  });

  it('refuses a service whose programme area does not exist, naming it', () => {
    const doc = withKostra((k) => (k.services[1].areaId = 'p99'));
    expect(problems(doc)).toEqual(['KOSTRA-sammenligning.tjenester[2 «Hjemmetjenester»].programområde: viser til et programområde som ikke finnes («p99»)']);
    expect(problems(doc, 'en')).toEqual(['KOSTRA comparison.services[2 «Hjemmetjenester»].programme area: refers to a programme area that does not exist («p99»)']);
  });

  it('refuses a service id used twice', () => {
    const doc = withKostra((k) => (k.services[1].id = 'institusjon'));
    expect(problems(doc)).toEqual(['KOSTRA-sammenligning.tjenester[2 «Hjemmetjenester»].id: id-en «institusjon» er brukt mer enn én gang']);
  });

  it('refuses negative costs and volumes, an unknown cost unit, a blank peer group and unknown fields', () => {
    expect(problems(withKostra((k) => (k.services[0].volume = -1)))).toEqual(['KOSTRA-sammenligning.tjenester[1 «Institusjon»].volum: kan ikke være mindre enn 0']);
    expect(problems(withKostra((k) => (k.services[0].peerUnitCost = Number.NaN)))).toHaveLength(1);
    expect(problems(withKostra((k) => ((k as Record<string, unknown>).costUnit = 'mill. kr')))).toEqual([
      'KOSTRA-sammenligning.enhet for enhetskostnadene: må være en av: «kr», «1000 kr»',
    ]);
    expect(problems(withKostra((k) => (k.peerGroup = ' ')))).toEqual(['KOSTRA-sammenligning.sammenlignet med: kan ikke være tom']);
    expect(problems(withKostra((k) => (k.extra = 1)))).toEqual(['KOSTRA-sammenligning: har ukjente felt: «extra»']);
    expect(problems(withKostra((k) => (k.year = 1800)))).toHaveLength(1);
  });

  it('bounds the number of services', () => {
    const many = Array.from({ length: LIMITS.maxKostraServices + 1 }, (_, i) => ({
      id: `s${i}`,
      name: `S${i}`,
      unit: '',
      ownUnitCost: 1,
      peerUnitCost: 1,
      volume: 1,
    }));
    const res = problems(withKostra((k) => (k.services = many)));
    expect(res).toHaveLength(1);
    expect(res[0]).toMatch(/høyst 500/);
  });
});
