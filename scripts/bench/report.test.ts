import { describe, expect, it } from 'vitest';
import { formatJson, formatTable, goals, slope, type Results, type SizeResult } from './report';

function size(analysis: SizeResult['analysis']): SizeResult {
  const hf = { buildMs: 100, fullMs: 10, editMs: 1 };
  return { buildMs: 5, fullMs: 1, editMs: 0.01, globalEditMs: 0.1, openMs: 20, saveMs: 1, compareMs: 30, heapMb: 40, hfHeapMb: 400, hf, ratios: { buildMs: 0.05, fullMs: 0.1, editMs: 0.01 }, analysis, detail: { goalLever: 'measure' } };
}

describe('the analyses in the report', () => {
  const results: Results = {
    S: size({ copyMs: 8, goalSeekMs: 0.5, savingsNeededMs: 0.6, sensitivityMs: 2, monteCarloMs: 10 }),
    L: size({ copyMs: 400, goalSeekMs: 7, savingsNeededMs: 8, sensitivityMs: 1200, monteCarloMs: 600 }),
  };

  it('has goals for goal seek, sensitivity and Monte Carlo on L, met or missed', () => {
    const byText = Object.fromEntries(goals(results).map((g) => [g.text, g.met]));
    expect(byText['L goal seek ≤ 100 ms']).toBe(true);
    expect(byText['L sensitivity (default assumptions) ≤ 1 s']).toBe(false);
    expect(byText['L Monte Carlo (2 000 draws) ≤ 1 s']).toBe(true);
    const none = goals({ L: size(null) }).filter((g) => g.text.startsWith('L goal seek') || g.text.startsWith('L Monte'));
    expect(none.map((g) => g.met)).toEqual([null, null]);
  });

  it('shows a row per size in the table and the figures in the JSON', () => {
    const text = formatTable(results, 'env');
    expect(text).toMatch(/^analyses +goal seek +savings needed +sensitivity +Monte Carlo +private copy$/m);
    expect(text).toMatch(/^L +7\.00 +8\.00 +1200 +600 +400$/m);
    expect(text).toContain('MISS  L sensitivity (default assumptions) ≤ 1 s: 1200 ms, missed by 200 ms (1.2× the limit)');
    expect(text).toContain('met   L Monte Carlo (2 000 draws) ≤ 1 s: 600 ms');
    expect(JSON.parse(formatJson(results)).sizes.L.analysis).toEqual({ copyMs: 400, goalSeekMs: 7, savingsNeededMs: 8, sensitivityMs: 1200, monteCarloMs: 600 });
    expect(formatTable({ L: size(null) }, 'env')).not.toContain('analyses');
  });
});

describe('growth with the model', () => {
  const at = (cells: number, buildMs: number, fullMs: number): SizeResult => ({ ...size(null), buildMs, fullMs, detail: { cells } });

  it('reports the log–log slope of full and build over M, L and XL, and whether it is linear', () => {
    // full linear in line-years; build growing with their square.
    const results: Results = { M: at(1_000, 1, 2), L: at(10_000, 100, 20), XL: at(100_000, 10_000, 200) };
    expect(slope(results, 'fullMs')).toBeCloseTo(1, 9);
    expect(slope(results, 'buildMs')).toBeCloseTo(2, 9);
    const byText = Object.fromEntries(goals(results).map((g) => [g.text, g.met]));
    expect(byText['full recompute grows linearly with line-years, M to XL (log–log slope ≤ 1.1)']).toBe(true);
    expect(byText['build grows linearly with line-years, M to XL (log–log slope ≤ 1.1)']).toBe(false);
    expect(formatTable(results, 'env')).toContain('MISS  build grows linearly with line-years, M to XL (log–log slope ≤ 1.1): 2.00');
    expect(JSON.parse(formatJson(results)).slopes.fullMs).toBeCloseTo(1, 9);
    expect(slope({ M: results.M, L: results.L }, 'fullMs')).toBeNull();
  });
});
