// The same model as a spreadsheet, for HyperFormula: one sheet, a row per line, a column per plan year, every
// formula translated to A1 references by the xlsx export's translator (electron/files/excelFormula.ts): sumtag as
// SUM over the member cells (contiguous rows as ranges), prev as an earlier column, phasein and index written out.
// Rows are ordered by their tags, so the members of a tag sit together and SUM gets few ranges, as a spreadsheet
// author would lay them out. Only pure data here; HyperFormula itself is loaded by hfBench.ts.
import type { BuiltLines, DomainLine } from '../../shared/domain';
import { checkFormulaText } from '../../shared/engine/check';
import type { Expr } from '../../shared/engine/ir';
import { bindName } from '../../shared/engine/template';
import { columnName, toExcelFormula, type CellLocator } from '../../electron/files/excelFormula';

export type CellContent = number | string | null;

export interface Workbook {
  /** Rows of cells: a number, a formula text starting with "=", or null (blank). */
  sheet: CellContent[][];
  /** Row index (0-based) of each line key. */
  rowOf: Map<string, number>;
  /** Formula cells that could not be translated (their value is written instead); 0 for a sound model. */
  untranslated: number;
  formulaCells: number;
}

function tagOrder(lines: readonly DomainLine[]): DomainLine[] {
  const sig = (l: DomainLine) => (l.tags ?? []).join('|');
  return lines
    .map((l, i) => ({ l, i, s: sig(l) }))
    .sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : a.i - b.i))
    .map((x) => x.l);
}

/** The workbook of built lines. `valueOf(key, y)` supplies the value of a cell that cannot be translated. */
export function buildWorkbook(built: BuiltLines, firstYear: number, years: number, valueOf: (key: string, y: number) => number): Workbook {
  const lines = tagOrder(built.lines);
  const rowOf = new Map<string, number>();
  lines.forEach((l, i) => rowOf.set(l.key, i));
  const cols = Array.from({ length: years }, (_, y) => columnName(y + 1));

  // Tag members as sorted row runs.
  const members = new Map<string, number[]>();
  for (const l of lines) {
    for (const tag of l.tags ?? []) {
      let list = members.get(tag);
      if (!list) members.set(tag, (list = []));
      list.push(rowOf.get(l.key)!);
    }
  }
  const runs = new Map<string, [number, number][]>();
  for (const [tag, rows] of members) {
    rows.sort((a, b) => a - b);
    const out: [number, number][] = [];
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      out.push([rows[i], rows[j]]);
      i = j + 1;
    }
    runs.set(tag, out);
  }

  const parsed = new Map<string, Expr | null>();
  const exprOf = (text: string): Expr | null => {
    let e = parsed.get(text);
    if (e === undefined) {
      const checked = checkFormulaText(text);
      e = checked.ok ? checked.expr : null;
      parsed.set(text, e);
    }
    return e;
  };
  const templates = new Map(built.templates.map((t) => [t.id, t]));

  const locator = (params: readonly string[], args: Readonly<Record<string, string>>): CellLocator => ({
    firstYear,
    cell(name, y) {
      const key = params.length === 0 ? name : bindName(name, params, args);
      const row = key === undefined ? undefined : rowOf.get(key);
      return row === undefined || y < 0 || y >= years ? undefined : `${cols[y]}${row + 1}`;
    },
    tagSum: (tag, y) => {
      const ranges = (runs.get(tag) ?? []).map(([a, b]) => (a === b ? `${cols[y]}${a + 1}` : `${cols[y]}${a + 1}:${cols[y]}${b + 1}`));
      return ranges.length === 0 ? '0' : `SUM(${ranges.join(',')})`;
    },
    tagCount: (tag) => members.get(tag)?.length ?? 0,
  });
  const plain = locator([], {});

  let untranslated = 0;
  let formulaCells = 0;
  const sheet = lines.map((l) => {
    const row = new Array<CellContent>(years).fill(null);
    if (l.input) {
      for (let y = 0; y < years; y++) {
        const v = l.input[y];
        row[y] = Number.isFinite(v) ? v : null;
      }
      return row;
    }
    let expr: Expr | null = null;
    let loc = plain;
    if (l.template) {
      const t = templates.get(l.template.id);
      expr = t ? exprOf(t.formula) : null;
      if (t) loc = locator(t.params, l.template.args);
    } else if (l.formula !== undefined) expr = exprOf(l.formula);
    for (let y = 0; y < years; y++) {
      formulaCells++;
      const f = expr && toExcelFormula(expr, y, loc);
      if (f) row[y] = `=${f}`;
      else {
        untranslated++;
        row[y] = valueOf(l.key, y);
      }
    }
    return row;
  });
  return { sheet, rowOf, untranslated, formulaCells };
}
