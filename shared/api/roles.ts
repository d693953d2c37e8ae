// Who may call what on the team server: every operation of the contract and of the account contract with the least
// role it needs. `satisfies` makes a new operation without a role a compile error. The server checks this table on
// every call (scripts/server); the page only uses it to grey out what the server would refuse.
import type { AccountOpName } from './accounts';
import type { OpName } from './ops';

/** leser: leaders who open, compare, print and export; redaktør: finance officers who also edit; admin: also
 *  users. The values are the words the municipality uses (and what the store keeps). */
export const roles = ['leser', 'redaktør', 'admin'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

const rank: Record<Role, number> = { leser: 0, redaktør: 1, admin: 2 };

export const minimumRole = {
  'app.info': 'leser',
  'app.start': 'leser',
  // The page says which scenario it is opening (a start that hangs is not repeated): part of opening.
  'app.opening': 'leser',
  'scenario.list': 'leser',
  'scenario.trash': 'leser',
  'scenario.examples': 'leser',
  'scenario.open': 'leser',
  'scenario.history': 'leser',
  'scenario.version': 'leser',
  'scenario.export': 'leser',
  'compare.export': 'leser',
  'scenario.create': 'redaktør',
  'scenario.duplicate': 'redaktør',
  'scenario.rename': 'redaktør',
  'scenario.delete': 'redaktør',
  'scenario.restore': 'redaktør',
  // Gone for good, for everyone: only an administrator.
  'scenario.purge': 'admin',
  'scenario.edit': 'redaktør',
  'scenario.undo': 'redaktør',
  'scenario.redo': 'redaktør',
  'scenario.import': 'redaktør',
  // Both only read, but only to lead to an edit (a review of a file, Excel changes to apply).
  'scenario.importReview': 'redaktør',
  'xlsx.readChanges': 'redaktør',
  'account.list': 'admin',
  'account.create': 'admin',
  'account.update': 'admin',
} as const satisfies Record<OpName | AccountOpName, Role>;

export type GuardedOp = keyof typeof minimumRole;

export function mayCall(role: Role, op: GuardedOp): boolean {
  return rank[role] >= rank[minimumRole[op]];
}

/** The i18n code of a refusal: what the user lacks and whom to ask. */
export function refusalCode(op: GuardedOp): string {
  return minimumRole[op] === 'admin' ? 'auth.needsAdmin' : 'auth.needsEditor';
}
