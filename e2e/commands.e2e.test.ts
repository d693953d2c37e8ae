// Every command of shared/commands, run through the command palette (Ctrl+K, type, Enter) and through its own
// shortcut, in the web mode against a real database.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, type CommandId, type CommandSpec } from '../shared/commands';
import { tCode } from '../shared/i18n';
import { cellNumber, expectCell, typeInto, waitSaved } from './grid';
import { openPage, root, screenshot, useE2eSession } from './harness';

const session = useE2eSession();
let page: Page;
let problems: string[];
const spec = (id: CommandId) => (COMMANDS as readonly CommandSpec[]).find((c) => c.id === id)!;
const label = (id: CommandId, lang: 'nb' | 'en' = 'nb') => tCode(lang, spec(id).label);
const example = path.join(root, 'resources', 'examples', 'drammen-hop-2024-27.handlingsrom');

beforeAll(async () => {
  ({ page, problems } = await openPage(session.browser, session.app.url));
  // window.print would open the print preview; count the calls instead.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.reload();
  await page.getByTestId('workspace').waitFor();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await screenshot(page, `commands-failed-${ctx.task.name.replace(/\W+/g, '-')}`);
});

const names = () => page.getByTestId('scenario-item').locator('.scenario-name').allTextContents();
const selectedName = () => page.locator('.scenario-list li.selected .scenario-name').textContent();
const message = () => page.getByTestId('message').textContent();

/** Ctrl+K, the command's label typed, Enter. */
async function viaPalette(id: CommandId, lang: 'nb' | 'en' = 'nb') {
  await page.keyboard.press('Control+K');
  await page.getByTestId('command-palette').waitFor();
  await page.getByTestId('palette-input').fill(label(id, lang).replace(' …', ''));
  await expect.poll(() => page.getByTestId('palette-item').first().getAttribute('data-command')).toBe(id);
  await page.getByTestId('palette-input').press('Enter');
  // "Åpne scenario" opens the palette again, listing the scenarios.
  if (id !== 'scenario.open') await page.getByTestId('command-palette').waitFor({ state: 'detached' });
}

/** The command's first shortcut, pressed with the focus on the page (not in a field). */
async function viaKeys(id: CommandId) {
  await page.locator('.topbar').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(spec(id).keys![0].replace('CmdOrCtrl', 'Control'));
}

const ways = [
  ['the palette', viaPalette],
  ['its shortcut', viaKeys],
] as const;

describe('commands through the palette and the keyboard', () => {
  it('the palette lists every command with its shortcut, narrows as one types, and closes on Escape', async () => {
    await page.keyboard.press('Control+K');
    await page.getByTestId('command-palette').waitFor();
    const listed = await page.getByTestId('palette-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-command')));
    expect(listed.sort()).toEqual((COMMANDS as readonly CommandSpec[]).map((c) => c.id).filter((id) => id !== 'app.palette').sort());
    expect(await page.getByTestId('palette-item').filter({ hasText: 'Dupliser scenario' }).textContent()).toContain('Ctrl+D');
    await screenshot(page, 'palette-1440');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('palette-input').fill('eksp');
    expect(await page.getByTestId('palette-item').allTextContents()).toEqual(['Eksporter scenariofil …Ctrl+E', 'Eksporter til Excel …Ctrl+Shift+E']);
    await screenshot(page, 'palette-1366');
    await page.keyboard.press('Escape');
    await page.getByTestId('command-palette').waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  for (const [way, run] of ways) {
    it(`new, duplicate, rename and delete through ${way}`, async () => {
      const before = (await names()).length;
      // Nytt scenario asks for the name, municipality and years first.
      await run('scenario.new');
      await page.getByTestId('new-scenario-dialog').waitFor();
      await page.getByTestId('new-create').click();
      await expect.poll(async () => (await names()).length).toBe(before + 1);
      await expect.poll(selectedName).toMatch(/^Nytt scenario/);
      const created = await selectedName();
      await run('scenario.duplicate');
      await expect.poll(selectedName).toMatch(new RegExp(`^Kopi av ${created}`.replace(/[()]/g, '\\$&')));
      await run('scenario.rename');
      const input = page.getByLabel('Gi nytt navn');
      await input.fill(`Omdøpt via ${way}`);
      await input.press('Enter');
      await expect.poll(selectedName).toBe(`Omdøpt via ${way}`);
      if (way === 'the palette') {
        await run('scenario.delete');
        await expect.poll(message).toContain(`Omdøpt via ${way}`);
        await expect.poll(async () => (await names()).length).toBe(before + 1);
      }
    });

    it(`export, Excel export and import through ${way}`, async () => {
      const download = page.waitForEvent('download');
      await run('scenario.export');
      expect((await download).suggestedFilename()).toMatch(/\.handlingsrom$/);
      const xlsx = page.waitForEvent('download');
      await run('scenario.exportXlsx');
      expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
      const chooser = page.waitForEvent('filechooser');
      await run('scenario.import');
      await (await chooser).setFiles(example);
      await expect.poll(message).toContain('er importert som et nytt scenario');
    });

    it(`undo and redo through ${way}`, async () => {
      await page.getByTestId('scenario-item').filter({ hasText: 'Drammen' }).first().click();
      await page.getByTestId('workspace').waitFor();
      await page.getByRole('tab', { name: 'Rammer' }).click();
      const before = await cellNumber(page, 'rammer', 'p07.opprinnelig_budsjett', 2024);
      await typeInto(page, 'rammer', 'p07.opprinnelig_budsjett', 2024, '1 234');
      await expectCell(page, 'rammer', 'p07.opprinnelig_budsjett', 2024, 1234);
      await waitSaved(page);
      await run('edit.undo');
      await expectCell(page, 'rammer', 'p07.opprinnelig_budsjett', 2024, before);
      await waitSaved(page);
      await run('edit.redo');
      await expectCell(page, 'rammer', 'p07.opprinnelig_budsjett', 2024, 1234);
      await waitSaved(page);
    });

    it(`compare, print, language and open through ${way}`, async () => {
      await run('view.compare');
      await page.getByTestId('compare-view').waitFor();
      await run('app.print');
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBeGreaterThan(0);
      await run('app.language');
      await page.getByRole('navigation', { name: 'Scenarios' }).waitFor();
      await page.keyboard.press('Control+K');
      await expect.poll(() => page.getByTestId('palette-item').first().textContent()).toContain('New scenario');
      await page.keyboard.press('Escape');
      await (way === 'the palette' ? viaPalette('app.language', 'en') : viaKeys('app.language'));
      await page.getByRole('navigation', { name: 'Scenarioer' }).waitFor();
      // Open: the palette lists the scenarios; choosing one opens it.
      await run('scenario.open');
      await expect.poll(() => page.getByTestId('palette-input').getAttribute('placeholder')).toBe('Skriv for å søke etter et scenario');
      await page.getByTestId('palette-input').fill('Drammen');
      await page.getByTestId('palette-input').press('Enter');
      await page.getByTestId('workspace').waitFor();
      await expect.poll(selectedName).toContain('Drammen');
    });
  }

  it('a command that cannot run now says why, and nothing was reported as an error in the page', async () => {
    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare-view').waitFor();
    await viaKeys('edit.undo');
    await expect.poll(message).toContain('«Angre» kan ikke brukes nå: åpne et scenario først.');
    expect(problems).toEqual([]);
  });
});
