// The main process's decisions about untrusted requests, as plain functions so tests can hold them without
// Electron: where the window may navigate, what window.open does, which permissions a page gets, and which IPC
// calls reach the service.
import type { Envelope } from '../../shared/api/errors';
import { DESKTOP_SHELL_COMMANDS, type CommandId } from '../../shared/commands';
import { isTrustedUrl } from './origin';

/** Navigation away from the app's own pages is blocked. */
export function blocksNavigation(url: string): boolean {
  return !isTrustedUrl(url);
}

/** window.open never opens a window; an https link goes to the user's browser instead. */
export function windowOpenPolicy(url: string): { action: 'deny'; openExternally: boolean } {
  let external: boolean;
  try {
    external = new URL(url).protocol === 'https:';
  } catch {
    external = false;
  }
  return { action: 'deny', openExternally: external };
}

/** What the app's own page may do: write text to the clipboard (Ctrl+C in the grids; Electron asks for
 *  'clipboard-sanitized-write' when the page calls navigator.clipboard.writeText). Reading the clipboard is not
 *  needed (paste arrives as a paste event), nor camera, microphone, notifications, geolocation …; another origin
 *  gets nothing. */
const GRANTED_TO_APP = new Set(['clipboard-sanitized-write']);

export function grantsPermission(permission: string, requestingUrl: string | undefined): boolean {
  return GRANTED_TO_APP.has(permission) && isTrustedUrl(requestingUrl ?? '');
}

/** An IPC call reaches the service only from the app's own page; the service then validates the payload. */
export function handleIpc(
  dispatch: (op: string, payload: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>,
  op: string,
  senderUrl: string | undefined,
  payload: unknown,
): Envelope<unknown> | Promise<Envelope<unknown>> {
  if (!isTrustedUrl(senderUrl ?? '')) return { ok: false, error: { code: 'api.untrustedSender', params: {} } };
  return dispatch(op, payload);
}

/** The page may ask the main process only for the commands it runs (a file dialog, printing), only from itself. */
export function allowsShellCommand(id: unknown, senderUrl: string | undefined): id is CommandId {
  return isTrustedUrl(senderUrl ?? '') && (DESKTOP_SHELL_COMMANDS as readonly unknown[]).includes(id);
}
