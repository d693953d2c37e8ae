// Analyse: what does it take (goal seek) and how sure are we (sensitivity, Monte Carlo). Every analysis runs on
// a private copy of the scenario; an answer reaches the scenario only through onApply, as one undoable edit.
import { useEffect } from 'react';
import type { LiveScenario } from '../../../shared/live/scenario';
import type { Patch } from '../../../shared/patch/types';
import { useI18n } from '../i18n/useI18n';
import './analysis.css';
import { GoalSeekSection } from './GoalSeekSection';
import { MonteCarloSection } from './MonteCarloSection';
import { privateCopy } from '../../../shared/analysis/runs';
import { SensitivitySection } from './SensitivitySection';

export interface AnalysisPanelProps {
  live: LiveScenario;
  version: number;
  onApply(patches: Patch[], label: string): void;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
}

export function AnalysisPanel({ live, version, onApply, onMessage }: AnalysisPanelProps) {
  const { t } = useI18n();
  // The private copy is built once per version of the scenario (a third of a second on the largest models):
  // made while the user reads the panel, so that a click answers at once.
  useEffect(() => {
    const doc = live.doc;
    const timer = setTimeout(() => privateCopy({ doc }), 250);
    return () => clearTimeout(timer);
  }, [live, version]);
  return (
    <div className="analysis-panel" data-testid="analysis-panel">
      <header className="analysis-head">
        <h2>{t('analysisUi.title')}</h2>
        <p className="muted">{t('analysisUi.privateNote')}</p>
      </header>
      <GoalSeekSection live={live} version={version} onApply={onApply} onMessage={onMessage} />
      <SensitivitySection live={live} version={version} onMessage={onMessage} />
      <MonteCarloSection live={live} version={version} />
    </div>
  );
}
