// compareScenarios: 2–4 computed scenarios aligned by line key over the union of their calendar years.
// A line that one scenario lacks is absent there (blank), never zero; a year outside a scenario's horizon too.
// Row order: each scenario's lines sorted by view and display order, merged so that a line only some scenarios
// have sits right after the line it follows in the scenario that has it.
import type { DomainLine, DomainLineMeta, DisplayFormat, LineStyle } from '../domain/types';
import { blankYear, notApplicableReason } from '../domain/notApplicable';
import type { Engine, LineKey, LineSpec } from '../engine';
import { groupLabel } from './groups';
import { findNear, LineTable, lineTable, sameKeys, type DisplayOrder } from './lineTable';
import { MAX_COMPARED, MIN_COMPARED, type CompareCells, type CompareResult, type CompareRow, type ComparedScenario } from './types';

/** Values closer than this (relative to their size, at least 1e-9 absolute) count as equal: floating-point noise
 *  of the same arithmetic in another order must not make a line "differ". */
const RELATIVE_EPSILON = 1e-9;

export function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The rows of the comparison (the merged key order) and, per scenario, each row's position in its lines (-1 where
 *  it lacks the line). Scenarios with the first one's keys in the same order (the usual case) are aligned by
 *  position; one that lacks some of the first one's lines but has none of its own by a walk that looks a key up
 *  only where the two part; the key orders are merged only when some scenario has lines the first lacks. */
function alignRows(tables: readonly LineTable<LineSpec>[]): { keys: readonly LineKey[]; slots: Int32Array[] } {
  const orders = tables.map((t, i) => t.displayOrder(tables.slice(0, i)));
  const first = orders[0];
  const same = orders.map((o) => o === first || sameKeys(o.keys, first.keys));
  if (same.every(Boolean)) return { keys: first.keys, slots: orders.map((o) => o.sorted) };
  // Each line of the first scenario's row (its place in the display order).
  const rowOfLine = new Int32Array(first.sorted.length);
  for (let r = 0; r < first.sorted.length; r++) rowOfLine[first.sorted[r]] = r;
  const subsets = orders.map((o, i) => (same[i] ? null : rowsAmong(o, tables[0], first, rowOfLine)));
  if (subsets.every((s, i) => same[i] || s !== null)) {
    const slots = orders.map((o, i) => {
      if (same[i]) return o.sorted;
      const slot = new Int32Array(first.keys.length).fill(-1);
      const rows = subsets[i]!;
      for (let j = 0; j < rows.length; j++) slot[rows[j]] = o.sorted[j];
      return slot;
    });
    return { keys: first.keys, slots };
  }
  const differing = orders.filter((_, i) => !same[i]);
  const keys = mergeOrder([first.keys, ...differing.map((o) => o.keys)]);
  // The first scenario's keys keep their order among the merged ones: each one's row, in one walk.
  const firstRow = new Int32Array(first.keys.length);
  for (let r = 0, j = 0; r < keys.length && j < first.keys.length; r++) if (keys[r] === first.keys[j]) firstRow[j++] = r;
  let rowOf: Map<LineKey, number> | undefined;
  const slots = orders.map((o, i) => {
    const slot = new Int32Array(keys.length).fill(-1);
    if (same[i]) {
      for (let j = 0; j < first.keys.length; j++) slot[firstRow[j]] = o.sorted[j];
      return slot;
    }
    rowOf ??= new Map(keys.map((k, r) => [k, r]));
    for (let j = 0; j < o.keys.length; j++) slot[rowOf.get(o.keys[j])!] = o.sorted[j];
    return slot;
  });
  return { keys, slots };
}

/** Each of `order`'s keys' row among the first scenario's (`first`, its lines `table`), in one walk that looks a
 *  key up only where the two orders part; null when `order` has a key the first lacks (then the orders are
 *  merged; otherwise the merged order is the first's). */
function rowsAmong(order: DisplayOrder, table: LineTable<LineSpec>, first: DisplayOrder, rowOfLine: Int32Array): Int32Array | null {
  const rows = new Int32Array(order.keys.length);
  let offset = 0;
  for (let j = 0; j < order.keys.length; j++) {
    const key = order.keys[j];
    let row = j + offset;
    if (row >= first.keys.length || first.keys[row] !== key) {
      row = findNear(first.keys, key, row);
      if (row < 0) {
        const at = table.position(key);
        if (at === undefined) return null;
        row = rowOfLine[at];
      }
      offset = row - j;
    }
    rows[j] = row;
  }
  return rows;
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
    const prev = i > 0 ? rows[i - 1] : undefined;
    // Rows come in runs of one view and group: only the first of a run is looked up.
    if (prev !== undefined && prev.view === r.view && prev.group === r.group) {
      viewOf[i] = viewOf[i - 1];
      groupOf[i] = groupOf[i - 1];
      return;
    }
    let v = views.get(r.view);
    if (v === undefined) views.set(r.view, (v = views.size));
    const g = `${r.view}|${r.group}`;
    let rank = groups.get(g);
    if (rank === undefined) groups.set(g, (rank = groups.size));
    viewOf[i] = v;
    groupOf[i] = rank;
  });
  let contiguous = true;
  for (let i = 1; i < rows.length && contiguous; i++) contiguous = viewOf[i] > viewOf[i - 1] || (viewOf[i] === viewOf[i - 1] && groupOf[i] >= groupOf[i - 1]);
  if (contiguous) return [...rows];
  const at: number[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) at[i] = i;
  at.sort((a, b) => viewOf[a] - viewOf[b] || groupOf[a] - groupOf[b] || a - b);
  return at.map((i) => rows[i]);
}

/** One compared scenario as the rows read it: its lines, each row's line and each line's values. */
interface Side {
  engine: Engine;
  table: LineTable<LineSpec>;
  /** Row → position in the table's lines, -1 where the scenario lacks the line. */
  slot: Int32Array;
  /** The engine's values (Engine.valueRows): line at position p holds its years at data[starts[p] …]. */
  data: Float64Array;
  /** Per line position: its start in `data`, -1 when the engine has no such line (read as all errors). */
  starts: Int32Array;
}

/** What the rows of one comparison share: the scenarios, the years and each row's place in each scenario. */
interface Aligned {
  sides: readonly Side[];
  years: readonly number[];
  /** Every scenario's horizon is the compared years. */
  sameHorizon: boolean;
  /** Years of errors: what a line the engine lacks reads as. */
  none: Float64Array;
}

function specAt(side: Side, row: number): LineSpec | undefined {
  const at = side.slot[row];
  return at < 0 ? undefined : side.table.order[at];
}

/** The array that holds the values of the side's line at position `at`: the engine's, or `none` (errors in
 *  every year) for a line the engine lacks; offsetOf is where they start in it. */
function dataOf(a: Aligned, side: Side, at: number): Float64Array {
  return side.starts[at] < 0 ? a.none : side.data;
}

function offsetOf(side: Side, at: number): number {
  return Math.max(0, side.starts[at]);
}

function cellsOf(a: Aligned, side: Side, row: number): CompareCells {
  const spec = specAt(side, row);
  const engine = side.engine;
  const has = spec !== undefined;
  const at = side.slot[row];
  const data = has ? dataOf(a, side, at) : a.none;
  const start = has ? offsetOf(side, at) : 0;
  const values: (number | null)[] = [];
  const errors: CompareCells['errors'] = [];
  const canLack = !!(spec?.meta as Partial<DomainLineMeta> | undefined)?.notApplicable;
  const notApplicable: (string | null)[] = [];
  const valueOf = (k: LineKey, y: number) => engine.value(k, y);
  // The lines a blank year reads (a frame's inputs) sit near the line.
  const specNear = (k: LineKey) => {
    const p = side.table.find(k, at);
    return p === undefined ? undefined : side.table.order[p];
  };
  for (const year of a.years) {
    const y = year - engine.firstYear;
    const reason = has && y >= 0 && y < engine.years ? notApplicableReason(spec, y, valueOf) : undefined;
    notApplicable.push(reason ?? null);
    if (!has || y < 0 || y >= engine.years || reason) {
      values.push(null);
      errors.push(null);
      continue;
    }
    const v = data[start + y];
    // Blank as in the workspace (a frame in a year without figures), not 0.
    if (blankYear(spec, y, v, specNear)) {
      values.push(null);
      errors.push(null);
      continue;
    }
    if (Number.isFinite(v)) {
      values.push(v);
      errors.push(null);
    } else {
      values.push(null);
      errors.push(engine.error(spec.key, y) ?? null);
    }
  }
  return canLack ? { present: has, values, errors, notApplicable } : { present: has, values, errors };
}


interface RowCells {
  cells: CompareCells[];
  diff: (number | null)[][];
  diffShare: (number | null)[][];
  differs: boolean;
}

function buildCells(a: Aligned, row: number, relative: boolean): RowCells {
  const cells = a.sides.map((side) => cellsOf(a, side, row));
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
      return v === null || b === null || b === 0 || !relative ? null : v / Math.abs(b);
    }),
  );
  return { cells, diff, diffShare, differs };
}

/** Whether some scenario's value differs from the first's, as buildCells finds it, without building the cells:
 *  the engines' values read side by side. Only for lines without a not-applicable rule (those blank some years). */
function differsFast(a: Aligned, row: number): boolean {
  const { sides, years } = a;
  const first = sides[0];
  const at0 = first.slot[row];
  for (let i = 1; i < sides.length; i++) if (sides[i].slot[row] >= 0 !== at0 >= 0) return true;
  if (at0 < 0) return false;
  const base = dataOf(a, first, at0);
  const s0 = offsetOf(first, at0);
  const n = first.engine.years;
  for (let i = 1; i < sides.length; i++) {
    const side = sides[i];
    const at = side.slot[row];
    const other = dataOf(a, side, at);
    const s = offsetOf(side, at);
    if (a.sameHorizon) {
      // The same horizon for all (the common case): year by year.
      for (let y = 0; y < n; y++) if (!sameCell(base[s0 + y], other[s + y])) return true;
      continue;
    }
    const engine = side.engine;
    for (const year of years) {
      const ya = year - first.engine.firstYear;
      const yb = year - engine.firstYear;
      const inA = ya >= 0 && ya < n;
      const inB = yb >= 0 && yb < engine.years;
      const mine = inA ? base[s0 + ya] : NaN;
      const theirs = inB ? other[s + yb] : NaN;
      if (!inA || !inB) {
        // Out of a horizon reads as blank, as does an error.
        if (Number.isFinite(mine) || Number.isFinite(theirs)) return true;
        continue;
      }
      if (!sameCell(mine, theirs)) return true;
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
  readonly view: string;
  readonly group: string;
  readonly differs: boolean;
  private aligned: Aligned | null;
  private built: RowCells | null = null;

  /** `spec`, `meta`: the line in the first scenario that has it. What only a drawn row shows is read from them
   *  when asked for. */
  constructor(
    aligned: Aligned,
    private readonly row: number,
    private readonly spec: LineSpec,
    private readonly meta: Partial<DomainLineMeta>,
    readonly groupLabel: CompareRow['groupLabel'],
    canLack: boolean,
  ) {
    this.key = spec.key;
    this.view = meta.view ?? '';
    this.group = meta.group ?? '';
    this.aligned = aligned;
    this.differs = canLack ? this.cellsNow().differs : differsFast(aligned, row);
  }

  get label(): CompareRow['label'] {
    return this.meta.label ?? { code: 'compare.lineKey', params: { key: this.key } };
  }

  get labelText(): string {
    return this.spec.label ?? this.key;
  }

  get style(): LineStyle {
    return (this.meta.style ?? (this.spec.input ? 'input' : 'computed')) as LineStyle;
  }

  get display(): DisplayFormat {
    return (this.meta.display ?? 'amount') as DisplayFormat;
  }

  get unit(): string {
    return this.spec.unit ?? '';
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
      const relative = this.display === 'amount' || this.display === 'number';
      this.built = buildCells(this.aligned!, this.row, relative);
      this.aligned = null;
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

/** The table of a compared scenario's lines: the document's own (made once per document) when the caller has
 *  them, else the engine's. */
function tableOf(c: ComparedScenario): LineTable<LineSpec> {
  if (c.lines !== undefined) return lineTable(c.doc, c.lines as readonly DomainLine[]);
  return new LineTable(c.engine.keys().map((key) => c.engine.spec(key)!));
}

/** Each of the table's lines' start among the engine's values. The engine holds a scenario's lines in the order
 *  the domain built them (the usual case): then in that order without a lookup, else by key. */
function valuesOf(engine: Engine, table: LineTable<LineSpec>): { data: Float64Array; starts: Int32Array } {
  const all = engine.valueRows();
  return sameKeys(all.keys, table.keys) ? all : engine.valueRows(table.keys);
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
  const tables = computed.map(tableOf);
  const { keys, slots } = alignRows(tables);
  const sides = computed.map((c, i): Side => {
    const { data, starts } = valuesOf(c.engine, tables[i]);
    return { engine: c.engine, table: tables[i], slot: slots[i], data, starts };
  });
  const aligned: Aligned = {
    sides,
    years,
    sameHorizon: computed.every((c) => c.engine.firstYear === years[0] && c.engine.years === years.length),
    none: new Float64Array(Math.max(...computed.map((c) => c.engine.years))).fill(NaN),
  };
  const docs = computed.map((c) => c.doc);
  const groupLabels = new Map<string, CompareRow['groupLabel']>();

  const rows: CompareRow[] = new Array(keys.length);
  let differing = 0;
  for (let row = 0; row < keys.length; row++) {
    let first: LineSpec | undefined;
    let canLack = false;
    for (const side of sides) {
      const at = side.slot[row];
      if (at < 0) continue;
      const spec = side.table.order[at];
      first ??= spec;
      if ((spec.meta as Partial<DomainLineMeta> | undefined)?.notApplicable !== undefined) canLack = true;
    }
    const meta = (first!.meta ?? {}) as Partial<DomainLineMeta>;
    const group = meta.group ?? '';
    let label = groupLabels.get(group);
    if (label === undefined) groupLabels.set(group, (label = groupLabel(group, docs)));
    const r = new AlignedRow(aligned, row, first!, meta, label, canLack);
    rows[row] = r;
    if (r.differs) differing++;
  }
  return {
    scenarios: computed.map((c) => ({ id: c.id, name: c.name, firstYear: c.engine.firstYear, years: c.engine.years })),
    years,
    rows: groupContiguous(rows),
    differing,
  };
}
