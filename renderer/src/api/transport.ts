// One interface, two adapters: the preload bridge in Electron, HTTP in the web mode. Picked once at start;
// nothing else in the renderer knows which one it has.
import type { Api, OpInput, OpOutput } from '../../../shared/api/contract';
import type { OpName } from '../../../shared/api/ops';
import { ApiError, type Envelope } from '../../../shared/api/errors';
import './bridge';
import { CLIENT_HEADER, clientId } from './live';

/** The code of a call that never reached the store (server stopped, network gone): the edit may be sent again. */
export const UNREACHABLE = 'api.unreachable';
/** The server refused the page's session before doing anything: the edit may be sent again once signed in. */
export const SIGNED_OUT = 'api.forbidden';
/** Failures after which the store has done nothing, so the same call may be made again later. */
export const NOT_DELIVERED: ReadonlySet<string> = new Set([UNREACHABLE, SIGNED_OUT]);

function unwrap<T>(env: Envelope<T>): T {
  if (env.ok) return env.value;
  throw new ApiError(env.error.code, env.error.params);
}

function ipcApi(bridge: NonNullable<Window['handlingsrom']>): Api {
  return {
    async call<K extends OpName>(op: K, input: OpInput<K>) {
      const fn = bridge.ops[op];
      if (!fn) throw new ApiError('api.unknownOperation', { op });
      return unwrap((await fn(input)) as Envelope<OpOutput<K>>);
    },
  };
}

/** Calls over HTTP with the page's token; `signedOut` is told when the server no longer knows the session (the team
 *  server's login page comes back). */
export function httpApi(token: string, signedOut?: () => void): Api {
  return {
    async call<K extends OpName>(op: K, input: OpInput<K>) {
      let res: Response;
      try {
        res = await fetch(`./api/${op}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Handlingsrom-Token': token, [CLIENT_HEADER]: clientId },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new ApiError(UNREACHABLE, {});
      }
      // The session is gone (a server started afresh, not on the same data folder and port): nothing was done.
      if (res.status === 401 || res.status === 403) {
        signedOut?.();
        throw new ApiError(SIGNED_OUT, {});
      }
      if (!res.ok) throw new ApiError('api.httpStatus', { status: res.status });
      let env: Envelope<OpOutput<K>>;
      try {
        env = (await res.json()) as Envelope<OpOutput<K>>;
      } catch {
        throw new ApiError(UNREACHABLE, {});
      }
      return unwrap(env);
    },
  };
}

export function createApi(): Api {
  if (window.handlingsrom) return ipcApi(window.handlingsrom);
  const token = document.querySelector<HTMLMetaElement>('meta[name="handlingsrom-token"]')?.content ?? '';
  return httpApi(token);
}
