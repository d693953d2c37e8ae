// The desktop app's page in Chromium, without Electron (its binary cannot run on the build machines): the built
// renderer served under an address of its own, a stand-in for the preload's bridge (electron/preload.ts: one function
// per operation of shared/api/calls.ts, live changes, menu commands), and behind it what main.ts does with each call —
// the sender check (handleIpc, told the app's own page, which this stands for) and the back end's client — with the
// real back end on a real MessageChannel (electron/backend) over a real SQLite folder. The back end's live messages go
// to the page's onLive listeners, as main.ts sends them to the windows.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { callNames } from '../shared/api/calls';
import type { LiveChange } from '../shared/api/live';
import { connectBackend } from '../electron/backend/testing';
import { handleIpc } from '../electron/security/guards';
import { APP_ORIGIN } from '../electron/security/origin';
import { root } from './harness';

const ORIGIN = 'http://handlingsrom.desktop';
const rendererDir = path.join(root, 'dist', 'renderer');
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

export interface DesktopPage {
  page: Page;
  problems: string[];
  close(): Promise<void>;
}

export async function openDesktopPage(browser: Browser, dataDir: string): Promise<DesktopPage> {
  const backend = connectBackend();
  const started = await backend.client.start({ dataDir });
  if (!started.ok) throw new Error(`the back end did not start: ${JSON.stringify(started.failure)}`);
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'nb-NO' });
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/$/, '/index.html');
    const file = path.normalize(path.join(rendererDir, rel));
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({ status: 200, contentType: MIME[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
  });
  await page.exposeFunction('__desktopIpc', (op: string, input: unknown) => handleIpc((name, p) => backend.client.call(name, p), op, `${APP_ORIGIN}/index.html`, input));
  const offLive = backend.client.onLive((change: LiveChange) => {
    void page.evaluate((c) => (window as unknown as { __desktopLive?: ((c: unknown) => void)[] }).__desktopLive?.forEach((l) => l(c)), change).catch(() => undefined);
  });
  await page.addInitScript((names: string[]) => {
    const w = window as unknown as { __desktopIpc(op: string, input: unknown): Promise<unknown>; __desktopLive: ((c: unknown) => void)[]; handlingsrom: unknown };
    w.__desktopLive = [];
    w.handlingsrom = {
      ops: Object.fromEntries(names.map((n) => [n, (input: unknown) => w.__desktopIpc(n, input)])),
      onCommand: () => () => undefined,
      onLive(listener: (c: unknown) => void) {
        w.__desktopLive.push(listener);
        return () => undefined;
      },
      shellCommand: () => Promise.resolve(),
    };
  }, [...callNames]);
  await page.goto(`${ORIGIN}/index.html`);
  return {
    page,
    problems,
    async close() {
      offLive();
      await page.close();
      await backend.client.shell({ kind: 'close' });
      backend.close();
    },
  };
}
