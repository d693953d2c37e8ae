// The benchmark's analyses are the panel's own functions: the goal case it picks must reach its target, and the
// figures it reports must come from runs that answered.
import { describe, expect, it } from 'vitest';
import { LiveScenario } from '../../shared/live/scenario';
import { runSavingsNeeded } from '../../shared/analysis/runs';
import { benchAnalysis, goalCase, goalSeekOf, SAMPLE } from './analysisBench';
import { documentOf } from './main';

describe('the benchmark runs the analyses as the panel does', () => {
  it('S: the savings requirement is the lever while measures leave part of it uncovered', () => {
    const live = new LiveScenario(documentOf('S'), 0);
    const c = goalCase(live);
    expect(c).toMatchObject({ kind: 'requirement', leverKey: 'plan.innsparingskrav', year: 2025, leverAt: 2 });
    const ui = goalSeekOf(live, c);
    expect(ui.ok).toBe(true);
    if (!ui.ok) return;
    live.apply(ui.patches);
    expect(live.engine.value('resultat.resultatgrad', c.year - live.firstYear)).toBeCloseTo(c.target, 9);
  });

  it('M: measures cover the requirement, so a measure is the goal seek’s lever; the one-click question still answers', () => {
    const live = new LiveScenario(documentOf('M'), 0);
    const c = goalCase(live);
    expect(c.kind).toBe('measure');
    const ui = goalSeekOf(live, c);
    expect(ui.ok).toBe(true);
    if (!ui.ok) return;
    const y = c.year - live.firstYear;
    // The requirement must first rise past the measures before the result moves; what is left uncovered then is
    // the saving still to find, and it equals the goal seek's extra full-year effect of a measure in full effect.
    const s = runSavingsNeeded(live, c.year, 'krav');
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.extra).toBeGreaterThan(s.unidentified);
    expect(s.unidentified).toBeCloseTo(ui.value - ui.current, 3);
    const after = new LiveScenario(live.doc, 0);
    after.apply(s.patches);
    expect(after.engine.value('resultat.resultatgrad', y)).toBeCloseTo(c.target, 9);
  });

  it('reports the four medians and the copy, with what each did', () => {
    const r = benchAnalysis(documentOf('S'), { runs: 1, warmup: 0, gcEach: false });
    for (const v of [r.copyMs, r.goalSeekMs, r.savingsNeededMs, r.sensitivityMs, r.monteCarloMs]) expect(v).toBeGreaterThan(0);
    expect(r.detail).toMatchObject({ goalLever: 'requirement', monteCarloMethod: 'linear', monteCarloMeasures: 5 });
    expect(r.detail.sensitivityRecomputes).toBeGreaterThan(r.detail.sensitivityLevers);
    expect(r.reduced.sensitivity).toBeUndefined();
  });

  it('estimates from a sample what would take longer than its cap, and says so', () => {
    const doc = documentOf('M');
    const r = benchAnalysis(doc, { runs: 1, warmup: 0, gcEach: false }, 0);
    expect(r.reduced.sensitivity).toMatch(new RegExp(`^estimated: ${SAMPLE} of ${r.detail.sensitivityLevers} levers run once \\(\\d+ ms\\), scaled$`));
    expect(r.reduced.monteCarlo).toMatch(new RegExp(`^estimated: ${SAMPLE} of ${r.detail.monteCarloMeasures} measures run once`));
    expect(r.sensitivityMs).toBeGreaterThan(0);
    expect(r.monteCarloMs).toBeGreaterThan(0);
  });
});
