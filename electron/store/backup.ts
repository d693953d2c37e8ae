// Rotating backups of the database, made with SQLite's online backup API (a consistent copy while the app runs),
// into the folder "backups" beside the database: at start, once the database has passed its check, and every few
// minutes while the user edits. The newest few are kept. A damaged database is restored from the newest backup
// that passes its own check; the damaged file is put aside, never deleted.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './db';
import { ensurePrivateDir, makePrivate } from './privacy';

export const BACKUP_DIR_NAME = 'backups';
/** How many backups are kept. */
export const BACKUPS_KEPT = 5;
/** While the user edits, a backup at most this often. */
export const BACKUP_EVERY_MS = 10 * 60 * 1000;

export interface Backup {
  file: string;
  /** When it was made (ISO 8601 UTC, from its name). */
  time: string;
}

export function backupDirOf(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), BACKUP_DIR_NAME);
}

const stampOf = (iso: string) => iso.replace(/[:.]/g, '-');
const NAME = /^(.*)-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)\.sqlite$/;

/** The backups of `dbFile`, newest first. */
export function listBackups(dbFile: string): Backup[] {
  const dir = backupDirOf(dbFile);
  const base = path.basename(dbFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: Backup[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m || m[1] !== base) continue;
    const [date, time] = m[2].split('T');
    const [h, min, s, ms] = time.slice(0, -1).split('-');
    out.push({ file: path.join(dir, name), time: `${date}T${h}:${min}:${s}.${ms}Z` });
  }
  return out.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
}

/** Copies the open database into a new backup (written beside, then renamed, so a half copy never counts) and
 *  removes all but the newest `keep`. */
export async function makeBackup(db: Db, dbFile: string, now = new Date().toISOString(), keep = BACKUPS_KEPT): Promise<Backup> {
  const dir = backupDirOf(dbFile);
  ensurePrivateDir(dir);
  const file = path.join(dir, `${path.basename(dbFile)}-${stampOf(now)}.sqlite`);
  const tmp = `${file}.tmp`;
  try {
    await db.backup(tmp);
    // A backup is one self-contained file: no -wal beside it, so it can be checked, copied and kept as it is.
    const copy = new Database(tmp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    makePrivate(tmp);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  for (const old of listBackups(dbFile).slice(keep)) fs.rmSync(old.file, { force: true });
  return { file, time: now };
}

/** "ok", or the first problems SQLite's quick_check finds in an open database. */
export function quickCheckDb(db: Db): string {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  return problems.length ? problems.slice(0, 3).join('; ') : 'ok';
}

/** "ok", or what SQLite's quick_check (or opening) says is wrong with the file. */
export function quickCheck(file: string): string {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return quickCheckDb(db);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    db?.close();
  }
}

/** The newest backup that passes its check, if any. */
export function latestGoodBackup(dbFile: string): Backup | undefined {
  return listBackups(dbFile).find((b) => quickCheck(b.file) === 'ok');
}

export interface Restored {
  backup: Backup;
  /** Where the damaged database was put. */
  aside: string;
}

/** Puts the damaged database (and its -wal, -shm and -ack) aside and copies the newest good backup in its place. The
 *  database must not be open. Undefined when there is no good backup (then nothing is moved). */
export function restoreLatestBackup(dbFile: string, now = new Date().toISOString()): Restored | undefined {
  const backup = latestGoodBackup(dbFile);
  if (!backup) return undefined;
  const aside = `${dbFile}.damaged-${stampOf(now)}`;
  // The side file of acknowledged edits goes too: it counts the commits of the file put aside, not of the backup.
  for (const suffix of ['', '-wal', '-shm', '-ack']) {
    if (fs.existsSync(dbFile + suffix)) fs.renameSync(dbFile + suffix, aside + suffix);
  }
  fs.copyFileSync(backup.file, dbFile);
  makePrivate(dbFile);
  return { backup, aside };
}

/**
 * When to back up: once at start, then after an edit when the last backup is older than `everyMs`. One backup at a
 * time; a failure is logged and retried at the next edit (the app keeps working without its backup).
 */
export class BackupSchedule {
  private last = 0;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly db: Db,
    private readonly dbFile: string,
    private readonly everyMs = BACKUP_EVERY_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Starts a backup now (at start); resolves when it is written or has failed. */
  now(): Promise<unknown> {
    if (this.running) return this.running;
    this.last = this.clock();
    this.running = makeBackup(this.db, this.dbFile, new Date(this.last).toISOString())
      .catch((err: unknown) => {
        // Closing the database while a backup runs ends it; that is not worth a word.
        if (this.db.open) console.error('[store] backup failed:', err instanceof Error ? err.message : err);
        this.last = 0;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  /** An edit was saved: back up if the last backup is old enough. */
  edited(): void {
    if (this.clock() - this.last >= this.everyMs) void this.now();
  }

  /** The backup in flight, if any (tests and shutdown wait for it). */
  get pending(): Promise<unknown> | undefined {
    return this.running;
  }
}
