// Units on input: a value is read in the unit of the line it goes into, typed or pasted; one that names an
// incompatible unit is refused with a message and changes nothing; the undo label says how the value was read. A bare
// number in a line shown in per cent is percentage points, typed or pasted ("1,75" is 1,75 %, not 175 %).
import { describe, expect, it } from 'vitest';
import { cellNumber, expectCell, pasteText, typeInto, waitSaved, yearCell } from './grid';
import { screenshot, useE2eSession } from './harness';

const session = useE2eSession({ openWorkspace: true });
const KEY = 'p07.budsjettendringer'; // 1000 kr

describe('units on input', () => {
  it('reads "12,0 mill." pasted into a 1000 kr line as 12 000, and says so in the undo label', { timeout: 120_000 }, async () => {
    const { page } = session;
    await page.getByTestId('tab-rammer').click();
    await page.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();
    await (await yearCell(page, 'rammer', KEY, 2024)).click();
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
    await pasteText(page, 'rammer', '0,6 %');
    await page.getByTestId('message').filter({ hasText: '«0,6 %» passer ikke til enheten 1000 kr' }).waitFor();
    expect(await cellNumber(page, 'rammer', KEY, 2027)).toBe(before);
    await screenshot(page, 'units-refused');
    await typeInto(page, 'rammer', KEY, 2027, '0,6 %');
    await page.getByTestId('message').filter({ hasText: '«0,6 %» passer ikke til enheten 1000 kr' }).waitFor();
    expect(await cellNumber(page, 'rammer', KEY, 2027)).toBe(before);
    expect(problems).toEqual([]);
  });

  it('reads "1,75" typed or pasted into a rate line as 1,75 %, and refuses an amount there', { timeout: 120_000 }, async () => {
    const { page, problems } = session;
    const RATE = 'plan.rente_nye_lan';
    await page.getByTestId('tab-forutsetninger').click();
    await page.getByTestId('grid-forutsetninger').locator('.ag-row').first().waitFor();
    await (await yearCell(page, 'forutsetninger', RATE, 2025)).click();
    await pasteText(page, 'forutsetninger', '1,75');
    await expectCell(page, 'forutsetninger', RATE, 2025, 1.75);
    await typeInto(page, 'forutsetninger', RATE, 2026, '2,5');
    await expectCell(page, 'forutsetninger', RATE, 2026, 2.5);
    await (await yearCell(page, 'forutsetninger', RATE, 2027)).click();
    await pasteText(page, 'forutsetninger', '17,5 ‰');
    await expectCell(page, 'forutsetninger', RATE, 2027, 1.75);
    await waitSaved(page);
    const before = await cellNumber(page, 'forutsetninger', RATE, 2024);
    await (await yearCell(page, 'forutsetninger', RATE, 2024)).click();
    await pasteText(page, 'forutsetninger', '12 mill.');
    await page.getByTestId('message').filter({ hasText: '«12 mill.» passer ikke til enheten' }).waitFor();
    expect(await cellNumber(page, 'forutsetninger', RATE, 2024)).toBe(before);
    await screenshot(page, 'units-rate');
    expect(problems).toEqual([]);
  });
});
