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
import { exportedWorkbook, sheetsOf } from './testing';
import { exportXlsx } from './xlsxExport';

async function reread(scenario: Scenario): Promise<ExcelJS.Workbook> {
  const file = await exportXlsx(scenario);
  expect(file.encoding).toBe('base64');
  expect(file.fileName).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  return wb;
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
      if (ws.getRow(1).getCell(2).value !== 'Nøkkel') return; // Mellomregning, Om
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
    expect((await exportedWorkbook(scenario)).stats.valueOnly).toBe(0);
  });

  it('has a sheet per view, inputs on yellow, Norwegian number formats and live formulas', async () => {
    const sample = sampleScenario();
    const wb = await reread(sample);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Oversikt', 'Rammer', 'Tiltak', 'Demografi', 'Forutsetninger', 'Investeringer', 'Regnskap', 'Mellomregning', 'Om', 'handlingsrom']);
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
    // Printed as a colleague expects: landscape, one page wide, the label column and the year header on every
    // page, one font family (bold rows too).
    expect(rammer.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(rammer.pageSetup.printTitlesRow).toBe('1:1');
    expect(rammer.pageSetup.printTitlesColumn).toBe('A:A');
    expect(rowOf(rammer, 'p05.ramme').getCell(1).font).toMatchObject({ name: 'Calibri', bold: true });
    expect(rowOf(rammer, 'p05.vikarbruk').getCell(5).font).toMatchObject({ name: 'Calibri' });
    // Every formula cell carries its cached result, without float noise, the first year's too (exceljs reads a
    // cached 0 as no result, so a missing one must be the engine's 0).
    const c = computeScenario(sample);
    rammer.eachRow((row, r) => {
      for (let col = 4; r > 1 && col <= 7; col++) {
        const cell = row.getCell(col);
        if (!cell.formula) continue;
        const result = (cell.value as ExcelJS.CellFormulaValue).result ?? c.engine.value(String(row.getCell(2).value), col - 4);
        expect(typeof result, `${r}:${col}`).toBe('number');
        expect(Number((result as number).toPrecision(15))).toBe(result);
      }
    });
    // Where the workbook came from, for the import of a colleague's changes.
    const om = wb.getWorksheet('Om')!;
    expect(om.getRow(2).getCell(2).value).toBe(sample.id);
    // The same, hidden, with each input's values at export (readWorkbook.test.ts reads it back).
    const meta = wb.getWorksheet('handlingsrom')!;
    expect(meta.state).toBe('hidden');
    expect(meta.getRow(2).values).toEqual([undefined, 'scenarioId', sample.id]);
  });

  it('shows a year a line does not apply as a dash with the reason, and a year without figures blank, while formulas read it', async () => {
    const scenario = cases.find(([n]) => n.startsWith('drammen'))![1]();
    const wb = await reread(scenario);
    const rowOf = (key: string) => {
      for (const ws of wb.worksheets) {
        let found: ExcelJS.Row | undefined;
        ws.eachRow((row) => {
          if (row.getCell(2).value === key) found = row;
        });
        if (found) return { ws, row: found };
      }
      throw new Error(key);
    };
    const conditions = (ws: ExcelJS.Worksheet, row: number) =>
      (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings.filter((cf) => cf.ref === `D${row}:H${row}`);
    // No debt ceiling in the plan: the room under it is a dash with the reason, on the ceiling's own cell.
    const room = rowOf('gjeld.rom_under_tak');
    const ceiling = rowOf('regler.gjeldstak');
    expect(room.row.getCell(4).formula).toBeTruthy();
    expect(room.row.getCell(4).note).toMatch(/^Vises som – fordi linjen ikke gjelder dette året: Gjeldstak er ikke satt/);
    const [dash] = conditions(room.ws, room.row.number);
    const ceilingRef = ceiling.ws === room.ws ? `D${ceiling.row.number}` : `'${ceiling.ws.name}'!D${ceiling.row.number}`;
    expect(dash.rules).toMatchObject([{ type: 'expression', formulae: [`${ceilingRef}=0`], style: { numFmt: { formatCode: '"–";"–";"–"' } } }]);
    // The accounts' deviation share without a revised budget (2024–27): the dash, and the threshold flag that reads
    // it still has its formula.
    const share = rowOf('regnskap.p05.avvik_andel');
    expect(share.row.getCell(4).note).toBeUndefined();
    expect(share.row.getCell(5).note).toMatch(/Revidert budsjett er 0 eller tomt/);
    expect(rowOf('regnskap.p05.over_terskel').row.getCell(5).formula).toContain(`E${share.row.number}`);
    // A frame in 2023, before the plan's figures: hidden while its inputs are all blank and it is 0.
    const frame = rowOf('p05.ramme');
    const blank = conditions(frame.ws, frame.row.number)[0].rules.find((r) => r.priority === 2) as unknown as { formulae: string[]; style: { numFmt: { formatCode: string } } };
    expect(blank.formulae[0]).toMatch(new RegExp(`^AND\\(COUNT\\(D\\d+(,D\\d+)+\\)=0,D${frame.row.number}=0\\)$`));
    expect(blank.style.numFmt.formatCode).toBe(';;;');
    // The sum of every area's frame likewise, over the areas' figures on their sheet.
    const sum = rowOf('resultat.sum_rammer');
    const sumBlank = conditions(sum.ws, sum.row.number)[0].rules.find((r) => r.priority === 2) as unknown as { formulae: string[] };
    expect(sumBlank.formulae[0]).toMatch(new RegExp(`^AND\\(COUNT\\([^)]+\\)=0,D${sum.row.number}=0\\)$`));
  });

  it("keeps the blank years' condition within Excel's limits where a line sums many areas' figures", async () => {
    const drammen = cases.find(([n]) => n.startsWith('drammen'))![1]();
    const copies = Array.from({ length: 80 }, (_, i) => ({ ...drammen.areas[0], id: `kopi${i}`, code: `K${i}`, name: `Kopi ${i}`, items: [], deflatorId: undefined }));
    const wb = await reread({ ...drammen, areas: [...drammen.areas, ...copies] });
    for (const ws of wb.worksheets) {
      for (const cf of (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings) {
        for (const rule of cf.rules as unknown as { formulae?: string[] }[]) {
          for (const f of rule.formulae ?? []) {
            expect(f.length).toBeLessThanOrEqual(8192);
            for (const args of f.matchAll(/COUNT\(([^)]*)\)/g)) expect(args[1].split(',').length).toBeLessThanOrEqual(255);
          }
        }
      }
    }
  });
});

function countErrors(c: ReturnType<typeof computeScenario>, years: number): number {
  let n = 0;
  for (const l of c.lines) for (let y = 0; y < years; y++) if (!Number.isFinite(c.engine.value(l.key, y))) n++;
  return n;
}
