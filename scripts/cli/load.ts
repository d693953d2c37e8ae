// Reading a scenario file for a command: a file that cannot be read or does not validate is reported with a
// clear message (each schema issue on its own line, naming the place) and exit code 1.
import { ApiError } from '../../shared/api/errors';
import { computeWithinBudget, type ComputedScenario } from '../../shared/domain/compute';
import { t, tCode, type Lang } from '../../shared/i18n/index';
import { describeModelIssues } from '../../shared/model/issues';
import { parseScenarioFile } from '../../shared/model/file';
import type { Scenario } from '../../shared/model/scenario';
import type { CliContext } from './types';

/** Why a file could not be read, in the user's language: our own refusals (too large, not a regular file, UTF-16)
 *  are translated, a missing file said plainly, anything else the system's words. */
export function readFailure(e: unknown, lang: Lang): string {
  if (e instanceof ApiError) return tCode(lang, e.code, e.params);
  if ((e as { code?: string }).code === 'ENOENT') return lang === 'nb' ? 'filen finnes ikke' : 'no such file';
  return e instanceof Error ? e.message : String(e);
}

export function loadScenario(file: string, ctx: CliContext): Scenario | null {
  const { io, lang } = ctx;
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    io.err(t(lang, 'cli.readFailed', { file, detail: readFailure(e, lang) }));
    return null;
  }
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) {
    io.err(t(lang, 'cli.invalidFile', { file }));
    for (const line of describeModelIssues(parsed.issues, lang, parsed.input)) io.err(`  ${line}`);
    return null;
  }
  return parsed.value.scenario;
}

/** The scenario computed, or null (said on stderr) when the compute ran out of the engine's work budget. */
export function computeLoaded(scenario: Scenario, ctx: CliContext): ComputedScenario | null {
  try {
    return computeWithinBudget(scenario, { lang: ctx.lang });
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    ctx.io.err(tCode(ctx.lang, e.code, e.params));
    return null;
  }
}
