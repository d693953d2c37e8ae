// What can be wrong with the database file, said in words a user can act on: damaged (then the newest good backup
// is offered, and the app never starts empty over it), read-only, full, locked by another program.
import { ApiError } from '../../shared/api/errors';
import { latestGoodBackup, listBackups } from './backup';

/** The database is damaged. Its code is db.damaged (with the newest good backup in params) or db.damagedNoBackup. */
export class DamagedDatabaseError extends ApiError {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    const backup = latestGoodBackup(file);
    super(backup ? 'db.damaged' : 'db.damagedNoBackup', {
      file,
      detail: detail.slice(0, 200),
      ...(backup ? { backup: backup.file, backupTime: backup.time } : {}),
    });
    this.name = 'DamagedDatabaseError';
  }
}

const DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_IOERR_SHORT_READ']);

/** SQLite's (or the file system's) error as one of ours, or undefined when it is none of the known kinds. */
export function storeError(err: unknown, file: string): ApiError | undefined {
  if (err instanceof ApiError) return err;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_WRITE' && /full/i.test(String((err as Error).message))) return new ApiError('db.full', { file });
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EROFS' || code === 'EPERM') return new ApiError('db.readOnly', { file });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new ApiError('db.locked', { file });
  if (DAMAGED.has(code)) return new DamagedDatabaseError(file, err instanceof Error ? err.message : code);
  return undefined;
}

/** Whether the file has backups at all (a damaged database without any cannot be restored here). */
export const hasBackups = (file: string) => listBackups(file).length > 0;
