// Every construct of the formula language, translated to Excel and evaluated by HyperFormula, gives the engine's
// value in every year.
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { Engine, type LineSpec } from '../../shared/engine';
import { checkFormulaText } from '../../shared/engine/check';
import { columnName, sheetRef, toExcelFormula, type CellLocator } from './excelFormula';

const FIRST = 2024;
const YEARS = 5;

const inputs: LineSpec[] = [
  { key: 'a', input: [10, -4, 0, 2.5, NaN], tags: ['t'] },
  { key: 'b', input: [3, 0, -7, 0.1, 8], tags: ['t'] },
  { key: 'rate', input: [0.05, 0.03, -0.02, 0.04, 0.01] },
  { key: 'start', input: [2025, 2025, 2025, 2025, 2025] },
  { key: 'month', input: [7, 7, 7, 7, 7] },
  { key: 'other.c', input: [1, 2, 3, 4, 5], tags: ['t'] },
];

const formulas: Record<string, string> = {
  arith: 'a + b * 2 - a / 4',
  power: '-2 ^ 2 + a ^ 2',
  neg: '-(a - b)',
  small: 'a * 0.0000001 + 1e-7',
  cmp: '(a > b) + (a >= 10) + (a < 0) + (b <= 0) + (a == 10) + (a != b)',
  chain: '0 <= a < 5',
  logic: '(a > 0 and b > 0) + (a > 0 or b > 0) * 2 + (a > 0 xor b > 0) * 4 + not (a > 0)',
  cond: 'a > b ? a : b',
  iffn: 'if(a, 1, 2)',
  sumfn: 'sum(a, b, 1)',
  minmax: 'min(a, b) + max(a, 0, b) + min(a)',
  absround: 'abs(b) + round(a / 3) + round(a / 3, 2) + round(1234.5, -2)',
  floorceil: 'floor(b / 2) + ceil(b / 2)',
  safe: 'safediv(a, b) + safediv(1, b, 99)',
  div0: 'a / b',
  prev1: 'prev(a)',
  prev2: 'prev(a, 2) + prev(b, 1, 100)',
  running: 'prev(running, 1, 1000) + a',
  years: 'year * 10 + yearindex',
  phase: 'phasein(start, month) * 12',
  index: 'index(rate)',
  grow: 'grow(100, rate)',
  tags: 'sumtag("t") + counttag("t")',
  other: 'other.c * 2',
  nested: 'max(prev(a), 0) + (a > 0 ? prev(b, 1, 7) : -1)',
};

describe('toExcelFormula', () => {
  it('reproduces the engine for every construct of the formula language', () => {
    const engine = new Engine({ firstYear: FIRST, years: YEARS });
    engine.load([...inputs, ...Object.entries(formulas).map(([key, formula]) => ({ key, formula }))]);
    const keys = engine.keys();
    for (const k of Object.keys(formulas)) expect(engine.lineError(k)?.code ?? 'ok', k).toMatch(/^(ok|engine.divByZero)$/);

    // One sheet "Ark 1": row r + 1 holds line keys[r], years in columns B…; "other.c" sits on a second sheet.
    const rowOf = new Map(keys.filter((k) => k !== 'other.c').map((k, i) => [k, i + 1]));
    const loc: CellLocator = {
      firstYear: FIRST,
      cell: (key, y) =>
        key === 'other.c' ? `${sheetRef('Ark 2')}!${columnName(2 + y)}1` : rowOf.has(key) ? `${columnName(2 + y)}${rowOf.get(key)}` : undefined,
      tagSum: (_tag, y) => `SUM(${columnName(2 + y)}1:${columnName(2 + y)}2,${sheetRef('Ark 2')}!${columnName(2 + y)}1)`,
      tagCount: () => 3,
    };
    const sheet = keys
      .filter((k) => k !== 'other.c')
      .map((k) => {
        const spec = inputs.find((i) => i.key === k);
        const cells = Array.from({ length: YEARS }, (_, y) => {
          if (spec) return Number.isNaN(spec.input![y]) ? null : spec.input![y];
          const checked = checkFormulaText(formulas[k]);
          if (!checked.ok) throw new Error(k);
          const f = toExcelFormula(checked.expr, y, loc);
          if (f === null) throw new Error(`${k} not translated`);
          return `=${f}`;
        });
        return [k, ...cells];
      });
    const hf = HyperFormula.buildFromSheets({ 'Ark 1': sheet, 'Ark 2': [['other.c', 1, 2, 3, 4, 5]] }, { licenseKey: 'gpl-v3', precisionRounding: 14 });
    for (const k of Object.keys(formulas)) {
      for (let y = 0; y < YEARS; y++) {
        const ours = engine.value(k, y);
        const theirs = hf.getCellValue({ sheet: 0, row: rowOf.get(k)! - 1, col: 1 + y });
        const label = `${k} ${FIRST + y}: ${sheet[rowOf.get(k)! - 1][1 + y]} → ${JSON.stringify(theirs)}, engine ${ours}`;
        if (!Number.isFinite(ours)) {
          expect(typeof theirs, label).not.toBe('number');
          continue;
        }
        expect(typeof theirs, label).toBe('number');
        expect(Math.abs((theirs as number) - ours), label).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ours)));
      }
    }
    hf.destroy();
  });

  it('parenthesises every operation and writes plain decimals', () => {
    const loc: CellLocator = { firstYear: FIRST, cell: (k, y) => `${k.toUpperCase()}${y + 1}`, tagSum: () => '0', tagCount: () => 0 };
    const tr = (f: string, y = 0) => {
      const c = checkFormulaText(f);
      if (!c.ok) throw new Error(f);
      return toExcelFormula(c.expr, y, loc);
    };
    expect(tr('-a ^ 2')).toBe('(-((A1^2)))');
    expect(tr('a * 1e-7')).toBe('(A1*0.0000001)');
    expect(tr('1e-25 * 1e30')).toBe('(0.0000000000000000000000001*1000000000000000000000000000000)');
    expect(tr('max(if(a, b, 1), -7)')).toBe('MAX(IF(((A1)<>0),B1,1)+0,(-(7))+0)');
    expect(tr('prev(a, 2)', 1)).toBe('0');
    expect(tr('prev(a, 2)', 3)).toBe('A2');
    expect(sheetRef("Per's ark")).toBe("'Per''s ark'");
    expect(columnName(1)).toBe('A');
    expect(columnName(26)).toBe('Z');
    expect(columnName(27)).toBe('AA');
    expect(columnName(703)).toBe('AAA');
  });
});
