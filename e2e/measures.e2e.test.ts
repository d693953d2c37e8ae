// Tiltak as a new user builds it, end to end in Chromium against the web mode and a real SQLite file: from a blank
// scenario with one programme area, an FTE-based measure from 1 June, one with its first-year effect typed per year, one rejected by status,
// the Balanse 2021 table pasted (75 000 full year, 31 000 in the first year), a duplicate removed and brought back
// by undo, all of it found again after a reload, and two measures copied into another scenario.
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { cellNumber, expectCell, rowOrder, typeInto, waitSaved } from './grid';
import { screenshot, useE2eSession } from './harness';
import { measuresGrid } from './measuresGrid';
import { BALANSE_2021_TABLE as BALANSE } from '../shared/measures/testing';

const session = useE2eSession({ openWorkspace: true });
let page: Page;
let problems: string[];
/** The first plan year: Balanse 2021's, so the table's "Effekt i 2021" lands in its own year. */
const firstYear = 2021;
const SCENARIO = 'Egne tiltak';
beforeAll(() => {
  ({ page, problems } = session);
  // A step that does not happen fails in seconds, not after the 30 s default.
  page.setDefaultTimeout(8000);
});
// What the page showed when a step failed.
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await screenshot(page, `measures-failed-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}`);
});


const { grid, row, cell, text, type, choose } = measuresGrid(() => page);
const message = () => page.getByTestId('message');

/** Select measures by clicking their names (Ctrl+click adds). */
async function select(...ids: string[]) {
  for (const [i, id] of ids.entries()) await cell(id, 'name').click({ modifiers: i > 0 ? ['Control'] : [] });
  await expect.poll(() => page.getByTestId('measures-selected').textContent()).toBe(`${ids.length} valgt`);
}

async function shots(name: string) {
  for (const [w, h] of [
    [1366, 768],
    [1440, 900],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(150);
    await screenshot(page, `${name}-${w}`);
  }
}

const sumFull = () => cellNumber(page, 'tiltak', 'tiltak.sum_helarseffekt', firstYear);
const sumFirst = () => cellNumber(page, 'tiltak', 'tiltak.sum_innsparing', firstYear);

describe('Tiltak from a blank scenario', () => {
  it('starts from "+ Nytt scenario", adds a programme area and is told what to do', async () => {
    // A scenario to copy measures into later, with the same area code (P06).
    await page.getByTestId('new-from-example-balanse-2021').click();
    await page.getByTestId('scenario-name').filter({ hasText: 'Balanse 2021' }).waitFor();
    await page.getByTestId('new-scenario').click();
    await page.getByTestId('new-name').fill(SCENARIO);
    await page.getByTestId('new-first-year').fill(String(firstYear));
    await page.getByTestId('new-years').fill('4');
    await page.getByTestId('new-create').click();
    await page.getByTestId('scenario-name').filter({ hasText: SCENARIO }).waitFor();
    await page.getByTestId('tab-tiltak').click();
    await expect.poll(() => page.getByTestId('measures-hint').textContent()).toContain('programområde');
    expect(await page.getByTestId('measure-add').isDisabled()).toBe(true);
    await page.getByTestId('tab-rammer').click();
    await page.getByTestId('area-new-code').fill('P06');
    await page.getByTestId('area-new-name').fill('Hjemmetjenester og institusjon');
    await page.getByTestId('area-add').click();
    await page.getByTestId('area-P06').waitFor();
    await waitSaved(page);
    await page.getByTestId('tab-tiltak').click();
    await expect.poll(() => page.getByTestId('measures-hint').textContent()).toContain('Nytt tiltak');
    await shots('measures-empty');
  });

  it('adds an FTE-based measure from 1 June: 10 årsverk × 700 gives 7 000 a year, 7/12 of it the first year', async () => {
    await page.getByTestId('measure-add').click();
    const editor = grid().locator('.ag-cell-inline-editing input');
    await editor.waitFor();
    await editor.fill('Vikarpool');
    await editor.press('Enter');
    // The measure's id, and so its lines' keys, is a slug of its name.
    await row('vikarpool').first().waitFor();
    expect(await text('vikarpool', 'name')).toBe('Vikarpool');
    await choose('vikarpool', 'mode', 'Årsverk × kost');
    await type('vikarpool', 'fte', '10');
    await type('vikarpool', 'startMonth', '6');
    await expect.poll(() => text('vikarpool', 'fullYear')).toBe('7 000');
    // The full-year effect takes no input now, and says why.
    expect(await cell('vikarpool', 'fullYear').getAttribute('class')).toContain('cell-derived');
    await expectCell(page, 'tiltak', 'tiltak.sum_innsparing', firstYear, Math.round((7000 * 7) / 12));
    await expectCell(page, 'tiltak', 'tiltak.sum_innsparing', firstYear + 1, 7000);
    await waitSaved(page);
  });

  it('adds a measure in the empty last row with its first-year effect typed per year', async () => {
    const newName = grid().locator('.ag-row-pinned [col-id="name"]').first();
    await newName.dblclick();
    const editor = grid().locator('.ag-cell-inline-editing input');
    await editor.fill('Stram styring og oppfølging');
    await editor.press('Enter');
    const id = 'stram_styring_og_oppfolging';
    await row(id).first().waitFor();
    await type(id, 'fullYear', '20,0 mill.');
    await expect.poll(() => text(id, 'fullYear')).toBe('20 000');
    await choose(id, 'mode', 'Beløp per år');
    expect(await cell(id, 'startYear').getAttribute('class')).toContain('cell-derived');
    // The per-year amounts are a row of the grid below: the first year 12 000, as Balanse 2021's "Stram styring".
    await typeInto(page, 'tiltak', `tiltak.${id}.effekt`, firstYear, '12 000');
    await expectCell(page, 'tiltak', `tiltak.${id}.innsparing`, firstYear, 12000);
    await expectCell(page, 'tiltak', `tiltak.${id}.innsparing`, firstYear + 1, 20000);
    await waitSaved(page);
  });

  it('shows a rejected measure as not counted instead of a ticked box', async () => {
    await page.getByTestId('measure-add').click();
    const editor = grid().locator('.ag-cell-inline-editing input');
    await editor.fill('Nedlegging av kafé');
    await editor.press('Enter');
    const id = 'nedlegging_av_kafe';
    await expect.poll(() => text(id, 'name')).toBe('Nedlegging av kafé');
    const before = await sumFirst();
    await type(id, 'fullYear', '5000');
    await expect.poll(() => sumFirst()).toBe(before + 5000);
    await choose(id, 'status', 'Forkastet');
    await expect.poll(() => text(id, 'included')).toBe('Teller ikke');
    expect(await cell(id, 'included').locator('input[type="checkbox"]').count()).toBe(0);
    await expect.poll(() => sumFirst()).toBe(before);
    await waitSaved(page);
    await shots('measures-three');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses bad input with a Norwegian message and changes nothing', async () => {
    await type('vikarpool', 'startMonth', '13');
    await expect.poll(() => message().textContent()).toContain('Startmåneden');
    expect(await text('vikarpool', 'startMonth')).toBe('6');
    await type('vikarpool', 'fte', 'ti');
    await expect.poll(() => message().textContent()).toContain('ikke et tall');
    expect(await text('vikarpool', 'fte')).toBe('10,0');
  });

  it('pastes the Balanse 2021 table through a preview: 75 000 full year and 31 000 in the first year', async () => {
    const full = await sumFull();
    const first = await sumFirst();
    await page.getByTestId('measure-paste').click();
    await page.getByTestId('paste-measures-text').fill(BALANSE);
    const lines = page.getByTestId('import-lines');
    const shownText = async () => ((await lines.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
    await expect.poll(shownText).toContain('8 tiltak legges til: helårseffekt 75 000');
    const shown = await shownText();
    expect(shown).toContain(`effekt i ${firstYear} 31 000`);
    expect(shown).toContain('«Sum» er en sumrad, ikke et tiltak: 75 000 / 31 000 stemmer med tiltakene');
    expect(shown).toContain('«Aktivitetssentre/vurdering av kafedrift»: ingen effekt er oppgitt');
    expect(await page.getByTestId('paste-role-2').inputValue()).toBe('firstYear');
    await shots('measures-paste-preview');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('import-apply').click();
    await expect.poll(() => sumFull()).toBe(full + 75000);
    await expect.poll(() => sumFirst()).toBe(first + 31000);
    await waitSaved(page);
    expect(await text('tildelingspraksis', 'fullYear')).toBe('10 000');
    await shots('measures-pasted');
  });

  it('opens the same preview when a table is pasted onto the measures table', async () => {
    await cell('vikarpool', 'name').click();
    await grid().evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      (document.activeElement ?? el).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 'Tiltak\tHelårseffekt\nTurnus\t1,5 mill.');
    await expect.poll(() => page.getByTestId('import-lines').textContent()).toContain('1 tiltak legges til');
    expect(await page.getByTestId('paste-measures-text').inputValue()).toContain('Turnus');
    await page.getByTestId('import-cancel').click();
  });

  it('refuses a pasted table with text where an amount belongs, row by row', async () => {
    await page.getByTestId('measure-paste').click();
    await page.getByTestId('paste-measures-text').fill('Tiltak\tHelårseffekt\nTurnus\tca. fem mill.\nSum\t5');
    await expect.poll(() => page.getByTestId('import-lines').textContent()).toContain('Rad 2 «Turnus» tas ikke med');
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await page.getByTestId('import-cancel').click();
  });

  it('duplicates, removes, and brings the removed measure back with undo', async () => {
    await select('vikarpool');
    await page.getByTestId('measure-duplicate').click();
    await expect.poll(() => text('vikarpool_kopi', 'name')).toBe('Vikarpool (kopi)');
    await expect.poll(() => text('vikarpool_kopi', 'fullYear')).toBe('7 000');
    await select('vikarpool_kopi');
    await page.getByTestId('measure-remove').click();
    await expect.poll(() => row('vikarpool_kopi').count()).toBe(0);
    await waitSaved(page);
    expect(await page.getByTestId('undo').getAttribute('title')).toContain('Fjernet tiltak «Vikarpool (kopi)»');
    await page.getByTestId('undo').click();
    await expect.poll(() => text('vikarpool_kopi', 'name')).toBe('Vikarpool (kopi)');
    await waitSaved(page);
  });

  it('moves a measure up from the keyboard', async () => {
    await cell('stram_styring_og_oppfolging', 'name').click();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await rowOrder(page, 'measures-grid')).slice(0, 3)).toEqual(['vikarpool', 'stram_styring_og_oppfolging', 'vikarpool_kopi']);
    await waitSaved(page);
  });

  it('finds it all after a reload', async () => {
    const full = await sumFull();
    const first = await sumFirst();
    await page.reload();
    await page.getByTestId('scenario-item').filter({ hasText: SCENARIO }).click();
    await page.getByTestId('scenario-name').filter({ hasText: SCENARIO }).waitFor();
    await page.getByTestId('tab-tiltak').click();
    await row('vikarpool').first().waitFor();
    expect(await text('vikarpool', 'mode')).toBe('Årsverk × kost');
    expect(await text('vikarpool', 'startMonth')).toBe('6');
    expect(await text('nedlegging_av_kafe', 'included')).toBe('Teller ikke');
    expect(await text('vikarpool_kopi', 'name')).toBe('Vikarpool (kopi)');
    expect(await sumFull()).toBe(full);
    expect(await sumFirst()).toBe(first);
  });

  it('copies two measures to another scenario, and says why not where an area is missing', async () => {
    await select('vikarpool', 'stram_styring_og_oppfolging');
    await page.getByTestId('measure-copy').click();
    const target = page.getByTestId('copy-target');
    await target.waitFor();
    const options = await target.locator('option').allTextContents();
    const hop = options.find((o) => o.includes('HØP'))!;
    await target.selectOption({ label: hop });
    await expect.poll(() => page.getByTestId('copy-lines').textContent()).toContain('programområdet P06 finnes ikke');
    expect(await page.getByTestId('copy-apply').isDisabled()).toBe(true);
    const balanse = options.find((o) => o.includes('Balanse 2021'))!;
    await target.selectOption({ label: balanse });
    await expect.poll(() => page.getByTestId('copy-lines').textContent()).toContain('2 av 2 tiltak kan kopieres');
    await shots('measures-copy');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('copy-apply').click();
    await expect.poll(() => message().textContent()).toContain('Kopierte 2 tiltak');
    await page.getByTestId('scenario-item').filter({ hasText: 'Balanse 2021' }).click();
    await page.getByTestId('scenario-name').filter({ hasText: 'Balanse 2021' }).waitFor();
    await page.getByTestId('tab-tiltak').click();
    // The example has a "vikarpool" of its own: the copy gets a new id, its name and numbers.
    await expect.poll(() => text('vikarpool_2', 'name')).toBe('Vikarpool');
    expect(await text('vikarpool_2', 'fullYear')).toBe('7 000');
    expect(await text('stram_styring_og_oppfolging', 'fullYear')).toBe('20 000');
    expect(await page.getByTestId('undo').getAttribute('title')).toContain(`Kopierte 2 tiltak fra «${SCENARIO}»`);
    expect(problems).toEqual([]);
  });
});
