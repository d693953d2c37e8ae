// Building a model's structure: what removing a thing takes with it or is blocked by, and a scenario's structure
// without its numbers.
export { completeRemoval, type Blocker, type Consequence, type RemovalPlan } from './removal';
export { planRecodeArea, planRemoveArea, type RecodeResult } from './areas';
export { computedGrowth, planRemoveAssumption } from './assumptions';
export { structureOf } from './skeleton';
