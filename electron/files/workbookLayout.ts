// Where things sit in the exported workbook, shared by the export and the import of a colleague's changes.

/** Column of the line key (1-based); the label is column 1, the unit column 3. */
export const KEY_COL = 2;
/** Column of the first plan year. */
export const FIRST_YEAR_COL = 4;
/** Rows of the Om sheet, in order: its label in column A, the value in column B. */
export const ABOUT_ROWS = ['scenario', 'scenarioId', 'revision', 'firstYear', 'years'] as const;
/** The hidden sheet that tells the import of a colleague's changes where the workbook came from: in column A a
 *  name, in B its value (format, scenarioId, scenarioName, revision, firstYear, years); then, under the row
 *  `baseline`, each input line's key in A and its values at export in B (JSON, null for blank). */
export const META_SHEET = 'handlingsrom';
export const META_FORMAT = 'handlingsrom-xlsx-1';
