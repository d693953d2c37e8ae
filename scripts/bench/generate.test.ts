import { describe, expect, it } from 'vitest';
import { buildLines, loadLines } from '../../shared/domain';
import { Engine } from '../../shared/engine';
import { parseScenario, scenarioSchema } from '../../shared/model';
import { generateScenario } from './generate';
import { Prng } from './prng';
import { areaLineSplit, BENCH_SEED, SIZES, type SizeSpec } from './sizes';

/** Small, with the edge cases of the generator: 2 years, an odd number of age groups, one user input and one
 *  formula per area. */
const TINY: SizeSpec = { name: 'M', areas: 3, linesPerArea: 6, measures: 40, ageGroups: 3, services: 4, years: 2, investmentsPerArea: 1 };

function validate(spec: SizeSpec, seed: number) {
  const doc = generateScenario(spec, seed);
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return doc;
}

/** Every line of the document builds and computes without an error (formulas compile, no unknown names, no
 *  cycles, no division by zero). */
function computesCleanly(doc: ReturnType<typeof generateScenario>) {
  const built = buildLines(doc);
  expect(built.problems).toEqual([]);
  const engine = new Engine({ firstYear: doc.firstYear, years: doc.years });
  loadLines(engine, built);
  const errors = built.lines.map((l) => [l.key, engine.lineError(l.key)]).filter(([, e]) => e !== undefined);
  expect(errors).toEqual([]);
  return { built, engine };
}

describe('the PRNG', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
  });

  it('stays within its ranges and reaches both ends of small integer ranges', () => {
    const r = new Prng(7);
    const floats = Array.from({ length: 2000 }, () => r.next());
    const ints = Array.from({ length: 2000 }, () => r.int(-2, 2));
    expect(floats.filter((x) => !(x >= 0 && x < 1))).toEqual([]);
    expect([...new Set(ints)].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
  });
});

describe('the scenario generator', () => {
  it('makes M valid under the schema, shaped as the issue says', () => {
    const spec = SIZES.M;
    const doc = validate(spec, BENCH_SEED);
    expect(doc.areas).toHaveLength(spec.areas);
    expect(doc.measures).toHaveLength(spec.measures);
    expect(doc.demography.ageGroups).toHaveLength(spec.ageGroups);
    expect(doc.demography.services).toHaveLength(spec.services);
    expect(doc.years).toBe(spec.years);
    // Per area: 4 frame rows + items + the user's own lines = linesPerArea.
    for (const area of doc.areas) {
      const own = doc.lines.filter((l) => l.section === area.code.toLowerCase());
      expect(4 + area.items.length + own.length).toBe(spec.linesPerArea);
      expect(own.some((l) => l.kind === 'input') && own.some((l) => l.kind === 'formula')).toBe(true);
    }
    // Every effect mode and status occurs.
    expect(new Set(doc.measures.map((m) => m.effect.mode))).toEqual(new Set(['phasein', 'fte', 'explicit']));
    expect(new Set(doc.measures.map((m) => m.status))).toEqual(new Set(['forslag', 'vedtatt', 'iverksatt', 'forkastet']));
  });

  it('makes L valid under the schema: about 70 000 line-years as the issue counts them', () => {
    const spec = SIZES.L;
    const doc = validate(spec, BENCH_SEED);
    const issueLines = spec.areas * spec.linesPerArea + doc.measures.length + spec.services * spec.ageGroups;
    expect(issueLines * spec.years).toBeGreaterThanOrEqual(60_000);
    expect(issueLines * spec.years).toBeLessThanOrEqual(80_000);
  });

  it('is deterministic for a seed, and another seed gives another document', () => {
    const a = generateScenario(SIZES.M, 123);
    expect(generateScenario(SIZES.M, 123)).toEqual(a);
    expect(JSON.stringify(generateScenario(SIZES.M, 124))).not.toBe(JSON.stringify(a));
  });

  it('makes documents whose every line computes without an error', () => {
    computesCleanly(validate(SIZES.M, BENCH_SEED));
    computesCleanly(validate(TINY, 5));
  });

  it('makes user formula lines that build on each other, the frame and the assumptions', () => {
    const doc = validate(SIZES.M, BENCH_SEED);
    const { engine } = computesCleanly(doc);
    const area = doc.areas[0].code.toLowerCase();
    // The price adjustment is an item of the frame: price growth reaches the frame and the result.
    const down = new Set<string>();
    const walk = (key: string) => {
      for (const d of engine.dependents(key)) {
        if (down.has(d)) continue;
        down.add(d);
        walk(d);
      }
    };
    walk('forutsetning.prisvekst');
    expect(down.has(`${area}.ramme`)).toBe(true);
    expect(down.has('resultat.netto_driftsresultat')).toBe(true);
    expect(down.has('fond.saldo')).toBe(true);
    // Some formula lines read other formula lines of the user's.
    const formulas = doc.lines.filter((l) => l.kind === 'formula');
    expect(formulas.some((l) => l.kind === 'formula' && /beregnet_\d+ \+/.test(l.formula))).toBe(true);
  });

  it('keeps generic cases valid: 2 years, 3 age groups, one user input per area', () => {
    const doc = validate(TINY, 5);
    expect(areaLineSplit(TINY.linesPerArea)).toEqual({ items: 0, userInputs: 1, userFormulas: 1 });
    expect(scenarioSchema.safeParse(doc).success).toBe(true);
    expect(doc.demography.ageGroups.at(-1)?.toAge).toBeUndefined();
  });
});
