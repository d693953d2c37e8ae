// The exported workbook recomputes our numbers: it is written to a real .xlsx, read back with exceljs, and every
// sheet is loaded into HyperFormula (an independent spreadsheet engine) that evaluates the formulas; every cell
// must match the engine's value.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../shared/domain';
import type { Scenario } from '../../shared/model';
import { defaultExamplesDir } from '../service/examples';
import { sampleScenario } from '../service/testing';
import { readScenarioFile } from './readScenarioFile';
import { buildWorkbook, exportXlsx } from './xlsxExport';

type Cell = number | string | null;

async function reread(scenario: Scenario): Promise<ExcelJS.Workbook> {
  const file = await exportXlsx(scenario);
  expect(file.encoding).toBe('base64');
  expect(file.fileName).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  return wb;
}

/** The workbook as HyperFormula input: formulas as "=…", values as they are. */
function sheetsOf(wb: ExcelJS.Workbook): Record<string, Cell[][]> {
  const sheets: Record<string, Cell[][]> = {};
  wb.eachSheet((ws) => {
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const out: Cell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = row.getCell(c);
        const v = cell.value;
        if (cell.formula) out.push(`=${cell.formula}`);
        else if (typeof v === 'number' || typeof v === 'string') out.push(v);
        else out.push(null);
      }
      rows[r - 1] = out;
    });
    sheets[ws.name] = rows;
  });
  return sheets;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const examples = fs.existsSync(defaultExamplesDir())
  ? fs.readdirSync(defaultExamplesDir()).filter((f) => f.endsWith('.handlingsrom'))
  : [];
const cases: [string, () => Scenario][] = [
  ['the test scenario', () => sampleScenario()],
  ...examples.map((f): [string, () => Scenario] => [
    f,
    () => {
      const r = readScenarioFile(fs.readFileSync(path.join(defaultExamplesDir(), f), 'utf8'));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.scenario;
    },
  ]),
];

describe('xlsx export', () => {
  it.each(cases)('recomputes %s in another spreadsheet engine', async (_name, make) => {
    const scenario = make();
    const c = computeScenario(scenario);
    const wb = await reread(scenario);
    const hf = HyperFormula.buildFromSheets(sheetsOf(wb), { licenseKey: 'gpl-v3', precisionRounding: 14 });
    let formulas = 0;
    let compared = 0;
    wb.eachSheet((ws) => {
      const sheetId = hf.getSheetId(ws.name)!;
      ws.eachRow((row, r) => {
        if (r === 1) return;
        const key = String(row.getCell(2).value);
        for (let y = 0; y < scenario.years; y++) {
          const cell = row.getCell(4 + y);
          const ours = c.engine.value(key, y);
          const theirs = hf.getCellValue({ sheet: sheetId, row: r - 1, col: 3 + y });
          if (cell.formula) formulas++;
          if (!Number.isFinite(ours)) {
            // An error cell of ours (division by zero …) is an error or empty there too, never a number.
            expect(typeof theirs === 'number' && cell.formula ? theirs : null, `${ws.name}!${key}[${y}]`).toBeNull();
            continue;
          }
          const v = theirs === null ? 0 : theirs;
          expect(typeof v, `${ws.name} ${key} ${y}: ${cell.formula} → ${JSON.stringify(theirs)}`).toBe('number');
          expect(close(v as number, ours), `${ws.name} ${key} ${y}: ${cell.formula} = ${v}, engine ${ours}`).toBe(true);
          compared++;
        }
      });
    });
    hf.destroy();
    expect(formulas).toBeGreaterThan(50);
    expect(compared).toBe(c.lines.length * scenario.years - countErrors(c, scenario.years));
    expect(buildWorkbook(scenario).valueOnly).toBe(0);
  });

  it('has a sheet per view, inputs on yellow, Norwegian number formats and live formulas', async () => {
    const wb = await reread(sampleScenario());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Oversikt', 'Rammer', 'Tiltak', 'Demografi', 'Forutsetninger', 'Investeringer', 'Regnskap']);
    const rammer = wb.getWorksheet('Rammer')!;
    const rowOf = (ws: ExcelJS.Worksheet, key: string) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((row) => {
        if (row.getCell(2).value === key) found = row;
      });
      if (!found) throw new Error(key);
      return found;
    };
    expect(rammer.getRow(1).values).toEqual([undefined, 'Linje', 'Nøkkel', 'Enhet', '2024', '2025', '2026', '2027']);
    const input = rowOf(rammer, 'p05.vikarbruk').getCell(4);
    expect(input.value).toBe(12_000);
    expect(input.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8C5' } });
    expect(input.numFmt).toBe('#,##0;-#,##0');
    expect(rowOf(rammer, 'p05.vikarbruk').getCell(6).value).toBeNull();
    const computed = rowOf(rammer, 'p05.ramme').getCell(5);
    expect(computed.formula).toMatch(/^\(E\d+\+E\d+\)$/);
    expect(computed.fill?.type === 'pattern' && computed.fill.pattern === 'solid').toBe(false);
    const share = rowOf(rammer, 'p05.vikarandel').getCell(4);
    expect(share.numFmt).toBe('0.0%');
    expect(share.formula).toContain('ROUND(');
    // A reference to another sheet is quoted.
    const oversikt = wb.getWorksheet('Oversikt')!;
    expect(rowOf(oversikt, 'resultat.kontroll').getCell(4).formula).toContain("'Rammer'!D");
    // Excel and LibreOffice recompute everything when the file is opened.
    expect(buildWorkbook(sampleScenario()).workbook.calcProperties.fullCalcOnLoad).toBe(true);
  });
});

function countErrors(c: ReturnType<typeof computeScenario>, years: number): number {
  let n = 0;
  for (const l of c.lines) for (let y = 0; y < years; y++) if (!Number.isFinite(c.engine.value(l.key, y))) n++;
  return n;
}
