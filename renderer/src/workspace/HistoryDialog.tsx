// The scenario's history as the store keeps it: every step, when it was made and, on a team server, by whom (the
// signed-in user's name the server recorded). The laptop has no accounts and records no one: it says so rather
// than guess a name. With `onRestore` (not for a reader), each earlier step has "Tilbake hit": the scenario as it
// was after that step, as a new edit.
import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { Dialog } from '../widgets/Dialog';
import { editTime } from './editTime';

/** The newest steps shown; the log keeps them all. */
const SHOWN = 500;

export interface HistoryDialogProps {
  id: string;
  name: string;
  onClose(): void;
  onRestore?: (entry: HistoryEntry, what: string) => Promise<void>;
}

export function HistoryDialog({ id, name, onClose, onRestore }: HistoryDialogProps) {
  const { t, tCode, lang } = useI18n();
  const api = useApi();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    api.call('scenario.history', { id, limit: SHOWN }).then(
      (h) => live && setEntries(h),
      (err: unknown) => live && setError(errorText(err, tCode)),
    );
    return () => {
      live = false;
    };
  }, [api, id, tCode]);
  const authors = entries?.some((e) => e.authorName !== undefined) ?? false;
  const what = (e: HistoryEntry) => (e.kind === 'undo' ? t('ws.history.undo', { label: e.label }) : e.kind === 'redo' ? t('ws.history.redo', { label: e.label }) : e.label);
  const restore = (e: HistoryEntry) => {
    if (!onRestore) return;
    setRestoring(e.revision);
    setError(null);
    onRestore(e, what(e)).then(onClose, (err: unknown) => {
      setRestoring(null);
      setError(errorText(err, tCode));
    });
  };
  return (
    <Dialog testId="history-dialog" title={t('ws.history.title', { name })} className="history-dialog" onClose={onClose}>
      {error && <p className="error" role="alert">{error}</p>}
      {!entries && !error && <p className="muted">{t('ws.history.loading')}</p>}
      {entries && entries.length === 0 && <p className="muted">{t('ws.history.empty')}</p>}
      {entries && entries.length > 0 && (
        <>
          <p className="muted">
            {t('ws.history.newest', { n: entries.length })} {!authors && t('ws.history.noAuthors')}
          </p>
          <div className="import-table-wrap">
            <table className="import-table history-table" data-testid="history-table">
              <thead>
                <tr>
                  <th>{t('ws.history.when')}</th>
                  {authors && <th>{t('ws.history.who')}</th>}
                  <th>{t('ws.history.what')}</th>
                  {onRestore && <th className="history-restore">{t('ws.history.restoreColumn')}</th>}
                </tr>
              </thead>
              <tbody>
                {entries.map((e, i) => (
                  <tr key={e.revision} data-testid="history-entry" data-kind={e.kind}>
                    <td className="history-when">{editTime(e.at, lang)}</td>
                    {authors && <td data-testid="history-author">{e.authorName ?? ''}</td>}
                    <td>{what(e)}</td>
                    {onRestore && (
                      <td className="history-restore">
                        {/* The newest step is the scenario as it is. */}
                        {i > 0 && (
                          <button
                            type="button"
                            data-testid="history-restore"
                            title={t('ws.history.restoreHint', { when: editTime(e.at, lang) })}
                            disabled={restoring !== null}
                            onClick={() => restore(e)}
                          >
                            {t('ws.history.restore')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <footer>
        <button type="button" data-testid="history-close" onClick={onClose}>
          {t('ws.history.close')}
        </button>
      </footer>
    </Dialog>
  );
}
