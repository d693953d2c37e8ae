// Sessions of the team server: a random id in an HttpOnly, SameSite=Strict cookie (Secure behind TLS), and a token
// the page sends as a header with every API call (derived from the id by HMAC, so it need not be stored). The store
// keeps only the SHA-256 of the id (electron/store/sessions.ts), so a restart of the server signs no one out and a
// copy of the database opens no session. A session ends after IDLE_MS without a call, after MAX_MS in any case, at
// logout, and when an admin disables its user or sets a new password. Sessions read once are kept in memory; the
// time of the last call is written back at most once a TOUCH_MS, which is all the idle limit needs.
import crypto from 'node:crypto';
import type { SessionStore } from '../../electron/store/sessions';
import { sameSecret } from '../web/auth';

export const IDLE_MS = 8 * 60 * 60 * 1000;
export const MAX_MS = 7 * 24 * 60 * 60 * 1000;
const TOUCH_MS = 60 * 1000;
/** Bounded: the memory holds at most this many (the oldest go first; the store still has them). */
const CACHED = 10_000;

export interface Session {
  /** The cookie's value: in memory only, never stored. */
  id: string;
  idHash: string;
  userId: string;
  createdAt: number;
  lastSeen: number;
  /** When lastSeen was last written to the store. */
  stored: number;
}

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const tokenOf = (id: string) => crypto.createHmac('sha256', id).update('handlingsrom api token').digest('hex');

export class Sessions {
  private readonly cache = new Map<string, Session>();

  constructor(
    private readonly store: SessionStore,
    private readonly now: () => number = Date.now,
  ) {}

  async create(userId: string): Promise<Session> {
    const t = this.now();
    const id = crypto.randomBytes(32).toString('hex');
    const s: Session = { id, idHash: sha256(id), userId, createdAt: t, lastSeen: t, stored: t };
    // Now and then, clear out the expired ones (a login is rare enough, and costs a scrypt anyway).
    await this.store.deleteExpiredSessions(t - IDLE_MS, t - MAX_MS);
    await this.store.createSession({ idHash: s.idHash, userId, createdAt: t, lastSeen: t });
    this.remember(s);
    return s;
  }

  /** The live session of a cookie value (kept alive by the call), or undefined. */
  async get(id: string | undefined): Promise<Session | undefined> {
    if (!id || !/^[0-9a-f]{64}$/.test(id)) return undefined;
    const idHash = sha256(id);
    let s = this.cache.get(idHash);
    if (!s) {
      const row = await this.store.findSession(idHash);
      if (!row) return undefined;
      s = { ...row, id, stored: row.lastSeen };
      this.remember(s);
    }
    const t = this.now();
    if (t - s.lastSeen > IDLE_MS || t - s.createdAt > MAX_MS) {
      await this.end(id);
      return undefined;
    }
    s.lastSeen = t;
    if (t - s.stored >= TOUCH_MS) {
      s.stored = t;
      await this.store.touchSession(idHash, t);
    }
    return s;
  }

  /** The token the page sends with its API calls. */
  token(s: Session): string {
    return tokenOf(s.id);
  }

  /** Whether `token` is this session's (constant-time). */
  hasToken(s: Session, token: unknown): boolean {
    return sameSecret(token, tokenOf(s.id));
  }

  expiresAt(s: Session): string {
    return new Date(Math.min(s.lastSeen + IDLE_MS, s.createdAt + MAX_MS)).toISOString();
  }

  async end(id: string): Promise<void> {
    const idHash = sha256(id);
    this.cache.delete(idHash);
    await this.store.deleteSession(idHash);
  }

  /** Sign a user out everywhere (disabled, new password), except the session `keep`. */
  async endUser(userId: string, keep?: Session): Promise<void> {
    for (const [h, s] of this.cache) if (s.userId === userId && s !== keep) this.cache.delete(h);
    await this.store.deleteUserSessions(userId, keep?.idHash);
  }

  private remember(s: Session) {
    if (this.cache.size >= CACHED) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(s.idHash, s);
  }
}
