// `restore-backup --db <file>`: a damaged database is put aside and the newest backup that passes its check takes
// its place (the web mode's --restore-backup does the same for its data folder).
import path from 'node:path';
import { t } from '../../shared/i18n/index';
import { restoreBackup } from '../../electron/service/startup';
import { dbOption } from './storeAccess';
import { EXIT, type CliCommand } from './types';

export const restoreBackupCommand: CliCommand = {
  name: 'restore-backup',
  usageKey: 'cli.restore.usage',
  summaryKey: 'cli.restore.summary',
  options: { db: { type: 'string' } },
  args: { min: 0, max: 0 },
  run(_args, options, { io, lang }) {
    const db = dbOption(options, { io, lang });
    if (db === undefined) return EXIT.usage;
    const file = path.resolve(db);
    const restored = restoreBackup({ dataDir: path.dirname(file), dbPath: file });
    if (!restored) {
      io.err(t(lang, 'db.noBackup', { file: db }));
      return EXIT.invalid;
    }
    io.out(t(lang, 'db.restored', { backupTime: restored.backup.time, aside: restored.aside }));
    return EXIT.ok;
  },
};
