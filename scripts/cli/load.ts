// Reading a scenario file for a command: a file that cannot be read or does not validate is reported with a
// clear message (each schema issue on its own line, naming the place) and exit code 1.
import { t } from '../../shared/i18n/index';
import { describeModelIssues } from '../../shared/model/issues';
import { parseScenarioFile } from '../../shared/model/file';
import type { Scenario } from '../../shared/model/scenario';
import type { CliContext } from './types';

export function loadScenario(file: string, ctx: CliContext): Scenario | null {
  const { io, lang } = ctx;
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    const detail = (e as { code?: string }).code === 'ENOENT' ? (lang === 'nb' ? 'filen finnes ikke' : 'no such file') : e instanceof Error ? e.message : String(e);
    io.err(t(lang, 'cli.readFailed', { file, detail }));
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
