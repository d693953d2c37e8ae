// A chart with its title, at a fixed height on screen; print styles (compare/print.css) let it scale to the page.
import { AgCharts } from 'ag-charts-react';
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../i18n/useI18n';
import './charts.css';
import { keepSeriesAreaLabel } from './seriesAreaLabel';
import { chartLocale } from './setup';

export interface ChartFrameProps {
  title: string;
  testId: string;
  options: AgCartesianChartOptions;
  height?: number;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | null;
}

export function ChartFrame({ title, testId, options, height = 300, empty }: ChartFrameProps) {
  const { lang } = useI18n();
  const locale = useMemo(() => chartLocale(lang), [lang]);
  const localised = useMemo(() => ({ ...options, locale }), [options, locale]);
  const canvas = useRef<HTMLDivElement>(null);
  useEffect(() => (canvas.current ? keepSeriesAreaLabel(canvas.current, locale.localeText!.ariaInitSeriesArea) : undefined), [locale, empty]);
  return (
    <figure className="chart-box" data-testid={testId}>
      <figcaption className="chart-title">{title}</figcaption>
      {empty ? (
        <p className="chart-empty muted">{empty}</p>
      ) : (
        <div className="chart-canvas" style={{ height }} ref={canvas}>
          {/* Made anew on a language switch: some of its screen-reader texts are set only when the chart is built. */}
          <AgCharts key={lang} options={localised} style={{ height: '100%', width: '100%' }} />
        </div>
      )}
    </figure>
  );
}
