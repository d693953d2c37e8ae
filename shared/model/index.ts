// The scenario model: schemas (which are the file format), types, ids and readable validation messages.
export { LIMITS } from './limits';
export { ID_PATTERN, isValidId, newId, newUniqueId } from './ids';
export { message, type MessageParams, type ModelIssue, type ModelMessage } from './messages';
export {
  describeIssues,
  describeModelIssues,
  formatPath,
  issueCode,
  issueParams,
  modelErrorMap,
  toModelIssues,
  translateMessage,
} from './issues';
export type { Series } from './kit';
export { assumptionSchema, type Assumption } from './assumption';
export { AREA_CODE_PATTERN, areaSchema, frameItemSchema, type Area, type FrameItem } from './area';
export {
  EFFECT_RANGE_BOUNDS,
  MEASURE_KINDS,
  MEASURE_STATUSES,
  effectRangeSchema,
  measureEffectSchema,
  measureSchema,
  type EffectRange,
  type Measure,
  type MeasureEffect,
  type MeasureKind,
  type MeasureStatus,
} from './measure';
export { INVESTMENT_OWNERS, investmentSchema, type Investment, type InvestmentOwner } from './investment';
export { demographySchema, type AgeGroup, type Demography, type Service } from './demography';
export { DEFAULT_RULES, planSchema, rulesSchema, type Plan, type Rules } from './plan';
export { fundSchema, type Fund } from './fund';
export { accountsSchema, type AccountRow, type Accounts } from './accounts';
export {
  KOSTRA_COST_UNITS,
  kostraSchema,
  kostraServiceSchema,
  type Kostra,
  type KostraCostUnit,
  type KostraService,
} from './kostra';
export { VIEWS, customLineKey, customLineSchema, type CustomLine, type View } from './customLine';
export { DOMAIN_SECTIONS, codeProblem, type DomainSection } from './sections';
export { SCENARIO_UNIT, scenarioSchema, type Scenario } from './scenario';
export {
  FILE_EXTENSION,
  FILE_FORMAT,
  FILE_VERSION,
  MAX_FILE_CHARS,
  migrateFile,
  originOf,
  parseScenario,
  parseScenarioFile,
  scenarioFileSchema,
  serializeScenarioFile,
  toScenarioFile,
  type ParseResult,
  type ScenarioFile,
} from './file';
export { MAX_LINEAGE, canonicalJson, fingerprint, originSchema, type Origin } from './origin';
export { blankScenario, blankSeries, type BlankScenarioOptions } from './blank';
export { sampleScenario } from './sample';
export { planYears } from './years';
