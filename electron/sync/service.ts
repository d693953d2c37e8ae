// The laptop's service with its sync engine: the scenario service as it is, and the sync.* operations
// (shared/api/sync.ts) answered by the engine. Every acknowledged local edit of a scenario tells the engine, which
// sends it on to the team server when the scenario is linked to one. The web mode's server and the desktop back end
// dispatch to this object as to the plain service.
import { ApiError, type ApiErrorData, type Envelope } from '../../shared/api/errors';
import { isSyncOpName, syncContract, type SyncOpName } from '../../shared/api/sync';
import type { Service } from '../service/service';
import type { SyncEngine } from './engine';

const EDITS = new Set(['scenario.edit', 'scenario.undo', 'scenario.redo', 'scenario.rename']);

export function withSync<S extends Service>(service: S, engine: SyncEngine): S {
  async function syncCall(op: SyncOpName, payload: unknown): Promise<Envelope<unknown>> {
    const parsed = syncContract[op].safeParse(payload ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { ok: false, error: { code: 'api.invalidInput', params: { op, path: first?.path.join('.') ?? '', detail: first?.message ?? '' } } };
    }
    try {
      return { ok: true, value: await run(op, parsed.data as never) };
    } catch (err) {
      return { ok: false, error: errorData(op, err) };
    }
  }

  function run(op: SyncOpName, i: Record<string, never>): Promise<unknown> {
    switch (op) {
      case 'sync.status':
        return engine.status(i.id);
      case 'sync.connect':
        return engine.connect(i.origin, i.username, i.password);
      case 'sync.disconnect':
        return engine.disconnect().then(() => null);
      case 'sync.remoteList':
        return engine.remoteList();
      case 'sync.fetch':
        return engine.fetch(i.remoteId);
      case 'sync.now':
        return engine.sync(i.id);
      case 'sync.conflicts':
        return engine.conflicts(i.id);
      case 'sync.resolve':
        return engine.resolve(i.id, i.choices);
    }
  }

  async function dispatch(op: unknown, payload: unknown, ctx?: Parameters<Service['dispatch']>[2]): Promise<Envelope<unknown>> {
    if (isSyncOpName(op)) return syncCall(op, payload);
    const result = await service.dispatch(op, payload, ctx);
    const id = (payload as { id?: unknown } | null)?.id;
    if (result.ok && typeof op === 'string' && EDITS.has(op) && typeof id === 'string') engine.kick(id);
    return result;
  }

  return {
    ...service,
    dispatch,
    call: dispatch,
    close: async () => {
      engine.close();
      await service.close();
    },
  };
}

function errorData(op: string, err: unknown): ApiErrorData {
  if (err instanceof ApiError) return err.toData();
  console.error(`[sync] ${op} failed`, err);
  return { code: 'api.internal', params: { op, detail: err instanceof Error ? err.message : String(err) } };
}
