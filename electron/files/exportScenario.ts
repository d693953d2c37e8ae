// Export one scenario in one of the formats the app writes.
import type { ExportedFile } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Lang } from '../../shared/i18n';
import type { Scenario, View } from '../../shared/model';
import { exportCsv } from './csvExport';
import { exportHandlingsrom } from './handlingsromFile';

export type ExportFormat = 'handlingsrom' | 'xlsx' | 'csv';

/** Synchronous except xlsx (exceljs writes asynchronously). CSV exports one view. A .handlingsrom file records
 *  `revision` (the store's revision of the scenario) as its origin, and so does a workbook (beside the scenario's id). */
export function exportScenario(
  scenario: Scenario,
  format: ExportFormat,
  view: View | undefined,
  lang: Lang = 'nb',
  revision?: number,
): ExportedFile | Promise<ExportedFile> {
  switch (format) {
    case 'handlingsrom':
      return exportHandlingsrom(scenario, revision);
    case 'csv':
      if (view === undefined) throw new ApiError('store.noView', {});
      return exportCsv(scenario, view, lang);
    case 'xlsx':
      // Loaded on first use: exceljs is large, and most sessions never export a workbook.
      return import('./xlsxExport').then((m) => m.exportXlsx(scenario, { lang, revision }));
  }
}
