// The distribution of total savings in one year over the Monte Carlo draws, as bars over equal-width bins, with
// the planned figure and the savings requirement as cross lines.
import type { AgCartesianChartOptions, AgTooltipRendererResult } from 'ag-charts-community';
import { useMemo } from 'react';
import { ChartFrame } from '../charts/ChartFrame';
import { axisTitle, baseOptions, formatAmount, formatPercent, SCENARIO_COLORS, TARGET_COLOR } from '../charts/setup';
import { useI18n } from '../i18n/useI18n';
import { histogramView } from './histogram';

export interface HistogramChartProps {
  sample: Float64Array;
  planned: number;
  requirement: number;
  title: string;
}

export function HistogramChart({ sample, planned, requirement, title }: HistogramChartProps) {
  const { t, lang } = useI18n();
  const view = useMemo(() => histogramView(sample, planned, requirement), [sample, planned, requirement]);
  const options = useMemo<AgCartesianChartOptions>(() => {
    const { bins, min: bottom, max: top, showRequirement } = view;
    const data = bins.map((b) => ({ ...b, x: b.mid }));
    const lines: { type: 'line'; value: number; stroke: string; strokeWidth: number; lineDash: number[]; label: { text: string; position: 'top-left' | 'top-right'; color: string } }[] = [
      { type: 'line' as const, value: planned, stroke: SCENARIO_COLORS[2], strokeWidth: 2, lineDash: [6, 3], label: { text: t('analysisUi.mc.plannedLine', { value: formatAmount(planned, lang) }), position: 'top-left' as const, color: SCENARIO_COLORS[2] } },
    ];
    if (showRequirement) {
      lines.push({ type: 'line' as const, value: requirement, stroke: TARGET_COLOR, strokeWidth: 2, lineDash: [8, 4], label: { text: t('analysisUi.mc.requirementLine', { value: formatAmount(requirement, lang) }), position: 'top-right' as const, color: TARGET_COLOR } });
    }
    return {
      ...baseOptions(t('compare.chart.noData')),
      data,
      legend: { enabled: false },
      series: [
        {
          type: 'bar',
          xKey: 'x',
          yKey: 'share',
          yName: t('analysisUi.mc.histCount'),
          fill: SCENARIO_COLORS[0],
          tooltip: {
            renderer: (p: { datum: Record<string, unknown> }): AgTooltipRendererResult => ({
              heading: `${formatAmount(p.datum.from, lang)} – ${formatAmount(p.datum.to, lang)}`,
              data: [
                { label: t('analysisUi.mc.histCount'), value: formatPercent(p.datum.share, lang, 1) },
                { label: t('analysisUi.mc.draws'), value: String(p.datum.count) },
              ],
            }),
          },
        },
      ],
      axes: {
        x: {
          type: 'number',
          position: 'bottom',
          min: bottom,
          max: top + (top - bottom) * 0.08,
          nice: false,
          title: axisTitle(t('analysisUi.mc.histAxis')),
          label: { formatter: (p: { value: unknown }) => formatAmount(p.value, lang) },
          crossLines: lines,
        },
        y: { type: 'number', position: 'left', title: axisTitle(t('analysisUi.mc.histCount')), label: { formatter: (p: { value: unknown }) => formatPercent(p.value, lang, 0) } },
      },
    } as AgCartesianChartOptions;
  }, [view, planned, requirement, t, lang]);
  const outside = requirement > 0 && !view.showRequirement;
  return (
    <div>
      <ChartFrame title={title} testId="mc-histogram" options={options} height={300} />
      {outside && <p className="muted small" data-testid="mc-requirement-outside">{t('analysisUi.mc.requirementOutside', { value: formatAmount(requirement, lang) })}</p>}
    </div>
  );
}
