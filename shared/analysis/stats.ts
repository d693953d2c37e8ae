// Summary statistics of a sample.

/** The p-quantile (0 ≤ p ≤ 1) of an ascending sample, interpolating between order statistics as Excel's
 *  PERCENTILE.INC and R's default (type 7) do. NaN for an empty sample. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const i = Math.floor(h);
  return i + 1 < n ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[n - 1];
}

export interface Summary {
  mean: number;
  /** Sample standard deviation (n − 1). */
  sd: number;
  /** Standard error of the mean: sd / √n. */
  stdError: number;
  p10: number;
  p50: number;
  p90: number;
  min: number;
  max: number;
}

/** Summary of a sample; sorts `sample` in place. */
export function summarize(sample: Float64Array): Summary {
  const n = sample.length;
  sample.sort();
  let mean = 0;
  // Welford's update: one pass, no loss of precision when values are large and alike.
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const d = sample[i] - mean;
    mean += d / (i + 1);
    m2 += d * (sample[i] - mean);
  }
  const sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : NaN;
  return {
    mean: n > 0 ? mean : NaN,
    sd,
    stdError: sd / Math.sqrt(n),
    p10: quantileSorted(sample, 0.1),
    p50: quantileSorted(sample, 0.5),
    p90: quantileSorted(sample, 0.9),
    min: n > 0 ? sample[0] : NaN,
    max: n > 0 ? sample[n - 1] : NaN,
  };
}
