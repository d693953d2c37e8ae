// A view printed (Ctrl+P, Skriv ut, a PDF): every row of its grid as plain tables with the scenario's name, the view
// and the unit, not the screen with its sidebar and buttons and only the rows the grid has drawn.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useE2eSession } from './harness';

const session = useE2eSession({ openWorkspace: true });
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

describe('a view on paper', () => {
  it('prints Rammer as tables of all its rows, the app hidden, and the screen comes back after', async () => {
    const { page } = session;
    await page.getByTestId('tab-rammer').click();
    await page.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();
    expect(await page.getByTestId('line-print').count()).toBe(0);

    await page.emulateMedia({ media: 'print' });
    const report = page.getByTestId('line-print');
    await report.waitFor();
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(plain(await report.locator('h1').textContent())).toBe('Drammen – HØP 2024–27 for P05, P07 og P08');
    expect(plain(await report.locator('p').first().textContent())).toMatch(/^Rammer · Beløp i 1000 kr · Skrevet ut \d+\. \w+ \d{4}$/);
    // Every area, also those below what the grid had drawn, and the years as the grid shows them.
    const headings = (await report.locator('.line-print-heading').allTextContents()).map(plain);
    expect(headings).toEqual(expect.arrayContaining(['P05 Mennesker med nedsatt funksjonsevne', 'P07 Rus og psykisk helse']));
    expect(headings.some((h) => h.startsWith('P08'))).toBe(true);
    expect((await report.locator('thead th').allTextContents()).map(plain)).toEqual(['Beløp i 1000 kr', '2023', '2024', '2025', '2026', '2027']);
    const p05 = report.locator('tbody tr', { hasText: 'Konsekvensjustert ramme' }).first();
    expect((await p05.locator('td').allTextContents()).map(plain)).toEqual(['Konsekvensjustert ramme', '', '449 865', '442 865', '442 865', '442 865']);
    await screenshot(page, 'print-rammer');
    const dir = path.join(import.meta.dirname, 'screenshots');
    fs.mkdirSync(dir, { recursive: true });
    await page.pdf({ path: path.join(dir, 'print-rammer.pdf'), landscape: true, format: 'A4', printBackground: true });

    await page.emulateMedia({ media: 'screen' });
    await report.waitFor({ state: 'detached' });
    expect(await page.getByTestId('grid-rammer').isVisible()).toBe(true);
  });
});
