// Before anything that others use is removed: what goes with it, what stays but loses its link, what keeps its
// numbers typed in, and which formulas block it (with where they are). The user removes or cancels; a blocked
// removal cannot be confirmed.
import type { RemovalPlan } from '../../../shared/structure/removal';
import { useI18n } from '../i18n/useI18n';
import { Dialog } from '../widgets/Dialog';
import './structure.css';

export interface RemovalDialogProps {
  /** e.g. "programområdet P05 Helse" */
  what: string;
  plan: RemovalPlan;
  onConfirm(): void;
  onCancel(): void;
}

const EFFECTS = ['goes', 'unlinked', 'typed'] as const;

export function RemovalDialog({ what, plan, onConfirm, onCancel }: RemovalDialogProps) {
  const { t, tCode } = useI18n();
  const blocked = plan.blockers.length > 0;
  return (
    <Dialog testId="removal-dialog" title={t('structure.remove.title', { what })} className="removal-dialog" onClose={onCancel}>
      {blocked && (
        <section className="removal-blockers" data-testid="removal-blockers">
          <p>{t('structure.remove.blocked')}</p>
          <ul>
            {plan.blockers.map((b) => (
              <li key={b.key}>{t('structure.remove.blocker', { label: b.label, key: b.key, refs: b.refs.join(', ') })}</li>
            ))}
          </ul>
        </section>
      )}
      {EFFECTS.map((effect) => {
        const items = plan.consequences.filter((c) => c.effect === effect);
        if (items.length === 0) return null;
        return (
          <section key={effect} data-testid={`removal-${effect}`}>
            <p>{t(`structure.remove.${effect}`)}</p>
            <ul>
              {items.map((c, i) => (
                <li key={i}>{t('structure.remove.item', { kind: tCode(`compare.entity.${c.kind}`), name: c.name })}</li>
              ))}
            </ul>
          </section>
        );
      })}
      {!blocked && plan.consequences.length === 0 && <p>{t('structure.remove.nothingElse')}</p>}
      <footer>
        <span className="import-note">{blocked ? t('importUi.nothingWritten') : t('structure.remove.undoable')}</span>
        <button type="button" data-testid="removal-cancel" onClick={onCancel} autoFocus={blocked}>
          {t('importUi.cancel')}
        </button>
        <button type="button" className="danger-button" data-testid="removal-confirm" disabled={blocked} autoFocus={!blocked} onClick={onConfirm}>
          {t('structure.remove.confirm')}
        </button>
      </footer>
    </Dialog>
  );
}
