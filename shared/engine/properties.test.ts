// Property tests: random models against a reference evaluator written here, random edit sequences against a
// fresh load, and arbitrary text against the formula checker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageKeys } from '../i18n';
import { Engine } from './engine';
import type { EngineError, LineSpec } from './types';

// ------------------------------------------------------------------ a tiny formula language of its own

type RExpr =
  | { k: 'const'; v: number }
  | { k: 'ref'; j: number }
  | { k: 'prev'; j: number; n: number; def: number | null }
  | { k: 'bin'; op: '+' | '-' | '*' | '/'; a: RExpr; b: RExpr }
  | { k: 'fn'; fn: 'min' | 'max' | 'sum'; args: RExpr[] }
  | { k: 'index'; a: RExpr };

/** Some keys are qualified, to exercise dotted references. */
const keyOf = (j: number): string => (j % 3 === 1 ? `p0${j % 7}.l${j}` : `l${j}`);

function text(e: RExpr, name: (j: number) => string = keyOf): string {
  const sub = (x: RExpr) => text(x, name);
  switch (e.k) {
    case 'const':
      return e.v < 0 ? `(${e.v})` : String(e.v);
    case 'ref':
      return name(e.j);
    case 'prev':
      return e.def === null && e.n === 1
        ? `prev(${name(e.j)})`
        : `prev(${name(e.j)}, ${e.n}${e.def === null ? '' : `, ${e.def < 0 ? `(${e.def})` : e.def}`})`;
    case 'bin':
      return `(${sub(e.a)}) ${e.op} (${sub(e.b)})`;
    case 'fn':
      return `${e.fn}(${e.args.map(sub).join(', ')})`;
    case 'index':
      return `index(${sub(e.a)})`;
  }
}

/** The expression with every line index j replaced by at(j). */
function relink(e: RExpr, at: (j: number) => number): RExpr {
  switch (e.k) {
    case 'const':
      return e;
    case 'ref':
    case 'prev':
      return { ...e, j: at(e.j) };
    case 'bin':
      return { ...e, a: relink(e.a, at), b: relink(e.b, at) };
    case 'fn':
      return { ...e, args: e.args.map((x) => relink(x, at)) };
    case 'index':
      return { ...e, a: relink(e.a, at) };
  }
}

type Gen = fc.GeneratorValue;

/** An expression for line i: same-year references only to lines j < sameYearLimit, prev to any line < n (the line
 *  itself and later ones too: lines that read their own or each other's earlier years are computed year by year,
 *  the others all years at once). */
function genExpr(g: Gen, sameYearLimit: number, n: number, depth: number, inIndex = false): RExpr {
  // index() inside index() is refused past two levels (check.ts): one level here.
  const choice = g(fc.integer, { min: 0, max: depth <= 0 ? 2 : inIndex ? 6 : 7 });
  if (choice === 1 && sameYearLimit > 0) return { k: 'ref', j: g(fc.integer, { min: 0, max: sameYearLimit - 1 }) };
  if (choice === 2) {
    return {
      k: 'prev',
      j: g(fc.integer, { min: 0, max: n - 1 }),
      n: g(fc.integer, { min: 1, max: 2 }),
      def: g(fc.option, fc.integer({ min: -9, max: 9 }), { nil: null }),
    };
  }
  if (choice >= 3 && choice <= 5) {
    const op = g(fc.constantFrom, '+', '-', '*', '/') as '+' | '-' | '*' | '/';
    return { k: 'bin', op, a: genExpr(g, sameYearLimit, n, depth - 1, inIndex), b: genExpr(g, sameYearLimit, n, depth - 1, inIndex) };
  }
  if (choice === 6) {
    const fn = g(fc.constantFrom, 'min', 'max', 'sum') as 'min' | 'max' | 'sum';
    const count = g(fc.integer, { min: 1, max: 3 });
    return { k: 'fn', fn, args: Array.from({ length: count }, () => genExpr(g, sameYearLimit, n, depth - 1, inIndex)) };
  }
  if (choice === 7) return { k: 'index', a: genExpr(g, sameYearLimit, n, depth - 1, true) };
  return { k: 'const', v: g(fc.integer, { min: -5, max: 5 }) };
}

function genInput(g: Gen, years: number): number[] {
  return Array.from({ length: years }, () => (g(fc.boolean) && g(fc.boolean) ? NaN : g(fc.integer, { min: -1000, max: 1000 })));
}

interface RLine {
  input: number[] | null;
  expr: RExpr | null;
}

/** The reference: lines in index order (same-year references only point backwards), years outermost. */
function referenceValues(lines: RLine[], years: number): number[][] {
  const vals = lines.map(() => new Array<number>(years).fill(NaN));
  const ev = (e: RExpr, y: number): number => {
    switch (e.k) {
      case 'const':
        return e.v;
      case 'ref':
        return vals[e.j][y];
      case 'prev':
        return y - e.n >= 0 ? vals[e.j][y - e.n] : (e.def ?? 0);
      case 'bin': {
        const a = ev(e.a, y);
        const b = ev(e.b, y);
        if (e.op === '+') return a + b;
        if (e.op === '-') return a - b;
        if (e.op === '*') return a * b;
        return b === 0 ? NaN : a / b;
      }
      case 'fn': {
        const args = e.args.map((x) => ev(x, y));
        if (e.fn === 'min') return Math.min(...args);
        if (e.fn === 'max') return Math.max(...args);
        return args.length === 1 ? args[0] : args.length === 2 ? args[0] + args[1] : args.reduce((s, v) => s + v, 0);
      }
      case 'index': {
        let p = 1;
        for (let k = 1; k <= y; k++) p *= 1 + ev(e.a, k);
        return p;
      }
    }
  };
  for (let y = 0; y < years; y++) {
    lines.forEach((l, i) => {
      if (l.input !== null) vals[i][y] = Number.isNaN(l.input[y]) ? 0 : l.input[y];
      else {
        const v = ev(l.expr!, y);
        vals[i][y] = Number.isFinite(v) ? v : NaN;
      }
    });
  }
  return vals;
}

const norm = (v: number): number => (v === 0 ? 0 : v);
const normError = (e: EngineError | undefined) =>
  e === undefined ? null : { ...e, code: e.code === 'engine.unknownNameSuggest' ? 'engine.unknownName' : e.code, params: { ...e.params, suggestion: '' } };

function snapshot(e: Engine) {
  return e.keys().map((k) => ({
    key: k,
    values: Array.from(e.values(k), norm),
    errors: Array.from({ length: e.years }, (_, y) => normError(e.error(k, y))),
  }));
}

// ------------------------------------------------------------------ properties

describe('properties', () => {
  it('random same-year DAGs give the reference values, whatever order the lines come in', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const n = g(fc.integer, { min: 1, max: 14 });
        const years = g(fc.integer, { min: 1, max: 6 });
        const lines: RLine[] = Array.from({ length: n }, (_, i) =>
          g(fc.integer, { min: 0, max: 9 }) < 4
            ? { input: genInput(g, years), expr: null }
            : { input: null, expr: genExpr(g, i, n, 3) },
        );
        const specs: LineSpec[] = lines.map((l, i) =>
          l.input !== null ? { key: keyOf(i), input: l.input } : { key: keyOf(i), formula: text(l.expr!) },
        );
        const shuffled = g(fc.shuffledSubarray, specs, { minLength: n, maxLength: n });
        const e = new Engine({ firstYear: 2024, years });
        e.load(shuffled);
        const expected = referenceValues(lines, years);
        lines.forEach((_, i) => {
          const got = Array.from(e.values(keyOf(i)), norm);
          expect(got, `${keyOf(i)} = ${specs[i].formula ?? 'input'}`).toEqual(expected[i].map(norm));
          for (let y = 0; y < years; y++) expect(e.error(keyOf(i), y) !== undefined).toBe(Number.isNaN(expected[i][y]));
        });
      }),
      { numRuns: 250 },
    );
  });

  it('lines of shared templates, computed as runs, give the reference values, before and after edits', () => {
    // Entity k has inputs e<k>.x0 … x2 (lines 5k … 5k + 2) and two template lines: r1 over its inputs (5k + 3), r2
    // over its inputs and r1 (5k + 4). The lines of each template at one level are computed as runs (run.ts); a
    // run with an error cell falls back to line by line. Hundreds of entities make runs longer than RUN_MAX.
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const years = g(fc.integer, { min: 1, max: 5 });
        const count = g(fc.integer, { min: 0, max: 14 }) === 0 ? g(fc.integer, { min: 257, max: 300 }) : g(fc.integer, { min: 1, max: 12 });
        const local = ['x0', 'x1', 'x2', 'r1'];
        const t1 = genExpr(g, 3, 3, 3);
        const t2 = genExpr(g, 4, 4, 3);
        const e = new Engine({ firstYear: 2024, years });
        e.defineTemplate('t1', text(t1, (j) => `m.${local[j]}`), ['m']);
        e.defineTemplate('t2', text(t2, (j) => `m.${local[j]}`), ['m']);
        const lines: RLine[] = [];
        const specs: LineSpec[] = [];
        const keys: string[] = [];
        for (let k = 0; k < count; k++) {
          const base = 5 * k;
          for (let j = 0; j < 3; j++) {
            const input = genInput(g, years);
            lines.push({ input, expr: null });
            keys.push(`e${k}.x${j}`);
            specs.push({ key: `e${k}.x${j}`, input });
          }
          lines.push({ input: null, expr: relink(t1, (j) => base + j) });
          lines.push({ input: null, expr: relink(t2, (j) => base + j) });
          keys.push(`e${k}.r1`, `e${k}.r2`);
          specs.push({ key: `e${k}.r1`, template: { id: 't1', args: { m: `e${k}` } } });
          specs.push({ key: `e${k}.r2`, template: { id: 't2', args: { m: `e${k}` } } });
        }
        const check = (when: string) => {
          const expected = referenceValues(lines, years);
          lines.forEach((_, i) => {
            const got = Array.from(e.values(keys[i]), norm);
            expect(got, `${when}: ${keys[i]} (t1 = ${text(t1)}, t2 = ${text(t2)})`).toEqual(expected[i].map(norm));
            for (let y = 0; y < years; y++) expect(e.error(keys[i], y) !== undefined, `${when}: ${keys[i]} error in year ${y}`).toBe(Number.isNaN(expected[i][y]));
          });
        };
        e.load(g(fc.shuffledSubarray, specs, { minLength: specs.length, maxLength: specs.length }));
        check('load');
        // A batch of input edits across entities: the dirty template lines are computed as runs again.
        const edits = g(fc.integer, { min: 1, max: 2 * count });
        e.batch(() => {
          for (let n = 0; n < edits; n++) {
            const k = g(fc.integer, { min: 0, max: count - 1 });
            const j = g(fc.integer, { min: 0, max: 2 });
            const y = g(fc.integer, { min: 0, max: years - 1 });
            const v = g(fc.constantFrom, 0, 1, -3, 0.5, 1000, NaN);
            lines[5 * k + j].input![y] = v;
            e.setInput(`e${k}.x${j}`, y, v);
          }
        });
        check('after edits');
      }),
      { numRuns: 80 },
    );
  });

  it('random edit sequences, recomputed incrementally, equal a fresh load of the result', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const pool = g(fc.integer, { min: 2, max: 12 });
        const years = g(fc.integer, { min: 1, max: 5 });
        const tags = ['t1', 't2'];
        const randomTags = () => tags.filter(() => g(fc.boolean));
        // Formulas in edits may reference any key (cycles, unknown names) and aggregate tags.
        const anyFormula = (): string => {
          const kind = g(fc.integer, { min: 0, max: 9 });
          if (kind === 0) return `sumtag("${g(fc.constantFrom, ...tags)}") + ${text(genExpr(g, pool, pool, 1))}`;
          if (kind === 1) return `counttag("t1") * ${text(genExpr(g, pool, pool, 1))}`;
          if (kind === 2) return `${text(genExpr(g, pool, pool, 1))} + nope`;
          if (kind === 3) return 'broken +';
          return text(genExpr(g, pool, pool, 2));
        };
        const anySpec = (j: number): LineSpec =>
          g(fc.boolean) ? { key: keyOf(j), input: genInput(g, years), tags: randomTags() } : { key: keyOf(j), formula: anyFormula(), tags: randomTags() };

        const initial: LineSpec[] = [];
        for (let j = 0; j < pool; j++) if (g(fc.boolean)) initial.push(anySpec(j));
        const e = new Engine({ firstYear: 2024, years });
        e.load(initial);

        const edits = g(fc.integer, { min: 1, max: 12 });
        const applyEdit = (): string[] => {
          const j = g(fc.integer, { min: 0, max: pool - 1 });
          const key = keyOf(j);
          const spec = e.spec(key);
          switch (g(fc.integer, { min: 0, max: 5 })) {
            case 0:
              if (spec?.input === undefined) return [];
              return e.setInput(key, g(fc.integer, { min: 0, max: years - 1 }), g(fc.integer, { min: -50, max: 50 }));
            case 1:
              return spec?.input !== undefined ? e.setInputs(key, genInput(g, g(fc.integer, { min: 0, max: years }))) : [];
            case 2:
              return spec !== undefined ? e.setFormula(key, anyFormula()) : [];
            case 3:
              return e.upsertLine(anySpec(j));
            case 4:
              return e.removeLine(key);
            default:
              return spec !== undefined ? e.upsertLine({ ...spec, tags: randomTags() }) : [];
          }
        };
        // The keys an edit returns are exactly the lines whose values or errors changed, plus the edited line.
        const cells = () => new Map(e.keys().map((k) => [k, JSON.stringify([Array.from(e.values(k)), Array.from({ length: years }, (_, y) => e.error(k, y) ?? null)])]));
        for (let i = 0; i < edits; i++) {
          const before = cells();
          const returned = g(fc.integer, { min: 0, max: 4 }) === 0 ? e.batch(() => [applyEdit(), applyEdit()]) : applyEdit();
          const after = cells();
          const differ = new Set([...before.keys(), ...after.keys()].filter((k) => before.get(k) !== after.get(k)));
          for (const k of differ) expect(returned, `${k} changed`).toContain(k);
          const extra = returned.filter((k) => !differ.has(k));
          expect(extra.length, `unchanged but returned: ${extra.join()}`).toBeLessThanOrEqual(2);
          expect(new Set(returned).size).toBe(returned.length);
        }

        const fresh = new Engine({ firstYear: 2024, years });
        fresh.load(e.keys().map((k) => e.spec(k)!));
        expect(snapshot(e)).toEqual(snapshot(fresh));
      }),
      { numRuns: 200 },
    );
  });

  it('sums of large tag groups kept across edits and focus equal a fresh load, and the members added up', () => {
    // Groups of up to 300 members: several blocks each (tagSums.ts), so an edit re-adds one block. Fractions make
    // the order of the additions matter; members that divide by an input can be errors.
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const years = g(fc.integer, { min: 1, max: 4 });
        const n = g(fc.integer, { min: 60, max: 200 });
        const frac = () => g(fc.integer, { min: -100_000, max: 100_000 }) / 7;
        const memberSpec = (i: number): LineSpec =>
          g(fc.integer, { min: 0, max: 5 }) === 0
            ? { key: `m${i}`, formula: `d / d * ${frac()}`, tags: ['all', i % 3 === 0 ? 'third' : 'rest'] }
            : { key: `m${i}`, input: Array.from({ length: years }, frac), tags: ['all', i % 3 === 0 ? 'third' : 'rest'] };
        const lines: LineSpec[] = [{ key: 'd', input: Array<number>(years).fill(1) }];
        for (let i = 0; i < n; i++) lines.push(memberSpec(i));
        lines.push({ key: 'total', formula: 'sumtag("all")' });
        lines.push({ key: 'parts', formula: 'sumtag("third") + sumtag("rest")' });
        lines.push({ key: 'run', formula: 'prev(run) + sumtag("third")' }); // year by year: added up afresh
        const e = new Engine({ firstYear: 2024, years });
        e.load(lines);
        const edits = g(fc.integer, { min: 1, max: 25 });
        for (let k = 0; k < edits; k++) {
          const i = g(fc.integer, { min: 0, max: n - 1 });
          const op = g(fc.integer, { min: 0, max: 6 });
          const y = g(fc.integer, { min: 0, max: years - 1 });
          if (op === 0) e.setInput('d', y, g(fc.boolean) ? 0 : 1);
          else if (op === 1) e.upsertLine(memberSpec(i));
          else if (op === 2) e.removeLine(`m${i}`);
          else if (op === 3) e.focus(['total'], () => e.spec(`m${i}`)?.input && e.setInput(`m${i}`, y, frac()));
          else if (op === 4) e.batch(() => e.spec(`m${i}`)?.input && e.setInput(`m${i}`, y, frac()));
          else if (e.spec(`m${i}`)?.input) e.setInput(`m${i}`, y, frac());
        }
        const fresh = new Engine({ firstYear: 2024, years });
        fresh.load(e.keys().map((k) => e.spec(k)!));
        expect(snapshot(e)).toEqual(snapshot(fresh));
        const members = e.keys().filter((k) => /^m\d+$/.test(k));
        for (let y = 0; y < years; y++) {
          const plain = members.reduce((s, k) => s + e.value(k, y), 0);
          if (Number.isNaN(plain)) expect(e.error('total', y)?.code).toBe('engine.dependsOnError');
          else expect(e.value('total', y)).toBeCloseTo(plain, 6);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('arbitrary text never throws from checkFormula or setFormula and errors with a known code', () => {
    const known = new Set(messageKeys('nb'));
    const tokens = ['a', 'p05.ramme', 'x.y.z', '(', ')', '[', ']', '{', '}', '+', '-', '*', '/', '^', '%', '!', '=', '==',
      '<', '>', '?', ':', ',', ';', '.', '"', "'", '\n', ' ', '1', '0.5', '1e999', 'sum', 'prev', 'sumtag', 'if', 'import',
      'createUnit', 'evaluate', 'year', 'and', 'not', 'mod', 'to', 'in', 'end', '#', '$', '@', '\\', '&', '|', '~', 'ø', '∑'];
    const formulaish = fc.array(fc.constantFrom(...tokens), { maxLength: 25 }).map((t) => t.join(''));
    const e = new Engine({ firstYear: 2024, years: 2 });
    e.load([
      { key: 'a', input: [1, 2] },
      { key: 'p05.ramme', input: [3, 4] },
      { key: 'target', formula: '0' },
    ]);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), formulaish, fc.string({ unit: 'binary', maxLength: 20 })), (s) => {
        const checked = e.checkFormula(s, 'target');
        if (checked !== null) expect(known.has(checked.code), `${JSON.stringify(s)} → ${checked.code}`).toBe(true);
        e.setFormula('target', s);
        for (let y = 0; y < 2; y++) {
          const err = e.error('target', y);
          if (err !== undefined) expect(known.has(err.code), `${JSON.stringify(s)} → ${err.code}`).toBe(true);
          else expect(Number.isFinite(e.value('target', y))).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
