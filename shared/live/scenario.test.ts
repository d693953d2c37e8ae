import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DomainLineMeta } from '../domain/types';
import type { Scenario } from '../model';
import type { Patch } from '../patch/types';
import { cellPatches } from './cellEdits';
import { LiveScenario } from './scenario';

const example = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/examples/drammen-hop-2024-27.handlingsrom'), 'utf8')).scenario as Scenario;

function snapshot(live: LiveScenario): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const key of live.engine.keys().sort()) out[key] = Array.from(live.engine.values(key));
  return out;
}

/** The per-year input sources of the example, as the domain reports them. */
function seriesSources(live: LiveScenario) {
  return live
    .allLines()
    .map((l) => (l.meta as Partial<DomainLineMeta>).source)
    .filter((s): s is NonNullable<typeof s> => !!s && s.kind === 'series');
}

describe('LiveScenario', () => {
  it('typed values take the direct path and give what a fresh build of the document gives', () => {
    const live = new LiveScenario(example, 0);
    const sources = seriesSources(live);
    fc.assert(
      fc.property(
        fc.array(fc.record({ p: fc.nat(sources.length - 1), y: fc.nat(4), v: fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: null }) }), { minLength: 1, maxLength: 6 }),
        (edits) => {
          const patches: Patch[] = edits.flatMap((e) => cellPatches(live.doc, sources[e.p], [{ yearIndex: e.y, value: e.v ?? Number.NaN }]));
          live.apply(patches);
          expect(snapshot(live)).toEqual(snapshot(new LiveScenario(live.doc, 0)));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('structural edits (a measure switched off, its start month moved) rebuild and match a fresh build', () => {
    const live = new LiveScenario(example, 0);
    const m = example.measures.find((x) => x.included && x.status !== 'forkastet')!;
    const before = live.engine.value('tiltak.sum_innsparing', 3);
    live.apply([{ op: 'set', path: ['measures', { id: m.id }, 'included'], value: false }]);
    expect(live.engine.value('tiltak.sum_innsparing', 3)).not.toBe(before);
    expect(snapshot(live)).toEqual(snapshot(new LiveScenario(live.doc, 0)));
    const { inverse } = live.apply([{ op: 'set', path: ['measures', { id: m.id }, 'included'], value: true }]);
    expect(live.engine.value('tiltak.sum_innsparing', 3)).toBe(before);
    live.apply(inverse);
    expect(snapshot(live)).toEqual(snapshot(new LiveScenario(live.doc, 0)));
  });
});

describe('LiveScenario, edits inside measures', () => {
  const measurePatch = (ids: string[]) =>
    fc.oneof(
      fc.tuple(fc.constantFrom(...ids), fc.boolean()).map(([id, v]): Patch => ({ op: 'set', path: ['measures', { id }, 'included'], value: v })),
      fc.tuple(fc.constantFrom(...ids), fc.constantFrom('forslag', 'vedtatt', 'iverksatt', 'forkastet')).map(([id, v]): Patch => ({ op: 'set', path: ['measures', { id }, 'status'], value: v })),
      fc.tuple(fc.constantFrom(...ids), fc.constantFrom(0, 0.5, 1)).map(([id, v]): Patch => ({ op: 'set', path: ['measures', { id }, 'probability'], value: v })),
      fc.tuple(fc.constantFrom(...ids), fc.constantFrom('saving', 'increase')).map(([id, v]): Patch => ({ op: 'set', path: ['measures', { id }, 'kind'], value: v })),
      fc.tuple(fc.constantFrom(...ids), fc.constantFrom('Omdøpt', 'Nytt navn')).map(([id, v]): Patch => ({ op: 'set', path: ['measures', { id }, 'name'], value: v })),
    );

  it('rebuild only the measure (other lines stay the same objects) and give the values and lines of a fresh build', () => {
    const live = new LiveScenario(example, 0);
    const ids = example.measures.map((m) => m.id);
    fc.assert(
      fc.property(fc.array(measurePatch(ids), { minLength: 1, maxLength: 3 }), (patches) => {
        const before = live.allLines().slice();
        const { inverse } = live.apply(patches);
        const edited = new Set(patches.map((p) => (p.path[1] as { id: string }).id));
        live.allLines().forEach((l, i) => {
          const entity = (l.meta as Partial<DomainLineMeta>).entity;
          if (entity?.kind !== 'measure' || !edited.has(entity.id)) expect(l).toBe(before[i]);
        });
        const fresh = new LiveScenario(live.doc, 0);
        expect(snapshot(live)).toEqual(snapshot(fresh));
        expect(live.allLines()).toEqual(fresh.allLines());
        for (const l of live.allLines()) expect(live.spec(l.key)).toBe(l);
        // Undo goes the same way and lands where it started.
        live.apply(inverse);
        expect(snapshot(live)).toEqual(snapshot(new LiveScenario(live.doc, 0)));
      }),
      { numRuns: 40 },
    );
  });

  it('a typed value after a fast rebuild still goes to the right line', () => {
    const live = new LiveScenario(example, 0);
    const m = example.measures[0];
    live.apply([{ op: 'set', path: ['measures', { id: m.id }, 'included'], value: false }]);
    const source = seriesSources(live)[0];
    live.apply(cellPatches(live.doc, source, [{ yearIndex: 1, value: 4321 }]));
    expect(snapshot(live)).toEqual(snapshot(new LiveScenario(live.doc, 0)));
  });

  it('views are told to rebuild their rows only when a line shows differently', () => {
    const live = new LiveScenario(example, 0);
    const m = example.measures[0];
    const shape = live.shape;
    live.apply([{ op: 'set', path: ['measures', { id: m.id }, 'included'], value: !m.included }]);
    expect(live.shape).toBe(shape);
    live.apply([{ op: 'set', path: ['measures', { id: m.id }, 'name'], value: 'Nytt navn' }]);
    expect(live.shape).toBe(shape + 1);
    expect(live.spec(`tiltak.${m.id}.med`)?.label).toContain('Nytt navn');
  });
});

describe('LiveScenario, other structural edits', () => {
  it('mixed with measure edits and typed values, give the values and lines of a fresh build', () => {
    const live = new LiveScenario(example, 0);
    const ids = example.measures.map((m) => m.id);
    const areaId = example.areas[0].id;
    // Patches are made when applied, from the document as it then is.
    const edit = fc.oneof(
      fc.tuple(fc.constantFrom(...ids), fc.boolean()).map(([id, v]) => (): Patch[] => [{ op: 'set', path: ['measures', { id }, 'included'], value: v }]),
      fc.constant((): Patch[] =>
        live.doc.areas[0].items.some((i) => i.id === 'ny')
          ? [{ op: 'remove', path: ['areas', { id: areaId }, 'items', { id: 'ny' }] }]
          : [{ op: 'insert', path: ['areas', { id: areaId }, 'items', { id: 'ny' }], value: { id: 'ny', name: 'Ny', values: [1, 2, 3] } }],
      ),
      fc.integer({ min: 0, max: 1000 }).map((v) => (): Patch[] => cellPatches(live.doc, seriesSources(live)[0], [{ yearIndex: 0, value: v }])),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        for (const patches of edits) live.apply(patches());
        const fresh = new LiveScenario(live.doc, 0);
        expect(snapshot(live)).toEqual(snapshot(fresh));
        expect(live.allLines()).toEqual(fresh.allLines());
        for (const l of live.allLines()) expect(live.spec(l.key)).toBe(l);
      }),
      { numRuns: 25 },
    );
  });
});
