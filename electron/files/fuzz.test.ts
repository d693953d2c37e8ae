// Fuzzing the three ways untrusted text enters the app — a scenario file, a formula, a pasted block — with a
// bounded number of cases in the normal test run: none throws, each rejection carries a message in both
// languages, and no single input takes more than a second (a guard against runaway parsing, not a speed goal).
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../shared/engine';
import { parseNumberBlock } from '../../shared/format';
import { messageKeys } from '../../shared/i18n';
import { readScenarioFile } from './readScenarioFile';

const HANG_GUARD_MS = 1000;
const known = new Set(messageKeys('nb'));
const example = fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/examples/drammen-hop-2024-27.handlingsrom'), 'utf8');

function timed<T>(fn: () => T): T {
  const start = performance.now();
  const out = fn();
  expect(performance.now() - start).toBeLessThan(HANG_GUARD_MS);
  return out;
}

/** The example file with one stretch of its text replaced: mostly still JSON, often no longer a valid scenario. */
const mutatedExample = fc
  .tuple(fc.nat(example.length - 1), fc.nat(40), fc.oneof(fc.string(), fc.constantFrom('NaN', '1e308', '"__proto__"', '{', ']', 'null', '"import(1)"', '-1', '99999')))
  .map(([at, len, insert]) => example.slice(0, at) + insert + example.slice(at + len));

describe('fuzzing untrusted input', () => {
  it('the scenario file reader never throws and always says why it refuses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mutatedExample), (text) => {
        const res = timed(() => readScenarioFile(text));
        if (!res.ok) expect(known.has(res.error.code), res.error.code).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a formula never throws, and an error always has a known code', () => {
    const engine = new Engine({ firstYear: 2024, years: 4 });
    engine.load([{ key: 'a.b', input: [1, 2, 3, 4] }, { key: 'c', formula: 'a.b * 2' }]);
    const formulaish = fc.stringMatching(/^[a-z0-9_.+\-*/^()?:,<>=!"% [\]{}]{0,60}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), formulaish), (formula) => {
        const err = timed(() => engine.checkFormula(formula, 'c'));
        if (err) expect(known.has(err.code), err.code).toBe(true);
        timed(() => engine.setFormula('c', formula));
        expect(engine.keys()).toContain('c');
      }),
      { numRuns: 300 },
    );
  });

  it('a pasted block never throws: all numbers, or every bad cell named', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.double({ noNaN: true }).map(String), fc.constantFrom('391.824', '- 1.100', '(735)', '0,6 %', '12,0 mill.', '−735', ''));
    const block = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }).map((rows) => rows.map((r) => r.join('\t')).join('\r\n'));
    fc.assert(
      fc.property(fc.oneof(block, fc.string()), (text) => {
        const res = timed(() => parseNumberBlock(text));
        if (!res.ok) for (const e of res.errors) expect(known.has(e.code), e.code).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
