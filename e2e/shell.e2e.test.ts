import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, useE2eSession, type WebApp } from './harness';

const session = useE2eSession();
let app: WebApp;
let browser: Browser;
beforeAll(() => {
  ({ app, browser } = session);
});

describe('the app shell in the web mode', () => {
  it('shows the Norwegian sidebar and the app info from the real database', async () => {
    const { page, problems } = await openPage(browser, app.url);
    await page.getByRole('navigation', { name: 'Scenarioer' }).waitFor();
    expect(await page.getByTestId('new-scenario').textContent()).toContain('Nytt scenario');
    await page.getByTestId('app-info').waitFor();
    expect(await page.getByTestId('app-data-dir').textContent()).toBe(app.dataDir);
    const db = new Database(path.join(app.dataDir, 'handlingsrom.sqlite'), { readonly: true });
    const version = db.pragma('user_version', { simple: true });
    db.close();
    expect(await page.getByTestId('app-schema-version').textContent()).toBe(String(version));
    await screenshot(page, 'shell-nb');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches to English and remembers it across a reload', async () => {
    const { page, problems } = await openPage(browser, app.url);
    await page.getByTestId('language').selectOption('en');
    await page.getByRole('navigation', { name: 'Scenarios' }).waitFor();
    await page.reload();
    expect(await page.getByTestId('new-scenario').textContent()).toContain('New scenario');
    await screenshot(page, 'shell-en');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses API calls without the page token', async () => {
    const res = await fetch(new URL('api/app.info', app.url), { method: 'POST', body: '{}' });
    expect(res.status).toBe(403);
  });

  it('gives the page only to the printed address, and stays up after malformed requests', async () => {
    const bare = new URL('/', app.url);
    const anonymous = await fetch(bare);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain('handlingsrom-token');
    for (const target of ['/%', '/%zz', '/assets/%c0%af']) {
      const res = await fetch(bare.origin + target);
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
    expect(app.process.exitCode).toBeNull();
    const { page, problems } = await openPage(browser, app.url);
    // The key is gone from the address bar once the session cookie is set.
    expect(page.url()).toBe(bare.href);
    await page.getByTestId('new-scenario').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
