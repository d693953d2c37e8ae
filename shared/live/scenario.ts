// A scenario being worked on: the document, its lines in a running engine, and the one way to change it —
// patches. Every edit (typed value, paste, switched measure, undo) applies patches to the document, rebuilds the
// lines from it and syncs the engine, whose incremental recompute updates only what depends on the change.
import { buildLines } from '../domain';
import type { DomainLineMeta } from '../domain/types';
import { Engine } from '../engine';
import type { LineKey, LineSpec } from '../engine/types';
import type { Scenario } from '../model';
import { applyPatches } from '../patch/apply';
import type { Patch } from '../patch/types';
import { syncEngine, type Template } from './sync';

export class LiveScenario {
  doc: Scenario;
  revision: number;
  engine: Engine;
  /** Bumped on every change of values, so views know to refresh. */
  version = 0;
  /** Bumped when lines are added, removed or redefined (not when only input values change): what a view's list of
   *  rows depends on. */
  shape = 0;
  private lines = new Map<LineKey, LineSpec>();
  private order: LineSpec[] = [];
  private templates = new Map<string, string>();
  /** Input lines by the document path of their per-year values: a typed or pasted number goes straight to the
   *  engine without rebuilding every line from the document. */
  private seriesSources = new Map<string, LineKey>();
  private position = new Map<LineKey, number>();

  constructor(doc: Scenario, revision: number) {
    this.doc = doc;
    this.revision = revision;
    this.engine = this.freshEngine();
  }

  get firstYear(): number {
    return this.engine.firstYear;
  }

  get years(): number[] {
    return Array.from({ length: this.engine.years }, (_, i) => this.engine.firstYear + i);
  }

  spec(key: LineKey): LineSpec | undefined {
    return this.lines.get(key);
  }

  /** All lines in the order the domain generated them. */
  allLines(): readonly LineSpec[] {
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
        const spec = this.lines.get(key)!;
        const input = Array.from(spec.input ?? []);
        input[yearIndex] = value;
        const next = { ...spec, input };
        this.lines.set(key, next);
        this.order[this.position.get(key)!] = next;
      }
      this.version++;
      return { changed, inverse };
    }
    const horizonChanged = doc.firstYear !== this.doc.firstYear || doc.years !== this.doc.years;
    this.doc = doc;
    if (horizonChanged) {
      this.engine = this.freshEngine();
      this.version++;
      return { changed: this.engine.keys(), inverse };
    }
    const { lines, templates } = buildLines(doc);
    this.defineTemplates(templates);
    const changed = syncEngine(this.engine, lines);
    this.index(lines);
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
    const { lines, templates } = buildLines(this.doc);
    this.templates.clear();
    for (const t of templates) {
      engine.defineTemplate(t.id, t.formula, t.params);
      this.templates.set(t.id, t.formula);
    }
    engine.load(lines);
    this.index(lines);
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
      const whole = this.seriesSources.get(JSON.stringify(p.path));
      if (whole && Array.isArray(p.value) && p.value.every(isCell)) {
        // The whole vector: every year of the horizon (missing years are blank).
        for (let y = 0; y < this.engine.years; y++) cells.push({ key: whole, yearIndex: y, value: (p.value[y] as number | null) ?? Number.NaN });
        continue;
      }
      const yearIndex = p.path[p.path.length - 1];
      if (typeof yearIndex !== 'number' || !isCell(p.value)) return null;
      const key = this.seriesSources.get(JSON.stringify(p.path.slice(0, -1)));
      if (!key) return null;
      if (yearIndex < this.engine.years) cells.push({ key, yearIndex, value: (p.value as number | null) ?? Number.NaN });
    }
    return cells;
  }

  private index(lines: LineSpec[]): void {
    this.shape++;
    this.order = lines;
    this.lines = new Map(lines.map((l) => [l.key, l]));
    this.position = new Map(lines.map((l, i) => [l.key, i]));
    this.seriesSources.clear();
    for (const l of lines) {
      const source = (l.meta as Partial<DomainLineMeta> | undefined)?.source;
      if (l.input && source?.kind === 'series') this.seriesSources.set(JSON.stringify(source.path), l.key);
    }
  }
}
