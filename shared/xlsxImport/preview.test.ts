// The preview's rules on cells a colleague could write anywhere: one-value lines, switches, formulas typed into
// input cells, error values, a key twice, a year the scenario does not have.
import { describe, expect, it } from 'vitest';
import { previewChanges, type PreviewLine, type XlsxPreview } from './preview';
import type { ReadCell, ReadWorkbook } from './types';

const lines: Record<string, PreviewLine> = {
  'a.series': { key: 'a.series', label: 'Serie', unit: '1000 kr', display: 'amount', source: { path: ['s'], kind: 'series' }, input: [1, 2, Number.NaN] },
  'a.scalar': { key: 'a.scalar', label: 'Skalar', unit: '1000 kr', display: 'amount', source: { path: ['k'], kind: 'scalar' }, input: [5, 5, 5] },
  'a.flag': { key: 'a.flag', label: 'Med', unit: '', display: 'flag', source: { path: ['f'], kind: 'flag' }, input: [1, 1, 1] },
  'a.switch': { key: 'a.switch', label: 'Bryter', unit: '', display: 'flag', input: [1, 1, 1] },
  'a.sum': { key: 'a.sum', label: 'Sum', unit: '1000 kr', display: 'amount' },
};
const scenario = { id: 's1', name: 'S', firstYear: 2024, years: 3, line: (k: string) => lines[k] };
const opts = {
  readText: (text: string) => (/^[0-9]+$/.test(text) ? { ok: true as const, value: Number(text) } : { ok: false as const }),
  show: (v: number) => String(v),
};
const baseline = { 'a.series': [1, 2, null], 'a.scalar': [5, 5, 5], 'a.flag': [1, 1, 1], 'a.switch': [1, 1, 1] };

function run(rows: [string, ReadCell[]][], years = [2024, 2025, 2026]): XlsxPreview {
  const read: ReadWorkbook = {
    fileName: 'f.xlsx',
    meta: { scenarioId: 's1', scenarioName: 'S', revision: 3, firstYear: 2024, years: 3, baseline },
    sheets: [{ name: 'Ark', years: years.map((year, i) => ({ year, col: 4 + i })), rows: rows.map(([key, cells], i) => ({ row: i + 2, key, cells })), keyless: [] }],
  };
  return previewChanges(read, scenario, opts);
}
const f = (value: number | string | null): ReadCell => ({ formula: true, value });

describe('the preview of a changed workbook', () => {
  it('takes a series cell per year, a blank as blank, and a formula typed into an input by its result', () => {
    const p = run([['a.series', [1, f(3), 4]], ['a.sum', [f(9), f(9), f(9)]]]);
    expect(p.ok && p.changes.map((c) => [c.yearIndex, c.old, c.new, c.cell])).toEqual([
      [1, 2, 3, 'E2'],
      [2, null, 4, 'F2'],
    ]);
    const blank = run([['a.series', [null, 2, null]]]);
    expect(blank.ok && blank.changes.map((c) => [c.yearIndex, c.old, c.new])).toEqual([[0, 1, null]]);
  });

  it('takes a one-value line when the changed cells agree, and refuses mixed values, a blank, a switch not 0/1', () => {
    const p = run([['a.scalar', [5, 6, 6]], ['a.flag', [0, 0, 0]]]);
    expect(p.ok && p.changes.map((c) => [c.key, c.yearIndex, c.old, c.new])).toEqual([
      ['a.scalar', 'all', 5, 6],
      ['a.flag', 'all', 1, 0],
    ]);
    const bad = run([['a.scalar', [6, 7, 5]], ['a.flag', [2, 1, 1]], ['a.switch', [0, 1, 1]]]);
    expect(bad.ok && bad.changes).toEqual([]);
    expect(bad.ok && bad.refusals.map((r) => r.code)).toEqual(['xlsxImport.oneValueMixed', 'xlsxImport.flagValue', 'xlsxImport.notEditable']);
    const blank = run([['a.scalar', [null, 5, 5]]]);
    expect(blank.ok && blank.refusals.map((r) => r.code)).toEqual(['xlsxImport.oneValueBlank']);
  });

  it('refuses text, error values, a formula without a result, a key twice, a year outside the scenario', () => {
    const p = run([['a.series', [1, { error: '#REF!' }, f(null)]], ['a.series', [7, 2, null]]]);
    expect(p.ok && p.changes).toEqual([]);
    expect(p.ok && p.refusals.map((r) => r.code)).toEqual(['xlsxImport.errorCell', 'xlsxImport.formulaNoValue', 'xlsxImport.duplicateKey']);
    const text = run([['a.series', [{ text: 'mye' }, { text: '12' }, null]]]);
    expect(text.ok && text.changes.map((c) => c.new)).toEqual([12]);
    expect(text.ok && text.refusals).toEqual([{ code: 'xlsxImport.textInNumberCell', params: expect.objectContaining({ text: 'mye', cell: 'D2', year: 2024 }) }]);
    const outside = run([['a.series', [1, 2, 3]]], [2024, 2025, 2031]);
    expect(outside.ok && outside.refusals).toEqual([{ code: 'xlsxImport.yearOutside', params: { sheet: 'Ark', year: 2031, first: 2024, last: 2026 } }]);
  });
});
