// The KOSTRA view above its grid: import unit costs from CSV or enter services by hand, see the theoretical
// savings potential per service and in total, and turn a share of it into a saving measure. The grid below holds
// the numbers (own and peer unit cost, volume) as input lines and the computed difference and potential.
import { useMemo, useState } from 'react';
import { kostraPotentials } from '../../../shared/domain/kostra';
import { useI18n } from '../i18n/useI18n';
import type { ViewPanelProps } from '../views/viewPanel';
import { addService, applyPlan, removeComparison, type EditPlan } from './editPlans';
import { KostraImport } from './KostraImport';
import { KostraMeasureForm } from './KostraMeasureForm';
import { KostraServices, KostraTotals } from './KostraServices';
import './kostra.css';

/** Whether the services and the measure form are hidden, kept for the next visit (the grid gets their room). */
const FOLDED_KEY = 'handlingsrom.kostraFolded';

export function KostraPanel({ live, onApply, onMessage }: ViewPanelProps) {
  const { t, lang } = useI18n();
  const [folded, setFolded] = useState(() => localStorage.getItem(FOLDED_KEY) === '1');
  const fold = (next: boolean) => {
    setFolded(next);
    localStorage.setItem(FOLDED_KEY, next ? '1' : '0');
  };
  const kostra = live.doc.kostra;
  // Patches replace what they change: a new comparison object after every edit of it, the same one otherwise.
  const potentials = useMemo(() => (kostra ? kostraPotentials(kostra) : null), [kostra]);
  const run = (plan: EditPlan) => applyPlan(plan, onApply, onMessage);

  return (
    <section className="kostra-panel" data-testid="kostra-panel">
      <header className="kostra-head">
        <h3>{t('kostraUi.title')}</h3>
        <div className="kostra-actions">
          <KostraImport live={live} onApply={onApply} onMessage={onMessage} />
          <button
            type="button"
            data-testid="kostra-add-service"
            onClick={() => run(addService(live.doc, lang))}
          >
            {t('kostraUi.addService')}
          </button>
          {kostra && (
            // No confirmation: the removal is one edit that Angre brings back.
            <button
              type="button"
              data-testid="kostra-remove"
              onClick={() => run(removeComparison(live.doc, lang))}
            >
              {t('kostraUi.removeComparison')}
            </button>
          )}
          {kostra && (
            <button type="button" data-testid="kostra-fold" aria-expanded={!folded} aria-controls="kostra-columns" onClick={() => fold(!folded)}>
              {folded ? t('kostraUi.unfold') : t('kostraUi.fold')}
            </button>
          )}
        </div>
      </header>
      {!(kostra && folded) && <p className="muted small">{kostra ? t('kostraUi.intro') : t('kostraUi.empty')}</p>}
      {kostra && potentials && folded && <KostraTotals kostra={kostra} potentials={potentials} />}
      {kostra && potentials && !folded && (
        <div className="kostra-columns" id="kostra-columns">
          <div className="kostra-box">
            <KostraServices live={live} kostra={kostra} potentials={potentials} onApply={onApply} onMessage={onMessage} />
          </div>
          <div className="kostra-box">
            <KostraMeasureForm live={live} kostra={kostra} potentials={potentials} onApply={onApply} onMessage={onMessage} />
          </div>
        </div>
      )}
    </section>
  );
}
