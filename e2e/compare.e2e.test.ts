// Sammenlign end to end: the real UI in Chromium, the web mode and a real SQLite file. The plan example is
// duplicated, the copy edited through the UI (two measures switched off, the interest rate on new loans raised),
// and the comparison must name exactly those edits, show them line by line, draw its charts and print to PDF.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { yearCell, waitSaved as waitSavedOn } from './grid';
import { screenshot, screenshotDir, useE2eSession } from './harness';

const EXAMPLE_FIRST_YEAR = 2023;
const SWITCHED_OFF = ['p05_egen_avlastning', 'p08_vta'];

let page: Page;
let problems: string[];

const waitSaved = () => waitSavedOn(page);

/** The text of a cell of the comparison grid: line `key`, scenario column `col` (v0, v1, d1, p1), plan year. */
async function compareCell(key: string, col: string, year: number): Promise<string> {
  const cell = page.getByTestId('compare-grid').locator(`[row-id="${key}"] [col-id="${col}_${year - EXAMPLE_FIRST_YEAR}"]`);
  return ((await cell.textContent()) ?? '').replace(/\u00a0/g, ' ').trim();
}

describe('comparing a scenario with its edited copy', () => {
  const session = useE2eSession({ openWorkspace: true });
  beforeAll(() => {
    ({ page, problems } = session);
  });

  it('duplicates the plan example and edits the copy through the UI', async () => {
    const baseName = ((await page.getByTestId('scenario-name').textContent()) ?? '').trim();
    expect(baseName).toContain('HØP 2024');
    await page.getByTestId('duplicate').click();
    await page.getByTestId('scenario-name').filter({ hasText: `Kopi av ${baseName}` }).waitFor();

    // Two measures off, in the measures grid.
    await page.getByTestId('tab-tiltak').click();
    await page.getByTestId('measures-grid').locator('.ag-row').first().waitFor();
    for (const id of SWITCHED_OFF) {
      const box = page.getByTestId('measures-grid').locator(`[row-id="${id}"] [col-id="included"] input[type="checkbox"]`);
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(false);
      await waitSaved();
    }

    // The interest rate on new loans from 4 % to 5 % in every plan year, typed into Forutsetninger.
    await page.getByTestId('tab-forutsetninger').click();
    await page.getByTestId('grid-forutsetninger').locator('.ag-row').first().waitFor();
    for (let year = EXAMPLE_FIRST_YEAR; year < EXAMPLE_FIRST_YEAR + 5; year++) {
      const cell = await yearCell(page, 'forutsetninger', 'plan.rente_nye_lan', year);
      await cell.dblclick();
      const editor = page.locator('.ag-cell-inline-editing input');
      await editor.fill('5');
      await editor.press('Enter');
      await expect.poll(async () => ((await cell.textContent()) ?? '').replace(/\u00a0/g, ' ')).toMatch(/^5,0+ %$/);
    }
    await waitSaved();
  });

  it('compares the two and names exactly those edits', async () => {
    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare-view').waitFor();
    const picks = page.getByTestId('compare-pick');
    await picks.first().waitFor();
    const names = await picks.evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
    const base = names.findIndex((n) => !n.startsWith('Kopi av'));
    const copy = names.findIndex((n) => n.startsWith('Kopi av'));
    expect(base).toBeGreaterThanOrEqual(0);
    expect(copy).toBeGreaterThanOrEqual(0);
    await picks.nth(base).check();
    await picks.nth(copy).check();
    await page.getByTestId('compare-grid').locator('.ag-row').first().waitFor();

    const changes = (await page.getByTestId('change-item').allTextContents()).map((s) => s.replace(/\u00a0/g, ' '));
    expect(changes).toEqual([
      'Tiltaket «Egen avlastningskapasitet i stedet for kjøp fra private» er slått av',
      'Tiltaket «Kommunal medfinansiering av flere VTA-plasser» er slått av',
      'Rente på nye lån: 2023: 4,00 % → 5,00 %; 2024: 4,00 % → 5,00 %; 2025: 4,00 % → 5,00 %; 2026: 4,00 % → 5,00 %; 2027: 4,00 % → 5,00 %',
    ]);
    expect(await page.getByTestId('change-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual([
      'tiltak.p05_egen_avlastning.innsparing',
      'tiltak.p08_vta.innsparing',
      'plan.rente_nye_lan',
    ]);
    await screenshot(page, 'compare-changes');
    // Who changed what: on the laptop no one is recorded, so each change says when its step was made.
    await page.getByTestId('compare-show-authors').check();
    await expect.poll(() => page.getByTestId('change-author').count()).toBe(3);
    for (const text of await page.getByTestId('change-author').allTextContents()) expect(text.replace(/\u00a0/g, ' ')).toMatch(/^ – \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    await page.getByTestId('compare-show-authors').uncheck();
    expect(await page.getByTestId('change-author').count()).toBe(0);
  });

  it('shows the differences line by line, and only those with "Bare forskjeller"', async () => {
    await page.getByTestId('only-diffs').check();
    const grid = page.getByTestId('compare-grid');
    // Rows the grid has drawn (it draws those in view; a filtered view of the frames fits).
    const keys = async () => [...new Set(await grid.locator('.ag-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('row-id') ?? '')))];
    await page.getByTestId('compare-view-filter').selectOption('rammer');
    await expect.poll(async () => (await keys()).filter((k) => !k.startsWith('__group.')).sort()).toEqual([
      'p05.nye_tiltak',
      'p05.ramme',
      'p05.tiltak',
      'p08.nye_tiltak',
      'p08.ramme',
      'p08.tiltak',
    ]);
    await page.getByTestId('compare-view-filter').selectOption('');
    const count = ((await page.getByTestId('compare-count').textContent()) ?? '').match(/^(\d+) av (\d+) linjer, (\d+) med forskjeller$/);
    expect(count).not.toBeNull();
    expect(Number(count![1])).toBe(Number(count![3]));
    expect(Number(count![1])).toBeLessThan(Number(count![2]));
    // Higher interest weighs on the net operating result from the year after the first new loans (2024).
    expect(await compareCell('resultat.netto_driftsresultat', 'd1', 2024)).toBe('0');
    expect(await compareCell('resultat.netto_driftsresultat', 'd1', 2026)).toMatch(/^−\d/);
    // The switched-off saving of 8 000 (full year from 2026) and the rate, against the base.
    await page.getByTestId('change-item').nth(0).click();
    await expect.poll(() => compareCell('tiltak.p05_egen_avlastning.innsparing', 'v0', 2026)).toBe('8 000');
    expect(await compareCell('tiltak.p05_egen_avlastning.innsparing', 'v1', 2026)).toBe('0');
    expect(await compareCell('tiltak.p05_egen_avlastning.innsparing', 'd1', 2026)).toBe('−8 000');
    await page.getByTestId('change-item').nth(2).click();
    const rate = grid.locator('[row-id="plan.rente_nye_lan"]').first();
    await expect.poll(() => rate.getAttribute('class')).toContain('row-highlight');
    expect(await compareCell('plan.rente_nye_lan', 'v0', 2025)).toBe('4,00 %');
    expect(await compareCell('plan.rente_nye_lan', 'v1', 2025)).toBe('5,00 %');
    expect(await compareCell('plan.rente_nye_lan', 'd1', 2025)).toBe('+1,00 pp');
    await page.getByTestId('compare-grid').scrollIntoViewIfNeeded();
    await screenshot(page, 'compare-grid');
  });

  it('draws the three charts for both scenarios', async () => {
    for (const id of ['chart-result', 'chart-fund', 'chart-savings']) {
      const canvas = page.getByTestId(id).locator('canvas').first();
      await canvas.waitFor();
      const box = await canvas.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(150);
    }
    await page.getByTestId('compare-charts').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.getByTestId('compare-charts').screenshot({ path: path.join(screenshotDir, 'compare-charts.png') });
  });

  it('exports what the grid shows as a CSV for Excel', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export-csv').click()]);
    const file = await download.path();
    const csv = fs.readFileSync(file!, 'utf8');
    expect(csv.startsWith('\uFEFFVisning;Linje;Nøkkel;Enhet;2023 ')).toBe(true);
    // "Bare forskjeller" is on: the rate is there, a frame no edit touched is not.
    expect(csv).toMatch(/\r\nForutsetninger;Rente på nye lån;plan\.rente_nye_lan;andel;0,04;0,05;0,01;;/);
    expect(csv).not.toContain(';p07.ramme;');
  });

  it('reads in English, with no text left untranslated', async () => {
    await page.getByTestId('language').selectOption('en');
    await expect.poll(async () => page.getByTestId('change-item').first().textContent()).toBe('Measure “Egen avlastningskapasitet i stedet for kjøp fra private” was switched off');
    expect(await page.getByTestId('compare-view').innerText()).not.toMatch(/\bcompare\.[a-z]/);
    await page.getByTestId('language').selectOption('nb');
    await page.getByTestId('change-item').first().filter({ hasText: 'er slått av' }).waitFor();
  });

  it('keeps a long change list in its own scrolling box at 1366×768, its last change still within reach', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('new-from-example-balanse-2021').click();
    await page.getByTestId('scenario-name').filter({ hasText: /Balanse 2021/ }).waitFor();
    await page.getByTestId('open-compare').click();
    const picks = page.getByTestId('compare-pick');
    await picks.first().waitFor();
    for (const box of await picks.all()) await box.uncheck();
    const names = await picks.evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
    await picks.nth(names.findIndex((n) => n.startsWith('Drammen'))).check();
    await picks.nth(names.findIndex((n) => n.includes('Balanse 2021'))).check();
    await page.getByTestId('compare-grid').locator('.ag-row').first().waitFor();
    const items = page.getByTestId('change-item');
    expect(await items.count()).toBeGreaterThan(15);
    const list = page.getByTestId('change-list').locator('ol');
    const box = (await list.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(768 * 0.3);
    expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    // The last change is still reachable: a click scrolls it into view and goes to its line.
    await items.last().scrollIntoViewIfNeeded();
    expect(await items.last().isVisible()).toBe(true);
    await screenshot(page, 'compare-long-list-1366');
    expect(problems).toEqual([]);
  });

  it('prints the comparison to a PDF with its tables and statutory overviews', async () => {
    await page.getByTestId('toggle-statutory').click();
    await page.getByTestId('statutory-drift').first().waitFor();
    // The plan's 2023 has no frames: a dash with the reason, not a row of zeros (issue 16, zeros that are not data).
    const areas = page.getByTestId('statutory-driftAreas').first();
    const firstFrame = areas.locator('tbody tr').first().locator('td').nth(2);
    expect(await firstFrame.textContent()).toBe('–');
    expect(await firstFrame.getAttribute('title')).toMatch(/ingen tall for dette året/);
    expect(await areas.locator('tfoot').innerText()).toMatch(/– Scenarioet har ingen tall for dette året/);
    expect(((await areas.locator('tbody tr').first().locator('td').nth(3).textContent()) ?? '').replace(/\s/g, '')).toMatch(/^\d{6}$/);
    // The line tables hold every cell of every row shown: made when the page prints, not before.
    expect(await page.getByTestId('print-tables').locator('table').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    await page.getByTestId('print-tables').locator('table.report-table').first().waitFor({ state: 'attached' });
    await page.setViewportSize({ width: 1047, height: 740 });
    await page.waitForTimeout(500);
    await screenshot(page, 'compare-print');
    // page.pdf() lays out with the emulated media, as the print dialog does with print styles.
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    fs.writeFileSync(path.join(screenshotDir, 'compare.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    // The changes and the charts, the line table, the statutory overviews of both scenarios: several pages.
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  });
});
