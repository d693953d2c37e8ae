// Nothing lost while the store is away: the web server is stopped, edits are made, the header says they are not
// saved; the server is restarted on the same data folder and port, and the page — as it is, and after a reload —
// sends them; after another restart every edit is there. And an edit the store refuses rolls back with a message.
// A server killed after it saved an edit and before it answered (a test hook in scripts/web.ts): the edit is
// recognised as saved when the page sends it again, in the page and after a reload, never applied twice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editElsewhere } from './elsewhere';
import { cellNumber, expectCell, typeInto, waitSaved } from './grid';
import { launchBrowser, openPage, screenshot, startWebApp, type WebApp } from './harness';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-e2e-saving-'));
let app: WebApp;
let browser: Browser;
let page: Page;
let problems: string[];
const saveState = () => page.getByTestId('save-state');
const DIE_AFTER_ONE_EDIT = { HANDLINGSROM_TEST_DIE_AFTER_EDITS: '1' };

/** The number of steps in the history of the first scenario, read from the store through the page. */
async function historyLength(p: Page): Promise<number> {
  return p.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name=handlingsrom-token]')!.content;
    const post = async (op: string, body: unknown) =>
      (await (await fetch(`./api/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Handlingsrom-Token': token }, body: JSON.stringify(body) })).json()) as {
        value: { id: string }[];
      };
    const list = await post('scenario.list', {});
    return (await post('scenario.history', { id: list.value[0].id })).value.length;
  });
}

async function died(a: WebApp): Promise<void> {
  if (a.process.exitCode === null && a.process.signalCode === null) await new Promise((resolve) => a.process.once('exit', resolve));
}

/** Five edits of budget changes, each checked in its dependent total on screen (recomputed with no server). */
const CELLS: [string, number][] = [
  ['p07', 2024],
  ['p07', 2025],
  ['p07', 2026],
  ['p08', 2025],
  ['p08', 2026],
];

async function editFive(step: number): Promise<Map<string, number>> {
  const expected = new Map<string, number>();
  for (const [area, year] of CELLS) {
    const key = `${area}.budsjettendringer`;
    const before = await cellNumber(page, 'rammer', key, year);
    const total = await cellNumber(page, 'rammer', `${area}.konsekvensjustert_ramme`, year);
    await typeInto(page, 'rammer', key, year, String(before + step));
    await expectCell(page, 'rammer', `${area}.konsekvensjustert_ramme`, year, total + step);
    expected.set(`${key}|${year}`, before + step);
  }
  return expected;
}

async function openRammer(p: Page) {
  // A page that never shows the workspace says what it shows instead.
  await p
    .getByTestId('workspace')
    .waitFor()
    .catch(async (e: unknown) => {
      const shown = await p.locator('body').innerText().catch(() => '(no page)');
      throw new Error(`${String(e)}\nThe page showed: ${shown.slice(0, 600)}`);
    });
  await p.getByTestId('tab-rammer').click();
  await p.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();
}

beforeAll(async () => {
  app = await startWebApp(dataDir);
  browser = await launchBrowser();
  ({ page, problems } = await openPage(browser, app.url));
  // Leaving with unsaved edits asks first; the test answers "leave".
  page.on('dialog', (d) => void d.accept());
  await openRammer(page);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('saving while the server comes and goes', () => {
  const all = new Map<string, number>();

  it('keeps 5 edits while the server is stopped and sends them when it is back on the same port', { timeout: 240_000 }, async () => {
    await app.stop();
    for (const [k, v] of await editFive(3)) all.set(k, v);
    await saveState().filter({ hasText: 'Ikke lagret – 5 endringer venter' }).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('save-retry').isVisible()).toBe(true);
    await screenshot(page, 'saving-offline');

    app = await startWebApp(dataDir, app.port);
    // The page tries again by itself (at most 8 s apart); the button does it at once.
    await waitSaved(page, 30_000);
    expect(await page.getByTestId('save-retry').count()).toBe(0);
  });

  it('keeps edits over a reload of the page while the server is stopped, and sends them after', { timeout: 240_000 }, async () => {
    await app.stop();
    for (const [k, v] of await editFive(5)) all.set(k, v);
    await saveState().filter({ hasText: 'Ikke lagret – 5 endringer venter' }).waitFor({ timeout: 15_000 });
    // Closing or reloading warns first (answered "leave" above); with the server gone the reload shows an error page.
    const warned = new Promise<string>((resolve) => page.once('dialog', (d) => resolve(d.type())));
    await page.reload().catch(() => undefined);
    expect(await warned).toBe('beforeunload');

    app = await startWebApp(dataDir, app.port);
    // The same address without the login key: the session survives a restart on the same folder and port.
    await page.goto(new URL('/', app.url).href);
    await openRammer(page);
    await page.getByTestId('message').filter({ hasText: 'hentet fram igjen' }).waitFor();
    await waitSaved(page, 30_000);
    for (const [k, v] of all) {
      const [key, year] = k.split('|');
      await expectCell(page, 'rammer', key, Number(year), v);
    }
  });

  it('has all the edits after another restart, read from the store by a new browser', { timeout: 240_000 }, async () => {
    await app.stop();
    app = await startWebApp(dataDir, app.port);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nb-NO' });
    const fresh = await context.newPage();
    await fresh.goto(app.url);
    await openRammer(fresh);
    for (const [k, v] of all) {
      const [key, year] = k.split('|');
      await expectCell(fresh, 'rammer', key, Number(year), v);
    }
    const history = await historyLength(fresh);
    // Ten edits, each one step in the history (plus the scenario's creation).
    expect(history).toBeGreaterThanOrEqual(10);
    await screenshot(fresh, 'saving-after-restart');
    await context.close();
  });

  it('rolls back an edit the store refuses, says why, and offers to apply it again', { timeout: 120_000 }, async () => {
    // The other writer is one the live stream does not tell about (the command line writes to the database itself):
    // the page gets no stream here.
    await page.route('**/api/live*', (route) => route.abort());
    await page.goto(app.url);
    await openRammer(page);
    await waitSaved(page);
    const key = 'p07.budsjettendringer';
    const before = await cellNumber(page, 'rammer', key, 2027);
    // Another writer (another window, the command line) edits the scenario first.
    await editElsewhere(page, [{ op: 'set', path: ['name'], value: 'Endret et annet sted' }]);
    await typeInto(page, 'rammer', key, 2027, String(before + 100));
    await page.getByTestId('message').filter({ hasText: 'endret et annet sted' }).waitFor();
    await expectCell(page, 'rammer', key, 2027, before);
    await page.getByTestId('scenario-name').filter({ hasText: 'Endret et annet sted' }).waitFor();
    await saveState().filter({ hasText: 'Ikke lagret – 1 endring fra en eldre versjon' }).waitFor();
    await screenshot(page, 'saving-refused');
    await page.getByTestId('save-reapply').click();
    await expectCell(page, 'rammer', key, 2027, before + 100);
    await waitSaved(page);
    await page.unroute('**/api/live*');
    expect(problems.filter((p) => !/ERR_CONNECTION_REFUSED|ERR_FAILED|Failed to load resource/.test(p))).toEqual([]);
  });

  it('reports an edit saved by a server killed before it answered as saved, and applies it once', { timeout: 240_000 }, async () => {
    const key = 'p08.budsjettendringer';
    await app.stop();
    app = await startWebApp(dataDir, app.port, DIE_AFTER_ONE_EDIT);
    await page.goto(app.url);
    await openRammer(page);
    await waitSaved(page);
    const steps = await historyLength(page);
    const before = await cellNumber(page, 'rammer', key, 2027);

    // In the page: the first edit is saved, the server dies before answering; a second edit waits.
    await typeInto(page, 'rammer', key, 2027, String(before + 7));
    await died(app);
    await typeInto(page, 'rammer', key, 2026, String((await cellNumber(page, 'rammer', key, 2026)) + 1));
    await saveState().filter({ hasText: 'Ikke lagret – 2 endringer venter' }).waitFor({ timeout: 15_000 });
    app = await startWebApp(dataDir, app.port);
    await page.getByTestId('save-retry').click();
    await waitSaved(page, 30_000);
    expect(await page.getByTestId('save-reapply').count()).toBe(0);
    expect(await historyLength(page)).toBe(steps + 2);

    // Over a reload: saved, killed before the answer, the page reloaded once the server is back.
    await app.stop();
    app = await startWebApp(dataDir, app.port, DIE_AFTER_ONE_EDIT);
    await page.goto(app.url);
    await openRammer(page);
    await waitSaved(page);
    await typeInto(page, 'rammer', key, 2027, String(before + 9));
    await died(app);
    await saveState().filter({ hasText: 'Ikke lagret – 1 endring venter' }).waitFor({ timeout: 15_000 });
    // The page left before the server is back: else its own retry may find the edit saved before the reload (then
    // rightly nothing is left to report after it), as a slow start of the server let it once.
    await page.goto('about:blank');
    app = await startWebApp(dataDir, app.port);
    await page.goto(new URL('/', app.url).href);
    await openRammer(page);
    // Polled as text, so that a failure shows what the page said instead.
    await expect
      .poll(async () => (await page.getByTestId('message').allTextContents()).join(' | '), { timeout: 30_000 })
      .toContain('1 endring som ventet på svar, var allerede lagret');
    await waitSaved(page, 30_000);
    expect(await page.getByTestId('save-reapply').count()).toBe(0);
    await expectCell(page, 'rammer', key, 2027, before + 9);
    expect(await historyLength(page)).toBe(steps + 3);
    await screenshot(page, 'saving-answer-lost');
  });
});
