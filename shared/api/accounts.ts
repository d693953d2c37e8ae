// The team server's accounts, as the admin view sees them: the operations, their input schemas and results. They are
// answered by the team server itself (scripts/server), not by the scenario service: the desktop app has no users.
import { z } from '../model/zod';
import { roles, type Role } from './roles';

export const accountOpNames = ['account.list', 'account.create', 'account.update'] as const;
export type AccountOpName = (typeof accountOpNames)[number];

export function isAccountOpName(name: unknown): name is AccountOpName {
  return typeof name === 'string' && (accountOpNames as readonly string[]).includes(name);
}

/** An account without its password hash. Times are ISO 8601 UTC. */
export interface Account {
  id: string;
  /** The name one signs in with (unique without regard to case). */
  username: string;
  /** The name shown in the header and the history. */
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

/** Who is signed in on this page (team mode), from the server's answer to /auth/me. */
export interface SessionInfo {
  account: Account;
  /** When the session ends unless used (ISO 8601 UTC). */
  expiresAt: string;
}

export const MIN_PASSWORD = 10;
export const username = z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N}._@-]+$/u);
const displayName = z.string().trim().min(1).max(200);
const password = z.string().min(MIN_PASSWORD).max(1000);
const role = z.enum(roles);

export const accountContract = {
  'account.list': z.strictObject({}),
  /** displayName defaults to the username. */
  'account.create': z.strictObject({ username, displayName: displayName.optional(), role, password }),
  /** Change the role, set a new password, or disable (or enable) an account; at least one. */
  'account.update': z
    .strictObject({ id: z.string().min(1).max(100), role: role.optional(), password: password.optional(), disabled: z.boolean().optional() })
    .refine((v) => v.role !== undefined || v.password !== undefined || v.disabled !== undefined, { message: 'role, password or disabled', path: ['role'] }),
} satisfies Record<AccountOpName, z.ZodType>;

export type AccountInput<K extends AccountOpName> = z.input<(typeof accountContract)[K]>;
export type AccountOutput<K extends AccountOpName> = K extends 'account.list' ? Account[] : Account;

export const LOGIN_PATH = '/auth/login';
export const LOGOUT_PATH = '/auth/logout';
export const ME_PATH = '/auth/me';
export const loginInput = z.strictObject({ username: z.string().max(100), password: z.string().max(1000) });
