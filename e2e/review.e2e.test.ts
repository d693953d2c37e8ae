// A scenario file that comes back, end to end: the plan example is exported through the UI, changed in the app
// (one input only here, one input that the colleague changes too) and in a copy of the file (as a colleague, by
// editing its JSON: an input, a measure switched off, and the conflicting input), imported, reviewed against my
// version — the conflict decided by keyboard, one of theirs rejected — and applied as one undoable edit. The
// document is read back through the API after a reload, then undone with Ctrl+Z.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectCell, typeInto, waitSaved } from './grid';
import { screenshot, useE2eSession } from './harness';

interface Doc {
  id: string;
  areas: { id: string; frame: { originalBudget: (number | null)[] }; items: { id: string; values: (number | null)[] }[] }[];
  measures: { id: string; included: boolean }[];
}

let page: Page;
let problems: string[];

/** One operation of the API, called as the page calls it (the web mode's token). */
async function api<T>(op: string, input: unknown): Promise<T> {
  const env = await page.evaluate(
    async ([op, input]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="handlingsrom-token"]')?.content ?? '';
      const res = await fetch(`./api/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Handlingsrom-Token': token }, body: JSON.stringify(input) });
      return res.json();
    },
    [op, input] as const,
  );
  if (!env.ok) throw new Error(`${op}: ${JSON.stringify(env.error)}`);
  return env.value as T;
}

const area = (d: Doc, id: string) => d.areas.find((a) => a.id === id)!;
const item = (d: Doc, areaId: string, itemId: string) => area(d, areaId).items.find((i) => i.id === itemId)!.values;
const measure = (d: Doc, id: string) => d.measures.find((m) => m.id === id)!;
// Plan years 2023–2027: index 1 is 2024.
const P05_ITEM = 'nye_bofellesskap_og_demografi';
const P08_ITEM = 'korreksjon_prisvekst_2023';

describe('a scenario file that comes back', () => {
  const session = useE2eSession({ openWorkspace: true });
  let id: string;
  let exported: { scenario: Doc; origin: { scenarioId: string; revision: number } };
  let mine: Doc;

  beforeAll(() => {
    ({ page, problems } = session);
  });

  it('exports the plan example, and changes it in the app', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('export').click();
    const file = await download;
    exported = JSON.parse(fs.readFileSync((await file.path())!, 'utf8'));
    id = exported.scenario.id;
    expect(exported.origin).toMatchObject({ scenarioId: id, revision: 0 });

    await page.getByTestId('tab-rammer').click();
    await typeInto(page, 'rammer', 'p07.opprinnelig_budsjett', 2024, '1 234'); // the colleague changes it too
    await expectCell(page, 'rammer', 'p07.opprinnelig_budsjett', 2024, 1234);
    await typeInto(page, 'rammer', `p05.post.${P05_ITEM}`, 2025, '16 000'); // mine only
    await expectCell(page, 'rammer', `p05.post.${P05_ITEM}`, 2025, 16_000);
    // Both edits acknowledged by the store ("Lagret" may still show from before the last one was queued).
    await expect
      .poll(async () => {
        const doc = (await api<{ scenario: Doc }>('scenario.open', { id })).scenario;
        return [area(doc, 'p07').frame.originalBudget[1], item(doc, 'p05', P05_ITEM)[2]];
      }, { timeout: 10_000 })
      .toEqual([1234, 16_000]);
    await waitSaved(page);
    mine = (await api<{ scenario: Doc }>('scenario.open', { id })).scenario;
  });

  it('offers to review the colleague’s copy against my version, import as new being the default', async () => {
    // The colleague: a script editing the exported JSON.
    const theirs = structuredClone(exported);
    area(theirs.scenario, 'p07').frame.originalBudget[1] = 2222; // the conflict
    item(theirs.scenario, 'p08', P08_ITEM)[3] = -1500; // theirs only, taken
    measure(theirs.scenario, 'p08_vta').included = false; // theirs only, rejected
    await page.getByTestId('import-file').setInputFiles({ name: 'Plan fra Kari.handlingsrom', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(theirs)) });

    const offer = page.getByTestId('import-offer');
    await offer.waitFor();
    const offerText = (await offer.textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(offerText).toContain('ble eksportert fra «Drammen');
    // When, as the user reads it ("slik det var 3. desember 2026 kl. 15:52"), not the store's revision number.
    expect(offerText).toMatch(/slik det var \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}[:.]\d{2}/u);
    expect(offerText).not.toMatch(/versjon \d/);
    // The default (focused) button imports as a new scenario; the review is one Shift+Tab away.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('offer-as-new');
    for (const size of [{ width: 1366, height: 768 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(size);
      await screenshot(page, `review-offer-${size.width}`);
    }
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('review').waitFor();
  });

  it('shows their changes, mine and the conflict side by side, and applies the choices as one edit', async () => {
    const review = page.getByTestId('review');
    expect(await page.getByTestId('review-mode').getAttribute('data-mode')).toBe('threeWay');
    expect(await page.getByTestId('review-mode').textContent()).toMatch(/slik det var .* kl\. .*da filen ble eksportert/);
    const texts = async (group: string) =>
      (await review.getByTestId(`review-${group}`).getByTestId('review-item').allTextContents()).map((s) => s.replace(/[\u00a0\u202f]/g, ' '));
    const conflicts = await texts('conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toContain('P07 Opprinnelig budsjett: 2024:');
    expect(conflicts[0]).toMatch(/→ 1 234.*→ 2 222/);
    const theirs = await texts('theirs');
    expect(theirs).toHaveLength(2);
    expect(theirs.join('\n')).toMatch(/P08 .*2026: −1 384 → −1 500/);
    expect(theirs.join('\n')).toMatch(/VTA-plasser» er slått av/);
    const mineTexts = await texts('mine');
    expect(mineTexts).toEqual([expect.stringMatching(/^Behold.*P05 .*2025: 15 000 → 16 000$/)]);

    // Nothing can be applied while the conflict is undecided.
    expect(await page.getByTestId('review-apply').isDisabled()).toBe(true);
    for (const size of [{ width: 1366, height: 768 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(size);
      await screenshot(page, `review-${size.width}`);
    }
    // The keyboard: the first choice has the focus; the arrow takes their side of the conflict.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toMatch(/^review-choice-\d+-mine$/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => review.getByTestId('review-conflict').locator('input[type="radio"]').nth(1).isChecked()).toBe(true);
    // Their measure change is rejected.
    await review.getByTestId('review-item').filter({ hasText: 'VTA-plasser' }).getByRole('checkbox').uncheck();
    expect(await page.getByTestId('review-apply').isDisabled()).toBe(false);
    await page.getByTestId('review-apply').click();
    await page.getByTestId('workspace').waitFor();
    expect(await page.getByTestId('message').textContent()).toContain('er flettet inn i «Drammen');
    expect(problems).toEqual([]);
  });

  it('keeps the merged document after a reload, labelled, and undoes it in one step', async () => {
    await page.reload();
    await page.getByTestId('workspace').waitFor();
    const merged = (await api<{ scenario: Doc; undoLabel: string }>('scenario.open', { id }));
    expect(merged.undoLabel).toBe('Flettet inn «Plan fra Kari» (2 endringer)');
    const expected = structuredClone(mine);
    area(expected, 'p07').frame.originalBudget[1] = 2222;
    item(expected, 'p08', P08_ITEM)[3] = -1500;
    expect(merged.scenario).toEqual(expected);
    const history = await api<{ label: string }[]>('scenario.history', { id, limit: 1 });
    expect(history[0].label).toBe(merged.undoLabel);

    await page.getByTestId('undo').waitFor();
    await page.locator('body').press('Control+z');
    await expect.poll(async () => (await api<{ scenario: Doc }>('scenario.open', { id })).scenario, { timeout: 10_000 }).toEqual(mine);
    await waitSaved(page);
    expect(problems).toEqual([]);
  });
});
