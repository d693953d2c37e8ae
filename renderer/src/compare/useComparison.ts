// The scenarios picked for comparison, each opened from the store into a LiveScenario (kept while its revision
// stands, so re-picking is instant), and what the view derives from them: the aligned rows, the changes from the
// first to each other, and the chart data.
import { useEffect, useMemo, useRef, useState } from 'react';
import { compareScenarios } from '../../../shared/compare/align';
import { scenarioChartData, type ScenarioChartData } from '../../../shared/compare/chartData';
import { diffDocuments } from '../../../shared/compare/diff';
import type { Change, CompareResult } from '../../../shared/compare/types';
import { MAX_COMPARED, MIN_COMPARED } from '../../../shared/compare/types';
import { LiveScenario } from '../../../shared/live/scenario';
import { useApi } from '../api/ApiContext';

export interface OpenedForCompare {
  id: string;
  revision: number;
  live: LiveScenario;
}

export interface ScenarioChanges {
  id: string;
  name: string;
  changes: Change[];
}

export interface Comparison {
  /** The picked scenarios that are open, in the order picked. */
  opened: OpenedForCompare[];
  loading: boolean;
  error: unknown;
  result: CompareResult | null;
  changes: ScenarioChanges[];
  charts: ScenarioChartData[];
}

/** `picked`: scenario ids in the order picked, with the revision the list shows (a newer one reopens it). */
export function useComparison(picked: readonly { id: string; revision: number }[]): Comparison {
  const api = useApi();
  const cache = useRef(new Map<string, OpenedForCompare>());
  const [opened, setOpened] = useState<OpenedForCompare[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const wanted = picked.map((p) => `${p.id}@${p.revision}`).join(',');

  useEffect(() => {
    let cancelled = false;
    const want = wanted ? wanted.split(',').map((s) => ({ id: s.slice(0, s.lastIndexOf('@')), revision: Number(s.slice(s.lastIndexOf('@') + 1)) })) : [];
    const missing = want.filter((p) => cache.current.get(p.id)?.revision !== p.revision);
    const finish = () => {
      if (cancelled) return;
      setOpened(want.map((p) => cache.current.get(p.id)).filter((o): o is OpenedForCompare => o !== undefined));
      setLoading(false);
    };
    if (missing.length === 0) {
      finish();
      return;
    }
    setLoading(true);
    setError(null);
    Promise.all(
      missing.map(async (p) => {
        const res = await api.call('scenario.open', { id: p.id });
        cache.current.set(p.id, { id: p.id, revision: res.revision, live: new LiveScenario(res.scenario, res.revision) });
      }),
    )
      .catch((err: unknown) => {
        if (!cancelled) setError(err);
      })
      .finally(finish);
    return () => {
      cancelled = true;
    };
  }, [api, wanted]);

  const result = useMemo(() => {
    if (opened.length < MIN_COMPARED || opened.length > MAX_COMPARED) return null;
    return compareScenarios(opened.map((o) => ({ id: o.id, name: o.live.doc.name, doc: o.live.doc, engine: o.live.engine, lines: o.live.allLines() })));
  }, [opened]);

  const changes = useMemo(() => {
    if (opened.length < MIN_COMPARED) return [];
    const base = opened[0].live;
    return opened.slice(1).map((o) => ({ id: o.id, name: o.live.doc.name, changes: diffDocuments(base.doc, o.live.doc, { a: base.allLines(), b: o.live.allLines() }) }));
  }, [opened]);

  const charts = useMemo(() => opened.map((o) => scenarioChartData(o.live.doc.name, o.live.engine)), [opened]);

  return { opened, loading, error, result, changes, charts };
}
