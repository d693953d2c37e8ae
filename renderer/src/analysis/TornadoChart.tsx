// A tornado chart (options in tornadoOptions.ts), as tall as its bars need.
import { useMemo } from 'react';
import type { SensitivityOutput } from '../../../shared/analysis';
import { ChartFrame } from '../charts/ChartFrame';
import { useI18n } from '../i18n/useI18n';
import { tornadoOptions, tornadoRows } from './tornadoOptions';

export interface TornadoChartProps {
  output: SensitivityOutput;
  percent: boolean;
  title: string;
}

export function TornadoChart({ output, percent, title }: TornadoChartProps) {
  const { t, lang } = useI18n();
  const options = useMemo(() => tornadoOptions(output, percent, t, lang), [output, percent, t, lang]);
  const height = Math.max(220, 90 + 40 * tornadoRows(output).length);
  return <ChartFrame title={title} testId="tornado-chart" options={options} height={height} />;
}
