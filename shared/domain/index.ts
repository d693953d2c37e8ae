// The domain as lines: a scenario document → lines and templates for the engine, reconciliation findings, and
// the one-call computeScenario.
export { buildLines, type BuildOptions } from './buildLines';
export type { PreviousBuild } from './context';
export { computeScenario, computeWithinBudget, loadLines, type ComputedScenario } from './compute';
export { rebuildMeasures, type Rebuilt } from './incremental';
export { reconcile } from './reconcile';
export { blankYear, notApplicableReason } from './notApplicable';
export { SWITCH_KEY } from './inputs';
export { FIXED_TEMPLATES, T as TEMPLATE_IDS, demandTemplate } from './templates';
export { serialRepaymentFormula } from './loans';
export { measureCounts } from './measures';
export type {
  BuiltLines,
  DisplayFormat,
  DomainLine,
  DomainLineMeta,
  EntityKind,
  Finding,
  LineSource,
  LineStyle,
  NotApplicable,
  SourcePath,
  StatedValues,
  TemplateSpec,
  View,
} from './types';
