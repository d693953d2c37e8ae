// Users and roles, for an admin: add a user, change a role, set a new password, disable and enable. Each change is
// the server's answer (the list is read again after it); a refusal says why (the last admin, a name taken).
import { useCallback, useEffect, useState } from 'react';
import { MIN_PASSWORD, type Account } from '../../../shared/api/accounts';
import { roles, type Role } from '../../../shared/api/roles';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { Dialog } from '../widgets/Dialog';
import { accountCall } from './accountsApi';
import { useSession } from './session';

export function UsersDialog({ onClose, onMessage }: { onClose(): void; onMessage(text: string, kind: 'info' | 'error'): void }) {
  const { session } = useSession();
  const { t, tCode } = useI18n();
  const token = session?.token ?? '';
  const [users, setUsers] = useState<Account[] | null>(null);
  const [passwords, setPasswords] = useState<Record<string, string>>({});
  const [draft, setDraft] = useState({ username: '', displayName: '', role: 'redaktør' as Role, password: '' });
  const roleName = useCallback((r: Role) => t(`auth.role.${r}`), [t]);

  const load = useCallback(() => accountCall(token, 'account.list', {}).then(setUsers, (e: unknown) => onMessage(errorText(e, tCode), 'error')), [onMessage, tCode, token]);
  useEffect(() => void load(), [load]);

  const run = async (call: () => Promise<Account>, done: (a: Account) => string) => {
    try {
      onMessage(done(await call()), 'info');
      await load();
      return true;
    } catch (e) {
      onMessage(errorText(e, tCode), 'error');
      return false;
    }
  };
  const shortPassword = (p: string) => p.length < MIN_PASSWORD && (onMessage(t('auth.passwordShort', { min: MIN_PASSWORD }), 'error'), true);

  return (
    <Dialog testId="users" title={t('auth.usersTitle')} onClose={onClose}>
      <table className="users-table">
        <thead>
          <tr>
            <th>{t('auth.name')}</th>
            <th>{t('auth.role')}</th>
            <th>{t('auth.status')}</th>
            <th>{t('auth.newPassword')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(users ?? []).map((u) => (
            <tr key={u.id} data-testid="user-row" data-username={u.username} className={u.disabled ? 'disabled-user' : undefined}>
              <td>
                {u.displayName}
                {u.displayName !== u.username && <span className="unit-note"> ({u.username})</span>}
              </td>
              <td>
                <select
                  aria-label={`${t('auth.role')}: ${u.displayName}`}
                  data-testid="user-role-select"
                  value={u.role}
                  onChange={(e) => {
                    const role = e.target.value as Role;
                    void run(() => accountCall(token, 'account.update', { id: u.id, role }), (a) => t('auth.roleChanged', { name: a.displayName, role: roleName(a.role) }));
                  }}
                >
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {roleName(r)}
                    </option>
                  ))}
                </select>
              </td>
              <td>{u.disabled ? t('auth.disabled') : t('auth.active')}</td>
              <td>
                <input
                  type="password"
                  autoComplete="new-password"
                  aria-label={`${t('auth.newPassword')}: ${u.displayName}`}
                  data-testid="user-password"
                  value={passwords[u.id] ?? ''}
                  onChange={(e) => setPasswords({ ...passwords, [u.id]: e.target.value })}
                />
              </td>
              <td className="actions">
                <button
                  type="button"
                  data-testid="user-set-password"
                  disabled={!passwords[u.id]}
                  onClick={() => {
                    const password = passwords[u.id] ?? '';
                    if (shortPassword(password)) return;
                    void run(() => accountCall(token, 'account.update', { id: u.id, password }), (a) => t('auth.passwordSet', { name: a.displayName })).then(
                      (ok) => ok && setPasswords({ ...passwords, [u.id]: '' }),
                    );
                  }}
                >
                  {t('auth.setPassword')}
                </button>
                <button
                  type="button"
                  data-testid="user-disable"
                  onClick={() =>
                    void run(
                      () => accountCall(token, 'account.update', { id: u.id, disabled: !u.disabled }),
                      (a) => t(a.disabled ? 'auth.disabledDone' : 'auth.enabledDone', { name: a.displayName }),
                    )
                  }
                >
                  {u.disabled ? t('auth.enable') : t('auth.disable')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="add-user"
        data-testid="add-user"
        onSubmit={(e) => {
          e.preventDefault();
          if (shortPassword(draft.password)) return;
          void run(
            () => accountCall(token, 'account.create', { username: draft.username, displayName: draft.displayName || undefined, role: draft.role, password: draft.password }),
            (a) => t('auth.created', { name: a.displayName, role: roleName(a.role) }),
          ).then((ok) => ok && setDraft({ username: '', displayName: '', role: draft.role, password: '' }));
        }}
      >
        <label>
          {t('auth.name')}
          <input data-testid="add-user-username" value={draft.username} onChange={(e) => setDraft({ ...draft, username: e.target.value })} />
        </label>
        <label>
          {t('auth.displayName')}
          <input data-testid="add-user-display" value={draft.displayName} onChange={(e) => setDraft({ ...draft, displayName: e.target.value })} />
        </label>
        <label>
          {t('auth.role')}
          <select data-testid="add-user-role" value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('auth.password')}
          <input data-testid="add-user-password" type="password" autoComplete="new-password" value={draft.password} onChange={(e) => setDraft({ ...draft, password: e.target.value })} />
        </label>
        <button type="submit" data-testid="add-user-submit" disabled={!draft.username || !draft.password}>
          {t('auth.addUser')}
        </button>
        <button type="button" onClick={onClose}>
          {t('auth.close')}
        </button>
      </form>
    </Dialog>
  );
}
