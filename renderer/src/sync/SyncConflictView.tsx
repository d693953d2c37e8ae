// The conflicts of a merge with the team server, each chosen: "Behold min" (what was typed on this computer) or
// "Ta teamserverens". What only one side changed is merged already and not asked about. Nothing is written before
// "Bruk valgene"; the merged document then becomes one edit here and one on the server (electron/sync).
import { useEffect, useMemo, useRef, useState } from 'react';
import { pathKey, type SyncConflicts } from '../../../shared/api/sync';
import { describeChanges } from '../../../shared/merge/describe';
import { useApi } from '../api/ApiContext';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { ConflictChoice } from '../review/ConflictChoice';
import '../review/review.css';
import './sync.css';

export interface SyncConflictViewProps {
  id: string;
  name: string;
  onDone(message: string): void;
  onCancel(): void;
}

export function SyncConflictView({ id, name, onDone, onCancel }: SyncConflictViewProps) {
  const api = useApi();
  const { t, tCode, lang } = useI18n();
  const [data, setData] = useState<SyncConflicts | null | undefined>(undefined);
  const [choices, setChoices] = useState<Record<number, 'mine' | 'theirs'>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  const load = () =>
    api.call('sync.conflicts', { id }).then(
      (c) => {
        setData(c);
        setChoices({});
      },
      (e: unknown) => setError(errorText(e, tCode)),
    );
  useEffect(() => {
    void load();
    // Once per opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  useEffect(() => {
    if (data) root.current?.querySelector<HTMLElement>('input')?.focus();
  }, [data]);

  const described = useMemo(() => (data ? describeChanges(data.base, data.conflicts) : []), [data]);
  const undecided = described.filter((_d, i) => !choices[i]).length;
  const labels = { mine: t('sync.side.mine'), theirs: t('sync.side.theirs'), keepMine: t('review.keepMine'), takeTheirs: t('sync.takeTheirs') };

  async function apply() {
    if (!data) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('sync.resolve', { id, serverRevision: data.serverRevision, choices: data.conflicts.map((c, i) => ({ path: pathKey(c.path), side: choices[i] })) });
      if (result?.state === 'conflict') {
        // The server moved again with new conflicts: show those.
        await load();
        setBusy(false);
        return;
      }
      onDone(result?.state === 'synced' || result?.state === 'pending' ? t('sync.resolved') : `${t('sync.resolved')} ${result?.error ? tCode(result.error.code, result.error.params) : ''}`.trim());
    } catch (e) {
      setError(errorText(e, tCode));
      setBusy(false);
    }
  }

  return (
    <div className="review sync-conflicts" data-testid="sync-conflicts" ref={root} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <header className="review-head">
        <h2>{t('sync.conflictTitle', { name })}</h2>
        <p className="muted">{t('sync.conflictIntro')}</p>
      </header>
      {data === null && <p data-testid="sync-conflicts-none">{t('sync.conflictNone')}</p>}
      {data && (
        <section className="review-group review-conflict-group">
          <h3>{t('review.conflicts', { count: described.length })}</h3>
          <ol className="review-list">
            {described.map((d, i) => (
              <li key={pathKey(d.change.path)} className="review-conflict" data-testid="sync-conflict" data-key={d.key ?? ''}>
                <ConflictChoice name={`sync-choice-${i}`} d={d} choice={choices[i]} onChoose={(side) => setChoices((c) => ({ ...c, [i]: side }))} lang={lang} labels={labels} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <footer className="review-foot">
        <span className="import-note">{undecided > 0 ? t('review.undecided', { count: undecided }) : ''}</span>
        {error && (
          <p className="error" role="alert" data-testid="sync-conflicts-error">
            {error}
          </p>
        )}
        <button type="button" data-testid="sync-conflicts-cancel" onClick={onCancel}>
          {t('review.cancel')}
        </button>
        <button type="button" className="import-apply" data-testid="sync-conflicts-apply" disabled={busy || !data || undecided > 0} onClick={() => void apply()}>
          {t('sync.apply')}
        </button>
      </footer>
    </div>
  );
}
