// KOSTRA end to end: the real UI in Chromium, the web mode and a real SQLite file. On the Drammen plan example the
// sample unit-cost file is imported through its preview; the theoretical savings potential shows per service and in
// total, as the consultant analysis computes it ((own − peer) × own volume); half of what the dearer services could
// save becomes a measure in P05, which lowers P05's frame by that amount, and undo takes it back.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellNumber, expectCell, waitSaved as waitSavedOn } from './grid';
import { root, screenshot, useE2eSession } from './harness';

const SAMPLE = path.join(root, 'shared/imports/samples/kostra-pleie-og-omsorg-2020.csv');
// (1 290 000 − 1 160 000) × 700 + (235 000 − 290 000) × 3 110 + (610 000 − 680 000) × 460 + (95 000 − 92 000) × 150 kr
const NET = (130_000 * 700 - 55_000 * 3110 - 70_000 * 460 + 3_000 * 150) / 1000;
const DEARER = (130_000 * 700 + 3_000 * 150) / 1000;

let page: Page;
let problems: string[];

const waitSaved = () => waitSavedOn(page);

describe('the KOSTRA view', () => {
  const session = useE2eSession({ openWorkspace: true });
  let ramme2025 = 0;
  beforeAll(() => {
    ({ page, problems } = session);
  });

  it('imports unit costs against a peer group through the preview and shows the savings potential', async () => {
    await page.getByTestId('toggle-explain').click();
    await page.getByTestId('tab-rammer').click();
    ramme2025 = await cellNumber(page, 'rammer', 'p05.ramme', 2025);
    await page.getByTestId('tab-kostra').click();
    await page.getByTestId('kostra-panel').waitFor();
    // No comparison yet: the panel says what to do, and no empty grid stands below it.
    expect(await page.getByTestId('grid-kostra').count()).toBe(0);
    await page.getByTestId('import-kostra-input').setInputFiles(SAMPLE);
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-lines').textContent()).toContain('KOSTRA-gruppe 12');
    await screenshot(page, 'kostra-import-preview');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached' });
    await waitSaved();
    expect(NET).toBe(-111_800);
    await expectCell(page, 'kostra', 'kostra.sum_potensial', 2025, NET);
    await expectCell(page, 'kostra', 'kostra.sum_potensial_dyrere', 2025, DEARER);
  });

  it('gives the grid the room when the services and the form are hidden, the totals still in view, at 1366×768 and 1440×900', async () => {
    const grid = page.getByTestId('grid-kostra');
    const rowsShown = () =>
      grid.evaluate((el) => {
        const body = el.getBoundingClientRect();
        // Each row once (the pinned label column and the years are separate row elements).
        const rows = new Map<string, DOMRect>();
        for (const r of el.querySelectorAll('.ag-row[row-index]')) rows.set(r.getAttribute('row-index')!, r.getBoundingClientRect());
        return [...rows.values()].filter((r) => r.height > 0 && r.top >= body.top - 1 && r.bottom <= Math.min(body.bottom, window.innerHeight) + 1).length;
      });
    for (const [width, height] of [[1366, 768], [1440, 900]]) {
      await page.setViewportSize({ width, height });
      await page.getByTestId('kostra-fold').click();
      expect(await page.getByTestId('kostra-fold').getAttribute('aria-expanded')).toBe('false');
      await page.waitForTimeout(300);
      // Every row of the four services and the two sums (26) in view, or as many as the window holds; the totals line above.
      expect(await rowsShown(), `${width}×${height}`).toBeGreaterThanOrEqual(height >= 900 ? 22 : 16);
      expect(await grid.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight + 1)).toBe(true);
      expect(await page.getByTestId('kostra-totals').isVisible()).toBe(true);
      expect(((await page.getByTestId('kostra-totals').textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ')).toMatch(/[−-]111 800/);
      await screenshot(page, `kostra-folded-${width}`);
      await page.getByTestId('kostra-fold').click();
      await page.getByTestId('kostra-measure').waitFor();
      await screenshot(page, `kostra-open-${width}`);
    }
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('turns half of the dearer services’ potential into a saving in P05, one undoable step', async () => {
    const form = page.getByTestId('kostra-measure');
    await form.getByTestId('kostra-measure-target').selectOption('dearer');
    await form.getByTestId('kostra-measure-share').fill('50');
    await form.getByTestId('kostra-measure-area').selectOption('p05');
    await form.getByTestId('kostra-measure-year').selectOption('2025');
    await form.getByTestId('kostra-measure-create').click();
    await waitSaved();
    await page.waitForTimeout(1500); // let the grid's change flash fade before the picture
    await screenshot(page, 'kostra');
    await page.getByTestId('tab-rammer').click();
    await expectCell(page, 'rammer', 'p05.ramme', 2025, ramme2025 - DEARER / 2);
    await page.getByTestId('undo').click();
    await waitSaved();
    await expectCell(page, 'rammer', 'p05.ramme', 2025, ramme2025);
    expect(problems).toEqual([]);
  });
});
