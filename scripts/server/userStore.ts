// What the team server needs of the store's accounts (electron/store/store.ts, both stores implement it).
// TODO(teamstore landing): replace with the store contract's own types.
import type { Role } from '../../shared/api/roles';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  createdAt: string;
  updatedAt: string;
  disabledAt: string | null;
}

export interface UserStore {
  createUser(user: { username: string; displayName: string; role: Role; passwordHash: string }): Promise<UserRow>;
  findUser(username: string): Promise<UserRow | undefined>;
  user(id: string): Promise<UserRow | undefined>;
  listUsers(): Promise<UserRow[]>;
  updateUser(id: string, change: { role?: Role; passwordHash?: string; disabled?: boolean }): Promise<UserRow | undefined>;
}
