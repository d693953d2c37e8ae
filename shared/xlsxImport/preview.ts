// A colleague's changed workbook against the scenario on screen: every input cell they changed, and every cell the
// app will not take, with the reason. A cell counts as changed when it differs from what the export wrote (the
// baseline in the workbook's hidden sheet), so what the user changed in the app since the export is not undone by
// the colleague's untouched cells; where both changed the same cell, the change is offered unselected.
import type { LineSource } from '../domain/types';
import { nearlyEqual } from '../engine/numeric';
import type { MessageParams } from '../model/messages';
import type { ReadCell, ReadWorkbook } from './types';

/** What the preview needs of an input or computed line of the scenario on screen. */
export interface PreviewLine {
  key: string;
  /** The label as shown, with its programme area in front (P07 Opprinnelig budsjett). */
  label: string;
  unit: string;
  display: string;
  /** Set for a line that takes input: where an edit of it writes. */
  source?: LineSource;
  /** The input values per plan year (NaN: blank); absent for a computed line. */
  input?: ArrayLike<number>;
}

export interface PreviewScenario {
  id: string;
  name: string;
  firstYear: number;
  years: number;
  line(key: string): PreviewLine | undefined;
}

export interface XlsxChange {
  key: string;
  label: string;
  unit: string;
  display: string;
  /** The plan year's index, or 'all' for a line with one value for every year (an assumption, a flag). */
  yearIndex: number | 'all';
  /** Where the colleague's value is (Rammer!F12; the first such cell for a one-value line). */
  sheet: string;
  cell: string;
  old: number | null;
  new: number | null;
  /** Set when the line was changed in the app too since the export: what the workbook had at export. */
  exported?: number | null;
}

export interface XlsxRefusal {
  code: string;
  params: MessageParams;
}

export type XlsxPreview = { ok: true; changes: XlsxChange[]; refusals: XlsxRefusal[] } | { ok: false; error: XlsxRefusal };

export interface PreviewOptions {
  /** Text in an input cell read as a number with the line's unit, as the grid reads typed text. */
  readText(text: string, unit: string, display: string): { ok: true; value: number | null } | { ok: false };
  /** A number as the line's display format shows it (nb-NO), for the messages. */
  show(value: number, display: string): string;
}

/** 1-based column → its letters (1 → A, 27 → AA). */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const same = (a: number | null, b: number | null) => (a === null || b === null ? a === b : nearlyEqual(a, b));
const blankToNull = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);

type CellValue = { ok: true; value: number | null } | { ok: false; refusal: XlsxRefusal };

export function previewChanges(read: ReadWorkbook, scenario: PreviewScenario, opts: PreviewOptions): XlsxPreview {
  const meta = read.meta;
  if (!meta) return { ok: false, error: { code: 'xlsxImport.notExport', params: { file: read.fileName } } };
  if (meta.scenarioId !== scenario.id) {
    return { ok: false, error: { code: 'xlsxImport.otherScenario', params: { file: read.fileName, name: meta.scenarioName, current: scenario.name } } };
  }
  const changes: XlsxChange[] = [];
  const refusals: XlsxRefusal[] = [];
  const refuse = (code: string, params: MessageParams) => refusals.push({ code, params });
  const seen = new Map<string, { sheet: string; row: number }>();
  const baselineOf = (key: string, year: number): number | null | undefined => {
    const b = meta.baseline[key];
    const i = year - meta.firstYear;
    return b && i >= 0 && i < b.length ? b[i] : undefined;
  };
  /** A change, unless the scenario holds that value already; marked when the app changed the cell since export. */
  const offer = (line: PreviewLine, yearIndex: number | 'all', old: number | null, v: { value: number | null; at: { sheet: string; cell: string; year: number } }) => {
    if (same(old, v.value)) return;
    const exported = baselineOf(line.key, v.at.year);
    const { key, label, unit, display } = line;
    changes.push({ key, label, unit, display, yearIndex, sheet: v.at.sheet, cell: v.at.cell, old, new: v.value, ...(exported !== undefined && !same(exported, old) ? { exported } : {}) });
  };

  for (const sheet of read.sheets) {
    for (const row of sheet.keyless) refuse('xlsxImport.noKey', { sheet: sheet.name, row });
    const outside = new Set<number>();
    for (const r of sheet.rows) {
      const line = scenario.line(r.key);
      const first = seen.get(r.key);
      // What the colleague changed in this row: each year cell that differs from the export's value.
      const touched = sheet.years.flatMap((h, i) => {
        const cell = r.cells[i] ?? null;
        const at = { sheet: sheet.name, cell: `${columnLetters(h.col)}${r.row}`, year: h.year };
        return changedFromExport(cell, baselineOf(r.key, h.year)) ? [{ cell, at, yearIndex: h.year - scenario.firstYear }] : [];
      });
      if (first) {
        if (touched.length > 0) refuse('xlsxImport.duplicateKey', { sheet: sheet.name, row: r.row, key: r.key, firstSheet: first.sheet, firstRow: first.row });
        continue;
      }
      seen.set(r.key, { sheet: sheet.name, row: r.row });
      if (touched.length === 0) continue;
      if (!line) {
        refuse('xlsxImport.unknownKey', { sheet: sheet.name, row: r.row, key: r.key });
        continue;
      }
      const inRange = touched.filter((t) => {
        if (t.yearIndex >= 0 && t.yearIndex < scenario.years) return true;
        outside.add(t.at.year);
        return false;
      });
      if (!line.input) {
        // A computed line: its cells are formulas, and a number typed over one cannot be taken.
        for (const t of inRange) {
          if (t.cell !== null && typeof t.cell === 'object' && 'formula' in t.cell) continue;
          refuse('xlsxImport.formulaOverwritten', { ...t.at, label: line.label, value: describe(t.cell, (v) => opts.show(v, line.display)) });
        }
        continue;
      }
      if (!line.source) {
        // An input the app sets itself (the switch that counts the scenario's changes).
        for (const t of inRange) refuse('xlsxImport.notEditable', { ...t.at, label: line.label });
        continue;
      }
      const values: { value: number | null; at: (typeof inRange)[number]['at']; yearIndex: number }[] = [];
      for (const t of inRange) {
        const v = cellValue(t.cell, line, t.at, opts.readText);
        if (!v.ok) refusals.push(v.refusal);
        else values.push({ value: v.value, at: t.at, yearIndex: t.yearIndex });
      }
      if (values.length === 0) continue;
      const input = line.input;
      if (line.source.kind === 'series') {
        for (const v of values) offer(line, v.yearIndex, blankToNull(input[v.yearIndex]), v);
        continue;
      }
      // One value for every year (scalar, flag): the changed cells must agree on it.
      const distinct = values.filter((v, i) => values.findIndex((w) => same(w.value, v.value)) === i);
      const params = { sheet: sheet.name, row: r.row, label: line.label };
      if (distinct.length > 1) {
        refuse('xlsxImport.oneValueMixed', { ...params, values: distinct.length });
        continue;
      }
      const next = distinct[0];
      if (next.value === null && line.source.kind === 'scalar') {
        refuse('xlsxImport.oneValueBlank', { ...next.at, label: line.label });
        continue;
      }
      if (line.source.kind === 'flag' && next.value !== 0 && next.value !== 1) {
        refuse('xlsxImport.flagValue', { ...next.at, label: line.label });
        continue;
      }
      offer(line, 'all', blankToNull(input[0]), next);
    }
    for (const year of outside) refuse('xlsxImport.yearOutside', { sheet: sheet.name, year, first: scenario.firstYear, last: scenario.firstYear + scenario.years - 1 });
  }
  return { ok: true, changes, refusals };
}

/** Whether a cell differs from what the export wrote there. A formula cell is the export's own (a computed line's
 *  cell, or an input the colleague computed: then its result counts). Without a baseline (a line that was not an
 *  input at export), any value is news. */
function changedFromExport(cell: ReadCell, exported: number | null | undefined): boolean {
  if (cell !== null && typeof cell === 'object') {
    if ('formula' in cell) {
      if (exported === undefined) return false;
      return typeof cell.value !== 'number' || !same(cell.value, exported);
    }
    return true;
  }
  if (exported === undefined) return cell !== null;
  return !same(cell, exported);
}

function cellValue(cell: ReadCell, line: PreviewLine, at: { sheet: string; cell: string; year: number }, readText: PreviewOptions['readText']): CellValue {
  const params = { ...at, label: line.label };
  if (cell === null || typeof cell === 'number') return { ok: true, value: cell };
  if ('error' in cell) return { ok: false, refusal: { code: 'xlsxImport.errorCell', params: { ...params, error: cell.error } } };
  if ('formula' in cell) {
    if (typeof cell.value === 'number') return { ok: true, value: cell.value };
    return { ok: false, refusal: { code: 'xlsxImport.formulaNoValue', params } };
  }
  const read = readText(cell.text, line.unit, line.display);
  if (read.ok) return { ok: true, value: read.value };
  return { ok: false, refusal: { code: 'xlsxImport.textInNumberCell', params: { ...params, text: cell.text.slice(0, 80) } } };
}

function describe(cell: ReadCell, show: (v: number) => string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return show(cell);
  if ('text' in cell) return cell.text.slice(0, 80);
  if ('error' in cell) return cell.error;
  return '';
}
