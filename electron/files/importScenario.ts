// Import: the whole file is read and validated first (readScenarioFile); only a valid file becomes a scenario, and
// always a new one (new id, a free name), so nothing the user has is ever overwritten. The new scenario keeps the
// file's lineage (importedFrom), so a file exported from it later still leads back to where it came from.
import type { CreatedScenario } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Lang } from '../../shared/i18n';
import type { ScenarioService } from '../service/scenarios';
import { readScenarioFile } from './readScenarioFile';
import { lineageToKeep } from './reviewImport';

export async function importScenario(scenarios: ScenarioService, content: string, lang: Lang = 'nb'): Promise<CreatedScenario> {
  const read = readScenarioFile(content, lang);
  if (!read.ok) throw new ApiError(read.error.code, read.error.params);
  const lineage = lineageToKeep(read.origin, read.scenario);
  const { importedFrom: _older, ...doc } = read.scenario;
  return scenarios.insert(lineage.length > 0 ? { ...doc, importedFrom: lineage } : doc, {});
}
