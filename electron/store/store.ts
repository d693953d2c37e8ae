// The store contract: what the service layer needs of a database, implemented twice — by the SQLite store of the
// laptop (sqliteStore.ts, one file in the user's data folder) and by the PostgreSQL store of a team server
// (postgres/pgStore.ts). Both keep a scenario as a JSON snapshot plus an append-only log of edits, move it on by one
// revision per edit with a revision check that refuses a stale edit, and migrate their schema forward in
// numbered steps. Every method is one transaction; one suite (contract.test.ts) runs against both.
import type { Patch } from '../../shared/patch/types';
import type { Role } from '../../shared/api/roles';
import type { UndoStacks } from './undoStacks';

export type EditKind = 'edit' | 'undo' | 'redo';

/** The columns derived from the document on every write. */
export interface ScenarioMeta {
  name: string;
  description: string;
  municipality: string;
  firstYear: number;
  years: number;
}

export interface ScenarioRow extends ScenarioMeta {
  id: string;
  basedOn: string | null;
  basedOnName: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  revision: number;
  snapshotRevision: number;
}

export interface EditRow {
  revision: number;
  at: string;
  kind: EditKind;
  label: string;
  /** For undo and redo: the revision of the edit undone or redone. */
  target: number | null;
  /** The user (UserRow.id) who made it; null on the laptop, which has no accounts. */
  author: string | null;
}

/** A log row as the history shows it: with the author's display name (null when there is none), and the patches it
 *  applied when they were asked for. */
export interface LoggedEdit extends EditRow {
  authorName: string | null;
  patches?: Patch[];
}

export interface EditRecord extends EditRow {
  patches: Patch[];
  inverse: Patch[];
}

/** A scenario to insert: made by the caller inside the insert's transaction, from the ids and live names taken. */
export interface NewScenario {
  id: string;
  meta: ScenarioMeta;
  doc: unknown;
  basedOn: string | null;
  at: string;
}

export interface Taken {
  ids: ReadonlySet<string>;
  /** Names of the scenarios not in the trash. */
  names: ReadonlySet<string>;
}

/** The current document with its undo and redo stacks, read at one revision (in one statement or transaction). */
export interface LoadedScenario {
  doc: unknown;
  revision: number;
  snapshotRevision: number;
  stacks: UndoStacks;
}

/** A scenario as a snapshot keeps it: the document and the undo and redo stacks at the snapshot's revision, so that
 *  a load reads only the log after it (undoStacks.ts stacksFrom). */
export interface Snapshot {
  doc: unknown;
  stacks: UndoStacks;
}

/** The roles of a team server (shared/api/roles.ts): leser reads, redaktør edits, admin also manages users. */
export type { Role };

export interface UserRow {
  id: string;
  /** Unique, compared without regard to case. */
  username: string;
  displayName: string;
  role: Role;
  /** The password's hash as the hashing code wrote it (algorithm, parameters, salt and hash in one string). */
  passwordHash: string;
  createdAt: string;
  updatedAt: string;
  /** Set when an admin disabled the account; such a user cannot log in. */
  disabledAt: string | null;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  /** Default: now. */
  at?: string;
}

export interface UserChange {
  displayName?: string;
  role?: Role;
  passwordHash?: string;
  /** true disables the account (at `at`), false enables it again. */
  disabled?: boolean;
  at?: string;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data is, for app.info: the database file, or the server and database (never a password). */
  readonly location: string;
  /** The number of migrations applied. */
  schemaVersion(): Promise<number>;

  // ------------------------------------------------------------------ scenarios
  /** Not in the trash, most recently changed first. */
  list(): Promise<ScenarioRow[]>;
  /** In the trash, most recently deleted first. */
  trash(): Promise<ScenarioRow[]>;
  row(id: string): Promise<ScenarioRow | undefined>;
  revision(id: string): Promise<number | undefined>;
  /** How many scenarios there are, the trash included. */
  count(): Promise<number>;
  /** The current document and stacks: the snapshot's, brought forward through the log rows after it. */
  load(id: string): Promise<LoadedScenario | undefined>;
  /** The document at an earlier revision (forward from the snapshot through the patches, or back through the
   *  inverses); undefined when the scenario or a log row on the way is missing. */
  documentAt(id: string, revision: number): Promise<unknown>;
  /** The newest `limit` rows of the log, newest first, with the authors' names and, when `patches`, the patches
   *  each applied; undefined when there is no such scenario. One statement (the history is one round trip). */
  recentLog(id: string, limit: number, patches?: boolean): Promise<LoggedEdit[] | undefined>;
  edit(id: string, revision: number): Promise<EditRecord | undefined>;
  /**
   * Inserts the scenario `plan` makes from what is taken; `settings` are written in the same transaction. Inserts
   * are serialised, so two at once cannot take the same name.
   */
  insert(plan: (taken: Taken) => NewScenario, settings?: Record<string, string>): Promise<NewScenario>;
  /**
   * Appends the edit that makes `e.revision` (= the current revision + 1), updates the row's revision and metadata,
   * and, when `snapshot` is given, rewrites the snapshot as that revision's — all in one transaction. False, with
   * nothing written, when the scenario is not at e.revision - 1 (another writer got there first), is in the trash
   * or is gone: the service edits its copy in memory and asks why only when it is refused (scenarios.ts).
   */
  append(id: string, e: EditRecord, meta: ScenarioMeta, snapshot?: Snapshot): Promise<boolean>;
  /** Rewrites the snapshot as the scenario at `revision`, which must be the current revision. */
  writeSnapshot(id: string, snapshot: Snapshot, revision: number): Promise<void>;
  setDeleted(id: string, at: string | null): Promise<void>;
  /** Deletes the scenario and its log; scenarios based on it keep their own data. */
  purge(id: string): Promise<void>;

  // ------------------------------------------------------------------ settings (key → text)
  getSetting(key: string): Promise<string | undefined>;
  /** null deletes the key. */
  setSetting(key: string, value: string | null): Promise<void>;

  // ------------------------------------------------------------------ accounts
  /** Throws ApiError store.userExists when the username is taken (in any case). */
  createUser(user: NewUser): Promise<UserRow>;
  /** By username, without regard to case. */
  findUser(username: string): Promise<UserRow | undefined>;
  user(id: string): Promise<UserRow | undefined>;
  /** All accounts, disabled ones included, by username. */
  listUsers(): Promise<UserRow[]>;
  /** undefined when there is no such user. */
  updateUser(id: string, change: UserChange): Promise<UserRow | undefined>;

  close(): Promise<void>;
}
