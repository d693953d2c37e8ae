// The list of saved scenarios (and the trash), refreshed after every lifecycle action.
import { useCallback, useEffect, useState } from 'react';
import type { ScenarioSummary } from '../../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { watchList } from '../api/live';
import { takeList } from '../api/boot';

export type { ScenarioSummary };

export function useScenarios() {
  const api = useApi();
  const [list, setList] = useState<ScenarioSummary[] | null>(null);
  const [trash, setTrash] = useState<ScenarioSummary[]>([]);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    // The first load takes the list the page asked for at boot (api/boot.ts), and shows it as soon as it comes: the
    // scenario the app opens first is the list's, and its workspace would otherwise wait for the trash as well.
    // Later loads show the list and the trash together.
    () => {
      const listed = takeList() ?? api.call('scenario.list', {});
      void listed.then((l) => setList((shown) => shown ?? l), () => undefined);
      return Promise.all([listed, api.call('scenario.trash', {})]).then(
        ([l, t]) => {
          setList(l);
          setTrash(t);
          setError(null);
        },
        (err: unknown) => setError(err),
      );
    },
    [api],
  );
  const refresh = useCallback(() => load(), [load]);

  useEffect(() => {
    void load();
  }, [load]);
  // A colleague added, renamed, deleted or restored one (the web and team servers' live stream).
  useEffect(() => watchList(() => void load()), [load]);

  return { list, trash, error, refresh };
}
