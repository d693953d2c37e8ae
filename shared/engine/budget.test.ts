// The work budget of a recompute: past it, the cells left get engine.budget (a value with a cause, as every
// error) instead of holding the thread; the engine stays usable and computes them when asked again.
import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { Engine, WORK_BUDGET } from '.';

/** 50 lines, each summing a group of its own (every input is in every group) and compounding an index. */
function heavy(budget?: number): Engine {
  const e = new Engine({ firstYear: 2025, years: 10, budget });
  const tags = Array.from({ length: 50 }, (_, i) => `t${i}`);
  const lines = [];
  for (let i = 0; i < 50; i++) lines.push({ key: `inn.l${i}`, input: Array<number>(10).fill(1), tags });
  for (let i = 0; i < 50; i++) lines.push({ key: `sum.l${i}`, formula: `sumtag("t${i}") + index(0.01 + inn.l0 * 0)` });
  e.load(lines);
  return e;
}

describe('work budget', () => {
  it('counts the work of a recompute: nodes per cell, the members of a sumtag, the years of an index', () => {
    const e = heavy();
    const s = e.lastRecompute();
    expect(s.stopped).toBe(false);
    // Per line: 8 nodes in each of 10 years, and its group added up (50 members and 1 block, 10 years). Each line
    // is computed all years at once, so the index's rate is computed once per year (its nodes are among the 8).
    expect(s.work).toBe(50 * (10 * 8 + 10 * (50 + 1)));
    expect(e.values('sum.l3')[0]).toBe(51);
    // Again without a change: the groups' sums are kept (tagSums.ts), only the nodes count.
    e.recompute();
    expect(e.lastRecompute().work).toBe(50 * 10 * 8);
    expect(e.values('sum.l3')[0]).toBe(51);
  });

  it('stops past the budget: the cells left hold engine.budget, in Norwegian and English', () => {
    const e = heavy(20_000);
    const s = e.lastRecompute();
    expect(s.stopped).toBe(true);
    expect(s.work).toBeLessThan(20_000 + 1_000);
    expect(e.values('sum.l0')[0]).toBe(51); // computed before the budget ran out
    const last = e.error('sum.l49', 9);
    expect(last?.code).toBe('engine.budget');
    expect(Number.isNaN(e.values('sum.l49')[9])).toBe(true);
    expect(t('nb', 'engine.budget')).toMatch(/^Ikke regnet ut: omregningen ble stoppet/);
    expect(t('en', 'engine.budget')).toMatch(/^Not computed/);
  });

  it('still brings the inputs after the stop up to date (the order lets inputs in a batch at a time, plan.ts)', () => {
    const e = new Engine({ firstYear: 2025, years: 10, budget: 20_000 });
    const tags = Array.from({ length: 50 }, (_, i) => `t${i}`);
    const lines = [];
    for (let i = 0; i < 50; i++) lines.push({ key: `inn.l${i}`, input: Array<number>(10).fill(1), tags });
    for (let i = 0; i < 50; i++) lines.push({ key: `sum.l${i}`, formula: `sumtag("t${i}")` });
    // More inputs than one batch: the later ones stand after the sums in the order.
    for (let i = 0; i < 3000; i++) lines.push({ key: `x.l${i}`, input: Array<number>(10).fill(i) });
    e.load(lines);
    expect(e.lastRecompute().stopped).toBe(true);
    expect(e.error('sum.l49', 9)?.code).toBe('engine.budget');
    expect(Array.from(e.values('x.l2999'))).toEqual(Array<number>(10).fill(2999));
    expect(e.error('x.l2999', 0)).toBeUndefined();
  });

  it('stays usable: an edit recomputes what it reaches within a fresh budget; what it does not reach stays marked', () => {
    // The load (29 500) stops; the edit (from year 9: 8 nodes and a group of 50 over 10 years per line, 25 900) not.
    const e = heavy(27_000);
    expect(e.lastRecompute().stopped).toBe(true);
    e.setInput('inn.l0', 9, 2);
    expect(e.lastRecompute().stopped).toBe(false);
    expect(e.values('sum.l49')[9]).toBeCloseTo(51 + 1.01 ** 9, 9);
    expect(e.error('sum.l49', 9)).toBeUndefined();
    expect(e.error('sum.l49', 8)?.code).toBe('engine.budget');
    expect(heavy(WORK_BUDGET).lastRecompute().stopped).toBe(false);
  });

  it('stops lines computed year by year (a line reading its own earlier years) the same way', () => {
    const e = new Engine({ firstYear: 2025, years: 10, budget: 20_000 });
    const lines = [];
    for (let i = 0; i < 50; i++) lines.push({ key: `inn.l${i}`, input: Array<number>(10).fill(1), tags: ['t'] });
    for (let i = 0; i < 50; i++) lines.push({ key: `fond.l${i}`, formula: `prev(fond.l${i}) + sumtag("t")` });
    e.load(lines);
    expect(e.lastRecompute().stopped).toBe(true);
    expect(Array.from(e.values('fond.l0'))).toEqual([50, 100, 150, 200, 250, 300, 350, 400, 450, 500]);
    expect(e.error('fond.l49', 0)?.code).toBe('engine.budget');
    expect(e.error('fond.l49', 9)?.code).toBe('engine.budget');
  });
});
