// The vector form of a shape (vector.ts, all years of a line at once) against its scalar form (compile.ts, one year
// at a time): for random formulas over every construct of the language, on random values with errors (NaN) among
// them, the same value and the same first error in every year of any range. And the run form (run.ts, a run of
// lines bound to one shape at once) against the vector form of each of its lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormulaText } from './check';
import { activate } from './activeStore';
import { compileShape, type Store } from './compile';
import { TagSums } from './tagSums';
import type { EngineError } from './types';
import { raisesNothing } from './vector';

const NAMES = ['a', 'b', 'p.c'];
const VALUES = [0, 1, -1, 2.5, -0.5, 0.03, 7, 13, 2024, 2026, 1e6, Number.NaN];

type Gen = fc.GeneratorValue;

/** A random formula text: every construct of the language, nested. */
function formula(g: Gen, depth: number): string {
  const leaf = (): string => {
    switch (g(fc.integer, { min: 0, max: 6 })) {
      case 0:
        return String(g(fc.constantFrom, 0, 1, 2, 0.5, 12, 2025));
      case 1:
        return 'year';
      case 2:
        return 'yearindex';
      case 3:
        return 'sumtag("t")';
      case 4:
        return 'counttag("t")';
      default:
        return g(fc.constantFrom, ...NAMES);
    }
  };
  if (depth <= 0) return leaf();
  const sub = () => formula(g, depth - 1);
  const name = () => g(fc.constantFrom, ...NAMES);
  switch (g(fc.integer, { min: 0, max: 17 })) {
    case 0:
      return leaf();
    case 1:
      return `(${sub()}) ${g(fc.constantFrom, '+', '-', '*', '/', '^')} (${sub()})`;
    case 2:
      return `-(${sub()})`;
    case 3:
      return `not (${sub()})`;
    case 4:
      return `(${sub()}) ${g(fc.constantFrom, '==', '!=', '<', '>', '<=', '>=')} (${sub()})`;
    case 5:
      return `(${sub()}) < (${sub()}) <= (${sub()})`;
    case 6:
      return `(${sub()}) ${g(fc.constantFrom, 'and', 'or', 'xor')} (${sub()})`;
    case 7:
      return `(${sub()}) ? (${sub()}) : (${sub()})`;
    case 8:
      return `${g(fc.constantFrom, 'sum', 'min', 'max')}(${Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, sub).join(', ')})`;
    case 9:
      return `${g(fc.constantFrom, 'abs', 'floor', 'ceil', 'round')}(${sub()})`;
    case 10:
      return `round(${sub()}, ${sub()})`;
    case 11:
      return g(fc.boolean) ? `safediv(${sub()}, ${sub()})` : `safediv(${sub()}, ${sub()}, ${sub()})`;
    case 12:
      return `phasein(${sub()}, ${sub()})`;
    case 13:
      return `index(${sub()})`;
    case 14:
      return `grow(${sub()}, ${sub()})`;
    case 15:
      return `prev(${name()}, ${g(fc.integer, { min: 1, max: 3 })})`;
    case 16:
      return `prev(${name()}, ${g(fc.integer, { min: 1, max: 3 })}, ${sub()})`;
    default:
      return `if(${sub()}, ${sub()}, ${sub()})`;
  }
}

describe('vector form', () => {
  it('gives the values and first errors of the scalar form in every year of any range', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const years = g(fc.integer, { min: 1, max: 6 });
        const text = formula(g, g(fc.integer, { min: 1, max: 4 }));
        const checked = checkFormulaText(text);
        if (!checked.ok) return; // e.g. a number too large for ^: not this test's subject
        // Lines: the three names and three tagged lines, each with random values (NaN: an error cell).
        const lines = 6;
        const data = new Float64Array(lines * years);
        for (let i = 0; i < data.length; i++) data[i] = g(fc.constantFrom, ...VALUES);
        const st: Store = { data, err: null, groups: [Int32Array.from([3, 4, 5].map((i) => i * years))], slots: new Int32Array(0), work: 0, verr: new Array<EngineError | null>(years).fill(null), vraised: false, voff: 0, roff: new Int32Array(0), rerr: false, sums: new TagSums(years) };
        const shape = compileShape(checked.expr, { firstYear: 2024, years });
        activate(st);
        // The line's slot table: each name → its line's base, each tag → group 0.
        const slots = [...shape.names.map((n) => NAMES.indexOf(n) * years), ...shape.tags.map(() => 0)];
        st.slots = Int32Array.from([0, ...slots]);
        const so = 1;

        const scalar = Array.from({ length: years }, (_, y) => {
          st.err = null;
          const v = shape.fn(y, so);
          return { v, e: st.err as EngineError | null };
        });
        st.err = null;
        // A formula said to raise nothing (vector.ts computes such a safediv's arguments in every year) raises nothing.
        if (raisesNothing(checked.expr)) expect(scalar.every((s) => s.e === null), `${text} raised an error`).toBe(true);
        const from = g(fc.integer, { min: 0, max: years - 1 });
        st.vraised = false;
        const out = shape.vec(so, from, years);
        const off = st.voff;
        // The engine writes a line whose vector raised no error without reading verr: the flag must tell any.
        if (st.verr.some((e) => e !== null)) expect(st.vraised, `${text}: an error raised, vraised not set`).toBe(true);
        for (let y = 0; y < years; y++) {
          if (y < from) {
            expect(st.verr[y], `${text}: year ${y} before the range`).toBeNull();
            continue;
          }
          const want = scalar[y];
          const got = out[off + y];
          expect(Object.is(got + 0, want.v + 0) || (Number.isNaN(got) && Number.isNaN(want.v)), `${text}, year ${y}: ${got} ≠ ${want.v}`).toBe(true);
          expect(st.verr[y], `${text}, year ${y}`).toEqual(want.e);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('tells the formulas that can raise an error: a division or a phasein anywhere in them', () => {
    const expr = (text: string) => {
      const c = checkFormulaText(text);
      if (!c.ok) throw new Error(text);
      return c.expr;
    };
    for (const t of ['a * b + sumtag("t")', 'safediv(a, b - 1, prev(a, 1, -b))', 'round(a ^ 2, 4) > 1 ? a : b']) expect(raisesNothing(expr(t)), t).toBe(true);
    for (const t of ['a / b', 'safediv(a, b, a / b)', 'index(prev(a, 1, 1 / b))', 'phasein(a, b) + 1']) expect(raisesNothing(expr(t)), t).toBe(false);
  });

  it('run form: each line of a run gets the values of its own vector form, and a run is flagged when any cell raised an error', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const years = g(fc.integer, { min: 1, max: 6 });
        const text = formula(g, g(fc.integer, { min: 1, max: 4 }));
        const checked = checkFormulaText(text);
        if (!checked.ok) return;
        // n lines bound to the shape, line k reading its own three lines (3k, 3k + 1, 3k + 2).
        const n = g(fc.integer, { min: 1, max: 6 });
        const data = new Float64Array((3 * n + 3) * years);
        for (let i = 0; i < data.length; i++) data[i] = g(fc.constantFrom, ...VALUES);
        const tagged = Int32Array.from([0, 1, 2].map((i) => (3 * n + i) * years));
        const st: Store = { data, err: null, groups: [tagged], slots: new Int32Array(0), work: 0, verr: new Array<EngineError | null>(years).fill(null), vraised: false, voff: 0, roff: new Int32Array(0), rerr: false, sums: new TagSums(years) };
        const shape = compileShape(checked.expr, { firstYear: 2024, years });
        activate(st);
        const hasTagOrIndex = /sumtag|counttag|index\(|grow\(/.test(text);
        expect(shape.runnable, text).toBe(!hasTagOrIndex);
        if (!shape.runnable) return;
        const width = shape.names.length;
        const slots = new Int32Array(1 + n * width);
        const sos = new Int32Array(n);
        for (let k = 0; k < n; k++) {
          sos[k] = 1 + k * width;
          shape.names.forEach((name, i) => (slots[sos[k] + i] = (3 * k + NAMES.indexOf(name)) * years));
        }
        st.slots = slots;
        const from = g(fc.integer, { min: 0, max: years - 1 });

        let raised = false;
        const want = Array.from({ length: n }, (_, k) => {
          const out = shape.vec(sos[k], from, years);
          const values = Array.from({ length: years }, (_, y) => out[st.voff + y]);
          for (let y = 0; y < years; y++) {
            if (st.verr[y] !== null) raised = true;
            st.verr[y] = null;
          }
          return values;
        });
        st.rerr = false;
        const out = shape.run(sos, n, from, years);
        const roff = st.roff;
        expect(st.rerr, text).toBe(raised);
        expect(st.verr.every((e) => e === null), `${text}: errors left behind`).toBe(true);
        if (raised) return;
        for (let k = 0; k < n; k++) {
          for (let y = from; y < years; y++) {
            const got = out[roff[k] + y];
            const v = want[k][y];
            expect(Object.is(got + 0, v + 0) || (Number.isNaN(got) && Number.isNaN(v)), `${text}, line ${k}, year ${y}: ${got} ≠ ${v}`).toBe(true);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
