// A scenario as an Excel workbook: a sheet per view (Oversikt, Rammer, Tiltak, ...), a row per line, a column per
// year. Inputs are values on a light yellow fill; computed lines are live formulas over the other cells (see
// excelFormula.ts), so a colleague without the app sees the arithmetic, and Excel or LibreOffice recomputes our
// numbers. Each formula cell also carries our value as its cached result (shown before any recalculation); a
// formula that cannot be expressed is written as its value with a note saying so.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../../shared/api/contract';
import { computeScenario, type DisplayFormat, type DomainLine, type View } from '../../shared/domain';
import { checkFormulaText } from '../../shared/engine/check';
import type { Expr } from '../../shared/engine/ir';
import { t, type Lang } from '../../shared/i18n';
import type { Scenario } from '../../shared/model';
import { columnName, sheetRef, toExcelFormula, type CellLocator } from './excelFormula';
import { safeFileName } from './fileName';
import { planYears } from '../../shared/model/years';
import { linesByView } from './viewLines';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Columns before the years: label, key, unit. */
const FIRST_YEAR_COL = 4;
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8C5' } };
const ERROR_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FFB00020' } };

// Format codes are locale-neutral: ',' groups and '.' is the decimal point, shown as "1 234,5" by a Norwegian Excel.
const NUM_FMT: Record<DisplayFormat, string> = {
  amount: '#,##0;-#,##0',
  percent: '0.0%',
  number: '#,##0.##',
  year: '0',
  month: '0',
  flag: '0',
};

interface Place {
  sheet: string;
  row: number;
}

export interface Workbook {
  workbook: ExcelJS.Workbook;
  /** Cells written as values because their formula could not be translated. */
  valueOnly: number;
}

/** Builds the workbook (exposed for tests, which recompute it). */
export function buildWorkbook(scenario: Scenario, lang: Lang = 'nb'): Workbook {
  const c = computeScenario(scenario, { lang });
  const byView = linesByView(c);
  const years = planYears(scenario);
  const views = [...byView.entries()].filter(([, lines]) => lines.length > 0);

  const places = new Map<string, Place>();
  const sheetName = (v: View) => t(lang, `export.sheet.${v}`).slice(0, 31);
  for (const [view, lines] of views) lines.forEach((l, i) => places.set(l.key, { sheet: sheetName(view), row: i + 2 }));

  // Tag members, for sumtag/counttag: per sheet, their rows.
  const tagMembers = new Map<string, Place[]>();
  for (const l of c.lines) {
    for (const tag of l.tags ?? []) {
      const p = places.get(l.key);
      if (!p) continue;
      let list = tagMembers.get(tag);
      if (!list) tagMembers.set(tag, (list = []));
      list.push(p);
    }
  }

  const wb = new ExcelJS.Workbook();
  wb.creator = 'Handlingsrom';
  wb.calcProperties.fullCalcOnLoad = true;
  const exprs = new Map<string, Expr | null>();
  const exprOf = (text: string): Expr | null => {
    let e = exprs.get(text);
    if (e === undefined) {
      const checked = checkFormulaText(text);
      e = checked.ok ? checked.expr : null;
      exprs.set(text, e);
    }
    return e;
  };
  let valueOnly = 0;

  for (const [view, lines] of views) {
    const name = sheetName(view);
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
    ws.columns = [
      { header: t(lang, 'export.line'), width: 48 },
      { header: t(lang, 'export.key'), width: 34 },
      { header: t(lang, 'export.unit'), width: 10 },
      ...years.map((y) => ({ header: String(y), width: 13 })),
    ];
    ws.getRow(1).font = { bold: true };

    const loc: CellLocator = {
      firstYear: scenario.firstYear,
      cell(key, y) {
        const p = places.get(key);
        if (!p || y < 0 || y >= years.length) return undefined;
        const ref = `${columnName(FIRST_YEAR_COL + y)}${p.row}`;
        return p.sheet === name ? ref : `${sheetRef(p.sheet)}!${ref}`;
      },
      tagRanges(tag, y) {
        const col = columnName(FIRST_YEAR_COL + y);
        const bySheet = new Map<string, number[]>();
        for (const p of tagMembers.get(tag) ?? []) {
          const rows = bySheet.get(p.sheet) ?? [];
          rows.push(p.row);
          bySheet.set(p.sheet, rows);
        }
        const out: string[] = [];
        for (const [sheet, rows] of bySheet) {
          const prefix = sheet === name ? '' : `${sheetRef(sheet)}!`;
          rows.sort((a, b) => a - b);
          for (let i = 0; i < rows.length; ) {
            let j = i;
            while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
            out.push(i === j ? `${prefix}${col}${rows[i]}` : `${prefix}${col}${rows[i]}:${col}${rows[j]}`);
            i = j + 1;
          }
        }
        return out;
      },
      tagCount: (tag) => tagMembers.get(tag)?.length ?? 0,
    };

    lines.forEach((line: DomainLine, i) => {
      const row = ws.getRow(i + 2);
      row.getCell(1).value = line.label;
      row.getCell(2).value = line.key;
      row.getCell(3).value = line.unit;
      if (line.meta.style === 'subtotal' || line.meta.style === 'total') row.font = { bold: true };
      const text = line.input ? undefined : c.engine.formulaText(line.key);
      const expr = text === undefined ? null : exprOf(text);
      for (let y = 0; y < years.length; y++) {
        const cell = row.getCell(FIRST_YEAR_COL + y);
        cell.numFmt = NUM_FMT[line.meta.display];
        if (line.input) {
          const v = line.input[y];
          if (Number.isFinite(v)) cell.value = v;
          cell.fill = INPUT_FILL;
          continue;
        }
        const value = c.engine.value(line.key, y);
        const err = c.engine.error(line.key, y);
        const formula = expr && toExcelFormula(expr, y, loc);
        if (formula) {
          cell.value = Number.isFinite(value) ? { formula, result: value } : { formula };
        } else {
          valueOnly++;
          if (Number.isFinite(value)) cell.value = value;
          cell.note = t(lang, 'export.valueOnly', { formula: text ?? '' });
        }
        if (err) {
          cell.font = ERROR_FONT;
          cell.note = t(lang, 'export.errorCell', { detail: t(lang, err.code, err.params) });
        }
      }
    });
  }
  return { workbook: wb, valueOnly };
}

export async function exportXlsx(scenario: Scenario, lang: Lang = 'nb'): Promise<ExportedFile> {
  const { workbook } = buildWorkbook(scenario, lang);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: safeFileName(scenario.name, '.xlsx'),
    mime: XLSX_MIME,
    content: Buffer.from(buffer as ArrayBuffer).toString('base64'),
    encoding: 'base64',
  };
}
