// The workspace header's save state with undo and redo: the one part of the workspace an edit re-renders at once
// (the edit queue's status comes through its own store).
import type { UndoState as StoreUndoState } from '../../../shared/api/contract';
import type { QueueStatus } from '../api/editQueue';
import { useI18n } from '../i18n/useI18n';
import { SaveState } from './SaveState';
import { useQueueStatus, type StatusStore } from './statusStore';

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string;
  redoLabel?: string;
}

/** What undo and redo would do: edits not yet acknowledged come on top of what the store says. */
export function undoState(status: QueueStatus, stored: StoreUndoState | null, redoLabel: string | undefined): UndoState {
  return {
    canUndo: !!status.lastLabel || !!stored?.canUndo,
    canRedo: !!redoLabel || (status.unsaved === 0 && !!stored?.canRedo),
    undoLabel: status.lastLabel ?? stored?.undoLabel,
    redoLabel: redoLabel ?? (status.unsaved === 0 ? stored?.redoLabel : undefined),
  };
}

export interface HistoryControlsProps {
  statusStore: StatusStore;
  /** What the store says undo and redo would do. */
  stored: StoreUndoState | null;
  /** The newest unsent edit taken back by undo, if any. */
  redoLabel: string | undefined;
  onUndo(): void;
  onRedo(): void;
  onRetry(): void;
  onReapply(): void;
  onDiscard(): void;
  /** A reader (team mode): undo and redo are not theirs to use. */
  readOnly?: boolean;
}

export function HistoryControls({ statusStore, stored, redoLabel, onUndo, onRedo, onRetry, onReapply, onDiscard, readOnly = false }: HistoryControlsProps) {
  const { t } = useI18n();
  const status = useQueueStatus(statusStore);
  const undo = undoState(status, stored, redoLabel);
  return (
    <>
      <SaveState status={status} onRetry={onRetry} onReapply={onReapply} onDiscard={onDiscard} />
      <button type="button" data-testid="undo" disabled={!undo.canUndo || readOnly} title={undo.undoLabel ? t('ws.undoWhat', { label: undo.undoLabel }) : undefined} onClick={onUndo}>
        ↶ {t('ws.undo')}
      </button>
      <button type="button" data-testid="redo" disabled={!undo.canRedo || readOnly} title={undo.redoLabel ? t('ws.redoWhat', { label: undo.redoLabel }) : undefined} onClick={onRedo}>
        ↷ {t('ws.redo')}
      </button>
    </>
  );
}
