// compareScenarios: 2–4 computed scenarios aligned by line key over the union of their calendar years.
// A line that one scenario lacks is absent there (blank), never zero; a year outside a scenario's horizon too.
// Row order: each scenario's lines sorted by view and display order, merged so that a line only some scenarios
// have sits right after the line it follows in the scenario that has it.
import type { DomainLineMeta, DisplayFormat, LineStyle } from '../domain/types';
import { notApplicableReason } from '../domain/notApplicable';
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

/** The scenario's lines in display order. */
function orderedLines(engine: Engine): Map<LineKey, LineInfo> {
  const list = engine.keys().map((key, index) => {
    const spec = engine.spec(key)!;
    return { key, index, info: { spec, meta: (spec.meta ?? {}) as Partial<DomainLineMeta> } };
  });
  list.sort(
    (a, b) =>
      viewRank(a.info.meta.view) - viewRank(b.info.meta.view) ||
      (a.info.meta.order ?? a.index) - (b.info.meta.order ?? b.index) ||
      a.index - b.index,
  );
  return new Map(list.map((x) => [x.key, x.info]));
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
  const rank = new Map<string, number>();
  rows.forEach((r) => {
    const g = `${r.view}|${r.group}`;
    if (!rank.has(g)) rank.set(g, rank.size);
  });
  const views = new Map<string, number>();
  rows.forEach((r) => {
    if (!views.has(r.view)) views.set(r.view, views.size);
  });
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => views.get(a.r.view)! - views.get(b.r.view)! || rank.get(`${a.r.view}|${a.r.group}`)! - rank.get(`${b.r.view}|${b.r.group}`)! || a.i - b.i)
    .map((x) => x.r);
}

function cellsOf(engine: Engine, key: LineKey, spec: LineSpec | undefined, years: readonly number[]): CompareCells {
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

/**
 * Align 2–4 scenarios line by line. Throws a RangeError for fewer than 2 or more than 4 (the UI prevents it).
 * Differences are against the first scenario.
 */
export function compareScenarios(computed: readonly ComparedScenario[]): CompareResult {
  if (computed.length < MIN_COMPARED || computed.length > MAX_COMPARED) {
    throw new RangeError(`compareScenarios takes ${MIN_COMPARED}–${MAX_COMPARED} scenarios, got ${computed.length}`);
  }
  const first = Math.min(...computed.map((c) => c.engine.firstYear));
  const last = Math.max(...computed.map((c) => c.engine.firstYear + c.engine.years - 1));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const lines = computed.map((c) => orderedLines(c.engine));
  const keys = mergeOrder(lines.map((m) => [...m.keys()]));
  const docs = computed.map((c) => c.doc);
  const groupLabels = new Map<string, CompareRow['groupLabel']>();

  const rows: CompareRow[] = [];
  let differing = 0;
  for (const key of keys) {
    const owner = lines.findIndex((m) => m.has(key));
    const info = lines[owner].get(key)!;
    const cells = computed.map((c, i) => cellsOf(c.engine, key, lines[i].get(key)?.spec, years));
    const base = cells[0];
    // A relative change only reads right for amounts and counts, not for rates, flags, years or months.
    const relative = info.meta.display === undefined || info.meta.display === 'amount' || info.meta.display === 'number';
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
    const group = info.meta.group ?? '';
    if (!groupLabels.has(group)) groupLabels.set(group, groupLabel(group, docs));
    rows.push({
      key,
      label: info.meta.label ?? { code: 'compare.lineKey', params: { key } },
      labelText: info.spec.label ?? key,
      view: info.meta.view ?? '',
      group,
      groupLabel: groupLabels.get(group)!,
      style: (info.meta.style ?? (info.spec.input ? 'input' : 'computed')) as LineStyle,
      display: (info.meta.display ?? 'amount') as DisplayFormat,
      unit: info.spec.unit ?? '',
      cells,
      diff,
      diffShare,
      differs,
    });
    if (differs) differing++;
  }
  return {
    scenarios: computed.map((c) => ({ id: c.id, name: c.name, firstYear: c.engine.firstYear, years: c.engine.years })),
    years,
    rows: groupContiguous(rows),
    differing,
  };
}
