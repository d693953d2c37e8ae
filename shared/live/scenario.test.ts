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
