// Opening the one database: WAL, foreign keys, and migrations to the current schema in one transaction each.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations';
import { quickCheckDb } from './backup';
import { commitsOf, LostEditsError, readAck, walProblem } from './commits';
import { DamagedDatabaseError, storeError } from './health';
import { createPrivateFile, makePrivate } from './privacy';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for another runtime (the Electron app uses its own build). */
  nativeBinding?: string;
  /** Migrations to apply; tests pass a prefix to build older versions. */
  migrations?: readonly string[];
  /** Open although acknowledged edits are missing or the -wal is damaged (the user chose to keep the database as it
   *  is): a damaged -wal is put aside, and the count of acknowledged edits starts again from the database's. */
  acceptLoss?: boolean;
}

export class NewerDatabaseError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`database schema ${found} is newer than this app supports (${supported})`);
  }
}

/**
 * Opens (or creates) the database. An existing file is checked first (SQLite's quick_check): a damaged one — an
 * empty file, a damaged page, not a database at all — throws DamagedDatabaseError and is left as it is, so the app
 * never starts empty over it. Read-only, full and locked databases throw an ApiError that says what to do.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  try {
    return openChecked(file, opts);
  } catch (err) {
    throw storeError(err, file) ?? err;
  }
}

function openChecked(file: string, opts: OpenOptions): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existed = fs.existsSync(file);
  if (existed && fs.statSync(file).size === 0) throw new DamagedDatabaseError(file, 'empty file');
  if (!existed) createPrivateFile(file);
  makePrivate(file, `${file}-wal`, `${file}-shm`);
  // SQLite would open a read-only file read-only without a word and fail only at the first edit: say it now.
  // (The folder must be writable too: SQLite creates the -wal and -shm files there.)
  fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  fs.accessSync(path.dirname(file), fs.constants.W_OK);
  // A damaged -wal is checked before SQLite opens the database: SQLite would silently start a new log over it.
  if (existed && walProblem(file) !== undefined) {
    if (!opts.acceptLoss) throw new LostEditsError('db.walDamaged', file, fs.statSync(`${file}-wal`).mtime.toISOString());
    putAside(file, '-wal', '-shm');
  }
  let db: Db;
  try {
    db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  } catch (err) {
    // The native module did not load (or SQLite could not open the file): the empty file made above would read as
    // a damaged database at the next start, so it goes again.
    if (!existed) removeEmpty(file);
    throw err;
  }
  try {
    if (existed) {
      const check = quickCheckDb(db);
      if (check !== 'ok') throw new DamagedDatabaseError(file, check);
      // Before anything writes (a migration would, on a file whose schema was only in the lost -wal).
      const ack = opts.acceptLoss ? undefined : readAck(file);
      if (ack && ack.commits > commitsOf(db)) throw new LostEditsError('db.editsLost', file, ack.at);
    }
    db.pragma('journal_mode = WAL');
    // FULL: a committed action survives power loss too, not only a crash of the app (docs/architecture.md,
    // "Durability"); the cost is measured by the benchmark's save figure.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, opts.migrations ?? migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Moves the given companions of the database (-wal, -shm) aside under a name that says when; nothing is deleted. */
function putAside(file: string, ...suffixes: string[]): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (const suffix of suffixes) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, `${file}${suffix}.damaged-${stamp}`);
  }
}

/** Removes a database file this start created, with its -wal and -shm, if it is still empty. */
function removeEmpty(file: string): void {
  try {
    if (fs.statSync(file).size !== 0) return;
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  } catch {
    // Gone already, or not ours to remove: the error that brought us here is the one to report.
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Db, list: readonly string[]): void {
  const current = schemaVersion(db);
  if (current > list.length) throw new NewerDatabaseError(current, list.length);
  for (let v = current; v < list.length; v++) {
    db.transaction(() => {
      db.exec(list[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
