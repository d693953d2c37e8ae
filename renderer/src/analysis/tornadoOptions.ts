// The tornado chart's options: one horizontal bar per assumption, from the output at its low value to the output at
// its high value, measured from the output as it stands; a number axis below with a scale in the output's unit
// (1000 kr, or per cent for a rate), nb-NO or en.
import type { AgCartesianChartOptions, AgTooltipRendererResult } from 'ag-charts-community';
import type { SensitivityOutput } from '../../../shared/analysis';
import type { Lang, MessageKey, MessageParams } from '../../../shared/i18n';
import { axisTitle, baseOptions, formatAmount, formatPercent, SCENARIO_COLORS, SCENARIO_TINTS } from '../charts/setup';

type T = (key: MessageKey, params?: MessageParams) => string;

/** The assumptions that move the output; the table beside the chart lists the others. */
export function tornadoRows(output: SensitivityOutput) {
  return output.rows.filter((r) => Number.isFinite(r.swing) && r.swing > 0);
}

export function tornadoOptions(output: SensitivityOutput, percent: boolean, t: T, lang: Lang): AgCartesianChartOptions {
  const fmt = (v: unknown) => (percent ? formatPercent(v, lang, 2) : formatAmount(v, lang));
  // Each end as a change from the base; bars are drawn from 0, so one series per end of the range.
  const data = tornadoRows(output).map((r) => ({ label: r.leverLabel, low: r.atLow - output.base, high: r.atHigh - output.base }));
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
        title: axisTitle(t(percent ? 'analysisUi.sens.axisPercent' : 'analysisUi.sens.axis')),
        label: { formatter: (p: { value: unknown }) => fmt(p.value) },
        // Ticks and grid lines across the bars, so a bar's length can be read off the scale.
        tick: { size: 6 },
        gridLine: { enabled: true },
        crossLines: [{ type: 'line', value: 0, stroke: SCENARIO_TINTS[0], strokeWidth: 1 }],
      },
    },
  } as AgCartesianChartOptions;
}
