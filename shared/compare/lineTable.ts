// One scenario's lines as the comparison reads them: in the domain's order, their keys, each key's position and
// each entity's first line (both made when first needed), and the display order (by view, then order number).
// A document is never changed in place (an edit makes a new one), so the table of a document's own lines is made
// once and shared by the aligned rows and every change list the document is in: Sammenlign of four scenarios reads
// the first one's lines four times.
import { buildLines } from '../domain/buildLines';
import type { DomainLine, DomainLineMeta } from '../domain/types';
import type { LineKey, LineSpec } from '../engine';
import { VIEWS } from '../model/customLine';
import type { Scenario } from '../model/scenario';

/** Lines in display order: `sorted[j]` is the position of the j-th line shown, `keys[j]` its key. */
export interface DisplayOrder {
  sorted: Int32Array;
  keys: readonly LineKey[];
}

/** Per line, what its place in the display order depends on, read once from its meta. */
interface Columns {
  /** The view's place in VIEWS (after them: a view not listed). */
  view: Int32Array;
  order: Float64Array;
}

function viewRank(view: string | undefined): number {
  const i = (VIEWS as readonly string[]).indexOf(view ?? '');
  return i < 0 ? VIEWS.length : i;
}

function metaOf(l: LineSpec): Partial<DomainLineMeta> | undefined {
  return l.meta as Partial<DomainLineMeta> | undefined;
}

export class LineTable<L extends LineSpec = DomainLine> {
  readonly order: readonly L[];
  readonly keys: readonly LineKey[];
  private positions: Map<LineKey, number> | undefined;
  private scans = 0;
  private entities: Map<string, LineKey> | undefined;
  private columns: Columns | undefined;
  private display: DisplayOrder | undefined;
  private readonly compared = new WeakMap<LineTable<LineSpec>, boolean>();

  constructor(lines: readonly L[]) {
    // A copy: a LiveScenario's array changes with its next edit, the document this is kept for does not.
    const n = lines.length;
    const order: L[] = new Array(n);
    const keys: LineKey[] = new Array(n);
    for (let i = 0; i < n; i++) {
      order[i] = lines[i];
      keys[i] = lines[i].key;
    }
    this.order = order;
    this.keys = keys;
  }

  position(key: LineKey): number | undefined {
    // The first few keys not found near where they were looked for (a line added or removed) are looked for in
    // the keys one by one, cheaper than making the map of them all.
    if (this.positions === undefined && this.scans < SCANS) {
      this.scans++;
      const at = this.keys.indexOf(key);
      return at < 0 ? undefined : at;
    }
    if (this.positions === undefined) {
      const positions = new Map<LineKey, number>();
      for (let i = 0; i < this.keys.length; i++) positions.set(this.keys[i], i);
      this.positions = positions;
    }
    return this.positions.get(key);
  }

  has(key: LineKey): boolean {
    return this.position(key) !== undefined;
  }

  /** The first line of an entity (for navigation), null when it has none. */
  entityKey(kind: string, id: string): LineKey | null {
    if (this.entities === undefined) {
      const entities = new Map<string, LineKey>();
      let last: { kind: string; id: string } | undefined;
      for (const l of this.order) {
        const e = metaOf(l)?.entity;
        // An entity's lines mostly come one after another: only the first of a run is looked up.
        if (e === undefined || (last !== undefined && e.kind === last.kind && e.id === last.id)) continue;
        last = e;
        const id = `${e.kind}:${e.id}`;
        if (!entities.has(id)) entities.set(id, l.key);
      }
      this.entities = entities;
    }
    return this.entities.get(`${kind}:${id}`) ?? null;
  }

  /** Whether `other` holds the same keys at every position (kept: the rows and each change list ask). */
  sameKeys(other: LineTable<LineSpec>): boolean {
    if (other === this) return true;
    let same = this.compared.get(other);
    if (same === undefined) {
      same = sameKeys(this.keys, other.keys);
      this.compared.set(other, same);
      other.compared.set(this, same);
    }
    return same;
  }

  /** The position of the line of `key`, looked for first within a few positions of `near`, then in the map (made
   *  on first use): the lines a line reads mostly sit near it, and two scenarios' lines are mostly in the same
   *  order, a few added or removed shifting the rest. */
  find(key: LineKey, near: number): number | undefined {
    const i = findNear(this.keys, key, near);
    return i >= 0 ? i : this.position(key);
  }

  /** Finds each line of another table, walked in its order, among these lines: the position of the line of the
   *  same key, undefined when there is none. A line is looked for where the previous match says it should be,
   *  then near there, and only then in the map: copies of one plan make no map at all. */
  matcher(): (key: LineKey, at: number) => number | undefined {
    let offset = 0;
    const keys = this.keys;
    return (key, at) => {
      const guess = at + offset;
      if (guess < keys.length && keys[guess] === key) return guess;
      const found = this.find(key, guess);
      if (found !== undefined) offset = found - at;
      return found;
    };
  }

  /** The lines in display order: by view, then the domain's order number, then the order given. Taken from a
   *  table in `others` whose lines have the same keys, views and order numbers at every position (copies of one
   *  plan), else sorted. */
  displayOrder(others: readonly LineTable<LineSpec>[] = []): DisplayOrder {
    if (this.display !== undefined) return this.display;
    const mine = this.columnsNow();
    for (const o of others) {
      if (o === this || !this.sameKeys(o)) continue;
      const theirs = o.columnsNow();
      let same = true;
      for (let i = 0; i < this.keys.length && same; i++) same = mine.view[i] === theirs.view[i] && mine.order[i] === theirs.order[i];
      if (same) return (this.display = o.displayOrder());
    }
    const sorted = sortByView(mine);
    const keys: LineKey[] = new Array(sorted.length);
    for (let j = 0; j < sorted.length; j++) keys[j] = this.keys[sorted[j]];
    return (this.display = { sorted, keys });
  }

  private columnsNow(): Columns {
    if (this.columns !== undefined) return this.columns;
    const n = this.order.length;
    const view = new Int32Array(n);
    const order = new Float64Array(n);
    const ranks = new Map<string | undefined, number>();
    for (let i = 0; i < n; i++) {
      const meta = metaOf(this.order[i]);
      let rank = ranks.get(meta?.view);
      if (rank === undefined) ranks.set(meta?.view, (rank = viewRank(meta?.view)));
      view[i] = rank;
      order[i] = meta?.order ?? i;
    }
    return (this.columns = { view, order });
  }
}

/** The index of `key` within a few places of `near` in `keys`, -1 when it is not there. */
export function findNear(keys: readonly LineKey[], key: LineKey, near: number): number {
  const to = Math.min(keys.length, near + NEAR + 1);
  for (let i = Math.max(0, near - NEAR); i < to; i++) if (keys[i] === key) return i;
  return -1;
}

export function sameKeys(a: readonly LineKey[], b: readonly LineKey[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Positions sorted by view, order number and position: a stable counting sort by view, then each view's lines
 *  sorted by order number only where they are not in order already (the domain numbers them in order). */
function sortByView({ view, order }: Columns): Int32Array {
  const n = view.length;
  const start = new Int32Array(VIEWS.length + 2);
  for (let i = 0; i < n; i++) start[view[i] + 1]++;
  for (let v = 1; v < start.length; v++) start[v] += start[v - 1];
  const sorted = new Int32Array(n);
  const next = start.slice();
  for (let i = 0; i < n; i++) sorted[next[view[i]]++] = i;
  for (let v = 0; v + 1 < start.length; v++) {
    const from = start[v];
    const to = start[v + 1];
    let inOrder = true;
    for (let j = from + 1; j < to && inOrder; j++) inOrder = order[sorted[j - 1]] <= order[sorted[j]];
    if (inOrder) continue;
    const part = Array.from(sorted.subarray(from, to));
    part.sort((a, b) => order[a] - order[b] || a - b);
    sorted.set(part, from);
  }
  return sorted;
}

/** How far find() looks around a position before it reads the map. */
const NEAR = 8;
/** How many keys position() looks for one by one before it makes the map. */
const SCANS = 4;

const tables = new WeakMap<Scenario, LineTable>();

/** The table of a document's lines, made once per document. `lines`: the document's lines when the caller has
 *  them built (LiveScenario.allLines()), else they are built here. */
export function lineTable(doc: Scenario, lines?: readonly DomainLine[]): LineTable {
  let table = tables.get(doc);
  if (table === undefined) tables.set(doc, (table = new LineTable(lines ?? buildLines(doc).lines)));
  return table;
}
