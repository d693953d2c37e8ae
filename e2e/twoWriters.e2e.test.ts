// Two pages on the same scenario see each other's edits live (the web mode's live stream, as on the team server):
// each acknowledged edit reaches the other page within a second, and neither loses one.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectCell, waitSaved, yearCell } from './grid';
import { openPage, screenshot, useE2eSession } from './harness';

const session = useE2eSession();

/** How long after the store acknowledged `writer`'s edit `reader` shows it (the task's measure: from the edit's answer
 *  to the other screen, both clocks this machine's), and from the writer's Enter. */
async function liveDelay(writer: Page, reader: Page, key: string, year: number, text: string): Promise<{ afterAck: number; afterEnter: number }> {
  const cell = await yearCell(reader, 'rammer', key, year);
  const colId = await cell.getAttribute('col-id');
  const shown = reader.waitForFunction(
    ([k, c, want]) => {
      const now = document.querySelector(`[data-testid="grid-rammer"] [row-id="${k}"] [col-id="${c}"]`)?.textContent?.replace(/\s/g, '');
      return now === want ? Date.now() : false;
    },
    [key, colId, text.replace(/\s/g, '')] as const,
    { polling: 'raf', timeout: 10_000 },
  );
  const acked = new Promise<number>((resolve) => {
    const seen = (r: { url(): string }) => {
      if (!r.url().endsWith('/api/scenario.edit')) return;
      writer.off('response', seen);
      resolve(Date.now());
    };
    writer.on('response', seen);
  });
  await (await yearCell(writer, 'rammer', key, year)).dblclick();
  const editor = writer.locator('.ag-cell-inline-editing input');
  await editor.fill(text);
  const enter = Date.now();
  await editor.press('Enter');
  const at = (await (await shown).jsonValue()) as number;
  return { afterAck: at - (await acked), afterEnter: at - enter };
}

describe('two writers', () => {
  it('see each other’s edits within a second, and lose none', async () => {
    const a = await openPage(session.browser, session.app.url);
    const b = await openPage(session.browser, session.app.url);
    for (const { page } of [a, b]) {
      await page.getByTestId('tab-rammer').click();
      await page.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();
    }
    const aToB = await liveDelay(a.page, b.page, 'p08.budsjettendringer', 2025, '15 500');
    await waitSaved(a.page);
    const bToA = await liveDelay(b.page, a.page, 'p07.budsjettendringer', 2025, '2 500');
    await waitSaved(b.page);
    console.log(`live: A → B ${aToB.afterAck} ms after the store's answer (${aToB.afterEnter} ms after Enter); B → A ${bToA.afterAck} ms (${bToA.afterEnter} ms)`);
    // Issue 21's bound: a colleague's acknowledged edit is on the other screen within a second.
    expect(aToB.afterAck).toBeLessThan(1000);
    expect(bToA.afterAck).toBeLessThan(1000);
    // What depends on the edit moved too (the engine recomputed B's copy), and both pages agree after a reload.
    await expectCell(b.page, 'rammer', 'p08.budsjettendringer', 2025, 15500);
    await expectCell(a.page, 'rammer', 'p07.budsjettendringer', 2025, 2500);
    await screenshot(b.page, 'two-writers');
    for (const { page } of [a, b]) {
      await page.reload();
      await page.getByTestId('tab-rammer').click();
      await expectCell(page, 'rammer', 'p08.budsjettendringer', 2025, 15500);
      await expectCell(page, 'rammer', 'p07.budsjettendringer', 2025, 2500);
    }
    // B's undo takes back the last edit of the scenario (its own) on A's screen as well.
    await b.page.keyboard.press('Control+z');
    await expectCell(a.page, 'rammer', 'p07.budsjettendringer', 2025, 2202);
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });
});
