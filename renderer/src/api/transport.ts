// One interface, two adapters: the preload bridge in Electron, HTTP in the web mode. Picked once at start;
// nothing else in the renderer knows which one it has.
import type { Api, OpInput, OpOutput } from '../../../shared/api/contract';
import type { OpName } from '../../../shared/api/ops';
import { ApiError, type Envelope } from '../../../shared/api/errors';
import './bridge';

/** The code of a call that never reached the store (server stopped, network gone): the edit may be sent again. */
export const UNREACHABLE = 'api.unreachable';

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

const TOKEN_META = /<meta name="handlingsrom-token" content="([^"]*)"/;

/** The token of the page the server serves now. A restarted server makes a new one; asking for the page is what a
 *  reload does, and only a same-origin script can read the answer. */
async function currentToken(): Promise<string | null> {
  try {
    const res = await fetch('./', { cache: 'no-store', credentials: 'same-origin' });
    return res.ok ? (TOKEN_META.exec(await res.text())?.[1] ?? null) : null;
  } catch {
    return null;
  }
}

function httpApi(initialToken: string): Api {
  let token = initialToken;
  const post = (op: string, body: string) =>
    fetch(`./api/${op}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Handlingsrom-Token': token },
      credentials: 'same-origin',
      body,
    });
  return {
    async call<K extends OpName>(op: K, input: OpInput<K>) {
      const body = JSON.stringify(input ?? {});
      let res: Response;
      try {
        res = await post(op, body);
        if (res.status === 403) {
          // The server may have been restarted with a new token: take the one it serves now and try once more.
          const fresh = await currentToken();
          if (fresh !== null && fresh !== token) {
            token = fresh;
            res = await post(op, body);
          }
        }
      } catch {
        throw new ApiError(UNREACHABLE, {});
      }
      if (res.status === 403) throw new ApiError('api.forbidden', {});
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
