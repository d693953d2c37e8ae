// Demografi end to end: the real UI in Chromium, the web mode and a real SQLite file. On the Drammen plan example
// (no demography yet) a service is added to P05 with coverage rates of the oldest, an SSB population projection
// (the sample file in SSB's semicolon format) is imported through its preview as one undoable step, and the
// demographic cost shows in P05's frame: Nye tiltak og realendringer and Ramme move by the service's cost change.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePopulation } from '../shared/imports';
import { cellNumber, expectCell, yearCell, typeInto as typeIntoGrid, waitSaved as waitSavedOn } from './grid';
import { root, screenshot, useE2eSession } from './harness';

const SAMPLE = path.join(root, 'shared/imports/samples/ssb-14288-drammen-mmmm.csv');
const BAD = path.join(root, 'shared/imports/samples/bad/text-in-number.csv');
const UNIT_COST = 900;
const COVERAGE = { a80_89: 0.12, a90: 0.35 };

let page: Page;
let problems: string[];

/** The sample's population of ages from..to in a year, summed on the Node side from the parsed file. */
function population(year: number, from: number, to: number): number {
  const file = parsePopulation(new Uint8Array(fs.readFileSync(SAMPLE)));
  if (!file.ok) throw new Error('sample must parse');
  const y = file.years.indexOf(year);
  return file.ages.reduce((s, a, i) => (a.fromAge >= from && (a.toAge ?? 200) <= to ? s + file.values[i][y] : s), 0);
}

/** The expected demographic adjustment of P05 in a year: the cost change from the base year 2024. */
function adjustment(year: number): number {
  const change = (from: number, to: number) => population(year, from, to) - population(2024, from, to);
  return Math.round(UNIT_COST * (COVERAGE.a80_89 * change(80, 89) + COVERAGE.a90 * change(90, 200)));
}

const typeInto = (gridId: string, key: string, year: number, text: string) => typeIntoGrid(page, gridId, key, year, text);

const waitSaved = () => waitSavedOn(page);

describe('the Demografi view', () => {
  const session = useE2eSession({ openWorkspace: true });
  const before: Record<number, number> = {};
  let serviceId = '';

  beforeAll(() => {
    ({ page, problems } = session);
  });

  it('adds a service to P05 before there is any population', async () => {
    await page.getByTestId('toggle-explain').click();
    await page.getByTestId('tab-rammer').click();
    for (const year of [2025, 2027]) before[year] = await cellNumber(page, 'rammer', 'p05.ramme', year);
    await page.getByTestId('tab-demografi').click();
    await page.getByTestId('demography-panel').waitFor();
    await expect.poll(() => page.getByTestId('chart-population').textContent()).toContain('Ingen befolkningstall');
    await page.getByTestId('service-add').click();
    const row = page.locator('tr[data-testid^="service-ny_tjeneste"]');
    await row.waitFor();
    serviceId = ((await row.getAttribute('data-testid')) ?? '').replace(/^service-/, '');
    await row.getByTestId('service-name').fill('Heldøgns omsorg');
    await row.getByTestId('service-name').press('Enter');
    await row.getByTestId('service-area').selectOption('p05');
    await row.getByTestId('service-unit').fill('plasser');
    await row.getByTestId('service-unit').press('Enter');
    await waitSaved();
    await expect.poll(() => page.getByTestId('service-name').inputValue()).toBe('Heldøgns omsorg');
  });

  it('refuses a file with text in a number, saying where, and changes nothing', async () => {
    await page.getByTestId('import-population-input').setInputFiles(BAD);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await page.getByTestId('import-lines').textContent()).toMatch(/kan ikke importeres.*linje \d+/is);
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    // Escape closes it, as a dialog does.
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    expect(await page.getByTestId('undo').getAttribute('title')).not.toMatch(/Befolkning/);
  });

  it('imports an SSB projection through its preview as one step, and charts it', async () => {
    await page.getByTestId('import-population-input').setInputFiles(SAMPLE);
    await page.getByTestId('import-preview').waitFor();
    const lines = (await page.getByTestId('import-lines').textContent()) ?? '';
    expect(lines).toContain('3005 Drammen');
    expect(lines).toContain('Hovedalternativet (MMMM)');
    expect(lines).toMatch(/Disse opprettes: 0 år, 1–5 år/);
    expect(lines).toMatch(/Basisåret .* fra 2023 til 2024/);
    expect(await page.getByTestId('import-table').locator('tbody tr').count()).toBe(8);
    await screenshot(page, 'demografi-import-preview');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached' });
    await waitSaved();
    await expectCell(page, 'demografi', 'befolkning.a80_89', 2027, population(2027, 80, 89));
    await page.getByTestId('chart-population').locator('canvas').first().waitFor();
  });

  it('turns coverage rates and a unit cost into the demographic adjustment of P05’s frame, explainable to the age groups', async () => {
    const s = `demografi.${serviceId}`;
    await typeInto('demografi', `${s}.dekning_a80_89`, 2024, '12');
    await typeInto('demografi', `${s}.dekning_a90`, 2024, '35');
    await typeInto('demografi', `${s}.enhetskostnad`, 2024, String(UNIT_COST));
    await waitSaved();
    await expect.poll(() => page.getByTestId('service-change').textContent()).not.toBe('0');
    await page.waitForTimeout(2000); // let the grid's change flash fade before the picture
    await screenshot(page, 'demografi-befolkning');

    await page.getByTestId('tab-rammer').click();
    for (const year of [2025, 2027]) {
      await expectCell(page, 'rammer', 'p05.demografi', year, adjustment(year));
      expect(await cellNumber(page, 'rammer', 'p05.ramme', year)).toBe(before[year] + adjustment(year));
    }
    expect(adjustment(2027)).toBeGreaterThan(0);
    // Explain: the frame's adjustment down to the population of the age groups.
    await page.getByTestId('toggle-explain').click();
    await (await yearCell(page, 'rammer', 'p05.demografi', 2027)).click();
    await expect.poll(() => page.getByTestId('explain-panel').textContent()).toContain('Heldøgns omsorg');
  });

  it('undoes the import in one step: the population is gone and the frame is back', async () => {
    await page.getByTestId('tab-demografi').click();
    // Undo the three typed inputs, then the import.
    for (let i = 0; i < 4; i++) {
      await page.getByTestId('undo').click();
      await waitSaved();
    }
    await expect.poll(() => page.getByTestId('chart-population').textContent()).toContain('Ingen befolkningstall');
    await page.getByTestId('tab-rammer').click();
    await expectCell(page, 'rammer', 'p05.ramme', 2027, before[2027]);
    expect(problems).toEqual([]);
  });
});
