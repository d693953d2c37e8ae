// Who changed what, for the change list when the user asks: each compared scenario's history with the paths its
// steps changed (scenario.history, paths), fetched again when a scenario's revision moves; a change is traced to
// the newest step that touched it (shared/compare/authors.ts).
import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../shared/api/contract';
import { authorOf } from '../../../shared/compare/authors';
import type { Change } from '../../../shared/compare/types';
import type { DomainLineMeta } from '../../../shared/domain/types';
import type { Path } from '../../../shared/patch';
import { useApi } from '../api/ApiContext';
import type { OpenedForCompare } from './useComparison';

/** The steps read per scenario, newest first: enough for a budget round. */
const STEPS = 2000;

export type ChangeAuthor = (scenarioId: string, change: Change) => HistoryEntry | undefined;

export function useChangeAuthors(opened: readonly OpenedForCompare[], enabled: boolean): ChangeAuthor | undefined {
  const api = useApi();
  const [histories, setHistories] = useState<Map<string, { revision: number; entries: HistoryEntry[] }>>(new Map());
  const wanted = enabled ? opened.map((o) => `${o.id}@${o.revision}`).join(',') : '';
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void Promise.all(
      opened.map(async (o) => [o.id, { revision: o.revision, entries: await api.call('scenario.history', { id: o.id, limit: STEPS, paths: true }) }] as const),
    ).then(
      (pairs) => live && setHistories(new Map(pairs)),
      // Without the history the list shows no names; the comparison itself stands.
      () => undefined,
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `wanted` names the scenarios and revisions.
  }, [api, wanted]);
  // Until every compared scenario's history is read at its shown revision there is no answer yet: no names at all,
  // rather than "not in the history" for a change whose step is still on its way.
  if (!enabled || !opened.every((o) => histories.get(o.id)?.revision === o.revision)) return undefined;
  return (scenarioId, change) => {
    const o = opened.find((x) => x.id === scenarioId);
    const h = histories.get(scenarioId);
    if (!o || !h) return undefined;
    const pathOf = (key: string) => (o.live.spec(key)?.meta as Partial<DomainLineMeta> | undefined)?.source?.path as Path | undefined;
    return authorOf(change, h.entries, pathOf);
  };
}
