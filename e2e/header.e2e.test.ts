// The workspace header in its longest true states — edits held from an older version (Bruk på nytt, Forkast) and
// edits waiting for a stopped server (Prøv igjen) — at 1366×768 and 1440×900: every label on one line, the actions
// inside the window, the scenario's name cut (never wrapped) with its full text as its accessible name.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editElsewhere } from './elsewhere';
import { cellNumber, typeInto, waitSaved } from './grid';
import { launchBrowser, openPage, screenshot, startWebApp, type WebApp } from './harness';

let app: WebApp;
let browser: Browser;
let page: Page;
const SIZES = [
  [1366, 768],
  [1440, 900],
] as const;
const LONG_NAME = 'Drammen – HØP 2024–27 for P05, P07 og P08 (endret i et annet vindu)';

beforeAll(async () => {
  app = await startWebApp();
  browser = await launchBrowser();
  ({ page } = await openPage(browser, app.url));
  page.on('dialog', (d) => void d.accept());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (app) fs.rmSync(app.dataDir, { recursive: true, force: true });
});

/** The header's texts that wrap onto a second line, and whether its actions reach past the window's edge. */
function headerLayout() {
  return page.evaluate(() => {
    const lines = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
      return new Set(tops.map((t) => Math.round(t / 4))).size;
    };
    const head = document.querySelector('.ws-head')!;
    const parts = [...head.querySelectorAll('.unit-note, [data-testid="save-state"], .ws-actions button'), head.querySelector('h2')!];
    const actions = head.querySelector('.ws-actions')!.getBoundingClientRect();
    const title = head.querySelector('h2')!.getBoundingClientRect();
    return {
      wrapped: parts.filter((el) => lines(el) > 1).map((el) => el.textContent),
      pastEdge: actions.right > window.innerWidth + 0.5,
      overlap: title.right > actions.left,
    };
  });
}

async function expectOneLine(name: string) {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(100);
    const layout = await headerLayout();
    expect(layout.wrapped, `${name} at ${width}`).toEqual([]);
    expect(layout.pastEdge, `${name} at ${width}`).toBe(false);
    expect(layout.overlap, `${name} at ${width}`).toBe(false);
    await screenshot(page, `header-${name}-${width}`);
  }
}

describe('the workspace header on one line', () => {
  it('holds edits from an older version (the longest state) with a long scenario name', { timeout: 120_000 }, async () => {
    // No live stream, so the other window's edit is not seen before this page's own edit goes out.
    await page.route('**/api/live*', (route) => route.abort());
    await page.goto(app.url);
    await page.getByTestId('tab-rammer').click();
    await waitSaved(page);
    const key = 'p07.budsjettendringer';
    const before = await cellNumber(page, 'rammer', key, 2027);
    await editElsewhere(page, [{ op: 'set', path: ['name'], value: LONG_NAME }]);
    await typeInto(page, 'rammer', key, 2027, String(before + 100));
    await page.getByTestId('save-reapply').waitFor();
    await page.getByTestId('scenario-name').filter({ hasText: LONG_NAME }).waitFor();
    await expectOneLine('held');
    // Cut on screen, whole for a screen reader and on hover.
    const name = page.getByRole('heading', { name: LONG_NAME });
    expect(await name.count()).toBe(1);
    expect(await name.getAttribute('title')).toBe(LONG_NAME);
    await page.getByTestId('save-reapply').click();
    await waitSaved(page);
    await page.unroute('**/api/live*');
  });

  it('waits with five edits for a stopped server', { timeout: 120_000 }, async () => {
    await app.stop();
    for (const year of [2024, 2025, 2026, 2027]) {
      const before = await cellNumber(page, 'rammer', 'p08.budsjettendringer', year);
      await typeInto(page, 'rammer', 'p08.budsjettendringer', year, String(before + 1));
    }
    await typeInto(page, 'rammer', 'p07.budsjettendringer', 2024, '1');
    await page.getByTestId('save-state').filter({ hasText: 'Ikke lagret – 5 endringer venter' }).waitFor({ timeout: 15_000 });
    await page.getByTestId('save-retry').waitFor();
    await expectOneLine('waiting');
    // Its buttons keep their names.
    for (const name of ['Prøv igjen', 'Forklar', 'Historikk']) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    expect(await page.getByRole('button', { name: /Angre/ }).count()).toBe(1);
  });
});
