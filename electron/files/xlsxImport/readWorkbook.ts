// Reads a workbook a colleague changed and sent back: every view sheet's rows by their key and the year header,
// whatever the sheet order (a sheet renamed, moved or added still reads), and the hidden sheet the export wrote
// (shared/xlsxImport/types.ts). Loaded on first use, as the export: exceljs is large.
import ExcelJS from 'exceljs';
import { ApiError } from '../../../shared/api/errors';
import { t } from '../../../shared/i18n';
import type { ReadCell, ReadRow, ReadSheet, ReadWorkbook, WorkbookMeta } from '../../../shared/xlsxImport/types';
import { META_FORMAT, META_SHEET } from '../workbookLayout';
import { MAX_XLSX_BYTES } from '../../../shared/xlsxImport/limits';
import { checkZip, type ZipLimits } from './zipBounds';

/** The plan example's workbook is about 60 kB and unpacks to 1 MB; a scenario of 300 measures over 10 years to some
 *  2 MB and 25 MB. exceljs holds every cell of a workbook in memory (some 300 bytes each), so the bound is on what
 *  the file unpacks to. */
export const XLSX_IMPORT_LIMITS: ZipLimits = { maxBytes: MAX_XLSX_BYTES, maxUnpacked: 80 * 1024 * 1024, maxEntries: 500 };

/** The key column's heading in either language ("Nøkkel", "Key"). */
const KEY_HEADINGS = new Set([t('nb', 'export.key'), t('en', 'export.key')].map((s) => s.toLowerCase()));
const HEADER_ROWS = 10;

export async function readChangedWorkbook(fileName: string, bytes: Buffer, limits: ZipLimits = XLSX_IMPORT_LIMITS): Promise<ReadWorkbook> {
  const names = checkZip(bytes, fileName, limits);
  if (!names.includes('xl/workbook.xml')) throw new ApiError('xlsxImport.notXlsx', { file: fileName });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new ApiError('xlsxImport.damaged', { file: fileName });
  }
  let meta: WorkbookMeta | null = null;
  const sheets: ReadSheet[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name === META_SHEET) meta = readMeta(ws);
    else {
      const sheet = readViewSheet(ws);
      if (sheet) sheets.push(sheet);
    }
  }
  return { fileName, meta, sheets };
}

function readMeta(ws: ExcelJS.Worksheet): WorkbookMeta | null {
  const facts = new Map<string, unknown>();
  const baseline: Record<string, (number | null)[]> = {};
  let inBaseline = false;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const name = row.getCell(1).value;
    const value = row.getCell(2).value;
    if (typeof name !== 'string') continue;
    if (inBaseline) {
      const values = parseValues(value);
      if (values) baseline[name] = values;
    } else if (name === 'baseline') inBaseline = true;
    else facts.set(name, value);
  }
  const id = facts.get('scenarioId');
  const firstYear = facts.get('firstYear');
  const years = facts.get('years');
  if (facts.get('format') !== META_FORMAT || typeof id !== 'string' || typeof firstYear !== 'number' || typeof years !== 'number') return null;
  const revision = facts.get('revision');
  const name = facts.get('scenarioName');
  return { scenarioId: id, scenarioName: typeof name === 'string' ? name : '', revision: typeof revision === 'number' ? revision : null, firstYear, years, baseline };
}

function parseValues(value: unknown): (number | null)[] | null {
  if (typeof value !== 'string' || value.length > 20_000) return null;
  try {
    const v: unknown = JSON.parse(value);
    return Array.isArray(v) && v.every((x) => x === null || (typeof x === 'number' && Number.isFinite(x))) ? (v as (number | null)[]) : null;
  } catch {
    return null;
  }
}

/** A view sheet: the row whose cell says "Nøkkel" is the header; its cells that name a year are the year columns.
 *  A sheet without such a row (Om, Mellomregning, a colleague's own) is not one. */
function readViewSheet(ws: ExcelJS.Worksheet): ReadSheet | null {
  for (let h = 1; h <= Math.min(HEADER_ROWS, ws.rowCount); h++) {
    const header = ws.getRow(h);
    let keyCol = 0;
    const years: { year: number; col: number }[] = [];
    header.eachCell((cell, col) => {
      const v = cell.value;
      const text = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
      if (KEY_HEADINGS.has(text.toLowerCase()) && keyCol === 0) keyCol = col;
      else if (/^(19|20|21)[0-9]{2}$/.test(text)) years.push({ year: Number(text), col });
    });
    if (keyCol === 0) continue;
    const rows: ReadRow[] = [];
    const keyless: number[] = [];
    for (let r = h + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const keyValue = row.getCell(keyCol).value;
      const key = typeof keyValue === 'string' ? keyValue.trim() : '';
      const cells = years.map((y) => readCell(row.getCell(y.col).value));
      if (key) rows.push({ row: r, key, cells });
      else if (cells.some((c) => c !== null)) keyless.push(r);
    }
    return { name: ws.name, years, rows, keyless };
  }
  return null;
}

function readCell(v: ExcelJS.CellValue): ReadCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return v.trim() === '' ? null : { text: v };
  if (v instanceof Date) return { text: v.toISOString().slice(0, 10) };
  if ('formula' in v || 'sharedFormula' in v) {
    const res = (v as { result?: unknown }).result;
    return { formula: true, value: typeof res === 'number' || typeof res === 'string' ? res : null };
  }
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return { text: v.richText.map((p) => p.text).join('') };
  if ('text' in v) return { text: String(v.text) };
  return null;
}
