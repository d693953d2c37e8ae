// Comparing scenarios: aligned rows, the list of changes between documents, chart data and the statutory
// overviews. Pure TypeScript, used by the renderer's Sammenlign and Oversikt.
export { compareScenarios, groupContiguous, mergeOrder, sameValue } from './align';
export { diffDocuments } from './diff';
export { describeChange, formatDiff, formatValue, translate } from './text';
export { CHART_KEYS, chartRows, fieldOf, hasData, savingsRows, scenarioChartData, unrealisedField, type ChartMeasure, type ChartRow, type ScenarioChartData } from './chartData';
export { statutoryOverviews, type StatutoryRow, type StatutoryRowStyle, type StatutoryTable } from './statutory';
export { groupLabel, KNOWN_GROUPS } from './groups';
export { comparisonTable, rowsShown, type TableCell, type TableOptions } from './table';
export {
  MAX_COMPARED,
  MIN_COMPARED,
  scenarioTag,
  type Change,
  type ChangeKind,
  type ChangeParam,
  type CompareCells,
  type CompareResult,
  type CompareRow,
  type ComparedScenario,
  type YearChange,
} from './types';
