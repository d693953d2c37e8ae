// The laptop's store: one SQLite file (db.ts: WAL, synchronous=FULL, checked at open, migrations by user_version),
// the scenario tables of scenarios.ts, and what keeps a crash honest — the count of acknowledged commits written
// beside the database after every write (commits.ts) and the rotating backups (backup.ts). better-sqlite3 is
// synchronous: each method runs its whole transaction before it returns, so the promises only fit the contract.
import type Database from 'better-sqlite3';
import { BackupSchedule } from './backup';
import { AckWriter } from './commits';
import { openDatabase, schemaVersion, type Db, type OpenOptions } from './db';
import { ScenarioTables } from './scenarios';
import type { EditRecord, LoadedScenario, NewScenario, NewUser, ScenarioMeta, Snapshot, Store, Taken, UserChange, UserRow } from './store';
import { newUserId, toUser, USER_COLUMNS, userExists, usernameKey, type RawUser } from './users';

export interface SqliteStoreOptions extends OpenOptions {
  /** Back up the database at open and every this many ms of editing; 0 or absent: no backups. */
  backupEveryMs?: number;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly tables: ScenarioTables;
  /** The rotating backups (undefined when this store makes none). */
  readonly backups: BackupSchedule | undefined;
  private readonly acks: AckWriter;
  private readonly q: Record<string, Database.Statement>;

  constructor(
    readonly db: Db,
    readonly location: string,
    backupEveryMs = 0,
  ) {
    this.tables = new ScenarioTables(db);
    this.acks = new AckWriter(db, location);
    this.backups = backupEveryMs > 0 ? new BackupSchedule(db, location, backupEveryMs) : undefined;
    void this.backups?.now();
    this.q = {
      getSetting: db.prepare('SELECT value FROM settings WHERE key = ?').pluck(),
      setSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      deleteSetting: db.prepare('DELETE FROM settings WHERE key = ?'),
      insertUser: db.prepare(`INSERT INTO users (id, username, username_key, display_name, role, password_hash, created_at, updated_at)
        VALUES (@id, @username, @key, @displayName, @role, @passwordHash, @at, @at) ON CONFLICT (username_key) DO NOTHING`),
      userByKey: db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE username_key = ?`),
      userById: db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`),
      users: db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY username_key`),
      updateUser: db.prepare(`UPDATE users SET display_name = coalesce(@displayName, display_name), role = coalesce(@role, role),
        password_hash = coalesce(@passwordHash, password_hash),
        disabled_at = CASE WHEN @disabled IS NULL THEN disabled_at WHEN @disabled = 1 THEN coalesce(disabled_at, @at) ELSE NULL END,
        updated_at = @at WHERE id = @id`),
    };
  }

  /** A write is acknowledged once its transaction has committed: the side file and the backup schedule learn of it. */
  private written<T>(value: T): T {
    this.acks.acknowledged();
    this.backups?.edited();
    return value;
  }

  async schemaVersion() {
    return schemaVersion(this.db);
  }

  async list() {
    return this.tables.list();
  }

  async trash() {
    return this.tables.trash();
  }

  async row(id: string) {
    return this.tables.row(id);
  }

  async revision(id: string) {
    return this.tables.revision(id);
  }

  async count() {
    return this.tables.count();
  }

  async load(id: string): Promise<LoadedScenario | undefined> {
    return this.db.transaction(() => this.tables.load(id))();
  }

  async documentAt(id: string, revision: number) {
    return this.db.transaction(() => this.tables.documentAt(id, revision))();
  }

  async recentLog(id: string, limit: number, patches = false) {
    return this.db.transaction(() => (this.tables.revision(id) === undefined ? undefined : this.tables.recentLog(id, limit, patches)))();
  }

  async edit(id: string, revision: number) {
    return this.tables.edit(id, revision);
  }

  async insert(plan: (taken: Taken) => NewScenario, settings: Record<string, string> = {}): Promise<NewScenario> {
    const made = this.db
      .transaction(() => {
        const s = plan({ ids: this.tables.ids(), names: this.tables.liveNames() });
        this.tables.insert(s.id, s.meta, s.doc, s.basedOn, s.at);
        for (const [k, v] of Object.entries(settings)) this.q.setSetting.run(k, v);
        return s;
      })
      .immediate();
    return this.written(made);
  }

  async append(id: string, e: EditRecord, meta: ScenarioMeta, snapshot?: Snapshot): Promise<boolean> {
    const ok = this.db
      .transaction(() => {
        if (!this.tables.append(id, e, meta)) return false;
        if (snapshot !== undefined) this.tables.writeSnapshot(id, snapshot, e.revision);
        return true;
      })
      .immediate();
    return ok ? this.written(true) : false;
  }

  async writeSnapshot(id: string, snapshot: Snapshot, revision: number) {
    this.db.transaction(() => this.tables.writeSnapshot(id, snapshot, revision)).immediate();
    this.written(undefined);
  }

  async setDeleted(id: string, at: string | null) {
    this.db.transaction(() => this.tables.setDeleted(id, at)).immediate();
    this.written(undefined);
  }

  async purge(id: string) {
    this.db.transaction(() => this.tables.purge(id)).immediate();
    this.written(undefined);
  }

  async getSetting(key: string) {
    return this.q.getSetting.get(key) as string | undefined;
  }

  async setSetting(key: string, value: string | null) {
    if (value === null) this.q.deleteSetting.run(key);
    else this.q.setSetting.run(key, value);
  }

  async createUser(u: NewUser): Promise<UserRow> {
    const id = newUserId();
    const at = u.at ?? new Date().toISOString();
    const res = this.q.insertUser.run({ id, username: u.username.trim(), key: usernameKey(u.username), displayName: u.displayName, role: u.role, passwordHash: u.passwordHash, at });
    if (res.changes !== 1) throw userExists(u.username);
    return toUser(this.q.userById.get(id) as RawUser);
  }

  async findUser(username: string) {
    const r = this.q.userByKey.get(usernameKey(username)) as RawUser | undefined;
    return r && toUser(r);
  }

  async user(id: string) {
    const r = this.q.userById.get(id) as RawUser | undefined;
    return r && toUser(r);
  }

  async listUsers() {
    return (this.q.users.all() as RawUser[]).map(toUser);
  }

  async updateUser(id: string, c: UserChange) {
    const disabled = c.disabled === undefined ? null : c.disabled ? 1 : 0;
    this.q.updateUser.run({ id, displayName: c.displayName ?? null, role: c.role ?? null, passwordHash: c.passwordHash ?? null, disabled, at: c.at ?? new Date().toISOString() });
    return this.user(id);
  }

  async close() {
    this.db.close();
  }
}

/** Opens (or creates) the database file as a store; throws as openDatabase does (damaged, newer, lost edits …). */
export function openSqliteStore(file: string, opts: SqliteStoreOptions = {}): SqliteStore {
  const db = openDatabase(file, opts);
  return new SqliteStore(db, file, opts.backupEveryMs ?? 0);
}
