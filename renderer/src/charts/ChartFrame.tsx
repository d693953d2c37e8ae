// A chart with its title, at a fixed height on screen; print styles (compare/print.css) let it scale to the page.
import { AgCharts } from 'ag-charts-react';
import type { AgCartesianChartOptions } from 'ag-charts-community';
import './charts.css';
import './setup';

export interface ChartFrameProps {
  title: string;
  testId: string;
  options: AgCartesianChartOptions;
  height?: number;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | null;
}

export function ChartFrame({ title, testId, options, height = 300, empty }: ChartFrameProps) {
  return (
    <figure className="chart-box" data-testid={testId}>
      <figcaption className="chart-title">{title}</figcaption>
      {empty ? (
        <p className="chart-empty muted">{empty}</p>
      ) : (
        <div className="chart-canvas" style={{ height }}>
          <AgCharts options={options} style={{ height: '100%', width: '100%' }} />
        </div>
      )}
    </figure>
  );
}
