import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../shared/domain';
import type { Scenario } from '../../shared/model';
import { exportComparisonXlsx } from './compareExport';

const example = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/examples/drammen-hop-2024-27.handlingsrom'), 'utf8')).scenario as Scenario;

describe('comparison to .xlsx', () => {
  it('writes the aligned values, the differences and the list of changes', async () => {
    const measure = example.measures.find((m) => m.included && m.status !== 'forkastet')!;
    const copy: Scenario = { ...example, id: 'kopi', name: 'Kopi', measures: example.measures.map((m) => (m.id === measure.id ? { ...m, included: false } : m)) };
    const file = await exportComparisonXlsx([
      { id: example.id, name: example.name, doc: example },
      { id: copy.id, name: copy.name, doc: copy },
    ]);
    expect(file.encoding).toBe('base64');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
    const [lines, changes] = wb.worksheets;

    // Find the savings total row and the 2026 columns: value A, value B, difference.
    const header = (lines.getRow(1).values as unknown[]).map(String);
    const col = header.indexOf(`2026 ${example.name}`);
    expect(col).toBeGreaterThan(0);
    let row: ExcelJS.Row | undefined;
    lines.eachRow((r) => {
      if (r.getCell(3).value === 'tiltak.sum_innsparing') row = r;
    });
    expect(row).toBeDefined();
    const a = computeScenario(example).engine.value('tiltak.sum_innsparing', 3);
    const b = computeScenario(copy).engine.value('tiltak.sum_innsparing', 3);
    expect(row!.getCell(col).value).toBeCloseTo(a, 6);
    expect(row!.getCell(col + 1).value).toBeCloseTo(b, 6);
    expect(row!.getCell(col + 2).value).toBeCloseTo(b - a, 6);
    expect(a).not.toBe(b);

    const texts: string[] = [];
    changes.eachRow((r, i) => i > 1 && texts.push(String(r.getCell(2).value)));
    expect(texts.length).toBe(1);
    expect(texts[0]).toContain(measure.name);
  });
});
