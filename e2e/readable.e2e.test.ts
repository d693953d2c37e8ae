// The workspace as a finance officer reads it: whole columns, values by their unit, Forklar on the selected
// cell, no flashing where nothing changed, spreadsheet keys, and no serious accessibility violations.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishTexts, seriousViolations } from './a11y';
import { typeInto, waitSaved, yearCell } from './grid';
import { openPage, screenshot, useE2eSession } from './harness';

const session = useE2eSession();
let page: Page;
const VIEWS = ['oversikt', 'rammer', 'tiltak', 'demografi', 'forutsetninger', 'investeringer', 'regnskap', 'kostra', 'analyse'];

beforeAll(async () => {
  ({ page } = await openPage(session.browser, session.app.url));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('workspace').waitFor();
});

async function openView(view: string) {
  await page.getByTestId(`tab-${view}`).click();
  await page.getByTestId(`grid-${view}`).locator('.ag-row').first().waitFor();
}

/** Text as a test compares it: the non-breaking and narrow blanks of nb-NO as plain spaces. */
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** Whether an element's text, or a part of it, is cut short (ends in … or is clipped). */
const CUT = (el: Element) =>
  [el, ...el.querySelectorAll('*')].some(
    (e) => [...e.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '') && e.scrollWidth > e.clientWidth + 0.5,
  );

/** Which row index and column the keyboard focus is on. */
const focusedCell = () =>
  page.evaluate(`(() => {
    const c = document.activeElement && document.activeElement.closest('.ag-cell');
    return c ? c.closest('.ag-row').getAttribute('row-index') + ':' + c.getAttribute('col-id') : null;
  })()`);

/** In each change list: how many items wrap, and those whose later lines do not start where their first line's
 *  text starts, or whose text does not start where the list's other items' text does. */
function wrappedChanges(root: Element): { wrapped: number; misaligned: string[] } {
  let wrapped = 0;
  const misaligned: string[] = [];
  for (const list of root.querySelectorAll('ol')) {
    const starts: number[] = [];
    for (const item of list.querySelectorAll('[data-testid="change-item"]')) {
      const range = document.createRange();
      range.selectNodeContents(item);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const tops = [...new Set(rects.map((r) => Math.round(r.top)))].sort((a, b) => a - b);
      const left = (top: number) => Math.min(...rects.filter((r) => Math.round(r.top) === top).map((r) => r.left));
      starts.push(left(tops[0]));
      if (tops.length < 2) continue;
      wrapped++;
      if (tops.slice(1).some((top) => Math.abs(left(top) - left(tops[0])) > 1)) misaligned.push(item.textContent ?? '');
    }
    if (starts.some((x) => Math.abs(x - starts[0]) > 1)) misaligned.push(`${list.closest('section')?.querySelector('h4')?.textContent}: ${starts.join(' ')}`);
  }
  return { wrapped, misaligned };
}

describe('the workspace as a finance officer reads it', () => {
  it('says what to do next on a new store, until the user hides the line', async () => {
    const hint = page.getByTestId('first-steps');
    await hint.waitFor();
    expect(plain(await hint.textContent())).toContain('Et eksempel er åpnet: «Drammen');
    await screenshot(page, 'readable-first-start');
    await hint.getByRole('button').click();
    await expect.poll(() => hint.count()).toBe(0);
    await page.reload();
    await page.getByTestId('workspace').waitFor();
    await page.getByTestId('grid-oversikt').locator('.ag-row').first().waitFor();
    expect(await hint.count()).toBe(0);
  });

  it('shows five whole year columns beside Forklar at 1366×768 and at 1440×900', async () => {
    for (const [width, height] of [[1366, 768], [1440, 900]]) {
      await page.setViewportSize({ width, height });
      await openView('rammer');
      await page.waitForTimeout(200);
      const cell = await yearCell(page, 'rammer', 'p05.opprinnelig_budsjett', 2027);
      const grid = page.getByTestId('grid-rammer');
      const right = await grid.locator('.ag-body-vertical-scroll').evaluate((el) => el.getBoundingClientRect().left);
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(right + 0.5);
      // The text is not clipped inside its cell either.
      expect(await cell.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await expect.poll(() => page.getByTestId('explain-panel').isVisible()).toBe(true);
      await screenshot(page, `readable-rammer-${width}`);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('Tiltak at 1366×768: the key columns whole without scrolling sideways, Forklar open and closed; input cells yellow as in every grid', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('tab-tiltak').click();
    const grid = page.getByTestId('measures-grid');
    await grid.locator('.ag-row').first().waitFor();
    const KEY = ['included', 'name', 'areaId', 'status', 'fullYear', 'startYear', 'startMonth', 'fte'];
    for (const explain of [false, true]) {
      if ((await page.getByTestId('explain-panel').isVisible()) !== explain) await page.getByTestId('toggle-explain').click();
      await expect.poll(() => page.getByTestId('explain-panel').isVisible()).toBe(explain);
      await page.waitForTimeout(200);
      // The grid's own right edge (inside its vertical scroller) and the window's.
      const edge = await grid.evaluate((el) => {
        const body = el.querySelector('.ag-body-viewport, .ag-grid-viewport')!.getBoundingClientRect();
        const scroller = el.querySelector('.ag-body-vertical-scroll')!.getBoundingClientRect();
        return Math.min(body.right, scroller.width > 0 ? scroller.left : body.right, window.innerWidth);
      });
      for (const col of KEY) {
        const header = grid.locator(`.ag-header-cell[col-id="${col}"]`);
        const box = (await header.boundingBox())!;
        expect(box.x + box.width, `${col} with Forklar ${explain ? 'open' : 'closed'}`).toBeLessThanOrEqual(edge + 0.5);
        // The header's text whole, and every cell's but the names' (a long name wraps to two lines, with a tooltip).
        expect(await header.evaluate(CUT), `header ${col}`).toBe(false);
        if (col !== 'name') expect((await Promise.all((await grid.locator(`.ag-row [col-id="${col}"]`).all()).map((c) => c.evaluate(CUT)))).filter(Boolean).length, col).toBe(0);
      }
      await screenshot(page, `readable-tiltak-forklar-${explain ? 'open' : 'closed'}-1366`);
    }
    // Input cells yellow as in Rammer.
    const yellow = await grid.locator('[row-id] [col-id="fullYear"].cell-input').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    await openView('rammer');
    const rammerYellow = await (await yearCell(page, 'rammer', 'p05.opprinnelig_budsjett', 2025)).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(yellow).toBe(rammerYellow);
    expect(yellow).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('shows a frame blank, not 0, in a year the area has no figures', async () => {
    await openView('rammer');
    for (const key of ['p05.konsekvensjustert_ramme', 'p05.nye_tiltak', 'p05.ramme']) {
      expect(((await (await yearCell(page, 'rammer', key, 2023)).textContent()) ?? '').trim(), key).toBe('');
    }
    expect(((await (await yearCell(page, 'rammer', 'p05.ramme', 2024)).textContent()) ?? '').trim()).not.toBe('');
  });

  it('flashes no cell when the user only clicks and moves', async () => {
    const grid = page.getByTestId('grid-rammer');
    await (await yearCell(page, 'rammer', 'p05.opprinnelig_budsjett', 2025)).click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100);
    expect(await grid.locator('.ag-cell-data-changed, .ag-cell-data-changed-animation').count()).toBe(0);
  });

  it('Home / End go to the row’s first / last cell', async () => {
    await (await yearCell(page, 'rammer', 'p05.opprinnelig_budsjett', 2025)).click();
    const row = await page.evaluate(`document.activeElement.closest('.ag-row').getAttribute('row-index')`);
    await page.keyboard.press('End');
    await expect.poll(focusedCell).toBe(`${row}:y4`);
    await page.keyboard.press('Home');
    await expect.poll(focusedCell).toBe(`${row}:label`);
  });

  it('Ctrl+End / Ctrl+Home go to the last / first cell, scrolled into view, and the grid keeps the keyboard', async () => {
    await openView('rammer');
    await (await yearCell(page, 'rammer', 'p05.opprinnelig_budsjett', 2025)).click();
    await page.keyboard.press('Control+End');
    const viewport = page.getByTestId('grid-rammer').locator('.ag-grid-viewport, .ag-body-viewport').first();
    const last = () => page.getByTestId('grid-rammer').evaluate((el) => Math.max(...[...el.querySelectorAll('.ag-row[row-index]')].map((r) => Number(r.getAttribute('row-index')))));
    await expect.poll(async () => (await focusedCell()) === `${await last()}:y4`).toBe(true);
    expect(await viewport.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2)).toBe(true);
    const end = Number(String(await focusedCell()).split(':')[0]);
    expect(end).toBeGreaterThan(10);
    // Still the grid's: an arrow key moves from there.
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedCell).toBe(`${end - 1}:y4`);
    await page.keyboard.press('Control+Home');
    await expect.poll(focusedCell).toBe('0:label');
    expect(await viewport.evaluate((el) => el.scrollTop)).toBe(0);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedCell).toBe('1:label');
  });

  it('shows a loan-financed share in Forklar as a percentage', async () => {
    await openView('investeringer');
    await (await yearCell(page, 'investeringer', 'invest.p05_inventar.lan', 2025)).click();
    const values = page.getByTestId('explain-panel').getByTestId('explain-value');
    await expect.poll(async () => (await values.allTextContents()).map(plain)).toEqual(['4 000', '4 000', '100,00 %']);
    expect(plain(await (await yearCell(page, 'investeringer', 'invest.p05_inventar.lanandel', 2025)).textContent())).toBe('100,00 %');
  });

  it('shows rates with their decimals in the grid and in Forklar, and Forklar follows the selection', async () => {
    await openView('oversikt');
    const target = await yearCell(page, 'oversikt', 'resultat.resultatgrad_mal', 2026);
    expect((await target.textContent())?.replace(/\s/g, ' ').trim()).toBe('1,75 %');
    await target.click();
    const values = page.getByTestId('explain-panel').getByTestId('explain-value');
    await expect.poll(async () => (await values.first().textContent())?.replace(/\s/g, ' ')).toBe('1,75 %');
    await screenshot(page, 'readable-forklar-percent');
    await page.getByTestId('tab-rammer').click();
    await expect.poll(() => values.count()).toBe(0);
  });

  it('lets the user widen Forklar from the keyboard', async () => {
    const panel = page.getByTestId('explain-panel');
    const before = (await panel.boundingBox())!.width;
    await page.getByTestId('explain-resizer').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Math.round((await panel.boundingBox())!.width - before)).toBe(40);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
  });

  it('lets the user choose the sensitivity year, and the result follows the choice', async () => {
    await page.getByTestId('tab-analyse').click();
    const year = page.getByTestId('sens-year');
    // The last year of the plan at first.
    expect(await year.inputValue()).toBe('2027');
    await page.getByTestId('sens-run').click();
    const table = page.getByTestId('sens-table');
    const requirement = table.locator('tr[data-key="plan.innsparingskrav"] td').last();
    // The requirement ±10 %: 150 000 in 2027 swings the result by 30 000, 135 000 in 2025 by 27 000.
    await expect.poll(async () => plain(await requirement.textContent())).toBe('30 000');
    await year.selectOption('2025');
    await expect.poll(async () => plain(await table.locator('caption').textContent())).toContain('2025');
    expect(plain(await requirement.textContent())).toBe('27 000');
    expect(plain(await page.getByTestId('tornado-chart').locator('figcaption').textContent())).toContain('2025');
  });

  it('shows the Monte Carlo table whole, its probability column not under the histogram', async () => {
    await page.getByTestId('mc-run').click();
    await page.getByTestId('mc-histogram').locator('canvas').first().waitFor();
    for (const [width, height] of [[1366, 768], [1440, 900]]) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      await expect.poll(() => page.getByTestId('explain-panel').isVisible()).toBe(true);
      const chart = (await page.getByTestId('mc-histogram').boundingBox())!;
      const cells = page.getByTestId('mc-savings').locator('th:last-child, td[data-col="probability"]');
      expect(await cells.count()).toBe(6);
      for (const cell of await cells.all()) {
        const box = (await cell.boundingBox())!;
        // Beside the chart (left of it) or above it (the chart wrapped below the tables).
        expect(box.x + box.width <= chart.x + 0.5 || box.y + box.height <= chart.y + 0.5, `${width}: ${await cell.textContent()}`).toBe(true);
        expect(await cell.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      }
      await page.getByTestId('monte-carlo').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, `readable-montecarlo-${width}`);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('leaves no English in the hidden texts of the grids and the charts', async () => {
    const found: Record<string, string[]> = {};
    for (const view of VIEWS) {
      await page.getByTestId(`tab-${view}`).click();
      // A focused cell makes the grid write its screen-reader descriptions.
      const cell = page.locator('.ag-cell').first();
      if (await cell.isVisible()) await cell.click();
      await page.waitForTimeout(400);
      const texts = await englishTexts(page);
      if (texts.length > 0) found[view] = texts;
    }
    expect(found).toEqual({});
    // Switching language turns what is on screen — the grid's headers and hidden texts, the charts' legends and
    // screen-reader texts — into the other language, without a reload.
    await page.getByTestId('tab-oversikt').click();
    const header = page.getByTestId('grid-oversikt').locator('.ag-header-cell[col-id="label"]');
    await expect.poll(async () => plain(await header.textContent())).toContain('Beløp i 1000 kr');
    const everything = () => page.evaluate(`[document.body.innerText, ...[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))].join(' | ')`) as Promise<string>;
    await page.getByTestId('language').selectOption('en');
    await expect.poll(async () => plain(await header.textContent())).toContain('Amounts in NOK 1000');
    await expect.poll(async () => (await englishTexts(page)).some((s) => s.endsWith('interactive chart'))).toBe(true);
    await expect.poll(everything).toContain('Net operating result');
    await screenshot(page, 'readable-language-en');
    await page.getByTestId('language').selectOption('nb');
    await expect.poll(async () => plain(await header.textContent())).toContain('Beløp i 1000 kr');
    await expect.poll(() => englishTexts(page)).toEqual([]);
    expect(await everything()).not.toContain('Net operating result');
  });

  it('has no serious or critical accessibility violations in any view', async () => {
    const found: Record<string, unknown> = {};
    for (const view of VIEWS) {
      await page.getByTestId(`tab-${view}`).click();
      await page.waitForTimeout(400);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[view] = violations;
    }
    expect(found).toEqual({});
  });

  it('shows every view whole at 1366×768 and 1440×900: the last year column not cut', async () => {
    for (const [width, height] of [[1366, 768], [1440, 900]]) {
      await page.setViewportSize({ width, height });
      for (const view of VIEWS) {
        await page.getByTestId(`tab-${view}`).click();
        await page.waitForTimeout(400);
        const grid = page.getByTestId(`grid-${view}`);
        if (await grid.isVisible()) {
          // The rightmost header cell ends before the vertical scroller.
          const right = await grid.evaluate((el) => {
            const cells = [...el.querySelectorAll('.ag-header-cell')].map((c) => c.getBoundingClientRect().right);
            return Math.max(...cells);
          });
          const scroller = await grid.locator('.ag-body-vertical-scroll').evaluate((el) => el.getBoundingClientRect());
          if (scroller.width > 0) expect(right, `${view} ${width}`).toBeLessThanOrEqual(scroller.left + 0.5);
        }
        await screenshot(page, `readable-view-${view}-${width}`);
      }
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('shows a long label (wrapped onto two lines) in full on hover', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openView('rammer');
    const grid = page.getByTestId('grid-rammer');
    // The first label too long for one line of its column: "P05 Mennesker med nedsatt funksjonsevne".
    const rowId = await grid.evaluate((el) => {
      for (const c of el.querySelectorAll('.ag-row [col-id="label"]')) {
        const range = document.createRange();
        range.selectNodeContents(c);
        if (new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1) return c.closest('.ag-row')!.getAttribute('row-id');
      }
      return null;
    });
    expect(rowId, 'no label wraps in Rammer at 1366×768').not.toBeNull();
    const cell = grid.locator(`.ag-row[row-id="${rowId}"] [col-id="label"]`).first();
    await cell.scrollIntoViewIfNeeded();
    const label = plain(await cell.textContent());
    await cell.hover();
    const tip = page.locator('.ag-tooltip');
    await tip.waitFor();
    expect(plain(await tip.textContent())).toBe(label);
    expect(await tip.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await screenshot(page, 'readable-label-tooltip');
    await page.mouse.move(0, 0);
  });

  it('Balanse 2021: no resultatgrad without revenue and no room under a debt ceiling not set, each saying why; its FTE basis against its table a finding', async () => {
    await page.getByTestId('new-from-example-balanse-2021').click();
    await page.getByTestId('scenario-name').filter({ hasText: 'Balanse 2021' }).waitFor();
    await openView('oversikt');
    for (const key of ['resultat.resultatgrad', 'resultat.resultatgrad_avvik', 'resultat.avvik_mot_mal']) {
      expect(plain(await (await yearCell(page, 'oversikt', key, 2021)).textContent()), key).toBe('–');
    }
    expect(plain(await (await yearCell(page, 'oversikt', 'resultat.resultatgrad_mal', 2021)).textContent())).toBe('1,75 %');
    expect(plain(await (await yearCell(page, 'oversikt', 'resultat.netto_driftsresultat', 2021)).textContent())).toBe('90 000');
    await (await yearCell(page, 'oversikt', 'resultat.resultatgrad', 2021)).click();
    await expect.poll(async () => plain(await page.getByTestId('explain-note').first().textContent())).toContain('Ingen brutto driftsinntekter');
    expect(plain(await page.getByTestId('explain-value').first().textContent())).toBe('–');

    const findings = page.getByTestId('findings');
    await findings.locator('summary').click();
    const text = plain(await findings.textContent());
    expect(text).toContain('(1)');
    expect(text).toContain('Stram styring og oppfølging');
    expect(text).toContain('gir 21 000, men tabellens helårseffekt er 20 000 (differanse 1 000)');
    await screenshot(page, 'readable-balanse-oversikt');
    await page.getByTestId('tab-tiltak').click();
    await expect.poll(() => page.getByTestId('findings').isVisible()).toBe(true);
    // Every one of its eight measures in view at 1366×768 before the list scrolls.
    const measures = page.getByTestId('measures-grid');
    await measures.locator('.ag-row[row-id]').first().waitFor();
    const bottom = await measures.locator('.ag-grid-viewport, .ag-body-viewport').first().evaluate((el) => el.getBoundingClientRect().bottom);
    // A row is drawn once per pinned part; the measure rows only (not the empty row to type a new one into).
    const rows = await measures.locator('.ag-row[row-id]:not(.ag-row-pinned)').evaluateAll((els) => [...new Map(els.map((el) => [el.getAttribute('row-id'), el.getBoundingClientRect().bottom])).values()]);
    expect(rows.length).toBe(8);
    for (const b of rows) expect(b).toBeLessThanOrEqual(bottom + 0.5);
    await screenshot(page, 'readable-balanse-tiltak');

    await openView('investeringer');
    expect(plain(await (await yearCell(page, 'investeringer', 'gjeld.rom_under_tak', 2021)).textContent())).toBe('–');
  });

  it('"Fra eksempel" of an example already in the list asks whether to open it or make another copy', async () => {
    const names = () => page.getByTestId('scenario-list').getByTestId('scenario-item').count();
    const before = await names();
    await page.getByTestId('tab-oversikt').click();
    await page.getByTestId('new-from-example-balanse-2021').click();
    const dialog = page.getByTestId('example-exists');
    await dialog.waitFor();
    expect(plain(await dialog.textContent())).toContain('«Balanse 2021');
    await screenshot(page, 'readable-example-exists');
    await dialog.getByTestId('example-open-existing').click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await names()).toBe(before);
    await page.getByTestId('new-from-example-drammen-hop-2024-27').click();
    await dialog.getByTestId('example-new-copy').click();
    await page.getByTestId('scenario-name').filter({ hasText: /Drammen.*\(2\)/ }).waitFor();
    await expect.poll(names).toBe(before + 1);
  });

  it('Historikk lists every step with its time; the laptop says it records no one', async () => {
    await page.getByTestId('scenario-item').filter({ hasText: /^Drammen – HØP 2024–27 for P05, P07 og P08/ }).first().click();
    await page.getByTestId('workspace').waitFor();
    await openView('rammer');
    await typeInto(page, 'rammer', 'p05.vedtak_forrige_periode', 2025, '12 345');
    await waitSaved(page);
    await page.getByTestId('open-history').click();
    const dialog = page.getByTestId('history-dialog');
    await dialog.getByTestId('history-entry').first().waitFor();
    expect(plain(await dialog.getByTestId('history-entry').first().textContent())).toContain('Endret P05 Sum vedtak forrige periode 2025');
    expect(await dialog.getByTestId('history-author').count()).toBe(0);
    expect(plain(await dialog.textContent())).toContain('På denne maskinen lagres ikke hvem som gjorde endringene');
    expect(plain(await dialog.getByTestId('history-entry').first().locator('td').first().textContent())).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    expect(await seriousViolations(page)).toEqual([]);
    for (const [width, height] of [[1366, 768], [1440, 900]]) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `readable-history-${width}`);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    await dialog.getByTestId('history-close').click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('Sammenlign: a frame blank, not 0, where the plan has no figures; the years the scenarios share; at both sizes', async () => {
    // A model from 2025 beside the plan (2023–27) and its copy.
    await page.getByTestId('new-scenario').click();
    await page.getByTestId('new-name').fill('Modell 2025');
    await page.getByTestId('new-first-year').fill('2025');
    await page.getByTestId('new-create').click();
    await page.getByTestId('scenario-name').filter({ hasText: 'Modell 2025' }).waitFor();
    // A new user's blank model, every view at both sizes, and what axe finds in it.
    const found: Record<string, unknown> = {};
    for (const [width, height] of [[1366, 768], [1440, 900]]) {
      await page.setViewportSize({ width, height });
      for (const view of VIEWS) {
        await page.getByTestId(`tab-${view}`).click();
        await page.waitForTimeout(300);
        await screenshot(page, `readable-blank-${view}-${width}`);
        if (width === 1366) {
          const violations = await seriousViolations(page);
          if (violations.length > 0) found[view] = violations;
        }
      }
    }
    expect(found).toEqual({});
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('open-compare').click();
    const boxes = page.getByTestId('compare-pick');
    await boxes.first().waitFor();
    const names = async () => Promise.all((await boxes.all()).map((b) => b.getAttribute('data-name')));
    const check = async (name: RegExp) => {
      const box = boxes.nth((await names()).findIndex((n) => name.test(n ?? '')));
      if (!(await box.isChecked())) await box.check();
    };
    // Start from none picked.
    for (const box of await boxes.all()) if (await box.isChecked()) await box.uncheck();
    await check(/^Drammen – HØP 2024–27 for P05, P07 og P08$/);
    await check(/^Drammen.*\(2\)$/);
    const grid = page.getByTestId('compare-grid');
    await grid.locator('.ag-row').first().waitFor();
    // The frames' lines only, so P05's are in view.
    await page.getByTestId('compare-view-filter').selectOption('rammer');
    await grid.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await grid.locator('[row-id="p05.ramme"]').first().waitFor();
    // The plan and its copy: P05's frame in 2023 is blank in both, as in Rammer.
    for (const i of [0, 1]) {
      expect(plain(await grid.locator(`[row-id="p05.ramme"] [col-id="v${i}_0"]`).first().textContent())).toBe('');
      expect(plain(await grid.locator(`[row-id="p05.ramme"] [col-id="v${i}_1"]`).first().textContent())).not.toBe('');
    }
    await check(/^Modell 2025$/);
    // With the 2025 model the table starts in 2025, and says which years it leaves out.
    await expect.poll(async () => plain(await grid.locator('.ag-header-group-cell').first().textContent())).toContain('2025');
    expect(plain(await page.getByTestId('compare-years-note').textContent())).toContain('2025–2027');
    for (const [width, height] of [[1366, 768], [1440, 900]]) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      // A wrapped change goes on under its own text, not under its number; every number's text starts at one edge.
      const lines = await page.getByTestId('change-lists').evaluate(wrappedChanges);
      expect(lines.wrapped, `${width}`).toBeGreaterThan(0);
      expect(lines.misaligned, `${width}`).toEqual([]);
      await screenshot(page, `readable-compare-${width}`);
      await page.getByTestId('compare-changes').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, `readable-compare-changes-${width}`);
      await grid.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, `readable-compare-grid-${width}`);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('compare-view-filter').selectOption('');
    // Back to the plan's workspace.
    await page.getByTestId('scenario-item').filter({ hasText: /^Drammen – HØP 2024–27 for P05, P07 og P08/ }).first().click();
    await page.getByTestId('workspace').waitFor();
  });
});

// Last: it stops the server.
describe('with the server stopped', () => {
  it('says every failure in Norwegian with what to do, never the browser’s English', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openView('rammer');
    await session.app.stop();
    // An edit, an undo, a new scenario and the comparison: each asks the store.
    const cell = await yearCell(page, 'rammer', 'p05.opprinnelig_budsjett', 2026);
    await cell.dblclick();
    await page.keyboard.type('391900');
    await page.keyboard.press('Enter');
    await page.getByTestId('save-state').filter({ hasText: 'Ikke lagret' }).waitFor({ timeout: 15_000 });
    const texts: string[] = [];
    const read = async () => {
      for (const el of await page.locator('[data-testid="message"], [role="alert"], .save-state[title]').all()) {
        texts.push(plain(await el.textContent()), plain(await el.getAttribute('title')));
      }
    };
    await page.getByTestId('undo').click();
    await page.getByTestId('message').waitFor();
    await read();
    await screenshot(page, 'readable-server-stopped');
    await page.getByTestId('new-scenario').click();
    const create = page.getByTestId('new-create');
    if (await create.isVisible()) {
      await create.click();
      await page.locator('[role="alert"]').first().waitFor();
      await read();
      await page.keyboard.press('Escape');
    }
    const shown = texts.filter((s) => s !== '');
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) {
      expect(s).not.toMatch(/fetch|abort|network|unexpected token|json|internal server|\berror\b/i);
    }
    // The undo's failure says what to do.
    expect(shown.some((s) => /Får ikke kontakt med lagringen.*prøv igjen/i.test(s)), shown.join(' | ')).toBe(true);
  });
});
