// What it takes and how sure we are: goal seek, sensitivity and Monte Carlo over levers and probes, with
// adapters for the formula engine. Every analysis leaves the model as it found it.
export type { AnalysisFailure, Batcher, Focusable, Lever, Probe, ProbeSource } from './types';
export { AnalysisCode, type AnalysisCodeValue } from './errors';
export { analysisMessage } from './message';
export { inputLever, lineProbe, lineProbes, atLeastEveryYear, type InputLeverOptions } from './engineAdapters';
export { holdLevers, withLevers } from './hold';
export { focused, sourceOf, traceSource } from './focus';
export {
  goalSeek,
  goalSeekAll,
  type Condition,
  type GoalSeekOptions,
  type GoalSeekResult,
  type GoalSeekAllOptions,
  type GoalSeekAllResult,
} from './goalSeek';
export { savingsNeeded, type SavingsNeededOptions, type SavingsNeededResult } from './savingsNeeded';
export {
  sensitivity,
  around,
  derivative,
  type SensitivityLever,
  type SensitivityOptions,
  type SensitivityResult,
  type SensitivityOutput,
  type SensitivityRow,
} from './sensitivity';
export {
  monteCarlo,
  MIN_DRAWS,
  type UncertainMeasure,
  type MonteCarloOutput,
  type MonteCarloOptions,
  type MonteCarloResult,
  type OutputDistribution,
} from './monteCarlo';
export { Xoshiro128, uniformOn, triangularOn } from './prng';
export { quantileSorted, summarize, type Summary } from './stats';
