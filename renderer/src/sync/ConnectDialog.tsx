// Connecting to a team server: its address, the user name and the password. The password goes to this computer's
// back end, which signs in and keeps the session (never the page, never the disk).
import { useState } from 'react';
import type { SyncConnection } from '../../../shared/api/sync';
import { useApi } from '../api/ApiContext';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { Dialog } from '../widgets/Dialog';

export function ConnectDialog({ initial, onClose, onConnected }: { initial: { origin: string; username: string } | null; onClose(): void; onConnected(c: SyncConnection): void }) {
  const api = useApi();
  const { t, tCode } = useI18n();
  const [origin, setOrigin] = useState(initial?.origin ?? '');
  const [username, setUsername] = useState(initial?.username ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      onConnected(await api.call('sync.connect', { origin, username, password }));
    } catch (e) {
      setError(errorText(e, tCode));
      setBusy(false);
    }
  }

  return (
    <Dialog testId="sync-connect" title={t('sync.connectTitle')} className="sync-dialog" onClose={onClose}>
      <p className="muted">{t('sync.connectIntro')}</p>
      <form
        className="sync-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label>
          {t('sync.address')}
          <input data-testid="sync-origin" value={origin} autoFocus={!initial} placeholder="https://" onChange={(e) => setOrigin(e.target.value)} />
        </label>
        <label>
          {t('auth.name')}
          <input data-testid="sync-username" value={username} autoComplete="username" onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          {t('auth.password')}
          <input data-testid="sync-password" type="password" value={password} autoFocus={!!initial} autoComplete="current-password" onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <p className="error" role="alert" data-testid="sync-connect-error">
            {error}
          </p>
        )}
        <div className="sync-buttons">
          <button type="button" onClick={onClose}>
            {t('sync.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="sync-connect-submit" disabled={busy || !origin.trim() || !username.trim() || !password}>
            {busy ? t('sync.connecting') : t('sync.connect')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
