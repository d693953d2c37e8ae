// What the back end reads from a workbook a colleague changed (electron/files/xlsxImport), handed to the page,
// which compares it with the scenario it shows (preview.ts). Plain data, so it crosses the API as JSON.

/** One cell of a year column: blank (null), a number, a text, a formula with its cached result, or an error
 *  value (#REF!). */
export type ReadCell = null | number | { text: string } | { formula: true; value: number | string | null } | { error: string };

/** A row of a view sheet that carries a line key: its cells in the sheet's year columns. */
export interface ReadRow {
  /** 1-based, as the spreadsheet numbers rows. */
  row: number;
  key: string;
  cells: ReadCell[];
}

export interface ReadSheet {
  name: string;
  /** The plan years the header names, in column order, and the 1-based column of each. */
  years: { year: number; col: number }[];
  rows: ReadRow[];
  /** Rows with a number in a year column but no key: a colleague's own row, which the app cannot place. */
  keyless: number[];
}

/** What the export wrote into its hidden sheet: where the workbook came from, and each input line's values at
 *  export (the baseline a colleague's change is measured against). */
export interface WorkbookMeta {
  scenarioId: string;
  scenarioName: string;
  /** The store's revision at export; null when the export did not know it. */
  revision: number | null;
  firstYear: number;
  years: number;
  /** Input line key → its values per plan year at export (null: blank). */
  baseline: Record<string, (number | null)[]>;
}

export interface ReadWorkbook {
  fileName: string;
  /** null: the workbook has no sheet of ours (not an export of the app, or from a version before the import). */
  meta: WorkbookMeta | null;
  sheets: ReadSheet[];
}
