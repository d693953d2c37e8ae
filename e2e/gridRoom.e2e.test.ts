// The grid is the main thing: in a view with an editor (areas and items, assumptions, projects, population, accounts)
// the grid comes first and fills the visible height at 1366×768 and 1440×900, and the editor below it is one
// keyboard step away, under its name. At 1366×768 the area editor above the grid left the table about 200 px.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { yearCell } from './grid';
import { openPage, screenshot, useE2eSession } from './harness';

const session = useE2eSession();
let page: Page;

beforeAll(async () => {
  ({ page } = await openPage(session.browser, session.app.url));
  await page.getByTestId('workspace').waitFor();
});

/** The grid's box and how many of its rows are whole on screen (inside the grid and the window). */
const gridRoom = (view: string) =>
  page.getByTestId(`grid-${view}`).evaluate((g) => {
    const box = g.getBoundingClientRect();
    const bottom = Math.min(box.bottom, window.innerHeight);
    const whole = new Set(
      [...g.querySelectorAll('.ag-row')]
        .filter((r) => {
          const b = r.getBoundingClientRect();
          return b.height > 0 && b.top >= box.top && b.bottom <= bottom;
        })
        .map((r) => r.getAttribute('row-index')),
    );
    return { top: box.top, bottom: box.bottom, rows: whole.size };
  });

// The example's views and the rows each has at least (Demografi has four lines).
const VIEWS: [view: string, editor: string, minRows: number][] = [
  ['oversikt', 'scenario-charts', 12],
  ['rammer', 'areas-panel', 12],
  ['forutsetninger', 'assumptions-panel', 12],
  ['investeringer', 'investments-panel', 12],
  ['demografi', 'demography-panel', 4],
  ['regnskap', 'accounts-panel', 12],
];

describe('the grid gets the room in views with an editor', () => {
  for (const [width, height, extra] of [
    [1366, 768, 0],
    [1440, 900, 4],
  ]) {
    it(`at ${width}×${height}: the grid first, filling the window, the editor below it`, async () => {
      await page.setViewportSize({ width, height });
      for (const [view, editor, minRows] of VIEWS) {
        await page.getByTestId(`tab-${view}`).click();
        await page.getByTestId(`grid-${view}`).locator('.ag-row').first().waitFor();
        await expect.poll(async () => (await gridRoom(view)).rows, { message: view }).toBeGreaterThanOrEqual(minRows + (minRows > 4 ? extra : 0));
        const room = await gridRoom(view);
        // Whole on screen, its bottom (and horizontal scroller) too, and the editor after it.
        expect(room.bottom, view).toBeLessThanOrEqual(height);
        const editorTop = await page.getByTestId(editor).evaluate((el) => el.getBoundingClientRect().top);
        expect(editorTop, view).toBeGreaterThanOrEqual(room.bottom);
        // A short grid (Demografi without population) is as tall as its rows: its editor, what to do next, in view.
        if (minRows <= 4) expect(editorTop, view).toBeLessThan(height * 0.7);
        await screenshot(page, `grid-room-${view}-${width}`);
      }
    });
  }

  it('the line above the grid names the editor and takes the keyboard there; axe finds nothing serious', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('tab-rammer').click();
    await page.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();
    const jump = page.getByRole('button', { name: /Under tabellen: Programområder, poster og trykte totaler/ });
    await jump.focus();
    await page.keyboard.press('Enter');
    const region = page.getByRole('region', { name: 'Programområder, poster og trykte totaler' });
    await expect.poll(() => region.evaluate((el) => el === document.activeElement)).toBe(true);
    // The editor is in view, and Tab goes on into it.
    await expect.poll(() => page.getByTestId('area-new-code').evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    await screenshot(page, 'grid-room-rammer-editor-1366');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('another view opens at its first row, not where the last one was scrolled to', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('tab-oversikt').click();
    const viewport = (view: string) => page.getByTestId(`grid-${view}`).locator('.ag-grid-viewport').first();
    await page.getByTestId('grid-oversikt').locator('.ag-row').first().waitFor();
    await viewport('oversikt').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => viewport('oversikt').evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    await page.getByTestId('tab-rammer').click();
    await page.getByTestId('grid-rammer').locator('.ag-row[row-index="0"]').first().waitFor();
    expect(await viewport('rammer').evaluate((el) => el.scrollTop)).toBe(0);
  });

  it('a view opened again right after another shows each of its rows once', async () => {
    await page.getByTestId('tab-rammer').click();
    // The rows with year cells (the label column is pinned: each row is there twice, once with the label).
    const rows = page.getByTestId('grid-rammer').locator('.ag-row:has([col-id="y0"])');
    await rows.first().waitFor();
    const ids = () => rows.evaluateAll((els) => els.map((e) => e.getAttribute('row-id')));
    const shown = await ids();
    // Back within the time AG Grid's row animation kept a removed row in the page, fading out (0.4 s).
    await page.getByTestId('tab-forutsetninger').click();
    await page.getByTestId('grid-forutsetninger').locator('.ag-row').first().waitFor();
    await page.getByTestId('tab-rammer').click();
    await rows.first().waitFor();
    const again = await ids();
    expect(new Set(again).size).toBe(again.length);
    expect(again.sort()).toEqual(shown.sort());
  });

  it('another view opens with no cell selected: a selection there was by row, and would point at other lines', async () => {
    await (await yearCell(page, 'rammer', 'p05.opprinnelig_budsjett', 2025)).click();
    const grid = (view: string) => page.getByTestId(`grid-${view}`);
    await grid('rammer').locator('.cell-in-range').first().waitFor();
    await page.getByTestId('tab-forutsetninger').click();
    await grid('forutsetninger').locator('.ag-row').first().waitFor();
    expect(await grid('forutsetninger').locator('.cell-in-range').count()).toBe(0);
  });
});
