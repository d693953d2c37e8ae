// Opens a scenario, keeps it live in the renderer's engine, and sends every edit to the store in order.
// Edits apply locally first (the numbers move before the next paint), then persist; a refused edit (stale, invalid)
// brings back the store's version with a message, so what is on screen is always what is saved.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpenedScenario } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { LiveScenario } from '../../../shared/live/scenario';
import type { Patch } from '../../../shared/patch/types';
import { useApi } from '../api/ApiContext';
import { useI18n } from '../i18n/useI18n';
import { errorText } from '../i18n/errorText';

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string;
  redoLabel?: string;
}

export function useLiveScenario(id: string, onMessage: (text: string | null, kind?: 'info' | 'error') => void, onSaved: () => void) {
  const api = useApi();
  const { t } = useI18n();
  const [live, setLive] = useState<LiveScenario | null>(null);
  const [version, setVersion] = useState(0);
  const [undo, setUndo] = useState<UndoState>({ canUndo: false, canRedo: false });
  const [pending, setPending] = useState(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const liveRef = useRef<LiveScenario | null>(null);

  const adopt = useCallback((res: OpenedScenario) => {
    const next = new LiveScenario(res.scenario, res.revision);
    liveRef.current = next;
    setLive(next);
    setUndo(res);
    setVersion((v) => v + 1);
  }, []);
  const load = useCallback(() => api.call('scenario.open', { id }).then(adopt), [adopt, api, id]);

  // The workspace is keyed by scenario id, so this runs once per scenario opened.
  useEffect(() => {
    api.call('scenario.open', { id }).then(adopt, (err: unknown) => onMessage(errorText(err, t), 'error'));
  }, [adopt, api, id, onMessage, t]);

  /** Run store calls one after another; on failure show why and reload what the store has. */
  const enqueue = useCallback(
    (call: (l: LiveScenario) => Promise<void>) => {
      setPending((n) => n + 1);
      queue.current = queue.current
        .then(async () => {
          const l = liveRef.current;
          if (!l) return;
          try {
            await call(l);
            onSaved();
          } catch (err) {
            const stale = err instanceof ApiError && err.code === 'store.stale';
            onMessage(stale ? t('ws.reloaded') : errorText(err, t), 'error');
            await load().catch(() => undefined);
          }
        })
        .finally(() => setPending((n) => n - 1));
    },
    [load, onMessage, onSaved, t],
  );

  const edit = useCallback(
    (patches: Patch[], label: string) => {
      const l = liveRef.current;
      if (!l || patches.length === 0) return;
      try {
        l.apply(patches);
      } catch (err) {
        onMessage(errorText(err, t), 'error');
        return;
      }
      setVersion((v) => v + 1);
      enqueue(async (cur) => {
        const res = await api.call('scenario.edit', { id, baseRevision: cur.revision, label, patches });
        cur.revision = res.revision;
        setUndo(res);
      });
    },
    [api, enqueue, id, onMessage, t],
  );

  const step = useCallback(
    (op: 'scenario.undo' | 'scenario.redo') =>
      enqueue(async (cur) => {
        const res = await api.call(op, { id, baseRevision: cur.revision });
        cur.apply(res.patches);
        cur.revision = res.revision;
        setUndo(res);
        setVersion((v) => v + 1);
      }),
    [api, enqueue, id],
  );

  return { live, version, undo, saving: pending > 0, edit, undoEdit: () => step('scenario.undo'), redoEdit: () => step('scenario.redo') };
}
