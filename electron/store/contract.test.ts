// One contract suite, run against both stores: the SQLite file of the laptop and PostgreSQL on a throwaway cluster
// (postgres/tempCluster.ts). Through the store itself and through the service's scenario layer on top of it: open,
// edit, a stale edit refused, undo and redo, history with authors, accounts, settings, migrations, and two
// connections editing one scenario at once, of which exactly one wins each revision.
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import type { Patch } from '../../shared/patch/types';
import { ScenarioService } from '../service/scenarios';
import { sampleScenario, tempDirs } from '../service/testing';
import { validateScenario } from '../service/validate';
import { NewerDatabaseError } from './db';
import { migrations } from './migrations';
import { pgMigrations } from './postgres/migrations';
import { openPgStore } from './postgres/pgStore';
import { usePgCluster } from './postgres/testing';
import { openSqliteStore } from './sqliteStore';
import type { Store } from './store';

const tmp = tempDirs('hr-contract-');
const pgc = usePgCluster();
const opened: Store[] = [];
afterAll(async () => {
  for (const s of opened) await s.close().catch(() => undefined);
  tmp.cleanup();
});

interface Kind {
  name: string;
  /** A new empty database; `open` opens another connection (store) to it, `sql` runs a statement on it outside
   *  the store (to change what the store would never change itself). */
  fresh(): Promise<{ open(): Promise<Store>; sql(statement: string): Promise<void> }>;
  schemaLength: number;
}

const kinds: Kind[] = [
  {
    name: 'SQLite',
    schemaLength: migrations.length,
    async fresh() {
      const file = path.join(tmp.make(), 'handlingsrom.sqlite');
      return {
        open: async () => keep(openSqliteStore(file)),
        async sql(statement) {
          const s = openSqliteStore(file);
          s.db.exec(statement);
          await s.close();
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    schemaLength: pgMigrations.length,
    async fresh() {
      const url = await pgc.newDatabase();
      return {
        open: async () => keep(await openPgStore(url)),
        async sql(statement) {
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          await c.query(statement).finally(() => c.end());
        },
      };
    },
  },
];

function keep<S extends Store>(s: S): S {
  opened.push(s);
  return s;
}

const service = (store: Store) => new ScenarioService(store, { validate: validateScenario, snapshotEvery: 3 });
const setVikar = (year: number, value: number): Patch => ({ op: 'set', path: ['lines', { id: 'l_vikar' }, 'values', year], value });
const sampleVikar = sampleScenario().lines.find((l) => l.id === 'l_vikar');
const originalVikar = sampleVikar?.kind === 'input' ? sampleVikar.values : [];
const meta = { name: 'Plan', description: '', municipality: 'Drammen', firstYear: 2025, years: 4 };

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ApiError) return err.code;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe.each(kinds)('the store contract on $name', (kind) => {
  it('creates the schema by its migrations and refuses a newer one', async () => {
    const db = await kind.fresh();
    const store = await db.open();
    expect(await store.schemaVersion()).toBe(kind.schemaLength);
    await store.close();
    const again = await db.open();
    expect(await again.schemaVersion()).toBe(kind.schemaLength);
  });

  it('inserts, lists, loads, renames names that are taken, trashes and purges', async () => {
    const store = await (await kind.fresh()).open();
    const svc = service(store);
    const a = await svc.insert(sampleScenario('Plan'), {});
    const b = await svc.insert(sampleScenario('Plan'), { basedOn: a.id });
    expect(b.name).not.toBe('Plan');
    expect(await store.count()).toBe(2);
    expect((await store.row(b.id))?.basedOnName).toBe('Plan');
    expect((await svc.list()).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    const loaded = await store.load(a.id);
    expect(loaded).toMatchObject({ revision: 0, snapshotRevision: 0, stacks: { undo: [], redo: [] } });
    expect((loaded?.doc as { name: string }).name).toBe('Plan');
    await svc.delete(a.id);
    expect((await svc.trash()).map((s) => s.id)).toEqual([a.id]);
    // A name in the trash is free again.
    expect((await svc.insert(sampleScenario('Plan'), {})).name).toBe('Plan');
    await svc.purge(a.id);
    expect(await store.row(a.id)).toBeUndefined();
    expect((await store.row(b.id))?.basedOn).toBeNull();
  });

  it('edits, refuses a stale edit writing nothing, undoes and redoes across a reopen, with authors in the history', async () => {
    const db = await kind.fresh();
    const store = await db.open();
    const ada = await store.createUser({ username: 'ada', displayName: 'Ada Lovelace', role: 'redaktør', passwordHash: 'x' });
    let svc = service(store);
    const { id } = await svc.insert(sampleScenario(), {});
    let s = await svc.edit({ id, baseRevision: 0, label: 'Vikar 2025', patches: [setVikar(0, 11)], lang: 'nb', author: ada.id });
    s = await svc.edit({ id, baseRevision: s.revision, label: 'Vikar 2026', patches: [setVikar(1, 12)], lang: 'nb' });
    expect(s).toMatchObject({ revision: 2, canUndo: true, undoLabel: 'Vikar 2026', canRedo: false });
    expect(await refusal(svc.edit({ id, baseRevision: 1, label: 'gammel', patches: [setVikar(2, 99)], lang: 'nb' }))).toBe('store.stale');
    expect(await store.revision(id)).toBe(2);
    const u = await svc.undo(id, 2, 'nb', ada.id);
    expect(u).toMatchObject({ revision: 3, canRedo: true, redoLabel: 'Vikar 2026' });
    // A new connection, an empty cache: the stacks come from the log.
    svc = service(await db.open());
    const vikar = (await svc.open(id)).scenario.lines.find((l) => l.id === 'l_vikar');
    expect(vikar?.kind === 'input' && vikar.values.slice(0, 2)).toEqual([11, originalVikar[1]]);
    const r = await svc.redo(id, 3, 'nb');
    expect(r).toMatchObject({ revision: 4, canRedo: false, undoLabel: 'Vikar 2026' });
    const history = await svc.history(id);
    expect(history.map((h) => [h.revision, h.kind, h.target, h.authorName])).toEqual([
      [4, 'redo', 2, undefined],
      [3, 'undo', 2, 'Ada Lovelace'],
      [2, 'edit', null, undefined],
      [1, 'edit', null, 'Ada Lovelace'],
    ]);
    expect(history[3].author).toBe(ada.id);
    // snapshotEvery 3: the snapshot moved on; every earlier revision can still be rebuilt, forward and back.
    expect((await store.row(id))?.snapshotRevision).toBe(3);
    for (let rev = 0; rev <= 4; rev++) expect(await store.documentAt(id, rev)).toEqual(await svc.documentAt(id, rev));
    const at1 = (await store.documentAt(id, 1)) as { lines: { id: string; values: (number | null)[] }[] };
    expect(at1.lines.find((l) => l.id === 'l_vikar')?.values.slice(0, 2)).toEqual([11, originalVikar[1]]);
    expect(await store.documentAt(id, 5)).toBeUndefined();
  });

  it('loads a long log from the snapshot: the stacks are kept with it, and an older snapshot without them still loads', async () => {
    const db = await kind.fresh();
    const svc = service(await db.open());
    const { id } = await svc.insert(sampleScenario(), {});
    // Edits, undos and redos across several snapshots (every 3 edits), ending with one undone.
    let rev = 0;
    for (let i = 0; i < 7; i++) rev = (await svc.edit({ id, baseRevision: rev, label: `e${i}`, patches: [setVikar(i % 4, i)], lang: 'nb' })).revision;
    rev = (await svc.undo(id, rev, 'nb')).revision;
    rev = (await svc.undo(id, rev, 'nb')).revision;
    rev = (await svc.redo(id, rev, 'nb')).revision;
    rev = (await svc.edit({ id, baseRevision: rev, label: 'e7', patches: [setVikar(0, 70)], lang: 'nb' })).revision;
    rev = (await svc.undo(id, rev, 'nb')).revision;
    const expected = { undo: ['e0', 'e1', 'e2', 'e3', 'e4', 'e5'], redo: ['e7'] };
    const labels = (s: { undo: { label: string }[]; redo: { label: string }[] }) => ({ undo: s.undo.map((i) => i.label), redo: s.redo.map((i) => i.label) });
    const store = await db.open();
    const loaded = await store.load(id);
    expect(loaded?.snapshotRevision).toBe(rev - (rev % 3));
    expect(labels(loaded!.stacks)).toEqual(expected);
    const doc = (await svc.open(id)).scenario;
    expect(loaded?.doc).toEqual(doc);
    // A snapshot from before the stacks were kept (migration): derived from the whole log.
    await db.sql(`UPDATE scenarios SET snapshot_stacks = NULL`);
    const derived = await (await db.open()).load(id);
    expect(labels(derived!.stacks)).toEqual(expected);
    expect((await service(await db.open()).open(id)).redoLabel).toBe('e7');
    // With the stacks at the snapshot, no log row before it is read: a load without those rows gives the same.
    await store.writeSnapshot(id, { doc: derived!.doc, stacks: derived!.stacks }, rev);
    await db.sql(`DELETE FROM edits WHERE revision <= ${rev - 1}`);
    const again = await (await db.open()).load(id);
    expect(labels(again!.stacks)).toEqual(expected);
    expect(again?.doc).toEqual(doc);
  });

  it('reads the history in one store call: authors, paths on request, and no scenario said as such', async () => {
    const store = await (await kind.fresh()).open();
    const svc = service(store);
    const { id } = await svc.insert(sampleScenario(), {});
    expect(await store.recentLog(id, 10)).toEqual([]);
    expect(await store.recentLog('scenario_missing', 10)).toBeUndefined();
    expect(await refusal(svc.history('scenario_missing'))).toBe('store.notFound');
    await svc.edit({ id, baseRevision: 0, label: 'a', patches: [setVikar(0, 1), setVikar(1, 2)], lang: 'nb' });
    await svc.undo(id, 1, 'nb');
    const rows = await store.recentLog(id, 10, true);
    expect(rows?.map((r) => [r.revision, r.patches?.map((p) => p.path.at(-1))])).toEqual([
      [2, [1, 0]],
      [1, [0, 1]],
    ]);
    expect((await store.recentLog(id, 1))?.map((r) => [r.revision, r.patches])).toEqual([[2, undefined]]);
    expect((await svc.history(id, 10, true)).map((h) => h.paths?.length)).toEqual([2, 2]);
  });

  it('an edit the copy in memory fails is checked once and refused, with nothing written; stale when the copy was not current', async () => {
    const db = await kind.fresh();
    let checks = 0;
    const counted = async () =>
      new ScenarioService(await db.open(), {
        validate: (doc, lang) => {
          checks++;
          return validateScenario(doc, lang);
        },
      });
    const [a, b] = [await counted(), await counted()];
    const { id } = await a.insert(sampleScenario(), {});
    await a.open(id);
    await b.open(id);
    // Not a year cell: checked in full, and refused (a line's name may not be empty).
    const bad: Patch = { op: 'set', path: ['lines', { id: 'l_vikar' }, 'name'], value: '' };
    expect(await refusal(a.edit({ id, baseRevision: 0, label: 'tomt navn', patches: [bad], lang: 'nb' }))).toBe('store.invalid');
    expect(checks).toBe(1);
    expect(await a.store.revision(id)).toBe(0);
    // b's copy is at 0 after a's edit made 1: the same edit is stale, not a name required.
    await a.edit({ id, baseRevision: 0, label: 'Vikar', patches: [setVikar(0, 1)], lang: 'nb' });
    expect(await refusal(b.edit({ id, baseRevision: 0, label: 'tomt navn', patches: [bad], lang: 'nb' }))).toBe('store.stale');
    expect(checks).toBe(2);
  });

  it('an edit sent again after its answer was lost is recognised only from the same author', async () => {
    const store = await (await kind.fresh()).open();
    const svc = service(store);
    const ada = await store.createUser({ username: 'ada', displayName: 'Ada', role: 'redaktør', passwordHash: 'x' });
    const bo = await store.createUser({ username: 'bo', displayName: 'Bo', role: 'redaktør', passwordHash: 'x' });
    const { id } = await svc.insert(sampleScenario(), {});
    const edit = { id, baseRevision: 0, label: 'Vikar', patches: [setVikar(0, 5)], lang: 'nb' as const };
    await svc.edit({ ...edit, author: ada.id });
    expect((await svc.edit({ ...edit, author: ada.id })).revision).toBe(1);
    expect(await refusal(svc.edit({ ...edit, author: bo.id }))).toBe('store.stale');
  });

  it('appends only on the revision before, and writes nothing otherwise', async () => {
    const store = await (await kind.fresh()).open();
    await store.insert(() => ({ id: 'scenario_a', meta, doc: { id: 'scenario_a', name: 'Plan' }, basedOn: null, at: '2026-01-01T00:00:00.000Z' }));
    const e = (revision: number) => ({ revision, at: '2026-01-02T00:00:00.000Z', kind: 'edit' as const, label: `r${revision}`, target: null, author: null, patches: [], inverse: [] });
    expect(await store.append('scenario_a', e(1), meta)).toBe(true);
    expect(await store.append('scenario_a', e(1), meta)).toBe(false);
    expect(await store.append('scenario_a', e(3), meta)).toBe(false);
    const stacks = { undo: [{ revision: 1, label: 'r1' }, { revision: 2, label: 'r2' }], redo: [] };
    expect(await store.append('scenario_a', e(2), { ...meta, name: 'Plan 2' }, { doc: { id: 'scenario_a', name: 'Plan 2' }, stacks })).toBe(true);
    expect(await store.row('scenario_a')).toMatchObject({ revision: 2, snapshotRevision: 2, name: 'Plan 2' });
    expect(await store.load('scenario_a')).toEqual({ doc: { id: 'scenario_a', name: 'Plan 2' }, revision: 2, snapshotRevision: 2, stacks });
    expect((await store.recentLog('scenario_a', 10))?.map((r) => r.label)).toEqual(['r2', 'r1']);
    expect(await store.edit('scenario_a', 3)).toBeUndefined();
    // Not in the trash (the service's copy in memory may not know it is), nor once gone.
    await store.setDeleted('scenario_a', '2026-01-03T00:00:00.000Z');
    expect(await store.append('scenario_a', e(3), meta)).toBe(false);
    await store.setDeleted('scenario_a', null);
    expect(await store.append('scenario_a', e(3), meta)).toBe(true);
    await store.setDeleted('scenario_a', '2026-01-04T00:00:00.000Z');
    await store.purge('scenario_a');
    expect(await store.append('scenario_a', e(4), meta)).toBe(false);
  });

  it('keeps settings', async () => {
    const store = await (await kind.fresh()).open();
    expect(await store.getSetting('k')).toBeUndefined();
    await store.setSetting('k', 'a');
    await store.setSetting('k', 'b');
    expect(await store.getSetting('k')).toBe('b');
    await store.setSetting('k', null);
    expect(await store.getSetting('k')).toBeUndefined();
  });

  it('keeps accounts: usernames unique without regard to case, roles, password hashes, disabling', async () => {
    const store = await (await kind.fresh()).open();
    const u = await store.createUser({ username: ' Øyvind ', displayName: 'Øyvind Ås', role: 'leser', passwordHash: 'scrypt$1', at: '2026-01-01T00:00:00.000Z' });
    expect(u).toMatchObject({ username: 'Øyvind', displayName: 'Øyvind Ås', role: 'leser', passwordHash: 'scrypt$1', disabledAt: null, createdAt: '2026-01-01T00:00:00.000Z' });
    expect(await refusal(store.createUser({ username: 'øYVIND', displayName: 'x', role: 'admin', passwordHash: 'y' }))).toBe('store.userExists');
    expect((await store.findUser('ØYVIND'))?.id).toBe(u.id);
    expect(await store.findUser('nobody')).toBeUndefined();
    await store.createUser({ username: 'admin', displayName: 'Admin', role: 'admin', passwordHash: 'z' });
    expect((await store.listUsers()).map((x) => x.username)).toEqual(['admin', 'Øyvind']);
    const changed = await store.updateUser(u.id, { role: 'redaktør', passwordHash: 'scrypt$2', disabled: true, at: '2026-02-01T00:00:00.000Z' });
    expect(changed).toMatchObject({ role: 'redaktør', passwordHash: 'scrypt$2', disabledAt: '2026-02-01T00:00:00.000Z', displayName: 'Øyvind Ås', updatedAt: '2026-02-01T00:00:00.000Z' });
    // Disabling again keeps the first time; enabling clears it.
    expect((await store.updateUser(u.id, { disabled: true, at: '2026-03-01T00:00:00.000Z' }))?.disabledAt).toBe('2026-02-01T00:00:00.000Z');
    expect((await store.updateUser(u.id, { disabled: false }))?.disabledAt).toBeNull();
    expect((await store.user(u.id))?.role).toBe('redaktør');
    expect(await store.updateUser('u_missing', { role: 'admin' })).toBeUndefined();
  });

  it('an edit on a copy in memory that another writer overtook is refused, then taken on the current revision', async () => {
    // Two servers (or the app and the command line): each edits its copy in memory in one statement, which the
    // store refuses when the copy was not current; the refusal reads the scenario again and says why.
    const db = await kind.fresh();
    const [a, b] = [service(await db.open()), service(await db.open())];
    const { id } = await a.insert(sampleScenario(), {});
    await a.edit({ id, baseRevision: 0, label: 'a1', patches: [setVikar(0, 1)], lang: 'nb' });
    await b.open(id);
    await a.edit({ id, baseRevision: 1, label: 'a2', patches: [setVikar(1, 2)], lang: 'nb' });
    // b's copy is at 1, the database at 2.
    expect(await refusal(b.edit({ id, baseRevision: 1, label: 'b stale', patches: [setVikar(2, 3)], lang: 'nb' }))).toBe('store.stale');
    expect((await b.edit({ id, baseRevision: 2, label: 'b2', patches: [setVikar(2, 3)], lang: 'nb' })).revision).toBe(3);
    // a's copy is at 2, the database at 3.
    expect(await refusal(a.edit({ id, baseRevision: 2, label: 'a stale', patches: [setVikar(3, 4)], lang: 'nb' }))).toBe('store.stale');
    expect(await refusal(a.undo(id, 2, 'nb'))).toBe('store.stale');
    // An undo on a's copy once it is current again: the undo of b's edit.
    expect((await a.undo(id, 3, 'nb')).revision).toBe(4);
    // Moved to the trash by a: b's copy (at 3, the database at 4) — and a's own current copy — are refused with why.
    await b.open(id);
    await a.delete(id);
    expect(await refusal(b.edit({ id, baseRevision: 4, label: 'b trash', patches: [setVikar(0, 9)], lang: 'nb' }))).toBe('store.inTrash');
    expect(await refusal(a.undo(id, 4, 'nb'))).toBe('store.inTrash');
    expect((await a.open(id)).scenario.lines.find((l) => l.id === 'l_vikar')).toMatchObject({ values: [1, 2, originalVikar[2], originalVikar[3]] });
    expect((await b.history(id)).map((h) => h.label)).toEqual(['b2', 'b2', 'a2', 'a1']);
  });

  it('two connections editing one scenario at once: exactly one edit wins each revision, none is lost or doubled', async () => {
    const db = await kind.fresh();
    const [s1, s2] = [await db.open(), await db.open()];
    const [a, b] = [service(s1), service(s2)];
    const { id } = await a.insert(sampleScenario(), {});
    let acknowledged = 0;
    for (let round = 0; round < 8; round++) {
      const base = (await s1.revision(id))!;
      const tries = [a, b, a, b].map((svc, i) =>
        svc.edit({ id, baseRevision: base, label: `runde ${round} ${i}`, patches: [setVikar(i % 4, round * 10 + i)], lang: 'nb' }).then(
          () => 'ok',
          (err: unknown) => (err instanceof ApiError ? err.code : String(err)),
        ),
      );
      const results = await Promise.all(tries);
      expect(results.filter((r) => r === 'ok')).toHaveLength(1);
      expect(results.filter((r) => r !== 'ok').every((r) => r === 'store.stale')).toBe(true);
      acknowledged++;
    }
    expect(await s2.revision(id)).toBe(acknowledged);
    const log = await s2.recentLog(id, 100);
    expect(log?.map((r) => r.revision)).toEqual(Array.from({ length: acknowledged }, (_, i) => acknowledged - i));
    // The document both see is the snapshot plus exactly the winners' patches.
    expect((await a.open(id)).scenario).toEqual((await b.open(id)).scenario);
  });
});

describe('the PostgreSQL store', () => {
  it('refuses a database of a newer app version and leaves it as it is', async () => {
    const url = await pgc.newDatabase();
    await (await openPgStore(url)).close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('UPDATE schema_version SET version = version + 5');
    await expect(openPgStore(url)).rejects.toBeInstanceOf(NewerDatabaseError);
    expect((await c.query('SELECT version FROM schema_version')).rows[0].version).toBe(pgMigrations.length + 5);
    await c.end();
  });

  it('migrates one step at a time from an older schema', async () => {
    const url = await pgc.newDatabase();
    await (await openPgStore(url, { migrations: [] })).close();
    const store = keep(await openPgStore(url));
    expect(await store.schemaVersion()).toBe(pgMigrations.length);
  });
});
