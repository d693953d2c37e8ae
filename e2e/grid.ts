// Reading and driving the line grids from a test, the way a user would: by line key and year.
import type { Locator, Page } from 'playwright-core';

/**
 * Scrolls the grid until the row of line `key` is rendered (AG Grid renders only the rows in view). A grid that has
 * just mounted may not have rendered its rows yet, and a scroll pass over a grid still filling finds nothing: so the
 * passes repeat until the row is there or `timeout` has passed.
 */
async function showRow(page: Page, gridId: string, key: string, timeout = 10_000) {
  const grid = page.getByTestId(`grid-${gridId}`);
  const row = grid.locator(`[row-id="${key}"]`).first();
  await grid.locator('.ag-row').first().waitFor({ timeout });
  const viewport = grid.locator('.ag-grid-viewport, .ag-body-viewport').first(); // AG Grid 36 names it ag-grid-viewport
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (let top = 0; top < 200_000; top += 300) {
      if ((await row.count()) > 0) return;
      const end = await viewport.evaluate((el, y) => {
        el.scrollTop = y;
        return el.scrollTop + el.clientHeight >= el.scrollHeight;
      }, top);
      await page.waitForTimeout(30);
      if (end) break;
    }
    if ((await row.count()) > 0) return;
    await page.waitForTimeout(100);
  }
}

/** The cell of line `key` in plan year `year` of the visible grid `gridId`. */
export async function yearCell(page: Page, gridId: string, key: string, year: number) {
  const grid = page.getByTestId(`grid-${gridId}`);
  await showRow(page, gridId, key);
  const colId = await grid.locator('.ag-header-cell').filter({ hasText: new RegExp(`^\\s*${year}\\s*$`) }).first().getAttribute('col-id');
  if (!colId) throw new Error(`no column for ${year}`);
  return grid.locator(`[row-id="${key}"] [col-id="${colId}"]`);
}

/** The number shown in a cell, read back from its nb-NO text ("−1 234" → -1234; blank → NaN). */
export async function cellNumber(page: Page, gridId: string, key: string, year: number): Promise<number> {
  const cell = await yearCell(page, gridId, key, year);
  const text = (await cell.textContent())?.trim() ?? '';
  if (text === '') return Number.NaN;
  return Number(text.replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-').replace(',', '.').replace('%', ''));
}

/** Click a cell and wait until the grid has selected it (what a paste goes to), clicking again if a late focus
 *  move of an edit before (Enter moves down) took the selection elsewhere. */
export async function selectCell(page: Page, gridId: string, key: string, year: number) {
  const selected = async (cell: Locator) => (await cell.getAttribute('class'))?.split(/\s+/).includes('cell-in-range') ?? false;
  for (let attempt = 0; attempt < 3; attempt++) {
    const cell = await yearCell(page, gridId, key, year);
    await cell.click();
    for (let waited = 0; waited < 2000 && !(await selected(cell)); waited += 50) await page.waitForTimeout(50);
    // Still selected a moment later: no focus move of an earlier edit pending.
    await page.waitForTimeout(50);
    if (await selected(cell)) return;
  }
  throw new Error(`${key} ${year}: not selected after three clicks`);
}

/** Wait until a cell shows the expected number. */
export async function expectCell(page: Page, gridId: string, key: string, year: number, expected: number, timeout = 5000) {
  const start = Date.now();
  let last = Number.NaN;
  while (Date.now() - start < timeout) {
    last = await cellNumber(page, gridId, key, year);
    if (Math.abs(last - expected) < 1e-6) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`${key} ${year}: expected ${expected}, found ${last}`);
}

/** Paste text into the grid as the clipboard would deliver it (a real paste event with text/plain). */
export async function pasteText(page: Page, gridId: string, text: string) {
  await page.getByTestId(`grid-${gridId}`).evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const target = document.activeElement && el.contains(document.activeElement) ? document.activeElement : el;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Type a number into a cell as a user does: double-click, type, Enter. */
export async function typeInto(page: Page, gridId: string, key: string, year: number, text: string) {
  const editor = page.locator('.ag-cell-inline-editing input');
  // A banner that appears between finding the cell and the double-click moves the grid: find it again.
  for (let attempt = 0; ; attempt++) {
    await (await yearCell(page, gridId, key, year)).dblclick();
    if (await editor.waitFor({ timeout: 5000 }).then(() => true, () => attempt >= 2)) break;
  }
  await editor.fill(text);
  await editor.press('Enter');
}

/** Wait until the workspace says every edit is saved ("Lagret" exactly: "Ikke lagret – …" says the opposite). */
export async function waitSaved(page: Page, timeout?: number) {
  await page.getByTestId('save-state').filter({ hasText: /^Lagret$/ }).waitFor({ timeout });
}

/** The row ids of a grid's drawn rows in their order on screen (each row is in the DOM once per pinned and
 *  scrolling part; pinned rows, whose index is not a number, are left out). */
export async function rowOrder(page: Page, testId: string): Promise<string[]> {
  return page
    .getByTestId(testId)
    .locator('.ag-row[row-id][row-index]')
    .evaluateAll((els) => {
      const at = new Map(els.filter((e) => /^\d+$/.test(e.getAttribute('row-index')!)).map((e) => [e.getAttribute('row-id'), Number(e.getAttribute('row-index'))]));
      return [...at.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id!);
    });
}

/** The programme areas' codes as Rammer lists them, in order (once the areas' editor, loaded when Rammer is first
 *  opened, is there). */
export async function areaCodes(page: Page): Promise<string[]> {
  await page.getByTestId('areas-table').waitFor();
  return page.getByTestId('areas-table').getByTestId('area-code').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}
