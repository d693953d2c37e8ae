// Public API of the formula engine. See README.md for the formula language.
export { Engine, WORK_BUDGET, type LoadOptions, type RecomputeStats } from './engine';
export { FormulaError, ErrorCode, type ErrorCodeValue } from './errors';
export { builtinNames, builtinSymbols } from './builtins';
export { keyProblem } from './keys';
export { forgetShapes, formulaReferences, syntaxError } from './formulaCache';
export type { EngineError, ExplainNode, LineKey, LineMeta, LineSpec } from './types';
