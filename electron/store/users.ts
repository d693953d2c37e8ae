// What both stores share about accounts: the row as the tables hold it, and the key a username is unique by.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/errors';
import type { Role, UserRow } from './store';

/** The column list of the users table, in both stores. */
export const USER_COLUMNS = 'id, username, display_name, role, password_hash, created_at, updated_at, disabled_at';

export interface RawUser {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  created_at: string;
  updated_at: string;
  disabled_at: string | null;
}

export function toUser(r: RawUser): UserRow {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    passwordHash: r.password_hash,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    disabledAt: r.disabled_at,
  };
}

/** Usernames are unique without regard to case (Unicode-aware: «Øyvind» and «øyvind» are one user). */
export const usernameKey = (username: string) => username.trim().normalize('NFC').toLocaleLowerCase('nb');

export const newUserId = () => `u_${randomUUID().replace(/-/g, '')}`;

export const userExists = (username: string) => new ApiError('store.userExists', { username: username.trim() });
