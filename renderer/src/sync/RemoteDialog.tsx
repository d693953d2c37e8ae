// The team's scenarios on the server, each fetched ("Hent") into this computer's store, or opened when it has been.
import { useEffect, useState } from 'react';
import type { RemoteScenario } from '../../../shared/api/sync';
import { useApi } from '../api/ApiContext';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { Dialog } from '../widgets/Dialog';

export function RemoteDialog({ onClose, onOpen }: { onClose(): void; onOpen(id: string, fetchedName?: string): void }) {
  const api = useApi();
  const { t, tCode, lang } = useI18n();
  const [list, setList] = useState<RemoteScenario[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    api.call('sync.remoteList', {}).then(setList, (e: unknown) => setError(errorText(e, tCode)));
  }, [api, tCode]);

  async function fetchOne(s: RemoteScenario) {
    setBusy(s.id);
    setError(null);
    try {
      const made = await api.call('sync.fetch', { remoteId: s.id });
      onOpen(made.id, made.name);
    } catch (e) {
      setError(errorText(e, tCode));
      setBusy(null);
    }
  }

  const when = (iso: string) => new Date(iso).toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Dialog testId="sync-remote" title={t('sync.fetchTitle')} className="sync-dialog sync-remote" onClose={onClose}>
      {error && (
        <p className="error" role="alert" data-testid="sync-remote-error">
          {error}
        </p>
      )}
      {!list && !error && <p className="muted">{t('sync.loading')}</p>}
      {list && list.length === 0 && <p className="muted">{t('sync.noRemote')}</p>}
      {list && list.length > 0 && (
        <table className="sync-table">
          <thead>
            <tr>
              <th>{t('sync.col.name')}</th>
              <th>{t('sync.col.years')}</th>
              <th>{t('sync.col.updated')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id} data-testid="sync-remote-row" data-name={s.name}>
                <td>
                  {s.name}
                  {s.municipality && <span className="muted"> · {s.municipality}</span>}
                </td>
                <td className="num">
                  {s.firstYear}–{s.firstYear + s.years - 1}
                </td>
                <td>{when(s.updatedAt)}</td>
                <td className="actions">
                  {s.localId ? (
                    <button type="button" data-testid="sync-open" onClick={() => onOpen(s.localId!)}>
                      {t('sync.open')}
                    </button>
                  ) : (
                    <button type="button" className="primary" data-testid="sync-fetch" disabled={busy !== null} onClick={() => void fetchOne(s)}>
                      {t('sync.fetch')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="sync-buttons">
        <button type="button" onClick={onClose}>
          {t('sync.close')}
        </button>
      </div>
    </Dialog>
  );
}
