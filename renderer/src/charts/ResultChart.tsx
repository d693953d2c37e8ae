// Netto driftsresultat per year as bars (left axis, 1000 kr, surplus up) and resultatgrad as a line (right axis),
// with the financial rules' target as a cross line. One bar and one line per scenario.
import type { AgCartesianChartOptions, AgCartesianSeriesOptions } from 'ag-charts-community';
import { useMemo } from 'react';
import { chartRows, fieldOf, hasData, type ScenarioChartData } from '../../../shared/compare/chartData';
import { useI18n } from '../i18n/useI18n';
import { ChartFrame } from './ChartFrame';
import { allValues, seriesName } from './seriesName';
import { amountLabel, axisTitle, baseOptions, colorOf, formatPercent, percentLabel, TARGET_COLOR, tooltip } from './setup';

export interface ChartProps {
  /** One to four scenarios; the first is the base. */
  series: ScenarioChartData[];
  height?: number;
}

export function ResultChart({ series, height }: ChartProps) {
  const { t, tCode, lang } = useI18n();
  const options = useMemo<AgCartesianChartOptions>(() => {
    const data = chartRows(series, ['netResult', 'resultatgrad']);
    const targets = [...new Set(allValues(series, 'target'))];
    const grades = [...allValues(series, 'resultatgrad'), ...targets, 0];
    const span = Math.max(...grades) - Math.min(...grades) || 0.01;
    const chartSeries: AgCartesianSeriesOptions[] = [];
    series.forEach((_, i) => {
      chartSeries.push({
        type: 'bar',
        xKey: 'year',
        yKey: fieldOf('netResult', i),
        yName: seriesName(tCode, 'compare.chart.result.net', series, i),
        fill: colorOf(i),
        yKeyAxis: 'y',
        tooltip: tooltip(lang),
      });
    });
    series.forEach((_, i) => {
      chartSeries.push({
        type: 'line',
        xKey: 'year',
        yKey: fieldOf('resultatgrad', i),
        yName: seriesName(tCode, 'compare.chart.result.grade', series, i),
        stroke: colorOf(i),
        strokeWidth: 2,
        lineDash: i === 0 ? undefined : [6, 3],
        marker: { fill: '#ffffff', stroke: colorOf(i), size: 7 },
        yKeyAxis: 'grade',
        tooltip: tooltip(lang, true),
      });
    });
    return {
      ...baseOptions(t('compare.chart.noData')),
      data,
      series: chartSeries,
      axes: {
        x: { type: 'category', position: 'bottom' },
        y: { type: 'number', position: 'left', title: axisTitle(t('compare.chart.result.amountAxis')), label: amountLabel(lang) },
        grade: {
          type: 'number',
          position: 'right',
          title: axisTitle(t('compare.chart.result.gradeAxis')),
          label: percentLabel(lang),
          // Bounds of our own, so the target line is always in view; not rounded by the chart, whose rounding of a
          // secondary axis with explicit bounds leaves it without tick labels (AG Charts 14).
          nice: false,
          min: Math.min(...grades) - span * 0.15,
          max: Math.max(...grades) + span * 0.15,
          crossLines: targets.map((value) => ({
            type: 'line' as const,
            value,
            stroke: TARGET_COLOR,
            strokeWidth: 2,
            lineDash: [8, 4],
            label: { text: t('compare.chart.result.target', { value: formatPercent(value, lang, 2) }), position: 'top-left' as const, color: TARGET_COLOR },
          })),
        },
      },
    };
  }, [series, t, tCode, lang]);
  const empty = hasData(series, 'netResult') ? null : t('compare.chart.noData');
  return <ChartFrame title={t('compare.chart.result.title')} testId="chart-result" options={options} height={height} empty={empty} />;
}
