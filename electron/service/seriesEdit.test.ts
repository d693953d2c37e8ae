import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/model';
import { applyPatches, type Patch, type PathSeg } from '../../shared/patch';
import { readScenarioFile } from '../files/readScenarioFile';
import { defaultExamplesDir } from './examples';
import { onlySeriesCells } from './seriesEdit';
import { sampleScenario } from './testing';
import { validateScenario } from './validate';

/** Paths of every element of every array of numbers/nulls in a document, addressed as the UI would. */
function seriesCells(doc: unknown): PathSeg[][] {
  const out: PathSeg[][] = [];
  const walk = (node: unknown, p: PathSeg[]) => {
    if (Array.isArray(node)) {
      if (node.length > 0 && node.every((v) => v === null || typeof v === 'number')) {
        node.forEach((_, i) => out.push([...p, i]));
        return;
      }
      node.forEach((el, i) => {
        const id = typeof el === 'object' && el !== null && typeof (el as { id?: unknown }).id === 'string' ? (el as { id: string }).id : undefined;
        walk(el, [...p, id !== undefined ? { id } : i]);
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) walk(v, [...p, k]);
    }
  };
  walk(doc, []);
  return out;
}

const docs: Scenario[] = [sampleScenario()];
for (const f of fs.existsSync(defaultExamplesDir()) ? fs.readdirSync(defaultExamplesDir()) : []) {
  const r = readScenarioFile(fs.readFileSync(path.join(defaultExamplesDir(), f), 'utf8'));
  if (r.ok) docs.push(r.scenario);
}

describe('edits of year cells saved without the whole-document check', () => {
  it('are only ever edits that the whole-document check accepts too', () => {
    const value = fc.oneof(fc.constant(null), fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer({ min: -1e6, max: 1e6 }));
    fc.assert(
      fc.property(fc.nat(docs.length - 1), fc.array(fc.tuple(fc.nat(), value), { minLength: 1, maxLength: 20 }), (d, cells) => {
        const doc = docs[d];
        const all = seriesCells(doc);
        const patches: Patch[] = cells.map(([i, v]) => ({ op: 'set', path: all[i % all.length], value: v }));
        expect(onlySeriesCells(doc, patches)).toBe(true);
        const after = applyPatches(doc, patches).doc;
        expect(() => validateScenario(after, 'nb')).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it('leave everything else to the whole-document check', () => {
    const s = sampleScenario();
    const not: Patch[][] = [
      [{ op: 'set', path: ['measures', { id: 'vikarpool' }, 'probability'], value: 0.5 }],
      [{ op: 'set', path: ['measures', { id: 'vikarpool' }, 'effect', 'fullYear'], value: 1 }],
      [{ op: 'set', path: ['demography', 'services', { id: 'hjemmetjeneste' }, 'coverage', 'a80'], value: 0.3 }],
      [{ op: 'set', path: ['lines', { id: 'l_vikar' }, 'values'], value: [1, 2, 3, 4] }],
      [{ op: 'set', path: ['lines', { id: 'l_vikar' }, 'values', 1], value: 'x' }],
      [{ op: 'set', path: ['lines', { id: 'l_vikar' }, 'values', 1], value: 2e15 }],
      [{ op: 'set', path: ['lines', { id: 'l_vikar' }, 'values', 9], value: 1 }],
      [{ op: 'insert', path: ['lines', { id: 'l_vikar' }, 'values', 4], value: 1 }],
      [{ op: 'remove', path: ['lines', { id: 'l_vikar' }, 'values', 3] }],
      [{ op: 'set', path: ['lines', { id: 'l_andel' }, 'formula'], value: '1' }],
      [{ op: 'set', path: ['years'], value: 5 }],
      [{ op: 'set', path: ['lines', { id: 'nope' }, 'values', 0], value: 1 }],
      [{ op: 'set', path: ['lines', { id: 'l_vikar' }, 'values', 0], value: 1 }, { op: 'set', path: ['name'], value: 'x' }],
      [],
    ];
    for (const patches of not) expect(onlySeriesCells(s, patches), JSON.stringify(patches)).toBe(false);
    expect(onlySeriesCells(s, [{ op: 'set', path: ['plan', 'extraDividend', 2], value: null }])).toBe(true);
  });
});
