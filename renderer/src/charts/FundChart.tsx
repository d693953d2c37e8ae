// The reserve fund (disposisjonsfond) at year end as bars against the financial rules' required reserve as a line,
// one of each per scenario.
import type { AgCartesianChartOptions, AgCartesianSeriesOptions } from 'ag-charts-community';
import { useMemo } from 'react';
import { chartRows, fieldOf, hasData } from '../../../shared/compare/chartData';
import { useI18n } from '../i18n/useI18n';
import { ChartFrame } from './ChartFrame';
import type { ChartProps } from './ResultChart';
import { seriesName } from './seriesName';
import { amountLabel, axisTitle, baseOptions, colorOf, TARGET_COLOR, tooltip } from './setup';

export function FundChart({ series, height }: ChartProps) {
  const { t, tCode, lang } = useI18n();
  const options = useMemo<AgCartesianChartOptions>(() => {
    const data = chartRows(series, ['fund', 'required']);
    const chartSeries: AgCartesianSeriesOptions[] = series.map((_, i) => ({
      type: 'bar' as const,
      xKey: 'year',
      yKey: fieldOf('fund', i),
      yName: seriesName(tCode, 'compare.chart.fund.balance', series, i),
      fill: colorOf(i),
      tooltip: tooltip(lang),
    }));
    series.forEach((_, i) => {
      chartSeries.push({
        type: 'line',
        xKey: 'year',
        yKey: fieldOf('required', i),
        yName: seriesName(tCode, 'compare.chart.fund.required', series, i),
        stroke: series.length === 1 ? TARGET_COLOR : colorOf(i),
        strokeWidth: 2,
        lineDash: [8, 4],
        marker: { shape: 'diamond', fill: series.length === 1 ? TARGET_COLOR : colorOf(i), size: 7 },
        tooltip: tooltip(lang),
      });
    });
    return {
      ...baseOptions(t('compare.chart.noData')),
      data,
      series: chartSeries,
      axes: {
        x: { type: 'category', position: 'bottom' },
        y: { type: 'number', position: 'left', title: axisTitle(t('compare.chart.fund.axis')), label: amountLabel(lang) },
      },
    };
  }, [series, t, tCode, lang]);
  const empty = hasData(series, 'fund') ? null : t('compare.chart.noData');
  return <ChartFrame title={t('compare.chart.fund.title')} testId="chart-fund" options={options} height={height} empty={empty} />;
}
