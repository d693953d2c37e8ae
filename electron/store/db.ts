// Opening the one database: WAL, foreign keys, and migrations to the current schema in one transaction each.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations';
import { createPrivateFile, makePrivate } from './privacy';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for another runtime (the Electron app uses its own build). */
  nativeBinding?: string;
  /** Migrations to apply; tests pass a prefix to build older versions. */
  migrations?: readonly string[];
}

export class NewerDatabaseError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`database schema ${found} is newer than this app supports (${supported})`);
  }
}

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) createPrivateFile(file);
  makePrivate(file, `${file}-wal`, `${file}-shm`);
  const db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a committed action survives power loss too, not only a crash of the app (DESIGN §8); the cost is
    // measured by the benchmark's save figure.
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
