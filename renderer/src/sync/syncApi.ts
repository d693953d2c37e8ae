// The page's calls to its own back end's sync engine (shared/api/sync.ts). Only the web mode's server answers them
// yet; the desktop app and a page served by a team server have no laptop sync (syncAvailable is false there).
import { ApiError, type Envelope } from '../../../shared/api/errors';
import type { SyncInput, SyncOpName, SyncOutput } from '../../../shared/api/sync';
import { CLIENT_HEADER, clientId } from '../api/live';
import { UNREACHABLE } from '../api/transport';

export function syncAvailable(): boolean {
  if (typeof window === 'undefined' || window.handlingsrom) return false;
  return document.querySelector<HTMLMetaElement>('meta[name="handlingsrom-mode"]')?.content !== 'team';
}

const token = () => document.querySelector<HTMLMetaElement>('meta[name="handlingsrom-token"]')?.content ?? '';

export async function syncCall<K extends SyncOpName>(op: K, input: SyncInput<K>): Promise<SyncOutput<K>> {
  let res: Response;
  try {
    res = await fetch(`./api/${op}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Handlingsrom-Token': token(), [CLIENT_HEADER]: clientId },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiError(UNREACHABLE, {});
  }
  const env = (await res.json().catch(() => ({ ok: false, error: { code: 'api.httpStatus', params: { status: res.status } } }))) as Envelope<SyncOutput<K>>;
  if (!env.ok) throw new ApiError(env.error.code, env.error.params);
  return env.value;
}
