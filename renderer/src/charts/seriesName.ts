// Series names: the measure alone for one scenario (Oversikt), "measure – A" (the scenario's tag, or its name)
// when several are compared, so that legends stay short.
import type { ScenarioChartData } from '../../../shared/compare/chartData';

export function seriesName(t: (key: string, params?: Record<string, string | number>) => string, measureKey: string, series: readonly ScenarioChartData[], index: number): string {
  const measure = t(measureKey);
  return series.length > 1 ? t('compare.chart.series', { measure, scenario: series[index].tag ?? series[index].name }) : measure;
}

/** The values of one measure across all scenarios and years, for axis bounds. */
export function allValues(series: readonly ScenarioChartData[], measure: keyof ScenarioChartData['values']): number[] {
  return series.flatMap((s) => s.values[measure].filter((v): v is number => v !== null));
}
