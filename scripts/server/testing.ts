// Accounts kept in memory for the team server's tests, with the store's rules (a username unique without regard to
// case, store.userExists): the store's users table (electron/store, issue 21 part 1) had not landed when these were
// written. Replace with the store once it has.
import { ApiError } from '../../shared/api/errors';
import type { Role } from '../../shared/api/roles';
import type { UserRow, UserStore } from './userStore';

export class MemoryUsers implements UserStore {
  private rows: UserRow[] = [];
  async createUser(u: { username: string; displayName: string; role: Role; passwordHash: string }) {
    if (this.rows.some((r) => r.username.toLowerCase() === u.username.toLowerCase())) throw new ApiError('store.userExists', { username: u.username });
    const row: UserRow = { ...u, id: `u${this.rows.length + 1}`, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', disabledAt: null };
    this.rows.push(row);
    return { ...row };
  }
  async findUser(username: string) {
    const r = this.rows.find((x) => x.username.toLowerCase() === username.trim().toLowerCase());
    return r && { ...r };
  }
  async user(id: string) {
    const r = this.rows.find((x) => x.id === id);
    return r && { ...r };
  }
  async listUsers() {
    return this.rows.map((r) => ({ ...r }));
  }
  async updateUser(id: string, c: { role?: Role; passwordHash?: string; disabled?: boolean }) {
    const r = this.rows.find((x) => x.id === id);
    if (!r) return undefined;
    if (c.role) r.role = c.role;
    if (c.passwordHash) r.passwordHash = c.passwordHash;
    if (c.disabled !== undefined) r.disabledAt = c.disabled ? '2026-01-02T00:00:00Z' : null;
    return { ...r };
  }
}

