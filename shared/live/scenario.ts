// A scenario being worked on: the document, its lines in a running engine, and the one way to change it —
// patches. Every edit (typed value, paste, switched measure, undo) applies patches to the document, rebuilds the
// lines from it and syncs the engine, whose incremental recompute updates only what depends on the change.
// Rebuilding is as narrow as the edit allows: a typed value goes straight to its input line, an edit inside
// measures rebuilds only those measures' lines (domain/incremental.ts), anything else rebuilds every line.
import { buildLines, rebuildMeasures } from '../domain';
import type { DomainLine } from '../domain/types';
import { Engine } from '../engine';
import type { LineKey, LineSpec } from '../engine/types';
import type { Scenario } from '../model';
import { applyPatches } from '../patch/apply';
import type { Patch } from '../patch/types';
import { sameData } from './same';
import { syncEngine, syncLines, type Template } from './sync';
import { planYears } from '../model/years';

export class LiveScenario {
  doc: Scenario;
  revision: number;
  engine: Engine;
  /** Bumped on every change of values, so views know to refresh. */
  version = 0;
  /** Bumped when lines are added, removed or redefined (not when only input values change): what a view's list of
   *  rows depends on. */
  shape = 0;
  private order: DomainLine[] = [];
  private templates = new Map<string, string>();
  /** Input lines by the document path of their per-year values: a typed or pasted number goes straight to the
   *  engine without rebuilding every line from the document. */
  private sources: Map<string, LineKey> | null = null;
  /** Where each line sits in `order` (one map: the line itself is order[position]). */
  private position: ReadonlyMap<LineKey, number> = new Map();

  constructor(doc: Scenario, revision: number) {
    this.doc = doc;
    this.revision = revision;
    this.engine = this.freshEngine();
  }

  get firstYear(): number {
    return this.engine.firstYear;
  }

  get years(): number[] {
    return planYears(this.engine);
  }

  spec(key: LineKey): LineSpec | undefined {
    const at = this.position.get(key);
    return at === undefined ? undefined : this.order[at];
  }

  /** All lines in the order the domain generated them (the array changes with the next edit: copy what is kept). */
  allLines(): readonly DomainLine[] {
    return this.order;
  }

  /** Apply patches to the document and bring the engine along. Returns the keys whose values changed. */
  apply(patches: readonly Patch[]): { changed: LineKey[]; inverse: Patch[] } {
    const { doc, inverse } = applyPatches(this.doc, patches);
    const direct = this.directInputs(patches);
    if (direct) {
      this.doc = doc;
      const changed = this.engine.batch(() => {
        for (const { key, yearIndex, value } of direct) this.engine.setInput(key, yearIndex, value);
      });
      for (const { key, yearIndex, value } of direct) {
        const at = this.position.get(key)!;
        const spec = this.order[at];
        const input = Array.from(spec.input ?? []);
        input[yearIndex] = value;
        this.order[at] = { ...spec, input };
      }
      this.version++;
      return { changed, inverse };
    }
    const before = this.doc;
    const horizonChanged = doc.firstYear !== before.firstYear || doc.years !== before.years;
    this.doc = doc;
    if (horizonChanged) {
      this.engine = this.freshEngine();
      this.version++;
      return { changed: this.engine.keys(), inverse };
    }
    const partial = rebuildMeasures({ doc: before, lines: this.order }, doc);
    if (partial !== null) {
      // The same keys in the same places: positions stay; views need new rows only if a line shows differently.
      const changed = syncLines(this.engine, partial.changed);
      let shown = false;
      for (const l of partial.changed) {
        const old = this.order[this.position.get(l.key)!];
        if (!shown && !sameExceptInput(old, l)) shown = true;
        if (this.sources !== null) {
          this.unindexSource(this.sources, old);
          this.indexSource(this.sources, l);
        }
      }
      this.order = partial.lines;
      if (shown) this.shape++;
      this.version++;
      return { changed, inverse };
    }
    // Anything else: every line is built again, but the lines of measures the edit left alone are taken over.
    const { lines, templates, index } = buildLines(doc, { previous: { doc: before, lines: this.order } });
    this.defineTemplates(templates);
    const changed = syncEngine(this.engine, lines);
    this.index(lines, index);
    this.version++;
    return { changed, inverse };
  }

  /** Replace the document wholesale (after a reload from the store). */
  reset(doc: Scenario, revision: number): void {
    this.doc = doc;
    this.revision = revision;
    this.engine = this.freshEngine();
    this.version++;
  }

  private freshEngine(): Engine {
    const engine = new Engine({ firstYear: this.doc.firstYear, years: this.doc.years });
    const { lines, templates, index } = buildLines(this.doc);
    this.templates.clear();
    for (const t of templates) {
      engine.defineTemplate(t.id, t.formula, t.params);
      this.templates.set(t.id, t.formula);
    }
    engine.load(lines, { index });
    this.index(lines, index);
    return engine;
  }

  private defineTemplates(templates: readonly Template[]): void {
    for (const t of templates) {
      if (this.templates.get(t.id) === t.formula) continue;
      this.engine.defineTemplate(t.id, t.formula, t.params);
      this.templates.set(t.id, t.formula);
    }
  }

  /** The cells of patches that only set per-year input values (the domain maps those one to one onto input
   *  lines: value or blank), or null when any patch does more and the lines must be rebuilt. */
  private directInputs(patches: readonly Patch[]): { key: LineKey; yearIndex: number; value: number }[] | null {
    const cells: { key: LineKey; yearIndex: number; value: number }[] = [];
    const isCell = (v: unknown) => v === null || typeof v === 'number';
    for (const p of patches) {
      if (p.op !== 'set') return null;
      const whole = this.seriesSources().get(JSON.stringify(p.path));
      if (whole && Array.isArray(p.value) && p.value.every(isCell)) {
        // The whole vector: every year of the horizon (missing years are blank).
        for (let y = 0; y < this.engine.years; y++) cells.push({ key: whole, yearIndex: y, value: (p.value[y] as number | null) ?? Number.NaN });
        continue;
      }
      const yearIndex = p.path[p.path.length - 1];
      if (typeof yearIndex !== 'number' || !isCell(p.value)) return null;
      const key = this.seriesSources().get(JSON.stringify(p.path.slice(0, -1)));
      if (!key) return null;
      if (yearIndex < this.engine.years) cells.push({ key, yearIndex, value: (p.value as number | null) ?? Number.NaN });
    }
    return cells;
  }

  /** `index`: the positions buildLines gives with the lines (shared with the engine; neither changes it). */
  private index(lines: DomainLine[], index: ReadonlyMap<LineKey, number> | undefined): void {
    this.shape++;
    this.order = lines;
    if (index !== undefined) this.position = index;
    else {
      const position = new Map<LineKey, number>();
      for (let i = 0; i < lines.length; i++) position.set(lines[i].key, i);
      this.position = position;
    }
    this.sources = null;
  }

  /** Input lines by the document path of their values, made on the first edit that needs it (not on open: a
   *  path as text for each of some 20 000 input lines of a large scenario, which a view only looking never uses). */
  private seriesSources(): Map<string, LineKey> {
    if (this.sources === null) {
      const sources = new Map<string, LineKey>();
      for (const l of this.order) this.indexSource(sources, l);
      this.sources = sources;
    }
    return this.sources;
  }

  private indexSource(sources: Map<string, LineKey>, l: DomainLine): void {
    const source = l.meta?.source;
    if (l.input && source?.kind === 'series') sources.set(JSON.stringify(source.path), l.key);
  }

  private unindexSource(sources: Map<string, LineKey>, l: DomainLine): void {
    const source = l.meta?.source;
    if (!l.input || source?.kind !== 'series') return;
    const path = JSON.stringify(source.path);
    if (sources.get(path) === l.key) sources.delete(path);
  }
}

/** Two lines alike in everything but their input values. */
function sameExceptInput(a: DomainLine, b: DomainLine): boolean {
  const { input: _a, ...x } = a;
  const { input: _b, ...y } = b;
  return !!a.input === !!b.input && sameData(x, y);
}
