// Why the app could not start, as a dialog that names the reason and what to do. The back end reports the error
// it met when it opened the data; the main process shows this dialog and quits, leaving the data as it was.
import { t, tCode, type Lang } from '../../shared/i18n';

export type StartupFailureKind = 'newerDatabase' | 'corruptDatabase' | 'databaseLocked' | 'nativeModule' | 'dataFolder' | 'backendExited' | 'unknown';

/** Plain data, so it crosses from the back-end process to the main process. */
export interface StartupFailure {
  kind: StartupFailureKind;
  /** The database file or the data folder concerned. */
  where: string;
  detail: string;
  found?: number;
  supported?: number;
  /** The store's own message (an i18n key and its parameters), when it said what to do itself. */
  store?: { code: string; params: Record<string, string | number> };
}

export interface StartupDialog {
  title: string;
  message: string;
  detail: string;
}

const FOLDER_CODES = new Set(['ENOTDIR', 'EEXIST', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_FULL', 'SQLITE_IOERR']);
const NATIVE_RE = /better[-_]sqlite3|NODE_MODULE_VERSION|bindings file|invalid ELF header|not a valid Win32 application|dlopen/i;

export function classifyStartupError(err: unknown, where: string): StartupFailure {
  const detail = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  // The store's own refusals (damaged, read-only, full, locked) carry a message that says what to do.
  const params = (err as { params?: unknown } | null)?.params;
  if (typeof code === 'string' && code.startsWith('db.') && params && typeof params === 'object') {
    const store = { code, params: params as Record<string, string | number> };
    const kind: StartupFailureKind = code.startsWith('db.damaged') ? 'corruptDatabase' : code === 'db.locked' ? 'databaseLocked' : code === 'db.readOnly' || code === 'db.full' ? 'dataFolder' : 'unknown';
    return { kind, where, detail, store };
  }
  // The store's NewerDatabaseError, recognised by its fields: importing the store here would load better-sqlite3,
  // whose failure to load is one of the reasons this must report.
  const newer = err as { found?: unknown; supported?: unknown };
  if (typeof newer?.found === 'number' && typeof newer.supported === 'number') return { kind: 'newerDatabase', where, detail, found: newer.found, supported: newer.supported };
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return { kind: 'corruptDatabase', where, detail };
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return { kind: 'databaseLocked', where, detail };
  if (code === 'MODULE_NOT_FOUND' || code === 'ERR_DLOPEN_FAILED' || NATIVE_RE.test(detail)) return { kind: 'nativeModule', where, detail };
  if (typeof code === 'string' && FOLDER_CODES.has(code)) return { kind: 'dataFolder', where, detail };
  return { kind: 'unknown', where, detail };
}

/** The dialog for a failure: the title says what happened, the message what to do, the detail where and why. */
export function startupDialog(failure: StartupFailure, lang: Lang): StartupDialog {
  const params = { where: failure.where, found: failure.found ?? '?', supported: failure.supported ?? '?' };
  return {
    title: t(lang, `startup.${failure.kind}.title`, params),
    message: failure.store ? tCode(lang, failure.store.code, failure.store.params) : t(lang, `startup.${failure.kind}.todo`, params),
    detail: `${t(lang, 'startup.where', params)}\n${t(lang, 'startup.nothingChanged')}\n\n${failure.detail}`,
  };
}

/** The language of dialogs shown before the page has said which one the user chose: Norwegian unless the system
 *  speaks English. */
export function dialogLang(locale: string): Lang {
  return /^en\b/i.test(locale) ? 'en' : 'nb';
}
