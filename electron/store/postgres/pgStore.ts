// The team server's store: the store contract (../store.ts) over PostgreSQL with the `pg` client and a pool of
// connections. The same tables and rows as the SQLite store; each method is one transaction. The revision check is
// a conditional UPDATE (… WHERE revision = base): PostgreSQL locks the row, a second writer waits for the first to
// commit, reads the row again and finds the revision moved, so of two edits on one revision exactly one is written.
import pg from 'pg';
import { NewerDatabaseError } from '../db';
import { replay, SELECT_ROW, toLogged, toRow, type RawLogged, type RawScenario } from '../scenarios';
import type { EditRecord, EditRow, LoadedScenario, NewScenario, NewUser, ScenarioMeta, Snapshot, Store, Taken, UserChange, UserRow } from '../store';
import { encodeStacks, stacksFrom } from '../undoStacks';
import { newUserId, toUser, USER_COLUMNS, userExists, usernameKey, type RawUser } from '../users';
import type { SessionRow, SessionStore } from '../sessions';
import { pgMigrations } from './migrations';

/** Advisory lock keys (any constants): one migration and one scenario insert at a time across all servers. */
const MIGRATE_LOCK = 21_0001;
const INSERT_LOCK = 21_0002;

const EDIT_COLUMNS = 'revision, at, kind, label, target, author';

export interface PgStoreOptions {
  /** Connections in the pool (default 10). */
  maxConnections?: number;
  /** Migrations to apply; tests pass a prefix to build older versions. */
  migrations?: readonly string[];
  /** Give up connecting after this long (default 10 s): an unreachable host must not hang the server's start. */
  connectTimeoutMs?: number;
}

/** The connection string without its password, for app.info and messages. */
export function describeConnection(connectionString: string): string {
  try {
    const u = new URL(connectionString);
    u.password = '';
    return u.toString();
  } catch {
    return 'PostgreSQL';
  }
}

type Queryable = pg.Pool | pg.PoolClient;

export class PgStore implements Store, SessionStore {
  readonly kind = 'postgres';

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
  ) {}

  /** Runs `body` in one transaction on one connection; rolled back when it throws. */
  private async tx<T>(body: (c: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const c = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await c.query(begin);
      const value = await body(c);
      await c.query('COMMIT');
      return value;
    } catch (err) {
      await c.query('ROLLBACK').catch((e: unknown) => {
        broken = e instanceof Error ? e : new Error(String(e));
      });
      throw err;
    } finally {
      c.release(broken);
    }
  }

  /** A consistent read of several statements (one snapshot of the database). */
  private read<T>(body: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.tx(body, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async schemaVersion() {
    return schemaVersionOf(this.pool);
  }

  async list() {
    const r = await this.pool.query<RawScenario>(`${SELECT_ROW} WHERE s.deleted_at IS NULL ORDER BY s.updated_at DESC, s.name`);
    return r.rows.map(toRow);
  }

  async trash() {
    const r = await this.pool.query<RawScenario>(`${SELECT_ROW} WHERE s.deleted_at IS NOT NULL ORDER BY s.deleted_at DESC, s.name`);
    return r.rows.map(toRow);
  }

  async row(id: string) {
    const r = await this.pool.query<RawScenario>(`${SELECT_ROW} WHERE s.id = $1`, [id]);
    return r.rows[0] && toRow(r.rows[0]);
  }

  async revision(id: string) {
    const r = await this.pool.query<{ revision: number }>('SELECT revision FROM scenarios WHERE id = $1', [id]);
    return r.rows[0]?.revision;
  }

  async count() {
    const r = await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM scenarios');
    return r.rows[0].n;
  }

  async load(id: string): Promise<LoadedScenario | undefined> {
    // One statement, so one round trip and one consistent view: the snapshot with its stacks and the log rows after it.
    const r = await this.pool.query<{ snapshot: string; snapshot_revision: number; revision: number; snapshot_stacks: string | null; after: [number, EditRow['kind'], string, number | null, string][] }>(
      `SELECT s.snapshot, s.snapshot_revision, s.revision, s.snapshot_stacks,
         coalesce((SELECT json_agg(json_build_array(e.revision, e.kind, e.label, e.target, e.patches) ORDER BY e.revision) FROM edits e
           WHERE e.scenario_id = s.id AND e.revision > s.snapshot_revision AND e.revision <= s.revision), '[]') AS after
       FROM scenarios s WHERE s.id = $1`,
      [id],
    );
    const s = r.rows[0];
    if (!s) return undefined;
    const after = s.after.map(([revision, kind, label, target, patches]) => ({ revision, kind, label, target, patches }));
    const doc = replay(s, s.revision, after.map((e) => e.patches));
    if (doc === undefined) throw new Error(`scenario ${id}: the log between revisions ${s.snapshot_revision} and ${s.revision} is incomplete`);
    // A snapshot written before the stacks were kept with it: the log up to it (its rows never change) gives them.
    const before =
      s.snapshot_stacks === null
        ? (await this.pool.query<EditRow>(`SELECT ${EDIT_COLUMNS} FROM edits WHERE scenario_id = $1 AND revision <= $2 ORDER BY revision`, [id, s.snapshot_revision])).rows
        : null;
    return { doc, revision: s.revision, snapshotRevision: s.snapshot_revision, stacks: stacksFrom(s.snapshot_stacks, before, after) };
  }

  async documentAt(id: string, revision: number) {
    return this.read(async (c) => {
      const s = await snapshotOf(c, id);
      if (!s || revision < 0 || revision > s.revision) return undefined;
      const rows =
        revision >= s.snapshot_revision
          ? (await c.query<{ t: string }>('SELECT patches AS t FROM edits WHERE scenario_id = $1 AND revision > $2 AND revision <= $3 ORDER BY revision', [id, s.snapshot_revision, revision])).rows
          : (await c.query<{ t: string }>('SELECT inverse AS t FROM edits WHERE scenario_id = $1 AND revision > $2 AND revision <= $3 ORDER BY revision DESC', [id, revision, s.snapshot_revision])).rows;
      return replay(s, revision, rows.map((r) => r.t));
    });
  }

  async recentLog(id: string, limit: number, patches = false) {
    // The scenario's row joined to its newest log rows: no row at all when there is no such scenario, one without a
    // revision when its log is empty.
    const r = await this.pool.query<Omit<RawLogged, 'revision'> & { revision: number | null }>(
      `SELECT e.revision, e.at, e.kind, e.label, e.target, e.author, u.display_name AS "authorName", CASE WHEN $3 THEN e.patches END AS patches
       FROM scenarios s
       LEFT JOIN LATERAL (SELECT * FROM edits WHERE scenario_id = s.id ORDER BY revision DESC LIMIT $2) e ON true
       LEFT JOIN users u ON u.id = e.author
       WHERE s.id = $1 ORDER BY e.revision DESC`,
      [id, limit, patches],
    );
    if (r.rows.length === 0) return undefined;
    return r.rows.filter((row): row is RawLogged => row.revision !== null).map(toLogged);
  }

  async edit(id: string, revision: number): Promise<EditRecord | undefined> {
    const r = await this.pool.query<EditRow & { patches: string; inverse: string }>(`SELECT ${EDIT_COLUMNS}, patches, inverse FROM edits WHERE scenario_id = $1 AND revision = $2`, [
      id,
      revision,
    ]);
    const e = r.rows[0];
    return e && { ...e, patches: JSON.parse(e.patches) as EditRecord['patches'], inverse: JSON.parse(e.inverse) as EditRecord['inverse'] };
  }

  async insert(plan: (taken: Taken) => NewScenario, settings: Record<string, string> = {}): Promise<NewScenario> {
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [INSERT_LOCK]);
      const all = await c.query<{ id: string; name: string; live: boolean }>('SELECT id, name, deleted_at IS NULL AS live FROM scenarios');
      const s = plan({ ids: new Set(all.rows.map((r) => r.id)), names: new Set(all.rows.filter((r) => r.live).map((r) => r.name)) });
      await c.query(
        `INSERT INTO scenarios (id, name, description, municipality, first_year, years, based_on, created_at, updated_at, revision, snapshot, snapshot_revision)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, 0, $9, 0)`,
        [s.id, s.meta.name, s.meta.description, s.meta.municipality, s.meta.firstYear, s.meta.years, s.basedOn, s.at, JSON.stringify(s.doc)],
      );
      for (const [k, v] of Object.entries(settings)) await setSettingOn(c, k, v);
      return s;
    });
  }

  async append(id: string, e: EditRecord, meta: ScenarioMeta, snapshot?: Snapshot): Promise<boolean> {
    // One statement, so one round trip and its own transaction: the conditional UPDATE is the revision check (a
    // second writer waits on the row lock and finds the revision moved), and the log row is inserted only from the
    // row it bumped. Nothing is written when the scenario is not at e.revision - 1 (another writer got there first)
    // or is in the trash: so the service can trust its copy in memory and learn only on a refusal that it was not.
    const r = await this.pool.query(
      `WITH bumped AS (
         UPDATE scenarios SET revision = $2::integer, updated_at = $3::text, name = $4, description = $5, municipality = $6, first_year = $7, years = $8
         ${snapshot !== undefined ? ', snapshot = $15, snapshot_stacks = $16, snapshot_revision = $2::integer' : ''}
         WHERE id = $1::text AND revision = $2::integer - 1 AND deleted_at IS NULL RETURNING id)
       INSERT INTO edits (scenario_id, revision, at, kind, label, patches, inverse, target, author)
       SELECT id, $2::integer, $3::text, $9::text, $10::text, $11::text, $12::text, $13::integer, $14::text FROM bumped`,
      [
        id,
        e.revision,
        e.at,
        meta.name,
        meta.description,
        meta.municipality,
        meta.firstYear,
        meta.years,
        e.kind,
        e.label,
        JSON.stringify(e.patches),
        JSON.stringify(e.inverse),
        e.target,
        e.author,
        ...(snapshot !== undefined ? [JSON.stringify(snapshot.doc), encodeStacks(snapshot.stacks)] : []),
      ],
    );
    return r.rowCount === 1;
  }

  async writeSnapshot(id: string, snapshot: Snapshot, revision: number) {
    const r = await this.pool.query('UPDATE scenarios SET snapshot = $2, snapshot_stacks = $4, snapshot_revision = $3 WHERE id = $1 AND revision = $3', [
      id,
      JSON.stringify(snapshot.doc),
      revision,
      encodeStacks(snapshot.stacks),
    ]);
    if (r.rowCount !== 1) throw new Error(`scenario ${id} is not at revision ${revision}`);
  }

  async setDeleted(id: string, at: string | null) {
    await this.pool.query('UPDATE scenarios SET deleted_at = $2 WHERE id = $1', [id, at]);
  }

  async purge(id: string) {
    await this.pool.query('DELETE FROM scenarios WHERE id = $1', [id]);
  }

  async getSetting(key: string) {
    const r = await this.pool.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
    return r.rows[0]?.value;
  }

  async setSetting(key: string, value: string | null) {
    if (value === null) await this.pool.query('DELETE FROM settings WHERE key = $1', [key]);
    else await setSettingOn(this.pool, key, value);
  }

  async createUser(u: NewUser): Promise<UserRow> {
    const at = u.at ?? new Date().toISOString();
    const r = await this.pool.query<RawUser>(
      `INSERT INTO users (id, username, username_key, display_name, role, password_hash, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (username_key) DO NOTHING RETURNING ${USER_COLUMNS}`,
      [newUserId(), u.username.trim(), usernameKey(u.username), u.displayName, u.role, u.passwordHash, at],
    );
    if (!r.rows[0]) throw userExists(u.username);
    return toUser(r.rows[0]);
  }

  async findUser(username: string) {
    const r = await this.pool.query<RawUser>(`SELECT ${USER_COLUMNS} FROM users WHERE username_key = $1`, [usernameKey(username)]);
    return r.rows[0] && toUser(r.rows[0]);
  }

  async user(id: string) {
    const r = await this.pool.query<RawUser>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return r.rows[0] && toUser(r.rows[0]);
  }

  async listUsers() {
    const r = await this.pool.query<RawUser>(`SELECT ${USER_COLUMNS} FROM users ORDER BY username_key`);
    return r.rows.map(toUser);
  }

  async updateUser(id: string, c: UserChange) {
    const disabled = c.disabled === undefined ? null : c.disabled;
    const r = await this.pool.query<RawUser>(
      `UPDATE users SET display_name = coalesce($2, display_name), role = coalesce($3, role), password_hash = coalesce($4, password_hash),
         disabled_at = CASE WHEN $5::boolean IS NULL THEN disabled_at WHEN $5::boolean THEN coalesce(disabled_at, $6) ELSE NULL END,
         updated_at = $6
       WHERE id = $1 RETURNING ${USER_COLUMNS}`,
      [id, c.displayName ?? null, c.role ?? null, c.passwordHash ?? null, disabled, c.at ?? new Date().toISOString()],
    );
    return r.rows[0] && toUser(r.rows[0]);
  }

  // ------------------------------------------------------------------ the team server's sessions (not the contract's)
  async createSession(s: SessionRow) {
    await this.pool.query('INSERT INTO sessions (id_hash, user_id, created_at, last_seen) VALUES ($1, $2, $3, $4)', [s.idHash, s.userId, s.createdAt, s.lastSeen]);
  }

  async findSession(idHash: string): Promise<SessionRow | undefined> {
    const r = await this.pool.query<{ id_hash: string; user_id: string; created_at: string; last_seen: string }>(
      'SELECT id_hash, user_id, created_at, last_seen FROM sessions WHERE id_hash = $1',
      [idHash],
    );
    const row = r.rows[0];
    return row && { idHash: row.id_hash, userId: row.user_id, createdAt: Number(row.created_at), lastSeen: Number(row.last_seen) };
  }

  async touchSession(idHash: string, lastSeen: number) {
    await this.pool.query('UPDATE sessions SET last_seen = greatest(last_seen, $2) WHERE id_hash = $1', [idHash, lastSeen]);
  }

  async deleteSession(idHash: string) {
    await this.pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  }

  async deleteUserSessions(userId: string, keepIdHash?: string) {
    await this.pool.query('DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2', [userId, keepIdHash ?? '']);
  }

  async deleteExpiredSessions(idleBefore: number, createdBefore: number) {
    await this.pool.query('DELETE FROM sessions WHERE last_seen < $1 OR created_at < $2', [idleBefore, createdBefore]);
  }

  async close() {
    await this.pool.end();
  }
}

async function snapshotOf(c: Queryable, id: string) {
  const r = await c.query<{ snapshot: string; snapshot_revision: number; revision: number }>('SELECT snapshot, snapshot_revision, revision FROM scenarios WHERE id = $1', [id]);
  return r.rows[0];
}

async function setSettingOn(c: Queryable, key: string, value: string) {
  await c.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
}

async function schemaVersionOf(c: Queryable): Promise<number> {
  const r = await c.query<{ version: number }>('SELECT version FROM schema_version');
  return r.rows[0]?.version ?? 0;
}

/** Brings the database to the current schema: one transaction per migration, one server at a time. Throws
 *  NewerDatabaseError for a database of a newer app, leaving it as it is. */
export async function migratePg(pool: pg.Pool, list: readonly string[] = pgMigrations): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK]);
    try {
      await c.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
      let version = await schemaVersionOf(c);
      if (version > list.length) throw new NewerDatabaseError(version, list.length);
      for (; version < list.length; version++) {
        await c.query('BEGIN');
        try {
          await c.query(list[version]);
          await c.query('DELETE FROM schema_version');
          await c.query('INSERT INTO schema_version (version) VALUES ($1)', [version + 1]);
          await c.query('COMMIT');
        } catch (err) {
          await c.query('ROLLBACK');
          throw err;
        }
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK]);
    }
  } finally {
    c.release();
  }
}

/** Connects, migrates and returns the store; the pool is closed again when that fails. */
export async function openPgStore(connectionString: string, opts: PgStoreOptions = {}): Promise<PgStore> {
  const pool = new pg.Pool({ connectionString, max: opts.maxConnections ?? 10, connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000 });
  // An idle connection that fails (the server restarted) must not become an unhandled 'error' that stops the process.
  pool.on('error', (err) => console.error('[store] PostgreSQL connection lost:', err.message));
  try {
    await migratePg(pool, opts.migrations ?? pgMigrations);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return new PgStore(pool, describeConnection(connectionString));
}
