// The service layer: one object that implements every operation of the API contract against the store.
// Electron's main process and the web mode both bind transports to `dispatch`; neither knows the other.
import { contract, type OpInput, type OpOutput } from '../../shared/api/contract';
import { ApiError, type Envelope } from '../../shared/api/errors';
import { isOpName, type OpName } from '../../shared/api/ops';
import { dbPathIn } from '../paths';
import { openDatabase, schemaVersion, type Db } from '../store/db';
import { APP_NAME, APP_VERSION } from './version';

export interface ServiceOptions {
  dataDir: string;
  shell: 'electron' | 'web' | 'cli';
  nativeBinding?: string;
}

type Handlers = { [K in OpName]: (input: OpInput<K>) => OpOutput<K> };

export interface Service {
  readonly db: Db;
  /** Validate an untrusted call and run it. Never throws: failures come back as an error envelope. */
  dispatch(op: unknown, payload: unknown): Envelope<unknown>;
  close(): void;
}

export function createService(opts: ServiceOptions): Service {
  const dbPath = dbPathIn(opts.dataDir);
  const db = openDatabase(dbPath, { nativeBinding: opts.nativeBinding });

  const handlers: Handlers = {
    'app.info': () => ({
      name: APP_NAME,
      version: APP_VERSION,
      dataDir: opts.dataDir,
      dbPath,
      schemaVersion: schemaVersion(db),
      shell: opts.shell,
    }),
  };

  function dispatch(op: unknown, payload: unknown): Envelope<unknown> {
    if (!isOpName(op)) return { ok: false, error: { code: 'api.unknownOperation', params: { op: String(op) } } };
    const parsed = contract[op].input.safeParse(payload ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return {
        ok: false,
        error: { code: 'api.invalidInput', params: { op, path: first?.path.join('.') ?? '', detail: first?.message ?? '' } },
      };
    }
    try {
      const handler = handlers[op] as (input: unknown) => unknown;
      return { ok: true, value: handler(parsed.data) };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.toData() };
      console.error(`[service] ${op} failed`, err);
      return { ok: false, error: { code: 'api.internal', params: { op, detail: err instanceof Error ? err.message : String(err) } } };
    }
  }

  return {
    db,
    dispatch,
    close: () => db.close(),
  };
}
