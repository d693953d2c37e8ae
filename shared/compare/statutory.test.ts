import { describe, expect, it } from 'vitest';
import example from '../../resources/examples/drammen-hop-2024-27.handlingsrom?raw';
import { computeScenario } from '../domain/compute';
import { parseScenarioFile } from '../model';
import { statutoryOverviews, type StatutoryTable } from './statutory';
import { smallScenario } from './testing';

function exampleDoc() {
  const r = parseScenarioFile(example);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.scenario;
}

const rowOf = (table: StatutoryTable, id: string) => table.rows.find((r) => r.id === id)!;

describe('statutory overviews', () => {
  const doc = exampleDoc();
  const { engine } = computeScenario(doc);
  const [drift, areas, invest, projects] = statutoryOverviews(doc, engine);

  it('adds the drift overview up to the model’s netto driftsresultat', () => {
    expect(drift.years).toEqual([2023, 2024, 2025, 2026, 2027]);
    const v = (id: string, y: number) => rowOf(drift, id).values[y]!;
    for (let y = 0; y < 5; y++) {
      expect(v('appropriations', y)).toBeCloseTo(v('frames', y) + v('central', y), 6);
      expect(v('gross', y)).toBeCloseTo(v('generalRevenue', y) + v('appropriations', y), 6);
      expect(v('finance', y)).toBeCloseTo(v('dividend', y) + v('interest', y) + v('repayment', y), 6);
      expect(v('gross', y) + v('finance', y) + v('requirement', y)).toBeCloseTo(v('net', y), 6);
      expect(v('net', y)).toBe(engine.value('resultat.netto_driftsresultat', y));
    }
    // The seed's netto driftsresultat for 2024 (surplus positive in the model).
    expect(v('net', 1)).toBe(12_391);
    expect(rowOf(drift, 'net').formLine).toBe(17);
    expect(rowOf(drift, 'frames').values[1]).toBe(-engine.value('resultat.sum_rammer', 1));
  });

  it('lists the frames per programme area and their sum (§ 5-4 andre ledd)', () => {
    expect(areas.rows.map((r) => r.key)).toEqual(['p05.ramme', 'p07.ramme', 'p08.ramme', 'resultat.sum_rammer']);
    expect(areas.rows[0].label).toEqual({ code: 'compare.group.area', params: { code: 'P05', name: 'Mennesker med nedsatt funksjonsevne' } });
    for (let y = 0; y < 5; y++) {
      const sum = areas.rows.slice(0, 3).reduce((s, r) => s + r.values[y]!, 0);
      expect(areas.rows[3].values[y]).toBeCloseTo(sum, 6);
    }
    // The seed's frame of P08 for 2024.
    expect(Math.abs(areas.rows[2].values[1]! - 438_475)).toBeLessThanOrEqual(6);
  });

  it('finances the investments in full and lists them per project (§ 5-5)', () => {
    const spend = rowOf(invest, 'spending').values;
    expect(spend).toEqual(Array.from(engine.values('invest.sum'), (v, y) => (y === 0 ? null : v)));
    expect(rowOf(invest, 'uncovered').values.every((v, y) => (y === 0 ? v === null : v !== null && Math.abs(v) < 1e-6))).toBe(true);
    const p05 = projects.rows.filter((r) => r.key?.startsWith('invest.') && doc.investments.find((p) => `invest.${p.id}.belop` === r.key)?.areaId === 'p05');
    const p05Sum = rowOf(projects, 's_p05').values;
    for (let y = 0; y < 5; y++) expect(p05.reduce((s, r) => s + r.values[y]!, 0)).toBeCloseTo(p05Sum[y]!, 6);
    // The seed: P05's investments over 2024–27 come to 146 000.
    expect(p05Sum.reduce((s: number, v) => s + (v ?? 0), 0)).toBe(146_000);
    expect(projects.rows.at(-1)!.values).toEqual(spend);
  });

  it('leaves a year without figures blank, not zero, and marks it (the plan’s 2023 has no frames nor projects)', () => {
    for (const table of [areas, invest, projects]) {
      for (const r of table.rows.filter((x) => x.style !== 'heading')) {
        if (r.blank?.[0]) expect(r.values[0]).toBeNull();
        for (let y = 1; y < 5; y++) expect([r.id, r.blank?.[y] ?? false]).toEqual([r.id, false]);
      }
    }
    expect(areas.rows.map((r) => r.blank?.[0])).toEqual([true, true, true, true]);
    expect(rowOf(drift, 'frames').blank?.[0]).toBe(true);
    expect(rowOf(drift, 'frames').blank).toEqual([true, false, false, false, false]);
    // The plan states no general revenues at all, nor an extra dividend in 2027: blank, not 0.
    expect(rowOf(drift, 'generalRevenue').blank).toEqual([true, true, true, true, true]);
    expect(rowOf(drift, 'dividend').blank).toEqual([false, false, false, false, true]);
    expect(invest.rows.every((r) => r.blank?.[0])).toBe(true);
    expect(projects.rows.filter((r) => r.style !== 'heading').every((r) => r.blank?.[0])).toBe(true);
    // A year with figures stays a number, also where it is 0.
    expect(rowOf(invest, 'uncovered').values[1]).toBe(0);
    expect(rowOf(drift, 'dividend').values[0]).toBe(130_000);
  });

  it('leaves cells blank, not zero, where the scenario has no such line', () => {
    const small = smallScenario();
    const engine2 = computeScenario(small).engine;
    const tables = statutoryOverviews({ ...small, areas: [...small.areas, { ...small.areas[1], id: 'p99', code: 'P99', name: 'Uten linjer' }] }, engine2);
    const missing = tables[1].rows.find((r) => r.id === 'p99')!;
    expect(missing.values).toEqual([null, null, null, null]);
  });
});
