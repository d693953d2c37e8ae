// Who is signed in on a team server's page (nobody in the desktop app or the single-user web mode), and the calls
// of signing in and out. The page is in team mode when the server says so in a meta tag.
import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../../shared/api/accounts';
import { LOGIN_PATH, LOGOUT_PATH, ME_PATH } from '../../../shared/api/accounts';
import { ApiError, type Envelope } from '../../../shared/api/errors';
import { UNREACHABLE } from '../api/transport';

export interface TeamSession extends SessionInfo {
  /** The session's API token, sent as a header with every call. */
  token: string;
}

export { isTeamMode } from './mode';

interface SessionValue {
  session: TeamSession | null;
  logout(): void;
  /** The admin's users dialog. */
  openUsers(): void;
  usersOpen: boolean;
  closeUsers(): void;
}

export const SessionContext = createContext<SessionValue>({ session: null, logout: () => undefined, openUsers: () => undefined, usersOpen: false, closeUsers: () => undefined });

export function useSession(): SessionValue {
  return useContext(SessionContext);
}

/** A leser may read only; the server refuses their edits anyway, the page says so before. */
export function useReadOnly(): boolean {
  return useSession().session?.account.role === 'leser';
}

async function authCall<T>(path: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`.${path}`, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(UNREACHABLE, {});
  }
  let env: Envelope<T>;
  try {
    env = (await res.json()) as Envelope<T>;
  } catch {
    throw new ApiError('api.httpStatus', { status: res.status });
  }
  if (!env.ok) throw new ApiError(env.error.code, env.error.params);
  return env.value;
}

export const whoAmI = () => authCall<TeamSession>(ME_PATH, { method: 'GET' });

export const signIn = (username: string, password: string) =>
  authCall<TeamSession>(LOGIN_PATH, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });

export const signOut = () => authCall<null>(LOGOUT_PATH, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
