// The engine's formula tree, for one line and one year, as an Excel formula over A1 references, so the exported
// workbook recomputes our numbers in Excel or LibreOffice. Semantics follow shared/engine/compile.ts:
//  - a blank input reads as 0: references inside MIN/MAX get "+0" (MIN and MAX skip empty cells, we do not);
//  - and/or/xor, comparisons and ?: give 1/0 and evaluate like the engine (IF with <>0, no short-circuit issue);
//  - prev(x, n, d) before the first year is d (default 0); index(r) = ∏ (1 + r(k)) for k = 1 … y;
//  - year and yearindex are the numbers of the cell's year;
//  - sumtag is SUM over the member cells as ranges, counttag the member count.
// Excel's unary minus binds tighter than ^ (-2^2 = 4), so every operation is parenthesised.
import type { Expr } from '../../shared/engine/ir';

/** Where the cells of a line live, as seen from the sheet the formula is on. */
export interface CellLocator {
  firstYear: number;
  /** A1 reference (with its sheet when it is another one) of line `key` in year `y`; undefined if unknown. */
  cell(key: string, y: number): string | undefined;
  /** Reference ranges covering exactly the members of `tag` in year `y`. */
  tagRanges(tag: string, y: number): string[];
  tagCount(tag: string): number;
}

/** Excel refuses longer formulas. */
export const MAX_EXCEL_FORMULA = 8000;

class Untranslatable extends Error {}

const PLAIN = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/** A literal in plain decimal form: not every spreadsheet reads exponents (1e-7) in a formula. */
function num(v: number): string {
  if (!Number.isFinite(v)) throw new Untranslatable(String(v));
  let s = String(v);
  if (/e/i.test(s)) s = PLAIN.format(v);
  return v < 0 ? `(${s})` : s;
}

function truth(s: string): string {
  return `((${s})<>0)`;
}

const CMP: Record<string, string> = { '==': '=', '!=': '<>', '<': '<', '>': '>', '<=': '<=', '>=': '>=' };

function gen(e: Expr, y: number, loc: CellLocator): string {
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
      const pairs = e.ops.map((op, i) => `(${args[i]})${CMP[op]}(${args[i + 1]})`);
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
    case 'tag': {
      if (e.fn === 'counttag') return String(loc.tagCount(e.tag));
      const ranges = loc.tagRanges(e.tag, y);
      return ranges.length === 0 ? '0' : `SUM(${ranges.join(',')})`;
    }
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
      // A bare reference to an empty cell is skipped by MIN/MAX; +0 makes it the 0 the engine reads.
      return `${fn.toUpperCase()}(${args.map((a) => (a.k === 'ref' || a.k === 'prev' ? `${g(a)}+0` : g(a))).join(',')})`;
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
      const year = String(loc.firstYear + y);
      return `IF(${year}<(${sy}),0,IF(${year}=(${sy}),(13-(${g(args[1])}))/12,1))`;
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
  const factors: string[] = [];
  for (let k = 1; k <= y; k++) factors.push(`(1+(${gen(rate, k, loc)}))`);
  return `(${factors.join('*')})`;
}

/** The Excel formula (without "=") of a line in year index `y`, or null when it cannot be expressed. */
export function toExcelFormula(expr: Expr, y: number, loc: CellLocator): string | null {
  try {
    const f = gen(expr, y, loc);
    return f.length <= MAX_EXCEL_FORMULA ? f : null;
  } catch (e) {
    if (e instanceof Untranslatable) return null;
    throw e;
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
