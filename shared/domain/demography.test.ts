import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/file';
import { sampleScenario } from '../model/sample';
import type { Scenario } from '../model/scenario';
import { computeScenario } from './compute';

function compute(edit: (s: Scenario) => void) {
  const s = sampleScenario();
  s.measures = [];
  s.areas[0].items = [];
  edit(s);
  const r = parseScenario(s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const c = computeScenario(r.value);
  return (key: string) => Array.from(c.engine.values(key));
}

describe('demography', () => {
  it('demand = Σ population × coverage; cost = demand × unit cost; change from the base year feeds the frame', () => {
    const v = compute((s) => {
      s.demography.ageGroups.push({ id: 'unge_eldre', name: '67–79 år', population: [2000, 2000, 2100, 2200] });
      s.demography.services[0].coverage = { eldre: 0.1, unge_eldre: 0.01 };
    });
    expect(v('befolkning.sum')).toEqual([3000, 3100, 3300, 3500]);
    expect(v('demografi.sykehjem.behov')).toEqual([120, 130, 141, 152]);
    expect(v('demografi.sykehjem.kostnad')).toEqual([240, 260, 282, 304]);
    expect(v('demografi.sykehjem.basis')).toEqual([240, 240, 240, 240]);
    expect(v('demografi.sykehjem.endring')).toEqual([0, 20, 42, 64]);
    expect(v('p05.demografi')).toEqual([0, 20, 42, 64]);
  });

  it('a later base year: no change before it, the change from it after', () => {
    const v = compute((s) => (s.demography.baseYear = 2025));
    expect(v('demografi.sykehjem.basis')).toEqual([200, 220, 220, 220]);
    expect(v('demografi.sykehjem.endring')).toEqual([0, 0, 20, 40]);
  });

  it('a service that does not feed the frame leaves it alone', () => {
    const v = compute((s) => (s.demography.services[0].feedsFrame = false));
    expect(v('demografi.sykehjem.endring')).toEqual([0, 20, 40, 60]);
    expect(v('p05.demografi')).toEqual([0, 0, 0, 0]);
  });

  it('indexes the unit cost by a growth assumption when one is named', () => {
    const v = compute((s) => {
      s.assumptions = [{ id: 'lonnsvekst', name: 'Lønnsvekst', unit: 'andel', kind: 'series', values: [0.5, 0.1, 0.1, 0] }];
      s.demography.services[0].costGrowthId = 'lonnsvekst';
    });
    // index: 1 in the first year, then × 1.1, × 1.1, × 1.0 (the first year's own rate is not applied)
    const cost = v('demografi.sykehjem.kostnad');
    expect(cost[0]).toBeCloseTo(200, 9);
    expect(cost[1]).toBeCloseTo(220 * 1.1, 9);
    expect(cost[2]).toBeCloseTo(240 * 1.21, 9);
    expect(cost[3]).toBeCloseTo(260 * 1.21, 9);
  });

  it('two services over the same age groups share one demand template', async () => {
    const { buildLines } = await import('./buildLines');
    const s = sampleScenario();
    s.demography.services.push({ ...s.demography.services[0], id: 'hjemmetjeneste', name: 'Hjemmetjeneste', coverage: { eldre: 0.3 } });
    const built = buildLines(s);
    const demand = built.templates.filter((t) => t.id.startsWith('demografi.behov:'));
    expect(demand).toEqual([{ id: 'demografi.behov:eldre', formula: 's.dekning_eldre * befolkning.eldre', params: ['s'] }]);
  });
});
