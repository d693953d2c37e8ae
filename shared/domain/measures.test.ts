import { describe, expect, it } from 'vitest';
import { blankScenario } from '../model/blank';
import type { Measure } from '../model/measure';
import { parseScenario } from '../model/file';
import type { Scenario } from '../model/scenario';
import { buildLines } from './buildLines';
import { computeScenario } from './compute';
import { FIXED_TEMPLATES } from './templates';

function scenario(measures: Measure[]): Scenario {
  const s = blankScenario({ id: 's', name: 'Tiltak', firstYear: 2024, years: 4 });
  s.areas.push({
    id: 'p05',
    code: 'P05',
    name: 'P05',
    frame: { originalBudget: [1000, 1000, 1000, 1000], previousDecisions: [], currentYearChanges: [], wageAndPriceGrowth: [] },
    items: [],
  });
  s.measures = measures;
  s.plan.savingsRequirement = [0, 100, 100, 100];
  const r = parseScenario(s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function measure(over: Partial<Measure> & Pick<Measure, 'effect'>): Measure {
  return { id: 'm', name: 'Tiltak', areaId: 'p05', kind: 'saving', probability: 1, status: 'vedtatt', included: true, ...over };
}

function values(s: Scenario, key: string): number[] {
  return Array.from(computeScenario(s).engine.values(key));
}

describe('measures', () => {
  it('phase in from the start month: (13 − month)/12 of the full-year effect in the start year', () => {
    const s = scenario([measure({ effect: { mode: 'phasein', fullYear: 12, startYear: 2025, startMonth: 7 } })]);
    expect(values(s, 'tiltak.m.effekt')).toEqual([0, 6, 12, 12]);
    expect(values(s, 'tiltak.m.innsparing')).toEqual([0, 6, 12, 12]);
    expect(values(s, 'p05.tiltak')).toEqual([0, -6, -12, -12]);
    expect(values(s, 'p05.ramme')).toEqual([1000, 994, 988, 988]);
  });

  it('start in January gives the full effect in the start year; a start before the horizon, every year', () => {
    const jan = scenario([measure({ effect: { mode: 'phasein', fullYear: 12, startYear: 2025, startMonth: 1 } })]);
    expect(values(jan, 'tiltak.m.effekt')).toEqual([0, 12, 12, 12]);
    const early = scenario([measure({ effect: { mode: 'phasein', fullYear: 12, startYear: 2020, startMonth: 5 } })]);
    expect(values(early, 'tiltak.m.effekt')).toEqual([12, 12, 12, 12]);
    const december = scenario([measure({ effect: { mode: 'phasein', fullYear: 12, startYear: 2027, startMonth: 12 } })]);
    expect(values(december, 'tiltak.m.effekt')).toEqual([0, 0, 0, 1]);
  });

  it('FTE measures: årsverk × cost per årsverk is the full-year effect, phased in', () => {
    const s = scenario([measure({ effect: { mode: 'fte', fte: 10, costPerFte: 750, startYear: 2025, startMonth: 7 } })]);
    expect(values(s, 'tiltak.m.helarseffekt')).toEqual([7500, 7500, 7500, 7500]);
    expect(values(s, 'tiltak.m.effekt')).toEqual([0, 3750, 7500, 7500]);
  });

  it('explicit per-year effects are taken as given (blank years are 0)', () => {
    const s = scenario([measure({ effect: { mode: 'explicit', fullYear: 10000, perYear: [3500, 10000, null] } })]);
    expect(values(s, 'tiltak.m.effekt')).toEqual([3500, 10000, 0, 0]);
    expect(values(s, 'tiltak.m.innsparing_helar')).toEqual([10000, 10000, 10000, 10000]);
  });

  it('an FTE basis is shown beside a judged effect but not counted (Balanse 2021: 30 × 0.7 mill. vs 20.0)', () => {
    const s = scenario([
      measure({ effect: { mode: 'explicit', fullYear: 20000, perYear: [12000, 20000, 20000, 20000] }, fteBasis: { fte: 30, costPerFte: 700 } }),
    ]);
    expect(values(s, 'tiltak.m.arsverksgrunnlag')).toEqual([21000, 21000, 21000, 21000]);
    expect(values(s, 'tiltak.sum_helarseffekt')).toEqual([20000, 20000, 20000, 20000]);
    expect(values(s, 'tiltak.sum_innsparing')).toEqual([12000, 20000, 20000, 20000]);
  });

  it('weights by the realisation probability', () => {
    const s = scenario([
      measure({ id: 'a', probability: 0.5, effect: { mode: 'phasein', fullYear: 100, startYear: 2024, startMonth: 1 } }),
      measure({ id: 'b', probability: 0.8, effect: { mode: 'phasein', fullYear: 50, startYear: 2025, startMonth: 1 } }),
    ]);
    expect(values(s, 'tiltak.a.risikojustert')).toEqual([50, 50, 50, 50]);
    expect(values(s, 'tiltak.sum_innsparing')).toEqual([100, 150, 150, 150]);
    expect(values(s, 'tiltak.sum_risikojustert')).toEqual([50, 90, 90, 90]);
    expect(values(s, 'tiltak.gap')).toEqual([-100, -50, -50, -50]);
    expect(values(s, 'tiltak.gap_risikojustert')).toEqual([-50, 10, 10, 10]);
  });

  it('an increase raises the frame and counts against the savings', () => {
    const s = scenario([measure({ kind: 'increase', effect: { mode: 'phasein', fullYear: 40, startYear: 2024, startMonth: 1 } })]);
    expect(values(s, 'tiltak.m.innsparing')).toEqual([-40, -40, -40, -40]);
    expect(values(s, 'p05.ramme')).toEqual([1040, 1040, 1040, 1040]);
    expect(values(s, 'tiltak.gap')).toEqual([40, 140, 140, 140]);
  });

  it('switched-off and rejected measures do not count; sums by status', () => {
    const effect = { mode: 'phasein' as const, fullYear: 10, startYear: 2024, startMonth: 1 };
    const s = scenario([
      measure({ id: 'on', status: 'forslag', effect }),
      measure({ id: 'off', status: 'forslag', included: false, effect }),
      measure({ id: 'rejected', status: 'forkastet', included: true, effect }),
      measure({ id: 'done', status: 'iverksatt', effect: { ...effect, fullYear: 5 } }),
    ]);
    expect(values(s, 'tiltak.off.med')).toEqual([0, 0, 0, 0]);
    expect(values(s, 'tiltak.rejected.med')).toEqual([0, 0, 0, 0]);
    expect(values(s, 'tiltak.off.effekt')).toEqual([10, 10, 10, 10]);
    expect(values(s, 'tiltak.sum_innsparing')).toEqual([15, 15, 15, 15]);
    expect(values(s, 'tiltak.status_forslag')).toEqual([10, 10, 10, 10]);
    expect(values(s, 'tiltak.status_iverksatt')).toEqual([5, 5, 5, 5]);
    expect(values(s, 'tiltak.status_vedtatt')).toEqual([0, 0, 0, 0]);
    expect(values(s, 'p05.ramme')).toEqual([985, 985, 985, 985]);
  });

  it('thousands of measures share one template per shape: no formula is parsed per measure', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      measure({ id: `m${i}`, effect: i % 3 === 0 ? { mode: 'fte', fte: 1, costPerFte: 1, startYear: 2024, startMonth: 1 } : { mode: 'phasein', fullYear: 1, startYear: 2024, startMonth: 1 } }),
    );
    const s = scenario(many);
    const built = buildLines(s);
    expect(built.templates.length).toBe(FIXED_TEMPLATES.length);
    const measureLines = built.lines.filter((l) => l.meta.entity?.kind === 'measure');
    expect(measureLines.some((l) => l.formula !== undefined)).toBe(false);
    expect(new Set(measureLines.filter((l) => l.template).map((l) => l.template!.id)).size).toBeLessThanOrEqual(6);
    expect(values(s, 'tiltak.sum_innsparing')).toEqual([1000, 1000, 1000, 1000]);
  });

  it('carries the source of each input, by id', () => {
    const s = scenario([measure({ effect: { mode: 'phasein', fullYear: 12, startYear: 2025, startMonth: 7 } })]);
    const byKey = new Map(buildLines(s).lines.map((l) => [l.key, l]));
    expect(byKey.get('tiltak.m.helarseffekt')?.meta.source).toEqual({ path: ['measures', { id: 'm' }, 'effect', 'fullYear'], kind: 'scalar' });
    expect(byKey.get('tiltak.m.med')?.meta.source).toEqual({ path: ['measures', { id: 'm' }, 'included'], kind: 'flag' });
    expect(byKey.get('tiltak.m.innsparing')?.meta).toMatchObject({ view: 'tiltak', group: 'P05', style: 'computed', entity: { kind: 'measure', id: 'm' } });
  });
});
