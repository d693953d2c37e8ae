// Lines of one's own end to end: add an input line and formula lines (the formula typed with completion of line
// names, an unknown name refused as you type), rename a line another formula reads and see that formula keep
// working, be told where a line is used when removing it, undo, reload — the real UI in Chromium, the web mode
// and a real SQLite file.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellNumber, expectCell, rowOrder, typeInto, waitSaved as waitSavedOn, yearCell } from './grid';
import { screenshot, useE2eSession } from './harness';
import { complete as completeOn, openLineForm } from './lineForm';

const session = useE2eSession({ openWorkspace: true });
let page: Page;
let problems: string[];
beforeAll(() => {
  ({ page, problems } = session);
  page.setDefaultTimeout(10_000);
});

const waitSaved = () => waitSavedOn(page);
const MEASURE = 'tiltak.p05_egen_avlastning.innsparing';

async function shoot(name: string) {
  for (const [w, h] of [
    [1366, 768],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await screenshot(page, `lines-${name}-${w}`);
  }
  await page.setViewportSize({ width: 1400, height: 900 });
}

async function openView(view: string) {
  await page.getByTestId(`tab-${view}`).click();
  await page.getByTestId(`grid-${view}`).locator('.ag-row').first().waitFor();
}

const complete = (testId: string, typed: string, key: string, acceptWith: 'Enter' | 'Tab') => completeOn(page, testId, typed, key, acceptWith);
const addLine = (opts: Parameters<typeof openLineForm>[1]) => openLineForm(page, opts);

describe('lines of one’s own', () => {
  it('adds an input line to Forutsetninger and one to an area in Rammer, with readable keys', async () => {
    await openView('forutsetninger');
    await addLine({ name: 'Prisvekst', group: 'plan', kind: 'input', unit: 'andel' });
    await page.getByTestId('add-line-submit').click();
    await (await yearCell(page, 'forutsetninger', 'plan.prisvekst', 2024)).waitFor();
    await typeInto(page, 'forutsetninger', 'plan.prisvekst', 2024, '3 %');
    await typeInto(page, 'forutsetninger', 'plan.prisvekst', 2025, '3 %');
    await expectCell(page, 'forutsetninger', 'plan.prisvekst', 2025, 3);
    await waitSaved();

    await openView('rammer');
    await (await yearCell(page, 'rammer', 'p05.ramme', 2024)).click();
    await addLine({ name: 'Vikarbruk på sykehjem', group: 'P05', kind: 'input' });
    expect(await page.getByTestId('add-line-place').textContent()).toMatch(/Legges under «Ramme/);
    await page.getByTestId('add-line-submit').click();
    await typeInto(page, 'rammer', 'p05.vikarbruk_paa_sykehjem', 2025, '12 000');
    await expectCell(page, 'rammer', 'p05.vikarbruk_paa_sykehjem', 2025, 12000);
    await waitSaved();
    expect(await page.getByTestId('undo').getAttribute('title')).toMatch(/Endret/);
  });

  it('adds a formula line that reads a measure, an assumption and the new line, typed with completion; a bad name is refused as you type', async () => {
    await addLine({ name: 'Vikarbruk etter tiltak, prisjustert', group: 'P05', kind: 'formula' });
    const input = page.getByTestId('add-line-formula-input');
    await input.fill('(');
    // By label: «Vikarbruk på sykehjem», accepted with Tab.
    await complete('add-line-formula', 'sykehjem', 'p05.vikarbruk_paa_sykehjem', 'Tab');
    await input.pressSequentially(' - ');
    // A misspelt name: the engine's message and its suggestion while typing.
    await input.pressSequentially('tiltak.p05_egen_avlastnin.innsparing)');
    // Escape closes the suggestions (if the misspelling still has any), not the form.
    if ((await page.getByTestId('add-line-formula-suggestions').count()) > 0) {
      await input.press('Escape');
      await page.getByTestId('add-line-formula-suggestions').waitFor({ state: 'detached' });
    }
    await page.getByTestId('add-line-form').waitFor();
    const error = page.getByTestId('add-line-formula-error');
    await expect.poll(() => error.textContent()).toMatch(/Ukjent navn «tiltak\.p05_egen_avlastnin\.innsparing»\. Mente du «tiltak\.p05_egen_avlastning\.innsparing»\?/);
    await shoot('typing-error');
    await page.getByTestId('add-line-submit').click();
    expect(await page.getByTestId('add-line-problem').textContent()).toMatch(/Ukjent navn/);
    // Clear the bad name and complete the measure by a word of its label, with the arrow keys and Enter.
    await input.fill('(p05.vikarbruk_paa_sykehjem - ');
    await complete('add-line-formula', 'avlastningskapasitet', MEASURE, 'Enter');
    await input.pressSequentially(') * (1 + ');
    await complete('add-line-formula', 'prisv', 'plan.prisvekst', 'Tab');
    await input.pressSequentially(')');
    expect(await input.inputValue()).toBe(`(p05.vikarbruk_paa_sykehjem - ${MEASURE}) * (1 + plan.prisvekst)`);
    expect(await error.count()).toBe(0);
    // The formula with the lines' labels beside their keys.
    const readable = page.getByTestId('add-line-formula-readable');
    expect(await readable.textContent()).toMatch(/Vikarbruk på sykehjem\s*p05\.vikarbruk_paa_sykehjem/);
    expect(await readable.textContent()).toMatch(/Egen avlastningskapasitet i stedet for kjøp fra private: innsparing/);
    await shoot('add-formula');
    await page.getByTestId('add-line-submit').click();
    await page.getByTestId('add-line-form').waitFor({ state: 'detached' });
    const key = 'p05.vikarbruk_etter_tiltak_prisjustert';
    const measure2025 = await cellNumber(page, 'rammer', 'p05.tiltak', 2025);
    // p05.tiltak is − the measures' savings; this one is P05's only measure in 2025 apart from others: read the line.
    await expectCell(page, 'rammer', key, 2025, (12000 - (await measureSaving(2025))) * 1.03);
    expect(Number.isFinite(measure2025)).toBe(true);
    await waitSaved();
    // The formula bar shows it with labels, and can edit it.
    await (await yearCell(page, 'rammer', key, 2025)).click();
    await expect.poll(() => page.getByTestId('formula-readable').textContent()).toMatch(/Prisvekst\s*plan\.prisvekst/);
    await shoot('formula-bar');
  });

  it('renames the input line: the formula that reads it is rewritten and keeps its values, in one undoable step', async () => {
    const key = 'p05.vikarbruk_etter_tiltak_prisjustert';
    const before = await cellNumber(page, 'rammer', key, 2025);
    await (await yearCell(page, 'rammer', 'p05.vikarbruk_paa_sykehjem', 2025)).click();
    await page.getByTestId('line-rename').click();
    await page.getByTestId('line-rename-input').fill('Innleie av vikarer');
    await page.getByTestId('line-rename-apply').click();
    await expect.poll(() => page.getByTestId('message').textContent()).toMatch(/«Innleie av vikarer» heter nå p05\.innleie_av_vikarer/);
    await expectCell(page, 'rammer', 'p05.innleie_av_vikarer', 2025, 12000);
    await expectCell(page, 'rammer', key, 2025, before);
    await waitSaved();
    expect(await page.getByTestId('undo').getAttribute('title')).toMatch(/Ga linjen «Vikarbruk på sykehjem» nytt navn «Innleie av vikarer»/);
    await (await yearCell(page, 'rammer', key, 2025)).click();
    await expect.poll(() => page.getByTestId('formula-input').inputValue()).toBe(`(p05.innleie_av_vikarer - ${MEASURE}) * (1 + plan.prisvekst)`);
  });

  it('moves a line of one’s own up and down within its area, each move one undoable step', async () => {
    const formula = 'p05.vikarbruk_etter_tiltak_prisjustert';
    const input = 'p05.innleie_av_vikarer';
    /** The rows of P05's frame total, the input line and the formula line, in the order the grid shows them. */
    const order = async () => {
      const ids = await rowOrder(page, 'grid-rammer');
      return ['p05.ramme', input, formula].sort((x, y) => ids.indexOf(x) - ids.indexOf(y));
    };
    const formulaFirst = ['p05.ramme', formula, input];
    const inputFirst = ['p05.ramme', input, formula];
    expect(await order()).toEqual(inputFirst);
    await (await yearCell(page, 'rammer', formula, 2025)).click();
    await page.getByTestId('line-up').click();
    await expect.poll(order).toEqual(formulaFirst);
    await waitSaved();
    expect(await page.getByTestId('undo').getAttribute('title')).toContain('Flyttet linjen «Vikarbruk etter tiltak, prisjustert»');
    await shoot('moved-up');
    // It stays selected and goes down again; undo and redo take the move back and forth.
    await page.getByTestId('line-down').click();
    await expect.poll(order).toEqual(inputFirst);
    await waitSaved();
    await page.getByTestId('undo').click();
    await expect.poll(order).toEqual(formulaFirst);
    await page.getByTestId('redo').click();
    await expect.poll(order).toEqual(inputFirst);
    await waitSaved();
  });

  it('refuses to remove a line a formula reads, saying where it is used; removes the formula line, and undo brings it back', async () => {
    await (await yearCell(page, 'rammer', 'p05.innleie_av_vikarer', 2025)).click();
    await page.getByTestId('line-remove').click();
    await expect.poll(() => page.getByTestId('message').textContent()).toMatch(
      /«Innleie av vikarer» kan ikke fjernes: den brukes i formelen til «Vikarbruk etter tiltak, prisjustert» \(p05\.vikarbruk_etter_tiltak_prisjustert\)/,
    );
    await shoot('used-by');
    expect(await page.getByTestId('grid-rammer').locator('[row-id="p05.innleie_av_vikarer"]').count()).toBe(1);
    const key = 'p05.vikarbruk_etter_tiltak_prisjustert';
    await (await yearCell(page, 'rammer', key, 2025)).click();
    await page.getByTestId('line-remove').click();
    await page.getByTestId('grid-rammer').locator(`[row-id="${key}"]`).waitFor({ state: 'detached' });
    await waitSaved();
    await page.getByTestId('undo').click();
    await page.getByTestId('grid-rammer').locator(`[row-id="${key}"]`).waitFor();
    await waitSaved();
  });

  it('keeps it all after a reload', async () => {
    await page.reload();
    await page.getByTestId('workspace').waitFor();
    await openView('rammer');
    await expectCell(page, 'rammer', 'p05.innleie_av_vikarer', 2025, 12000);
    await expectCell(page, 'rammer', 'p05.vikarbruk_etter_tiltak_prisjustert', 2025, (12000 - (await measureSaving(2025))) * 1.03);
    await shoot('after-reload');
    expect(problems).toEqual([]);
  });
});

/** The measure's saving in a year, read from the Tiltak view. */
async function measureSaving(year: number): Promise<number> {
  await openView('tiltak');
  const v = await cellNumber(page, 'tiltak', MEASURE, year);
  await openView('rammer');
  return v;
}
