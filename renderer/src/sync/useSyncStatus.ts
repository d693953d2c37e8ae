// Where the open scenario stands against the team server, and which scenarios are linked to one, asked of the back
// end every few seconds and after each action here: the header and the sidebar never say more than it knows.
import { useCallback, useEffect, useState } from 'react';
import type { SyncStatus } from '../../../shared/api/sync';
import { useApi } from '../api/ApiContext';

const POLL_MS = 1500;

/** `enabled` false (a team server's own page): nothing is asked, the status stays null. */
export function useSyncStatus(scenarioId: string | null, enabled: boolean): { status: SyncStatus | null; refresh(): Promise<void> } {
  const api = useApi();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  // The same answer again keeps the same object: the app (and the open workspace under it) renders only on a change.
  const keep = useCallback((next: SyncStatus | null) => setStatus((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next)), []);
  // The page's own back end away: the edit queue's banner says so; the team state is then unknown (nothing shown).
  const ask = useCallback(
    () => (enabled ? api.call('sync.status', scenarioId ? { id: scenarioId } : {}).then(keep, () => keep(null)) : Promise.resolve()),
    [api, enabled, keep, scenarioId],
  );
  useEffect(() => {
    if (!enabled) return;
    void ask();
    const timer = setInterval(() => void ask(), POLL_MS);
    return () => clearInterval(timer);
  }, [ask, enabled]);
  return { status, refresh: ask };
}
