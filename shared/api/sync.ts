// The laptop's side of a team server (issue 21, "laptops stay offline-first"): the operations the page asks of its
// own back end (the desktop app's back-end process or the web mode's server) to connect to a team server, fetch a
// team scenario into the local store, and see and settle how far a linked scenario is from the server. They are
// answered by the laptop's sync engine (electron/sync), never by a team server, whose scenario service has no such
// operations.
import { z } from '../model/zod';
import type { Scenario } from '../model/scenario';
import type { MergeChange } from '../merge/threeWay';
import type { Path } from '../patch/types';
import type { ApiErrorData } from './errors';
import type { SyncOpName } from './syncOps';

export { isSyncOpName, syncOpNames, type SyncOpName } from './syncOps';

/** The team server this laptop is connected to. The password is never stored; the session lives in the back end. */
export interface SyncConnection {
  origin: string;
  username: string;
  /** The name the server knows the user by (once signed in in this run of the app). */
  displayName: string | null;
  /** Signed in during this run of the app (after a restart the user signs in again; queued edits wait). */
  signedIn: boolean;
}

/**
 * Where a linked scenario stands against the team server:
 * synced — the server has every local edit; pending — edits wait to be sent (the server is being reached);
 * offline — the server does not answer, edits wait in the local store; signedOut — the user must sign in again;
 * conflict — the server's version moved and some changes collide: the user chooses; refused — the server refused
 * an edit (error says why), it stays queued.
 */
export type SyncState = 'synced' | 'pending' | 'offline' | 'signedOut' | 'conflict' | 'refused';

export interface ScenarioSync {
  origin: string;
  remoteId: string;
  state: SyncState;
  /** Local edits (and a merge's result) the server does not have yet. */
  pending: number;
  /** Conflicts waiting for the user's choice (state conflict). */
  conflicts: number;
  error: ApiErrorData | null;
  /** When the server last agreed with this laptop (ISO 8601 UTC). */
  syncedAt: string | null;
}

export interface SyncStatus {
  connection: SyncConnection | null;
  /** The scenario asked about, when it is linked to a team server. */
  scenario: ScenarioSync | null;
  /** Every local scenario linked to a team server (the sidebar marks them). */
  linked: LinkedScenario[];
}

/** A local scenario fetched from a team server: which one, and how many of its edits the server does not have yet. */
export interface LinkedScenario {
  id: string;
  origin: string;
  pending: number;
}

export interface RemoteScenario {
  id: string;
  name: string;
  municipality: string;
  firstYear: number;
  years: number;
  updatedAt: string;
  /** The local copy, when this laptop has fetched it. */
  localId: string | null;
}

/** A merge waiting for the user: the last agreed document, mine (local) and theirs (the server's, at
 *  serverRevision), and the conflicting changes (shared/merge threeWay) to choose between. */
export interface SyncConflicts {
  serverRevision: number;
  base: Scenario;
  conflicts: MergeChange[];
}

/** A choice is keyed by the change's path, so it still holds if the list is computed again. */
export const pathKey = (path: Path): string => JSON.stringify(path);

const id = z.string().min(1).max(100);
export const syncContract = {
  'sync.status': z.strictObject({ id: id.optional() }),
  /** origin: the team server's address (http or https, no path). */
  'sync.connect': z.strictObject({ origin: z.string().trim().min(1).max(300), username: z.string().trim().min(1).max(100), password: z.string().min(1).max(1000) }),
  'sync.disconnect': z.strictObject({}),
  'sync.remoteList': z.strictObject({}),
  'sync.fetch': z.strictObject({ remoteId: id }),
  'sync.now': z.strictObject({ id }),
  'sync.conflicts': z.strictObject({ id }),
  'sync.resolve': z.strictObject({
    id,
    serverRevision: z.number().int().min(0),
    choices: z.array(z.strictObject({ path: z.string().max(10_000), side: z.enum(['mine', 'theirs']) })).max(100_000),
  }),
} satisfies Record<SyncOpName, z.ZodType>;

export type SyncInput<K extends SyncOpName> = z.input<(typeof syncContract)[K]>;
export interface SyncOutputs {
  'sync.status': SyncStatus;
  'sync.connect': SyncConnection;
  'sync.disconnect': null;
  'sync.remoteList': RemoteScenario[];
  'sync.fetch': { id: string; name: string };
  'sync.now': ScenarioSync | null;
  'sync.conflicts': SyncConflicts | null;
  'sync.resolve': ScenarioSync | null;
}
export type SyncOutput<K extends SyncOpName> = SyncOutputs[K];
