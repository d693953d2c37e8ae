// export → import → export gives the same file but for the scenario's id and where it came from (the file's origin,
// the scenario's importedFrom), for both shipped examples and the test scenario; and the examples themselves come
// through unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../shared/api/contract';
import { defaultExamplesDir } from '../service/examples';
import { createService, type Service } from '../service/service';
import { sampleScenario, tempDirs } from '../service/testing';
import { exportHandlingsrom } from './handlingsromFile';

const tmp = tempDirs('hr-rt-');
const services: Service[] = [];
afterAll(() => {
  for (const s of services) s.close();
  tmp.cleanup();
});

function service(): Service {
  const s = createService({ dataDir: tmp.make(), shell: 'web', seedExample: false });
  services.push(s);
  return s;
}

async function ok<T>(p: Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

const withoutId = (content: string) => {
  const f = JSON.parse(content);
  delete f.scenario.id;
  delete f.scenario.importedFrom;
  delete f.origin;
  return f;
};

const examples = fs.existsSync(defaultExamplesDir())
  ? fs.readdirSync(defaultExamplesDir()).filter((f) => f.endsWith('.handlingsrom')).map((f) => f.slice(0, -'.handlingsrom'.length))
  : [];

describe('export → import → export', () => {
  it('finds both examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples)('keeps the example %s intact', async (exampleId) => {
    const a = service();
    const created = await ok<{ id: string }>(a.call('scenario.create', { from: 'example', exampleId }));
    const first = await ok<ExportedFile>(a.call('scenario.export', { id: created.id, format: 'handlingsrom' }));
    expect(first).toMatchObject({ encoding: 'utf8', mime: 'application/vnd.handlingsrom+json' });
    expect(first.fileName).toMatch(/\.handlingsrom$/);
    // The example as shipped, the example as exported: the same scenario.
    const shipped = fs.readFileSync(path.join(defaultExamplesDir(), `${exampleId}.handlingsrom`), 'utf8');
    expect(withoutId(first.content).scenario).toEqual(withoutId(shipped).scenario);

    const b = service();
    const imported = await ok<{ id: string; name: string }>(b.call('scenario.import', { fileName: first.fileName, content: first.content }));
    expect(imported.id).not.toBe(created.id);
    const second = await ok<ExportedFile>(b.call('scenario.export', { id: imported.id, format: 'handlingsrom' }));
    expect(second.fileName).toBe(first.fileName);
    expect(withoutId(second.content)).toEqual(withoutId(first.content));
    // The second file comes from the imported scenario, which came from the first file.
    expect(JSON.parse(second.content).origin).toMatchObject({ scenarioId: imported.id, revision: 0 });
    expect(JSON.parse(second.content).scenario.importedFrom).toEqual([JSON.parse(first.content).origin]);
  });

  it('keeps an edited scenario intact, edits included', async () => {
    const a = service();
    const { id } = await ok<{ id: string }>(a.call('scenario.import', { fileName: 'x', content: exportHandlingsrom(sampleScenario('Rundtur')).content }));
    await ok(a.call('scenario.edit', { id, baseRevision: 0, label: 'e', patches: [{ op: 'set', path: ['lines', { id: 'l_vikar' }, 'values', 2], value: 1234.5 }] }));
    await ok(a.call('scenario.edit', { id, baseRevision: 1, label: 'e', patches: [{ op: 'move', path: ['measures', { id: 'vikarpool' }], to: 0 }] }));
    const first = await ok<ExportedFile>(a.call('scenario.export', { id, format: 'handlingsrom' }));
    const b = service();
    const imported = await ok<{ id: string }>(b.call('scenario.import', { fileName: 'x', content: first.content }));
    const second = await ok<ExportedFile>(b.call('scenario.export', { id: imported.id, format: 'handlingsrom' }));
    expect(withoutId(second.content)).toEqual(withoutId(first.content));
    expect(JSON.parse(second.content).scenario.measures[0].id).toBe('vikarpool');
  });
});
