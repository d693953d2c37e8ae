/** The largest workbook the import reads (the plan example's is about 60 kB). The page checks it before sending,
 *  the back end again before unpacking. */
export const MAX_XLSX_BYTES = 20 * 1024 * 1024;
