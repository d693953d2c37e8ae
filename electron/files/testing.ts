// Random scenarios for the export's property tests: blank scenarios with user lines — inputs with blanks, and
// formula lines built from every construct of the formula language over them. Deterministic for a seed, so a
// failure can be replayed. Used by the unit test (HyperFormula) and the end-to-end test (LibreOffice).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { Xoshiro128 } from '../../shared/analysis/prng';
import { blankScenario, type CustomLine, type Scenario } from '../../shared/model';
import { writeXlsx, type ExportStats } from './xlsxExport';

const FIRST_YEAR = 2024;
/** Literals: plain, fractional, negative, and what used to lose digits. */
const LITERALS = ['0', '1', '2', '0.5', '0.1', '3.7', '4', '100', '1234.5678', '0.0000001', '(1e-25 * 1e30)', '(1 + 1e-13)'];

export interface RandomOptions {
  years?: number;
  inputs?: number;
  formulas?: number;
}

/** A valid scenario whose user lines exercise the formula language. */
export function randomFormulaScenario(seed: number, opts: RandomOptions = {}): Scenario {
  const g = Xoshiro128.fromSeed(seed);
  const r = {
    next: () => g.uniform(),
    int: (min: number, max: number) => min + Math.floor(g.uniform() * (max - min + 1)),
    range: (min: number, max: number) => min + g.uniform() * (max - min),
  };
  const years = opts.years ?? 5;
  const pick = <T>(xs: readonly T[]): T => xs[r.int(0, xs.length - 1)];
  const s = blankScenario({ name: `Tilfeldig ${seed}`, firstYear: FIRST_YEAR, years, id: `scenario_random${seed}` });
  const lines: CustomLine[] = [];
  const inputs: string[] = [];
  const rates: string[] = [];
  for (let i = 0; i < (opts.inputs ?? 6); i++) {
    const rate = i % 3 === 2;
    const values = Array.from({ length: years }, () => {
      if (r.next() < 0.2) return null;
      if (rate) return Math.round(r.range(-0.05, 0.1) * 1000) / 1000;
      return pick([0, 1, -1, 2.5, 7, 10, 100, -735, 1234.5, Math.round(r.range(-1e4, 1e5) * 100) / 100]);
    });
    if (i === 0) values[1] = null; // the blank the fixed lines below read
    const name = rate ? `r${i}` : `i${i}`;
    lines.push({ id: `line_in${i}`, kind: 'input', section: 'x', name, label: name, unit: rate ? 'andel' : '1000 kr', view: 'forutsetninger', values, tags: i % 2 === 0 ? ['grp'] : undefined });
    (rate ? rates : inputs).push(`x.${name}`);
  }

  const refs = [...inputs];
  const expr = (depth: number): string => {
    const leaf = () => {
      const k = r.int(0, 9);
      if (k < 4) return pick(refs);
      if (k < 6) return pick(LITERALS);
      if (k === 6) return `prev(${pick(refs)})`;
      if (k === 7) return `prev(${pick(refs)}, 2, ${pick(LITERALS)})`;
      if (k === 8) return pick(['year - 2020', 'yearindex', 'counttag("grp")']);
      return 'sumtag("grp")';
    };
    if (depth <= 0 || r.next() < 0.25) return leaf();
    const e = () => expr(depth - 1);
    switch (r.int(0, 19)) {
      case 0:
        return `${e()} ${pick(['+', '-', '*'])} ${e()}`;
      case 1:
        return `${e()} / ${e()}`;
      case 2:
        return `-(${e()})`;
      case 3:
        return `(${e()}) ^ 2`;
      case 4:
        return `(${e()} ${pick(['==', '!=', '<', '>', '<=', '>='])} ${e()})`;
      case 5:
        return `(${e()} < ${e()} <= ${e()})`;
      case 6:
        return `(${e()} ${pick(['and', 'or', 'xor'])} ${e()})`;
      case 7:
        return `(not ${e()})`;
      case 8:
        return `(${e()} ? ${e()} : ${e()})`;
      case 9:
        return `if(${e()}, ${e()}, ${e()})`;
      case 10:
        return `${pick(['sum', 'min', 'max'])}(${Array.from({ length: r.int(1, 3) }, e).join(', ')})`;
      case 11:
        // The blank that MIN/MAX must not skip, reached through a one-argument sum or a condition.
        return `${pick(['min', 'max'])}(${r.next() < 0.5 ? `sum(${pick(refs)})` : `if(${e()}, ${pick(refs)}, 1)`}, ${pick(['-7', '0', '3'])})`;
      case 12:
        return `${pick(['abs', 'floor', 'ceil'])}(${e()})`;
      case 13:
        return r.next() < 0.5 ? `round(${e()})` : `round(${e()}, ${pick(['2', '-1', '0'])})`;
      case 14:
        return r.next() < 0.5 ? `safediv(${e()}, ${e()})` : `safediv(${e()}, ${e()}, ${pick(LITERALS)})`;
      case 15:
        return `phasein(${pick(['2024', '2025', '2026'])}, ${pick(['1', '7', '12'])})`;
      case 16:
        return `index(${pick(rates)})`;
      case 17:
        return `grow(${e()}, ${pick(rates)})`;
      case 18:
        return `phasein(${pick([...refs, '2025'])}, ${pick([...refs, '6'])})`;
      default: {
        // Within the engine's tolerance (1e-12) but beyond a spreadsheet's own (HyperFormula 1e-13, LibreOffice
        // 2^-48): equal for the engine, so the export must say so too.
        const x = pick(refs);
        return `(${x} * (1 + 5e-13) ${pick(['==', '!=', '<', '<=', '>', '>='])} ${x})`;
      }
    }
  };
  // What a spreadsheet got wrong before, in every scenario; then random lines.
  const fixed = [
    'prev(x.f0, 1, 100) + sumtag("grp")',
    'max(if(x.i0 > -1000000000, x.i0, 1), -7) + min(sum(x.i0), 7) * 10',
    '1e-25 * 1e30',
    '((1 + 1e-13) == 1) + ((1 + 1e-13) > 1) * 2',
    'index(x.r2) + grow(x.i0, x.r2)',
  ];
  for (let i = 0; i < (opts.formulas ?? 10); i++) {
    const name = `f${i}`;
    const formula = fixed[i] ?? expr(3);
    lines.push({ id: `line_f${i}`, kind: 'formula', section: 'x', name, label: name, unit: '1000 kr', view: i % 2 ? 'oversikt' : 'forutsetninger', formula });
    refs.push(`x.${name}`);
  }
  return { ...s, lines };
}

/** The exported workbook of `scenario`, read back by exceljs. */
export async function exportedWorkbook(scenario: Scenario): Promise<{ wb: ExcelJS.Workbook; stats: ExportStats }> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (b: Buffer) => chunks.push(b));
  const stats = await writeXlsx(scenario, sink);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return { wb, stats };
}

export type SheetCell = number | string | null;

/** A workbook as HyperFormula input: formulas as "=…", values as they are. */
export function sheetsOf(wb: ExcelJS.Workbook): Record<string, SheetCell[][]> {
  const sheets: Record<string, SheetCell[][]> = {};
  wb.eachSheet((ws) => {
    const rows: SheetCell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const out: SheetCell[] = [];
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
