// Population by age group over the horizon, in persons or as an index of the base year.
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { useMemo } from 'react';
import { formatNumber } from '../../../shared/format';
import type { Scenario } from '../../../shared/model';
import { ChartFrame } from '../charts/ChartFrame';
import { amountLabel, axisTitle, baseOptions } from '../charts/setup';
import { useI18n } from '../i18n/useI18n';
import { hasPopulation, populationSeries } from './populationSeries';

export interface PopulationChartProps {
  doc: Scenario;
  asIndex: boolean;
  height?: number;
}

export function PopulationChart({ doc, asIndex, height = 260 }: PopulationChartProps) {
  const { t, lang } = useI18n();
  const baseYear = doc.demography.baseYear ?? doc.firstYear;
  const options = useMemo<AgCartesianChartOptions>(() => {
    const { rows, groups } = populationSeries(doc, asIndex);
    const decimals = asIndex ? 1 : 0;
    return {
      ...baseOptions(t('demographyUi.chart.empty')),
      data: rows,
      series: groups.map((g) => ({
        type: 'line' as const,
        xKey: 'year',
        yKey: g.field,
        yName: g.name,
        strokeWidth: 2,
        marker: { size: 5 },
        tooltip: {
          renderer: (p: { datum: Record<string, unknown>; yKey: string }) => ({
            heading: String(p.datum.year),
            title: g.name,
            data: [{ label: g.name, value: typeof p.datum[p.yKey] === 'number' ? formatNumber(p.datum[p.yKey] as number, { lang, decimals }) : '' }],
          }),
        },
      })),
      axes: {
        x: { type: 'category', position: 'bottom' },
        y: {
          type: 'number',
          position: 'left',
          title: axisTitle(asIndex ? t('demographyUi.chart.axisIndex', { year: baseYear }) : t('demographyUi.chart.axisPersons')),
          label: amountLabel(lang),
        },
      },
    };
  }, [doc, asIndex, t, lang, baseYear]);
  return (
    <ChartFrame
      title={t('demographyUi.chart.title')}
      testId="chart-population"
      options={options}
      height={height}
      empty={hasPopulation(doc) ? null : t('demographyUi.chart.empty')}
    />
  );
}
