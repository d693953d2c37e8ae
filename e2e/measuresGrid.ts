// Reading and driving the measures table (Tiltak) from a test, the way a user does: by measure id and column.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** `page` is asked for at each step, so the helpers can be made before the page is opened. */
export function measuresGrid(page: () => Page) {
  const grid = () => page().getByTestId('measures-grid');
  const row = (id: string) => grid().locator(`[row-id="${id}"]`);
  const cell = (id: string, col: string) => grid().locator(`[row-id="${id}"] [col-id="${col}"]`).first();
  /** A cell's text, with nb-NO's narrow and no-break spaces as plain spaces. */
  const text = async (id: string, col: string) => ((await cell(id, col).textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
  const editor = () => grid().locator('.ag-cell-inline-editing input');

  /** Double-click a measure's cell, type, Enter. */
  async function type(id: string, col: string, value: string) {
    await cell(id, col).dblclick();
    await editor().fill(value);
    await editor().press('Enter');
  }

  /** Choose a value in a measure's select cell: open the editor and click the entry. */
  /** Picks `label` in the cell's list; the cell then shows `shown` (an area by its code). */
  async function choose(id: string, col: string, label: string, shown = label) {
    await cell(id, col).dblclick();
    await grid().locator('.ag-cell-inline-editing .ag-picker-field-wrapper').click();
    await page().locator('.ag-select-list-item').filter({ hasText: label }).first().click();
    await expect.poll(() => text(id, col)).toBe(shown);
  }

  /** "+ Nytt tiltak", type its name, Enter: the new measure's id is a slug of the name. */
  async function add(name: string, id: string) {
    await page().getByTestId('measure-add').click();
    await editor().waitFor();
    await editor().fill(name);
    await editor().press('Enter');
    await expect.poll(() => text(id, 'name')).toBe(name);
  }

  return { grid, row, cell, text, editor, type, choose, add };
}
