// Lines of one's own from a test, as a user adds them: "+ Ny linje", the form's fields, and a formula typed with
// completion of line names.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Open "+ Ny linje" and fill in name, group, unit and kind; the caller types a formula and submits. */
export async function openLineForm(page: Page, opts: { name: string; group: string; kind: 'input' | 'formula'; unit?: string }) {
  await page.getByTestId('add-line').click();
  const form = page.getByTestId('add-line-form');
  await form.waitFor();
  await page.getByTestId('add-line-name').fill(opts.name);
  await page.getByTestId('add-line-group').selectOption(opts.group);
  if (opts.unit) await page.getByTestId('add-line-unit').selectOption(opts.unit);
  await page.getByTestId(`add-line-kind-${opts.kind}`).check();
  return form;
}

/** Type at the end of a formula field (`<testId>-input`), then pick the suggestion for `key` with the arrow keys
 *  and accept it with Enter or Tab. */
export async function complete(page: Page, testId: string, typed: string, key: string, acceptWith: 'Enter' | 'Tab') {
  const input = page.getByTestId(`${testId}-input`);
  await input.press('End');
  await input.pressSequentially(typed);
  const list = page.getByTestId(`${testId}-suggestions`);
  await list.locator(`[data-key="${key}"]`).waitFor();
  for (let i = 0; i < 10; i++) {
    if ((await list.locator('[aria-selected="true"]').getAttribute('data-key')) === key) break;
    await input.press('ArrowDown');
  }
  expect(await list.locator('[aria-selected="true"]').getAttribute('data-key')).toBe(key);
  await input.press(acceptWith);
  await list.waitFor({ state: 'detached' });
}

/** Add a formula line through the form: each step types text at the end and completes a line name. */
export async function addFormulaLine(
  page: Page,
  opts: { name: string; group: string; unit?: string },
  steps: readonly (readonly [typed: string, key: string, acceptWith: 'Enter' | 'Tab'])[],
) {
  await openLineForm(page, { ...opts, kind: 'formula' });
  for (const [typed, key, acceptWith] of steps) await complete(page, 'add-line-formula', typed, key, acceptWith);
  await page.getByTestId('add-line-submit').click();
  await page.getByTestId('add-line-form').waitFor({ state: 'detached' });
}

/** P05's share of all frames, a formula line of Oversikt that reads the area's `p05.ramme`. */
export const P05_SHARE = {
  name: 'P05s andel av rammene',
  key: 'resultat.p05s_andel_av_rammene',
  add: (page: Page) =>
    addFormulaLine(page, { name: 'P05s andel av rammene', group: 'resultat', unit: 'andel' }, [
      ['p05.ramm', 'p05.ramme', 'Enter'],
      [' / sum_ramm', 'resultat.sum_rammer', 'Tab'],
    ]),
};
