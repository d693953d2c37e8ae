import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import type { Scenario } from '../../shared/model';
import { opNames } from '../../shared/api/ops';
import { tCode } from '../../shared/i18n';
import { SCHEMA_VERSION } from '../store/migrations';
import { createService } from './service';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-svc-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('service', () => {
  it('the contract and the list of operation names agree', () => {
    expect(Object.keys(contract).sort()).toEqual([...opNames].sort());
  });

  it('app.info answers from a real database file', async () => {
    const dataDir = tempDir();
    const svc = createService({ dataDir, shell: 'web', seedExample: false });
    const res = await svc.dispatch('app.info', {});
    svc.close();
    expect(res).toMatchObject({ ok: true, value: { name: 'Handlingsrom', dataDir, schemaVersion: SCHEMA_VERSION, shell: 'web' } });
    expect(fs.existsSync(path.join(dataDir, 'handlingsrom.sqlite'))).toBe(true);
  });

  it('refuses unknown operations and invalid payloads with a translatable message', async () => {
    const svc = createService({ dataDir: tempDir(), shell: 'web', seedExample: false });
    for (const [op, payload] of [
      ['nope', {}],
      ['__proto__', {}],
      ['app.info', { extra: 1 }],
      ['app.info', 'text'],
      ['scenario.edit', { id: 'x', baseRevision: 0, label: '', patches: [{ op: 'set', path: ['__proto__', 'x'], value: 1 }] }],
      ['scenario.edit', { id: 'x', baseRevision: 0, label: '', patches: [] }],
      ['scenario.edit', { id: 'x', baseRevision: -1, label: '', patches: [{ op: 'remove', path: ['name'] }] }],
      ['scenario.create', { from: 'example' }],
      ['scenario.rename', { id: 'x' }],
      ['scenario.export', { id: 'x', format: 'pdf' }],
    ] as const) {
      const res = await svc.call(op, payload);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(tCode('nb', res.error.code, res.error.params)).not.toBe(res.error.code);
    }
    svc.close();
  });
});

describe('first start and examples', () => {
  it('creates the plan example in an empty database, once', async () => {
    const dataDir = tempDir();
    let svc = createService({ dataDir, shell: 'web' });
    const list = await svc.call('scenario.list', {});
    expect(list.ok && (list.value as { name: string }[]).map((s) => s.name)).toEqual(['Drammen – HØP 2024–27 for P05, P07 og P08']);
    const examples = await svc.call('scenario.examples', {});
    expect(examples.ok && (examples.value as { id: string }[]).map((e) => e.id)).toEqual(['balanse-2021', 'drammen-hop-2024-27']);
    // The user deletes it for good: it does not come back on the next start.
    const id = (list.ok && (list.value as { id: string }[])[0].id) as string;
    await svc.call('scenario.delete', { id });
    await svc.call('scenario.purge', { id });
    svc.close();
    svc = createService({ dataDir, shell: 'web' });
    expect(await svc.call('scenario.list', {})).toEqual({ ok: true, value: [] });
    const created = await svc.call('scenario.create', { from: 'example', exampleId: 'balanse-2021', name: 'Min kopi' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Min kopi' } });
    svc.close();
  });

  it('leaves a database that already has scenarios alone, and the command line never adds one', async () => {
    const dataDir = tempDir();
    let svc = createService({ dataDir, shell: 'cli' });
    expect(await svc.call('scenario.list', {})).toEqual({ ok: true, value: [] });
    await svc.call('scenario.create', { from: 'blank', name: 'Eget' });
    svc.close();
    svc = createService({ dataDir, shell: 'web' });
    const list = await svc.call('scenario.list', {});
    expect(list.ok && (list.value as { name: string }[]).map((s) => s.name)).toEqual(['Eget']);
    svc.close();
  });

  it('creates a blank scenario with its municipality and horizon, or another one\'s structure without its numbers', async () => {
    const svc = createService({ dataDir: tempDir(), shell: 'web' });
    const blank = await svc.call('scenario.create', { from: 'blank', name: 'Eget', municipality: 'Lier', firstYear: 2026, years: 6 });
    const blankId = (blank.ok && (blank.value as { id: string }).id) as string;
    expect(await svc.call('scenario.open', { id: blankId })).toMatchObject({ ok: true, value: { scenario: { municipality: 'Lier', firstYear: 2026, years: 6, areas: [] } } });
    const list = await svc.call('scenario.list', {});
    const example = (list.ok && (list.value as { id: string; name: string }[]).find((s) => s.name.startsWith('Drammen'))!.id) as string;
    const copy = await svc.call('scenario.create', { from: 'structure', sourceId: example, name: 'Skjelett', firstYear: 2025, years: 4 });
    const opened = await svc.call('scenario.open', { id: (copy.ok && (copy.value as { id: string }).id) as string });
    const doc = (opened.ok && (opened.value as { scenario: Scenario }).scenario) as Scenario;
    expect(doc.areas.map((a) => a.code)).toEqual(['P05', 'P07', 'P08']);
    expect(doc.areas[0].frame.originalBudget).toEqual([null, null, null, null]);
    expect(doc.measures).toEqual([]);
    expect(await svc.call('scenario.create', { from: 'structure', name: 'Uten kilde' })).toMatchObject({ ok: false, error: { code: 'api.invalidInput' } });
    expect(await svc.call('scenario.create', { from: 'blank', firstYear: 20260 })).toMatchObject({ ok: false, error: { code: 'api.invalidInput' } });
    svc.close();
  });

  it('exports through dispatch: text formats and xlsx; CSV needs a view', async () => {
    const svc = createService({ dataDir: tempDir(), shell: 'web' });
    const list = await svc.dispatch('scenario.list', {});
    const id = (list.ok && (list.value as { id: string }[])[0].id) as string;
    const json = await svc.dispatch('scenario.export', { id, format: 'handlingsrom' });
    expect(json).toMatchObject({ ok: true, value: { encoding: 'utf8', fileName: 'Drammen – HØP 2024–27 for P05, P07 og P08.handlingsrom' } });
    expect(await svc.dispatch('scenario.export', { id, format: 'xlsx' })).toMatchObject({ ok: true, value: { encoding: 'base64', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
    expect(await svc.call('scenario.export', { id, format: 'csv' })).toMatchObject({ ok: false, error: { code: 'store.noView' } });
    expect(await svc.call('scenario.export', { id, format: 'csv', view: 'tiltak' })).toMatchObject({ ok: true, value: { encoding: 'utf8' } });
    svc.close();
  });
});
