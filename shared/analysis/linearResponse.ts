// The fast path of the Monte Carlo: when the outputs respond linearly to the measures' levers (a measure's effect
// added into totals, results and the fund), an output in any draw is its planned value plus Σ slope × change, so
// the engine is needed once per lever to find the slopes and never again per draw. Whether the model is linear
// is checked, not assumed: see buildLinearResponse and LinearResponse.matches.
import type { Batcher, Lever, Probe } from './types';

export interface LinearResponse {
  /** out[j] = planned[j] + Σ_i slope[i][j] · (values[i] − at[i]). */
  predict(values: Float64Array, out: Float64Array): void;
  /** True when `actual` (outputs the engine computed for `values`) equals the prediction to rounding. */
  matches(values: Float64Array, actual: Float64Array): boolean;
  /** Recomputes spent building it. */
  recomputes: number;
}

/** Relative tolerance against the scale of the terms summed: rounding in a sum of thousands of terms stays far
 *  below it, a real nonlinearity (a threshold, a product, a rounding step) far above. */
const REL_TOL = 1e-9;

/**
 * Moves each lever in turn away from its current value `at[i]` to `probeAt[i]`, reading the outputs, and puts it
 * back in the same recompute that moves the next one: one recompute per lever. Then verifies linearity where the
 * draws will go: every lever with a check point (`checkAt[i]`, NaN for none: the far end of its effect range) is
 * moved there at once, and the outputs must equal the prediction. Returns null when they do not or an output is
 * an error value: the caller then evaluates every draw on the engine.
 */
export function buildLinearResponse(
  levers: readonly Lever[],
  at: Float64Array,
  probeAt: Float64Array,
  checkAt: Float64Array,
  outputs: readonly Probe[],
  planned: Float64Array,
  model: Batcher | undefined,
): LinearResponse | null {
  const k = outputs.length;
  const n = levers.length;
  const rowStart = new Int32Array(n + 1);
  const cols: number[] = [];
  const slopes: number[] = [];
  // Per output, the sum of |slope| × the widest lever move: the scale rounding errors are measured against.
  const scale = new Float64Array(k);
  const read = new Float64Array(k);
  let recomputes = 0;
  const run = (edit: () => void) => {
    if (model !== undefined) model.batch(edit);
    else edit();
    recomputes++;
    for (let j = 0; j < k; j++) read[j] = outputs[j].read();
  };

  let linear = true;
  let moved = -1;
  try {
    for (let i = 0; i < n && linear; i++) {
      rowStart[i] = cols.length;
      const dx = probeAt[i] - at[i];
      if (dx === 0 || Number.isNaN(dx)) continue;
      const prev = moved;
      run(() => {
        if (prev >= 0) levers[prev].set(at[prev]);
        levers[i].set(probeAt[i]);
      });
      moved = i;
      const reach = Math.max(Math.abs(dx), Number.isNaN(checkAt[i]) ? 0 : Math.abs(checkAt[i] - at[i]));
      for (let j = 0; j < k; j++) {
        const s = (read[j] - planned[j]) / dx;
        if (Number.isNaN(s)) linear = false;
        else if (s !== 0) {
          cols.push(j);
          slopes.push(s);
          scale[j] += Math.abs(s) * reach;
        }
      }
    }
    rowStart[n] = cols.length;
  } finally {
    if (moved >= 0) {
      const last = moved;
      run(() => levers[last].set(at[last]));
    }
  }
  if (!linear) return null;

  const colArr = Int32Array.from(cols);
  const slopeArr = Float64Array.from(slopes);
  const predict = (values: Float64Array, out: Float64Array) => {
    out.set(planned);
    for (let i = 0; i < values.length; i++) {
      const d = values[i] - at[i];
      if (d === 0) continue;
      for (let c = rowStart[i], end = rowStart[i + 1]; c < end; c++) out[colArr[c]] += slopeArr[c] * d;
    }
  };
  const predicted = new Float64Array(k);

  // The joint check: every ranged lever at the far end of its range, in one recompute.
  const checkValues = Float64Array.from(at, (x, i) => (Number.isNaN(checkAt[i]) ? x : checkAt[i]));
  const ranged: number[] = [];
  for (let i = 0; i < n; i++) if (checkValues[i] !== at[i]) ranged.push(i);
  if (ranged.length > 0) {
    try {
      run(() => {
        for (const i of ranged) levers[i].set(checkValues[i]);
      });
      predict(checkValues, predicted);
      for (let j = 0; j < k; j++) if (!close(read[j], predicted[j], Math.abs(planned[j]) + scale[j])) return null;
    } finally {
      run(() => {
        for (const i of ranged) levers[i].set(at[i]);
      });
    }
  }
  return {
    predict,
    matches: (values, actual) => {
      predict(values, predicted);
      for (let j = 0; j < k; j++) {
        if (!close(actual[j], predicted[j], Math.abs(planned[j]) + scale[j])) return false;
      }
      return true;
    },
    recomputes,
  };
}

function close(a: number, b: number, scale: number): boolean {
  return Math.abs(a - b) <= REL_TOL * Math.max(1, scale, Math.abs(a));
}
