// Sessions of the team server, in memory: a random id in an HttpOnly, SameSite=Strict cookie (Secure behind TLS),
// and a random token the page sends as a header with every API call. A session ends after IDLE_MS without a call,
// after MAX_MS in any case, at logout, and when an admin disables its user or sets a new password. A restart of the
// server signs everyone out (their unsaved edits wait in their browsers and are sent after they sign in again).
import crypto from 'node:crypto';
import { sameSecret } from '../web/auth';

export const IDLE_MS = 8 * 60 * 60 * 1000;
export const MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** Bounded: a flood of logins cannot grow the table without end (the oldest go first). */
const MAX_SESSIONS = 10_000;

export interface Session {
  id: string;
  token: string;
  userId: string;
  createdAt: number;
  lastSeen: number;
}

export class Sessions {
  private readonly byId = new Map<string, Session>();

  constructor(private readonly now: () => number = Date.now) {}

  create(userId: string): Session {
    const t = this.now();
    const s: Session = { id: crypto.randomBytes(32).toString('hex'), token: crypto.randomBytes(24).toString('hex'), userId, createdAt: t, lastSeen: t };
    if (this.byId.size >= MAX_SESSIONS) this.byId.delete(this.byId.keys().next().value!);
    this.byId.set(s.id, s);
    return s;
  }

  /** The live session of a cookie value (kept alive by the call), or undefined. */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const s = this.byId.get(id);
    if (!s) return undefined;
    const t = this.now();
    if (t - s.lastSeen > IDLE_MS || t - s.createdAt > MAX_MS) {
      this.byId.delete(id);
      return undefined;
    }
    s.lastSeen = t;
    return s;
  }

  /** Whether `token` is this session's (constant-time). */
  hasToken(s: Session, token: unknown): boolean {
    return sameSecret(token, s.token);
  }

  expiresAt(s: Session): string {
    return new Date(Math.min(s.lastSeen + IDLE_MS, s.createdAt + MAX_MS)).toISOString();
  }

  end(id: string): void {
    this.byId.delete(id);
  }

  /** Sign a user out everywhere (disabled, new password), except the session `keep`. */
  endUser(userId: string, keep?: string): void {
    for (const [id, s] of this.byId) if (s.userId === userId && id !== keep) this.byId.delete(id);
  }
}
