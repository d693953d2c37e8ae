// The engine's formula tree, for one line and one year, as an Excel formula over A1 references, so the exported
// workbook recomputes our numbers in Excel or LibreOffice. Semantics follow shared/engine/compile.ts:
//  - a blank input reads as 0: every argument of MIN/MAX that is not a literal gets "+0" (MIN and MAX skip empty
//    cells, also when a reference reaches them through IF or a parenthesis; we do not);
//  - comparisons hold within the engine's tolerance (shared/engine/numeric.ts: relative 1e-12, absolute 1e-15),
//    written out as ABS(a-b)<=MAX(1e-12*MAX(ABS(a),ABS(b)),1e-15), because spreadsheets compare (almost) exactly;
//  - and/or/xor, comparisons and ?: give 1/0 and evaluate like the engine (IF with <>0, no short-circuit issue);
//  - prev(x, n, d) before the first year is d (default 0); index(r) = ∏ (1 + r(k)) for k = 1 … y, read from a
//    running product the locator keeps (one cell per year, so the text stays linear in the years);
//  - phasein refuses what the engine refuses (a month outside 1–12, a year or month that is not whole) with #N/A;
//  - year and yearindex are the numbers of the cell's year;
//  - sumtag is what the locator gives (SUM over the member cells, or over partial sums), counttag the member count.
// Excel's unary minus binds tighter than ^ (-2^2 = 4), so every operation is parenthesised. Literals are written as
// plain decimals with every digit of their shortest form, so 1e-25 stays 1e-25.
// Text longer than Excel's limit is abandoned as soon as it grows past it, so a deeply nested formula costs at most
// the limit's worth of work per cell.
import type { Expr } from '../../shared/engine/ir';

/** Where the cells of a line live, as seen from the sheet the formula is on. */
export interface CellLocator {
  firstYear: number;
  /** A1 reference (with its sheet when it is another one) of line `key` in year `y`; undefined if unknown. */
  cell(key: string, y: number): string | undefined;
  /** The sum of the members of `tag` in year `y` as a formula ('0' when it has none). */
  tagSum(tag: string, y: number): string;
  tagCount(tag: string): number;
  /** index(rate) in year `y` ≥ 1 as a reference to a running product; without it the product is written out. */
  growthIndex?(rate: Expr, y: number): string | undefined;
}

/** Excel refuses longer formulas. */
export const MAX_EXCEL_FORMULA = 8000;

class Untranslatable extends Error {}

/** The shortest decimal form of a finite number without an exponent: 1e-25 → 0.0000000000000000000000001. */
export function plainDecimal(v: number): string {
  if (!Number.isFinite(v)) throw new Untranslatable(String(v));
  const s = String(Math.abs(v));
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  let out = s;
  if (m) {
    const digits = m[1] + (m[2] ?? '');
    const point = m[1].length + Number(m[3]);
    if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
    else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
    else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  return v < 0 ? `-${out}` : out;
}

function num(v: number): string {
  const s = plainDecimal(v);
  return v < 0 ? `(${s})` : s;
}

function truth(s: string): string {
  return `((${s})<>0)`;
}

const REL_TOL = num(1e-12);
const ABS_TOL = num(1e-15);

/** One comparison with the engine's tolerance (shared/engine/numeric.ts nearlyEqual). */
function comparison(op: string, a: string, b: string): string {
  const tol = `MAX(${REL_TOL}*MAX(ABS(${a}),ABS(${b})),${ABS_TOL})`;
  switch (op) {
    case '==':
      return `ABS((${a})-(${b}))<=${tol}`;
    case '!=':
      return `ABS((${a})-(${b}))>${tol}`;
    case '<':
      return `((${b})-(${a}))>${tol}`;
    case '>':
      return `((${a})-(${b}))>${tol}`;
    case '<=':
      return `((${a})-(${b}))<=${tol}`;
    default:
      return `((${b})-(${a}))<=${tol}`;
  }
}

function gen(e: Expr, y: number, loc: CellLocator): string {
  const s = genNode(e, y, loc);
  if (s.length > MAX_EXCEL_FORMULA) throw new Untranslatable('too long');
  return s;
}

function genNode(e: Expr, y: number, loc: CellLocator): string {
  const g = (x: Expr, yy = y) => gen(x, yy, loc);
  switch (e.k) {
    case 'num':
      return num(e.v);
    case 'ref': {
      const c = loc.cell(e.name, y);
      if (c === undefined) throw new Untranslatable(e.name);
      return c;
    }
    case 'year':
      return String(loc.firstYear + y);
    case 'yearindex':
      return String(y);
    case 'neg':
      return `(-(${g(e.a)}))`;
    case 'not':
      return `IF(${truth(g(e.a))},0,1)`;
    case 'arith':
      return `(${g(e.a)}${e.op}${g(e.b)})`;
    case 'logic': {
      const a = truth(g(e.a));
      const b = truth(g(e.b));
      if (e.op === 'and') return `IF(${a},IF(${b},1,0),0)`;
      if (e.op === 'or') return `IF(${a},1,IF(${b},1,0))`;
      return `IF(${a}<>${b},1,0)`;
    }
    case 'compare': {
      const args = e.args.map((x) => g(x));
      const pairs = e.ops.map((op, i) => comparison(op, args[i], args[i + 1]));
      return pairs.length === 1 ? `IF(${pairs[0]},1,0)` : `IF(AND(${pairs.join(',')}),1,0)`;
    }
    case 'cond':
      return `IF(${truth(g(e.c))},${g(e.a)},${g(e.b)})`;
    case 'prev': {
      if (y >= e.n) {
        const c = loc.cell(e.name, y - e.n);
        if (c === undefined) throw new Untranslatable(e.name);
        return c;
      }
      return e.def === null ? '0' : g(e.def);
    }
    case 'tag':
      return e.fn === 'counttag' ? String(loc.tagCount(e.tag)) : loc.tagSum(e.tag, y);
    case 'call':
      return call(e.fn, e.args, y, loc);
  }
}

function call(fn: string, args: Expr[], y: number, loc: CellLocator): string {
  const g = (x: Expr, yy = y) => gen(x, yy, loc);
  switch (fn) {
    case 'sum':
      return `(${args.map((a) => g(a)).join('+')})`;
    case 'min':
    case 'max':
      // MIN/MAX skip an empty cell however it reaches them (a reference, IF, a parenthesis); +0 makes it the 0
      // the engine reads.
      return `${fn.toUpperCase()}(${args.map((a) => (a.k === 'num' ? g(a) : `${g(a)}+0`)).join(',')})`;
    case 'abs':
      return `ABS(${g(args[0])})`;
    // FLOOR(x,1) rounds toward −∞ in Excel 2010+, LibreOffice and HyperFormula alike (HyperFormula's INT
    // truncates); ceil is its mirror image, so only one function's semantics are relied on.
    case 'floor':
      return `FLOOR(${g(args[0])},1)`;
    case 'ceil':
      return `(-FLOOR(-(${g(args[0])}),1))`;
    case 'round':
      return `ROUND(${g(args[0])},${args.length > 1 ? g(args[1]) : '0'})`;
    case 'safediv': {
      const d = g(args[1]);
      return `IF((${d})=0,${args.length > 2 ? g(args[2]) : '0'},(${g(args[0])})/(${d}))`;
    }
    case 'phasein': {
      const sy = g(args[0]);
      const m = g(args[1]);
      const year = String(loc.firstYear + y);
      const whole = (x: string) => `(${x})<>FLOOR(${x},1)`;
      return `IF(OR((${m})<1,(${m})>12,${whole(m)},${whole(sy)}),NA(),IF(${year}<(${sy}),0,IF(${year}=(${sy}),(13-(${m}))/12,1)))`;
    }
    case 'index':
      return growthIndex(args[0], y, loc);
    case 'grow':
      return `((${g(args[0])})*${growthIndex(args[1], y, loc)})`;
    default:
      throw new Untranslatable(fn);
  }
}

function growthIndex(rate: Expr, y: number, loc: CellLocator): string {
  if (y === 0) return '1';
  const ref = loc.growthIndex?.(rate, y);
  if (ref !== undefined) return ref;
  const factors: string[] = [];
  for (let k = 1; k <= y; k++) factors.push(`(1+(${gen(rate, k, loc)}))`);
  return `(${factors.join('*')})`;
}

/** The factor of year `y` ≥ 1 in the running product of index(rate): the product of year y − 1 times this. */
export function growthFactor(rate: Expr, y: number, loc: CellLocator): string | null {
  return toExcelFormula({ k: 'arith', op: '+', a: { k: 'num', v: 1 }, b: rate }, y, loc);
}

/** The Excel formula (without "=") of a line in year index `y`, or null when it cannot be expressed. */
export function toExcelFormula(expr: Expr, y: number, loc: CellLocator): string | null {
  try {
    return gen(expr, y, loc);
  } catch (e) {
    if (e instanceof Untranslatable) return null;
    throw e;
  }
}

/** A template's formula with its parameters bound to one line's arguments (names as bindName gives them), or
 *  null when a name does not bind. */
export function bindExpr(e: Expr, bind: (name: string) => string | undefined): Expr | null {
  try {
    return bindIn(e, bind);
  } catch (err) {
    if (err instanceof Untranslatable) return null;
    throw err;
  }
}

function bindIn(e: Expr, bind: (name: string) => string | undefined): Expr {
  const b = (x: Expr) => bindIn(x, bind);
  const name = (n: string) => {
    const bound = bind(n);
    if (bound === undefined) throw new Untranslatable(n);
    return bound;
  };
  switch (e.k) {
    case 'ref':
      return { k: 'ref', name: name(e.name) };
    case 'prev':
      return { ...e, name: name(e.name), def: e.def === null ? null : b(e.def) };
    case 'neg':
    case 'not':
      return { ...e, a: b(e.a) };
    case 'arith':
    case 'logic':
      return { ...e, a: b(e.a), b: b(e.b) };
    case 'compare':
    case 'call':
      return { ...e, args: e.args.map(b) } as Expr;
    case 'cond':
      return { ...e, c: b(e.c), a: b(e.a), b: b(e.b) };
    default:
      return e;
  }
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A sheet name as it must be written in a reference: always quoted, inner quotes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
