// Bins of a sample for a histogram drawn as bars (AG Charts Community has no histogram of its own we rely on).
export interface Bin {
  /** The bin's middle, its edges and the share of the sample in it. */
  mid: number;
  from: number;
  to: number;
  share: number;
  count: number;
}

/** Equal-width bins over [min, max] of an ascending-or-not sample; a sample of one value is one bin. */
export function binSample(sample: ArrayLike<number>, bins = 20): Bin[] {
  const n = sample.length;
  if (n === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    min = Math.min(min, sample[i]);
    max = Math.max(max, sample[i]);
  }
  if (min === max) return [{ mid: min, from: min, to: max, share: 1, count: n }];
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) counts[Math.min(bins - 1, Math.floor((sample[i] - min) / width))]++;
  return counts.map((count, k) => ({ mid: min + (k + 0.5) * width, from: min + k * width, to: min + (k + 1) * width, share: count / n, count }));
}

export interface HistogramView {
  bins: Bin[];
  /** The value axis from 0 (or the smallest draw, if below) to the largest of the draws and the plan. */
  min: number;
  max: number;
  /** Whether the requirement is drawn: not when it lies far beyond every draw, where it would squeeze the bars
   *  into slivers (the chart then names it below). */
  showRequirement: boolean;
}

export function histogramView(sample: ArrayLike<number>, planned: number, requirement: number, bins = 24): HistogramView {
  const b = binSample(sample, bins);
  const min = Math.min(0, ...b.map((x) => x.from));
  const sampleTop = Math.max(planned, ...b.map((x) => x.to));
  const showRequirement = requirement > 0 && requirement <= min + (sampleTop - min) * 1.5;
  return { bins: b, min, max: showRequirement ? Math.max(sampleTop, requirement) : sampleTop, showRequirement };
}
