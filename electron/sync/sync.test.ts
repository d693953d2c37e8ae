// The laptop's sync engine against a real team server: the HTTP layer of scripts/server over a PostgreSQL store in a
// throwaway cluster, and a laptop service over a real SQLite file. Fetch, push in order, a queue that survives the
// laptop's restart while the server is stopped, a stale push merged, and a conflict kept until the user chooses.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Patch } from '../../shared/patch/types';
import { createService, type LocalService } from '../service/service';
import { SyncEngine } from './engine';
import { cell, PASSWORD, set, useTeamServer, valueAt } from './testing';

const t = useTeamServer('hr-sync-');

/** A laptop: its own SQLite file, the service and the engine over it (started again on the same folder = a restart). */
function laptop(name: string): { dir: string; open(): { service: LocalService; engine: SyncEngine; close(): Promise<void> } } {
  const dataDir = path.join(t.dir, name);
  return {
    dir: dataDir,
    open() {
      const service = createService({ dataDir, shell: 'web', seedExample: false, backupEveryMs: 0 });
      const engine = new SyncEngine(service, { intervalMs: 0 });
      return { service, engine, close: async () => (engine.close(), service.close()) };
    },
  };
}

async function localEdit(service: LocalService, id: string, label: string, patches: Patch[]) {
  const { revision } = await service.scenarios.current(id);
  return service.scenarios.edit({ id, baseRevision: revision, label, patches, lang: 'nb' });
}

async function sameContent(localService: LocalService, localId: string, remoteId: string) {
  const local = await localService.scenarios.document(localId);
  const remote = await t.team.scenarios.document(remoteId);
  expect({ ...local, id: '' }).toEqual({ ...remote, id: '' });
}

describe('the laptop and the team server', () => {
  it('fetches a team scenario into the local store, and sends local edits in order', async () => {
    const remoteId = await t.scenario('Budsjett 2025');
    const l = laptop('a').open();
    await expect(l.engine.connect('127.0.0.1:1', 'kari', 'feil')).rejects.toMatchObject({ code: 'sync.unreachable' });
    await expect(l.engine.connect(t.origin, 'kari', 'feil passord')).rejects.toMatchObject({ code: 'auth.wrongLogin' });
    const conn = await l.engine.connect(t.origin, 'kari', PASSWORD);
    expect(conn).toMatchObject({ origin: t.origin, displayName: 'Kari Nordmann', signedIn: true });
    const list = await l.engine.remoteList();
    expect(list.find((s) => s.id === remoteId)).toMatchObject({ name: 'Budsjett 2025', localId: null });
    const { id } = await l.engine.fetch(remoteId);
    expect((await l.engine.remoteList()).find((s) => s.id === remoteId)?.localId).toBe(id);
    expect(await l.engine.fetch(remoteId)).toEqual({ id, name: 'Budsjett 2025' });
    await sameContent(l.service, id, remoteId);
    expect(await l.engine.scenarioStatus(id)).toMatchObject({ state: 'synced', pending: 0 });

    await localEdit(l.service, id, 'Bofellesskap 2025', set(cell('p05', 'bofellesskap', 1), 15_000));
    await localEdit(l.service, id, 'Innsparing 2026', set(cell('p07', 'innsparing', 2), -500));
    await l.service.scenarios.undo(id, (await l.service.scenarios.current(id)).revision, 'nb');
    expect(await l.engine.scenarioStatus(id)).toMatchObject({ state: 'pending', pending: 3 });
    expect(await l.engine.sync(id)).toMatchObject({ state: 'synced', pending: 0 });
    const history = await t.team.scenarios.history(remoteId);
    expect(history.slice(0, 3).map((h) => h.label)).toEqual(['Angret: Innsparing 2026', 'Innsparing 2026', 'Bofellesskap 2025']);
    await sameContent(l.service, id, remoteId);
    await l.close();
  }, 60_000);

  it('keeps the edits made while the server is stopped in the local store, across a restart of the laptop, and sends them on reconnect', async () => {
    const remoteId = await t.scenario('Offline 2025');
    const machine = laptop('b');
    let l = machine.open();
    await l.engine.connect(t.origin, 'kari', PASSWORD);
    const { id } = await l.engine.fetch(remoteId);
    await t.stop();
    await localEdit(l.service, id, 'Første', set(cell('p05', 'bofellesskap', 0), 1));
    await localEdit(l.service, id, 'Andre', set(cell('p05', 'bofellesskap', 0), 2));
    expect(await l.engine.sync(id)).toMatchObject({ state: 'offline', pending: 2, error: { code: 'sync.unreachable' } });
    await l.close();

    // The laptop starts again: the queue is in its store; it is not signed in (the password is never stored).
    l = machine.open();
    expect(await l.engine.status(id)).toMatchObject({ connection: { origin: t.origin, username: 'kari', signedIn: false }, scenario: { state: 'signedOut', pending: 2 } });
    await t.restart();
    await l.engine.connect(t.origin, 'kari', PASSWORD);
    expect(await l.engine.sync(id)).toMatchObject({ state: 'synced', pending: 0 });
    expect((await t.team.scenarios.history(remoteId)).slice(0, 2).map((h) => h.label)).toEqual(['Andre', 'Første']);
    await sameContent(l.service, id, remoteId);

    // The server restarts (its sessions are gone): the engine signs in again by itself.
    await t.stop();
    await t.restart();
    await localEdit(l.service, id, 'Tredje', set(cell('p05', 'bofellesskap', 0), 3));
    expect(await l.engine.sync(id)).toMatchObject({ state: 'synced', pending: 0 });
    await l.close();
  }, 60_000);

  it('merges when the server moved meanwhile, taking both sides’ changes, and brings the server’s edits home', async () => {
    const remoteId = await t.scenario('Flett 2025');
    const l = laptop('c').open();
    await l.engine.connect(t.origin, 'kari', PASSWORD);
    const { id } = await l.engine.fetch(remoteId);
    await t.colleagueEdit(remoteId, 'Pers endring', set(cell('p07', 'innsparing', 0), -999));
    await localEdit(l.service, id, 'Karis endring', set(cell('p05', 'bofellesskap', 3), 777));
    expect(await l.engine.sync(id)).toMatchObject({ state: 'synced', pending: 0 });
    await sameContent(l.service, id, remoteId);
    const doc = await l.service.scenarios.document(id);
    expect([valueAt(doc, 'p07', 'innsparing', 0), valueAt(doc, 'p05', 'bofellesskap', 3)]).toEqual([-999, 777]);
    expect((await t.team.scenarios.history(remoteId))[0].label).toBe('Slått sammen med teamserveren');

    // Nothing waiting here: the server's edit comes home as one local edit.
    await t.colleagueEdit(remoteId, 'Pers andre', set(cell('p07', 'innsparing', 1), -111));
    expect(await l.engine.sync(id)).toMatchObject({ state: 'synced', pending: 0 });
    expect((await l.service.scenarios.history(id))[0].label).toBe('Endringer fra teamserveren');
    await sameContent(l.service, id, remoteId);
    await l.close();
  }, 60_000);

  it('keeps a conflict, across a restart, until the user chooses; then both sides hold everything', async () => {
    const remoteId = await t.scenario('Konflikt 2025');
    const machine = laptop('d');
    let l = machine.open();
    await l.engine.connect(t.origin, 'kari', PASSWORD);
    const { id } = await l.engine.fetch(remoteId);
    await t.colleagueEdit(remoteId, 'Per', [...set(cell('p05', 'bofellesskap', 1), 100), ...set(cell('p07', 'innsparing', 3), -300)]);
    await localEdit(l.service, id, 'Kari 1', set(cell('p05', 'bofellesskap', 1), 200));
    await localEdit(l.service, id, 'Kari 2', set(cell('p05', 'bofellesskap', 2), 222));
    expect(await l.engine.sync(id)).toMatchObject({ state: 'conflict', conflicts: 1, pending: 2 });
    // Nothing of either side was overwritten meanwhile.
    expect(valueAt(await t.team.scenarios.document(remoteId), 'p05', 'bofellesskap', 1)).toBe(100);
    expect(valueAt(await l.service.scenarios.document(id), 'p05', 'bofellesskap', 1)).toBe(200);
    await l.close();

    l = machine.open();
    await l.engine.connect(t.origin, 'kari', PASSWORD);
    expect(await l.engine.sync(id)).toMatchObject({ state: 'conflict', conflicts: 1, pending: 2 });
    const c = await l.engine.conflicts(id);
    expect(c?.conflicts.map((x) => [x.path, x.base, x.mine, x.theirs])).toEqual([[cell('p05', 'bofellesskap', 1), 14_265, 200, 100]]);
    expect(await l.engine.resolve(id, [{ path: JSON.stringify(cell('p05', 'bofellesskap', 1)), side: 'mine' }])).toMatchObject({ state: 'synced', pending: 0 });
    await sameContent(l.service, id, remoteId);
    const doc = await l.service.scenarios.document(id);
    expect([valueAt(doc, 'p05', 'bofellesskap', 1), valueAt(doc, 'p05', 'bofellesskap', 2), valueAt(doc, 'p07', 'innsparing', 3)]).toEqual([200, 222, -300]);
    await l.close();
  }, 60_000);

  it('says in Norwegian why the server refused an edit, and keeps it queued', async () => {
    const remoteId = await t.scenario('Leser 2025');
    const l = laptop('e').open();
    await l.engine.connect(t.origin, 'ola', PASSWORD);
    const { id } = await l.engine.fetch(remoteId);
    await localEdit(l.service, id, 'Olas forsøk', set(cell('p05', 'bofellesskap', 0), 5));
    expect(await l.engine.sync(id)).toMatchObject({ state: 'refused', pending: 1, error: { code: 'auth.needsEditor' } });
    expect(valueAt(await l.service.scenarios.document(id), 'p05', 'bofellesskap', 0)).toBe(5);
    await l.close();
  }, 60_000);
});
