// The team server's sessions as a store keeps them (scripts/server/sessions.ts): the PostgreSQL store implements
// this (postgres/pgStore.ts, table sessions), so a restart signs no one out. Only the SHA-256 of a cookie is stored.
export interface SessionRow {
  /** SHA-256 (hex) of the cookie's value. */
  idHash: string;
  userId: string;
  /** ms since 1970. */
  createdAt: number;
  lastSeen: number;
}

export interface SessionStore {
  createSession(row: SessionRow): Promise<void>;
  findSession(idHash: string): Promise<SessionRow | undefined>;
  touchSession(idHash: string, lastSeen: number): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Every session of the user except `keepIdHash`'s. */
  deleteUserSessions(userId: string, keepIdHash?: string): Promise<void>;
  /** Sessions idle since before `idleBefore` or made before `createdBefore`. */
  deleteExpiredSessions(idleBefore: number, createdBefore: number): Promise<void>;
}
