// Issue 14's "done when", as one walk through the real UI in Chromium against the web mode and a real SQLite file:
// a new user builds a model from a blank scenario with the mouse and the keyboard only — two programme areas with
// their frames, the municipal deflator computing both areas' wage and price growth, three measures, a formula
// line reading a measure and the deflator, an investment with a loan, Balanse 2021's table pasted — then moves the
// deflator and sees both frames follow, is told where an area is used, removes and undoes, reloads, and compares
// the model with the plan example. Every step is photographed at 1440×900, the key ones at 1366×768 too.
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BALANSE_2021_TABLE } from '../shared/measures/testing';
import { areaCodes, cellNumber, expectCell, pasteText, selectCell, typeInto, waitSaved as waitSavedOn, yearCell } from './grid';
import { screenshot, useE2eSession } from './harness';
import { complete, openLineForm, P05_SHARE } from './lineForm';
import { measuresGrid } from './measuresGrid';

const session = useE2eSession({ openWorkspace: true });
let page: Page;
let problems: string[];
const m = measuresGrid(() => page);
beforeAll(() => {
  ({ page, problems } = session);
  page.setDefaultTimeout(10_000);
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await screenshot(page, `build-failed-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}`);
});

const SCENARIO = 'Min modell';
const Y0 = 2025;
const waitSaved = () => waitSavedOn(page);
const DEFLATOR = 'forutsetning.kommunal_deflator';
const FORMULA_LINE = 'p05.vikarpool_prisjustert';

/** A screenshot at 1440×900, and with `both` also at 1366×768 (the smaller laptop the app is made for). */
async function shot(name: string, both = false) {
  if (both) {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForTimeout(150);
    await screenshot(page, `build-${name}-1366`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.waitForTimeout(150);
  await screenshot(page, `build-${name}-1440`);
}

async function openView(view: string) {
  await page.getByTestId(`tab-${view}`).click();
}

async function addArea(code: string, name: string) {
  await page.getByTestId('area-new-code').fill(code);
  await page.getByTestId('area-new-name').fill(name);
  await page.getByTestId('area-new-name').press('Enter');
  await page.getByTestId(`area-${code}`).waitFor();
  await waitSaved();
}

/** The measures' sums in a year, as the Tiltak view shows them. */
const sumFull = () => cellNumber(page, 'tiltak', 'tiltak.sum_helarseffekt', Y0);
const sumFirst = () => cellNumber(page, 'tiltak', 'tiltak.sum_innsparing', Y0);

describe('a new user builds a model from nothing', () => {
  it('creates a blank scenario: name, municipality, first year and years; the empty model says what to do', async () => {
    await page.getByTestId('new-scenario').click();
    await page.getByTestId('new-scenario-dialog').waitFor();
    await page.getByTestId('new-name').fill(SCENARIO);
    await page.getByTestId('new-municipality').fill('Drammen');
    await page.getByTestId('new-first-year').fill(String(Y0));
    await page.getByTestId('new-years').fill('4');
    expect(await page.getByTestId('new-from').inputValue()).toBe('');
    await shot('01-new-dialog', true);
    await page.getByTestId('new-create').click();
    await page.getByTestId('scenario-name').filter({ hasText: SCENARIO }).waitFor();
    expect(await page.getByTestId('next-steps').textContent()).toContain('Slik bygger du en modell');
    await shot('02-empty', true);
  });

  it('adds two programme areas and types their frames', async () => {
    await page.getByTestId('next-add-area').click();
    await page.getByTestId('areas-empty').waitFor();
    await shot('03-no-areas');
    await addArea('P05', 'Helse og omsorg');
    // The next one from the keyboard alone: after an add, the focus is back in the code field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('area-new-code');
    await page.keyboard.type('P07');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Rus og psykisk helse');
    await page.keyboard.press('Enter');
    await page.getByTestId('area-P07').waitFor();
    await waitSaved();
    // P05's frame typed cell by cell, P07's original budget pasted along the row as copied from a sheet.
    await typeInto(page, 'rammer', 'p05.opprinnelig_budsjett', Y0, '400 000');
    await selectCell(page, 'rammer', 'p05.opprinnelig_budsjett', Y0 + 1);
    await pasteText(page, 'rammer', '400 000\t400 000\t400 000');
    await typeInto(page, 'rammer', 'p05.vedtak_forrige_periode', Y0, '- 2.500');
    await typeInto(page, 'rammer', 'p05.budsjettendringer', Y0, '1 200');
    await selectCell(page, 'rammer', 'p07.opprinnelig_budsjett', Y0);
    await pasteText(page, 'rammer', '160 000\t160 000\t160 000\t160 000');
    await waitSaved();
    await expectCell(page, 'rammer', 'p05.konsekvensjustert_ramme', Y0, 398_700);
    await expectCell(page, 'rammer', 'p07.ramme', Y0 + 3, 160_000);
    // A frame item of "nye tiltak og realendringer" for P05.
    await page.getByTestId('area-P05').getByTestId('area-name').click();
    await page.getByTestId('item-new-name').fill('Nye bofellesskap');
    await page.getByTestId('item-new-name').press('Enter');
    await page.getByTestId('item-nye_bofellesskap').waitFor();
    await typeInto(page, 'rammer', 'p05.post.nye_bofellesskap', Y0, '3 000');
    await expectCell(page, 'rammer', 'p05.ramme', Y0, 401_700);
    await waitSaved();
    await shot('04-areas', true);
  });

  it('adds the municipal deflator beside the blank model’s wage and price growth; both areas compute their growth from it', async () => {
    await openView('forutsetninger');
    await page.getByTestId('assumption-new-name').fill('Kommunal deflator');
    await page.getByTestId('assumption-new-name').press('Enter');
    await page.getByTestId('assumption-kommunal_deflator').waitFor();
    // The form is empty again for the next one.
    expect(await page.getByTestId('assumption-new-name').inputValue()).toBe('');
    await typeInto(page, 'forutsetninger', DEFLATOR, Y0, '4 %');
    await typeInto(page, 'forutsetninger', 'forutsetning.lonnsvekst', Y0, '4,5 %');
    await expectCell(page, 'forutsetninger', DEFLATOR, Y0 + 2, 4);
    await waitSaved();
    await shot('05-assumptions', true);
    await openView('rammer');
    for (const code of ['P05', 'P07']) {
      await page.getByTestId(`area-${code}`).getByTestId('area-growth').selectOption('kommunal_deflator');
      await waitSaved();
    }
    await expectCell(page, 'rammer', 'p05.lonns_og_prisvekst', Y0, 16_000);
    await expectCell(page, 'rammer', 'p07.lonns_og_prisvekst', Y0, 6_400);
    await expectCell(page, 'rammer', 'p05.ramme', Y0, 417_700);
    await expectCell(page, 'rammer', 'p07.ramme', Y0, 166_400);
    await shot('06-growth-from-deflator');
  });

  it('adds three measures: by FTEs from 1 June, with an explicit first-year effect, and one rejected that does not count', async () => {
    await openView('tiltak');
    await expect.poll(() => page.getByTestId('measures-hint').textContent()).toContain('Nytt tiltak');
    await shot('07-no-measures');
    // 10 FTEs × 700 = 7 000 a year, from 1 June: 7/12 of it in the first year.
    await m.add('Vikarpool', 'vikarpool');
    await m.choose('vikarpool', 'mode', 'Årsverk × kost');
    await m.type('vikarpool', 'fte', '10');
    await m.type('vikarpool', 'startMonth', '6');
    await expect.poll(() => m.text('vikarpool', 'fullYear')).toBe('7 000');
    expect(await m.cell('vikarpool', 'fullYear').getAttribute('class')).toContain('cell-derived');
    await expectCell(page, 'tiltak', 'tiltak.vikarpool.innsparing', Y0, Math.round((7000 * 7) / 12));
    await expectCell(page, 'tiltak', 'tiltak.vikarpool.innsparing', Y0 + 1, 7000);
    // In the empty last row: 6 000 a year in P07, of which 2 000 the first year, typed per year.
    const newName = m.grid().locator('.ag-row-pinned [col-id="name"]').first();
    await newName.dblclick();
    await m.editor().fill('Redusert kjøp av plasser');
    await m.editor().press('Enter');
    const explicit = 'redusert_kjop_av_plasser';
    await expect.poll(() => m.text(explicit, 'name')).toBe('Redusert kjøp av plasser');
    await m.choose(explicit, 'areaId', 'P07 Rus og psykisk helse', 'P07');
    await m.type(explicit, 'fullYear', '6 000');
    await m.choose(explicit, 'mode', 'Beløp per år');
    await typeInto(page, 'tiltak', `tiltak.${explicit}.effekt`, Y0, '2 000');
    await expectCell(page, 'tiltak', `tiltak.${explicit}.innsparing`, Y0, 2000);
    await expectCell(page, 'tiltak', `tiltak.${explicit}.innsparing`, Y0 + 1, 6000);
    // A rejected measure says it does not count, and the sums leave it out.
    await m.add('Nedlegging av kafé', 'nedlegging_av_kafe');
    await m.type('nedlegging_av_kafe', 'fullYear', '1 500');
    await expect.poll(() => sumFull()).toBe(7000 + 6000 + 1500);
    await m.choose('nedlegging_av_kafe', 'status', 'Forkastet');
    await expect.poll(() => m.text('nedlegging_av_kafe', 'included')).toBe('Teller ikke');
    await expect.poll(() => sumFull()).toBe(13_000);
    await waitSaved();
    // The measures reach the frames: P05's "nye tiltak" carries the FTE measure's first year.
    await openView('rammer');
    await expectCell(page, 'rammer', 'p05.ramme', Y0, 417_700 - Math.round((7000 * 7) / 12));
    await expectCell(page, 'rammer', 'p07.ramme', Y0, 166_400 - 2000);
    await openView('tiltak');
    await shot('08-three-measures', true);
  });

  it('adds a formula line that reads a measure and the deflator, typed with completion; the new line is selected', async () => {
    await openView('rammer');
    await (await yearCell(page, 'rammer', 'p05.ramme', Y0)).click();
    await openLineForm(page, { name: 'Vikarpool prisjustert', group: 'P05', kind: 'formula' });
    const input = page.getByTestId('add-line-formula-input');
    // The measure by a word of its name, the deflator by a word of its label: arrows to the entry, Tab or Enter.
    await complete(page, 'add-line-formula', 'vikarp', 'tiltak.vikarpool.innsparing', 'Tab');
    await complete(page, 'add-line-formula', ' * (1 + deflat', DEFLATOR, 'Enter');
    await input.pressSequentially(')');
    expect(await input.inputValue()).toBe(`tiltak.vikarpool.innsparing * (1 + ${DEFLATOR})`);
    expect(await page.getByTestId('add-line-formula-error').count()).toBe(0);
    expect(await page.getByTestId('add-line-formula-readable').textContent()).toMatch(/Kommunal deflator\s*forutsetning\.kommunal_deflator/);
    await shot('09-formula-typed', true);
    await page.getByTestId('add-line-submit').click();
    await page.getByTestId('add-line-form').waitFor({ state: 'detached' });
    await expectCell(page, 'rammer', FORMULA_LINE, Y0 + 1, 7000 * 1.04);
    // The new line is the selected one: the grid's focus is on it and the formula bar shows its formula.
    await expect.poll(() => page.getByTestId('line-selected').textContent()).toContain('Vikarpool prisjustert');
    await expect.poll(() => page.getByTestId('formula-input').inputValue()).toBe(`tiltak.vikarpool.innsparing * (1 + ${DEFLATOR})`);
    await page.getByTestId('grid-rammer').locator(`[row-id="${FORMULA_LINE}"] .ag-cell-focus`).waitFor();
    await waitSaved();
    await shot('10-formula-line');
  });

  it('adds an investment of which 80 % is financed by loans', async () => {
    await openView('investeringer');
    await page.getByTestId('investment-new-name').fill('Nytt bofellesskap');
    await page.getByTestId('investment-new-area').selectOption('p05');
    await page.getByTestId('investment-add').click();
    await page.getByTestId('investment-nytt_bofellesskap').waitFor();
    await typeInto(page, 'investeringer', 'invest.nytt_bofellesskap.belop', Y0, '50 000');
    await typeInto(page, 'investeringer', 'invest.nytt_bofellesskap.lanandel', Y0, '80 %');
    await expectCell(page, 'investeringer', 'finans.nye_lan', Y0, 40_000);
    await waitSaved();
    await shot('11-investment', true);
  });

  it('pastes Balanse 2021 as text through the preview: 75 000 full year and 31 000 in the first year', async () => {
    await openView('tiltak');
    const full = await sumFull();
    const first = await sumFirst();
    await page.getByTestId('measure-paste').click();
    await page.getByTestId('paste-measures-text').fill(BALANSE_2021_TABLE);
    const preview = async () => ((await page.getByTestId('import-lines').textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
    await expect.poll(preview).toContain('8 tiltak legges til: helårseffekt 75 000');
    expect(await preview()).toContain(`effekt i ${Y0} 31 000`);
    expect(await page.getByTestId('paste-area').inputValue()).toBe('p05');
    await shot('12-paste-preview', true);
    await page.getByTestId('import-apply').click();
    await expect.poll(() => sumFull()).toBe(full + 75_000);
    await expect.poll(() => sumFirst()).toBe(first + 31_000);
    await waitSaved();
    await shot('13-pasted');
  });

  it('moves the deflator and sees both frames move by the engine’s numbers', async () => {
    await openView('rammer');
    const before = {
      p05: await cellNumber(page, 'rammer', 'p05.ramme', Y0),
      p07: await cellNumber(page, 'rammer', 'p07.ramme', Y0),
      line: await cellNumber(page, 'rammer', FORMULA_LINE, Y0 + 1),
    };
    await openView('forutsetninger');
    await typeInto(page, 'forutsetninger', DEFLATOR, Y0, '5 %');
    await waitSaved();
    await openView('rammer');
    // 1 % more of 400 000 and of 160 000.
    await expectCell(page, 'rammer', 'p05.lonns_og_prisvekst', Y0, 20_000);
    await expectCell(page, 'rammer', 'p07.lonns_og_prisvekst', Y0, 8_000);
    await expectCell(page, 'rammer', 'p05.ramme', Y0, before.p05 + 4_000);
    await expectCell(page, 'rammer', 'p07.ramme', Y0, before.p07 + 1_600);
    await expectCell(page, 'rammer', FORMULA_LINE, Y0 + 1, 7000 * 1.05);
    expect(before.line).toBeCloseTo(7000 * 1.04, 6);
    await shot('14-deflator-moved', true);
  });

  it('tries to remove P05, which a formula in Oversikt reads, and is told where', async () => {
    // P05's share of all frames, a line of Oversikt typed with completion.
    await openView('oversikt');
    await P05_SHARE.add(page);
    await waitSaved();
    await shot('15-share-line');
    await openView('rammer');
    await page.getByTestId('area-P05').getByTestId('area-remove').click();
    await page.getByTestId('removal-dialog').waitFor();
    expect(await page.getByTestId('removal-blockers').textContent()).toContain('«P05s andel av rammene» (resultat.p05s_andel_av_rammene) bruker p05.ramme');
    // The line of P05's own goes with it; the formula elsewhere blocks.
    expect(await page.getByTestId('removal-goes').textContent()).toContain('Vikarpool prisjustert');
    expect(await page.getByTestId('removal-confirm').isDisabled()).toBe(true);
    await shot('16-remove-blocked', true);
    await page.keyboard.press('Escape');
    await page.getByTestId('removal-dialog').waitFor({ state: 'detached' });
    expect(await areaCodes(page)).toEqual(['P05', 'P07']);
  });

  it('removes P07 with its measure, and Angre brings both back', async () => {
    const full = await (async () => {
      await openView('tiltak');
      return sumFull();
    })();
    await openView('rammer');
    await page.getByTestId('area-P07').getByTestId('area-remove').click();
    await page.getByTestId('removal-dialog').waitFor();
    expect(await page.getByTestId('removal-goes').textContent()).toContain('Redusert kjøp av plasser');
    await shot('17-remove-p07');
    await page.getByTestId('removal-confirm').click();
    await page.getByTestId('area-P07').waitFor({ state: 'detached' });
    await waitSaved();
    expect(await page.getByTestId('undo').getAttribute('title')).toContain('Fjernet programområdet P07 Rus og psykisk helse');
    await openView('tiltak');
    await expect.poll(() => sumFull()).toBe(full - 6000);
    await page.getByTestId('undo').click();
    await expect.poll(() => sumFull()).toBe(full);
    await waitSaved();
    expect(await m.text('redusert_kjop_av_plasser', 'areaId')).toBe('P07');
    await openView('rammer');
    await page.getByTestId('area-P07').waitFor();
    await expectCell(page, 'rammer', 'p07.opprinnelig_budsjett', Y0 + 3, 160_000);
  });

  it('finds it all after a reload', async () => {
    await page.reload();
    await page.getByTestId('scenario-item').filter({ hasText: SCENARIO }).click();
    await page.getByTestId('scenario-name').filter({ hasText: SCENARIO }).waitFor();
    await openView('rammer');
    expect(await areaCodes(page)).toEqual(['P05', 'P07']);
    await expectCell(page, 'rammer', 'p05.lonns_og_prisvekst', Y0, 20_000);
    await expectCell(page, 'rammer', 'p05.post.nye_bofellesskap', Y0, 3000);
    await expectCell(page, 'rammer', FORMULA_LINE, Y0 + 1, 7000 * 1.05);
    await openView('oversikt');
    const share = await cellNumber(page, 'oversikt', P05_SHARE.key, Y0);
    expect(share > 0 && share < 100).toBe(true);
    await openView('forutsetninger');
    await expectCell(page, 'forutsetninger', DEFLATOR, Y0, 5);
    await expectCell(page, 'forutsetninger', 'forutsetning.lonnsvekst', Y0, 4.5);
    await openView('tiltak');
    expect(await m.text('vikarpool', 'mode')).toBe('Årsverk × kost');
    expect(await m.text('vikarpool', 'startMonth')).toBe('6');
    expect(await m.text('nedlegging_av_kafe', 'included')).toBe('Teller ikke');
    expect(await sumFull()).toBe(13_000 + 75_000);
    expect(await sumFirst()).toBe(Math.round((7000 * 7) / 12) + 2000 + 31_000);
    await openView('investeringer');
    await expectCell(page, 'investeringer', 'finans.nye_lan', Y0, 40_000);
    await shot('18-after-reload');
  });

  it('compares the model with the plan example: the change list and the table read sensibly', async () => {
    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare-view').waitFor();
    const picks = page.getByTestId('compare-pick');
    await picks.first().waitFor();
    const names = await picks.evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
    const example = names.findIndex((n) => n.includes('HØP'));
    const mine = names.indexOf(SCENARIO);
    expect(example).toBeGreaterThanOrEqual(0);
    expect(mine).toBeGreaterThanOrEqual(0);
    await picks.nth(example).check();
    await picks.nth(mine).check();
    await page.getByTestId('compare-grid').locator('.ag-row').first().waitFor();
    const changes = (await page.getByTestId('change-item').allTextContents()).map((s) => s.replace(/[\u00a0\u202f]/g, ' '));
    // What the user built, named as they named it; what the example has and the model does not, said once each.
    expect(changes[0]).toBe('Planperioden er endret: 2023–2027 → 2025–2028');
    for (const made of ['Nytt tiltak: «Vikarpool»', 'Nytt tiltak: «Stram styring»', 'Ny linje: Vikarpool prisjustert', 'Ny linje: P05s andel av rammene']) {
      expect(changes).toContain(made);
    }
    expect(changes.filter((c) => c.includes('Vikarpool»')).length).toBe(1);
    await shot('19-compare', true);
    // The table, narrowed to Rammer: a frame line both have, with both scenarios' numbers in a year both cover.
    await page.getByTestId('compare-view-filter').selectOption('rammer');
    const ramme = page.getByTestId('compare-grid').locator('[row-id="p05.ramme"]').first();
    await ramme.waitFor();
    await page.getByTestId('compare-grid').scrollIntoViewIfNeeded();
    await shot('20-compare-table');
    expect(((await ramme.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ')).toMatch(/\d{3} \d{3}/);
    expect(problems).toEqual([]);
  });
});
