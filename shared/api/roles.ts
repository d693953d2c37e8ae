// Who may call what on the team server: every operation of the contract and of the account contract with the least
// role it needs. `satisfies` makes a new operation without a role a compile error. The server checks this table on
// every call (scripts/server); the page only uses it to grey out what the server would refuse.
import type { AccountOpName } from './accounts';
import type { OpName } from './ops';

/** reader: leaders who open, compare, print and export; editor: finance officers who also edit; admin: also users. */
export const roles = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

const rank: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

export const minimumRole = {
  'app.info': 'reader',
  'app.start': 'reader',
  // The page says which scenario it is opening (a start that hangs is not repeated): part of opening.
  'app.opening': 'reader',
  'scenario.list': 'reader',
  'scenario.trash': 'reader',
  'scenario.examples': 'reader',
  'scenario.open': 'reader',
  'scenario.history': 'reader',
  'scenario.export': 'reader',
  'compare.export': 'reader',
  'scenario.create': 'editor',
  'scenario.duplicate': 'editor',
  'scenario.rename': 'editor',
  'scenario.delete': 'editor',
  'scenario.restore': 'editor',
  // Gone for good, for everyone: only an administrator.
  'scenario.purge': 'admin',
  'scenario.edit': 'editor',
  'scenario.undo': 'editor',
  'scenario.redo': 'editor',
  'scenario.import': 'editor',
  // Both only read, but only to lead to an edit (a review of a file, Excel changes to apply).
  'scenario.importReview': 'editor',
  'xlsx.readChanges': 'editor',
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
