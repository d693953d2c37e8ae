// `npm run web -- [--data DIR] [--port N] [--restore-backup] [--keep-database] [--no-open]`: serve the built renderer with the
// service layer on 127.0.0.1. A damaged database, or one that lacks acknowledged edits after a crash, is reported with
// the newest good backup, which --restore-backup puts in place; --keep-database goes on with the database as it is.
// --no-open starts the page on the scenario list instead of the last scenario.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../electron/paths';
import { backupsDir, restoreBackup, startService } from '../electron/service/startup';
import { t, tCode } from '../shared/i18n';
import { laptopSync } from './web/laptopSync';
import { keptSecrets } from './web/secrets';
import { startWebServer } from './web/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { data: { type: 'string' }, port: { type: 'string', default: '0' }, 'restore-backup': { type: 'boolean' }, 'keep-database': { type: 'boolean' }, 'no-open': { type: 'boolean' } },
  allowPositionals: false,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Ugyldig port: ${values.port}`);
  process.exit(2);
}
const dataDir = values.data ? path.resolve(values.data) : defaultDataDir();
if (values['restore-backup']) {
  const restored = restoreBackup({ dataDir });
  if (!restored) {
    console.error(t('nb', 'db.noBackup', { file: dataDir }));
    process.exit(1);
  }
  console.log(t('nb', 'db.restored', { backupTime: restored.backup.time, aside: restored.aside }));
}
const started = startService({ dataDir, shell: 'web', acceptLoss: values['keep-database'] === true, noOpen: values['no-open'] === true });
if (!started.ok) {
  const data = values.data ? ` --data ${values.data}` : '';
  console.error(tCode('nb', started.error.code, started.error.params));
  if (started.canRestore) console.error(t('nb', 'db.restoreOffer', { command: `npm run web -- --restore-backup${data}` }));
  if (started.canKeep) console.error(t('nb', 'db.keepOffer', { command: `npm run web -- --keep-database${data}` }));
  process.exit(1);
}
// Connected to a team server, the fetched scenarios are kept here and synchronised (electron/sync).
const sync = laptopSync(started.service);
const service = sync.service;
// A restart on the same data folder and port keeps the login and the session: open pages go on saving.
const server = await startWebServer({
  service,
  rendererDir: path.join(root, 'dist', 'renderer'),
  port,
  secretsFor: keptSecrets(dataDir),
  beforeAnswer: dieAfterEdits(process.env.HANDLINGSROM_TEST_DIE_AFTER_EDITS),
});
sync.attach(server);
console.log(`Data: ${dataDir}`);
console.log(t('nb', 'db.backupsIn', { dir: backupsDir({ dataDir }) }));
console.log(`URL: ${server.url}`);

/** Tests only (e2e/saving.e2e.test.ts): the process dies after the n-th edit is committed, before its answer is
 *  sent, as a server killed at the worst moment. Off unless the variable is set. */
function dieAfterEdits(n: string | undefined): ((op: string, answer: unknown) => void) | undefined {
  let left = Number(n);
  if (!n || !Number.isInteger(left) || left < 1) return undefined;
  return (op, answer) => {
    if (op === 'scenario.edit' && (answer as { ok?: boolean }).ok && --left === 0) process.kill(process.pid, 'SIGKILL');
  };
}

function stop() {
  void server.close().then(() => {
    void service.close().then(() => process.exit(0));
  });
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
