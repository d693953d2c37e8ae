// One interface, two adapters: the preload bridge in Electron, HTTP in the web mode. Picked once at start;
// nothing else in the renderer knows which one it has.
import type { CallName } from '../../../shared/api/calls';
import type { Api, CallInput, CallOutput } from '../../../shared/api/contract';
import { ApiError, type Envelope } from '../../../shared/api/errors';
import './bridge';
import { CLIENT_HEADER, clientId } from './live';

/** The code of a call that never reached the store (server stopped, network gone): the edit may be sent again. */
export const UNREACHABLE = 'api.unreachable';
/** The server refused the page's session before doing anything: the edit may be sent again once signed in. */
export const SIGNED_OUT = 'api.forbidden';
/** No answer in time. The store may have done it: an edit sent again is recognised by the store (same base
 *  revision and patches as its log's next edit) and acknowledged, never applied twice. */
export const TIMED_OUT = 'api.timeout';
/** An answer that is not the store's (cut off, or a proxy's page): as for a timeout, the call may be made again. */
export const BAD_ANSWER = 'api.badAnswer';
/** Failures after which the same call may be made again later: the store has done nothing, or will recognise it. */
export const NOT_DELIVERED: ReadonlySet<string> = new Set([UNREACHABLE, SIGNED_OUT, TIMED_OUT, BAD_ANSWER]);

/** How long a call may take before the page says so (a large Excel import is the slowest, a few seconds). */
export const CALL_TIMEOUT_MS = 120_000;

function unwrap<T>(env: Envelope<T>): T {
  if (env.ok) return env.value;
  throw new ApiError(env.error.code, env.error.params);
}

export function ipcApi(bridge: NonNullable<Window['handlingsrom']>): Api {
  return {
    async call<K extends CallName>(op: K, input: CallInput<K>) {
      const fn = bridge.ops[op];
      if (!fn) throw new ApiError('api.unknownOperation', { op });
      let env: Envelope<CallOutput<K>>;
      try {
        // The back-end process gone or restarting rejects the call with Electron's English text: said in ours.
        env = (await fn(input)) as Envelope<CallOutput<K>>;
      } catch {
        throw new ApiError(UNREACHABLE, {});
      }
      if (!isEnvelope(env)) throw new ApiError(BAD_ANSWER, {});
      return unwrap(env);
    },
  };
}

function isEnvelope(v: unknown): v is Envelope<unknown> {
  if (typeof v !== 'object' || v === null || !('ok' in v)) return false;
  const e = v as { ok: unknown; error?: { code?: unknown } };
  return e.ok === true || (e.ok === false && typeof e.error?.code === 'string');
}

/**
 * The web mode's adapter. Every way a call can fail becomes an ApiError whose code is an i18n key that says what to
 * do — the browser's own texts ("Failed to fetch", "The user aborted a request", "Unexpected token <") never reach
 * the user. `signedOut` is told when the server no longer knows the session (the team server's login page comes back);
 * `fetchFn` and `timeoutMs` are for tests.
 */
export function httpApi(
  token: string,
  { signedOut, fetchFn = (...a) => fetch(...a), timeoutMs = CALL_TIMEOUT_MS }: { signedOut?: () => void; fetchFn?: typeof fetch; timeoutMs?: number } = {},
): Api {
  return {
    async call<K extends CallName>(op: K, input: CallInput<K>) {
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), timeoutMs);
      try {
        let res: Response;
        try {
          res = await fetchFn(`./api/${op}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Handlingsrom-Token': token, [CLIENT_HEADER]: clientId },
            credentials: 'same-origin',
            body: JSON.stringify(input ?? {}),
            signal: abort.signal,
          });
        } catch {
          throw new ApiError(abort.signal.aborted ? TIMED_OUT : UNREACHABLE, {});
        }
        // The session is gone (a server started afresh, not on the same data folder and port): nothing was done.
        if (res.status === 401 || res.status === 403) {
          signedOut?.();
          throw new ApiError(SIGNED_OUT, {});
        }
        if (!res.ok) throw new ApiError('api.httpStatus', { status: res.status });
        let env: unknown;
        try {
          env = await res.json();
        } catch {
          throw new ApiError(abort.signal.aborted ? TIMED_OUT : BAD_ANSWER, {});
        }
        if (!isEnvelope(env)) throw new ApiError(BAD_ANSWER, {});
        return unwrap(env as Envelope<CallOutput<K>>);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export function createApi(): Api {
  if (window.handlingsrom) return ipcApi(window.handlingsrom);
  const token = document.querySelector<HTMLMetaElement>('meta[name="handlingsrom-token"]')?.content ?? '';
  return httpApi(token);
}
