// Units on input: a value is read in the unit of the line it goes into, typed or pasted; one that names an
// incompatible unit is refused with a message and changes nothing; the undo label says how the value was read. A bare
// number in a line shown in per cent is percentage points, typed or pasted ("1,75" is 1,75 %, not 175 %).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cellNumber, expectCell, pasteText, selectCell, typeInto, waitSaved, yearCell } from './grid';
import { screenshot, useE2eSession } from './harness';
import { measuresGrid } from './measuresGrid';

const session = useE2eSession({ openWorkspace: true });
const KEY = 'p07.budsjettendringer'; // 1000 kr
const undoTitle = async (page: Page) => (await page.getByTestId('undo').getAttribute('title'))?.replace(/[\u00a0\u202f]/g, ' ');
const REFUSED = '«0,6 %» er en prosent; linjen er i 1000 kr.';

describe('units on input', () => {
  it('reads "12,0 mill." pasted into a 1000 kr line as 12 000, and says so in the undo label', { timeout: 120_000 }, async () => {
    const { page } = session;
    await page.getByTestId('tab-rammer').click();
    await page.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();
    await selectCell(page, 'rammer', KEY, 2024);
    await pasteText(page, 'rammer', '12,0 mill.');
    await expectCell(page, 'rammer', KEY, 2024, 12000);
    await waitSaved(page);
    // nb-NO groups thousands with a no-break space.
    const title = (await page.getByTestId('undo').getAttribute('title'))?.replace(/[\u00a0\u202f]/g, ' ');
    expect(title).toBe('Angre: Endret P07 Sum budsjettendringer inneværende år 2024: 12,0 mill. → 12 000');

    await typeInto(page, 'rammer', KEY, 2025, '0,7 mill.');
    await expectCell(page, 'rammer', KEY, 2025, 700);
    await typeInto(page, 'rammer', KEY, 2026, '5 000 kr');
    await expectCell(page, 'rammer', KEY, 2026, 5);
    await waitSaved(page);
  });

  it('refuses "0,6 %" in a money line, typed or pasted, with a message, and changes nothing', { timeout: 120_000 }, async () => {
    const { page, problems } = session;
    const before = await cellNumber(page, 'rammer', KEY, 2027);
    await (await yearCell(page, 'rammer', KEY, 2027)).click();
    const undoBefore = await undoTitle(page);
    await pasteText(page, 'rammer', '0,6 %');
    // The refusal says what the text is and what the line takes, not "ikke et tall".
    const message = page.getByTestId('message').filter({ hasText: REFUSED });
    await message.waitFor();
    expect(await message.textContent()).not.toContain('ikke et tall');
    expect(await cellNumber(page, 'rammer', KEY, 2027)).toBe(before);
    await screenshot(page, 'units-refused');
    await typeInto(page, 'rammer', KEY, 2027, '0,6 %');
    await page.getByTestId('message').filter({ hasText: REFUSED }).waitFor();
    expect(await cellNumber(page, 'rammer', KEY, 2027)).toBe(before);
    // Nothing was saved: no new step to undo.
    await waitSaved(page);
    expect(await undoTitle(page)).toBe(undoBefore);
    expect(problems).toEqual([]);
  });

  it('reads "1,75" typed or pasted into a rate line as 1,75 %, and refuses an amount there', { timeout: 120_000 }, async () => {
    const { page, problems } = session;
    const RATE = 'plan.rente_nye_lan';
    await page.getByTestId('tab-forutsetninger').click();
    await page.getByTestId('grid-forutsetninger').locator('.ag-row').first().waitFor();
    await selectCell(page, 'forutsetninger', RATE, 2025);
    await pasteText(page, 'forutsetninger', '1,75');
    await expectCell(page, 'forutsetninger', RATE, 2025, 1.75);
    await typeInto(page, 'forutsetninger', RATE, 2026, '2,5');
    await expectCell(page, 'forutsetninger', RATE, 2026, 2.5);
    // The typed edit's work after its frame (the focus moved down, Forklar) done before the next cell is clicked.
    await waitSaved(page);
    await selectCell(page, 'forutsetninger', RATE, 2027);
    await pasteText(page, 'forutsetninger', '17,5 ‰');
    await expectCell(page, 'forutsetninger', RATE, 2027, 1.75);
    await waitSaved(page);
    const before = await cellNumber(page, 'forutsetninger', RATE, 2024);
    await selectCell(page, 'forutsetninger', RATE, 2024);
    await pasteText(page, 'forutsetninger', '12 mill.');
    await page.getByTestId('message').filter({ hasText: '«12 mill.» er et beløp; linjen er i prosent.' }).waitFor();
    expect(await cellNumber(page, 'forutsetninger', RATE, 2024)).toBe(before);
    await screenshot(page, 'units-rate');
    expect(problems).toEqual([]);
  });

  it('reads "1,5 mill." in a measure field as 1 500, says so in the undo label, and refuses "0,6 %" there', { timeout: 120_000 }, async () => {
    const { page, problems } = session;
    const m = measuresGrid(() => page);
    await page.getByTestId('tab-tiltak').click();
    await m.grid().locator('.ag-row').first().waitFor();
    await m.type('p07_botiltak', 'fullYear', '1,5 mill.');
    await expect.poll(() => m.text('p07_botiltak', 'fullYear')).toBe('1 500');
    await waitSaved(page);
    expect(await undoTitle(page)).toBe('Angre: Endret tiltak «Nytt botiltak forebygger overliggere og private kjøp», Helårseffekt: 1,5 mill. → 1 500');
    const undoBefore = await undoTitle(page);
    await m.type('p07_botiltak', 'fullYear', '0,6 %');
    await page.getByTestId('message').filter({ hasText: '«0,6 %» er en prosent; feltet er i 1000 kr.' }).waitFor();
    expect(await m.text('p07_botiltak', 'fullYear')).toBe('1 500');
    // The probability is typed in per cent, with or without the sign.
    await m.type('p07_botiltak', 'probability', '60 %');
    await expect.poll(() => m.text('p07_botiltak', 'probability')).toBe('60 %');
    await waitSaved(page);
    expect(await undoTitle(page)).not.toBe(undoBefore);
    await screenshot(page, 'units-measure');
    expect(problems).toEqual([]);
  });

  it('reads "1,5 mill." in an Analyse field in its line\'s unit, and refuses "0,6 %" there with nothing saved', { timeout: 120_000 }, async () => {
    const { page, problems } = session;
    await page.getByTestId('tab-analyse').click();
    await page.getByTestId('goal-seek').waitFor();
    await page.getByTestId('goal-target').selectOption('resultat.resultatgrad');
    await page.getByTestId('goal-lever').selectOption('plan.innsparingskrav');
    await page.getByTestId('goal-lever-year').selectOption('same');
    expect(await page.getByTestId('goal-lo').getAttribute('data-unit')).toBe('1000 kr');
    const undoBefore = await undoTitle(page);
    await page.getByTestId('goal-lo').fill('0,6 %');
    await page.getByTestId('goal-run').click();
    await page.getByTestId('message').filter({ hasText: '«0,6 %» er en prosent; feltet er i 1000 kr.' }).waitFor();
    expect(await page.getByTestId('goal-result').count()).toBe(0);
    // The range from 1,5 mill. (1 500) to 500 mill. (500 000) holds the answer; read in 1000 kr it is found.
    await page.getByTestId('goal-lo').fill('1,5 mill.');
    await page.getByTestId('goal-hi').fill('500 mill.');
    await page.getByTestId('goal-run').click();
    const result = page.getByTestId('goal-result');
    await result.waitFor();
    expect(await result.getAttribute('class')).not.toContain('failed');
    expect((await result.textContent())?.replace(/[\u00a0\u202f]/g, ' ')).toContain('= 1,75 %');
    // A bare "1,5" is already in 1000 kr, and "500 kr" is 0,5 of them: the answer names the range as read.
    await page.getByTestId('goal-lo').fill('1,5');
    await page.getByTestId('goal-hi').fill('500 kr');
    await page.getByTestId('goal-run').click();
    await expect.poll(() => result.getAttribute('class')).toContain('failed');
    expect(await result.textContent()).toContain('fikk 1,5 til 0,5');
    // The target is a rate: "1,5 mill." there is refused.
    await page.getByTestId('goal-value').fill('1,5 mill.');
    await page.getByTestId('goal-run').click();
    await page.getByTestId('message').filter({ hasText: '«1,5 mill.» er et beløp; feltet er i prosent.' }).waitFor();
    expect(await undoTitle(page)).toBe(undoBefore);
    await screenshot(page, 'units-analyse');
    expect(problems).toEqual([]);
  });

  it('gives every number field on screen its unit (no field reads numbers on its own)', { timeout: 120_000 }, async () => {
    const { page } = session;
    const tabs = await page.locator('[data-testid^="tab-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
    const unmarked: string[] = [];
    let numberFields = 0;
    for (const tab of tabs) {
      await page.getByTestId(tab).click();
      await page.waitForTimeout(300);
      // An input that shows a number (a year, an amount, a rate) must be a NumberInput: it carries its unit.
      const found = await page.locator('input').evaluateAll((els) =>
        els
          .filter((e) => {
            const i = e as HTMLInputElement;
            return !['checkbox', 'radio', 'file', 'hidden'].includes(i.type) && i.offsetParent !== null && /^[\s\d.,%‰()+\-\u2212]*\d[\s\d.,%‰()+\-\u2212]*$/.test(i.value);
          })
          .filter((e) => !e.hasAttribute('data-unit') || e.getAttribute('inputmode') !== 'decimal')
          .map((e) => e.getAttribute('data-testid') ?? e.outerHTML.slice(0, 80)),
      );
      unmarked.push(...found.map((f) => `${tab}: ${f}`));
      numberFields += await page.locator('input[inputmode="decimal"][data-unit]:visible').count();
    }
    expect(tabs.length).toBeGreaterThan(5);
    // The scan saw number fields (Analyse's target and range), so it would see one without a unit.
    expect(numberFields).toBeGreaterThanOrEqual(3);
    expect(unmarked).toEqual([]);
  });
});
