// A scenario file that comes back: the ancestor found through the edit log, the fallbacks to a two-way review,
// the lineage through a colleague's store, and a resolution applied as one undoable edit.
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReview, OpInput, OpOutput } from '../../shared/api/contract';
import type { OpName } from '../../shared/api/ops';
import { mergePatches, threeWay } from '../../shared/merge';
import type { Scenario } from '../../shared/model';
import type { Patch } from '../../shared/patch';
import { createService, type LocalService as Service } from '../service/service';
import { sampleScenario, tempDirs } from '../service/testing';
import { exportHandlingsrom } from './handlingsromFile';
import { importScenario } from './importScenario';

const tmp = tempDirs('hr-review-');
const open: Service[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  tmp.cleanup();
});

function start(snapshotEvery?: number): Service {
  const svc = createService({ dataDir: tmp.make(), shell: 'web', seedExample: false, snapshotEvery });
  open.push(svc);
  return svc;
}

async function call<K extends OpName>(svc: Service, op: K, input: OpInput<K>): Promise<OpOutput<K>> {
  const res = await svc.call(op, input);
  if (!res.ok) throw new Error(`${op}: ${res.error.code} ${JSON.stringify(res.error.params)}`);
  return res.value as OpOutput<K>;
}

const setItem = (y: number, v: number): Patch => ({ op: 'set', path: ['areas', { id: 'p05' }, 'items', { id: 'bofellesskap' }, 'values', y], value: v });

async function edit(svc: Service, id: string, label: string, patches: Patch[]): Promise<void> {
  const { revision } = await call(svc, 'scenario.open', { id });
  await call(svc, 'scenario.edit', { id, baseRevision: revision, label, patches });
}

async function exported(svc: Service, id: string): Promise<{ text: string; file: { origin: { revision: number }; scenario: Scenario } }> {
  const { content } = await call(svc, 'scenario.export', { id, format: 'handlingsrom' });
  return { text: content, file: JSON.parse(content) };
}

/** A colleague's copy: the exported JSON, edited. */
function theirCopy(text: string, change: (s: Scenario) => void): string {
  const file = JSON.parse(text) as { scenario: Scenario };
  change(file.scenario);
  return JSON.stringify(file);
}

describe('a scenario file that comes back', () => {
  it('finds the exported revision as the common ancestor, before and after a snapshot', async () => {
    // A snapshot every 2 edits: the ancestor is rebuilt backward from a later snapshot through the inverses.
    const svc = start(2);
    const { id } = await importScenario(svc.scenarios, exportHandlingsrom(sampleScenario('Plan')).content);
    await edit(svc, id, 'én', [setItem(0, 1)]);
    const { text, file } = await exported(svc, id);
    expect(file.origin).toMatchObject({ scenarioId: id, revision: 1, name: 'Plan' });
    const atExport = await svc.scenarios.document(id);
    for (let i = 0; i < 5; i++) await edit(svc, id, `steg ${i}`, [setItem(1, 100 + i)]);
    expect((await svc.store.row(id))!.snapshotRevision).toBe(6);

    const r = await call(svc, 'scenario.importReview', { fileName: 'x.handlingsrom', content: text });
    expect(r.target).toEqual({ id, name: 'Plan', revision: 6 });
    expect(r.base).toEqual(atExport);
    expect(r.fallback).toBeNull();
    expect(r.origin).toMatchObject({ name: 'Plan', revision: 1 });
    // When the store made that revision, for the user to read instead of its number.
    expect(Date.now() - Date.parse(r.origin!.at!)).toBeLessThan(60_000);
    // And forward from the first snapshot, to any revision in between.
    expect(((await svc.scenarios.documentAt(id, 3))!.areas[0].items[0].values as number[])[1]).toBe(101);
    expect(await svc.scenarios.documentAt(id, 7)).toBeUndefined();
  });

  it('falls back to two ways, and says why, when the ancestor is gone or not the one exported', async () => {
    const svc = start();
    const { id } = await importScenario(svc.scenarios, exportHandlingsrom(sampleScenario('Plan')).content);
    await edit(svc, id, 'én', [setItem(0, 1)]);
    const { text } = await exported(svc, id);
    await edit(svc, id, 'to', [setItem(0, 2)]);
    // The log compacted into a later snapshot: revision 1 can no longer be rebuilt.
    await svc.scenarios.snapshot(id);
    svc.db.prepare('DELETE FROM edits WHERE scenario_id = ?').run(id);
    svc.scenarios.forget();
    let r: ImportReview = await call(svc, 'scenario.importReview', { fileName: 'x', content: text });
    expect([r.target?.id, r.base, r.fallback]).toEqual([id, null, 'review.fallback.revisionGone']);
    expect(r.mine).toEqual(await svc.scenarios.document(id));

    // A revision that is not what was exported (a store restored from a backup) is told by the fingerprint.
    const other = JSON.parse(text);
    other.origin.fingerprint = '123abc';
    other.origin.revision = 2;
    r = await call(svc, 'scenario.importReview', { fileName: 'x', content: JSON.stringify(other) });
    expect(r.fallback).toBe('review.fallback.changedSince');

    // A file older than format 4 names its scenario but no revision.
    const old = { format: 'handlingsrom', version: 3, appVersion: '0.1.0', scenario: JSON.parse(text).scenario };
    r = await call(svc, 'scenario.importReview', { fileName: 'x', content: JSON.stringify(old) });
    expect([r.target?.id, r.fallback, r.origin]).toEqual([id, 'review.fallback.noRevision', { name: 'Plan', revision: null, at: null }]);
  });

  it('finds no target for a new file, and names a scenario in the trash', async () => {
    const svc = start();
    const fresh = await call(svc, 'scenario.importReview', { fileName: 'x', content: exportHandlingsrom(sampleScenario('Ny')).content });
    expect([fresh.target, fresh.trashed, fresh.theirs.name]).toEqual([null, null, 'Ny']);
    const { id } = await importScenario(svc.scenarios, exportHandlingsrom(sampleScenario('Plan')).content);
    const { text } = await exported(svc, id);
    await call(svc, 'scenario.delete', { id });
    const r = await call(svc, 'scenario.importReview', { fileName: 'x', content: text });
    expect([r.target, r.trashed]).toEqual([null, 'Plan']);
    // A bad file is refused as on import, and nothing is written.
    expect((await svc.call('scenario.importReview', { fileName: 'x', content: '{"format":' })).ok).toBe(false);
  });

  it("leads back through a colleague's store: their import keeps the file's lineage", async () => {
    const mine = start();
    const colleague = start();
    const { id } = await importScenario(mine.scenarios, exportHandlingsrom(sampleScenario('Plan')).content);
    const { text } = await exported(mine, id);
    const theirId = (await call(colleague, 'scenario.import', { fileName: 'plan.handlingsrom', content: text })).id;
    expect((await colleague.scenarios.document(theirId)).importedFrom).toEqual([expect.objectContaining({ scenarioId: id, revision: 0 })]);
    await edit(colleague, theirId, 'Kari endrer', [setItem(2, 777)]);
    const back = await exported(colleague, theirId);

    const r = await call(mine, 'scenario.importReview', { fileName: 'x', content: back.text });
    expect(r.target?.id).toBe(id);
    expect(r.fallback).toBeNull();
    const changes = threeWay(r.base, r.mine, r.theirs);
    expect(changes.map((c) => [c.side, c.theirs])).toEqual([['theirs', 777]]);
  });

  it('applies a resolution as one labelled, undoable edit', async () => {
    const svc = start();
    const { id } = await importScenario(svc.scenarios, exportHandlingsrom(sampleScenario('Plan')).content);
    const { text } = await exported(svc, id);
    await edit(svc, id, 'Min endring', [setItem(0, 111), setItem(3, 999)]);
    const copy = theirCopy(text, (s) => {
      s.areas[0].items[0].values[0] = 222; // the conflict
      s.areas[0].items[0].values[1] = 333; // theirs only
      s.description = 'Fra Kari';
    });
    const r = await call(svc, 'scenario.importReview', { fileName: 'x', content: copy });
    const changes = threeWay(r.base, r.mine, r.theirs);
    expect(changes.map((c) => c.side).sort()).toEqual(['conflict', 'mine', 'theirs', 'theirs']);
    // Their side of the conflict, their value; their description rejected; my change kept.
    const choose = (c: (typeof changes)[number]) => (c.side === 'conflict' || (c.side === 'theirs' && c.path[0] !== 'description') ? 'theirs' : 'mine');
    const patches = mergePatches(changes, choose);
    const before = await svc.scenarios.document(id);
    await call(svc, 'scenario.edit', { id, baseRevision: r.target!.revision, label: 'Flettet inn «Plan»', patches });

    const merged = await svc.scenarios.document(id);
    expect(merged.areas[0].items[0].values).toEqual([222, 333, 14_265, 999]);
    expect(merged.description).toBe(before.description);
    const opened = await call(svc, 'scenario.open', { id });
    expect(opened.undoLabel).toBe('Flettet inn «Plan»');
    expect((await call(svc, 'scenario.history', { id, limit: 1 }))[0].label).toBe('Flettet inn «Plan»');
    await call(svc, 'scenario.undo', { id, baseRevision: opened.revision });
    expect(await svc.scenarios.document(id)).toEqual(before);
  });
});
