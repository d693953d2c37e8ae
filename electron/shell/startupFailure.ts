// Why the app could not start, as a dialog that names the reason and what to do. The back end reports the error
// it met when it opened the data; the main process shows this dialog and quits, leaving the data as it was.
import { t, tCode, type Lang } from '../../shared/i18n';

export type StartupFailureKind = 'newerDatabase' | 'corruptDatabase' | 'lostEdits' | 'databaseLocked' | 'nativeModule' | 'dataFolder' | 'backendExited' | 'unknown';

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
  /** A good backup exists and can be put in place of the database (store/backup.ts). */
  canRestore?: boolean;
  /** The database can be opened as it is, without what is missing (store/commits.ts). */
  canKeep?: boolean;
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
    const lost = code.startsWith('db.editsLost') || code.startsWith('db.walDamaged');
    const kind: StartupFailureKind = code.startsWith('db.damaged') ? 'corruptDatabase' : lost ? 'lostEdits' : code === 'db.locked' ? 'databaseLocked' : code === 'db.readOnly' || code === 'db.full' ? 'dataFolder' : 'unknown';
    // The store names the newest good backup in params.backup when there is one.
    const canRestore = (kind === 'corruptDatabase' || lost) && typeof store.params.backup === 'string';
    return { kind, where, detail, store, ...(canRestore ? { canRestore } : {}), ...(lost ? { canKeep: true } : {}) };
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

/** What the user may do about a failure at start: restore the newest good backup, keep the database as it is, or
 *  quit (always offered, and what closing the dialog means). */
export type StartupAction = 'restore' | 'keep' | 'quit';

export interface StartupChoice extends StartupDialog {
  /** Button texts, and the action of each, in the same order. */
  buttons: string[];
  actions: StartupAction[];
  /** The button chosen by Enter (the first: restoring when offered), and by Escape or closing (quit). */
  defaultId: number;
  cancelId: number;
}

/** The start-up dialog with the choices the failure allows. The main process only shows it and runs the action. */
export function startupChoice(failure: StartupFailure, lang: Lang): StartupChoice {
  const actions: StartupAction[] = [];
  if (failure.canRestore) actions.push('restore');
  if (failure.canKeep) actions.push('keep');
  actions.push('quit');
  return {
    ...startupDialog(failure, lang),
    buttons: actions.map((a) => t(lang, `startup.button.${a}`)),
    actions,
    defaultId: 0,
    cancelId: actions.length - 1,
  };
}

/** After restoring: which backup is in place and where the damaged database was put. */
export function restoredDialog(restored: { backupTime: string; aside: string }, lang: Lang): StartupDialog {
  return { title: t(lang, 'startup.restored.title'), message: t(lang, 'db.restored', restored), detail: '' };
}
