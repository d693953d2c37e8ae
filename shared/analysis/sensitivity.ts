// One-at-a-time sensitivity: each lever in turn at its low and high value, the others as they stand, and the
// outputs read after each recompute. Rows per output in tornado order (largest effect first). A value equal to
// where the lever stands (a measure's realisation as planned) costs no recompute: the outputs are the base.
import { focused, sourceOf } from './focus';
import { holdLevers, withLevers } from './hold';
import type { Batcher, Lever, Probe } from './types';

export interface SensitivityLever {
  lever: Lever;
  low: number;
  high: number;
}

export interface SensitivityOptions {
  levers: SensitivityLever[];
  outputs: Probe[];
  /** Groups edits into one recompute (pass the engine): a lever is then put back in the recompute that moves the
   *  next one. Without it every edit recomputes. */
  model?: Batcher;
}

export interface SensitivityRow {
  /** Index of the lever in the options. */
  lever: number;
  leverId: string;
  leverLabel: string;
  /** The lever's value as it stood, and the two values tried. */
  base: number;
  low: number;
  high: number;
  /** The output with the lever at low and at high (NaN = an error value). */
  atLow: number;
  atHigh: number;
  /** atHigh − atLow, and per unit of the lever: (atHigh − atLow) / (high − low). */
  change: number;
  slope: number;
  /** The length of the tornado bar: the range the output spans over low, base and high. */
  swing: number;
}

export interface SensitivityOutput {
  id?: string;
  label?: string;
  /** The output with every lever as it stands. */
  base: number;
  /** One row per lever, largest swing first; rows with an error value last. */
  rows: SensitivityRow[];
}

export interface SensitivityResult {
  outputs: SensitivityOutput[];
  /** Recomputes made (restores included). */
  iterations: number;
}

export function sensitivity(o: SensitivityOptions): SensitivityResult {
  const { levers, outputs, model } = o;
  let iterations = 0;
  // With a batcher, a lever's restore waits here to join the next lever's move in one recompute.
  let pending: (() => void) | null = null;
  const recompute = (edit: () => void) => {
    const run = () => {
      pending?.();
      pending = null;
      edit();
    };
    if (model !== undefined) model.batch(run);
    else run();
    iterations++;
  };
  // Each lever is put back as soon as it has been tried; the whole set is restored only if something throws.
  const restoreAll = holdLevers(levers.map((l) => l.lever), model);
  let done = false;
  try {
    // Every output names its lines (line probes do): the model recomputes only what they read.
    const result = focused(sourceOf(outputs), (): SensitivityResult => {
      const base = outputs.map((p) => p.read());
      const rows: SensitivityRow[][] = outputs.map(() => []);
      levers.forEach(({ lever, low, high }, i) => {
        const restore = holdLevers([lever]);
        const at = lever.get();
        let moved = false;
        // At the value the lever stands at (a measure's realisation as planned), the outputs are the base.
        const readAt = (x: number): number[] => {
          if (x === at) return base;
          moved = true;
          recompute(() => lever.set(x));
          return outputs.map((p) => p.read());
        };
        const atLow = readAt(low);
        const atHigh = readAt(high);
        if (moved && model !== undefined) pending = restore;
        else if (moved) {
          restore();
          iterations++;
        }
        outputs.forEach((_, j) => {
          const lo = atLow[j];
          const hi = atHigh[j];
          rows[j].push({
            lever: i,
            leverId: lever.id,
            leverLabel: lever.label,
            base: at,
            low,
            high,
            atLow: lo,
            atHigh: hi,
            change: hi - lo,
            slope: (hi - lo) / (high - low),
            swing: Math.max(lo, hi, base[j]) - Math.min(lo, hi, base[j]),
          });
        });
      });
      if (pending !== null) recompute(() => {});
      return {
        outputs: outputs.map((p, j) => ({
          id: p.id,
          label: p.label,
          base: base[j],
          rows: rows[j].sort(tornadoOrder),
        })),
        iterations,
      };
    });
    done = true;
    return result;
  } finally {
    if (!done) restoreAll();
  }
}

/** Largest swing first; NaN (an error somewhere) last; ties keep the levers' order. */
function tornadoOrder(a: SensitivityRow, b: SensitivityRow): number {
  const an = Number.isNaN(a.swing);
  const bn = Number.isNaN(b.swing);
  if (an || bn) return an === bn ? a.lever - b.lever : an ? 1 : -1;
  return b.swing - a.swing || a.lever - b.lever;
}

/** Low and high values `delta` either side of the lever's current value (e.g. ±0.01 for ±1 percentage point). */
export function around(lever: Lever, delta: number): SensitivityLever {
  const x = lever.get();
  return { lever, low: x - delta, high: x + delta };
}

/**
 * d probe / d lever at the lever's current value, by central difference on the model's recompute:
 * (f(x + h) − f(x − h)) / 2h. Default h = ∛ε · max(1, |x|), which balances truncation and rounding error.
 * NaN when either side is an error value. The lever is restored.
 */
export function derivative(lever: Lever, probe: Probe, opts: { h?: number } = {}): number {
  return withLevers([lever], undefined, () => {
    const x = lever.get();
    const h = opts.h ?? Math.cbrt(Number.EPSILON) * Math.max(1, Math.abs(x));
    lever.set(x + h);
    const up = probe.read();
    lever.set(x - h);
    const down = probe.read();
    // The step as represented in floating point, not as intended.
    return (up - down) / (x + h - (x - h));
  });
}
