// The user's own lines: where a line is used, and the edits that add, rename, remove and move one.
export { formulasReading, inSection, isKey, usesText, type FormulaUse } from './whereUsed';
export { addLine, moveLine, removeLine, renameLine, type GroupRow, type NewLine, type RemoveResult, type RenameResult } from './edits';
