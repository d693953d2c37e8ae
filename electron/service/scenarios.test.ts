import { afterEach, describe, expect, it } from 'vitest';
import type { OpInput, OpOutput } from '../../shared/api/contract';
import type { ApiErrorData } from '../../shared/api/errors';
import type { OpName } from '../../shared/api/ops';
import { tCode } from '../../shared/i18n';
import type { Patch } from '../../shared/patch';
import { patchesToVersion } from '../../shared/live/restore';
import { importScenario } from '../files/importScenario';
import { exportHandlingsrom } from '../files/handlingsromFile';
import { createService, type LocalService as Service, type ServiceOptions } from './service';
import { fingerprint, sampleScenario, tempDirs } from './testing';

const tmp = tempDirs('hr-scn-');
const open: Service[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  tmp.cleanup();
});

function start(dataDir = tmp.make(), extra: Partial<ServiceOptions> = {}): Service {
  const svc = createService({ dataDir, shell: 'web', seedExample: false, ...extra });
  open.push(svc);
  return svc;
}

function stop(svc: Service): void {
  open.splice(open.indexOf(svc), 1);
  svc.close();
}

async function call<K extends OpName>(svc: Service, op: K, input: OpInput<K>): Promise<OpOutput<K>> {
  const res = await svc.call(op, input);
  if (!res.ok) throw new Error(`${op}: ${res.error.code} ${JSON.stringify(res.error.params)}`);
  return res.value as OpOutput<K>;
}

async function refused(svc: Service, op: OpName, input: unknown): Promise<ApiErrorData> {
  const res = await svc.call(op, input);
  if (res.ok) throw new Error(`${op} was accepted`);
  // Every refusal reads as a sentence in both languages.
  expect(tCode('nb', res.error.code, res.error.params)).not.toBe(res.error.code);
  expect(tCode('en', res.error.code, res.error.params)).not.toMatch(/\{\w+\}/);
  return res.error;
}

/** A scenario with the sample content, through the import path (the sample is a valid file). */
async function addSample(svc: Service, name = 'Testplan'): Promise<string> {
  return (await importScenario(svc.scenarios, exportHandlingsrom(sampleScenario(name)).content)).id;
}

const setVikar = (y: number, v: number | null): Patch => ({ op: 'set', path: ['lines', { id: 'l_vikar' }, 'values', y], value: v });

describe('scenario lifecycle', () => {
  it('creates, lists, duplicates with basedOn, renames, trashes, restores and purges', async () => {
    let clock = 0;
    const svc = start(undefined, { now: () => new Date(Date.UTC(2025, 0, 1, 0, 0, clock++)).toISOString() });
    expect(await call(svc, 'scenario.list', {})).toEqual([]);

    const blank = await call(svc, 'scenario.create', { from: 'blank' });
    expect(blank.name).toBe('Nytt scenario');
    const blank2 = await call(svc, 'scenario.create', { from: 'blank' });
    expect(blank2.name).toBe('Nytt scenario (2)');
    const en = await call(svc, 'scenario.create', { from: 'blank', lang: 'en' });
    expect(en.name).toBe('New scenario');

    const plan = await addSample(svc, 'Plan');
    const copy = await call(svc, 'scenario.duplicate', { id: plan });
    expect(copy.name).toBe('Plan (kopi)');
    const opened = await call(svc, 'scenario.open', { id: copy.id });
    expect(opened.scenario.id).toBe(copy.id);
    expect(opened.scenario.basedOn).toBe(plan);
    expect(opened.basedOn).toBe(plan);
    expect(opened.basedOnName).toBe('Plan');
    expect(opened.revision).toBe(0);
    expect(opened.canUndo).toBe(false);
    // The copy holds the same content as its source.
    const source = await call(svc, 'scenario.open', { id: plan });
    expect({ ...opened.scenario, id: plan, name: 'Plan', basedOn: undefined }).toEqual({ ...source.scenario, basedOn: undefined });

    const list = await call(svc, 'scenario.list', {});
    expect(list.map((s) => s.name).sort()).toEqual(['New scenario', 'Nytt scenario', 'Nytt scenario (2)', 'Plan', 'Plan (kopi)']);
    const row = list.find((s) => s.id === copy.id)!;
    expect(row).toMatchObject({ basedOn: plan, basedOnName: 'Plan', municipality: 'Drammen', firstYear: 2024, years: 4, revision: 0 });
    // Newest change first.
    expect(list[0].id).toBe(copy.id);

    // Rename: a patch of the document, undoable, and the list follows.
    const renamed = await call(svc, 'scenario.rename', { id: plan, name: 'Plan 2025', description: 'Ny tekst' });
    expect(renamed).toMatchObject({ revision: 1, canUndo: true, undoLabel: 'Nytt navn: Plan 2025' });
    const afterRename = (await call(svc, 'scenario.list', {})).find((s) => s.id === plan)!;
    expect(afterRename).toMatchObject({ name: 'Plan 2025', description: 'Ny tekst', revision: 1 });
    expect((await call(svc, 'scenario.list', {})).find((s) => s.id === copy.id)!.basedOnName).toBe('Plan 2025');
    await call(svc, 'scenario.undo', { id: plan, baseRevision: 1 });
    expect((await call(svc, 'scenario.open', { id: plan })).scenario).toMatchObject({ name: 'Plan', description: 'Til testene' });

    // Trash: out of the list, into the trash, not editable, restorable.
    const deleted = await call(svc, 'scenario.delete', { id: plan });
    expect(deleted.deletedAt).toMatch(/^2025-01-01T/);
    expect((await call(svc, 'scenario.list', {})).map((s) => s.id)).not.toContain(plan);
    expect((await call(svc, 'scenario.trash', {})).map((s) => [s.id, s.deletedAt])).toEqual([[plan, deleted.deletedAt]]);
    expect((await refused(svc, 'scenario.edit', { id: plan, baseRevision: 2, label: 'x', patches: [setVikar(0, 1)] })).code).toBe('store.inTrash');
    expect((await call(svc, 'scenario.open', { id: plan })).deletedAt).toBe(deleted.deletedAt);
    expect((await refused(svc, 'scenario.purge', { id: copy.id })).code).toBe('store.notInTrash');
    expect(await call(svc, 'scenario.restore', { id: plan })).toEqual({ id: plan, name: 'Plan' });
    expect(await call(svc, 'scenario.trash', {})).toEqual([]);

    // Purge: gone with its history; the copy keeps its content, its basedOn link is cleared.
    await call(svc, 'scenario.delete', { id: plan });
    await call(svc, 'scenario.purge', { id: plan });
    expect(await call(svc, 'scenario.trash', {})).toEqual([]);
    expect((await refused(svc, 'scenario.open', { id: plan })).code).toBe('store.notFound');
    expect(svc.db.prepare('SELECT count(*) FROM edits WHERE scenario_id = ?').pluck().get(plan)).toBe(0);
    const copyRow = (await call(svc, 'scenario.list', {})).find((s) => s.id === copy.id)!;
    expect(copyRow).toMatchObject({ basedOn: null, basedOnName: null });
    expect((await call(svc, 'scenario.open', { id: copy.id })).scenario.measures).toHaveLength(4);
  });

  it('refuses unknown scenarios and examples with a message', async () => {
    const svc = start(undefined, { examplesDir: tmp.make() });
    for (const op of ['scenario.open', 'scenario.delete', 'scenario.restore', 'scenario.purge', 'scenario.history'] as const) {
      expect((await refused(svc, op, { id: 'scenario_nope' })).code).toBe('store.notFound');
    }
    expect((await refused(svc, 'scenario.duplicate', { id: 'scenario_nope' })).code).toBe('store.notFound');
    expect((await refused(svc, 'scenario.create', { from: 'example', exampleId: 'nope' })).code).toBe('store.unknownExample');
    expect(await call(svc, 'scenario.examples', {})).toEqual([]);
  });
});

describe('edits, undo and redo', () => {
  it('survive closing and reopening the database, with the history and the stacks derived from the log', async () => {
    const dataDir = tmp.make();
    let svc = start(dataDir, { snapshotEvery: 3 });
    const id = await addSample(svc);
    let rev = 0;
    const edit = async (label: string, patches: Patch[]) => {
      const r = await call(svc, 'scenario.edit', { id, baseRevision: rev, label, patches });
      rev = r.revision;
      return r;
    };
    await edit('Vikar 2024', [setVikar(0, 100)]);
    await edit('Vikar 2025', [setVikar(1, 200)]);
    await edit('Nytt tiltak', [
      {
        op: 'insert',
        path: ['measures', { id: 'nytt' }],
        to: 0,
        value: {
          id: 'nytt',
          name: 'Nytt tiltak',
          areaId: 'p07',
          kind: 'saving',
          effect: { mode: 'phasein', fullYear: 100, startYear: 2025, startMonth: 1 },
          probability: 1,
          status: 'forslag',
          included: true,
        },
      },
    ]);
    await edit('Flytt', [{ op: 'move', path: ['measures', { id: 'nytt' }], to: 4 }]);
    await edit('Formel', [{ op: 'set', path: ['lines', { id: 'l_andel' }, 'formula'], value: 'p05.vikarbruk / 1000' }]);
    expect(rev).toBe(5);

    const u1 = await call(svc, 'scenario.undo', { id, baseRevision: rev });
    rev = u1.revision;
    expect(u1).toMatchObject({ revision: 6, canUndo: true, canRedo: true, undoLabel: 'Flytt', redoLabel: 'Formel' });
    expect(u1.patches).toEqual([{ op: 'set', path: ['lines', { id: 'l_andel' }, 'formula'], value: 'round(safediv(p05.vikarbruk, p05.ramme), 4)' }]);
    rev = (await call(svc, 'scenario.undo', { id, baseRevision: rev })).revision;
    const before = (await call(svc, 'scenario.open', { id })).scenario;
    expect(before.measures.map((m) => m.id)).toEqual(['nytt', 'stram_styring', 'vikarpool', 'arsverk_ned', 'ny_tjeneste']);

    // Close and reopen: the same document, revision and stacks.
    stop(svc);
    svc = start(dataDir, { snapshotEvery: 3 });
    const reopened = await call(svc, 'scenario.open', { id });
    expect(reopened).toMatchObject({ revision: 7, canUndo: true, canRedo: true, undoLabel: 'Nytt tiltak', redoLabel: 'Flytt' });
    expect(reopened.scenario).toEqual(before);

    const r1 = await call(svc, 'scenario.redo', { id, baseRevision: rev });
    rev = r1.revision;
    expect(r1.patches).toEqual([{ op: 'move', path: ['measures', { id: 'nytt' }], to: 4 }]);
    expect(r1).toMatchObject({ redoLabel: 'Formel', undoLabel: 'Flytt' });
    // A new edit clears the redo stack.
    const e = await edit('Vikar 2027', [setVikar(3, 1)]);
    expect(e).toMatchObject({ canRedo: false, undoLabel: 'Vikar 2027' });
    expect((await refused(svc, 'scenario.redo', { id, baseRevision: rev })).code).toBe('store.nothingToRedo');

    // Undo everything, across another restart.
    stop(svc);
    svc = start(dataDir, { snapshotEvery: 3 });
    for (;;) {
      const s = await call(svc, 'scenario.open', { id });
      if (!s.canUndo) break;
      rev = (await call(svc, 'scenario.undo', { id, baseRevision: s.revision })).revision;
    }
    expect((await refused(svc, 'scenario.undo', { id, baseRevision: rev })).code).toBe('store.nothingToUndo');
    const original = sampleScenario();
    const back = (await call(svc, 'scenario.open', { id })).scenario;
    expect({ ...back, id: original.id }).toEqual(original);

    const history = await call(svc, 'scenario.history', { id });
    expect(history[0].revision).toBe(rev);
    expect(history.map((h) => h.kind).reverse().slice(0, 9)).toEqual(['edit', 'edit', 'edit', 'edit', 'edit', 'undo', 'undo', 'redo', 'edit']);
    expect(history.at(-1)).toMatchObject({ revision: 1, kind: 'edit', label: 'Vikar 2024', target: null });
    expect(history.find((h) => h.revision === 6)).toMatchObject({ kind: 'undo', target: 5, label: 'Formel' });
    expect(await call(svc, 'scenario.history', { id, limit: 2 })).toHaveLength(2);
    // With paths: what each step changed (an undo the paths its target's inverse set), so a change can be traced.
    const traced = await call(svc, 'scenario.history', { id, paths: true });
    expect(traced.at(-1)!.paths).toEqual([setVikar(0, 100).path]);
    expect(traced.find((h) => h.label === 'Nytt tiltak' && h.kind === 'edit')!.paths).toEqual([['measures', { id: 'nytt' }]]);
    expect(traced.find((h) => h.revision === 6)!.paths!.length).toBeGreaterThan(0);
    expect(history[0].paths).toBeUndefined();
    // Snapshots were taken along the way, and the document replays the same from them.
    const snap = svc.db.prepare('SELECT snapshot_revision, revision FROM scenarios WHERE id = ?').get(id) as { snapshot_revision: number; revision: number };
    expect(snap.snapshot_revision).toBeGreaterThan(0);
    expect(snap.revision - snap.snapshot_revision).toBeLessThan(3);
  });

  it('refuses a stale edit, and a second writer sees the first one', async () => {
    const dataDir = tmp.make();
    const a = start(dataDir);
    const id = await addSample(a);
    const b = start(dataDir);
    expect((await call(b, 'scenario.open', { id })).revision).toBe(0);
    await call(a, 'scenario.edit', { id, baseRevision: 0, label: 'A', patches: [setVikar(0, 1)] });
    const before = fingerprint(a.db);
    const err = await refused(b, 'scenario.edit', { id, baseRevision: 0, label: 'B', patches: [setVikar(0, 2)] });
    expect(err).toEqual({ code: 'store.stale', params: { revision: 1, base: 0 } });
    expect(tCode('nb', err.code, err.params)).toContain('endret et annet sted');
    expect((await refused(b, 'scenario.undo', { id, baseRevision: 0 })).code).toBe('store.stale');
    expect(fingerprint(a.db)).toEqual(before);
    // B reloads and carries on from A's revision; A then sees B's edit.
    const seen = await call(b, 'scenario.open', { id });
    expect(seen.scenario.lines.find((l) => l.id === 'l_vikar')).toMatchObject({ values: [1, 11_000, null, 9_000] });
    await call(b, 'scenario.edit', { id, baseRevision: seen.revision, label: 'B', patches: [setVikar(1, 2)] });
    expect((await call(a, 'scenario.open', { id })).scenario.lines.find((l) => l.id === 'l_vikar')).toMatchObject({ values: [1, 2, null, 9_000] });
    expect((await call(a, 'scenario.open', { id })).undoLabel).toBe('B');
  });

  it('acknowledges an edit sent again after its answer was lost, without applying it twice', async () => {
    const dataDir = tmp.make();
    let svc = start(dataDir);
    const id = await addSample(svc);
    const first = { id, baseRevision: 0, label: 'Vikar 2024', patches: [setVikar(0, 7)] };
    await call(svc, 'scenario.edit', first);
    // The answer never arrived; the page sends the same edit again, to a restarted store.
    stop(svc);
    svc = start(dataDir);
    const before = fingerprint(svc.db);
    expect(await call(svc, 'scenario.edit', first)).toMatchObject({ revision: 1, undoLabel: 'Vikar 2024' });
    expect(fingerprint(svc.db)).toEqual(before);
    expect(await call(svc, 'scenario.history', { id })).toHaveLength(1);
    // The next edit of that page goes on from there.
    await call(svc, 'scenario.edit', { id, baseRevision: 1, label: 'Vikar 2025', patches: [setVikar(1, 8)] });
    // Sent again now, the first one is still recognised at the revision it made; the second is then stale.
    expect((await call(svc, 'scenario.edit', first)).revision).toBe(1);
    // Another edit on the same old revision is not the one in the log: refused as stale.
    expect((await refused(svc, 'scenario.edit', { ...first, patches: [setVikar(0, 9)] })).code).toBe('store.stale');
    expect((await refused(svc, 'scenario.edit', { ...first, label: 'Annet' })).code).toBe('store.stale');
    expect((await call(svc, 'scenario.open', { id })).scenario.lines.find((l) => l.id === 'l_vikar')).toMatchObject({ values: [7, 8, null, 9_000] });
  });

  it('refuses an invalid edit and writes nothing', async () => {
    const svc = start();
    const id = await addSample(svc);
    await call(svc, 'scenario.edit', { id, baseRevision: 0, label: 'ok', patches: [setVikar(0, 5)] });
    const before = fingerprint(svc.db);
    const bad: [Patch[], string][] = [
      [[{ op: 'set', path: ['lines', { id: 'l_andel' }, 'formula'], value: 'p05.vikarbruk +' }], 'store.invalidFormula'],
      [[{ op: 'set', path: ['lines', { id: 'l_andel' }, 'formula'], value: 'p05.vikarandel * 2' }], 'store.invalidFormula'],
      [[{ op: 'set', path: ['lines', { id: 'l_andel' }, 'formula'], value: 'import("fs")' }], 'store.invalidFormula'],
      [[{ op: 'set', path: ['lines', { id: 'l_andel' }, 'formula'], value: 'x = 1' }], 'store.invalidFormula'],
      [[{ op: 'set', path: ['lines', { id: 'l_andel' }, 'formula'], value: 'p05.finnes_ikke' }], 'store.invalidFormula'],
      [[{ op: 'remove', path: ['lines', { id: 'l_vikar' }] }], 'store.invalidFormula'],
      [[setVikar(0, 'tusen' as unknown as number)], 'store.invalid'],
      [[{ op: 'set', path: ['name'], value: '   ' }], 'store.invalid'],
      [[{ op: 'set', path: ['years'], value: 0 }], 'store.invalid'],
      [[{ op: 'set', path: ['measures', { id: 'vikarpool' }, 'areaId'], value: 'p99' }], 'store.invalid'],
      [[{ op: 'set', path: ['extra'], value: 1 }], 'store.invalid'],
      [[{ op: 'set', path: ['id'], value: 'scenario_other' }], 'store.idChange'],
      [[{ op: 'set', path: ['measures', { id: 'nope' }, 'name'], value: 'x' }], 'patch.notFound'],
      [[setVikar(9, 1)], 'patch.badIndex'],
      // The first patch is fine, the second is not: nothing of the edit is kept.
      [[setVikar(1, 7), { op: 'remove', path: ['areas', { id: 'p05' }] }], 'store.invalid'],
    ];
    for (const [patches, code] of bad) {
      const err = await refused(svc, 'scenario.edit', { id, baseRevision: 1, label: 'bad', patches });
      expect(err.code, JSON.stringify(patches)).toBe(code);
      expect(fingerprint(svc.db), JSON.stringify(patches)).toEqual(before);
    }
    const detail = await refused(svc, 'scenario.edit', { id, baseRevision: 1, label: 'bad', patches: bad[1][0] });
    expect(tCode('nb', detail.code, detail.params)).toMatch(/Sirkulær referanse/);
    expect(tCode('en', detail.code, detail.params)).toMatch(/p05\.vikarandel/);
    // Still at revision 1, and the cache was not touched by the refused edits.
    const now = await call(svc, 'scenario.open', { id });
    expect(now.revision).toBe(1);
    expect(now.scenario.lines.find((l) => l.id === 'l_vikar')).toMatchObject({ values: [5, 11_000, null, 9_000] });
  });
});

describe('an earlier version', () => {
  it('is read at any revision of the log and made current again as one undoable edit that keeps the name', async () => {
    const dataDir = tmp.make();
    let svc = start(dataDir, { snapshotEvery: 2 });
    const id = await addSample(svc);
    let rev = 0;
    const edit = async (label: string, patches: Patch[]) => {
      rev = (await call(svc, 'scenario.edit', { id, baseRevision: rev, label, patches })).revision;
    };
    await edit('Vikar 2024', [setVikar(0, 100)]);
    await edit('Fjern tiltak', [{ op: 'remove', path: ['measures', { id: 'vikarpool' }] }]);
    await call(svc, 'scenario.rename', { id, name: 'Nytt navn' });
    rev = (await call(svc, 'scenario.open', { id })).revision;
    await edit('Vikar 2025', [setVikar(1, 200)]);
    // Across a restart, with snapshots taken after revision 1: revision 1 is read back through the log's inverses.
    stop(svc);
    svc = start(dataDir, { snapshotEvery: 2 });
    const v1 = await call(svc, 'scenario.version', { id, revision: 1 });
    expect(v1.revision).toBe(1);
    expect(v1.scenario.lines.find((l) => l.id === 'l_vikar')).toMatchObject({ values: [100, 11_000, null, 9_000] });
    expect(v1.scenario.measures.some((m) => m.id === 'vikarpool')).toBe(true);
    expect((await call(svc, 'scenario.version', { id, revision: 0 })).scenario).toEqual({ ...sampleScenario(), id });

    const current = (await call(svc, 'scenario.open', { id })).scenario;
    const patches = patchesToVersion(current, v1.scenario);
    expect(patches.map((p) => p.path[0]).sort()).toEqual(['lines', 'measures']);
    await edit('Tilbake til versjon 1', patches);
    const back = (await call(svc, 'scenario.open', { id })).scenario;
    expect(back).toEqual({ ...v1.scenario, name: 'Nytt navn' });
    expect(patchesToVersion(back, v1.scenario)).toEqual([]);
    const undone = await call(svc, 'scenario.undo', { id, baseRevision: rev });
    expect((await call(svc, 'scenario.open', { id })).scenario).toEqual(current);
    expect(undone.revision).toBe(rev + 1);

    for (const revision of [rev + 2, 999]) expect((await refused(svc, 'scenario.version', { id, revision })).code).toBe('store.versionGone');
    expect((await refused(svc, 'scenario.version', { id: 'scenario_nope', revision: 0 })).code).toBe('store.notFound');
  });
});
