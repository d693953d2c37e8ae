// The signed-in user in the header: name and role, the users dialog for an admin, and signing out.
import { useI18n } from '../i18n/useI18n';
import { useSession } from './session';
import './team.css';

export function UserBadge() {
  const { session, logout, openUsers } = useSession();
  const { t } = useI18n();
  if (!session) return null;
  const { account } = session;
  const role = t(`auth.role.${account.role}`);
  return (
    <span className="user-badge" data-testid="user-badge" title={`${t('auth.signedInAs', { name: account.displayName, role })} – ${t(`auth.roleHelp.${account.role}`)}`}>
      <span className="who" data-testid="user-name">
        {account.displayName}
      </span>
      <span className="role" data-testid="user-role">
        {role}
      </span>
      {account.role === 'admin' && (
        <button type="button" data-testid="open-users" onClick={openUsers}>
          {t('auth.users')}
        </button>
      )}
      <button type="button" data-testid="logout" onClick={logout}>
        {t('auth.logout')}
      </button>
    </span>
  );
}
