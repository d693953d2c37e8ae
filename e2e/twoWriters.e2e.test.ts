// Two browser tabs editing the same scenario lose no edit: the stale one is refused, says so, and reloads.
import { describe, expect, it } from 'vitest';
import { cellNumber, expectCell, yearCell } from './grid';
import { openPage, screenshot, useE2eSession } from './harness';

const session = useE2eSession();

describe('two writers', () => {
  it('refuses a stale edit with a message and shows the other tab’s edit', async () => {
    const a = await openPage(session.browser, session.app.url);
    const b = await openPage(session.browser, session.app.url);
    for (const { page } of [a, b]) {
      await page.getByTestId('tab-rammer').click();
      await page.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();
    }
    const type = async (page: typeof a.page, key: string, text: string) => {
      await (await yearCell(page, 'rammer', key, 2025)).dblclick();
      const editor = page.locator('.ag-cell-inline-editing input');
      await editor.fill(text);
      await editor.press('Enter');
    };
    await type(a.page, 'p08.budsjettendringer', '15 500');
    await a.page.getByTestId('save-state').filter({ hasText: /^Lagret$/ }).waitFor();
    await expectCell(a.page, 'rammer', 'p08.budsjettendringer', 2025, 15500);

    // Tab B still shows the old revision: its edit must not overwrite A's.
    expect(await cellNumber(b.page, 'rammer', 'p08.budsjettendringer', 2025)).toBe(15210);
    await type(b.page, 'p07.budsjettendringer', '2 500');
    const message = b.page.getByTestId('message');
    await message.filter({ hasText: 'endret et annet sted' }).waitFor();
    await expectCell(b.page, 'rammer', 'p08.budsjettendringer', 2025, 15500);
    await expectCell(b.page, 'rammer', 'p07.budsjettendringer', 2025, 2202);
    await screenshot(b.page, 'two-writers');
    expect(a.problems).toEqual([]);
  });
});
