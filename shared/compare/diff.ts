// diffDocuments: what changed from one scenario document to another, as a list a leader can read — measures
// switched on or off, edited, added or removed; assumptions and other inputs changed (line, year, before → after);
// entities and lines added or removed. Each entry names the line it leads to, so the comparison can scroll to it.
//
// Per-year inputs are compared through the domain's lines (each input line knows the document field it comes
// from), so every input the model has is covered without a list here to keep in step. Measures are compared field
// by field instead, because "switched off" reads better than "Med: 1 → 0".
import { areaCodeOfLine } from '../domain/lineArea';
import type { DisplayFormat, DomainLine, EntityKind } from '../domain/types';
import type { LineKey } from '../engine';
import type { Measure } from '../model/measure';
import type { ModelMessage } from '../model/messages';
import type { Scenario } from '../model/scenario';
import { lineTable, type LineTable } from './lineTable';
import type { Change, ChangeParam, YearChange } from './types';

function msg(code: string, params: Record<string, string | number> = {}): { msg: ModelMessage } {
  return { msg: { code, params } };
}

function num(value: number | string | null | undefined, display: DisplayFormat): ChangeParam {
  return { value: value ?? null, display };
}

const blankToNull = (v: number) => (Number.isNaN(v) ? null : v);

/** A document's lines: those the caller has (a LiveScenario's), else built. */
function build(doc: Scenario, lines?: readonly DomainLine[]): LineTable {
  return lineTable(doc, lines);
}

function measureKey(id: string): LineKey {
  return `tiltak.${id}.innsparing`;
}

function areaCode(doc: Scenario, areaId: string): string {
  return doc.areas.find((a) => a.id === areaId)?.code ?? areaId;
}

function yearsLabel(doc: Scenario): string {
  return `${doc.firstYear}–${doc.firstYear + doc.years - 1}`;
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The years both horizons share where a per-year vector differs (a year only one scenario has is not a change
 *  of input: the horizon change is reported once). */
function yearChanges(a: Scenario, av: ArrayLike<number>, b: Scenario, bv: ArrayLike<number>): YearChange[] {
  const from = Math.max(a.firstYear, b.firstYear);
  const to = Math.min(a.firstYear + a.years, b.firstYear + b.years) - 1;
  const out: YearChange[] = [];
  for (let year = from; year <= to; year++) {
    const before = blankToNull(av[year - a.firstYear]);
    const after = blankToNull(bv[year - b.firstYear]);
    if (!sameNumber(before, after)) out.push({ year, before, after });
  }
  return out;
}

function seriesChanges(a: Scenario, av: readonly (number | null)[], b: Scenario, bv: readonly (number | null)[]): YearChange[] {
  // Over one horizon, the same numbers are no change (most series of two copies of a plan).
  if (a.firstYear === b.firstYear && a.years === b.years && sameSeries(av, bv, a.years)) return [];
  const vec = (doc: Scenario, v: readonly (number | null)[]) => Array.from({ length: doc.years }, (_, i) => v[i] ?? NaN);
  return yearChanges(a, vec(a, av), b, vec(b, bv));
}

/** The same number or blank (null, absent) in each of the first `years` entries. */
function sameSeries(a: readonly (number | null)[], b: readonly (number | null)[], years: number): boolean {
  if (a === b) return true;
  for (let i = 0; i < years; i++) if ((a[i] ?? null) !== (b[i] ?? null)) return false;
  return true;
}

// ------------------------------------------------------------------ measures

const MEASURE_EFFECT_FIELDS: { field: string; display: DisplayFormat }[] = [
  { field: 'fullYear', display: 'amount' },
  { field: 'startYear', display: 'year' },
  { field: 'startMonth', display: 'month' },
  { field: 'fte', display: 'number' },
  { field: 'costPerFte', display: 'amount' },
];

function diffMeasure(a: Scenario, ma: Measure, b: Scenario, mb: Measure): Change[] {
  const out: Change[] = [];
  const key = measureKey(mb.id);
  const entity = { kind: 'measure', id: mb.id };
  const name = mb.name;
  const edited = (field: string, before: ChangeParam, after: ChangeParam) =>
    out.push({ kind: 'measure.edited', key, entity, code: 'compare.change.measureEdited', params: { name, field: msg(`compare.field.${field}`), before, after } });

  if (ma.included !== mb.included) {
    out.push({ kind: mb.included ? 'measure.on' : 'measure.off', key, entity, code: mb.included ? 'compare.change.measureOn' : 'compare.change.measureOff', params: { name } });
  }
  if (ma.status !== mb.status) {
    out.push({
      kind: 'measure.status',
      key,
      entity,
      code: 'compare.change.measureStatus',
      params: { name, before: msg(`compare.status.${ma.status}`), after: msg(`compare.status.${mb.status}`) },
    });
  }
  if (ma.name !== mb.name) {
    out.push({ kind: 'entity.renamed', key, entity, code: 'compare.change.renamed', params: { what: msg('compare.entity.measure'), before: ma.name, after: mb.name } });
  }
  if (ma.areaId !== mb.areaId) edited('areaId', areaCode(a, ma.areaId), areaCode(b, mb.areaId));
  if (ma.kind !== mb.kind) edited('kind', msg(`compare.measureKind.${ma.kind}`), msg(`compare.measureKind.${mb.kind}`));
  if (!sameNumber(ma.probability, mb.probability)) edited('probability', num(ma.probability, 'percent'), num(mb.probability, 'percent'));
  // The effect range of the Monte Carlo, each bound as a share of the plan; no range reads as 100 %.
  const ra = ma.effectRange ?? { low: 1, high: 1 };
  const rb = mb.effectRange ?? { low: 1, high: 1 };
  if (!sameNumber(ra.low, rb.low)) edited('effectLow', num(ra.low, 'percent'), num(rb.low, 'percent'));
  if (!sameNumber(ra.high, rb.high)) edited('effectHigh', num(ra.high, 'percent'), num(rb.high, 'percent'));

  const ea = ma.effect as Record<string, unknown>;
  const eb = mb.effect as Record<string, unknown>;
  if (ma.effect.mode !== mb.effect.mode) edited('mode', msg(`compare.mode.${ma.effect.mode}`), msg(`compare.mode.${mb.effect.mode}`));
  for (const { field, display } of MEASURE_EFFECT_FIELDS) {
    const va = typeof ea[field] === 'number' ? (ea[field] as number) : null;
    const vb = typeof eb[field] === 'number' ? (eb[field] as number) : null;
    // A field only one mode has is part of the mode change above.
    if (va === null || vb === null) continue;
    if (!sameNumber(va, vb)) edited(field, num(va, display), num(vb, display));
  }
  if (ma.effect.mode === 'explicit' && mb.effect.mode === 'explicit') {
    const years = seriesChanges(a, ma.effect.perYear, b, mb.effect.perYear);
    if (years.length > 0) {
      out.push({
        kind: 'measure.edited',
        key: `tiltak.${mb.id}.effekt`,
        entity,
        code: 'compare.change.measureYears',
        params: { name, field: msg('compare.field.perYear') },
        years,
        display: 'amount',
      });
    }
  }
  const fa = ma.fteBasis;
  const fb = mb.fteBasis;
  if (!fa !== !fb) {
    edited('fteBasis', fa ? num(fa.fte, 'number') : msg('compare.none'), fb ? num(fb.fte, 'number') : msg('compare.none'));
  } else if (fa && fb) {
    if (!sameNumber(fa.fte, fb.fte)) edited('fte', num(fa.fte, 'number'), num(fb.fte, 'number'));
    if (!sameNumber(fa.costPerFte, fb.costPerFte)) edited('costPerFte', num(fa.costPerFte, 'amount'), num(fb.costPerFte, 'amount'));
  }
  if ((ma.notes ?? '') !== (mb.notes ?? '')) out.push({ kind: 'measure.edited', key, entity, code: 'compare.change.measureNotes', params: { name } });
  return out;
}

/** The measures both documents have that were moved: those outside the longest run that kept its order (one
 *  measure moved up shows as that one, not as every measure it passed). Their rows among the shared measures. */
function movedMeasures(a: Scenario, b: Scenario): Map<string, [number, number]> {
  const inB = new Set(b.measures.map((m) => m.id));
  const before = a.measures.filter((m) => inB.has(m.id)).map((m) => m.id);
  const rowA = new Map(before.map((id, i) => [id, i]));
  const after = b.measures.filter((m) => rowA.has(m.id)).map((m) => m.id);
  const rowB = new Map(after.map((id, i) => [id, i]));
  return new Map(moved(before, after).map((id) => [id, [rowA.get(id)!, rowB.get(id)!]]));
}

/** Whether two lists hold the same ids in the same order (two copies of a plan). */
function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].id !== b[i].id) return false;
  return true;
}

function diffMeasures(a: Scenario, b: Scenario): Change[] {
  const out: Change[] = [];
  // The same measures in the same order (the usual case): paired by position, none added, removed or moved.
  const inOrder = sameIds(a.measures, b.measures);
  const inA = inOrder ? undefined : new Map(a.measures.map((m) => [m.id, m]));
  const inB = inOrder ? undefined : new Set(b.measures.map((m) => m.id));
  const moved = inOrder ? undefined : movedMeasures(a, b);
  const of = moved !== undefined && moved.size > 0 ? a.measures.filter((m) => inB!.has(m.id)).length : 0;
  b.measures.forEach((mb, i) => {
    const ma = inOrder ? a.measures[i] : inA!.get(mb.id);
    const rows = moved?.get(mb.id);
    if (ma) out.push(...diffMeasure(a, ma, b, mb));
    if (ma && rows) {
      const row = (n: number) => msg('compare.place.row', { n: n + 1, of });
      out.push({ kind: 'measure.edited', key: measureKey(mb.id), entity: { kind: 'measure', id: mb.id }, code: 'compare.change.measureEdited', params: { name: mb.name, field: msg('compare.field.place'), before: row(rows[0]), after: row(rows[1]) } });
    }
    if (!ma) out.push({ kind: 'measure.added', key: measureKey(mb.id), entity: { kind: 'measure', id: mb.id }, code: 'compare.change.measureAdded', params: { name: mb.name } });
  });
  if (inB === undefined) return out;
  for (const ma of a.measures) {
    if (!inB.has(ma.id)) {
      out.push({ kind: 'measure.removed', key: measureKey(ma.id), entity: { kind: 'measure', id: ma.id }, code: 'compare.change.measureRemoved', params: { name: ma.name } });
    }
  }
  return out;
}

// ------------------------------------------------------------------ other entities

interface Named {
  id: string;
  name?: string;
  label?: string;
  /** Area items: the area they belong to (their ids are unique within it only). */
  areaId?: string;
  areaPrefix?: string;
}

interface Collection {
  kind: EntityKind;
  list(doc: Scenario): Named[];
  /** Fields that no line carries, compared here (values are shown as they are; areaId as the area's code). */
  fields: string[];
  /** Fields compared by content and reported as changed, without before and after (the printed totals). */
  whole?: string[];
  /** Identity within the document, when ids are only unique within a parent (area items). */
  identity?(doc: Scenario, item: Named): string;
  key?(doc: Scenario, item: Named, built: LineTable): LineKey | null;
}

const COLLECTIONS: Collection[] = [
  { kind: 'assumption', list: (d) => d.assumptions, fields: ['unit', 'kind'] },
  { kind: 'area', list: (d) => d.areas, fields: ['code', 'deflatorId'], whole: ['stated'] },
  {
    kind: 'areaItem',
    list: (d) =>
      d.areas.flatMap((a) => {
        const areaPrefix = a.code.toLowerCase();
        return a.items.map((i) => ({ id: i.id, name: i.name, areaId: a.id, areaPrefix }));
      }),
    fields: [],
    identity: (_d, i) => `${i.areaId}/${i.id}`,
    key: (_d, i, built) => {
      const k = `${i.areaPrefix}.post.${i.id}`;
      return built.has(k) ? k : null;
    },
  },
  { kind: 'investment', list: (d) => d.investments, fields: ['areaId', 'owner'] },
  { kind: 'fundMovement', list: (d) => d.fund.movements, fields: [] },
  { kind: 'ageGroup', list: (d) => d.demography.ageGroups, fields: ['fromAge', 'toAge'] },
  { kind: 'service', list: (d) => d.demography.services, fields: ['areaId', 'unit', 'costGrowthId', 'feedsFrame'] },
  { kind: 'accountRow', list: (d) => d.accounts.rows, fields: ['code', 'areaId'] },
];

function nameOf(item: Named): string {
  return item.name ?? item.label ?? item.id;
}

function fieldParam(doc: Scenario, field: string, value: unknown): ChangeParam {
  if (value === undefined || value === null || value === '') return msg('compare.none');
  if (field === 'areaId' && typeof value === 'string') return areaCode(doc, value);
  if (field === 'deflatorId' && typeof value === 'string') return doc.assumptions.find((x) => x.id === value)?.name ?? value;
  // Words of the model, not of the file: an assumption's kind, an investment's owner.
  if (field === 'kind' && (value === 'scalar' || value === 'series')) return msg(`compare.assumptionKind.${value}`);
  if (field === 'owner' && (value === 'kommunekasse' || value === 'kf')) return msg(`compare.owner.${value}`);
  if (typeof value === 'boolean') return msg(value ? 'compare.yes' : 'compare.no');
  if (typeof value === 'number') return num(value, field.endsWith('Age') ? 'year' : 'number');
  return String(value);
}

function diffCollection(c: Collection, a: Scenario, ba: LineTable, b: Scenario, bb: LineTable, touched: Set<string>): Change[] {
  const out: Change[] = [];
  const id = (doc: Scenario, item: Named) => (c.identity ? c.identity(doc, item) : item.id);
  const keyOf = (doc: Scenario, item: Named, built: LineTable) =>
    c.key ? c.key(doc, item, built) : built.entityKey(c.kind, item.id);
  const what = msg(`compare.entity.${c.kind}`);
  const listA = c.list(a);
  const listB = c.list(b);
  const added = c.kind === 'assumption' ? 'assumption.added' : 'entity.added';
  const removed = c.kind === 'assumption' ? 'assumption.removed' : 'entity.removed';
  const compare = (xa: Named, xb: Named) => {
    const entity = { kind: c.kind, id: xb.id };
    // The line a change leads to, looked up only for an item that changed.
    let found: LineKey | null | undefined;
    const keyed = () => (found === undefined ? (found = keyOf(b, xb, bb)) : found);
    if (nameOf(xa) !== nameOf(xb)) {
      out.push({ kind: 'entity.renamed', key: keyed(), entity, code: 'compare.change.renamed', params: { what, before: nameOf(xa), after: nameOf(xb) } });
    }
    const ra = xa as unknown as Record<string, unknown>;
    const rb = xb as unknown as Record<string, unknown>;
    for (const field of c.fields) {
      if (ra[field] === rb[field]) continue;
      touched.add(`${c.kind}:${xb.id}`);
      out.push({
        kind: 'entity.edited',
        key: keyed(),
        entity,
        code: 'compare.change.edited',
        params: { what, name: nameOf(xb), field: msg(`compare.field.${field}`), before: fieldParam(a, field, ra[field]), after: fieldParam(b, field, rb[field]) },
      });
    }
    for (const field of c.whole ?? []) {
      if (sameField(ra[field], rb[field])) continue;
      touched.add(`${c.kind}:${xb.id}`);
      out.push({ kind: 'entity.edited', key: keyed(), entity, code: 'compare.change.wholeField', params: { what, name: nameOf(xb), field: msg(`compare.field.${field}`) } });
    }
  };
  // The same items in the same order (the usual case): paired by position, none added, removed or moved.
  if (listA.length === listB.length && listA.every((x, i) => x.id === listB[i].id && x.areaId === listB[i].areaId)) {
    for (let i = 0; i < listB.length; i++) compare(listA[i], listB[i]);
    return out;
  }
  const inA = new Map(listA.map((x) => [id(a, x), x]));
  const inB = new Map(listB.map((x) => [id(b, x), x]));
  for (const [ident, xb] of inB) {
    const xa = inA.get(ident);
    if (!xa) {
      touched.add(`${c.kind}:${xb.id}`);
      out.push({ kind: added, key: keyOf(b, xb, bb), entity: { kind: c.kind, id: xb.id }, code: 'compare.change.added', params: { what, name: nameOf(xb) } });
      continue;
    }
    compare(xa, xb);
  }
  for (const [ident, xa] of inA) {
    if (inB.has(ident)) continue;
    touched.add(`${c.kind}:${xa.id}`);
    out.push({ kind: removed, key: keyOf(a, xa, ba), entity: { kind: c.kind, id: xa.id }, code: 'compare.change.removed', params: { what, name: nameOf(xa) } });
  }
  // Order counts among siblings: an area's items moved with their area have not moved within it.
  const sibling = (m: Map<string, Named>, other: Map<string, Named>) => {
    const groups = new Map<string, string[]>();
    for (const [k, x] of m) {
      if (!other.has(k)) continue;
      const list = groups.get(x.areaId ?? '');
      if (list) list.push(k);
      else groups.set(x.areaId ?? '', [k]);
    }
    return groups;
  };
  const orderA = sibling(inA, inB);
  const orderB = sibling(inB, inA);
  const movedIds = [...orderB].flatMap(([parent, after]) => moved(orderA.get(parent) ?? [], after));
  for (const ident of movedIds) {
    const xb = inB.get(ident)!;
    out.push({ kind: 'entity.moved', key: keyOf(b, xb, bb), entity: { kind: c.kind, id: xb.id }, code: 'compare.change.moved', params: { what, name: nameOf(xb) } });
  }
  return out;
}

/** Objects (the printed totals) compare by content; everything else by value. */
function sameField(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The elements that changed place among those both lists hold: the fewest whose moving explains the new order
 *  (all but a longest run that kept its relative order, found as a longest increasing subsequence). */
export function moved(before: readonly string[], after: readonly string[]): string[] {
  const rank = new Map(before.map((k, i) => [k, i]));
  const seq = after.map((k) => rank.get(k)!);
  // Patience sorting with back links: O(n log n).
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  seq.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) kept.add(i);
  return after.filter((_, i) => !kept.has(i));
}

/** The user's own lines: added and removed lines, formulas and placement. Their input values go through the
 *  generic input comparison. */
function diffCustomLines(a: Scenario, b: Scenario, touched: Set<string>): Change[] {
  const out: Change[] = [];
  const keyOf = (l: Scenario['lines'][number]) => `${l.section}.${l.name}`;
  // The same lines in the same order, each after the same line in the same view and section (the usual case):
  // paired by position, and no line's place changed, so the places are not counted.
  const inOrder = sameIds(a.lines, b.lines);
  const samePlaces = inOrder && a.lines.every((la, i) => la.view === b.lines[i].view && la.section === b.lines[i].section && la.after === b.lines[i].after);
  const inA = inOrder ? undefined : new Map(a.lines.map((l) => [l.id, l]));
  const placesA = samePlaces ? undefined : places(a);
  const placesB = samePlaces ? undefined : places(b);
  for (let i = 0; i < b.lines.length; i++) {
    const lb = b.lines[i];
    const entity = { kind: 'customLine', id: lb.id };
    const la = inOrder ? a.lines[i] : inA!.get(lb.id);
    if (!la) {
      touched.add(`customLine:${lb.id}`);
      out.push({ kind: 'line.added', key: keyOf(lb), entity, code: 'compare.change.lineAdded', params: { label: lb.label } });
      continue;
    }
    if (la.label !== lb.label) {
      out.push({ kind: 'entity.renamed', key: keyOf(lb), entity, code: 'compare.change.renamed', params: { what: msg('compare.entity.customLine'), before: la.label, after: lb.label } });
    }
    const edit = (field: string, before: ChangeParam, after: ChangeParam) => {
      touched.add(`customLine:${lb.id}`);
      out.push({ kind: 'entity.edited', key: keyOf(lb), entity, code: 'compare.change.edited', params: { what: msg('compare.entity.customLine'), name: lb.label, field: msg(`compare.field.${field}`), before, after } });
    };
    if (la.section !== lb.section || la.name !== lb.name) edit('key', keyOf(la), keyOf(lb));
    if (placesA !== undefined && placesB !== undefined && placesA.at(la) !== placesB.at(lb)) edit('place', placesA.text(la), placesB.text(lb));
    if (la.unit !== lb.unit) edit('unit', la.unit || msg('compare.none'), lb.unit || msg('compare.none'));
    if (la.view !== lb.view) edit('view', msg(`compare.view.${la.view}`), msg(`compare.view.${lb.view}`));
    if (la.kind !== lb.kind) edit('lineKind', msg(`compare.lineKind.${la.kind}`), msg(`compare.lineKind.${lb.kind}`));
    else if (la.kind === 'formula' && lb.kind === 'formula' && la.formula !== lb.formula) {
      out.push({ kind: 'formula.changed', key: keyOf(lb), entity, code: 'compare.change.formula', params: { label: lb.label, before: la.formula, after: lb.formula } });
    }
  }
  if (inOrder) return out;
  const inB = new Set(b.lines.map((l) => l.id));
  for (const la of a.lines) {
    if (inB.has(la.id)) continue;
    touched.add(`customLine:${la.id}`);
    out.push({ kind: 'line.removed', key: keyOf(la), entity: { kind: 'customLine', id: la.id }, code: 'compare.change.lineRemoved', params: { label: la.label } });
  }
  return out;
}

/** Where a user line sits: after which line (or at the end of its group), and its place among the lines after
 *  the same one (their order in scenario.lines), so that moving a line up or down shows as a change. Siblings are
 *  counted once per document (a scenario may have thousands of lines). */
function places(doc: Scenario): { at(line: Scenario['lines'][number]): string; text(line: Scenario['lines'][number]): ChangeParam } {
  // View, section and the line it follows; none of them holds a control character.
  const groupOf = (l: Scenario['lines'][number]) => `${l.view}\u0000${l.section}\u0000${l.after ?? '\u0001'}`;
  const siblings = new Map<string, Scenario['lines']>();
  const rank = new Map<string, number>();
  for (const l of doc.lines) {
    const group = groupOf(l);
    let list = siblings.get(group);
    if (!list) siblings.set(group, (list = []));
    list.push(l);
    rank.set(l.id, list.length);
  }
  return {
    at: (line) => `${line.after ?? ''}|${rank.get(line.id) ?? 0}`,
    text(line) {
      const n = rank.get(line.id) ?? 0;
      const of = siblings.get(groupOf(line))?.length ?? 0;
      return line.after === undefined ? msg('compare.place.end', { n, of }) : msg('compare.place.after', { key: line.after, n, of });
    },
  };
}

// ------------------------------------------------------------------ inputs through the lines

function diffInputs(a: Scenario, ba: LineTable, b: Scenario, bb: LineTable): Change[] {
  const out: Change[] = [];
  const inA = ba.matcher();
  const oneHorizon = a.firstYear === b.firstYear && a.years === b.years;
  for (let i = 0; i < bb.order.length; i++) {
    const lb = bb.order[i];
    if (!lb.input) continue;
    const at = inA(bb.keys[i], i);
    const la = at === undefined ? undefined : ba.order[at];
    if (!la || !la.input) continue;
    // Over one horizon, the same values are no change (most input lines of two copies of a plan).
    if (oneHorizon && sameInputs(la.input, lb.input)) continue;
    const src = lb.meta.source;
    if (!src || !la.meta.source) continue;
    // Measures are compared field by field (diffMeasure).
    if (lb.meta.entity?.kind === 'measure') continue;
    const kind = src.path[0] === 'assumptions' ? 'assumption.changed' : 'input.changed';
    const base = { kind, key: lb.key, entity: lb.meta.entity, display: lb.meta.display } as const;
    const labelParam = { msg: lb.meta.label, area: areaCodeOfLine(b.areas, lb.meta) };
    if (src.kind === 'series') {
      const years = yearChanges(a, la.input, b, lb.input);
      if (years.length > 0) out.push({ ...base, code: `compare.change.${kind === 'input.changed' ? 'input' : 'assumption'}Years`, params: { label: labelParam }, years });
    } else {
      const before = blankToNull(la.input[0]);
      const after = blankToNull(lb.input[0]);
      if (!sameNumber(before, after)) {
        out.push({
          ...base,
          code: `compare.change.${kind === 'input.changed' ? 'input' : 'assumption'}`,
          params: { label: labelParam, before: num(before, lb.meta.display), after: num(after, lb.meta.display) },
        });
      }
    }
  }
  return out;
}

/** The same numbers, blank (NaN) as blank. */
function sameInputs(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let y = 0; y < a.length; y++) if (a[y] !== b[y] && !(a[y] !== a[y] && b[y] !== b[y])) return false;
  return true;
}

/** Lines that one document has and the other has not, unless an entity change above already explains them. */
function diffLines(ba: LineTable, bb: LineTable, touched: Set<string>): Change[] {
  if (ba.sameKeys(bb)) return [];
  const out: Change[] = [];
  const explained = (l: DomainLine) => {
    const e = l.meta.entity;
    return e !== undefined && (touched.has(`${e.kind}:${e.id}`) || e.kind === 'measure' || e.kind === 'customLine' || e.kind === 'area');
  };
  const inA = ba.matcher();
  bb.order.forEach((l, i) => {
    if (inA(bb.keys[i], i) === undefined && !explained(l)) out.push({ kind: 'line.added', key: l.key, code: 'compare.change.lineAdded', params: { label: { msg: l.meta.label } } });
  });
  const inB = bb.matcher();
  ba.order.forEach((l, i) => {
    if (inB(ba.keys[i], i) === undefined && !explained(l)) out.push({ kind: 'line.removed', key: l.key, code: 'compare.change.lineRemoved', params: { label: { msg: l.meta.label } } });
  });
  return out;
}

/**
 * What changed from document `a` to document `b`, in this order: the horizon, measures, assumptions and other
 * inputs (in the order of the lines), entities added, removed or edited, the user's lines, other lines added or
 * removed. The name, description and provenance of a scenario are not changes of the plan and are not listed.
 * `lines`: the documents' lines when the caller has them built (a LiveScenario's), so they are not built again.
 */
export function diffDocuments(a: Scenario, b: Scenario, lines: { a?: readonly DomainLine[]; b?: readonly DomainLine[] } = {}): Change[] {
  const ba = build(a, lines.a);
  const bb = build(b, lines.b);
  const touched = new Set<string>();
  const out: Change[] = [];
  if (a.firstYear !== b.firstYear || a.years !== b.years) {
    out.push({ kind: 'horizon.changed', key: null, code: 'compare.change.horizon', params: { before: yearsLabel(a), after: yearsLabel(b) } });
  }
  out.push(...diffMeasures(a, b));
  out.push(...diffInputs(a, ba, b, bb));
  for (const c of COLLECTIONS) out.push(...diffCollection(c, a, ba, b, bb, touched));
  out.push(...diffCustomLines(a, b, touched));
  out.push(...diffLines(ba, bb, touched));
  return out;
}
