// Findings: where the scenario's published numbers disagree with themselves or with the computation (a printed
// total that is not the sum of its rows, a measure's FTE basis that does not give its table's effect). Listed on
// Oversikt, and in a view for the lines shown there, so a finance officer sees which figure is counted.
import { useMemo } from 'react';
import { reconcile } from '../../../shared/domain/reconcile';
import type { DomainLine, Finding } from '../../../shared/domain/types';
import type { LiveScenario } from '../../../shared/live/scenario';
import { translateMessage } from '../../../shared/model/issues';
import { useI18n } from '../i18n/useI18n';
import { metaOf } from './rows';

/** The findings of the scenario as it stands (version: the live scenario's edit count). */
export function useFindings(live: LiveScenario | null, version: number): Finding[] {
  // reconcile switches the measures off for the moment of reading and restores the engine as it was.
  return useMemo(() => (live ? reconcile(live.engine, live.allLines() as DomainLine[]) : []), [live, version]); // eslint-disable-line react-hooks/exhaustive-deps
}

export function Findings({ live, findings, view }: { live: LiveScenario; findings: Finding[]; view: string }) {
  const { t, lang } = useI18n();
  const inView = (key: string) => {
    const spec = live.spec(key);
    return !!spec && metaOf(spec).view === view;
  };
  const shown = view === 'oversikt' ? findings : findings.filter((f) => inView(f.key));
  if (shown.length === 0) return null;
  return (
    <details className="findings" data-testid="findings">
      <summary>
        ⚠ {t('ws.findings')} ({shown.length})
      </summary>
      <ul>
        {shown.map((f) => (
          <li key={`${f.key}@${f.year}`} data-key={f.key} data-year={f.year}>
            {translateMessage(f.message.code, f.message.params, lang)}
          </li>
        ))}
      </ul>
    </details>
  );
}
