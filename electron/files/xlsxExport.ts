// A scenario as an Excel workbook: a sheet per view (Oversikt, Rammer, Tiltak, ...), a row per line, a column per
// year. Inputs are values on a light yellow fill; computed lines are live formulas over the other cells (see
// excelFormula.ts), so a colleague without the app sees the arithmetic, and Excel or LibreOffice recomputes our
// numbers. Each formula cell also carries our value as its cached result (shown before any recalculation); a
// formula that cannot be expressed is written as its value with a note saying so.
//
// The workbook is streamed: rows are written and forgotten one by one (exceljs' streaming writer, inline strings),
// so the largest scenario the schema admits (10 000 measures × 60 years) is exported in bounded memory. What would
// make a formula long is kept in a sheet of partial results (Mellomregning) after the views: a running product per
// growth rate for index() and grow(), one cell per year, so formula text grows linearly with the years; and sums of
// large tags (the savings over 3 000 measures) as partial sums of at most a few hundred ranges each, all live.
// The sheet Om names the scenario the workbook came from; a hidden sheet after it carries the scenario's id, the
// revision and every input's values at export, so the import of a colleague's changes can tell the workbook's
// scenario and what the colleague changed (shared/xlsxImport).
// A year in which a line does not apply (a share of revenue without revenue) or has no figures (a frame before the
// plan's first budget year) keeps its formula, so every formula that reads it still computes, and gets a
// conditional format on the same condition as the app's (shared/domain/notApplicable.ts): a dash, or blank, while
// the condition holds in the workbook; the dash's cell has a note saying why.
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../../shared/api/contract';
import { computeWithinBudget, notApplicableReason, type DisplayFormat, type DomainLine, type DomainLineMeta, type View } from '../../shared/domain';
import { checkFormulaText } from '../../shared/engine/check';
import type { Expr } from '../../shared/engine/ir';
import { xmlSafeText } from '../../shared/format';
import { t, tCode, type Lang } from '../../shared/i18n';
import type { Scenario } from '../../shared/model';
import { planYears } from '../../shared/model/years';
import { bindName } from '../../shared/engine/template';
import { bindExpr, columnName, growthFactor, sheetRef, toExcelFormula, type CellLocator } from './excelFormula';
import { safeFileName } from './fileName';
import { linesByView } from './viewLines';
import { ABOUT_ROWS, FIRST_YEAR_COL, KEY_COL, META_FORMAT, META_SHEET } from './workbookLayout';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8C5' } };
const HELPER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
/** One font family everywhere: a bold row without a name falls back to another font in LibreOffice. */
const FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 };
const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };
const ERROR_FONT: Partial<ExcelJS.Font> = { ...FONT, color: { argb: 'FFB00020' } };
type CellKind = 'label' | 'input' | 'computed' | 'error' | 'helper';

/** One style object per look, shared by every cell that has it: exceljs then finds its id by identity instead of
 *  serialising the style of each of millions of cells. */
const styleOf = memo((id: string): Partial<ExcelJS.Style> => {
  const [kind, display, bold] = id.split('|') as [CellKind, DisplayFormat | '', string];
  const font = kind === 'error' ? ERROR_FONT : bold === 'b' ? BOLD : FONT;
  const numFmt = kind === 'helper' ? '#,##0.######' : display ? NUM_FMT[display] : undefined;
  const fill = kind === 'input' ? INPUT_FILL : kind === 'helper' ? HELPER_FILL : undefined;
  return { font, ...(numFmt ? { numFmt } : {}), ...(fill ? { fill } : {}) };
});
const style = (kind: CellKind, display: DisplayFormat | '' = '', bold = false) => styleOf(`${kind}|${display}|${bold ? 'b' : ''}`);

/** A tag sum written inline up to this many characters of ranges; beyond, as partial sums of about this size. */
const TAG_INLINE = 1500;

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

/** A row of the Mellomregning sheet: its label and, per year, a formula and (where we know it) its value. */
interface HelperRow {
  label: string;
  formula(y: number): string | null;
  value?(y: number): number;
}

export interface ExportStats {
  /** Cells written as values because their formula could not be translated. */
  valueOnly: number;
  formulaCells: number;
  helperRows: number;
}

export interface XlsxOptions {
  lang?: Lang;
  /** The store's revision of the scenario, written to the Om sheet. */
  revision?: number;
}

/** Conditional number formats: a dash whatever the value (a line that does not apply), nothing (no figures). */
const DASH_FMT = '"–";"–";"–"';
const HIDDEN_FMT = ';;;';
const MAX_FORMULA = 8000;

/** The conditional formats of a computed line's row of years, `cols` the first and last year column: a dash where
 *  the line does not apply, blank where it has no figures, on the workbook's own cells (`loc`), so they follow what
 *  a colleague types. */
function rowConditions(meta: Partial<DomainLineMeta>, row: number, cols: [string, string], loc: CellLocator): ExcelJS.ConditionalFormattingOptions | null {
  const rules: ExcelJS.ConditionalFormattingRule[] = [];
  // References of the first year column; Excel and LibreOffice move them along the row (relative columns).
  const na = meta.notApplicable && loc.cell(meta.notApplicable.whenZero, 0);
  if (na) rules.push({ type: 'expression', priority: 1, formulae: [`${na}=0`], style: { numFmt: DASH_FMT } });
  const inputs = (meta.blankUnless ?? []).map((k) => loc.cell(k, 0)).filter((r): r is string => r !== undefined);
  if (inputs.length > 0 && inputs.length === meta.blankUnless!.length) {
    // COUNT takes at most 255 arguments and a formula at most 8 192 characters (Excel's limits): a line that sums
    // many areas' figures is counted in parts, and past the length limit keeps its 0 in the workbook.
    const counts: string[] = [];
    for (let i = 0; i < inputs.length; i += 255) counts.push(`COUNT(${inputs.slice(i, i + 255).join(',')})`);
    const formula = `AND(${counts.join('+')}=0,${cols[0]}${row}=0)`;
    if (formula.length <= MAX_FORMULA) rules.push({ type: 'expression', priority: 2, formulae: [formula], style: { numFmt: HIDDEN_FMT } });
  }
  return rules.length > 0 ? { ref: `${cols[0]}${row}:${cols[1]}${row}`, rules } : null;
}

/** Binary noise (73040.00000000012) cut at 15 significant digits, what a double holds reliably. */
function cached(v: number): number {
  return Number(v.toPrecision(15));
}

/** Streams the workbook of `scenario` into `out` and resolves when it is complete. */
export async function writeXlsx(scenario: Scenario, out: Writable, opts: XlsxOptions = {}): Promise<ExportStats> {
  const lang = opts.lang ?? 'nb';
  const c = computeWithinBudget(scenario, { lang });
  const byView = linesByView(c);
  const years = planYears(scenario);
  const views = [...byView.entries()].filter(([, lines]) => lines.length > 0);
  const cols = years.map((_, y) => columnName(FIRST_YEAR_COL + y));

  const places = new Map<string, Place>();
  const sheetName = (v: View) => t(lang, `export.sheet.${v}`).slice(0, 31);
  for (const [view, lines] of views) lines.forEach((l, i) => places.set(l.key, { sheet: sheetName(view), row: i + 2 }));
  const helperSheet = t(lang, 'export.sheet.helper');

  // Tag members: per tag, runs of consecutive rows per sheet.
  const members = new Map<string, DomainLine[]>();
  for (const l of c.lines) {
    for (const tag of l.tags ?? []) {
      if (!places.has(l.key)) continue;
      let list = members.get(tag);
      if (!list) members.set(tag, (list = []));
      list.push(l);
    }
  }
  interface Run {
    sheet: string;
    from: number;
    to: number;
    keys: string[];
  }
  const runsOf = memo((tag: string) => {
    const bySheet = new Map<string, { row: number; key: string }[]>();
    for (const l of members.get(tag) ?? []) {
      const p = places.get(l.key)!;
      const rows = bySheet.get(p.sheet) ?? [];
      rows.push({ row: p.row, key: l.key });
      bySheet.set(p.sheet, rows);
    }
    const runs: Run[] = [];
    for (const [sheet, rows] of bySheet) {
      rows.sort((a, b) => a.row - b.row);
      for (let i = 0; i < rows.length; ) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1].row === rows[j].row + 1) j++;
        runs.push({ sheet, from: rows[i].row, to: rows[j].row, keys: rows.slice(i, j + 1).map((r) => r.key) });
        i = j + 1;
      }
    }
    return runs;
  });
  const rangesOf = (runs: Run[], from: string, y: number) =>
    runs.map((r) => {
      const prefix = r.sheet === from ? '' : `${sheetRef(r.sheet)}!`;
      return r.from === r.to ? `${prefix}${cols[y]}${r.from}` : `${prefix}${cols[y]}${r.from}:${cols[y]}${r.to}`;
    });

  // The Mellomregning sheet, filled while the views are written.
  const helpers: HelperRow[] = [];
  /** Adds a row to the Mellomregning sheet and answers its row number. */
  const addHelper = (row: HelperRow) => helpers.push(row) + 1;
  const valueOf = (key: string, y: number) => c.engine.value(key, y);
  /** Per tag: the first and last helper row of its partial sums, or null when the sum is written inline. */
  const tagParts = memo((tag: string): [number, number] | null => {
    const runs = runsOf(tag);
    const last = years.length - 1;
    // The longest the inline sum could be: every range seen from another sheet.
    if (rangesOf(runs, helperSheet, last).join(',').length <= TAG_INLINE) return null;
    const chunks: Run[][] = [[]];
    let size = 0;
    for (const r of runs) {
      const len = rangesOf([r], helperSheet, last)[0].length + 1;
      if (size + len > TAG_INLINE && chunks[chunks.length - 1].length > 0) {
        chunks.push([]);
        size = 0;
      }
      chunks[chunks.length - 1].push(r);
      size += len;
    }
    const rows = chunks.map((chunk, i) => {
      const keys = chunk.flatMap((r) => r.keys);
      return addHelper({
        label: t(lang, 'export.helper.tagPart', { tag, n: i + 1, count: chunks.length }),
        formula: (y) => `SUM(${rangesOf(chunk, helperSheet, y).join(',')})`,
        value: (y) => keys.reduce((sum, k) => sum + valueOf(k, y), 0),
      });
    });
    return [rows[0], rows[rows.length - 1]];
  });
  const indexRows = new Map<string, number>();

  const locatorFor = (sheet: string): CellLocator => {
    const prefix = sheet === helperSheet ? '' : `${sheetRef(helperSheet)}!`;
    const loc: CellLocator = {
      firstYear: scenario.firstYear,
      cell(key, y) {
        const p = places.get(key);
        if (!p || y < 0 || y >= years.length) return undefined;
        const ref = `${cols[y]}${p.row}`;
        return p.sheet === sheet ? ref : `${sheetRef(p.sheet)}!${ref}`;
      },
      tagSum(tag, y) {
        if (!members.has(tag)) return '0';
        const parts = tagParts(tag);
        if (parts === null) return `SUM(${rangesOf(runsOf(tag), sheet, y).join(',')})`;
        return `SUM(${prefix}${cols[y]}${parts[0]}:${cols[y]}${parts[1]})`;
      },
      tagCount: (tag) => members.get(tag)?.length ?? 0,
      growthIndex(rate, y) {
        const id = JSON.stringify(rate);
        let row = indexRows.get(id);
        if (row === undefined) {
          const at = addHelper({
            label: t(lang, 'export.helper.index', { n: indexRows.size + 1 }),
            formula: (yy) => {
              if (yy === 0) return '1';
              const f = growthFactor(rate, yy, helperLoc);
              return f === null ? null : `${cols[yy - 1]}${at}*${f}`;
            },
          });
          indexRows.set(id, (row = at));
        }
        return `${prefix}${cols[y]}${row}`;
      },
    };
    return loc;
  };
  const helperLoc = locatorFor(helperSheet);

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Handlingsrom';
  recalculateOnLoad(wb);
  const exprs = new Map<string, Expr | null>();
  const exprOf = (text: string): Expr | null => {
    let e = exprs.get(text);
    if (e === undefined) {
      const checked = checkFormulaText(text);
      e = checked.ok ? checked.expr : null;
      if (exprs.size > 50_000) exprs.clear();
      exprs.set(text, e);
    }
    return e;
  };
  // A template's formula is parsed once and bound per line (measures are thousands of lines of a few shapes).
  const templates = new Map(c.templates.map((tp) => [tp.id, tp]));
  const exprOfLine = (line: DomainLine, text: string | undefined): Expr | null => {
    const tp = line.template && templates.get(line.template.id);
    if (tp) {
      const shape = exprOf(tp.formula);
      const args = line.template!.args;
      return shape && bindExpr(shape, (n) => bindName(n, tp.params, args));
    }
    return text === undefined ? null : exprOf(text);
  };
  const stats: ExportStats = { valueOnly: 0, formulaCells: 0, helperRows: 0 };

  const addSheet = (name: string, keyed: boolean) => {
    const ws = wb.addWorksheet(xmlSafeText(name), {
      views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }],
      pageSetup: {
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
        printTitlesColumn: 'A:A',
      },
    });
    ws.columns = [{ width: 48 }, { width: 26 }, { width: 10 }, ...years.map(() => ({ width: 13 }))];
    const header = ws.getRow(1);
    const head = keyed ? [t(lang, 'export.line'), t(lang, 'export.key'), t(lang, 'export.unit')] : [t(lang, 'export.helper.line'), '', ''];
    [...head, ...years.map(String)].forEach((h, i) => {
      const cell = header.getCell(i + 1);
      cell.value = h;
      cell.style = style('label', '', true);
    });
    header.commit();
    return ws;
  };

  for (const [view, lines] of views) {
    const name = sheetName(view);
    const ws = addSheet(name, true);
    const loc = locatorFor(name);
    for (let i = 0; i < lines.length; i++) {
      const line: DomainLine = lines[i];
      // Rows are committed synchronously; the zip compresses them when the event loop gets a turn. Without one,
      // the whole sheet would wait in memory.
      if (i % YIELD_ROWS === YIELD_ROWS - 1) await drained();
      const row = ws.getRow(i + 2);
      const bold = line.meta.style === 'subtotal' || line.meta.style === 'total';
      const display = line.meta.display;
      row.getCell(1).value = xmlSafeText(line.label);
      row.getCell(KEY_COL).value = line.key;
      row.getCell(3).value = xmlSafeText(line.unit);
      for (let k = 1; k <= 3; k++) row.getCell(k).style = style('label', '', bold);
      const text = line.input ? undefined : c.engine.formulaText(line.key);
      const expr = line.input ? null : exprOfLine(line, text);
      for (let y = 0; y < years.length; y++) {
        const cell = row.getCell(FIRST_YEAR_COL + y);
        if (line.input) {
          const v = line.input[y];
          if (Number.isFinite(v)) cell.value = v;
          cell.style = style('input', display, bold);
          continue;
        }
        cell.style = style('computed', display, bold);
        stats.formulaCells++;
        const value = c.engine.value(line.key, y);
        const err = c.engine.error(line.key, y);
        const formula = expr && toExcelFormula(expr, y, loc);
        if (formula) {
          cell.value = Number.isFinite(value) ? { formula, result: cached(value) } : { formula };
        } else {
          stats.valueOnly++;
          if (Number.isFinite(value)) cell.value = cached(value);
          cell.note = xmlSafeText(t(lang, 'export.valueOnly', { formula: text ?? '' }));
        }
        if (err) {
          cell.style = style('error', display);
          cell.note = xmlSafeText(t(lang, 'export.errorCell', { detail: tCode(lang, err.code, err.params) }));
        }
        const na = notApplicableReason(line, y, valueOf);
        if (na && !err) cell.note = xmlSafeText(`${t(lang, 'export.notApplicable')} ${tCode(lang, na)}`);
      }
      if (!line.input) {
        const cf = rowConditions(line.meta, row.number, [cols[0], cols[years.length - 1]], loc);
        if (cf) ws.addConditionalFormatting(cf);
      }
      row.commit();
    }
    await ws.commit();
  }

  if (helpers.length > 0) {
    const ws = addSheet(helperSheet, false);
    // Rows are added while earlier ones are written (an index of a rate that holds an index).
    for (let i = 0; i < helpers.length; i++) {
      if (i % YIELD_ROWS === YIELD_ROWS - 1) await drained();
      const h = helpers[i];
      const row = ws.getRow(i + 2);
      row.getCell(1).value = h.label;
      row.getCell(1).style = style('label');
      for (let y = 0; y < years.length; y++) {
        const cell = row.getCell(FIRST_YEAR_COL + y);
        cell.style = style('helper');
        const f = h.formula(y);
        const v = h.value?.(y);
        if (f === null) {
          stats.valueOnly++;
          continue;
        }
        cell.value = v !== undefined && Number.isFinite(v) ? { formula: f, result: cached(v) } : { formula: f };
      }
      row.commit();
    }
    stats.helperRows = helpers.length;
    await ws.commit();
  }

  const about = wb.addWorksheet(t(lang, 'export.sheet.about'));
  about.columns = [{ width: 26 }, { width: 60 }];
  const facts: Record<(typeof ABOUT_ROWS)[number], string | number> = {
    scenario: xmlSafeText(scenario.name),
    scenarioId: scenario.id,
    revision: opts.revision ?? '',
    firstYear: scenario.firstYear,
    years: scenario.years,
  };
  ABOUT_ROWS.forEach((k, i) => {
    const row = about.getRow(i + 1);
    row.getCell(1).value = t(lang, `export.about.${k}`);
    row.getCell(2).value = facts[k];
    row.commit();
  });
  const note = about.getRow(ABOUT_ROWS.length + 2);
  note.getCell(1).value = t(lang, 'export.about.howto');
  note.commit();
  await about.commit();

  const meta = wb.addWorksheet(META_SHEET, { state: 'hidden' });
  const origin: [string, string | number][] = [
    ['format', META_FORMAT],
    ['scenarioId', scenario.id],
    ['scenarioName', xmlSafeText(scenario.name)],
    ['revision', opts.revision ?? ''],
    ['firstYear', scenario.firstYear],
    ['years', scenario.years],
    ['baseline', ''],
  ];
  let at = 1;
  const metaRow = (a: string, b: string | number) => {
    const row = meta.getRow(at++);
    row.getCell(1).value = a;
    row.getCell(2).value = b;
    row.commit();
  };
  for (const [k, v] of origin) metaRow(k, v);
  for (const [, lines] of views) {
    for (const line of lines) {
      if (!line.input) continue;
      if (at % YIELD_ROWS === 0) await drained();
      metaRow(line.key, JSON.stringify(Array.from(years, (_, y) => (Number.isFinite(line.input![y]) ? line.input![y] : null))));
    }
  }
  await meta.commit();
  await wb.commit();
  return stats;
}

export async function exportXlsx(scenario: Scenario, opts: XlsxOptions = {}): Promise<ExportedFile> {
  return (await exportXlsxWithStats(scenario, opts)).file;
}

/** The export as the app hands it over (the whole file, base64), and what went into it. */
export async function exportXlsxWithStats(scenario: Scenario, opts: XlsxOptions = {}): Promise<{ file: ExportedFile; stats: ExportStats }> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (b: Buffer) => chunks.push(b));
  const stats = await writeXlsx(scenario, sink, opts);
  const buffer = Buffer.concat(chunks);
  const file: ExportedFile = {
    fileName: safeFileName(scenario.name, '.xlsx'),
    mime: XLSX_MIME,
    content: buffer.toString('base64'),
    encoding: 'base64',
  };
  return { file, stats };
}

/** exceljs' streaming writer leaves out calcPr's fullCalcOnLoad: add it, so Excel and LibreOffice recompute
 *  every formula when the file is opened instead of trusting the cached results. */
function recalculateOnLoad(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const zip = (wb as unknown as { zip: { append(data: unknown, opts: { name: string }): unknown } }).zip;
  const append = zip.append.bind(zip);
  zip.append = (data, o) =>
    append(o.name === '/xl/workbook.xml' && typeof data === 'string' ? data.replace(/<calcPr([^>]*?)\/>/, '<calcPr$1 fullCalcOnLoad="1"/>') : data, o);
}

/** Rows written between two turns of the event loop. */
const YIELD_ROWS = 50;

function drained(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function memo<K, V>(f: (k: K) => V): (k: K) => V {
  const m = new Map<K, V>();
  return (k) => {
    if (!m.has(k)) m.set(k, f(k));
    return m.get(k)!;
  };
}
