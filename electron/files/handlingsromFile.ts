// Export to the app's own file format: the envelope and the scenario as indented JSON (shared/model/file.ts). A
// scenario exported from the store at a revision names it as the file's origin, so the file can come back.
import type { ExportedFile } from '../../shared/api/contract';
import { FILE_EXTENSION, originOf, serializeScenarioFile, type Scenario } from '../../shared/model';
import { APP_VERSION } from '../service/version';
import { safeFileName } from './fileName';

export const HANDLINGSROM_MIME = 'application/vnd.handlingsrom+json';

export function exportHandlingsrom(scenario: Scenario, revision?: number): ExportedFile {
  return {
    fileName: safeFileName(scenario.name, FILE_EXTENSION),
    mime: HANDLINGSROM_MIME,
    content: serializeScenarioFile(scenario, APP_VERSION, revision === undefined ? undefined : originOf(scenario, revision)),
    encoding: 'utf8',
  };
}
