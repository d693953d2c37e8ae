// Where things sit in the exported workbook, shared by the export and the import of a colleague's changes.

/** Column of the line key (1-based); the label is column 1, the unit column 3. */
export const KEY_COL = 2;
/** Column of the first plan year. */
export const FIRST_YEAR_COL = 4;
/** Rows of the Om sheet, in order: its label in column A, the value in column B. */
export const ABOUT_ROWS = ['scenario', 'scenarioId', 'revision', 'firstYear', 'years'] as const;
