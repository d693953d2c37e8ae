// Historikk takes the scenario back to an earlier step: "Tilbake hit" on the first of three edits makes the
// numbers what they were after it, as one new edit that is saved, listed in the history, undone with Angre and
// kept over a reload. A reader on a team server sees no such button (team.e2e).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellNumber, expectCell, typeInto, waitSaved } from './grid';
import { screenshot, useE2eSession } from './harness';

const session = useE2eSession({ openWorkspace: true });
let page: Page;
let problems: string[];

beforeAll(async () => {
  ({ page, problems } = session);
  page.setDefaultTimeout(10_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('tab-rammer').click();
});

const KEY = 'p07.budsjettendringer';
const TOTAL = 'p07.konsekvensjustert_ramme';
const YEAR = 2025;

async function openHistory() {
  await page.getByTestId('open-history').click();
  await page.getByTestId('history-entry').first().waitFor();
}

describe('Historikk: back to an earlier step', () => {
  it('makes the scenario what it was after the first of three edits, as an undoable edit that is saved', async () => {
    const before = await cellNumber(page, 'rammer', KEY, YEAR);
    const total = await cellNumber(page, 'rammer', TOTAL, YEAR);
    for (const step of [100, 200, 300]) {
      await typeInto(page, 'rammer', KEY, YEAR, String(before + step));
      await expectCell(page, 'rammer', TOTAL, YEAR, total + step);
      await waitSaved(page);
    }

    await openHistory();
    const entries = page.getByTestId('history-entry');
    expect(await entries.count()).toBe(3);
    // The newest step is the scenario as it is: no button there.
    expect(await entries.nth(0).getByTestId('history-restore').count()).toBe(0);
    // Each step says what the cell became, so the three can be told apart.
    const texts = (await entries.allTextContents()).map((s) => s.replace(/[\u00a0\u202f]/g, ' '));
    expect(texts[2]).toMatch(/Endret P07 Sum budsjettendringer inneværende år 2025 til [−\d ]+\d/);
    expect(new Set(texts.map((s) => s.replace(/^.*? til /, ''))).size).toBe(3);
    await screenshot(page, 'history-restore-1366');
    await entries.nth(2).getByTestId('history-restore').click();
    await expect.poll(() => page.getByTestId('history-dialog').count()).toBe(0);
    await expectCell(page, 'rammer', KEY, YEAR, before + 100);
    await expectCell(page, 'rammer', TOTAL, YEAR, total + 100);
    expect(await page.getByTestId('message').textContent()).toContain('Scenarioet er nå slik det var');
    await waitSaved(page);

    // It is a step of its own in the history, and Angre takes it back.
    await openHistory();
    expect(await entries.count()).toBe(4);
    // It names the step it went back to.
    const label = async (i: number) => ((await entries.nth(i).locator('td').nth(1).textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
    expect(await label(0)).toContain(`Tilbake til slik det var etter «${await label(3)}» (`);
    await page.getByTestId('history-close').click();
    await page.getByTestId('undo').click();
    await expectCell(page, 'rammer', TOTAL, YEAR, total + 300);
    await waitSaved(page);
    await page.getByTestId('redo').click();
    await expectCell(page, 'rammer', TOTAL, YEAR, total + 100);
    await waitSaved(page);

    // Saved: a reload shows the earlier version.
    await page.reload();
    await page.getByTestId('workspace').waitFor();
    await page.getByTestId('tab-rammer').click();
    await expectCell(page, 'rammer', KEY, YEAR, before + 100);
    await expectCell(page, 'rammer', TOTAL, YEAR, total + 100);
    expect(problems).toEqual([]);
  });
});
