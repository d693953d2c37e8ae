// Starting the service over a database that may be damaged, for every shell alike (web mode, command line, and
// the desktop app's start-up dialog): either a service, or what is wrong in the user's words and whether the
// newest good backup can be restored. Restoring puts the damaged file aside; nothing is ever deleted.
import type { ApiErrorData } from '../../shared/api/errors';
import { ApiError } from '../../shared/api/errors';
import { dbPathIn } from '../paths';
import { backupDirOf, restoreLatestBackup, type Restored } from '../store/backup';
import { LostEditsError } from '../store/commits';
import { NewerDatabaseError } from '../store/db';
import { DamagedDatabaseError, storeError } from '../store/health';
import { createService, type Service, type ServiceOptions } from './service';

export type StartResult =
  | { ok: true; service: Service }
  | {
      ok: false;
      /** An i18n code and its params: db.damaged, db.damagedNoBackup, db.readOnly, db.locked, db.failed… */
      error: ApiErrorData;
      /** A good backup exists and restoreBackup() would put it in place. */
      canRestore: boolean;
      /** The database can be opened as it is, losing what is missing (start again with acceptLoss). */
      canKeep?: boolean;
    };

export const dbPathOf = (opts: Pick<ServiceOptions, 'dataDir' | 'dbPath'>) => opts.dbPath ?? dbPathIn(opts.dataDir);

/** createService, with the failures a user can meet turned into messages (never a stack trace). */
export function startService(opts: ServiceOptions): StartResult {
  const file = dbPathOf(opts);
  try {
    return { ok: true, service: createService(opts) };
  } catch (err) {
    if (err instanceof NewerDatabaseError) return { ok: false, error: { code: 'cli.store.dbNewer', params: { file, found: err.found, supported: err.supported } }, canRestore: false };
    if (err instanceof LostEditsError) return { ok: false, error: err.toData(), canRestore: !err.code.endsWith('NoBackup'), canKeep: true };
    if (err instanceof DamagedDatabaseError) return { ok: false, error: err.toData(), canRestore: err.code === 'db.damaged' };
    const known = storeError(err, file);
    if (known) return { ok: false, error: known.toData(), canRestore: false };
    if (err instanceof ApiError) return { ok: false, error: err.toData(), canRestore: false };
    return { ok: false, error: { code: 'db.failed', params: { file, detail: err instanceof Error ? err.message : String(err) } }, canRestore: false };
  }
}

/** Puts the newest good backup in place of the (closed) database; undefined when there is none. */
export function restoreBackup(opts: Pick<ServiceOptions, 'dataDir' | 'dbPath'>): Restored | undefined {
  return restoreLatestBackup(dbPathOf(opts));
}

/** Where the backups of this database are kept. */
export const backupsDir = (opts: Pick<ServiceOptions, 'dataDir' | 'dbPath'>) => backupDirOf(dbPathOf(opts));
