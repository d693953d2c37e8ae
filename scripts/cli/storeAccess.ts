// Opening the database named by --db for the list, import and export commands, with every failure turned into a
// message (exit code 1) or a usage error (2).
import fs from 'node:fs';
import path from 'node:path';
import type { ScenarioSummary } from '../../shared/api/contract';
import type { ApiErrorData } from '../../shared/api/errors';
import { t, tCode } from '../../shared/i18n/index';
import { createService, type Service } from '../../electron/service/service';
import { BACKUP_DIR_NAME } from '../../electron/store/backup';
import { NewerDatabaseError } from '../../electron/store/db';
import { storeError } from '../../electron/store/health';
import { EXIT, type CliContext, type ExitCode, type OptionValues } from './types';

/** The --db value, or undefined after saying it is missing. */
export function dbOption(options: OptionValues, ctx: CliContext): string | undefined {
  const db = options.db;
  if (typeof db === 'string' && db !== '') return db;
  ctx.io.err(t(ctx.lang, 'cli.store.noDb'));
  return undefined;
}

/** Run `body` with a service over the database of `--db`; the database is closed afterwards. */
export async function withStore(
  options: OptionValues,
  ctx: CliContext,
  opts: { mustExist: boolean },
  body: (svc: Service, file: string) => ExitCode | Promise<ExitCode>,
): Promise<ExitCode> {
  const { io, lang } = ctx;
  const db = dbOption(options, ctx);
  if (db === undefined) return EXIT.usage;
  const file = path.resolve(db);
  if (opts.mustExist && !fs.existsSync(file)) {
    io.err(t(lang, 'cli.store.dbMissing', { file: db }));
    return EXIT.invalid;
  }
  let svc: Service;
  try {
    svc = createService({ dataDir: path.dirname(file), dbPath: file, shell: 'cli', seedExample: false, lang });
  } catch (e) {
    // Damaged, read-only, locked: the store's own message, and for a damaged one with a backup how to restore it.
    const known = storeError(e, file);
    if (e instanceof NewerDatabaseError) io.err(t(lang, 'cli.store.dbNewer', { file: db, found: e.found, supported: e.supported }));
    else if (known) io.err(tCode(lang, known.code, known.params));
    else io.err(t(lang, 'cli.store.dbFailed', { file: db, detail: e instanceof Error ? e.message : String(e) }));
    if (known?.code === 'db.damaged' || known?.code === 'db.editsLost' || known?.code === 'db.walDamaged') io.err(t(lang, 'db.restoreOffer', { command: `npm run cli -- restore-backup --db ${db}` }));
    return EXIT.invalid;
  }
  try {
    return await body(svc, file);
  } finally {
    svc.close();
  }
}

export function message(ctx: CliContext, error: ApiErrorData): string {
  return tCode(ctx.lang, error.code, error.params);
}

/** Whether writing `out` would replace a file of the store at `dbFile`: the database itself (by path or, through a
 *  link, by inode), its -wal, -shm or -journal, or anything in the backups folder beside it. */
export function isStoreFile(out: string, dbFile: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const target = real(out);
  const db = real(dbFile);
  if ([db, `${db}-wal`, `${db}-shm`, `${db}-journal`, `${db}-ack`].includes(target)) return true;
  if (target.startsWith(path.join(path.dirname(db), BACKUP_DIR_NAME) + path.sep)) return true;
  try {
    const a = fs.statSync(out);
    const b = fs.statSync(dbFile);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** The one scenario `query` names (its id, or its name when only one has it); else a message and undefined. */
export async function findScenario(svc: Service, query: string, ctx: CliContext): Promise<ScenarioSummary | undefined> {
  const { io, lang } = ctx;
  const list = await svc.call('scenario.list', {});
  if (!list.ok) {
    io.err(message(ctx, list.error));
    return undefined;
  }
  const all = list.value as ScenarioSummary[];
  const byId = all.find((s) => s.id === query);
  const byName = all.filter((s) => s.name === query);
  if (!byId && byName.length > 1) {
    io.err(t(lang, 'cli.store.ambiguous', { query, ids: byName.map((s) => s.id).join(', ') }));
    return undefined;
  }
  const target = byId ?? byName[0];
  if (!target) io.err(t(lang, 'cli.store.notFound', { query }));
  return target;
}
