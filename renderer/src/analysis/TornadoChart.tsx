// A tornado chart: one horizontal bar per assumption, from the output at its low value to the output at its
// high value, measured from the output as it stands; the largest swing at the top.
import type { AgCartesianChartOptions, AgTooltipRendererResult } from 'ag-charts-community';
import { useMemo } from 'react';
import type { SensitivityOutput } from '../../../shared/analysis';
import { ChartFrame } from '../charts/ChartFrame';
import { axisTitle, baseOptions, formatAmount, formatPercent, SCENARIO_COLORS, SCENARIO_TINTS } from '../charts/setup';
import { useI18n } from '../i18n/useI18n';

export interface TornadoChartProps {
  output: SensitivityOutput;
  percent: boolean;
  title: string;
}

export function TornadoChart({ output, percent, title }: TornadoChartProps) {
  const { t, lang } = useI18n();
  const fmt = (v: unknown) => (percent ? formatPercent(v, lang, 2) : formatAmount(v, lang));
  const options = useMemo<AgCartesianChartOptions>(() => {
    // Assumptions without effect have no bar; the table beside the chart lists them.
    const rows = output.rows.filter((r) => Number.isFinite(r.swing) && r.swing > 0);
    // Each end as a change from the base; bars are drawn from 0, so one series per end of the range.
    const data = rows.map((r) => ({ label: r.leverLabel, low: r.atLow - output.base, high: r.atHigh - output.base }));
    const tip = (key: 'low' | 'high') => ({
      renderer: (p: { datum: Record<string, unknown> }): AgTooltipRendererResult => ({
        heading: String(p.datum.label ?? ''),
        data: [{ label: t(key === 'low' ? 'analysisUi.sens.lowBar' : 'analysisUi.sens.highBar'), value: fmt(p.datum[key]) }],
      }),
    });
    return {
      ...baseOptions(t('compare.chart.noData')),
      data,
      series: [
        { type: 'bar', direction: 'horizontal', xKey: 'label', yKey: 'low', yName: t('analysisUi.sens.lowBar'), fill: SCENARIO_COLORS[1], grouped: false, tooltip: tip('low') },
        { type: 'bar', direction: 'horizontal', xKey: 'label', yKey: 'high', yName: t('analysisUi.sens.highBar'), fill: SCENARIO_COLORS[0], grouped: false, tooltip: tip('high') },
      ],
      axes: {
        x: { type: 'category', position: 'left', label: { fontSize: 11 } },
        y: {
          type: 'number',
          position: 'bottom',
          title: axisTitle(t('analysisUi.sens.axis')),
          label: { formatter: (p: { value: unknown }) => fmt(p.value) },
          crossLines: [{ type: 'line', value: 0, stroke: SCENARIO_TINTS[0], strokeWidth: 1 }],
        },
      },
    } as AgCartesianChartOptions;
  }, [output, t, lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const height = Math.max(220, 90 + 40 * output.rows.filter((r) => r.swing > 0).length);
  return <ChartFrame title={title} testId="tornado-chart" options={options} height={height} />;
}
