// Where the open scenario stands against the team server, asked of the back end every few seconds and after each
// action here: the header never says more than the back end knows.
import { useCallback, useEffect, useState } from 'react';
import type { SyncStatus } from '../../../shared/api/sync';
import { syncCall } from './syncApi';

const POLL_MS = 1500;

export function useSyncStatus(scenarioId: string | null): { status: SyncStatus | null; refresh(): Promise<void> } {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  // The page's own back end away: the edit queue's banner says so; the team state is then unknown (nothing shown).
  const ask = useCallback(() => syncCall('sync.status', scenarioId ? { id: scenarioId } : {}).then(setStatus, () => setStatus(null)), [scenarioId]);
  useEffect(() => {
    void ask();
    const timer = setInterval(() => void ask(), POLL_MS);
    return () => clearInterval(timer);
  }, [ask]);
  return { status, refresh: ask };
}
