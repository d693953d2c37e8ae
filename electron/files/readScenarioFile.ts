// Reading a .handlingsrom file: every check runs before anything is written, cheapest first — size, JSON syntax
// and depth, numbers and keys, the envelope (format, version), the schema, then the formulas (they compile, no
// same-year cycle). The result is a valid scenario or one translatable error (code + params).
import type { ApiErrorData } from '../../shared/api/errors';
import type { Lang } from '../../shared/i18n';
import { FILE_FORMAT, FILE_VERSION, describeModelIssues, parseScenarioFile, type Origin, type Scenario } from '../../shared/model';
import { checkJson } from '../../shared/patch';
import { checkScenarioFormulas } from '../service/domainCheck';
import { codePointText, findBadText } from './badText';
import { scanJson } from './jsonScan';
import { FILE_JSON_LIMITS, MAX_FILE_BYTES, MAX_JSON_DEPTH } from './limits';

export type ReadResult = { ok: true; scenario: Scenario; appVersion: string; version: number; origin?: Origin } | { ok: false; error: ApiErrorData };

const MB = 1_000_000;
const fail = (code: string, params: Record<string, string | number> = {}): ReadResult => ({ ok: false, error: { code, params } });

/** Refuse by size alone, before the content is read or decoded. */
export function checkFileSize(bytes: number): ApiErrorData | null {
  if (bytes > MAX_FILE_BYTES) {
    return { code: 'file.tooLarge', params: { size: Math.ceil(bytes / MB), max: Math.round(MAX_FILE_BYTES / MB) } };
  }
  return null;
}

export function readScenarioFile(content: string, lang: Lang = 'nb'): ReadResult {
  // UTF-16 length ≤ UTF-8 bytes, so this never refuses a file within the byte limit.
  const size = checkFileSize(content.length);
  if (size) return { ok: false, error: size };
  // A byte order mark is what Windows editors put first; it is not part of the JSON.
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (text.trim() === '') return fail('file.empty');

  const syntax = scanJson(text, MAX_JSON_DEPTH);
  if (syntax) {
    if (syntax.code === 'file.tooDeep') return fail('file.tooDeep', { max: MAX_JSON_DEPTH });
    return fail(syntax.code, { line: syntax.line, column: syntax.column, token: syntax.token });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // The scan accepts only what JSON.parse accepts; this is a safety net.
    return fail('file.unreadable', { detail: e instanceof Error ? e.message.slice(0, 200) : String(e) });
  }

  const walked = checkJson(data, FILE_JSON_LIMITS);
  if (!walked.ok) {
    const p = walked.problem;
    switch (p.kind) {
      case 'depth':
        return fail('file.tooDeep', { max: p.limit });
      case 'nodes':
        return fail('file.tooMany', { max: p.limit });
      case 'number':
        return fail('file.badNumber', { value: p.value, path: p.path || '/' });
      case 'forbiddenKey':
        return fail('file.forbiddenKey', { key: p.key, path: p.path });
      case 'string':
        return fail('file.textTooLong', { max: p.limit, path: p.path });
      default:
        return fail('file.badValue', { path: p.path || '/' });
    }
  }

  const bad = findBadText(data);
  if (bad) return fail('file.badChar', { path: bad.path, char: codePointText(bad.code), index: bad.index });

  // The envelope first, so that a file from a newer app says so instead of listing schema issues.
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail('file.notHandlingsrom');
  const env = data as Record<string, unknown>;
  if (env.format !== FILE_FORMAT) return fail('file.notHandlingsrom');
  const version = env.version;
  const appVersion = typeof env.appVersion === 'string' ? env.appVersion.slice(0, 50) : '?';
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('file.unknownVersion', { version: String(version) });
  if (version > FILE_VERSION) return fail('file.newerVersion', { version, appVersion, supported: FILE_VERSION });

  const parsed = parseScenarioFile(data);
  if (!parsed.ok) {
    const lines = describeModelIssues(parsed.issues.slice(0, 5), lang, data);
    if (parsed.issues.length > 5) lines.push('…');
    return fail('file.invalid', { count: parsed.issues.length, detail: lines.join('; '), cause: parsed.issues[0]?.code ?? '' });
  }

  const formulas = checkScenarioFormulas(parsed.value.scenario, lang);
  if (formulas) return fail('file.formulaError', formulas);
  const { scenario, appVersion: app, version: v, origin } = parsed.value;
  return { ok: true, scenario, appVersion: app, version: v, ...(origin ? { origin } : {}) };
}
