// Regnskap end to end: the real UI in Chromium, the web mode and a real SQLite file. The Drammen example carries the
// 2023 budget-vs-accounts table of the annual evaluation (seed 001): at the default threshold of 3 % three areas are
// flagged; a threshold typed in the grid changes that. Then a revised accounts file (P05 spent more) is imported
// through its preview as one undoable step, and undo takes it back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellNumber, expectCell, yearCell, typeInto as typeIntoGrid, waitSaved as waitSavedOn } from './grid';
import { root, screenshot, useE2eSession } from './harness';

const SAMPLE = path.join(root, 'shared/imports/samples/accounts-2023-seed001.csv');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-accounts-'));
// The seed's table with P05's accounts 470 000 instead of 458 460, and the stated columns left out.
const REVISED = path.join(dir, 'regnskap-2023-revidert.csv');
fs.writeFileSync(
  REVISED,
  fs
    .readFileSync(SAMPLE, 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('Sum'))
    .map((l) => l.split(';').slice(0, 3).join(';'))
    .map((l) => (l.startsWith('P05') ? l.replace('458.460', '470.000') : l))
    .join('\n'),
);

let page: Page;
let problems: string[];

const waitSaved = () => waitSavedOn(page);

const typeInto = (gridId: string, key: string, year: number, text: string) => typeIntoGrid(page, gridId, key, year, text);

describe('the Regnskap view', () => {
  const session = useE2eSession({ openWorkspace: true });
  beforeAll(() => {
    ({ page, problems } = session);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('flags the areas whose deviation exceeds the threshold, and follows a new threshold', async () => {
    await page.getByTestId('toggle-explain').click();
    await page.getByTestId('tab-regnskap').click();
    await page.getByTestId('accounts-panel').waitFor();
    await expectCell(page, 'regnskap', 'regnskap.antall_over_terskel', 2023, 3);
    expect(await (await yearCell(page, 'regnskap', 'regnskap.p05.over_terskel', 2023)).textContent()).toBe('Ja');
    expect(await (await yearCell(page, 'regnskap', 'regnskap.p08.over_terskel', 2023)).textContent()).toBe('Nei');
    // 2024 has no accounts yet: no deviation, no flag, rather than zeros.
    expect(await cellNumber(page, 'regnskap', 'regnskap.p05.avvik', 2024)).toBeNaN();
    expect(await (await yearCell(page, 'regnskap', 'regnskap.p05.over_terskel', 2024)).textContent()).toBe('');
    await typeInto('regnskap', 'regnskap.terskel', 2023, '4');
    await waitSaved();
    await expectCell(page, 'regnskap', 'regnskap.antall_over_terskel', 2023, 1);
    await page.getByTestId('undo').click();
    await waitSaved();
    await expectCell(page, 'regnskap', 'regnskap.antall_over_terskel', 2023, 3);
  });

  it('imports a revised accounts file through its preview as one step, and undoes it', async () => {
    await page.getByTestId('import-accounts-input').setInputFiles(REVISED);
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-lines').textContent()).toContain('2023');
    const flagged = page.getByTestId('import-table').locator('tr.flagged');
    expect(await flagged.count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'regnskap-import-preview');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached' });
    await waitSaved();
    await expectCell(page, 'regnskap', 'regnskap.p05.regnskap', 2023, 470_000);
    await expectCell(page, 'regnskap', 'regnskap.p05.avvik', 2023, 442_644 - 470_000);
    await page.waitForTimeout(1500); // let the grid's change flash fade before the picture
    await screenshot(page, 'regnskap');
    await page.getByTestId('undo').click();
    await waitSaved();
    await expectCell(page, 'regnskap', 'regnskap.p05.regnskap', 2023, 458_460);
    expect(problems).toEqual([]);
  });
});
