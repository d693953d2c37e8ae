// The team server's login page: user name and password, in Norwegian (the language picker as everywhere), with the
// server's answer in words (wrong login, wait after too many tries, a disabled user).
import { useState } from 'react';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { LanguagePicker } from '../shell/LanguagePicker';
import { signIn, type TeamSession } from '../team/session';
import '../team/team.css';

export function LoginPage({ onSignedIn, notice }: { onSignedIn(s: TeamSession): void; notice: string | null }) {
  const { t, tCode } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(username, password));
    } catch (err) {
      setError(errorText(err, tCode));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="login-page">
      <div className="login-box" data-testid="login">
        <h1 className="brand">{t('app.name')}</h1>
        <h2>{t('auth.loginTitle')}</h2>
        <p className="login-intro">{t('auth.loginIntro')}</p>
        {notice && !error && (
          <p className="message info" role="status" data-testid="login-notice">
            {notice}
          </p>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!busy) void submit();
          }}
        >
          <label>
            {t('auth.name')}
            <input data-testid="login-username" autoComplete="username" autoFocus value={username} onChange={(e) => setUsername(e.target.value)} />
          </label>
          <label>
            {t('auth.password')}
            <input data-testid="login-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          {error && (
            <p className="message error" role="alert" data-testid="login-error">
              {error}
            </p>
          )}
          <button type="submit" className="primary" data-testid="login-submit" disabled={busy || !username || !password}>
            {busy ? t('auth.loggingIn') : t('auth.login')}
          </button>
        </form>
        <LanguagePicker />
      </div>
    </div>
  );
}
