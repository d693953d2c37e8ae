// Starts the web mode on a fresh data folder and Debian's Chromium, as a user would use them.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const root = path.resolve(import.meta.dirname, '..');
export const screenshotDir = path.join(root, 'e2e', 'screenshots');

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface WebApp {
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Runs `scripts/web.ts` (the renderer must be built) and waits for its `URL: ` line. Give the data folder and
 *  port of a stopped app to restart it as it was (port 0: any free port); `env` adds variables (test hooks), `args`
 *  further options (`--no-open`), `checkout` another checkout's build to run (e2e/abRun.ts). */
export async function startWebApp(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-e2e-')), port = 0, env: Record<string, string> = {}, args: string[] = [], checkout = root): Promise<WebApp> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/web.ts', '--data', dataDir, '--port', String(port), ...args], {
    cwd: checkout,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web mode did not start:\n${out}\n${stderr}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^URL: (\S+)/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`web mode exited with ${code}:\n${out}\n${stderr}`)));
  });
  return {
    url,
    port: Number(new URL(url).port),
    dataDir,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** A page that fails the test on any console error or uncaught exception (a CSP violation shows up here too). */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'nb-NO' });
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(url);
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false });
}

export interface E2eSession {
  app: WebApp;
  browser: Browser;
  /** Set when the session was asked to open the workspace. */
  page: Page;
  /** Console errors and uncaught exceptions of `page`. */
  problems: string[];
}

/**
 * Starts the web mode on a fresh data folder and Chromium before the tests of a file, and stops both after.
 * With `openWorkspace`, it also opens a page and waits for the scenario the app opens first. The returned object
 * is filled in by the hooks, so read its fields inside tests.
 */
export function useE2eSession(opts: { openWorkspace?: boolean } = {}): E2eSession {
  const session = {} as E2eSession;
  beforeAll(async () => {
    session.app = await startWebApp();
    session.browser = await launchBrowser();
    if (opts.openWorkspace) {
      ({ page: session.page, problems: session.problems } = await openPage(session.browser, session.app.url));
      await session.page.getByTestId('workspace').waitFor();
    }
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.app?.stop();
    if (session.app) fs.rmSync(session.app.dataDir, { recursive: true, force: true });
  });
  return session;
}
