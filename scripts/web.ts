// `npm run web -- [--data DIR] [--port N]`: serve the built renderer with the service layer on 127.0.0.1.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../electron/paths';
import { createService } from '../electron/service/service';
import { startWebServer } from './web/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { data: { type: 'string' }, port: { type: 'string', default: '0' } },
  allowPositionals: false,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Ugyldig port: ${values.port}`);
  process.exit(2);
}
const dataDir = values.data ? path.resolve(values.data) : defaultDataDir();
const service = createService({ dataDir, shell: 'web' });
const server = await startWebServer({ service, rendererDir: path.join(root, 'dist', 'renderer'), port });
console.log(`Data: ${dataDir}`);
console.log(`URL: ${server.url}`);

function stop() {
  void server.close().then(() => {
    service.close();
    process.exit(0);
  });
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
