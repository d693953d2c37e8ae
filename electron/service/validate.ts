// Validation before any write: the schema, then the domain. An invalid document is refused with one translatable
// error and nothing is written.
import { ApiError } from '../../shared/api/errors';
import type { Lang } from '../../shared/i18n';
import { describeModelIssues, parseScenario, type Scenario } from '../../shared/model';
import { checkScenarioFormulas } from './domainCheck';

const SHOWN_ISSUES = 3;

/** The document itself (not zod's copy: the schema has no defaults or transforms, and the stored document must
 *  be exactly what the patches made, so that replaying the log gives the same). Throws ApiError. */
export function validateScenario(doc: unknown, lang: Lang): Scenario {
  const parsed = parseScenario(doc);
  if (!parsed.ok) {
    const lines = describeModelIssues(parsed.issues.slice(0, SHOWN_ISSUES), lang, doc);
    if (parsed.issues.length > SHOWN_ISSUES) lines.push('…');
    throw new ApiError('store.invalid', { detail: lines.join('; '), count: parsed.issues.length, cause: parsed.issues[0]?.code ?? '' });
  }
  const scenario = doc as Scenario;
  const problem = checkScenarioFormulas(scenario, lang);
  if (problem) throw new ApiError('store.invalidFormula', problem);
  return scenario;
}
