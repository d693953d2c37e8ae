// Export to the app's own file format: the envelope and the scenario as indented JSON (shared/model/file.ts).
import type { ExportedFile } from '../../shared/api/contract';
import { FILE_EXTENSION, serializeScenarioFile, type Scenario } from '../../shared/model';
import { APP_VERSION } from '../service/version';
import { safeFileName } from './fileName';

export const HANDLINGSROM_MIME = 'application/vnd.handlingsrom+json';

export function exportHandlingsrom(scenario: Scenario): ExportedFile {
  return {
    fileName: safeFileName(scenario.name, FILE_EXTENSION),
    mime: HANDLINGSROM_MIME,
    content: serializeScenarioFile(scenario, APP_VERSION),
    encoding: 'utf8',
  };
}
