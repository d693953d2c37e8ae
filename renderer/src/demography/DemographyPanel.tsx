// The Demografi view above its grid: import of a population projection, the population chart, and the services
// whose cost follows the population into the frames.
import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { ViewPanelProps } from '../views/viewPanel';
import { lazyNamed } from '../widgets/Lazy';
import { PopulationImport } from './PopulationImport';
import { ServicesEditor } from './ServicesEditor';
import './demography.css';

// The chart library loads with the first chart.
const PopulationChart = lazyNamed(() => import('./PopulationChart'), 'PopulationChart');

export function DemographyPanel(props: ViewPanelProps) {
  const { t } = useI18n();
  // The 80+ growth of seed 002 is hard to see next to 20–66 in persons: the index is the default.
  const [asIndex, setAsIndex] = useState(true);
  return (
    <div className="demography-panel" data-testid="demography-panel">
      <div className="demography-actions">
        <PopulationImport live={props.live} onApply={props.onApply} onMessage={props.onMessage} />
        <label className="chart-toggle">
          <input type="checkbox" checked={asIndex} data-testid="population-index" onChange={(e) => setAsIndex(e.target.checked)} />
          {t('demographyUi.chart.index')}
        </label>
      </div>
      <div className="demography-columns">
        <PopulationChart key={props.version} doc={props.live.doc} asIndex={asIndex} />
        <ServicesEditor {...props} />
      </div>
    </div>
  );
}
