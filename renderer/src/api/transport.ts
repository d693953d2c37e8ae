// One interface, two adapters: the preload bridge in Electron, HTTP in the web mode. Picked once at start;
// nothing else in the renderer knows which one it has.
import type { Api, OpInput, OpOutput } from '../../../shared/api/contract';
import type { OpName } from '../../../shared/api/ops';
import { ApiError, type Envelope } from '../../../shared/api/errors';
import './bridge';

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

function httpApi(token: string): Api {
  return {
    async call<K extends OpName>(op: K, input: OpInput<K>) {
      let res: Response;
      try {
        res = await fetch(`./api/${op}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Handlingsrom-Token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch (err) {
        throw new ApiError('api.transport', { detail: err instanceof Error ? err.message : String(err) });
      }
      if (!res.ok) throw new ApiError('api.transport', { detail: `HTTP ${res.status}` });
      return unwrap((await res.json()) as Envelope<OpOutput<K>>);
    },
  };
}

export function createApi(): Api {
  if (window.handlingsrom) return ipcApi(window.handlingsrom);
  const token = document.querySelector<HTMLMetaElement>('meta[name="handlingsrom-token"]')?.content ?? '';
  return httpApi(token);
}
