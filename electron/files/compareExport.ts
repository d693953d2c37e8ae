// A comparison of 2–4 scenarios as an Excel workbook: the aligned lines with each scenario's values and the
// differences against the first (the same table the Sammenlign view shows), and the list of what changed.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../../shared/api/contract';
import { compareScenarios, comparisonTable, describeChange, diffDocuments, rowsShown } from '../../shared/compare';
import { computeWithinBudget } from '../../shared/domain';
import { t, type Lang } from '../../shared/i18n';
import type { Scenario } from '../../shared/model';
import { safeFileName } from './fileName';
import { XLSX_MIME } from './xlsxExport';

export interface CompareExportOptions {
  onlyDiffs?: boolean;
  view?: string;
  lang?: Lang;
}

const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true };
const FIRST_VALUE_COL = 5;

export function buildComparisonWorkbook(docs: { id: string; name: string; doc: Scenario }[], opts: CompareExportOptions = {}): ExcelJS.Workbook {
  const lang = opts.lang ?? 'nb';
  const result = compareScenarios(docs.map((d) => ({ ...d, engine: computeWithinBudget(d.doc).engine })));
  const table = comparisonTable(result, lang, opts);
  const rows = rowsShown(result, opts);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Handlingsrom';

  const sheet = wb.addWorksheet(t(lang, 'compare.title').slice(0, 31));
  table.forEach((cells, r) => {
    const row = sheet.addRow(cells);
    if (r === 0) {
      row.font = HEADER_FONT;
      return;
    }
    const line = rows[r - 1];
    // Percent lines hold fractions, shown as per cent; amounts in 1000 kr with grouping. Difference shares are
    // always fractions.
    const perScenario = docs.length + 2 * (docs.length - 1);
    row.eachCell((cell, col) => {
      if (col < FIRST_VALUE_COL || typeof cell.value !== 'number') return;
      const k = (col - FIRST_VALUE_COL) % perScenario;
      const isShare = k >= docs.length && (k - docs.length) % 2 === 1;
      cell.numFmt = isShare || line?.display === 'percent' ? '0.0%' : '#,##0;-#,##0';
    });
  });
  sheet.getColumn(2).width = 48;
  sheet.getColumn(3).width = 30;
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];

  const changes = wb.addWorksheet(t(lang, 'compare.changes').slice(0, 31));
  changes.addRow([t(lang, 'export.compareScenario'), t(lang, 'export.compareChange'), t(lang, 'compare.col.key')]).font = HEADER_FONT;
  for (const other of docs.slice(1)) {
    for (const change of diffDocuments(docs[0].doc, other.doc)) changes.addRow([other.name, describeChange(change, lang), change.key ?? '']);
  }
  changes.getColumn(1).width = 36;
  changes.getColumn(2).width = 90;
  changes.getColumn(3).width = 36;
  return wb;
}

export async function exportComparisonXlsx(docs: { id: string; name: string; doc: Scenario }[], opts: CompareExportOptions = {}): Promise<ExportedFile> {
  const buffer = await buildComparisonWorkbook(docs, opts).xlsx.writeBuffer();
  return {
    fileName: safeFileName(`${t(opts.lang ?? 'nb', 'compare.title')} ${docs.map((d) => d.name).join(' – ')}`, '.xlsx'),
    mime: XLSX_MIME,
    content: Buffer.from(buffer as ArrayBuffer).toString('base64'),
    encoding: 'base64',
  };
}
