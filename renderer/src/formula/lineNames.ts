// The names of a scenario's lines as users read them: each line's label in the chosen language (the domain gives
// it as an i18n code with parameters) beside its key, for completion and for showing formulas readably; and what a
// sumtag or counttag call adds up, in words (tags.ts).
import { useCallback, useMemo } from 'react';
import type { DomainLineMeta } from '../../../shared/domain/types';
import type { LineSpec } from '../../../shared/engine/types';
import type { LiveScenario } from '../../../shared/live/scenario';
import { useI18n } from '../i18n/useI18n';
import type { LineName } from './complete';
import { tagWords, type TagCall } from './tags';

/** A sumtag/counttag call in words, and the labels of the lines it adds up. */
export interface TagName {
  text: string;
  members: string[];
}

type Translate = (code: string, params?: Record<string, string | number>) => string;

/** A line's label in the user's language. */
export function specLabel(spec: LineSpec, t: Translate): string {
  const label = (spec.meta as Partial<DomainLineMeta> | undefined)?.label;
  return label ? t(label.code, label.params) : (spec.label ?? spec.key);
}

/** Every line's key and label, rebuilt when lines are added, removed or renamed (`shape`). */
export function useLineNames(live: LiveScenario | null, shape: number | undefined) {
  const { t, tCode } = useI18n();
  const names = useMemo<LineName[]>(
    () => (live ? live.allLines().map((s) => ({ key: s.key, label: specLabel(s, tCode) })) : []),
    [live, shape, t], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const byKey = useMemo(() => new Map(names.map((n) => [n.key, n.label])), [names]);
  const labelOf = useCallback((key: string) => byKey.get(key), [byKey]);
  const members = useMemo(() => {
    const out = new Map<string, string[]>();
    for (const s of live?.allLines() ?? []) for (const tag of s.tags ?? []) (out.get(tag) ?? out.set(tag, []).get(tag)!).push(byKey.get(s.key) ?? s.key);
    return out;
  }, [live, byKey]);
  const tagOf = useCallback(
    ({ fn, tag }: TagCall): TagName => {
      const lines = members.get(tag) ?? [];
      const what = tagWords(tag, live?.doc.areas ?? [], tCode);
      return { text: t(fn === 'sumtag' ? 'formula.sumtag' : 'formula.counttag', { what, count: lines.length }), members: lines };
    },
    [members, live, t, tCode],
  );
  return { names, labelOf, tagOf };
}
