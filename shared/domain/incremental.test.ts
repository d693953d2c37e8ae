import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model';
import type { Measure } from '../model/measure';
import { applyPatches } from '../patch/apply';
import type { Patch } from '../patch/types';
import { buildLines } from './buildLines';
import { rebuildMeasures } from './incremental';

const example = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/examples/drammen-hop-2024-27.handlingsrom'), 'utf8')).scenario as Scenario;

/** The example with more measures (every effect mode, with and without an FTE basis) and user lines of view tiltak
 *  placed after a measure's line and at the end of an area's group, which a measure's lines must not disturb. */
function scenario(): Scenario {
  const base = example.measures[0];
  const extra: Measure[] = [
    { ...base, id: 'x_fte', areaId: 'p05', kind: 'increase', effect: { mode: 'fte', fte: 2, costPerFte: 700, startYear: 2025, startMonth: 3 } },
    { ...base, id: 'x_explicit', areaId: 'p07', effect: { mode: 'explicit', fullYear: 20, perYear: [5, 20, null] }, fteBasis: { fte: 1, costPerFte: 20 } },
    { ...base, id: 'x_rejected', areaId: 'p08', status: 'forkastet' },
  ];
  return {
    ...example,
    measures: [...example.measures, ...extra],
    lines: [
      ...example.lines,
      { id: 'u1', kind: 'input', section: 'p05', name: 'etter_tiltak', label: 'Etter', unit: '1000 kr', view: 'tiltak', values: [1, 2], after: 'tiltak.x_fte.med' },
      { id: 'u2', kind: 'formula', section: 'p07', name: 'sist', label: 'Sist', unit: '1000 kr', view: 'tiltak', formula: 'p07.tiltak * 2' },
    ],
  };
}

const measureEdit = (doc: Scenario): fc.Arbitrary<Patch> => {
  const ids = doc.measures.map((m) => m.id);
  const at = (id: string, ...rest: (string | number)[]) => ['measures', { id }, ...rest];
  const id = fc.constantFrom(...ids);
  return fc.oneof(
    fc.tuple(id, fc.boolean()).map(([m, v]): Patch => ({ op: 'set', path: at(m, 'included'), value: v })),
    fc.tuple(id, fc.constantFrom('forslag', 'vedtatt', 'iverksatt', 'forkastet')).map(([m, v]): Patch => ({ op: 'set', path: at(m, 'status'), value: v })),
    fc.tuple(id, fc.constantFrom(0, 0.25, 1)).map(([m, v]): Patch => ({ op: 'set', path: at(m, 'probability'), value: v })),
    fc.tuple(id, fc.constantFrom('saving', 'increase')).map(([m, v]): Patch => ({ op: 'set', path: at(m, 'kind'), value: v })),
    fc.tuple(id, fc.constantFrom('Nytt navn', 'Annet')).map(([m, v]): Patch => ({ op: 'set', path: at(m, 'name'), value: v })),
    fc.tuple(id, fc.constantFrom('p05', 'p07', 'p08')).map(([m, v]): Patch => ({ op: 'set', path: at(m, 'areaId'), value: v })),
    fc.tuple(id, fc.constantFrom(
      { mode: 'phasein', fullYear: 900, startYear: 2026, startMonth: 9 },
      { mode: 'fte', fte: 3, costPerFte: 650, startYear: 2024, startMonth: 1 },
      { mode: 'explicit', fullYear: 100, perYear: [10, 100] },
    )).map(([m, v]): Patch => ({ op: 'set', path: at(m, 'effect'), value: v })),
  );
};

describe('rebuildMeasures', () => {
  it('gives exactly the lines buildLines gives, or null, for any edits inside measures', () => {
    const start = scenario();
    let fast = 0;
    fc.assert(
      fc.property(fc.array(measureEdit(start), { minLength: 1, maxLength: 4 }), (patches) => {
        const prev = { doc: start, lines: buildLines(start).lines };
        const { doc } = applyPatches(start, patches);
        const r = rebuildMeasures(prev, doc);
        if (r === null) return;
        fast++;
        expect(r.lines).toEqual(buildLines(doc).lines);
        // Lines of the measures not edited, and of every other section, are the objects they were.
        const edited = new Set(patches.map((p) => (p.path[1] as { id: string }).id));
        r.lines.forEach((l, i) => {
          if (l.meta.entity?.kind !== 'measure' || !edited.has(l.meta.entity.id)) expect(l).toBe(prev.lines[i]);
        });
        const changedKeys = new Set(r.changed.map((l) => l.key));
        for (const l of r.lines) expect(changedKeys.has(l.key)).toBe(l.meta.entity?.kind === 'measure' && edited.has(l.meta.entity.id));
      }),
      { numRuns: 150 },
    );
    expect(fast).toBeGreaterThan(50);
  });

  it('switching a measure, changing its status or probability takes the fast route', () => {
    const start = scenario();
    const prev = { doc: start, lines: buildLines(start).lines };
    for (const p of [
      { op: 'set', path: ['measures', { id: 'x_fte' }, 'included'], value: false },
      { op: 'set', path: ['measures', { id: 'x_explicit' }, 'status'], value: 'forkastet' },
      { op: 'set', path: ['measures', { id: 'x_rejected' }, 'probability'], value: 0.1 },
    ] satisfies Patch[]) {
      const { doc } = applyPatches(start, [p]);
      const r = rebuildMeasures(prev, doc);
      expect(r, JSON.stringify(p)).not.toBeNull();
      expect(r!.lines).toEqual(buildLines(doc).lines);
    }
  });

  it('leaves to a full build what changes keys, groups or anything outside measures', () => {
    const start = scenario();
    const prev = { doc: start, lines: buildLines(start).lines };
    const full: Patch[][] = [
      // keys change (phase-in → explicit effect)
      [{ op: 'set', path: ['measures', { id: example.measures[0].id }, 'effect'], value: { mode: 'explicit', fullYear: 1, perYear: [1] } }],
      // group changes (another area), which user lines at the end of a group could see
      [{ op: 'set', path: ['measures', { id: 'x_fte' }, 'areaId'], value: 'p08' }],
      // a measure added, removed or moved
      [{ op: 'insert', path: ['measures', { id: 'ny' }], value: { ...start.measures[0], id: 'ny' } }],
      [{ op: 'remove', path: ['measures', { id: 'x_fte' }] }],
      [{ op: 'move', path: ['measures', { id: 'x_fte' }], to: 0 }],
      // outside measures
      [{ op: 'set', path: ['plan', 'savingsRequirement', 0], value: 1 }],
      [{ op: 'set', path: ['name'], value: 'Annet navn' }],
    ];
    for (const patches of full) expect(rebuildMeasures(prev, applyPatches(start, patches).doc), JSON.stringify(patches)).toBeNull();
  });
});

describe('buildLines with a previous build', () => {
  const otherEdit = (doc: Scenario): fc.Arbitrary<Patch> =>
    fc.oneof(
      measureEdit(doc),
      fc.constant<Patch>({ op: 'insert', path: ['areas', { id: 'p05' }, 'items', { id: 'ny_post' }], value: { id: 'ny_post', name: 'Ny', values: [1, 2] } }),
      fc.constant<Patch>({ op: 'set', path: ['areas', { id: 'p07' }, 'code'], value: 'P77' }),
      fc.constant<Patch>({ op: 'set', path: ['plan', 'savingsRequirement', 1], value: 999 }),
      fc.constant<Patch>({ op: 'remove', path: ['measures', { id: 'x_fte' }] }),
      fc.constant<Patch>({ op: 'insert', path: ['measures', { id: 'ny' }], value: { ...example.measures[0], id: 'ny' }, to: 0 }),
      fc.constant<Patch>({ op: 'insert', path: ['measures', { id: 'ny2' }], value: { ...example.measures[0], id: 'ny2' } }),
      fc.constant<Patch>({
        op: 'insert',
        path: ['lines', { id: 'u3' }],
        value: { id: 'u3', kind: 'input', section: 'tiltak', name: 'x_fte', label: 'Kollisjon', unit: '', view: 'tiltak', values: [] },
      }),
    );

  it('gives exactly what a build without it gives, problems included', () => {
    // One measure whose FTE basis clashes with its FTE effect: its lines report duplicate keys, and are rebuilt.
    const start = scenario();
    start.measures.push({ ...example.measures[0], id: 'x_clash', effect: { mode: 'fte', fte: 1, costPerFte: 1, startYear: 2024, startMonth: 1 }, fteBasis: { fte: 2, costPerFte: 2 } });
    const first = buildLines(start);
    expect(first.problems.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.array(otherEdit(start), { minLength: 1, maxLength: 4 }), (patches) => {
        let doc = start;
        for (const p of patches) {
          try {
            doc = applyPatches(doc, [p]).doc;
          } catch {
            // a patch that does not fit the document as it now is (e.g. a second insert of the same id)
          }
        }
        const fresh = buildLines(doc);
        const reused = buildLines(doc, { previous: { doc: start, lines: first.lines } });
        expect(reused.lines).toEqual(fresh.lines);
        expect(reused.problems).toEqual(fresh.problems);
        expect(reused.templates).toEqual(fresh.templates);
        expect([...reused.index!]).toEqual([...fresh.index!]);
      }),
      { numRuns: 150 },
    );
  });

  it('takes over the lines of the measures an edit elsewhere left alone', () => {
    const start = scenario();
    const first = buildLines(start);
    const { doc } = applyPatches(start, [{ op: 'insert', path: ['areas', { id: 'p05' }, 'items', { id: 'ny_post' }], value: { id: 'ny_post', name: 'Ny', values: [1] } }]);
    const next = buildLines(doc, { previous: { doc: start, lines: first.lines } });
    const measureLines = next.lines.filter((l) => l.meta.entity?.kind === 'measure');
    expect(measureLines.length).toBeGreaterThan(20);
    for (const l of measureLines) expect(first.lines).toContain(l);
  });
});
