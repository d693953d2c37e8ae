// The file envelope: `{ format: 'handlingsrom', version, appVersion, origin, scenario }`. Reading checks the
// envelope before the scenario, so a file from a newer app version says so instead of listing schema issues, and
// migrates an older envelope to the current one (migrateFile).
import { z } from './zod';
import { modelErrorMap, toModelIssues } from './issues';
import { int, literal, obj, str } from './kit';
import type { ModelIssue } from './messages';
import { fingerprint, originSchema, type Origin } from './origin';
import { scenarioSchema, type Scenario } from './scenario';

export const FILE_FORMAT = 'handlingsrom';
/** The file format version this code writes and the newest it reads. 2 added the KOSTRA comparison, the
 *  accounts' deviation threshold and a measure's effect range (all optional: every version 1 file reads as it
 *  did), so that an app that knows only version 1 says the file is newer instead of listing unknown fields. 3 added
 *  an area's wage and price growth computed from a deflator assumption (`deflatorId`, optional). 4 added the
 *  file's origin (the scenario and revision it was exported from, origin.ts) and a scenario's `importedFrom`; an
 *  older file reads as one whose origin names its scenario's id without a revision. */
export const FILE_VERSION = 4;
/** Larger files are refused before parsing (a real scenario is well below 10 MB). */
export const MAX_FILE_CHARS = 50_000_000;
/** Suggested file name extension. */
export const FILE_EXTENSION = '.handlingsrom';

export const scenarioFileSchema = obj({
  format: literal(FILE_FORMAT),
  version: int(1, FILE_VERSION),
  appVersion: str().max(50),
  origin: originSchema.optional(),
  scenario: scenarioSchema,
});
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ModelIssue[]; input?: unknown };

function fail(code: string, params: Record<string, string | number> = {}, input?: unknown): { ok: false; issues: ModelIssue[]; input?: unknown } {
  return { ok: false, issues: [{ path: [], code, params }], input };
}

/** Validate a scenario document (already parsed from JSON). */
export function parseScenario(data: unknown): ParseResult<Scenario> {
  const r = scenarioSchema.safeParse(data, { error: modelErrorMap });
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: toModelIssues(r.error), input: data };
}

/** Read a scenario file: JSON text or an already parsed value. Never throws. */
export function parseScenarioFile(input: unknown): ParseResult<ScenarioFile> {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_FILE_CHARS) return fail('model.file.tooLarge', { max: MAX_FILE_CHARS });
    try {
      data = JSON.parse(input);
    } catch (e) {
      return fail('model.file.notJson', { detail: e instanceof Error ? e.message : String(e) });
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail('model.file.notHandlingsrom');
  const env = data as Record<string, unknown>;
  if (env.format !== FILE_FORMAT) return fail('model.file.notHandlingsrom');
  const version = env.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > FILE_VERSION) {
    const appVersion = typeof env.appVersion === 'string' ? env.appVersion.slice(0, 50) : '?';
    return fail('model.file.newerVersion', { version, appVersion, supported: FILE_VERSION });
  }
  const r = scenarioFileSchema.safeParse(data, { error: modelErrorMap });
  return r.success ? { ok: true, value: migrateFile(r.data) } : { ok: false, issues: toModelIssues(r.error), input: data };
}

/** A valid file of any version in the current shape (its `version` still says what it was): before 4 a file had no origin, but its scenario kept the
 *  id it had in the store it came from, so that id is its origin (without a revision: the common ancestor cannot
 *  be found, only the scenario). */
export function migrateFile(file: ScenarioFile): ScenarioFile {
  if (file.version >= 4) return file;
  return { ...file, origin: file.origin ?? { scenarioId: file.scenario.id, name: file.scenario.name } };
}

/** The origin of a file exported from the store's scenario at `revision`. */
export function originOf(scenario: Scenario, revision: number): Origin {
  return { scenarioId: scenario.id, revision, name: scenario.name, fingerprint: fingerprint(scenario) };
}

export function toScenarioFile(scenario: Scenario, appVersion: string, origin?: Origin): ScenarioFile {
  return { format: FILE_FORMAT, version: FILE_VERSION, appVersion, ...(origin ? { origin } : {}), scenario };
}

/** The file's text: indented JSON, so that a file diffs and reads well. */
export function serializeScenarioFile(scenario: Scenario, appVersion: string, origin?: Origin): string {
  return `${JSON.stringify(toScenarioFile(scenario, appVersion, origin), null, 2)}\n`;
}
