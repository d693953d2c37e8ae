// The team server's Access (scripts/web/access.ts): accounts and sessions instead of the web mode's printed key.
// The page is served to anyone (it holds nothing secret; without a session it shows the login page); the API only
// to a signed-in user with the session's token, as far as the role table lets them (the server checks it). Login,
// logout and "who am I" are /auth/*; the admin's account calls are /api/account.*.
import type http from 'node:http';
import { accountContract, isAccountOpName, loginInput, LOGIN_PATH, LOGOUT_PATH, ME_PATH, type Account, type AccountOpName } from '../../shared/api/accounts';
import { ApiError } from '../../shared/api/errors';
import { mayCall, refusalCode, type Role } from '../../shared/api/roles';
import type { Access } from '../web/access';
import { cookieValue, TOKEN_HEADER, withMeta } from '../web/auth';
import { parseJson, readBody, sendJson } from '../web/http';
import type { Target } from '../web/target';
import { LoginLimit } from './loginLimit';
import { hashPassword, verifyNobody, verifyPassword } from './password';
import { Sessions, type Session } from './sessions';
import type { TeamStore, UserRow, UserStore } from './userStore';

export interface TeamAccessOptions {
  /** Accounts and sessions (the PostgreSQL store). */
  store: TeamStore;
  /** Mark the cookie Secure (the server is behind TLS). */
  secureCookies?: boolean;
  /** Believe X-Forwarded-Proto / X-Forwarded-For from the reverse proxy in front (and only then). */
  trustProxy?: boolean;
  now?: () => number;
}

/** What a session knows of its user, kept up to date by the admin calls of this server. */
interface Signed {
  session: Session;
  user: UserRow;
}

export function account(u: UserRow): Account {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, disabled: u.disabledAt !== null, createdAt: u.createdAt };
}

const BODY_LIMIT = 64 * 1024;
/** A user row read for a session is read again after this long: a change made by another server is seen then. */
const USER_FRESH_MS = 30_000;

export function teamAccess(opts: TeamAccessOptions): (origin: string) => Access & { sessions: Sessions } {
  return (origin) => {
    const port = new URL(origin).port;
    const cookieName = `handlingsrom-team-${port}`;
    const users = opts.store;
    const now = opts.now ?? Date.now;
    const sessions = new Sessions(opts.store, now);
    const limit = new LoginLimit(opts.now);
    /** Users by id as the sessions know them (a disabled user or a role changed here is seen at once). */
    const known = new Map<string, { user: UserRow; at: number }>();
    const remember = (user: UserRow) => known.set(user.id, { user, at: now() });
    async function userOf(id: string): Promise<UserRow | undefined> {
      const k = known.get(id);
      if (k && now() - k.at < USER_FRESH_MS) return k.user;
      const user = await users.user(id);
      if (user) remember(user);
      return user;
    }

    const secure = (req: http.IncomingMessage) => opts.secureCookies === true || (opts.trustProxy === true && req.headers['x-forwarded-proto'] === 'https');
    const cookie = (req: http.IncomingMessage, value: string, maxAge?: number) =>
      `${cookieName}=${value}; HttpOnly; SameSite=Strict; Path=/${secure(req) ? '; Secure' : ''}${maxAge !== undefined ? `; Max-Age=${maxAge}` : ''}`;
    const address = (req: http.IncomingMessage) => {
      const forwarded = opts.trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
      return forwarded || req.socket.remoteAddress || '?';
    };

    async function signed(req: http.IncomingMessage): Promise<Signed | undefined> {
      const session = await sessions.get(cookieValue(req.headers.cookie, cookieName));
      const user = session && (await userOf(session.userId));
      if (!session || !user || user.disabledAt !== null) return undefined;
      return { session, user };
    }

    const me = (s: Signed) => ({ account: account(s.user), expiresAt: sessions.expiresAt(s.session), token: sessions.token(s.session) });

    async function login(req: http.IncomingMessage, res: http.ServerResponse) {
      const body = await readBody(req, res, BODY_LIMIT);
      if (!body) return;
      const parsed = loginInput.safeParse(parseJson(body));
      if (!parsed.success) return sendJson(res, { ok: false, error: { code: 'auth.wrongLogin', params: {} } }, 400);
      const { username, password } = parsed.data;
      const keys = [`user:${username.trim().toLocaleLowerCase('nb')}`, `addr:${address(req)}`];
      const wait = limit.waitSeconds(keys);
      if (wait > 0) return sendJson(res, { ok: false, error: { code: 'auth.tooMany', params: { seconds: wait } } }, 429, { 'Retry-After': String(wait) });
      const user = await users.findUser(username);
      const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyNobody(password);
      if (!user || !ok) {
        limit.failed(keys);
        return sendJson(res, { ok: false, error: { code: 'auth.wrongLogin', params: {} } }, 401);
      }
      if (user.disabledAt !== null) return sendJson(res, { ok: false, error: { code: 'auth.disabledUser', params: {} } }, 403);
      limit.succeeded(keys[0]);
      remember(user);
      const session = await sessions.create(user.id);
      sendJson(res, { ok: true, value: me({ session, user }) }, 200, { 'Set-Cookie': cookie(req, session.id) });
    }

    async function accountCall(req: http.IncomingMessage, res: http.ServerResponse, op: AccountOpName, s: Signed) {
      const body = await readBody(req, res, BODY_LIMIT);
      if (!body) return;
      if (!mayCall(s.user.role, op)) return sendJson(res, { ok: false, error: { code: refusalCode(op), params: { op } } });
      const parsed = accountContract[op].safeParse(parseJson(body));
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        return sendJson(res, { ok: false, error: { code: 'api.invalidInput', params: { op, path: first?.path.join('.') ?? '', detail: first?.message ?? '' } } });
      }
      try {
        sendJson(res, { ok: true, value: await runAccount(op, parsed.data, s) });
      } catch (err) {
        if (err instanceof ApiError) return sendJson(res, { ok: false, error: err.toData() });
        throw err;
      }
    }

    async function runAccount(op: AccountOpName, input: unknown, s: Signed): Promise<Account | Account[]> {
      if (op === 'account.list') return (await users.listUsers()).map(account);
      if (op === 'account.create') {
        const i = input as { username: string; displayName?: string; role: Role; password: string };
        return account(await createAccount(users, i));
      }
      const i = input as { id: string; role?: Role; password?: string; disabled?: boolean };
      const before = await users.user(i.id);
      if (!before) throw new ApiError('auth.noAccount', {});
      // The team must keep an administrator who can sign in.
      const losesAdmin = before.role === 'admin' && before.disabledAt === null && ((i.role !== undefined && i.role !== 'admin') || i.disabled === true);
      if (losesAdmin) {
        const admins = (await users.listUsers()).filter((u) => u.role === 'admin' && u.disabledAt === null);
        if (admins.length <= 1) throw new ApiError('auth.lastAdmin', {});
      }
      const passwordHash = i.password !== undefined ? await hashPassword(i.password) : undefined;
      const after = await users.updateUser(i.id, { role: i.role, passwordHash, disabled: i.disabled });
      if (!after) throw new ApiError('auth.noAccount', {});
      remember(after);
      // A disabled user is out at once; a new password signs out the user's other sessions (not the admin's own).
      if (i.disabled === true || passwordHash) await sessions.endUser(after.id, after.id === s.user.id ? s.session : undefined);
      return account(after);
    }

    return {
      sessions,
      route(req, res, target: Target) {
        const run = (p: Promise<void>) => void p.catch((err: unknown) => {
          console.error('[server] auth failed:', err instanceof Error ? err.message : String(err));
          if (!res.headersSent) sendJson(res, { ok: false, error: { code: 'api.unexpected', params: {} } }, 500);
        });
        if (target.path === LOGIN_PATH && req.method === 'POST') return run(login(req, res)), true;
        if (target.path === LOGOUT_PATH && req.method === 'POST') {
          const id = cookieValue(req.headers.cookie, cookieName);
          return run((async () => {
            if (id) await sessions.end(id);
            sendJson(res, { ok: true, value: null }, 200, { 'Set-Cookie': cookie(req, '', 0) });
          })()), true;
        }
        if (target.path === ME_PATH && req.method === 'GET') {
          return run((async () => {
            const s = await signed(req);
            if (!s) sendJson(res, { ok: false, error: { code: 'auth.signedOut', params: {} } }, 401);
            else sendJson(res, { ok: true, value: me(s) });
          })()), true;
        }
        const op = target.path.startsWith('/api/') ? target.path.slice(5) : '';
        if (isAccountOpName(op)) {
          return run((async () => {
            const s = await signed(req);
            if (req.method !== 'POST' || !s || !sessions.hasToken(s.session, req.headers[TOKEN_HEADER])) {
              return sendJson(res, { ok: false, error: { code: 'auth.signedOut', params: {} } }, 403);
            }
            await accountCall(req, res, op, s);
          })()), true;
        }
        return false;
      },
      page: (_req, index) => ({ status: 200, html: withMeta(index, { 'handlingsrom-mode': 'team' }) }),
      async caller(req, o) {
        const s = await signed(req);
        if (!s || (!o?.stream && !sessions.hasToken(s.session, req.headers[TOKEN_HEADER]))) return null;
        return { accountId: s.user.id, name: s.user.displayName, role: s.user.role };
      },
    };
  };
}

/** A new account (the admin view, and `--add-user` on the command line), its password hashed here. */
export async function createAccount(users: UserStore, i: { username: string; displayName?: string; role: Role; password: string }): Promise<UserRow> {
  const username = i.username.trim();
  try {
    return await users.createUser({ username, displayName: i.displayName?.trim() || username, role: i.role, passwordHash: await hashPassword(i.password) });
  } catch (err) {
    if (err instanceof ApiError && err.code === 'store.userExists') throw new ApiError('auth.nameTaken', { name: username });
    throw err;
  }
}
