// The scenario's history as the store keeps it: every step, when it was made and, on a team server, by whom (the
// signed-in user's name the server recorded). The laptop has no accounts and records no one: it says so rather
// than guess a name.
import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { Dialog } from '../widgets/Dialog';
import { editTime } from './editTime';

/** The newest steps shown; the log keeps them all. */
const SHOWN = 500;

export function HistoryDialog({ id, name, onClose }: { id: string; name: string; onClose(): void }) {
  const { t, tCode, lang } = useI18n();
  const api = useApi();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
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
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.revision} data-testid="history-entry" data-kind={e.kind}>
                    <td className="history-when">{editTime(e.at, lang)}</td>
                    {authors && <td data-testid="history-author">{e.authorName ?? ''}</td>}
                    <td>{what(e)}</td>
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
