// A new finance officer reads what a line computes: the formula bar and Forklar in words they know (an area's name,
// "innsparing", each measure's title), the formula as written in the language on demand and still valid; and the
// labels of Oversikt and Rammer whole at 1366×768 and 1440×900 beside Forklar (a long one on two lines).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { yearCell } from './grid';
import { openPage, screenshot, useE2eSession } from './harness';

const session = useE2eSession();
let page: Page;

beforeAll(async () => {
  ({ page } = await openPage(session.browser, session.app.url));
  await page.evaluate(() => localStorage.removeItem('handlingsrom.explainCode'));
  await page.getByTestId('workspace').waitFor();
});

const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** Runs `check` at 1366×768 and at 1440×900. */
async function atBothSizes(check: (width: number) => Promise<void>) {
  for (const [width, height] of [
    [1366, 768],
    [1440, 900],
  ]) {
    await page.setViewportSize({ width, height });
    await check(width);
  }
}

describe("a generated line's formula in words", () => {
  it("the formula bar says what the area's measures line adds up, with the formula as written beside it", async () => {
    await atBothSizes(async (width) => {
      await page.getByTestId('tab-rammer').click();
      await (await yearCell(page, 'rammer', 'p05.tiltak', 2025)).click();
      const tag = page.getByTestId('formula-bar').getByTestId('formula-tag');
      await tag.waitFor();
      expect(plain(await tag.locator('.formula-ref-label').textContent())).toBe('sum av P05 Mennesker med nedsatt funksjonsevne · innsparing (2 linjer)');
      // Which lines: the measures by their titles, on hover.
      expect(await tag.getAttribute('title')).toContain('Egen avlastningskapasitet i stedet for kjøp fra private: innsparing');
      // The formula as one may type it, unchanged and valid.
      expect(await page.getByTestId('formula-input').inputValue()).toBe('-sumtag("p05.innsparing")');
      expect(await page.getByTestId('formula-input').getAttribute('aria-invalid')).toBe('false');
      await screenshot(page, `officer-formula-words-${width}`);
    });
  });

  it('Forklar reads in names and numbers; keys and formulas on demand', async () => {
    const panel = page.getByTestId('explain-panel');
    await expect.poll(async () => plain(await panel.textContent())).toContain('sum av P05 Mennesker med nedsatt funksjonsevne · innsparing (2 linjer)');
    expect(await panel.locator('.explain-key, .explain-formula').count()).toBe(0);
    expect(plain(await panel.textContent())).not.toContain('sumtag');
    await page.getByTestId('explain-show-code').click();
    expect(await page.getByTestId('explain-show-code').getAttribute('aria-pressed')).toBe('true');
    expect(plain(await panel.locator('.explain-formula').first().textContent())).toBe('= -sumtag("p05.innsparing")');
    await screenshot(page, 'officer-forklar-formulas-1440');
    // Remembered over a reload.
    await page.reload();
    await page.getByTestId('workspace').waitFor();
    expect(await page.getByTestId('explain-show-code').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('explain-show-code').click();
  });
});

/** The labels of a grid's rows that do not show whole (more than two lines, or wider than the column), over all
 *  its rows: the grid renders only the rows in view, so it is scrolled through. */
async function cutLabels(gridId: string, cells = '.label-cell'): Promise<string[]> {
  const grid = page.getByTestId(gridId.includes('-') ? gridId : `grid-${gridId}`);
  await grid.locator('.ag-row').first().waitFor();
  const viewport = grid.locator('.ag-grid-viewport, .ag-body-viewport').first();
  const cut = new Set<string>();
  for (let top = 0; ; top += 200) {
    const end = await viewport.evaluate((el, y) => {
      el.scrollTop = y;
      return el.scrollTop + el.clientHeight >= el.scrollHeight;
    }, top);
    await page.waitForTimeout(50);
    const here = await grid
      .locator(cells)
      .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 0.5 || e.scrollHeight > e.clientHeight + 3).map((e) => e.textContent ?? ''));
    here.forEach((l) => cut.add(l));
    if (end) break;
  }
  await viewport.evaluate((el) => (el.scrollTop = 0));
  return [...cut];
}

describe('labels that show whole', () => {
  it('Oversikt and Rammer at 1366×768 and 1440×900 with Forklar open: no label cut short', async () => {
    await atBothSizes(async (width) => {
      for (const view of ['oversikt', 'rammer']) {
        await page.getByTestId(`tab-${view}`).click();
        expect(await page.getByTestId('explain-panel').isVisible()).toBe(true);
        expect(await cutLabels(view), `${view} at ${width}`).toEqual([]);
      }
      await page.getByTestId('tab-oversikt').click();
      await page.waitForTimeout(200);
      await screenshot(page, `officer-oversikt-labels-${width}`);
    });
  });

  it('Tiltak at 1366×768 and 1440×900 with Forklar open: no measure name cut short', async () => {
    await atBothSizes(async (width) => {
      await page.getByTestId('tab-tiltak').click();
      expect(await page.getByTestId('explain-panel').isVisible()).toBe(true);
      expect(await cutLabels('measures-grid', '.measure-name'), `tiltak at ${width}`).toEqual([]);
      await screenshot(page, `officer-tiltak-names-${width}`);
    });
  });
});

describe('the keyboard', () => {
  it('Historikk opens from the keyboard, Escape closes it and the focus goes back to its button', async () => {
    await page.getByTestId('open-history').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('history-dialog').waitFor();
    await screenshot(page, 'officer-historikk');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('history-dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-history');
  });
});
