// Imports of real data: SSB population projections, KOSTRA unit costs, budget vs accounts. Pure TypeScript: text
// or bytes in, checked results out, every problem by line and column with a message in bokmål and English.

export { parsePopulation } from './population/parse';
export { aggregateAges, type TargetAgeGroup, type AgeTable, type AggregateResult } from './population/aggregate';
export { describePopulation } from './population/preview';
export {
  parseAgeLabel,
  parseRegion,
  parseStatistic,
  regionText,
  type Region,
  type Statistic,
  type Sex,
} from './population/labels';
export type {
  PopulationResult,
  PopulationImport,
  PopulationFailure,
  PopulationOptions,
  PopulationSelection,
  PopulationSource,
  SexHandling,
  SourceAgeGroup,
} from './population/types';

export { parseKostra } from './kostra/parse';
export { savingsPotential, type UnitCostComparison, type ServicePotential, type SavingsPotential } from './kostra/potential';
export { describeKostra } from './kostra/preview';
export type { KostraResult, KostraImport, KostraService, KostraSelection } from './kostra/types';

export { parseAccounts } from './accounts/parse';
export { describeAccounts } from './accounts/preview';
export type { AccountsResult, AccountsImport, AccountsRow, AccountsOptions, DeviationConvention } from './accounts/types';

export { decodeBytes, type TextEncodingName, type DecodeResult } from './decode';
export { MAX_IMPORT_BYTES, checkImportSize } from './limits';
export type { ImportInput } from './input';
export {
  issueText,
  messageText,
  skipText,
  type ImportIssue,
  type ImportMessage,
  type ImportSkip,
  type Params,
} from './issues';
