// Acknowledged edits that the database no longer holds. SQLite keeps recent commits in the write-ahead log (-wal)
// until it checkpoints them into the database file; when the -wal is lost or damaged after a crash, SQLite opens
// the file without those commits and says nothing. So the store counts its commits (a trigger-kept counter in the
// database, store_commits) and, after every acknowledged action, writes that count into a small side file
// (<database>-ack). At start: a count in the side file higher than the database's means acknowledged edits are
// gone; a -wal whose header is not SQLite's is damaged. Either is said, and the app does not start over it unless
// the user chooses to (restore the newest backup, or keep the database as it is).
import fs from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import { latestGoodBackup } from './backup';
import type { Db } from './db';
import { makePrivate } from './privacy';

export const ackFileOf = (dbFile: string) => `${dbFile}-ack`;

/** What the side file says: the commit count of the last acknowledged action, and when it was acknowledged. */
export interface Ack {
  commits: number;
  at: string;
}

/** The database's commit count (0 before the counter's migration). */
export function commitsOf(db: Db): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'store_commits'").pluck().get();
  if (table === undefined) return 0;
  return (db.prepare('SELECT n FROM store_commits WHERE id = 1').pluck().get() as number | undefined) ?? 0;
}

/** The side file, or undefined when there is none or it cannot be read (then nothing can be compared). */
export function readAck(dbFile: string): Ack | undefined {
  try {
    const ack = JSON.parse(fs.readFileSync(ackFileOf(dbFile), 'utf8')) as Partial<Ack>;
    return typeof ack.commits === 'number' && typeof ack.at === 'string' ? { commits: ack.commits, at: ack.at } : undefined;
  } catch {
    return undefined;
  }
}

/** Records the database's commit count as acknowledged (written beside, then renamed: never half a file). */
export function writeAck(dbFile: string, commits: number, at = new Date().toISOString()): void {
  const file = ackFileOf(dbFile);
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ commits, at }), { mode: 0o600 });
  makePrivate(tmp);
  fs.renameSync(tmp, file);
}

/** Keeps the side file in step with the database after each action that may have changed it (only when the count
 *  moved, so reading costs one query). Never throws: the side file only serves the check at the next start. */
export class AckWriter {
  private last: number;
  constructor(
    private readonly db: Db,
    private readonly dbFile: string,
  ) {
    this.last = commitsOf(db);
    this.write(this.last);
  }

  acknowledged(): void {
    const n = commitsOf(this.db);
    if (n !== this.last) this.write(n);
  }

  private write(n: number): void {
    try {
      writeAck(this.dbFile, n);
      this.last = n;
    } catch (err) {
      console.error('[store] could not record the acknowledged edits:', err instanceof Error ? err.message : err);
    }
  }
}

const WAL_MAGIC = [0x377f0682, 0x377f0683];

/** Why the -wal beside `dbFile` is not a write-ahead log SQLite can use, or undefined when it is fine or absent (an
 *  empty -wal is a clean one). Its header is 32 bytes: magic, version, page size, checkpoint, two salts and a
 *  checksum over the first 24 bytes (https://sqlite.org/fileformat.html#the_write_ahead_log). */
export function walProblem(dbFile: string): string | undefined {
  let header: Buffer;
  try {
    const fd = fs.openSync(`${dbFile}-wal`, 'r');
    try {
      header = Buffer.alloc(32);
      const n = fs.readSync(fd, header, 0, 32, 0);
      if (n === 0) return undefined;
      if (n < 32) return `-wal of ${n} bytes`;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const magic = header.readUInt32BE(0);
  if (!WAL_MAGIC.includes(magic)) return 'bad -wal header';
  const bigEndian = (magic & 1) === 1;
  let s0 = 0;
  let s1 = 0;
  for (let i = 0; i < 24; i += 8) {
    const x0 = bigEndian ? header.readUInt32BE(i) : header.readUInt32LE(i);
    const x1 = bigEndian ? header.readUInt32BE(i + 4) : header.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  if (s0 !== header.readUInt32BE(24) || s1 !== header.readUInt32BE(28)) return 'bad -wal header checksum';
  return undefined;
}

/** Acknowledged edits are missing (db.editsLost) or the -wal is damaged (db.walDamaged). params: file, savedAt
 *  (when the last acknowledged edit was saved), and the newest good backup when there is one. */
export class LostEditsError extends ApiError {
  constructor(
    code: 'db.editsLost' | 'db.walDamaged',
    readonly file: string,
    savedAt: string,
  ) {
    const backup = latestGoodBackup(file);
    super(backup ? code : `${code}NoBackup`, { file, savedAt, ...(backup ? { backup: backup.file, backupTime: backup.time } : {}) });
    this.name = 'LostEditsError';
  }
}
