import { describe, expect, it } from 'vitest';
import { binSample, histogramView } from './histogram';

describe('binSample', () => {
  it('counts every value once, the maximum in the last bin', () => {
    const bins = binSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 10], 5);
    expect(bins.map((b) => b.count)).toEqual([2, 2, 2, 2, 2]);
    expect(bins[4].to).toBe(10);
    expect(bins.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 12);
  });

  it('a sample of one repeated value is one bin; an empty sample none', () => {
    expect(binSample([3, 3, 3])).toEqual([{ mid: 3, from: 3, to: 3, share: 1, count: 3 }]);
    expect(binSample([])).toEqual([]);
  });
});

describe('histogramView', () => {
  it('draws a requirement within reach of the draws, and leaves out one far beyond them', () => {
    const sample = [0, 5000, 10000, 18800];
    expect(histogramView(sample, 18800, 20000)).toMatchObject({ min: 0, max: 20000, showRequirement: true });
    expect(histogramView(sample, 18800, 150000)).toMatchObject({ min: 0, max: 18800, showRequirement: false });
    expect(histogramView(sample, 18800, 0).showRequirement).toBe(false);
  });
});
