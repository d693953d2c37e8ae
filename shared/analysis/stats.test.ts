import { describe, expect, it } from 'vitest';
import { quantileSorted, summarize } from './stats';

describe('statistics', () => {
  it('interpolates quantiles as PERCENTILE.INC does', () => {
    const xs = [1, 2, 3, 4, 5];
    expect(quantileSorted(xs, 0.1)).toBeCloseTo(1.4, 12);
    expect(quantileSorted(xs, 0.5)).toBe(3);
    expect(quantileSorted(xs, 0.9)).toBeCloseTo(4.6, 12);
    expect(quantileSorted(xs, 0)).toBe(1);
    expect(quantileSorted(xs, 1)).toBe(5);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  it('summarises a sample (sorting it)', () => {
    const s = summarize(Float64Array.from([9, 2, 4, 4, 4, 5, 5, 7]));
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(s.stdError).toBeCloseTo(Math.sqrt(32 / 7) / Math.sqrt(8), 12);
    expect(s).toMatchObject({ min: 2, max: 9, p50: 4.5 });
    expect(s.p10).toBeCloseTo(3.4, 12);
    expect(s.p90).toBeCloseTo(7.6, 12);
  });

  it('keeps precision for large, alike values', () => {
    const s = summarize(Float64Array.from([1e9 + 1, 1e9 + 2, 1e9 + 3]));
    expect(s.mean).toBe(1e9 + 2);
    expect(s.sd).toBeCloseTo(1, 9);
  });
});
