// Building a model from nothing, end to end: the real UI in Chromium, the web mode and a real SQLite file. A new
// user creates a blank scenario, adds two programme areas with frames and a frame item, an assumption (the
// municipal deflator) that computes both areas' wage and price growth, an investment with a loan; changes the
// deflator and sees both frames move; tries to remove an area a formula uses and is told where; changes an area's
// code and sees the formula follow; removes another area, undoes it; reloads and finds it all.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { areaCodes, cellNumber, expectCell, typeInto, waitSaved as waitSavedOn, yearCell } from './grid';
import { screenshot, useE2eSession } from './harness';
import { P05_SHARE } from './lineForm';

let page: Page;
let problems: string[];
const waitSaved = () => waitSavedOn(page);

/** The same view at both laptop sizes the app is made for. */
async function shots(name: string) {
  for (const [w, h] of [
    [1366, 768],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await screenshot(page, `structure-${name}-${w}`);
  }
}

async function addArea(code: string, name: string) {
  await page.getByTestId('area-new-code').fill(code);
  await page.getByTestId('area-new-name').fill(name);
  await page.getByTestId('area-add').click();
  await page.getByTestId(`area-${code}`).waitFor();
  await waitSaved();
}

describe('building a model from a blank scenario', () => {
  const session = useE2eSession({ openWorkspace: true });
  beforeAll(() => {
    ({ page, problems } = session);
  });

  it('"+ Nytt scenario" asks for name, municipality and horizon and opens an empty model that says what to do', async () => {
    await page.getByTestId('new-scenario').click();
    const dialog = page.getByTestId('new-scenario-dialog');
    await dialog.waitFor();
    await page.getByTestId('new-name').fill('Egen modell');
    await page.getByTestId('new-municipality').fill('Lier');
    await page.getByTestId('new-first-year').fill('20X5');
    await page.getByTestId('new-create').click();
    // A year that is not a number is refused with a message, and nothing is created.
    expect(await page.getByTestId('new-error').textContent()).toMatch(/Første år må være et helt årstall/);
    await page.getByTestId('new-first-year').fill('2025');
    await page.getByTestId('new-years').fill('4');
    await screenshot(page, 'structure-new-dialog');
    await page.getByTestId('new-create').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('scenario-name').filter({ hasText: 'Egen modell' }).waitFor();
    await page.getByTestId('next-steps').waitFor();
    await shots('empty');
    await page.getByTestId('next-add-area').click();
    await page.getByTestId('areas-empty').waitFor();
  });

  it('adds two programme areas with frames and a frame item, each a saved step', async () => {
    await addArea('P05', 'Helse');
    await addArea('P07', 'Rus og psykisk helse');
    await typeInto(page, 'rammer', 'p05.opprinnelig_budsjett', 2025, '1 000');
    await waitSaved();
    await typeInto(page, 'rammer', 'p07.opprinnelig_budsjett', 2025, '500');
    await waitSaved();
    await page.getByTestId('area-P05').click();
    await page.getByTestId('item-new-name').fill('Nye bofellesskap');
    await page.getByTestId('item-add').click();
    await page.getByTestId('item-nye_bofellesskap').waitFor();
    await waitSaved();
    await typeInto(page, 'rammer', 'p05.post.nye_bofellesskap', 2025, '100');
    await waitSaved();
    await expectCell(page, 'rammer', 'p05.ramme', 2025, 1100);
    await expectCell(page, 'rammer', 'p07.ramme', 2025, 500);
    // A printed total that does not add up is a finding, as for the published tables.
    await page.getByTestId('stated').locator('summary').click();
    await page.getByTestId('stated-frame-2025').fill('1 110');
    await page.getByTestId('stated-frame-2025').press('Enter');
    await waitSaved();
    await shots('areas');
  });

  it('adds the municipal deflator; both areas compute wage and price growth with it, and it moves both frames', async () => {
    await page.getByTestId('tab-forutsetninger').click();
    await page.getByTestId('assumption-new-name').fill('Kommunal deflator');
    await page.getByTestId('assumption-add').click();
    await page.getByTestId('assumption-kommunal_deflator').waitFor();
    await waitSaved();
    await typeInto(page, 'forutsetninger', 'forutsetning.kommunal_deflator', 2025, '5 %');
    await waitSaved();
    await shots('assumptions');
    await page.getByTestId('tab-rammer').click();
    for (const code of ['P05', 'P07']) {
      await page.getByTestId(`area-${code}`).getByTestId('area-growth').selectOption('kommunal_deflator');
      await waitSaved();
    }
    await expectCell(page, 'rammer', 'p05.lonns_og_prisvekst', 2025, 50);
    await expectCell(page, 'rammer', 'p07.lonns_og_prisvekst', 2025, 25);
    await expectCell(page, 'rammer', 'p05.ramme', 2025, 1150);
    await page.getByTestId('tab-forutsetninger').click();
    await typeInto(page, 'forutsetninger', 'forutsetning.kommunal_deflator', 2025, '10 %');
    await waitSaved();
    await page.getByTestId('tab-rammer').click();
    await expectCell(page, 'rammer', 'p05.ramme', 2025, 1200);
    await expectCell(page, 'rammer', 'p07.ramme', 2025, 550);
  });

  it('adds an investment with a loan: half loan-financed, the loan follows', async () => {
    await page.getByTestId('tab-investeringer').click();
    await page.getByTestId('investment-new-name').fill('Nytt sykehjem');
    await page.getByTestId('investment-new-area').selectOption('p05');
    await page.getByTestId('investment-add').click();
    await page.getByTestId('investment-nytt_sykehjem').waitFor();
    await waitSaved();
    await typeInto(page, 'investeringer', 'invest.nytt_sykehjem.belop', 2025, '10 000');
    await waitSaved();
    await typeInto(page, 'investeringer', 'invest.nytt_sykehjem.lanandel', 2025, '50 %');
    await waitSaved();
    await expectCell(page, 'investeringer', 'finans.nye_lan', 2025, 5000);
    await shots('investments');
  });

  it('removing an area a formula uses says which formula, and removes nothing', async () => {
    // A line of Oversikt reads P05's frame: typed in the formula editor, the names completed.
    await page.getByTestId('tab-oversikt').click();
    await P05_SHARE.add(page);
    await waitSaved();
    await page.getByTestId('tab-rammer').click();
    await page.getByTestId('area-P05').getByTestId('area-remove').click();
    const dialog = page.getByTestId('removal-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('removal-blockers').textContent()).toContain('«P05s andel av rammene» (resultat.p05s_andel_av_rammene) bruker p05.ramme');
    expect(await page.getByTestId('removal-goes').textContent()).toContain('Investeringsprosjekt: Nytt sykehjem');
    expect(await page.getByTestId('removal-confirm').isDisabled()).toBe(true);
    await shots('remove-blocked');
    await page.getByTestId('removal-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    await expectCell(page, 'rammer', 'p05.ramme', 2025, 1200);
  });

  it('changes P05’s code to P04: its keys and the formula that reads them follow, in one undoable step', async () => {
    await page.getByTestId('area-P05').getByTestId('area-code').fill('P04');
    await page.getByTestId('area-P05').getByTestId('area-code').press('Enter');
    await page.getByTestId('area-P04').waitFor();
    await expect.poll(() => page.getByTestId('message').textContent()).toContain('Formler som leste P05 leser nå P04: «P05s andel av rammene» (resultat.p05s_andel_av_rammene)');
    await waitSaved();
    await expectCell(page, 'rammer', 'p04.ramme', 2025, 1200);
    await page.getByTestId('grid-rammer').locator('[row-id="p05.ramme"]').waitFor({ state: 'detached' });
    await (await yearCell(page, 'rammer', 'p04.post.nye_bofellesskap', 2025)).waitFor();
    await page.getByTestId('tab-oversikt').click();
    await (await yearCell(page, 'oversikt', P05_SHARE.key, 2025)).click();
    await expect.poll(() => page.getByTestId('formula-input').inputValue()).toBe('p04.ramme / resultat.sum_rammer');
    expect(await page.getByTestId('undo').getAttribute('title')).toContain('Programområdet Helse har nå koden P04 (var P05)');
    await shots('recoded');
    // A code another area has is refused, and nothing changes.
    await page.getByTestId('tab-rammer').click();
    await page.getByTestId('area-P04').getByTestId('area-code').fill('p07');
    await page.getByTestId('area-P04').getByTestId('area-code').press('Enter');
    await expect.poll(() => page.getByTestId('message').textContent()).toContain('Koden p07 er allerede brukt');
    expect(await areaCodes(page)).toEqual(['P04', 'P07']);
    await page.getByTestId('undo').click();
    await page.getByTestId('area-P05').waitFor();
    await waitSaved();
    await expectCell(page, 'rammer', 'p05.ramme', 2025, 1200);
  });

  it('removes an area nothing uses as one step, and Angre brings it back with its frame', async () => {
    await page.getByTestId('area-P07').getByTestId('area-remove').click();
    await page.getByTestId('removal-dialog').waitFor();
    await page.getByTestId('removal-confirm').click();
    await page.getByTestId('area-P07').waitFor({ state: 'detached' });
    await waitSaved();
    await page.getByTestId('grid-rammer').locator('[row-id="p07.ramme"]').waitFor({ state: 'detached' });
    expect(await page.getByTestId('undo').getAttribute('title')).toContain('Fjernet programområdet P07 Rus og psykisk helse');
    await page.getByTestId('undo').click();
    await page.getByTestId('area-P07').waitFor();
    await waitSaved();
    await expectCell(page, 'rammer', 'p07.ramme', 2025, 550);
  });

  it('after a reload everything is there: areas, item, printed total, deflator, investment and its loan', async () => {
    await page.reload();
    await page.getByTestId('scenario-item').filter({ hasText: 'Egen modell' }).click();
    await page.getByTestId('scenario-name').filter({ hasText: 'Egen modell' }).waitFor();
    await page.getByTestId('tab-rammer').click();
    expect(await areaCodes(page)).toEqual(['P05', 'P07']);
    await page.getByTestId('item-nye_bofellesskap').waitFor();
    await page.getByTestId('stated').locator('summary').click();
    expect(await page.getByTestId('stated-frame-2025').inputValue()).toBe('1\u00a0110');
    await expectCell(page, 'rammer', 'p05.lonns_og_prisvekst', 2025, 100);
    await expectCell(page, 'rammer', 'p07.ramme', 2025, 550);
    await page.getByTestId('tab-investeringer').click();
    await expectCell(page, 'investeringer', 'finans.nye_lan', 2025, 5000);
    expect(await cellNumber(page, 'investeringer', 'invest.nytt_sykehjem.belop', 2025)).toBe(10000);
    expect(problems).toEqual([]);
  });
});
