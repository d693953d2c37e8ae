// The team server's page: the login page until the server knows the user, then the app with the session's API
// token. A call the server refuses for want of a session (expired, signed out elsewhere) brings the login page
// back; edits not yet saved wait in the browser's storage and are sent once the user has signed in again.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiProvider } from '../api/ApiContext';
import { httpApi } from '../api/transport';
import { useI18n } from '../i18n/useI18n';
import { App } from '../shell/App';
import { LoginPage } from './LoginPage';
import { SessionContext, signOut, whoAmI, type TeamSession } from '../team/session';

export function TeamGate() {
  const { t } = useI18n();
  const [session, setSession] = useState<TeamSession | null | 'loading'>('loading');
  const [notice, setNotice] = useState<string | null>(null);
  const [usersOpen, setUsersOpen] = useState(false);
  useEffect(() => {
    whoAmI().then(setSession, () => setSession(null));
  }, []);
  const signedOut = useCallback(() => {
    setNotice(t('auth.signedOut'));
    setSession(null);
  }, [t]);
  const token = session && session !== 'loading' ? session.token : null;
  const api = useMemo(() => (token ? httpApi(token, { signedOut }) : null), [token, signedOut]);
  const value = useMemo(
    () => ({
      session: session === 'loading' ? null : session,
      logout: () => {
        void signOut().finally(() => {
          setNotice(null);
          setSession(null);
        });
      },
      openUsers: () => setUsersOpen(true),
      usersOpen,
      closeUsers: () => setUsersOpen(false),
    }),
    [session, usersOpen],
  );
  if (session === 'loading') return <p className="welcome">{t('app.loading')}</p>;
  if (!session || !api) return <LoginPage notice={notice} onSignedIn={setSession} />;
  return (
    <SessionContext.Provider value={value}>
      <ApiProvider api={api}>
        <App />
      </ApiProvider>
    </SessionContext.Provider>
  );
}
