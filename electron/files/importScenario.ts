// Import: the whole file is read and validated first (readScenarioFile); only a valid file becomes a scenario, and
// always a new one (new id, a free name), so nothing the user has is ever overwritten.
import type { CreatedScenario } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Lang } from '../../shared/i18n';
import type { ScenarioService } from '../service/scenarios';
import { readScenarioFile } from './readScenarioFile';

export function importScenario(scenarios: ScenarioService, content: string, lang: Lang = 'nb'): CreatedScenario {
  const read = readScenarioFile(content, lang);
  if (!read.ok) throw new ApiError(read.error.code, read.error.params);
  return scenarios.insert(read.scenario, {});
}
