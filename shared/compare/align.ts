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

function viewRank(view: string | undefined): number {
  const i = (VIEWS as readonly string[]).indexOf(view ?? '');
  return i < 0 ? VIEWS.length : i;
}

/** One scenario's lines in display order (by view, then the domain's order number, then the order given): the
 *  lines, their meta, and the positions of the lines in that order. */
interface Ordered {
  specs: readonly LineSpec[];
  metas: Partial<DomainLineMeta>[];
  /** Display order → position in `specs`. */
  sorted: Int32Array;
  /** The keys in display order. */
  keys: LineKey[];
}

/** Whether `b` holds the same keys as `a` at every position, each with the same view and order number: then the
 *  display order of `a` is `b`'s too, and need not be sorted again (the usual case: scenarios copied from one). */
function sameOrder(a: Ordered, b: readonly LineSpec[], metas: Partial<DomainLineMeta>[]): boolean {
  if (a.specs.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) {
    const ma = a.metas[i];
    const mb = metas[i];
    if (a.specs[i].key !== b[i].key || ma.view !== mb.view || ma.order !== mb.order) return false;
  }
  return true;
}

function orderedLines(c: ComparedScenario, before: readonly Ordered[]): Ordered {
  const specs = c.lines ?? c.engine.keys().map((key) => c.engine.spec(key)!);
  const n = specs.length;
  const metas: Partial<DomainLineMeta>[] = new Array(n);
  for (let i = 0; i < n; i++) metas[i] = (specs[i].meta ?? {}) as Partial<DomainLineMeta>;
  const same = before.find((o) => sameOrder(o, specs, metas));
  if (same) return { specs, metas, sorted: same.sorted, keys: same.keys };
  const view = new Float64Array(n);
  const order = new Float64Array(n);
  const ranks = new Map<string | undefined, number>();
  for (let i = 0; i < n; i++) {
    const meta = metas[i];
    let rank = ranks.get(meta.view);
    if (rank === undefined) ranks.set(meta.view, (rank = viewRank(meta.view)));
    view[i] = rank;
    order[i] = meta.order ?? i;
  }
  const at = Array.from({ length: n }, (_, i) => i);
  at.sort((a, b) => view[a] - view[b] || order[a] - order[b] || a - b);
  const sorted = Int32Array.from(at);
  const keys: LineKey[] = new Array(n);
  for (let j = 0; j < n; j++) keys[j] = specs[sorted[j]].key;
  return { specs, metas, sorted, keys };
}

function sameKeys(a: readonly LineKey[], b: readonly LineKey[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The rows of the comparison (the merged key order) and, per scenario, each row's position in its lines (-1 where
 *  it lacks the line). Scenarios with the first one's keys in the same order (the usual case) are aligned by
 *  position; a map of the rows is made only for those that differ. */
function alignRows(lines: readonly Ordered[]): { keys: LineKey[]; slots: Int32Array[] } {
  const first = lines[0].keys;
  const differing = lines.filter((l) => !sameKeys(l.keys, first));
  if (differing.length === 0) return { keys: first, slots: lines.map((l) => l.sorted) };
  const keys = mergeOrder([first, ...differing.map((l) => l.keys)]);
  // The first scenario's keys keep their order among the merged ones: each one's row, in one walk.
  const firstRow = new Int32Array(first.length);
  for (let r = 0, j = 0; r < keys.length && j < first.length; r++) if (keys[r] === first[j]) firstRow[j++] = r;
  let rowOf: Map<LineKey, number> | undefined;
  const slots = lines.map((l) => {
    const slot = new Int32Array(keys.length).fill(-1);
    if (sameKeys(l.keys, first)) {
      for (let j = 0; j < first.length; j++) slot[firstRow[j]] = l.sorted[j];
      return slot;
    }
    rowOf ??= new Map(keys.map((k, r) => [k, r]));
    for (let j = 0; j < l.keys.length; j++) slot[rowOf.get(l.keys[j])!] = l.sorted[j];
    return slot;
  });
  return { keys, slots };
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

/** What the rows of one comparison share: the scenarios, the years, each scenario's lines and each row's place
 *  among them. */
interface Aligned {
  computed: readonly ComparedScenario[];
  years: readonly number[];
  lines: readonly Ordered[];
  /** Per scenario: row → position in its lines, -1 where it lacks the line. */
  slots: readonly Int32Array[];
  /** Per scenario: its line of a key (a blank year of a frame reads its inputs); a map made on first use. */
  specOf: ((key: LineKey) => LineSpec | undefined)[];
  /** The first scenario's values of the row being checked (differsFast). */
  buffer: Float64Array;
  /** Every scenario's horizon is the compared years. */
  sameHorizon: boolean;
}

function specAt(a: Aligned, i: number, row: number): LineSpec | undefined {
  const at = a.slots[i][row];
  return at < 0 ? undefined : a.lines[i].specs[at];
}

function lazySpecOf(specs: readonly LineSpec[]): (key: LineKey) => LineSpec | undefined {
  let byKey: Map<LineKey, LineSpec> | undefined;
  return (key) => (byKey ??= new Map(specs.map((s) => [s.key, s]))).get(key);
}

interface RowCells {
  cells: CompareCells[];
  diff: (number | null)[][];
  diffShare: (number | null)[][];
  differs: boolean;
}

function buildCells(a: Aligned, row: number, key: LineKey, relative: boolean): RowCells {
  const cells = a.computed.map((c, i) => cellsOf(c.engine, key, specAt(a, i, row), a.years, a.specOf[i]));
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

/** Whether some scenario's value differs from the first's, as buildCells finds it, without building the cells: the
 *  first scenario's year vector read once, each other's year by year until one differs. Only for lines without a
 *  not-applicable rule (those blank some years). */
function differsFast(a: Aligned, row: number): boolean {
  const { slots, computed, years } = a;
  const has0 = slots[0][row] >= 0;
  for (let i = 1; i < slots.length; i++) if (slots[i][row] >= 0 !== has0) return true;
  if (!has0) return false;
  if (a.sameHorizon && inputsOnly(a, row)) return inputsDiffer(a, row);
  const first = computed[0].engine;
  const n = first.years;
  const base = a.buffer;
  // Each engine is asked with its own line's key: the very string its map holds, found without comparing text.
  const key0 = a.lines[0].specs[slots[0][row]].key;
  for (let y = 0; y < n; y++) base[y] = first.value(key0, y);
  for (let i = 1; i < computed.length; i++) {
    const engine = computed[i].engine;
    const key = a.lines[i].specs[slots[i][row]].key;
    if (engine.firstYear === first.firstYear && engine.years === n && n === years.length) {
      // The same horizon as the union of years (the common case): year by year.
      for (let y = 0; y < n; y++) if (!sameCell(base[y], engine.value(key, y))) return true;
      continue;
    }
    for (const year of years) {
      const ya = year - first.firstYear;
      const yb = year - engine.firstYear;
      const inA = ya >= 0 && ya < n;
      const inB = yb >= 0 && yb < engine.years;
      const other = inB ? engine.value(key, yb) : NaN;
      if (!inA || !inB) {
        // Out of a horizon reads as blank, as does an error.
        if ((inA && Number.isFinite(base[ya])) || Number.isFinite(other)) return true;
        continue;
      }
      if (!sameCell(base[ya], other)) return true;
    }
  }
  return false;
}

/** Whether the row's line is an input line in every scenario. */
function inputsOnly(a: Aligned, row: number): boolean {
  for (let i = 0; i < a.slots.length; i++) if (a.lines[i].specs[a.slots[i][row]].input === undefined) return false;
  return true;
}

/** An input line's value in year `y` as the engine computes it from the line's input values: as entered, blank (or
 *  not a number) as 0, not finite an error. */
function inputValue(input: ArrayLike<number>, y: number): number {
  const v = y < input.length ? input[y] : NaN;
  return typeof v === 'number' && v === v ? v : 0;
}

/** differsFast of a row that is an input line in every scenario, over one horizon: read from the lines' input
 *  values, which the engine holds as given (about half the lines of a plan, each read without asking the engine). */
function inputsDiffer(a: Aligned, row: number): boolean {
  const base = a.lines[0].specs[a.slots[0][row]].input!;
  for (let i = 1; i < a.slots.length; i++) {
    const other = a.lines[i].specs[a.slots[i][row]].input!;
    if (other === base) continue;
    for (let y = 0; y < a.years.length; y++) if (!sameCell(inputValue(base, y), inputValue(other, y))) return true;
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
  private aligned: Aligned | null;
  private built: RowCells | null = null;

  /** `spec`, `meta`: the line in the first scenario that has it. */
  constructor(aligned: Aligned, private readonly row: number, spec: LineSpec, meta: Partial<DomainLineMeta>, groupLabel: CompareRow['groupLabel'], canLack: boolean) {
    this.key = spec.key;
    this.label = meta.label ?? { code: 'compare.lineKey', params: { key: spec.key } };
    this.labelText = spec.label ?? spec.key;
    this.view = meta.view ?? '';
    this.group = meta.group ?? '';
    this.groupLabel = groupLabel;
    this.style = (meta.style ?? (spec.input ? 'input' : 'computed')) as LineStyle;
    this.display = (meta.display ?? 'amount') as DisplayFormat;
    this.unit = spec.unit ?? '';
    this.aligned = aligned;
    this.differs = canLack ? this.cellsNow().differs : differsFast(aligned, row);
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
      this.built = buildCells(this.aligned!, this.row, this.key, relative);
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
  const lines: Ordered[] = [];
  for (const c of computed) lines.push(orderedLines(c, lines));
  const { keys, slots } = alignRows(lines);
  const aligned: Aligned = {
    computed,
    years,
    lines,
    slots,
    specOf: lines.map((l) => lazySpecOf(l.specs)),
    buffer: new Float64Array(computed[0].engine.years),
    sameHorizon: computed.every((c) => c.engine.firstYear === years[0] && c.engine.years === years.length),
  };
  const docs = computed.map((c) => c.doc);
  const groupLabels = new Map<string, CompareRow['groupLabel']>();

  const rows: CompareRow[] = new Array(keys.length);
  let differing = 0;
  for (let row = 0; row < keys.length; row++) {
    let first = -1;
    let canLack = false;
    for (let i = 0; i < lines.length; i++) {
      const at = slots[i][row];
      if (at < 0) continue;
      if (first < 0) first = i;
      if (lines[i].metas[at].notApplicable !== undefined) canLack = true;
    }
    const at = slots[first][row];
    const meta = lines[first].metas[at];
    const group = meta.group ?? '';
    let label = groupLabels.get(group);
    if (label === undefined) groupLabels.set(group, (label = groupLabel(group, docs)));
    const r = new AlignedRow(aligned, row, lines[first].specs[at], meta, label, canLack);
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
