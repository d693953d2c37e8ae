// Excel back in (issue 19, part 2), end to end: the plan example is exported to Excel from the sidebar; a colleague
// without the app — LibreOffice Calc, headless, a spreadsheet program other than the exporter's library — changes
// three yellow input cells and types a number over one formula; "Importer endringer fra Excel" shows the three
// changes and the one refusal, applies them as one edit, the totals move, and undo brings them back. A file that is
// not a workbook is refused with a Norwegian message and changes nothing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChangedWorkbook } from '../electron/files/xlsxImport/readWorkbook';
import { cellNumber, expectCell, waitSaved } from './grid';
import { root, screenshot, useE2eSession } from './harness';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-xlsx-in-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The three inputs the colleague changes (line, year, new value) and the formula they type over. */
const INPUTS = [
  { sheet: 'Rammer', key: 'p05.budsjettendringer', year: 2024, add: 1_000 },
  { sheet: 'Rammer', key: 'p07.opprinnelig_budsjett', year: 2025, add: 2_500 },
  { sheet: 'Rammer', key: 'p08.opprinnelig_budsjett', year: 2026, add: -4_000 },
];
const FORMULA = { sheet: 'Rammer', key: 'p07.ramme', year: 2026, value: 123_456 };

let page: Page;
let problems: string[];

async function pickWorkbook(file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-xlsx').click();
  await (await chooser).setFiles(file);
}

describe('Importer endringer fra Excel', () => {
  const session = useE2eSession({ openWorkspace: true });
  beforeAll(() => {
    ({ page, problems } = session);
  });

  const before = new Map<string, number>();
  let changed = '';

  it('exports the plan example, and LibreOffice changes three inputs and one formula cell', async () => {
    await page.getByTestId('tab-rammer').click();
    for (const i of INPUTS) before.set(i.key, await cellNumber(page, 'rammer', i.key, i.year));
    for (const k of ['p05.ramme', 'p07.ramme', 'p08.ramme']) for (const y of [2024, 2025, 2026]) before.set(`${k}|${y}`, await cellNumber(page, 'rammer', k, y));
    const download = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    const exported = path.join(dir, 'export.xlsx');
    await (await download).saveAs(exported);

    // Where each line stands in the workbook, found as the import finds it: by key and year header.
    const read = await readChangedWorkbook('export.xlsx', fs.readFileSync(exported));
    const cellOf = (sheet: string, key: string, year: number) => {
      const s = read.sheets.find((x) => x.name === sheet)!;
      const row = s.rows.find((r) => r.key === key);
      const col = s.years.find((y) => y.year === year)?.col;
      if (!row || !col) throw new Error(`${key} ${year} not in ${sheet}`);
      return `${String.fromCharCode(64 + col)}${row.row}`;
    };
    changed = path.join(dir, 'fra-kollega.xlsx');
    const spec = {
      file: exported,
      out: changed,
      edits: [
        ...INPUTS.map((i) => ({ sheet: i.sheet, cell: cellOf(i.sheet, i.key, i.year), value: before.get(i.key)! + i.add })),
        { sheet: FORMULA.sheet, cell: cellOf(FORMULA.sheet, FORMULA.key, FORMULA.year), value: FORMULA.value },
      ],
    };
    fs.writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(spec));
    execFileSync('/usr/bin/python3', [path.join(root, 'e2e/libreoffice/calc.py'), 'edit', path.join(dir, 'spec.json')], { timeout: 120_000, stdio: 'inherit' });
    expect(fs.existsSync(changed)).toBe(true);
  }, 180_000);

  it('shows three changes and one refusal, and applies them as one undoable edit', async () => {
    await pickWorkbook(changed);
    const dialog = page.getByTestId('xlsx-import-preview');
    await dialog.waitFor();
    const rows = dialog.getByTestId('xlsx-change');
    expect(await rows.count()).toBe(3);
    // In the order of the sheet's rows.
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')))).toEqual(INPUTS.map((i) => i.key));
    // Old → new in nb-NO: 2 500 more on P07's original budget in 2025.
    const first = (await rows.nth(1).textContent()) ?? '';
    expect(first).toContain('P07 Opprinnelig budsjett');
    expect(first).toContain('2025');
    const fmt = (n: number) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(n);
    expect(first.replace(/\s/g, ' ')).toContain(fmt(before.get('p07.opprinnelig_budsjett')! + 2_500).replace(/\s/g, ' '));
    const refused = await dialog.getByTestId('xlsx-import-refused').locator('li').allTextContents();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('P07 Ramme 2026 regnes med en formel');
    expect(refused[0].replace(/\s/g, ' ')).toContain('123 456');

    for (const [w, h] of [
      [1366, 768],
      [1440, 900],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      await screenshot(page, `excel-import-preview-${w}x${h}`);
    }
    await page.getByTestId('import-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(page);
    for (const i of INPUTS) await expectCell(page, 'rammer', i.key, i.year, before.get(i.key)! + i.add);
    await expectCell(page, 'rammer', 'p05.ramme', 2024, before.get('p05.ramme|2024')! + 1_000);
    await expectCell(page, 'rammer', 'p08.ramme', 2026, before.get('p08.ramme|2026')! - 4_000);
    // P07's wage and price growth is computed from its original budget: its frame moves by more.
    expect(await cellNumber(page, 'rammer', 'p07.ramme', 2025)).toBeGreaterThan(before.get('p07.ramme|2025')! + 2_500);
    // The formula cell typed over in the workbook is still the engine's.
    expect(await cellNumber(page, 'rammer', 'p07.ramme', 2026)).toBe(before.get('p07.ramme|2026'));
    expect(await page.getByTestId('undo').getAttribute('title')).toContain('Endringer fra Excel (3 celler, fra-kollega.xlsx)');

    await page.getByTestId('undo').click();
    await waitSaved(page);
    for (const i of INPUTS) await expectCell(page, 'rammer', i.key, i.year, before.get(i.key)!);
    for (const [k, y] of [['p05.ramme', 2024], ['p07.ramme', 2025], ['p08.ramme', 2026]] as const) await expectCell(page, 'rammer', k, y, before.get(`${k}|${y}`)!);
    expect(problems).toEqual([]);
  });

  it('refuses a file that is not a workbook with a message that says what to do, and changes nothing', async () => {
    const bad = path.join(dir, 'ikke-excel.xlsx');
    fs.writeFileSync(bad, 'Linje;2024\nRamme;1\n');
    await pickWorkbook(bad);
    await page.getByTestId('message').filter({ hasText: 'er ikke en Excel-arbeidsbok' }).waitFor();
    expect(await page.getByTestId('xlsx-import-preview').count()).toBe(0);
    await expectCell(page, 'rammer', 'p07.opprinnelig_budsjett', 2025, before.get('p07.opprinnelig_budsjett')!);
    expect(await page.getByTestId('save-state').textContent()).toBe('Lagret');
  });
});
