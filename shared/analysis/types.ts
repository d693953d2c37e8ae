// The analyses work on any model through two small interfaces: a lever they may move and a probe they read.
// Engine adapters (engineAdapters.ts) make levers from input lines and probes from line cells.
import type { EngineError } from '../engine';

/** Something an analysis may vary: one input cell, a whole input series (scaled or shifted), a measure. */
export interface Lever {
  id: string;
  label: string;
  get(): number;
  /** Set the lever; the model recomputes (or, inside a batch, will recompute at its end). */
  set(x: number): void;
  /** Capture the exact state behind the lever (blank cells included) and return a function that brings it back.
   *  Without it, analyses restore by `set(get())` taken at their start. */
  snapshot?(): () => void;
}

/** A number an analysis reads after each recompute, e.g. one line's value in one year. NaN = an error value. */
export interface Probe {
  read(): number;
  id?: string;
  label?: string;
  /** Why read() gave NaN, when the model can tell (the engine's error value). */
  error?(): EngineError | undefined;
  /** The model and the lines read() reads, when known (lineProbe gives them): an analysis may then narrow the
   *  model's recomputes to those lines (see focus.ts). A probe that reads anything else must not have it. */
  source?: ProbeSource;
}

/** Groups lever edits into one recompute. The engine fits as it is: `model: engine`. */
export interface Batcher {
  batch(edits: () => void): unknown;
}

/** A model that can narrow its recomputes to the lines some keys read, catching up on the rest at the end
 *  (Engine.focus). */
export interface Focusable {
  focus<T>(keys: readonly string[], body: () => T): T;
}

export interface ProbeSource {
  model: Focusable;
  lines: readonly string[];
}

/** An analysis that found no answer: `code` is an i18n key in shared/i18n/analysis.ts, `params` fill it, and
 *  `cause` (when a model error is behind it) is the engine's own error value, to be shown after it. */
export interface AnalysisFailure {
  ok: false;
  code: string;
  params: Record<string, string | number>;
  cause?: EngineError;
}
