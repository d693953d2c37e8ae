// Historikk's "Tilbake hit": the scenario as it was after an earlier step, made current again by one edit through
// the edit queue (shared/live/restore.ts), so it is painted at once, saved like any edit and undone with Angre.
import { useCallback } from 'react';
import type { HistoryEntry } from '../../../shared/api/contract';
import type { LiveScenario } from '../../../shared/live/scenario';
import { patchesToVersion } from '../../../shared/live/restore';
import type { Patch } from '../../../shared/patch/types';
import { useApi } from '../api/ApiContext';
import { useI18n } from '../i18n/useI18n';
import { editTime } from './editTime';

/** How much of the step's own label the new step's label quotes. */
const LABEL_PART = 90;

export function useRestoreVersion(
  id: string,
  live: LiveScenario | null | undefined,
  edit: (patches: Patch[], label: string) => void,
  onMessage: (text: string | null, kind?: 'info' | 'error') => void,
): (entry: HistoryEntry, what: string) => Promise<void> {
  const api = useApi();
  const { t, lang } = useI18n();
  return useCallback(
    async (entry: HistoryEntry, what: string) => {
      if (!live) return;
      const when = editTime(entry.at, lang);
      const { scenario } = await api.call('scenario.version', { id, revision: entry.revision });
      const patches = patchesToVersion(live.doc, scenario);
      if (patches.length === 0) return onMessage(t('ws.history.alreadyThere', { when }), 'info');
      // The step it goes back to, by its own label (cut short: an edit's label is at most 200 characters).
      const step = what.length > LABEL_PART ? `${what.slice(0, LABEL_PART - 1)}…` : what;
      edit(patches, t('ws.history.restoreLabel', { what: step, when }));
      onMessage(t('ws.history.restored', { when }), 'info');
    },
    [api, edit, id, lang, live, onMessage, t],
  );
}
