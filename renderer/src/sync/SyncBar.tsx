// The team server in the header: connect, fetch the team's scenarios, and — for a scenario fetched from it — whether
// the server has every edit saved here ("Synkronisert", "N endringer venter på teamserveren"), why not when it
// does not (it does not answer, sign in again, it refused an edit), and the conflicts of a merge to choose between.
import { useState } from 'react';
import type { ScenarioSync, SyncStatus } from '../../../shared/api/sync';
import { useApi } from '../api/ApiContext';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { ConnectDialog } from './ConnectDialog';
import { hostOf } from './hostOf';
import { RemoteDialog } from './RemoteDialog';
import './sync.css';

export interface SyncBarProps {
  scenarioId: string | null;
  /** Asked by the app (useSyncStatus), which marks the linked scenarios in the sidebar from the same answer. */
  status: SyncStatus | null;
  refresh(): Promise<void>;
  /** A scenario to show (fetched now, or opened from the list). */
  onOpen(id: string, fetchedName?: string): void;
  /** The open scenario has conflicts with the server: show them. */
  onResolve(): void;
  onMessage(text: string, kind: 'info' | 'error'): void;
}

export function SyncBar({ scenarioId, status, refresh, onOpen, onResolve, onMessage }: SyncBarProps) {
  const api = useApi();
  const { t, tCode } = useI18n();
  const [dialog, setDialog] = useState<'connect' | 'remote' | null>(null);
  if (!status) return null;
  const conn = status.connection;

  const pendingText = (n: number) => (n === 1 ? t('sync.state.pendingOne') : t('sync.state.pending', { count: n }));
  const stateText = (s: ScenarioSync): string => {
    switch (s.state) {
      case 'synced':
        return t('sync.state.synced');
      case 'pending':
        return pendingText(s.pending);
      case 'conflict':
        return s.conflicts === 1 ? t('sync.state.conflictOne') : t('sync.state.conflict', { count: s.conflicts });
      default: {
        const why = t(`sync.state.${s.state}`);
        return s.pending > 0 ? `${why} – ${pendingText(s.pending)}` : why;
      }
    }
  };
  const s = status.scenario;

  return (
    <span className="sync-bar" data-testid="sync-bar">
      {!conn ? (
        <button type="button" data-testid="sync-connect-open" onClick={() => setDialog('connect')}>
          {t('sync.team')}
        </button>
      ) : (
        <>
          <span className="sync-server" data-testid="sync-server" title={conn.origin}>
            {conn.signedIn ? t('sync.connectedAs', { origin: hostOf(conn.origin), name: conn.displayName ?? conn.username }) : t('sync.signedOutBadge', { origin: hostOf(conn.origin) })}
          </span>
          {conn.signedIn ? (
            <button type="button" data-testid="sync-remote-open" onClick={() => setDialog('remote')}>
              {t('sync.fetchOpen')}
            </button>
          ) : (
            <button type="button" data-testid="sync-signin" onClick={() => setDialog('connect')}>
              {t('sync.signIn')}
            </button>
          )}
          <button
            type="button"
            className="sync-disconnect"
            data-testid="sync-disconnect"
            title={t('sync.disconnect')}
            aria-label={t('sync.disconnect')}
            onClick={() => void api.call('sync.disconnect', {}).then(refresh, (e: unknown) => onMessage(errorText(e, tCode), 'error'))}
          >
            ×
          </button>
        </>
      )}
      {s && (
        <span className={`sync-state ${s.state}`} data-testid="sync-state" data-state={s.state} data-pending={s.pending} title={s.error ? tCode(s.error.code, s.error.params) : undefined}>
          <span role="status">{stateText(s)}</span>
          {s.state === 'conflict' && (
            <button type="button" className="primary" data-testid="sync-resolve" onClick={onResolve}>
              {t('sync.resolveOpen')}
            </button>
          )}
          {(s.state === 'offline' || s.state === 'refused') && (
            <button type="button" data-testid="sync-retry" onClick={() => void api.call('sync.now', { id: scenarioId! }).then(refresh, () => refresh())}>
              {t('sync.retry')}
            </button>
          )}
        </span>
      )}
      {s?.state === 'refused' && s.error && (
        <span className="sync-reason" role="alert" data-testid="sync-reason">
          {tCode(s.error.code, s.error.params)}
        </span>
      )}
      {dialog === 'connect' && (
        <ConnectDialog
          initial={conn}
          onClose={() => setDialog(null)}
          onConnected={() => {
            setDialog(null);
            void refresh();
          }}
        />
      )}
      {dialog === 'remote' && (
        <RemoteDialog
          onClose={() => setDialog(null)}
          onOpen={(id, name) => {
            setDialog(null);
            onOpen(id, name);
            if (name) onMessage(t('sync.fetchedMessage', { name }), 'info');
            void refresh();
          }}
        />
      )}
    </span>
  );
}
