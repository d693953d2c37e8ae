// What the team server needs of the store: its accounts (electron/store/store.ts; both stores implement them) and
// its sessions (electron/store/sessions.ts; the PostgreSQL store).
import type { SessionStore } from '../../electron/store/sessions';
import type { Store } from '../../electron/store/store';

export type { UserRow } from '../../electron/store/store';
export type UserStore = Pick<Store, 'createUser' | 'findUser' | 'user' | 'listUsers' | 'updateUser'>;
export type TeamStore = UserStore & SessionStore;
