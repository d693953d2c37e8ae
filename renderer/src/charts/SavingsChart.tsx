// Savings against the savings requirement: per scenario one stacked bar — the risk-adjusted saving, and on it the
// part of the planned saving that the risk adjustment takes away, so the bar is as tall as the planned saving —
// and the requirement as a line (one line when every scenario has the same requirement).
import type { AgCartesianChartOptions, AgCartesianSeriesOptions, AgTooltipRendererResult } from 'ag-charts-community';
import { useMemo } from 'react';
import { fieldOf, hasData, savingsRows, unrealisedField, type ScenarioChartData } from '../../../shared/compare/chartData';
import { useI18n } from '../i18n/useI18n';
import { ChartFrame } from './ChartFrame';
import type { ChartProps } from './ResultChart';
import { seriesName } from './seriesName';
import { amountLabel, axisTitle, baseOptions, colorOf, formatAmount, TARGET_COLOR, tintOf, tooltip } from './setup';

function sameRequirement(series: readonly ScenarioChartData[]): boolean {
  const first = series[0].values.requirement;
  return series.every((s) => s.years.length === series[0].years.length && s.values.requirement.every((v, y) => v === first[y]));
}

export function SavingsChart({ series, height }: ChartProps) {
  const { t, tCode, lang } = useI18n();
  const options = useMemo<AgCartesianChartOptions>(() => {
    const data = savingsRows(series);
    // Both parts of a stack show the planned and the risk-adjusted saving of that scenario and year.
    const stackTooltip = (i: number) => ({
      renderer: (p: { datum: Record<string, unknown> }): AgTooltipRendererResult => ({
        heading: String(p.datum.year ?? ''),
        title: series.length > 1 ? series[i].name : undefined,
        data: [
          { label: t('compare.chart.savings.planned'), value: formatAmount(p.datum[fieldOf('planned', i)], lang) },
          { label: t('compare.chart.savings.risk'), value: formatAmount(p.datum[fieldOf('risk', i)], lang) },
        ],
      }),
    });
    const chartSeries: AgCartesianSeriesOptions[] = [];
    series.forEach((_, i) => {
      chartSeries.push(
        {
          type: 'bar',
          xKey: 'year',
          yKey: fieldOf('risk', i),
          yName: seriesName(tCode, 'compare.chart.savings.risk', series, i),
          stacked: true,
          stackGroup: `s${i}`,
          fill: colorOf(i),
          tooltip: stackTooltip(i),
        },
        {
          type: 'bar',
          xKey: 'year',
          yKey: unrealisedField(i),
          yName: seriesName(tCode, 'compare.chart.savings.unrealised', series, i),
          stacked: true,
          stackGroup: `s${i}`,
          fill: tintOf(i),
          tooltip: stackTooltip(i),
        },
      );
    });
    const one = sameRequirement(series);
    (one ? [0] : series.map((_, i) => i)).forEach((i) => {
      chartSeries.push({
        type: 'line',
        xKey: 'year',
        yKey: fieldOf('requirement', i),
        yName: one ? t('compare.chart.savings.requirement') : seriesName(tCode, 'compare.chart.savings.requirement', series, i),
        stroke: one ? TARGET_COLOR : colorOf(i),
        strokeWidth: 2,
        lineDash: [8, 4],
        marker: { shape: 'diamond', fill: one ? TARGET_COLOR : colorOf(i), size: 7 },
        tooltip: tooltip(lang),
      });
    });
    return {
      ...baseOptions(t('compare.chart.noData')),
      data,
      series: chartSeries,
      axes: {
        x: { type: 'category', position: 'bottom' },
        y: { type: 'number', position: 'left', title: axisTitle(t('compare.chart.savings.axis')), label: amountLabel(lang) },
      },
    };
  }, [series, t, tCode, lang]);
  const empty = hasData(series, 'planned') || hasData(series, 'requirement') ? null : t('compare.chart.noData');
  return <ChartFrame title={t('compare.chart.savings.title')} testId="chart-savings" options={options} height={height} empty={empty} />;
}
