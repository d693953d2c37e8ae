// The main process's decisions about untrusted requests, as plain functions so tests can hold them without
// Electron: where the window may navigate, what window.open does, which permissions a page gets, and which IPC
// calls reach the service.
import type { Envelope } from '../../shared/api/errors';
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

/** The app needs no camera, microphone, notifications, geolocation …: every permission request is denied. */
export function grantsPermission(_permission: string): boolean {
  return false;
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
