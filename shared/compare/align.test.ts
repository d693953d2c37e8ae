import { describe, expect, it } from 'vitest';
import example from '../../resources/examples/drammen-hop-2024-27.handlingsrom?raw';
import { parseScenario, parseScenarioFile, type Scenario } from '../model';
import type { CompareRow } from './types';
import { LiveScenario } from '../live/scenario';
import { comparedYears, compareScenarios, groupContiguous, mergeOrder, sameValue } from './align';
import { computed, edited, setInterest, smallScenario, switchOff } from './testing';

function exampleDoc(): Scenario {
  const r = parseScenarioFile(example);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.scenario;
}

describe('compareScenarios on the plan example', () => {
  const base = exampleDoc();
  const copy = edited(base, [...switchOff('p05_egen_avlastning', 'p08_vta'), ...setInterest(base, 0.05)]);
  const a = computed('a', 'HØP', base);
  const b = computed('b', 'Kopi', copy);
  const result = compareScenarios([a, b]);
  const row = (key: string) => result.rows.find((r) => r.key === key)!;

  it('aligns every line of both scenarios once, over their common years', () => {
    expect(result.years).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(result.rows.map((r) => r.key).sort()).toEqual(a.engine.keys().sort());
    expect(new Set(result.rows.map((r) => r.key)).size).toBe(result.rows.length);
    expect(result.scenarios.map((s) => s.name)).toEqual(['HØP', 'Kopi']);
  });

  it('leaves a frame blank, not 0, in a year the area has no figures, as the workspace does', () => {
    for (const key of ['p05.konsekvensjustert_ramme', 'p05.ramme']) {
      expect(row(key).cells.map((c) => c.values[0]), key).toEqual([null, null]);
      expect(row(key).cells[0].values[1], key).not.toBeNull();
    }
  });

  it('gives each scenario its own values and the difference against the first', () => {
    const net = row('resultat.netto_driftsresultat');
    expect(net.cells[0].values).toEqual(Array.from(a.engine.values('resultat.netto_driftsresultat')));
    expect(net.cells[1].values).toEqual(Array.from(b.engine.values('resultat.netto_driftsresultat')));
    for (let y = 0; y < 5; y++) {
      expect(net.diff[0][y]).toBeNull();
      expect(net.diff[1][y]).toBeCloseTo(net.cells[1].values[y]! - net.cells[0].values[y]!, 6);
    }
    // Higher interest on new loans costs money from the year after the first borrowing (2024).
    expect(net.diff[1][1]).toBe(0);
    expect(net.diff[1][2]!).toBeLessThan(0);
    expect(net.diffShare[1][2]).toBeCloseTo(net.diff[1][2]! / Math.abs(net.cells[0].values[2]!), 12);
    expect(net.differs).toBe(true);
  });

  it('flags exactly the lines that differ', () => {
    expect(row('tiltak.p05_egen_avlastning.innsparing').differs).toBe(true);
    expect(row('tiltak.p08_vta.med').differs).toBe(true);
    expect(row('plan.rente_nye_lan').differs).toBe(true);
    expect(row('finans.renter_nye_lan').differs).toBe(true);
    expect(row('tiltak.p05_naervaer.innsparing').differs).toBe(false);
    expect(row('p07.ramme').differs).toBe(false);
    expect(row('plan.brutto_driftsinntekter').differs).toBe(false);
    expect(result.differing).toBe(result.rows.filter((r) => r.differs).length);
    // The saving of a switched-off measure drops to 0 from its start year.
    const saving = row('tiltak.p05_egen_avlastning.innsparing');
    expect(saving.cells[1].values.slice(2)).toEqual([0, 0, 0]);
    expect(saving.diff[1][3]).toBe(-8000);
    expect(saving.diffShare[1][3]).toBe(-1);
  });

  it('shows percentages as differences in points, and no relative change of rates or flags', () => {
    const rate = row('plan.rente_nye_lan');
    expect(rate.display).toBe('percent');
    expect(rate.diff[1][0]).toBeCloseTo(0.01, 12);
    expect(rate.diffShare[1][0]).toBeNull();
    const flag = row('tiltak.p08_vta.med');
    expect(flag.diff[1][0]).toBe(-1);
    expect(flag.diffShare[1][0]).toBeNull();
  });

  it('keeps each area’s lines together within a view, though the document alternates between areas', () => {
    // The example lists measures of P08, P05, P05, P07, P08, P07.
    expect(base.measures.map((m) => m.areaId)).toEqual(['p08', 'p05', 'p05', 'p07', 'p08', 'p07']);
    const groups = result.rows.filter((r) => r.view === 'tiltak').map((r) => r.group);
    const runs = groups.filter((g, i) => i === 0 || groups[i - 1] !== g);
    expect(runs).toEqual([...new Set(groups)]);
    expect(runs.slice(0, 3)).toEqual(['P08', 'P05', 'P07']);
  });

  it('groups rows by view and area, with labels for both', () => {
    const views = result.rows.map((r) => r.view);
    const firstOf = (v: string) => views.indexOf(v);
    expect(firstOf('oversikt')).toBeLessThan(firstOf('rammer'));
    expect(firstOf('rammer')).toBeLessThan(firstOf('tiltak'));
    expect(row('p05.ramme').groupLabel).toEqual({ code: 'compare.group.area', params: { code: 'P05', name: 'Mennesker med nedsatt funksjonsevne' } });
    expect(row('fond.saldo').groupLabel).toEqual({ code: 'compare.group.fond', params: {} });
    expect(row('fond.saldo').style).toBe('total');
    // Within a view, the rows keep the scenario's own order: the frame of P05 comes after its base rows.
    const keys = result.rows.map((r) => r.key);
    expect(keys.indexOf('p05.opprinnelig_budsjett')).toBeLessThan(keys.indexOf('p05.ramme'));
    expect(keys.indexOf('p05.ramme')).toBeLessThan(keys.indexOf('p07.opprinnelig_budsjett'));
  });
});

describe('compareScenarios with lines and years only some scenarios have', () => {
  const base = smallScenario();
  const withMeasure = edited(base, [
    {
      op: 'insert',
      path: ['measures', { id: 'm4' }],
      to: 1,
      value: { id: 'm4', name: 'Ny turnus', areaId: 'p05', kind: 'saving', effect: { mode: 'phasein', fullYear: 4000, startYear: 2025, startMonth: 1 }, probability: 0.7, status: 'forslag', included: true },
    },
  ]);
  const longer = { ...base, years: 6, plan: { ...base.plan } };

  it('builds valid documents', () => {
    expect(parseScenario(base).ok).toBe(true);
    expect(parseScenario(withMeasure).ok).toBe(true);
    expect(parseScenario(longer).ok).toBe(true);
  });

  it('shows a line one scenario lacks as absent, not zero, and places it where that scenario has it', () => {
    const result = compareScenarios([computed('a', 'A', base), computed('b', 'B', withMeasure)]);
    const row = result.rows.find((r) => r.key === 'tiltak.m4.innsparing')!;
    expect(row.cells[0]).toEqual({ present: false, values: [null, null, null, null], errors: [null, null, null, null] });
    expect(row.cells[1].present).toBe(true);
    expect(row.cells[1].values).toEqual([0, 4000, 4000, 4000]);
    expect(row.diff[1]).toEqual([null, null, null, null]);
    expect(row.differs).toBe(true);
    const keys = result.rows.map((r) => r.key);
    // m4 sits between m1 and m2, as in the scenario that has it.
    expect(keys.indexOf('tiltak.m1.risikojustert')).toBeLessThan(keys.indexOf('tiltak.m4.helarseffekt'));
    expect(keys.indexOf('tiltak.m4.risikojustert')).toBeLessThan(keys.indexOf('tiltak.m2.arsverk'));
    // The frame of P05 changes by the new saving from 2025.
    const frame = result.rows.find((r) => r.key === 'p05.ramme')!;
    expect(frame.diff[1]).toEqual([0, -4000, -4000, -4000]);
  });

  it('keeps the first scenario’s order when another lacks some of its lines, and merges when one has lines of its own', () => {
    const withOther = edited(base, [
      {
        op: 'insert',
        path: ['measures', { id: 'm5' }],
        to: 0,
        value: { id: 'm5', name: 'Annen turnus', areaId: 'p07', kind: 'saving', effect: { mode: 'phasein', fullYear: 1000, startYear: 2025, startMonth: 1 }, probability: 0.7, status: 'forslag', included: true },
      },
    ]);
    const a = computed('a', 'A', withMeasure);
    const lacking = compareScenarios([a, computed('b', 'B', base), computed('c', 'C', base)]);
    const alone = compareScenarios([a, a]);
    expect(lacking.rows.map((r) => r.key)).toEqual(alone.rows.map((r) => r.key));
    const m4 = lacking.rows.find((r) => r.key === 'tiltak.m4.innsparing')!;
    expect(m4.cells.map((c) => c.present)).toEqual([true, false, false]);
    expect(m4.differs).toBe(true);
    expect(lacking.rows.find((r) => r.key === 'tiltak.m1.innsparing')!.differs).toBe(false);
    const merged = compareScenarios([a, computed('b', 'B', base), computed('o', 'O', withOther)]);
    const keys = merged.rows.map((r) => r.key);
    expect(keys.filter((k) => k.startsWith('tiltak.m4.') || k.startsWith('tiltak.m5.')).length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.indexOf('tiltak.m5.innsparing')).toBeLessThan(keys.indexOf('tiltak.m1.innsparing'));
    expect(merged.rows.find((r) => r.key === 'tiltak.m5.innsparing')!.cells.map((c) => c.present)).toEqual([false, false, true]);
  });

  it('compares the years every scenario has, not from the earliest horizon with blank years first', () => {
    const later = { ...base, firstYear: 2026, years: 4 };
    const result = compareScenarios([computed('a', 'A', base), computed('c', 'C', longer), computed('l', 'L', later)]);
    expect(result.years).toEqual([2026, 2027]);
    const revenue = result.rows.find((r) => r.key === 'plan.brutto_driftsinntekter')!;
    expect(revenue.cells.map((c) => c.values)).toEqual([
      [9_000_000, 9_000_000],
      [9_000_000, 9_000_000],
      [9_000_000, 9_000_000],
    ]);
  });

  it('spans the union of the horizons when they share no year, leaving years outside a horizon blank', () => {
    expect(comparedYears([{ firstYear: 2024, years: 2 }, { firstYear: 2027, years: 2 }])).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(comparedYears([{ firstYear: 2024, years: 4 }, { firstYear: 2024, years: 6 }])).toEqual([2024, 2025, 2026, 2027]);
  });

  it('names an area by each scenario’s own name where they differ', () => {
    const renamed = edited(base, [{ op: 'set', path: ['areas', { id: 'p05' }, 'name'], value: 'Helse' }]);
    const result = compareScenarios([computed('a', 'A', base), computed('r', 'R', renamed)]);
    const row = result.rows.find((r) => r.key === 'p05.ramme')!;
    expect(row.groupLabel).toEqual({ code: 'compare.group.area', params: { code: 'P05', name: 'Mennesker med nedsatt funksjonsevne / Helse' } });
    expect(result.rows.find((r) => r.key === 'p07.ramme')!.groupLabel.params).toEqual({ code: 'P07', name: 'Rus og psykisk helse' });
  });

  it('keeps an error of the engine as a blank cell with its cause', () => {
    const broken = edited(base, [
      { op: 'insert', path: ['lines', { id: 'x' }], value: { id: 'x', section: 'resultat', name: 'feil', label: 'Feil', unit: '1000 kr', view: 'oversikt', kind: 'formula', formula: 'finnes_ikke + 1' } },
    ]);
    const result = compareScenarios([computed('a', 'A', base), computed('b', 'B', broken)]);
    const row = result.rows.find((r) => r.key === 'resultat.feil')!;
    expect(row.cells[1].values).toEqual([null, null, null, null]);
    expect(row.cells[1].errors[0]?.code).toMatch(/^engine\.unknownName/);
  });

  it('compares up to four and refuses fewer than two or more than four', () => {
    const c = computed('a', 'A', base);
    expect(compareScenarios([c, c, c, c]).rows.every((r) => !r.differs)).toBe(true);
    expect(() => compareScenarios([c])).toThrow(RangeError);
    expect(() => compareScenarios([c, c, c, c, c])).toThrow(RangeError);
  });
});

describe('compareScenarios builds cells when they are read', () => {
  const base = smallScenario();
  const broken = edited(base, [
    { op: 'insert', path: ['lines', { id: 'x' }], value: { id: 'x', section: 'resultat', name: 'feil', label: 'Feil', unit: '1000 kr', view: 'oversikt', kind: 'formula', formula: 'finnes_ikke + 1' } },
    ...switchOff('m2'),
  ]);
  const longer = { ...base, years: 6, plan: { ...base.plan } };
  const noRevenue = edited(base, [{ op: 'set', path: ['plan', 'grossOperatingRevenue'], value: [0, 0, 9_000_000, 9_000_000] }]);
  const docs = [base, broken, longer, noRevenue, edited(base, setInterest(base, 0.05))];

  /** Whether the row differs, read from its built cells as a reader of the table sees them. */
  const differsByCells = (r: CompareRow) =>
    r.cells.some((c) => c.present !== r.cells[0].present) || r.cells.slice(1).some((c) => c.values.some((v, y) => !sameValue(v, r.cells[0].values[y])));

  it('knows which rows differ, without their cells, as their cells show', () => {
    const all = docs.map((d, i) => computed(`s${i}`, `S${i}`, d));
    for (let i = 0; i < docs.length; i++) {
      for (let j = 0; j < docs.length; j++) {
        if (i === j) continue;
        const result = compareScenarios([all[i], all[j]]);
        const differing = result.rows.filter((r) => r.differs);
        expect(differing.length).toBe(result.differing);
        for (const r of result.rows) expect(r.differs, `${i}→${j} ${r.key}`).toBe(differsByCells(r));
      }
    }
  });

  it('gives the same rows from the domain’s lines as from the engine', () => {
    const live = docs.slice(0, 4).map((d) => new LiveScenario(d, 0));
    const fromLines = compareScenarios(live.map((l, i) => ({ id: `s${i}`, name: l.doc.name, doc: l.doc, engine: l.engine, lines: l.allLines() })));
    const fromEngine = compareScenarios(live.map((l, i) => ({ id: `s${i}`, name: l.doc.name, doc: l.doc, engine: l.engine })));
    const plain = (r: CompareRow) => ({ key: r.key, label: r.label, view: r.view, group: r.group, style: r.style, display: r.display, unit: r.unit, differs: r.differs, cells: r.cells, diff: r.diff, diffShare: r.diffShare });
    expect(fromLines.rows.map(plain)).toEqual(fromEngine.rows.map(plain));
    expect(fromLines.differing).toBeGreaterThan(0);
  });
});

describe('mergeOrder', () => {
  it('keeps the first order and puts each new key after its predecessor', () => {
    expect(mergeOrder([['a', 'b', 'c'], ['a', 'x', 'y', 'c', 'z'], ['w', 'b']])).toEqual(['w', 'a', 'x', 'y', 'b', 'c', 'z']);
  });

  it('handles a long run of new keys without recursion', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `k${i}`);
    expect(mergeOrder([['a'], ['a', ...many]])).toHaveLength(50_001);
  });
});

describe('groupContiguous', () => {
  it('moves a group’s later rows up to its first appearance, keeping everything else in order', () => {
    const r = (view: string, group: string, n: number) => ({ view, group, n });
    const rows = [r('a', 'x', 1), r('a', 'y', 2), r('a', 'x', 3), r('b', 'x', 4), r('a', 'z', 5), r('a', 'y', 6)];
    expect(groupContiguous(rows).map((x) => x.n)).toEqual([1, 3, 2, 6, 5, 4]);
  });
});
