// The workspace header's save state: what the store has acknowledged, never more. "Lagret" only when no edit is waiting.
import type { QueueStatus } from '../api/editQueue';
import { useI18n } from '../i18n/useI18n';

export interface SaveStateProps {
  status: QueueStatus;
  onRetry(): void;
  onReapply(): void;
  onDiscard(): void;
}

export function SaveState({ status, onRetry, onReapply, onDiscard }: SaveStateProps) {
  const { t, tCode } = useI18n();
  const { unsaved, sending, unreachable, held, storageFailed } = status;
  let text: string;
  let kind: 'saved' | 'saving' | 'unsaved';
  if (held > 0) {
    text = held === 1 ? t('save.heldOne') : t('save.held', { count: held });
    kind = 'unsaved';
  } else if (unsaved > 0 && unreachable) {
    text = unsaved === 1 ? t('save.waitingOne') : t('save.waiting', { count: unsaved });
    kind = 'unsaved';
  } else if (unsaved > 0 || sending) {
    text = t('ws.saving');
    kind = 'saving';
  } else {
    text = t('ws.saved');
    kind = 'saved';
  }
  const title = [
    unreachable && unsaved > 0 ? `${tCode(unreachable)} ${t('save.waitingHelp')}` : null,
    held > 0 ? t('save.heldHelp') : null,
    storageFailed && unsaved > 0 ? t('save.storageFailed') : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <span className={`save-state ${kind}`} data-state={kind} title={title || undefined}>
      <span data-testid="save-state" role="status">
        {text}
      </span>
      {unsaved > 0 && unreachable && (
        <button type="button" data-testid="save-retry" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
      {held > 0 && (
        <>
          <button type="button" data-testid="save-reapply" onClick={onReapply}>
            {t('save.reapply')}
          </button>
          <button type="button" data-testid="save-discard" onClick={onDiscard}>
            {t('save.discard')}
          </button>
        </>
      )}
    </span>
  );
}
