// The desktop app's way to a team server (issue 21): the sync operations go the way of every other call of the
// page — the preload's function for the operation, the main process's IPC handler (handleIpc, which refuses other
// senders), the back end's client, a real MessageChannel to the back end and the service with its sync engine — and
// the engine's own changes come back to the windows as live messages. Electron is not loaded: `ipc` below is what
// the handler main.ts binds for each operation of shared/api/calls.ts does. Behind it: a real team server over a
// throwaway PostgreSQL, and the laptop's real SQLite file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callNames } from '../../shared/api/calls';
import type { Envelope } from '../../shared/api/errors';
import type { LiveChange } from '../../shared/api/live';
import { syncContract, syncOpNames, type SyncStatus } from '../../shared/api/sync';
import type { Scenario } from '../../shared/model/scenario';
import type { Patch } from '../../shared/patch/types';
import { dbPathIn } from '../paths';
import { handleIpc } from '../security/guards';
import { APP_ORIGIN } from '../security/origin';
import { cell, PASSWORD, set, useTeamServer, valueAt } from '../sync/testing';
import { connectBackend } from './testing';

const PAGE = `${APP_ORIGIN}/index.html`;
const t = useTeamServer('hr-desktop-sync-');

/** The desktop app on a data folder: its back end started as main.ts starts it, and the IPC path of every call. */
async function desktop(dataDir: string) {
  const b = connectBackend();
  const live: LiveChange[] = [];
  b.client.onLive((c) => live.push(c));
  // The engine runs its rounds when asked (and after each edit), not on a timer, so the test says when.
  expect(await b.client.start({ dataDir, syncIntervalMs: 0 })).toEqual({ ok: true });
  const ipc = (op: string, payload: unknown, sender = PAGE) => handleIpc((name, p) => b.client.call(name, p), op, sender, payload);
  async function call<T>(op: string, payload: unknown): Promise<T> {
    const env = await ipc(op, payload);
    if (!env.ok) throw new Error(`${op}: ${env.error.code} ${JSON.stringify(env.error.params)}`);
    return env.value as T;
  }
  return {
    ipc,
    call,
    live,
    async edit(id: string, label: string, patches: Patch[]) {
      const { revision } = await call<{ revision: number }>('scenario.open', { id });
      return call<{ revision: number }>('scenario.edit', { id, baseRevision: revision, label, patches });
    },
    status: (id?: string) => call<SyncStatus>('sync.status', id ? { id } : {}),
    async close() {
      await b.client.shell({ kind: 'close' });
      b.close();
    },
  };
}

/** Every file of the data folder (the database, its -wal, settings, backups), read as text. */
function dataFolderText(dataDir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(fs.readFileSync(p).toString('latin1'));
    }
  };
  walk(dataDir);
  return out.join('\n');
}

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await what();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the desktop app and a team server, over IPC', () => {
  it('binds every sync operation to IPC, and refuses it from another page before the back end sees it', async () => {
    expect(syncOpNames.filter((op) => !(callNames as readonly string[]).includes(op))).toEqual([]);
    expect(Object.keys(syncContract).sort()).toEqual([...syncOpNames].sort());
    const d = await desktop(path.join(t.dir, 'bound'));
    for (const op of syncOpNames) {
      const env = (await d.ipc(op, {})) as Envelope<unknown>;
      // Each reaches the sync engine: answered, or refused for its input or for want of a connection, never unknown.
      expect(env.ok || ['api.invalidInput', 'sync.notConnected'].includes(env.error.code), `${op}: ${JSON.stringify(env)}`).toBe(true);
    }
    const evil = await d.ipc('sync.connect', { origin: t.origin, username: 'kari', password: PASSWORD }, 'https://evil.example/');
    expect(evil).toEqual({ ok: false, error: { code: 'api.untrustedSender', params: {} } });
    expect((await d.status()).connection).toBeNull();
    await d.close();
  }, 60_000);

  it('connects, fetches, sends edits, keeps them while the server is away, merges on return, and forgets the password with the process', async () => {
    const remoteId = await t.scenario('Budsjett 2025 – teamet');
    const dataDir = path.join(t.dir, 'laptop');
    let d = await desktop(dataDir);

    // Connect: a wrong password is refused with the server's own code; the right one signs in.
    expect(await d.ipc('sync.connect', { origin: t.origin, username: 'kari', password: 'feil passord' })).toMatchObject({ ok: false, error: { code: 'auth.wrongLogin' } });
    expect(await d.call('sync.connect', { origin: t.origin, username: 'kari', password: PASSWORD })).toMatchObject({ origin: t.origin, displayName: 'Kari Nordmann', signedIn: true });

    // Fetch: the copy is in the local store, in the list, and marked as linked.
    const remote = await d.call<{ id: string; localId: string | null }[]>('sync.remoteList', {});
    expect(remote.find((s) => s.id === remoteId)).toMatchObject({ localId: null });
    const { id } = await d.call<{ id: string; name: string }>('sync.fetch', { remoteId });
    expect((await d.call<{ id: string; name: string }[]>('scenario.list', {})).find((s) => s.id === id)?.name).toBe('Budsjett 2025 – teamet');
    expect(await d.status(id)).toMatchObject({ scenario: { state: 'synced', pending: 0 }, linked: [{ id, origin: t.origin, pending: 0 }] });

    // An edit saved over IPC goes on to the team server by itself.
    await d.edit(id, 'Bofellesskap 2025', set(cell('p05', 'bofellesskap', 1), 15_000));
    const sent = await until(() => t.team.scenarios.document(remoteId), (doc) => valueAt(doc, 'p05', 'bofellesskap', 1) === 15_000);
    expect(valueAt(sent, 'p05', 'bofellesskap', 1)).toBe(15_000);

    // The server goes away: two edits wait in the local store, counted for the scenario and in the linked list.
    await t.stop();
    await d.edit(id, 'Første', set(cell('p07', 'innsparing', 0), -100));
    await d.edit(id, 'Andre', set(cell('p07', 'innsparing', 1), -200));
    expect(await d.call('sync.now', { id })).toMatchObject({ state: 'offline', pending: 2, error: { code: 'sync.unreachable' } });
    expect((await d.status(id)).linked).toEqual([{ id, origin: t.origin, pending: 2 }]);

    // Meanwhile a colleague edits another cell on the team server.
    await t.colleagueEdit(remoteId, 'Pers endring', set(cell('p05', 'bofellesskap', 3), 777));

    // The password was never written: not in the database, its -wal, the settings or a backup.
    expect(dataFolderText(dataDir)).not.toContain(PASSWORD);

    // The server is back: the merge takes both sides' changes; the colleague's comes to the window as a live change.
    await t.restart();
    expect(await d.call('sync.now', { id })).toMatchObject({ state: 'synced', pending: 0 });
    const change = d.live.find((c) => c.scenario === id);
    expect(change).toMatchObject({ kind: 'edit', label: 'Slått sammen med teamserveren', author: 'Teamserver', patches: set(cell('p05', 'bofellesskap', 3), 777) });
    const local = (await d.call<{ scenario: Scenario; revision: number }>('scenario.open', { id }));
    expect(change!.revision).toBe(local.revision);
    const server2 = await t.team.scenarios.document(remoteId);
    expect({ ...local.scenario, id: '' }).toEqual({ ...server2, id: '' });
    expect([valueAt(local.scenario, 'p07', 'innsparing', 0), valueAt(local.scenario, 'p07', 'innsparing', 1), valueAt(local.scenario, 'p05', 'bofellesskap', 3)]).toEqual([-100, -200, 777]);
    await d.close();
    expect(fs.existsSync(dbPathIn(dataDir))).toBe(true);
    expect(dataFolderText(dataDir)).not.toContain(PASSWORD);

    // The app starts again: the server and user are remembered, the password is not — the header asks for it.
    d = await desktop(dataDir);
    expect(await d.status(id)).toMatchObject({ connection: { origin: t.origin, username: 'kari', signedIn: false }, scenario: { state: 'signedOut' }, linked: [{ id, pending: 0 }] });
    await d.edit(id, 'Tredje', set(cell('p07', 'innsparing', 2), -300));
    expect((await d.status(id)).linked).toEqual([{ id, origin: t.origin, pending: 1 }]);
    await d.call('sync.connect', { origin: t.origin, username: 'kari', password: PASSWORD });
    expect(await d.call('sync.now', { id })).toMatchObject({ state: 'synced', pending: 0 });
    expect(valueAt(await t.team.scenarios.document(remoteId), 'p07', 'innsparing', 2)).toBe(-300);
    await d.close();
  }, 120_000);
});
