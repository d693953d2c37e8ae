// The edit queue against the real service on a temporary SQLite file. "The store is away" is the transport's own
// failure (api.unreachable), switched on and off around the real service.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api, UndoState } from '../../../shared/api/contract';
import { ApiError, type Envelope } from '../../../shared/api/errors';
import { createService, type Service } from '../../../electron/service/service';
import { tempDirs } from '../../../electron/service/testing';
import { EditQueue, type QueueEvents } from './editQueue';
import { UNREACHABLE } from './transport';
import { UnsavedStore, type KeyValueStorage } from './unsavedStore';

class MemoryStorage implements KeyValueStorage {
  private map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
  key = (i: number) => [...this.map.keys()][i] ?? null;
  get length() {
    return this.map.size;
  }
}

const dirs = tempDirs('hr-queue-');
const services: Service[] = [];
afterEach(() => {
  for (const s of services.splice(0)) s.close();
  dirs.cleanup();
});

function setup() {
  const service = createService({ dataDir: dirs.make(), shell: 'web', seedExample: false });
  services.push(service);
  // `dropAnswers`: the store does the call, then the answer is lost (the server died before it wrote it).
  const link = { up: true, dropAnswers: false };
  const api: Api = {
    async call(op, input) {
      if (!link.up) throw new ApiError(UNREACHABLE, {});
      const env = (await service.dispatch(op, input)) as Envelope<never>;
      if (link.dropAnswers) throw new ApiError(UNREACHABLE, {});
      if (!env.ok) throw new ApiError(env.error.code, env.error.params);
      return env.value;
    },
  };
  return { service, api, link };
}

function recorder() {
  const log = { acknowledged: [] as UndoState[], refused: [] as ApiError[], verified: [] as { known: number; rest: string[] }[] };
  const events: QueueEvents = {
    acknowledged: (s) => log.acknowledged.push(s),
    stepped: () => undefined,
    refused: (e) => log.refused.push(e),
    stepFailed: () => undefined,
    verified: (known, rest) => log.verified.push({ known, rest: rest.map((e) => e.label) }),
    status: () => undefined,
  };
  return { log, events };
}

const cell = (year: number, value: number) => ({ label: `Krav ${year}: ${value}`, patches: [{ op: 'set' as const, path: ['plan', 'savingsRequirement', year], value }], inverse: [] });

async function open(api: Api, id: string) {
  return api.call('scenario.open', { id });
}

/** A blank scenario and a queue on it, with the browser's storage of one tab. */
async function queueOnBlank(api: Api) {
  const { id } = await api.call('scenario.create', { from: 'blank', name: 'Kø' });
  const opened = await open(api, id);
  const storage = new MemoryStorage();
  const session = new MemoryStorage();
  const { log, events } = recorder();
  const queue = new EditQueue(api, id, opened.revision, new UnsavedStore(storage, session), events);
  return { id, opened, storage, session, log, events, queue };
}

describe('the edit queue', () => {
  it('keeps edits while the store is away, sends them in order when it is back, and a reload finds them', async () => {
    const { api, link } = setup();
    const { id } = await api.call('scenario.create', { from: 'blank', name: 'Kø' });
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    const opened = await open(api, id);
    const { log, events } = recorder();
    const queue = new EditQueue(api, id, opened.revision, new UnsavedStore(storage, session), events);

    link.up = false;
    for (let i = 0; i < 3; i++) queue.push(cell(i, 100 + i));
    await vi.waitFor(() => expect(queue.status()).toMatchObject({ unsaved: 3, unreachable: 'api.unreachable', sending: false }));
    // Kept in the browser's storage, in order, on the revision they build on.
    const kept = JSON.parse(storage.getItem(storage.key(0)!)!) as { revision: number; edits: { label: string }[] };
    expect(kept.revision).toBe(opened.revision);
    expect(kept.edits.map((e) => e.label)).toEqual(['Krav 0: 100', 'Krav 1: 101', 'Krav 2: 102']);
    queue.dispose();

    // A reload: a new queue in the same tab takes them back and, the store being back, sends them.
    link.up = true;
    const again = new EditQueue(api, id, opened.revision, new UnsavedStore(storage, session), events);
    const restored = again.restore();
    expect(restored.map((e) => e.label)).toEqual(['Krav 0: 100', 'Krav 1: 101', 'Krav 2: 102']);
    again.resume(restored.map((e) => ({ ...e, inverse: [] })));
    await vi.waitFor(() => expect(again.status()).toMatchObject({ unsaved: 0, sending: false }));
    expect(log.acknowledged.map((s) => s.undoLabel)).toEqual(['Krav 0: 100', 'Krav 1: 101', 'Krav 2: 102']);
    expect((await open(api, id)).scenario.plan.savingsRequirement.slice(0, 3)).toEqual([100, 101, 102]);
    expect(storage.length).toBe(0);
    again.dispose();
  });

  it('retries by itself and on retry(), without dropping or reordering', async () => {
    const { api, link } = setup();
    const { id } = await api.call('scenario.create', { from: 'blank', name: 'Kø' });
    const opened = await open(api, id);
    const { events } = recorder();
    const queue = new EditQueue(api, id, opened.revision, new UnsavedStore(new MemoryStorage(), new MemoryStorage()), events);
    link.up = false;
    queue.push(cell(0, 1));
    await vi.waitFor(() => expect(queue.status().unreachable).toBe('api.unreachable'));
    queue.push(cell(0, 2));
    link.up = true;
    queue.retry();
    await vi.waitFor(() => expect(queue.status()).toMatchObject({ unsaved: 0, unreachable: null }));
    expect((await open(api, id)).scenario.plan.savingsRequirement[0]).toBe(2);
    queue.dispose();
  });

  it('holds edits made on a version the store has moved past, for the user to re-apply or discard', async () => {
    const { api, link } = setup();
    const { id, opened, storage, session, log, events, queue } = await queueOnBlank(api);
    link.up = false;
    queue.push(cell(0, 7));
    await vi.waitFor(() => expect(queue.status().unreachable).toBe('api.unreachable'));
    queue.dispose();
    link.up = true;
    // Someone else edits meanwhile.
    await api.call('scenario.edit', { id, baseRevision: opened.revision, label: 'Annen', patches: [cell(1, 9).patches[0]] });
    const now = await open(api, id);
    const again = new EditQueue(api, id, now.revision, new UnsavedStore(storage, session), events);
    expect(again.restore()).toEqual([]);
    // Asked of the store first (it might have saved the edit and lost only the answer): it has not.
    again.resume([]);
    await vi.waitFor(() => expect(log.verified).toEqual([{ known: 0, rest: [] }]));
    expect(again.status().held).toBe(1);
    expect(again.takeHeld().map((e) => e.label)).toEqual(['Krav 0: 7']);
    expect(storage.length).toBe(0);
    again.dispose();
  });

  it('recognises an edit the store saved but whose answer was lost: reported saved, never applied twice', async () => {
    const { api, link } = setup();
    // In the page: the answer to the first edit is lost, the page sends it again and is told it is saved.
    const { id, opened, storage, session, log, events, queue } = await queueOnBlank(api);
    link.dropAnswers = true;
    queue.push(cell(0, 1));
    await vi.waitFor(() => expect(queue.status().unreachable).toBe('api.unreachable'));
    link.dropAnswers = false;
    queue.retry();
    await vi.waitFor(() => expect(queue.status()).toMatchObject({ unsaved: 0, held: 0, unreachable: null }));
    expect(log.refused).toEqual([]);
    expect(await api.call('scenario.history', { id })).toHaveLength(1);

    // Over a reload: the second edit is saved and its answer lost, a third waits; the page is reloaded.
    link.dropAnswers = true;
    queue.push(cell(1, 2));
    await vi.waitFor(() => expect(queue.status().unreachable).toBe('api.unreachable'));
    link.up = false;
    queue.push(cell(2, 3));
    queue.dispose();
    link.up = true;
    link.dropAnswers = false;
    const now = await open(api, id);
    expect(now.revision).toBe(opened.revision + 2);
    const again = new EditQueue(api, id, now.revision, new UnsavedStore(storage, session), events);
    expect(again.restore()).toEqual([]);
    again.resume([]);
    // The store has the second; the third builds on it: back to the owner to show and send.
    await vi.waitFor(() => expect(log.verified).toEqual([{ known: 1, rest: ['Krav 2: 3'] }]));
    again.resume([{ ...cell(2, 3) }]);
    await vi.waitFor(() => expect(again.status()).toMatchObject({ unsaved: 0, held: 0 }));
    expect((await open(api, id)).scenario.plan.savingsRequirement.slice(0, 3)).toEqual([1, 2, 3]);
    expect((await api.call('scenario.history', { id })).map((h) => h.label)).toEqual(['Krav 2: 3', 'Krav 1: 2', 'Krav 0: 1']); // newest first
    expect(storage.length).toBe(0);
    again.dispose();
  });

  it('stops at a refused edit: it is dropped, the ones behind it are held, and the store kept the ones before', async () => {
    const { api } = setup();
    const { id } = await api.call('scenario.create', { from: 'blank', name: 'Kø' });
    const opened = await open(api, id);
    const { log, events } = recorder();
    const queue = new EditQueue(api, id, opened.revision, new UnsavedStore(new MemoryStorage(), new MemoryStorage()), events);
    queue.push(cell(0, 5));
    queue.push(cell(1, 2e15)); // beyond ±1e15: the store refuses it
    queue.push(cell(2, 6));
    await vi.waitFor(() => expect(log.refused).toHaveLength(1));
    expect(log.refused[0].code).toBe('api.invalidInput');
    expect(queue.status()).toMatchObject({ unsaved: 0, held: 1 });
    expect((await open(api, id)).scenario.plan.savingsRequirement.slice(0, 3)).toEqual([5, null, null]);
    queue.dispose();
  });

  it('puts unsent edits on top of a colleague’s change (rebase) and sends them on its revision', async () => {
    const { api, link, service } = setup();
    const { id, opened, queue, log } = await queueOnBlank(api);
    link.up = false;
    queue.push(cell(0, 1));
    queue.push(cell(1, 2));
    await vi.waitFor(() => expect(queue.status().unreachable).toBe(UNREACHABLE));
    // A colleague's edit reaches the store meanwhile; the page rebases: the first of its edits still applies, the
    // second no longer does (it is held, not lost).
    expect(await service.dispatch('scenario.edit', { id, baseRevision: opened.revision, label: 'Kollega', patches: [cell(2, 7).patches[0]] })).toMatchObject({ ok: true });
    expect(queue.busy()).toBe(false);
    const [first] = queue.unsent();
    queue.rebase(opened.revision + 1, [first, null]);
    expect(queue.status()).toMatchObject({ unsaved: 1, held: 1 });
    link.up = true;
    queue.retry();
    await vi.waitFor(() => expect(log.acknowledged).toHaveLength(1));
    expect(log.refused).toEqual([]);
    expect(log.acknowledged[0].revision).toBe(opened.revision + 2);
    expect((await open(api, id)).scenario.plan.savingsRequirement.slice(0, 3)).toEqual([1, null, 7]);
  });

  it('takes over the unsaved edits of a tab that has gone quiet, as held', async () => {
    const storage = new MemoryStorage();
    let now = 1_000_000;
    const first = new UnsavedStore(storage, new MemoryStorage(), () => now);
    first.write('s1', { revision: 3, edits: [{ label: 'a', patches: [] }], held: [] });
    const second = new UnsavedStore(storage, new MemoryStorage(), () => now);
    expect(second.take('s1')).toBeNull(); // the first tab is still alive
    now += 60_000;
    expect(second.take('s1')?.edits.map((e) => e.label)).toEqual(['a']);
    expect(storage.length).toBe(1);
  });
});
