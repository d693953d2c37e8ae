// compareScenarios: 2–4 computed scenarios aligned by line key over the union of their calendar years.
// A line that one scenario lacks is absent there (blank), never zero; a year outside a scenario's horizon too.
// Row order: each scenario's lines sorted by view and display order, merged so that a line only some scenarios
// have sits right after the line it follows in the scenario that has it.
import type { DomainLineMeta, DisplayFormat, LineStyle } from '../domain/types';
import { blankYear, notApplicableReason } from '../domain/notApplicable';
import type { Engine, LineKey, LineSpec } from '../engine';
import { VIEWS } from '../model/customLine';
import { groupLabel } from './groups';
import { MAX_COMPARED, MIN_COMPARED, type CompareCells, type CompareResult, type CompareRow, type ComparedScenario } from './types';

/** Values closer than this (relative to their size, at least 1e-9 absolute) count as equal: floating-point noise
 *  of the same arithmetic in another order must not make a line "differ". */
const RELATIVE_EPSILON = 1e-9;

export function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

interface LineInfo {
  spec: LineSpec;
  meta: Partial<DomainLineMeta>;
}

function viewRank(view: string | undefined): number {
  const i = (VIEWS as readonly string[]).indexOf(view ?? '');
  return i < 0 ? VIEWS.length : i;
}

/** The scenario's lines in display order: by view, then the domain's order number, then the order given. */
function orderedLines(c: ComparedScenario): Map<LineKey, LineInfo> {
  const specs = c.lines ?? c.engine.keys().map((key) => c.engine.spec(key)!);
  const n = specs.length;
  const metas: Partial<DomainLineMeta>[] = new Array(n);
  const view = new Float64Array(n);
  const order = new Float64Array(n);
  const at: number[] = new Array(n);
  const ranks = new Map<string | undefined, number>();
  for (let i = 0; i < n; i++) {
    const meta = (specs[i].meta ?? {}) as Partial<DomainLineMeta>;
    metas[i] = meta;
    let rank = ranks.get(meta.view);
    if (rank === undefined) ranks.set(meta.view, (rank = viewRank(meta.view)));
    view[i] = rank;
    order[i] = meta.order ?? i;
    at[i] = i;
  }
  at.sort((a, b) => view[a] - view[b] || order[a] - order[b] || a - b);
  const out = new Map<LineKey, LineInfo>();
  for (let j = 0; j < n; j++) {
    const i = at[j];
    out.set(specs[i].key, { spec: specs[i], meta: metas[i] });
  }
  return out;
}

/** Merge the scenarios' key orders: the first scenario's order, each further key after its predecessor. */
export function mergeOrder(orders: readonly (readonly LineKey[])[]): LineKey[] {
  const placed = new Set(orders[0]);
  // Keys to place right after an anchor key ('' = at the very start), in the order met.
  const after = new Map<LineKey, LineKey[]>();
  for (const order of orders.slice(1)) {
    let anchor: LineKey = '';
    for (const key of order) {
      if (!placed.has(key)) {
        placed.add(key);
        const list = after.get(anchor);
        if (list) list.push(key);
        else after.set(anchor, [key]);
      }
      anchor = key;
    }
  }
  // Depth-first without recursion: a long run of new keys chains each to the one before.
  const out: LineKey[] = [];
  const stack: LineKey[] = [...orders[0]].reverse();
  stack.push(...(after.get('') ?? []).slice().reverse());
  while (stack.length > 0) {
    const key = stack.pop()!;
    out.push(key);
    const next = after.get(key);
    if (next) for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
  return out;
}

/** Rows of one view and group together, at the place where the group first appears in the view: measures are
 *  ordered as the document lists them, which may alternate between areas (P08, P05, P08 …). Stable otherwise. */
export function groupContiguous<T extends { view: string; group: string }>(rows: readonly T[]): T[] {
  const views = new Map<string, number>();
  const groups = new Map<string, number>();
  const viewOf = new Float64Array(rows.length);
  const groupOf = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    let v = views.get(r.view);
    if (v === undefined) views.set(r.view, (v = views.size));
    const g = `${r.view}|${r.group}`;
    let rank = groups.get(g);
    if (rank === undefined) groups.set(g, (rank = groups.size));
    viewOf[i] = v;
    groupOf[i] = rank;
  });
  const at: number[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) at[i] = i;
  at.sort((a, b) => viewOf[a] - viewOf[b] || groupOf[a] - groupOf[b] || a - b);
  return at.map((i) => rows[i]);
}

function cellsOf(engine: Engine, key: LineKey, spec: LineSpec | undefined, years: readonly number[], specOf: (key: LineKey) => LineSpec | undefined): CompareCells {
  const has = spec !== undefined;
  const values: (number | null)[] = [];
  const errors: CompareCells['errors'] = [];
  const canLack = !!(spec?.meta as Partial<DomainLineMeta> | undefined)?.notApplicable;
  const notApplicable: (string | null)[] = [];
  const valueOf = (k: LineKey, y: number) => engine.value(k, y);
  for (const year of years) {
    const y = year - engine.firstYear;
    const reason = has && y >= 0 && y < engine.years ? notApplicableReason(spec, y, valueOf) : undefined;
    notApplicable.push(reason ?? null);
    if (!has || y < 0 || y >= engine.years || reason) {
      values.push(null);
      errors.push(null);
      continue;
    }
    const v = engine.value(key, y);
    // Blank as in the workspace (a frame in a year without figures), not 0.
    if (blankYear(spec, y, v, specOf)) {
      values.push(null);
      errors.push(null);
      continue;
    }
    if (Number.isFinite(v)) {
      values.push(v);
      errors.push(null);
    } else {
      values.push(null);
      errors.push(engine.error(key, y) ?? null);
    }
  }
  return canLack ? { present: has, values, errors, notApplicable } : { present: has, values, errors };
}

/** What one row is made of: the line in each scenario (undefined where a scenario lacks it). */
interface RowSource {
  computed: readonly ComparedScenario[];
  key: LineKey;
  specs: (LineSpec | undefined)[];
  years: readonly number[];
  /** A relative change only reads right for amounts and counts, not for rates, flags, years or months. */
  relative: boolean;
  /** Per scenario: its line of a key (a blank year of a frame reads its inputs). */
  specOf: ((key: LineKey) => LineSpec | undefined)[];
}

interface RowCells {
  cells: CompareCells[];
  diff: (number | null)[][];
  diffShare: (number | null)[][];
  differs: boolean;
}

function buildCells(s: RowSource): RowCells {
  const cells = s.computed.map((c, i) => cellsOf(c.engine, s.key, s.specs[i], s.years, s.specOf[i]));
  const base = cells[0];
  let differs = false;
  const diff = cells.map((cell, i) =>
    cell.values.map((v, y) => {
      const b = base.values[y];
      if (i > 0 && !sameValue(v, b)) differs = true;
      return i === 0 || v === null || b === null ? null : v - b;
    }),
  );
  if (cells.some((c) => c.present !== base.present)) differs = true;
  const diffShare = diff.map((d) =>
    d.map((v, y) => {
      const b = base.values[y];
      return v === null || b === null || b === 0 || !s.relative ? null : v / Math.abs(b);
    }),
  );
  return { cells, diff, diffShare, differs };
}

/** Whether some scenario's value differs from the first's, as buildCells finds it, without building the cells: one
 *  read of each scenario's year vector. Only for lines without a not-applicable rule (those blank some years). */
function differsFast(s: RowSource): boolean {
  const { specs, computed, key } = s;
  const has0 = specs[0] !== undefined;
  for (let i = 1; i < specs.length; i++) if ((specs[i] !== undefined) !== has0) return true;
  if (!has0) return false;
  const first = computed[0].engine;
  const base = first.values(key);
  for (let i = 1; i < computed.length; i++) {
    const engine = computed[i].engine;
    const other = engine.values(key);
    if (engine.firstYear === first.firstYear && other.length === base.length && base.length === s.years.length) {
      // The same horizon as the union of years (the common case): year by year.
      for (let y = 0; y < base.length; y++) if (!sameCell(base[y], other[y])) return true;
      continue;
    }
    for (const year of s.years) {
      const a = year - first.firstYear;
      const b = year - engine.firstYear;
      const inA = a >= 0 && a < base.length;
      const inB = b >= 0 && b < other.length;
      if (!inA || !inB) {
        // Out of a horizon reads as blank, as does an error.
        if ((inA && Number.isFinite(base[a])) || (inB && Number.isFinite(other[b]))) return true;
        continue;
      }
      if (!sameCell(base[a], other[b])) return true;
    }
  }
  return false;
}

/** sameValue of two engine values, an error (not finite) read as blank. */
function sameCell(a: number, b: number): boolean {
  if (a === b) return true;
  const fa = Number.isFinite(a);
  const fb = Number.isFinite(b);
  if (!fa || !fb) return fa === fb;
  return Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A row whose cells, differences and shares are built when first read: the grid reads the rows it draws, an
 *  export every row, and 4 scenarios of 33 000 lines over 10 years are 1.3 million cells that nobody looks at
 *  whole. Whether it differs is known at once (the "only differences" filter and the count need every row). */
class AlignedRow implements CompareRow {
  readonly key: LineKey;
  readonly label: CompareRow['label'];
  readonly labelText: string;
  readonly view: string;
  readonly group: string;
  readonly groupLabel: CompareRow['groupLabel'];
  readonly style: LineStyle;
  readonly display: DisplayFormat;
  readonly unit: string;
  readonly differs: boolean;
  private source: RowSource | null;
  private built: RowCells | null = null;

  constructor(source: RowSource, info: LineInfo, groupLabel: CompareRow['groupLabel']) {
    this.key = source.key;
    this.label = info.meta.label ?? { code: 'compare.lineKey', params: { key: source.key } };
    this.labelText = info.spec.label ?? source.key;
    this.view = info.meta.view ?? '';
    this.group = info.meta.group ?? '';
    this.groupLabel = groupLabel;
    this.style = (info.meta.style ?? (info.spec.input ? 'input' : 'computed')) as LineStyle;
    this.display = (info.meta.display ?? 'amount') as DisplayFormat;
    this.unit = info.spec.unit ?? '';
    this.source = source;
    if (source.specs.some((spec) => (spec?.meta as Partial<DomainLineMeta> | undefined)?.notApplicable !== undefined)) this.differs = this.cellsNow().differs;
    else this.differs = differsFast(source);
  }

  get cells(): CompareCells[] {
    return this.cellsNow().cells;
  }

  get diff(): (number | null)[][] {
    return this.cellsNow().diff;
  }

  get diffShare(): (number | null)[][] {
    return this.cellsNow().diffShare;
  }

  private cellsNow(): RowCells {
    if (this.built === null) {
      this.built = buildCells(this.source!);
      this.source = null;
    }
    return this.built;
  }
}

/**
 * The years a comparison shows: those every compared scenario has (a 2025–28 model beside the 2023–27 plan is
 * compared over 2025–27, not from 2023 with two blank years of its own first), or all of them when the scenarios
 * share none.
 */
export function comparedYears(horizons: readonly { firstYear: number; years: number }[]): number[] {
  const span = (first: number, last: number) => Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  const common = span(Math.max(...horizons.map((h) => h.firstYear)), Math.min(...horizons.map((h) => h.firstYear + h.years - 1)));
  return common.length > 0 ? common : span(Math.min(...horizons.map((h) => h.firstYear)), Math.max(...horizons.map((h) => h.firstYear + h.years - 1)));
}

/**
 * Align 2–4 scenarios line by line. Throws a RangeError for fewer than 2 or more than 4 (the UI prevents it).
 * Differences are against the first scenario. A row's cells are read from the engines when first asked for, so
 * the engines must not change while the result is in use (an edit makes a new comparison).
 */
export function compareScenarios(computed: readonly ComparedScenario[]): CompareResult {
  if (computed.length < MIN_COMPARED || computed.length > MAX_COMPARED) {
    throw new RangeError(`compareScenarios takes ${MIN_COMPARED}–${MAX_COMPARED} scenarios, got ${computed.length}`);
  }
  const years = comparedYears(computed.map((c) => ({ firstYear: c.engine.firstYear, years: c.engine.years })));
  const lines = computed.map(orderedLines);
  const specOf = lines.map((m) => (k: LineKey) => m.get(k)?.spec);
  const keys = mergeOrder(lines.map((m) => [...m.keys()]));
  const docs = computed.map((c) => c.doc);
  const groupLabels = new Map<string, CompareRow['groupLabel']>();

  const rows: CompareRow[] = [];
  let differing = 0;
  for (const key of keys) {
    const specs: (LineSpec | undefined)[] = new Array(lines.length);
    let info: LineInfo | undefined;
    for (let i = 0; i < lines.length; i++) {
      const found = lines[i].get(key);
      specs[i] = found?.spec;
      info ??= found;
    }
    if (info === undefined) continue;
    const relative = info.meta.display === undefined || info.meta.display === 'amount' || info.meta.display === 'number';
    const group = info.meta.group ?? '';
    let label = groupLabels.get(group);
    if (label === undefined) groupLabels.set(group, (label = groupLabel(group, docs)));
    const row = new AlignedRow({ computed, key, specs, years, relative, specOf }, info, label);
    rows.push(row);
    if (row.differs) differing++;
  }
  return {
    scenarios: computed.map((c) => ({ id: c.id, name: c.name, firstYear: c.engine.firstYear, years: c.engine.years })),
    years,
    rows: groupContiguous(rows),
    differing,
  };
}
