// Charts of a scenario's result, reserve fund and savings, for one scenario (Oversikt) or up to four (Sammenlign).
export { ChartFrame, type ChartFrameProps } from './ChartFrame';
export { FundChart } from './FundChart';
export { ResultChart, type ChartProps } from './ResultChart';
export { SavingsChart } from './SavingsChart';
export { ScenarioCharts, type ScenarioChartsProps } from './ScenarioCharts';
export { SCENARIO_COLORS, colorOf } from './setup';
