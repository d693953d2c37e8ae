// The sidebar's mark of a scenario fetched from a team server: which server (its label and tooltip), and how many of
// its edits wait to be sent there, if any. The back end's word (sync.status), in the desktop app and the web mode.
import type { LinkedScenario } from '../../../shared/api/sync';
import { useI18n } from '../i18n/useI18n';
import { hostOf } from './hostOf';
import './sync.css';

export function LinkedMark({ link }: { link: LinkedScenario }) {
  const { t } = useI18n();
  const where = t('sync.linkedTo', { origin: hostOf(link.origin) });
  const waiting = link.pending === 0 ? '' : link.pending === 1 ? t('sync.state.pendingOne') : t('sync.state.pending', { count: link.pending });
  const label = waiting ? `${where} – ${waiting}` : where;
  return (
    <span className="linked-mark" data-testid="linked-mark" data-pending={link.pending} role="img" aria-label={label} title={label}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <path d="M4.5 13h7.25a3.25 3.25 0 0 0 .4-6.48A4.5 4.5 0 0 0 3.4 7.6 2.75 2.75 0 0 0 4.5 13z" fill="currentColor" />
      </svg>
      {link.pending > 0 && <span className="linked-count">{link.pending}</span>}
    </span>
  );
}
