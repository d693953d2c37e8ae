// Opening the database named by --db for the list, import and export commands, with every failure turned into a
// message (exit code 1) or a usage error (2).
import fs from 'node:fs';
import path from 'node:path';
import type { ApiErrorData } from '../../shared/api/errors';
import { t } from '../../shared/i18n/index';
import { createService, type Service } from '../../electron/service/service';
import { NewerDatabaseError } from '../../electron/store/db';
import { EXIT, type CliContext, type ExitCode, type OptionValues } from './types';

/** Run `body` with a service over the database of `--db`; the database is closed afterwards. */
export async function withStore(
  options: OptionValues,
  ctx: CliContext,
  opts: { mustExist: boolean },
  body: (svc: Service, file: string) => ExitCode | Promise<ExitCode>,
): Promise<ExitCode> {
  const { io, lang } = ctx;
  const db = options.db;
  if (typeof db !== 'string' || db === '') {
    io.err(t(lang, 'cli.store.noDb'));
    return EXIT.usage;
  }
  const file = path.resolve(db);
  if (opts.mustExist && !fs.existsSync(file)) {
    io.err(t(lang, 'cli.store.dbMissing', { file: db }));
    return EXIT.invalid;
  }
  let svc: Service;
  try {
    svc = createService({ dataDir: path.dirname(file), dbPath: file, shell: 'cli', seedExample: false, lang });
  } catch (e) {
    if (e instanceof NewerDatabaseError) io.err(t(lang, 'cli.store.dbNewer', { file: db, found: e.found, supported: e.supported }));
    else io.err(t(lang, 'cli.store.dbFailed', { file: db, detail: e instanceof Error ? e.message : String(e) }));
    return EXIT.invalid;
  }
  try {
    return await body(svc, file);
  } finally {
    svc.close();
  }
}

export function message(ctx: CliContext, error: ApiErrorData): string {
  return t(ctx.lang, error.code, error.params);
}
