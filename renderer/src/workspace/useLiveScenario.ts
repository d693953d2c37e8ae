// Opens a scenario, keeps it live in the renderer's engine, and hands every edit to the ordered edit queue
// (api/editQueue.ts). An edit applies to the engine and is painted first; then it is kept in the browser's storage
// and sent. The save state is the queue's: "saved" only when the store has acknowledged every edit. A refused edit
// brings back the store's version with the reason; edits that could not be sent on it are held for the user to
// re-apply or discard.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { OpenedScenario, UndoState as StoreUndoState } from '../../../shared/api/contract';
import { LiveScenario } from '../../../shared/live/scenario';
import type { LineKey } from '../../../shared/engine/types';
import type { Patch } from '../../../shared/patch/types';
import { useApi } from '../api/ApiContext';
import { EditQueue, type QueuedEdit } from '../api/editQueue';
import { watchScenario, type LiveChange } from '../api/live';
import type { UnsavedEdit } from '../api/unsavedStore';
import { browserUnsavedStore } from '../api/unsavedStore';
import { useI18n } from '../i18n/useI18n';
import { errorText } from '../i18n/errorText';
import { useReadOnly } from '../team/session';
import { StatusStore } from './statusStore';
import { takeOpen } from '../api/boot';

const unsavedStore = typeof window === 'undefined' ? null : browserUnsavedStore();

/** Apply edits kept from before on screen and send them (`apply` returns the inverse); what to tell the user. */
function bringBack(queue: EditQueue, apply: (patches: Patch[]) => Patch[], edits: UnsavedEdit[], known: number, t: ReturnType<typeof useI18n>['t']): { text: string; kind: 'info' | 'error' } | null {
  const restored: QueuedEdit[] = [];
  let failed = 0;
  for (const e of edits) {
    try {
      restored.push({ ...e, inverse: apply(e.patches) });
    } catch {
      failed++;
    }
  }
  queue.resume(restored);
  const told = [
    known > 0 ? t('save.alreadySaved', { count: known }) : '',
    restored.length > 0 ? t('save.restored', { count: restored.length }) : '',
    failed > 0 ? t('save.restoredFailed', { failed }) : '',
  ].filter(Boolean);
  return told.length > 0 ? { text: told.join(' '), kind: failed > 0 ? 'error' : 'info' } : null;
}

export function useLiveScenario(id: string, onMessage: (text: string | null, kind?: 'info' | 'error') => void, onSaved: () => void) {
  const api = useApi();
  const { t, tCode, lang } = useI18n();
  // A leser's edits are refused here, before they touch the screen (the server refuses them anyway).
  const readOnly = useReadOnly();
  const [live, setLive] = useState<LiveScenario | null>(null);
  const [version, setVersion] = useState(0);
  /** What the store says undo and redo would do (edits not yet acknowledged come on top). */
  const [stored, setStored] = useState<StoreUndoState | null>(null);
  /** The queue's status, for the header only (HistoryControls). */
  const [statusStore] = useState(() => new StatusStore());
  const liveRef = useRef<LiveScenario | null>(null);
  const queueRef = useRef<EditQueue | null>(null);
  /** Unsent edits taken back by undo, newest last: redo applies them again. */
  const redoable = useRef<QueuedEdit[]>([]);
  const [redoLabel, setRedoLabel] = useState<string | undefined>(undefined);
  const setRedoable = useCallback((edits: QueuedEdit[]) => {
    redoable.current = edits;
    setRedoLabel(edits.at(-1)?.label);
  }, []);
  const adoptRef = useRef<(res: OpenedScenario) => void>(() => undefined);
  /** Colleagues' changes not yet applied (see drain), and the latest drain for the queue's events. */
  const remote = useRef<LiveChange[]>([]);
  const drainRef = useRef<() => void>(() => undefined);
  /** The latest callbacks and language, for the queue's events (the queue outlives renders). */
  const refs = useRef({ onMessage, onSaved, t, tCode, lang });
  useEffect(() => {
    refs.current = { onMessage, onSaved, t, tCode, lang };
  }, [onMessage, onSaved, t, tCode, lang]);

  // The views re-render for a new version after the frame that shows the edit: the grid has refreshed the cells
  // whose values changed already (watchValues), and a transition yields to that paint.
  const bump = useCallback(() => startTransition(() => setVersion((v) => v + 1)), []);
  /** Told synchronously, before React renders, which lines an applied change moved. */
  const watchers = useRef(new Set<(changed: readonly LineKey[]) => void>());
  const watchValues = useCallback((fn: (changed: readonly LineKey[]) => void) => {
    watchers.current.add(fn);
    return () => void watchers.current.delete(fn);
  }, []);
  /** Every change to the live scenario on screen goes through here; returns the patches that undo it. */
  const applyLive = useCallback((l: LiveScenario, patches: Patch[]): Patch[] => {
    const { changed, inverse } = l.apply(patches);
    for (const fn of watchers.current) fn(changed);
    return inverse;
  }, []);

  /** Take the store's version of the scenario, with what storage kept of edits not yet saved. */
  const adopt = useCallback(
    (res: OpenedScenario) => {
      queueRef.current?.dispose();
      const next = new LiveScenario(res.scenario, res.revision);
      setRedoable([]);
      const queue = new EditQueue(api, id, res.revision, unsavedStore, {
        acknowledged: (state) => {
          setStored(state);
          refs.current.onSaved();
          drainRef.current();
        },
        stepped: (res) => {
          const l = liveRef.current;
          if (!l) return;
          applyLive(l, res.patches);
          l.revision = res.revision;
          setStored(res);
          bump();
          drainRef.current();
        },
        refused: (err) => {
          const { t, tCode } = refs.current;
          const stale = err.code === 'store.stale';
          refs.current.onMessage(stale ? t('ws.reloaded') : t('save.refused', { reason: errorText(err, tCode) }), 'error');
          void api.call('scenario.open', { id }).then(
            (res) => {
              adoptRef.current(res);
              refs.current.onSaved();
            },
            (e: unknown) => refs.current.onMessage(errorText(e, refs.current.tCode), 'error'),
          );
        },
        stepFailed: (err) => refs.current.onMessage(errorText(err, refs.current.tCode), 'error'),
        // Kept edits from an older revision, checked against the store: what it has is saved; what builds on it
        // comes back on screen and is sent.
        verified: (known, rest) => {
          const l = liveRef.current;
          if (!l) return;
          const told = bringBack(queue, (patches) => applyLive(l, patches), rest, known, refs.current.t);
          if (told) refs.current.onMessage(told.text, told.kind);
          bump();
        },
        status: (next) => {
          // The queue went idle: a colleague's change that waited for our answer can come in now.
          if (!next.sending && remote.current.length > 0) queueMicrotask(() => drainRef.current());
          // Say once, in the banner, why edits wait and what to do (one line: a taller banner would move the grid
          // under the pointer); the header keeps counting them and its tooltip says more.
          const prev = statusStore.get();
          if (next.unreachable && next.unreachable !== prev.unreachable && next.unsaved > 0) {
            const { tCode } = refs.current;
            queueMicrotask(() => refs.current.onMessage(tCode(next.unreachable!), 'error'));
          }
          statusStore.set(next);
        },
      }, refs.current.lang);
      queueRef.current = queue;
      // Edits kept from before a reload or a restart, made on this very revision: apply them and send them.
      const told = bringBack(queue, (patches) => next.apply(patches).inverse, queue.restore(), 0, refs.current.t);
      if (told) refs.current.onMessage(told.text, told.kind);
      liveRef.current = next;
      setLive(next);
      setStored(res);
      statusStore.set(queue.status());
      bump();
      drainRef.current();
    },
    [api, applyLive, bump, id, setRedoable, statusStore],
  );
  useEffect(() => {
    adoptRef.current = adopt;
  }, [adopt]);

  // Colleagues' changes (the live stream), applied in revision order once nothing of ours is in flight: our unsent
  // edits are taken off the screen, theirs applied, ours put back on top and sent on their revision. An edit of ours
  // already in flight on the older revision is refused as stale by the store, and `refused` above reloads with the
  // message of the single-user mode. A gap in the revisions (a missed event, a rename) opens the scenario again
  // once nothing of ours waits.
  const reopen = useCallback(() => {
    void api.call('scenario.open', { id }).then(
      (res) => {
        const q = queueRef.current;
        if (q && (q.busy() || q.hasUnsaved() || res.revision === q.storeRevision)) return drainRef.current();
        adoptRef.current(res);
      },
      (e: unknown) => refs.current.onMessage(errorText(e, refs.current.tCode), 'error'),
    );
  }, [api, id]);
  const drain = useCallback(() => {
    const l = liveRef.current;
    const q = queueRef.current;
    if (!l || !q) return;
    const pending = remote.current.sort((a, b) => a.revision - b.revision);
    while (pending.length > 0) {
      const change = pending[0];
      if (change.revision <= q.storeRevision) {
        pending.shift();
        continue;
      }
      if (q.busy()) return;
      if (change.revision !== q.storeRevision + 1 || !change.patches) {
        if (q.hasUnsaved()) return;
        remote.current = [];
        return reopen();
      }
      pending.shift();
      const mine = q.unsent();
      for (const e of [...mine].reverse()) applyLive(l, e.inverse);
      try {
        applyLive(l, change.patches);
      } catch {
        // Our copy and the store's disagree: take the store's.
        for (const e of mine) applyLive(l, e.patches);
        remote.current = [];
        return reopen();
      }
      const next = mine.map((e) => {
        try {
          return { ...e, inverse: applyLive(l, e.patches) };
        } catch {
          return null;
        }
      });
      l.revision = change.revision;
      q.rebase(change.revision, next);
      if (mine.length === 0 && change.undo) setStored(change.undo);
      bump();
    }
  }, [applyLive, bump, reopen]);
  useEffect(() => {
    drainRef.current = drain;
  }, [drain]);
  useEffect(
    () =>
      watchScenario({
        id,
        change: (c) => {
          remote.current.push(c);
          drainRef.current();
        },
        reconnected: () => {
          const q = queueRef.current;
          if (q && !q.busy() && !q.hasUnsaved()) reopen();
        },
      }),
    [id, reopen],
  );

  // The workspace is keyed by scenario id, so this runs once per scenario opened.
  useEffect(() => {
    let closed = false;
    // The first scenario of a page was asked for as the app's code started to run (api/boot.ts).
    takeOpen(id)
      .then((res) => res ?? api.call('scenario.open', { id }))
      .then(
        (res) => !closed && adopt(res),
        (err: unknown) => !closed && onMessage(errorText(err, tCode), 'error'),
      );
    return () => {
      closed = true;
      queueRef.current?.dispose();
      queueRef.current = null;
    };
  }, [adopt, api, id]); // eslint-disable-line react-hooks/exhaustive-deps

  // Closing the tab or window with unsaved edits asks first; what is unsaved is written to storage either way.
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      const q = queueRef.current;
      if (!q) return;
      q.flush();
      if (q.hasUnsaved()) {
        e.preventDefault();
        e.returnValue = '';
      }
    };
    const online = () => queueRef.current?.retry();
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('online', online);
    };
  }, []);

  /** Apply on screen (the engine recomputes what depends on it), paint, then keep and send. */
  const edit = useCallback(
    (patches: Patch[], label: string) => {
      const l = liveRef.current;
      const q = queueRef.current;
      if (!l || !q || patches.length === 0) return;
      if (readOnly) return onMessage(t('auth.needsEditor'), 'error');
      let inverse: Patch[];
      try {
        inverse = applyLive(l, patches);
      } catch (err) {
        onMessage(errorText(err, tCode), 'error');
        return;
      }
      if (redoable.current.length > 0) setRedoable([]);
      bump();
      q.push({ label, patches, inverse });
    },
    [applyLive, bump, onMessage, readOnly, setRedoable, t, tCode],
  );

  const undoEdit = useCallback(() => {
    const l = liveRef.current;
    const q = queueRef.current;
    if (!l || !q) return;
    if (readOnly) return onMessage(t('auth.needsEditor'), 'error');
    // An edit not sent yet is taken back here, at once; anything older is the store's to undo.
    const unsent = q.popUnsent();
    if (unsent) {
      applyLive(l, unsent.inverse);
      setRedoable([...redoable.current, unsent]);
      bump();
      return;
    }
    q.step('scenario.undo');
  }, [applyLive, bump, onMessage, readOnly, setRedoable, t]);

  const redoEdit = useCallback(() => {
    const l = liveRef.current;
    const q = queueRef.current;
    if (!l || !q) return;
    if (readOnly) return onMessage(t('auth.needsEditor'), 'error');
    const again = redoable.current.at(-1);
    if (again) {
      setRedoable(redoable.current.slice(0, -1));
      bump();
      q.push({ ...again, inverse: applyLive(l, again.patches) });
      return;
    }
    q.step('scenario.redo');
  }, [applyLive, bump, onMessage, readOnly, setRedoable, t]);

  /** Held edits (made on an older version) applied to the current one, one undoable step each, or dropped. */
  const reapplyHeld = useCallback(() => {
    const l = liveRef.current;
    const q = queueRef.current;
    if (!l || !q) return;
    let applied = 0;
    const reasons: string[] = [];
    for (const e of q.takeHeld()) {
      try {
        const inverse = applyLive(l, e.patches);
        q.push({ ...e, inverse });
        applied++;
      } catch (err) {
        reasons.push(`${e.label}: ${errorText(err, tCode)}`);
      }
    }
    bump();
    onMessage(reasons.length > 0 ? t('save.reappliedSome', { count: applied, failed: reasons.length, reasons: reasons.join(' ') }) : null, 'error');
  }, [applyLive, bump, onMessage, t, tCode]);

  const discardHeld = useCallback(() => {
    const n = queueRef.current?.takeHeld().length ?? 0;
    if (n > 0) onMessage(t('save.discarded', { count: n }), 'info');
  }, [onMessage, t]);

  const retry = useCallback(() => queueRef.current?.retry(), []);

  return { live, version, statusStore, stored, redoLabel, edit, undoEdit, redoEdit, retry, reapplyHeld, discardHeld, watchValues, readOnly };
}

