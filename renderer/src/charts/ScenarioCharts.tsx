// The three charts of one scenario, for Oversikt. The engine changes in place on every edit, so the numbers are
// read on each render (eight lines of one scenario: cheap) and the charts redraw only when they changed.
import { useMemo } from 'react';
import { scenarioChartData, type ScenarioChartData } from '../../../shared/compare/chartData';
import type { LiveScenario } from '../../../shared/live/scenario';
import { FundChart } from './FundChart';
import { ResultChart } from './ResultChart';
import { SavingsChart } from './SavingsChart';

export interface ScenarioChartsProps {
  live: LiveScenario;
  /** Height of each chart in pixels (default 280). */
  height?: number;
}

export function ScenarioCharts({ live, height = 280 }: ScenarioChartsProps) {
  const stamp = JSON.stringify(scenarioChartData(live.doc.name, live.engine));
  const series = useMemo(() => [JSON.parse(stamp) as ScenarioChartData], [stamp]);
  return (
    <div className="scenario-charts" data-testid="scenario-charts">
      <ResultChart series={series} height={height} />
      <FundChart series={series} height={height} />
      <SavingsChart series={series} height={height} />
    </div>
  );
}
