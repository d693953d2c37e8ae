// A real web server on a fresh data folder and a tiny renderer folder, for the server's tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createService, type Service } from '../../electron/service/service';
import { startWebServer, type WebServer } from './server';

export interface TestServer {
  dir: string;
  service: Service;
  server: WebServer;
}

/** Starts the server before the file's tests and stops it after; read the fields inside tests. */
export function useTestServer(): TestServer {
  const t = {} as TestServer;
  beforeAll(async () => {
    t.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-web-'));
    const rendererDir = path.join(t.dir, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body>hei</body></html>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(t.dir, 'secret.txt'), 'secret');
    t.service = createService({ dataDir: path.join(t.dir, 'data'), shell: 'web', seedExample: false });
    t.server = await startWebServer({ service: t.service, rendererDir, port: 0 });
  });
  afterAll(async () => {
    await t.server?.close();
    t.service?.close();
    if (t.dir) fs.rmSync(t.dir, { recursive: true, force: true });
  });
  return t;
}
