// The formula engine: lines (inputs, formulas, template instances) over a plan horizon, recomputed incrementally
// after each edit.
//
// Data layout: every line has an integer id; all values live in one Float64Array (`st.data[id * years + y]`),
// NaN marking an error cell whose cause is in the line's `errs`. Formulas compile to closures shared per shape
// (see compile.ts). Structural edits (formulas, lines, tags) rebuild the reference graph (O(lines + refs));
// value edits only walk the downstream lines of the edited one.
//
// Evaluation order (graph.ts, evaluationPlan): a line comes after the lines it reads, in the same year or earlier
// ones. Nearly every line is then computed all years at once by its vector form (vector.ts): one call per line
// instead of one per cell, reading each referenced line's years side by side. Only lines that read their own
// earlier years (`fond = prev(fond) + …`), or each other's, go year by year; a same-year cycle is an error.
import { activate, deactivate } from './activeStore';
import { checkCached, compiledShape, shapeCache } from './formulaCache';
import { compileShape, type Fn, type Shape, type Store } from './compile';
import { engineError, ErrorCode, FormulaError, sameError } from './errors';
import { explainCell, type ExplainView } from './explain';
import { ALONE, evaluationPlan, SELF } from './graph';
import { runPlan } from './plan';
import { RUN_MAX } from './run';
import { KeyIndex } from './keyIndex';
import { keepHiddenClass } from '../runtime/hiddenClass';
import { isValidParam, keyProblem } from './keys';
import { newLine, NO_NAMES, staticError, type Line } from './line';
import { nearest } from './suggest';
import { TagSums } from './tagSums';
import { bindTemplateText, type Template } from './template';
import type { EngineError, ExplainNode, LineKey, LineSpec } from './types';

/**
 * The work one recompute may do, in expression nodes evaluated (a sumtag() counts its group, an index() its years).
 * The largest valid scenario of the benchmark needs about 3 % of it; a hostile but valid file (thousands of lines
 * each summing thousands of tagged lines) would need hours. Past it, the cells left get the error engine.budget
 * instead of a value, so no recompute holds the thread for more than a few seconds (docs/architecture.md, "Budget").
 */
export const WORK_BUDGET = 200_000_000;

/** What the last recompute did: for tests (incremental work) and benchmarks. */
export interface RecomputeStats {
  /** Lines recomputed (formula lines evaluated, input and error lines rewritten). */
  lines: number;
  /** Lines reached from what changed (the roots and all that reads them): after an edit, those of them that
   *  read nothing that changed in the recompute are not recomputed (and not in `lines`). */
  reached: number;
  /** Formula cells evaluated (line × year). */
  cells: number;
  /** The first year index recomputed. */
  fromYear: number;
  /** Work done, in the budget's units (see WORK_BUDGET). */
  work: number;
  /** The recompute ran out of its budget: the cells it did not reach hold engine.budget. */
  stopped: boolean;
}

export interface LoadOptions {
  /** false: resolve definitions, names and cycles only (lineError reports those); values are computed by the next
   *  edit or recompute(). Default true. */
  compute?: boolean;
  /** The lines' keys → their positions in the list, in list order (buildLines gives one). Used instead of
   *  filling the engine's own index when it fits exactly; never changed. */
  index?: ReadonlyMap<LineKey, number>;
}

export class Engine {
  readonly firstYear: number;
  readonly years: number;

  private readonly st: Store = { data: new Float64Array(0), err: null, groups: [], slots: new Int32Array(64), work: 0, verr: [], vraised: false, voff: 0, roff: new Int32Array(0), rerr: false, sums: new TagSums(1) };
  /** The work one recompute may do (see WORK_BUDGET); past it, the cells left get engine.budget. */
  private readonly budget: number;
  /** The current recompute ran out of its budget. */
  private outOfBudget = false;
  /** The first free entry of st.slots (slot tables are appended; load() starts over). */
  private slotTop = 0;
  /** Input values as entered (NaN = blank), same layout as st.data; only input lines' cells are used. */
  private raw = new Float64Array(0);
  private lines: (Line | undefined)[] = [];
  private readonly byKey = new KeyIndex<Line>();
  private capacity = 0;
  private nextId = 0;
  private free: number[] = [];
  /** Ids of lines removed since the last settle: lines still bound to them are rebound (to an unknown-name error,
   *  or to a line added again under that key) in settleRemovals, and only then are the ids reused. */
  private removedIds: number[] = [];
  private removedFlag = new Uint8Array(0);

  private readonly templates = new Map<string, Template>();
  /** Compiled shapes by text, shared by the engines of this horizon (formulaCache.ts), and this engine's by
   *  template id (so that no text is looked up per template line). */
  private readonly shapes: Map<string, Shape>;
  private readonly templateShapes = new Map<string, Shape>();
  private readonly waiters = new Map<LineKey, Set<Line>>();
  private readonly tagIds = new Map<string, number>();

  // Graph, rebuilt after structural edits.
  private graphDirty = false;
  /** Some line was on a same-year cycle at the last graph rebuild. */
  private cyclic = false;
  private rank = new Int32Array(0);
  /** downstream()'s ranks to sort. */
  private rankScratch = new Int32Array(0);
  /** Per id, needStamp when the line is to be recomputed in the current recompute after an edit: a root, or a
   *  line that reads one that changed in it (evaluate()). */
  private need = new Uint32Array(0);
  private needStamp = 0;
  /** Lines that change mark their dependents in `need` (during evaluate() after an edit). */
  private pushing = false;
  /** The last walk from a single root (downstream()), kept until the graph is rebuilt; -1: none. */
  private walkRoot = -1;
  private walk: readonly number[] = [];
  /** The lines of a run that are to be recomputed (evaluate()). */
  private readonly runIds: number[] = new Array<number>(RUN_MAX).fill(0);
  private order: number[] = [];
  /** Per id, of the graph of all references (prev included): ALONE (computed all years at once, line by line),
   *  SELF (reads its own earlier years: year by year) or the component it shares with lines that read each
   *  other's earlier years (computed together, year by year). See evaluate(). */
  private block: Int32Array = new Int32Array(0);
  /** Per id: its group in the evaluation order (plan.ts); lines of one group and shape are computed as a run. */
  private group: Int32Array = new Int32Array(0);
  /** The slot tables of a run's lines (evaluate()). */
  private readonly runSos = new Int32Array(RUN_MAX);
  /** Per id, from the last graph rebuild: what evaluate() does with the line (see LineKind), its shape and the
   *  start of its slot table. Evaluation reads these columns, not the line objects. */
  private kind = new Uint8Array(0);
  private shapeOf: (Shape | null)[] = [];
  private soOf = new Int32Array(0);
  /** Per id: how many years of the line hold an error (its `errs`). */
  private nErr = new Int32Array(0);
  /** Dependents in compressed form: the dependents of id are depList[depStart[id] … depStart[id + 1]). */
  private depStart = new Int32Array(1);
  private depList = new Int32Array(0);
  /** Precedents in compressed form, per id: all of them at allBuf[allStart[id] … + allLen[id]), the same-year
   *  ones likewise in sameBuf. One buffer for the model instead of two small arrays per line. */
  private allStart = new Int32Array(0);
  private allLen = new Int32Array(0);
  private allBuf: Int32Array = new Int32Array(0);
  private sameStart = new Int32Array(0);
  private sameLen = new Int32Array(0);
  private sameBuf: Int32Array = new Int32Array(0);

  // Work pending for the next flush.
  private readonly roots = new IdSet();
  private fromYear: number;
  /** Lines whose values or errors changed since the last flush: a list plus a flag per id. */
  private changedList: number[] = [];
  private changedFlag = new Uint8Array(0);
  private removedKeys = new Set<LineKey>();
  private batchDepth = 0;
  /** Every line is to be recomputed (load, recompute): skip the walk. */
  private allDirty = false;
  private suggestMemo = new Map<string, string | undefined>();
  private mark = new Uint32Array(0);
  private mark2 = new Uint32Array(0);
  private epoch = 0;

  private readonly stats: RecomputeStats = { lines: 0, reached: 0, cells: 0, fromYear: 0, work: 0, stopped: false };

  /** focus(): the lines kept up to date while it runs (null: no focus), per id 1 when one of them reads the line
   *  directly or not (null until needed, and again after each graph rebuild), and the lines an edit reached but
   *  left for later, with the first year they must be recomputed from. */
  private focusKeys: LineKey[] | null = null;
  private focusNeed: Uint8Array | null = null;
  private deferred = new Set<number>();
  private deferredFrom = Infinity;

  constructor(opts: { firstYear: number; years: number; budget?: number }) {
    const { firstYear, years } = opts;
    this.budget = opts.budget ?? WORK_BUDGET;
    if (!Number.isInteger(firstYear) || !Number.isInteger(years) || years < 1) {
      throw new FormulaError(engineError(ErrorCode.invalidHorizon, { firstYear: String(firstYear), years: String(years) }));
    }
    this.firstYear = firstYear;
    this.years = years;
    this.fromYear = years;
    this.st.verr = new Array<EngineError | null>(years).fill(null);
    this.st.sums = new TagSums(years);
    this.shapes = shapeCache(firstYear, years);
  }

  // ---------------------------------------------------------------- templates

  /** Parse and check a shared formula shape once. `params` are placeholder symbols; a line binding
   *  { m: 'tiltak.m12' } turns `m.full` in the template into a reference to `tiltak.m12.full`.
   *  Redefining an id with another text recompiles and recomputes the lines that use it (the same text again is
   *  a no-op). Throws FormulaError on a bad template. */
  defineTemplate(id: string, formula: string, params: string[]): void {
    for (const p of params) {
      if (!isValidParam(p)) throw new FormulaError(engineError(ErrorCode.templateParam, { param: String(p) }));
    }
    if (new Set(params).size !== params.length) {
      const dup = params.find((p, i) => params.indexOf(p) !== i)!;
      throw new FormulaError(engineError(ErrorCode.templateParam, { param: dup }));
    }
    const checked = checkCached(formula);
    if (!checked.ok) throw new FormulaError(checked.error);
    const old = this.templates.get(id);
    if (old !== undefined && old.text === formula && old.params.join() === params.join()) return;
    this.templates.set(id, { id, text: formula, params: [...params], expr: checked.expr });
    this.templateShapes.delete(id);
    // The lines that use the template (a rare edit: a scan is cheaper than keeping a set of users per template).
    const users: Line[] = [];
    for (const l of this.byKey.values()) if (l.spec.template?.id === id) users.push(l);
    if (users.length === 0) return;
    for (const l of users) {
      this.define(l, this.specOf(l));
      this.bind(l);
    }
    this.commit();
  }

  hasTemplate(id: string): boolean {
    return this.templates.has(id);
  }

  // ---------------------------------------------------------------- whole model

  /** Replace the whole model and recompute everything (unless `compute` is false, see LoadOptions). Never throws
   *  on bad formulas or cycles: those become per-line errors (values with a cause). A key given twice: the first
   *  line is kept and carries the error engine.duplicateKey. Templates stay defined. The specs are kept as given
   *  (not copied): do not change them afterwards. */
  load(lines: LineSpec[], opts: LoadOptions = {}): void {
    // Keys are nearly always distinct: the first pass does not look each one up before adding it, and only when
    // the count shows a duplicate is the load done again, checking every key. A caller's index of the keys, when
    // it fits, saves filling a map at all.
    const index = opts.index !== undefined && KeyIndex.fits(opts.index, lines) ? opts.index : null;
    if (!this.loadOnce(lines, index)) this.loadOnce(lines, 'careful');
    this.allDirty = true;
    if (opts.compute === false) {
      // A check of the model only (compute: false): definitions, names and cycles are resolved, so lineError
      // reports those; values stay blank until the next edit or recompute(), which computes everything.
      this.ensureGraph();
      return;
    }
    // load() returns nothing: every key changed, no list to make.
    if (this.batchDepth === 0) this.flush(false);
  }

  /** The body of load(): keys indexed by `index` (which fits them), else looked up one by one when careful, else
   *  added unchecked. False (with nothing bound yet) when neither and the keys are not distinct. */
  private loadOnce(lines: LineSpec[], index: ReadonlyMap<LineKey, number> | 'careful' | null): boolean {
    const careful = index === 'careful';
    const duplicates: Line[] = [];
    const register = index === null || careful;
    this.lines = new Array<Line | undefined>(lines.length);
    this.byKey.clear();
    this.free = [];
    for (const id of this.removedIds) this.removedFlag[id] = 0;
    this.removedIds = [];
    this.nextId = 0;
    this.waiters.clear();
    this.capacity = 0;
    this.slotTop = 0;
    this.ensureCapacity(Math.max(16, lines.length)); // fresh stores, all blank
    this.st.sums.reset();
    this.roots.clear();
    this.clearChanged();
    this.removedKeys.clear();
    // Everything is recomputed: no roots to collect while the lines are created.
    this.allDirty = true;
    // Indexed loops over the lines here and in the graph's rebuild: a for-of made an iterator result per line.
    for (let i = 0; i < lines.length; i++) {
      const spec = lines[i];
      if (careful) {
        const existing = this.byKey.get(spec.key);
        if (existing !== undefined) {
          duplicates.push(existing);
          continue;
        }
      }
      this.define(this.create(spec, register, true), spec);
    }
    if (!register) this.byKey.adopt(index as ReadonlyMap<LineKey, number>, this.lines);
    if (!careful && this.byKey.size !== lines.length) return false;
    for (const l of duplicates) l.defErr = engineError(ErrorCode.duplicateKey, { key: String(l.key) });
    // Lines were created with ids 0, 1, … in order.
    const created = this.lines;
    for (let id = 0; id < this.nextId; id++) this.bind(created[id]!);
    return true;
  }

  /** Run several edits as one: the graph is rebuilt and values recomputed once at the end. Returns the keys
   *  whose values changed over the whole batch (the edit calls inside return []). */
  batch(edits: () => void): LineKey[] {
    this.batchDepth++;
    let result: LineKey[] = [];
    try {
      edits();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) result = this.flush();
    }
    return result;
  }

  /**
   * Run `body` with recomputes narrowed to `keys`: while it runs, an edit recomputes only the lines that `keys`
   * read, directly or not (and `keys` themselves and the edited input lines); the other lines it reaches keep their
   * values until `body` ends, and are then recomputed at once. Values read meanwhile from lines outside the focus
   * may be out of date. For analyses that make thousands of edits and read a few lines after each: the lines
   * nobody reads (other totals, views) are computed once instead of after every edit. Results are exactly those
   * of unfocused recomputes. A focus inside another widens it to both until the outer one ends; unknown keys are
   * ignored. The keys the final recompute changes are not returned.
   */
  focus<T>(keys: readonly LineKey[], body: () => T): T {
    const outer = this.focusKeys;
    if (outer !== null) {
      // Widening: what was left for later may now be read, so it is brought up to date first.
      this.resumeDeferred();
      this.focusKeys = [...outer, ...keys];
      this.focusNeed = null;
      this.commit();
      return body();
    }
    this.focusKeys = [...keys];
    this.focusNeed = null;
    try {
      return body();
    } finally {
      this.focusKeys = null;
      this.focusNeed = null;
      this.resumeDeferred();
      this.commit();
    }
  }

  /** Recompute every line and year without changing anything (a full recompute, e.g. to compare against the
   *  incremental result). Returns the keys whose values changed, normally none. */
  recompute(): LineKey[] {
    this.allDirty = true;
    this.fromYear = 0;
    return this.commit();
  }

  // ---------------------------------------------------------------- incremental edits

  /** Set one input cell (NaN = blank). Returns the keys whose values changed (the edited line first, when it
   *  changed).
   *  Throws FormulaError engine.unknownLine / engine.notInput / engine.yearOutOfRange. */
  setInput(key: LineKey, yearIndex: number, value: number): LineKey[] {
    const l = this.inputLine(key);
    this.checkYear(yearIndex);
    this.raw[l.base + yearIndex] = value;
    this.touchInput(l, yearIndex);
    return this.commit();
  }

  /** Set all input values of a line; years beyond `values.length` become blank. */
  setInputs(key: LineKey, values: ArrayLike<number>): LineKey[] {
    const l = this.inputLine(key);
    this.writeRaw(l, values);
    this.touchInput(l, 0);
    return this.commit();
  }

  /** Set many input cells at once (a paste). Checks every cell before changing any. */
  setInputBlock(cells: { key: LineKey; yearIndex: number; value: number }[]): LineKey[] {
    const targets = cells.map((c) => {
      const l = this.inputLine(c.key);
      this.checkYear(c.yearIndex);
      return l;
    });
    cells.forEach((c, i) => {
      this.raw[targets[i].base + c.yearIndex] = c.value;
      this.touchInput(targets[i], c.yearIndex);
    });
    return this.commit();
  }

  /** Give an existing line a formula (an input line becomes calculated). A formula that does not parse gives
   *  an error value on that line. Returns the line's key first, then the keys whose values changed.
   *  Throws FormulaError engine.unknownLine when there is no such line. */
  setFormula(key: LineKey, formula: string): LineKey[] {
    const l = this.byKey.get(key);
    if (l === undefined) throw new FormulaError(engineError(ErrorCode.unknownLine, { key: String(key) }));
    const { input: _input, template: _template, ...rest } = l.spec;
    this.define(l, { ...rest, formula });
    this.bind(l);
    this.markChanged(l.id);
    return this.commit();
  }

  /** Add a line, or replace the definition of an existing one (it keeps its place in keys()). Returns the line's
   *  key first, then the keys whose values changed. */
  upsertLine(spec: LineSpec): LineKey[] {
    let l = this.byKey.get(spec.key);
    if (l !== undefined) {
      this.define(l, spec);
      this.bind(l);
      this.markChanged(l.id);
    } else {
      l = this.create(spec);
      this.define(l, spec);
      this.bind(l);
      const waiting = this.waiters.get(spec.key);
      if (waiting !== undefined) for (const w of [...waiting]) this.bind(w);
    }
    return this.commit();
  }

  /** Remove a line; lines that referenced it get an unknown-name error. Returns its key first, then the keys
   *  whose values changed; [] when there was no such line. */
  removeLine(key: LineKey): LineKey[] {
    const l = this.byKey.get(key);
    if (l === undefined) return [];
    this.byKey.delete(key);
    this.unbind(l);
    this.lines[l.id] = undefined;
    // The lines bound to it are found and rebound in one pass at the end of the batch (settleRemovals), not here:
    // a reverse index of bindings would cost a set per line on every load.
    if (this.removedFlag.length < this.capacity) {
      const flags = new Uint8Array(this.capacity);
      flags.set(this.removedFlag);
      this.removedFlag = flags;
    }
    this.removedFlag[l.id] = 1;
    this.removedIds.push(l.id);
    this.removedKeys.add(key);
    this.structural();
    return this.commit();
  }

  // ---------------------------------------------------------------- checks

  /** Check a formula without changing anything: null when fine, else the error (parse error, forbidden
   *  construct, unknown name with suggestion, a same-year cycle if it were assigned to `forKey`). */
  checkFormula(formula: string, forKey?: LineKey): EngineError | null {
    const checked = checkCached(formula);
    if (!checked.ok) return checked.error;
    // Compiled but not cached: checks run on every keystroke of the formula bar.
    const shape = this.shapes.get(formula) ?? compileShape(checked.expr, { firstYear: this.firstYear, years: this.years });
    for (const name of shape.names) {
      if (!this.byKey.has(name)) return this.unknownName(name);
    }
    if (forKey === undefined) return null;
    this.ensureGraph();
    // A cycle: some line read in the same year already depends, in the same year, on forKey.
    const target = this.byKey.get(forKey);
    const starts: Line[] = [];
    for (const r of shape.reads) {
      if (r.lag !== 0 || r.kind === 'counttag') continue;
      if (r.kind === 'line') starts.push(this.byKey.get(shape.names[r.slot])!);
      else {
        const tag = shape.tags[r.slot - shape.names.length];
        for (const l of this.byKey.values()) if (l.tags.includes(tag)) starts.push(l);
      }
    }
    for (const s of starts) {
      if (s.key === forKey) return this.cycleError([forKey, forKey]);
      if (target === undefined) continue;
      const path = this.sameYearPath(s, target);
      if (path !== null) return this.cycleError([forKey, ...path.map((l) => l.key)]);
    }
    return null;
  }

  // ---------------------------------------------------------------- reading

  has(key: LineKey): boolean {
    return this.byKey.has(key);
  }

  /** All keys in the order lines were added (load order, then upserts). */
  keys(): LineKey[] {
    return [...this.byKey.keys()];
  }

  /** The line's spec as it stands now (input values as edited, a copy). */
  spec(key: LineKey): LineSpec | undefined {
    const l = this.byKey.get(key);
    return l === undefined ? undefined : this.specOf(l);
  }

  /** How `spec` differs from the line the engine holds under its key, for the parts the engine reads: 'same';
   *  'inputs' when only its input values differ (setInputs brings it in line); 'definition' when its kind,
   *  formula, template or tags differ, or there is no such line (upsertLine). Labels, units and meta are not
   *  compared. Input values are compared with Object.is (NaN = blank equals itself). No copies are made, so a
   *  whole model can be compared line by line cheaply. */
  difference(spec: LineSpec): 'same' | 'inputs' | 'definition' {
    const l = this.byKey.get(spec.key);
    if (l === undefined) return 'definition';
    const old = l.spec;
    if (l.input !== !!spec.input) return 'definition';
    // The very spec the line was defined from (a rebuild that reused it) can differ in inputs only (setInput).
    if (old !== spec) {
      if (old.formula !== spec.formula || !sameTags(old.tags, spec.tags)) return 'definition';
      if (old.template !== undefined || spec.template !== undefined) {
        if (old.template === undefined || spec.template === undefined) return 'definition';
        if (old.template.id !== spec.template.id || !sameArgs(old.template.args, spec.template.args)) return 'definition';
      }
    }
    if (!l.input) return 'same';
    const values = spec.input!;
    if (values.length !== this.years) return 'inputs';
    const raw = this.raw;
    for (let y = 0; y < this.years; y++) if (!Object.is(raw[l.base + y], values[y])) return 'inputs';
    return 'same';
  }

  /** The formula as shown to users: the formula text, or the template text with its arguments bound.
   *  Undefined for input lines and unknown keys. */
  formulaText(key: LineKey): string | undefined {
    const l = this.byKey.get(key);
    return l === undefined ? undefined : this.textOf(l);
  }

  /** NaN when that cell is an error (or the key or year does not exist). Blank inputs read as 0. */
  value(key: LineKey, yearIndex: number): number {
    const l = this.byKey.get(key);
    if (l === undefined || !this.inRange(yearIndex)) return NaN;
    return this.st.data[l.base + yearIndex];
  }

  /** A copy of the line's values for every year (NaN = error); all NaN for an unknown key. */
  values(key: LineKey): Float64Array {
    const l = this.byKey.get(key);
    if (l === undefined) return new Float64Array(this.years).fill(NaN);
    return this.st.data.slice(l.base, l.base + this.years);
  }

  /** Many lines' values without a lookup per cell: each key's start in `data` (-1 for an unknown key), where the
   *  line's years are data[start … start + years − 1] (NaN = error), as value() reads them. Without `keys`: every
   *  line, in the order of keys(), found without a lookup (`keys` says which). `data` is the engine's own array,
   *  not a copy: only read it, and only until the next edit (an edit may change or replace it). */
  valueRows(keys?: readonly LineKey[]): { data: Float64Array; starts: Int32Array; keys: readonly LineKey[] } {
    if (keys === undefined) {
      const all = this.keys();
      const starts = new Int32Array(all.length);
      let i = 0;
      for (const l of this.byKey.values()) starts[i++] = l.base;
      return { data: this.st.data, starts, keys: all };
    }
    const starts = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) starts[i] = this.byKey.get(keys[i])?.base ?? -1;
    return { data: this.st.data, starts, keys };
  }

  /** Why the cell has no value; undefined when it has one. */
  error(key: LineKey, yearIndex: number): EngineError | undefined {
    this.settle();
    const l = this.byKey.get(key);
    if (l === undefined) return engineError(ErrorCode.unknownLine, { key: String(key) });
    if (!this.inRange(yearIndex)) {
      return engineError(ErrorCode.yearOutOfRange, { index: yearIndex, last: this.years - 1 });
    }
    return this.cellError(l, yearIndex);
  }

  /** First error of the line in any year, undefined when none. */
  lineError(key: LineKey): EngineError | undefined {
    this.settle();
    const l = this.byKey.get(key);
    if (l === undefined) return engineError(ErrorCode.unknownLine, { key: String(key) });
    const s = staticError(l);
    if (s !== null) return s;
    if (this.nErr[l.id] === 0 || l.errs === null) return undefined;
    return l.errs.find((e) => e !== undefined);
  }

  /** The derivation of one cell: formula (templates bound), each referenced value with its own derivation,
   *  prev references at their own year. Expands `maxDepth` levels below the root (default 3); a cell met twice
   *  is shown but not expanded again. */
  explain(key: LineKey, yearIndex: number, maxDepth = 3): ExplainNode {
    this.settle();
    const l = this.byKey.get(key);
    if (l === undefined || !this.inRange(yearIndex)) {
      return { key, year: this.firstYear + yearIndex, value: null, error: this.error(key, yearIndex), inputs: [] };
    }
    return explainCell(this.view(), l, yearIndex, maxDepth);
  }

  /** Lines that read `key` directly: in the same year, through prev, or through a sumtag of one of its tags. */
  dependents(key: LineKey): LineKey[] {
    const l = this.byKey.get(key);
    if (l === undefined) return [];
    this.ensureGraph();
    const out: LineKey[] = [];
    for (let i = this.depStart[l.id]; i < this.depStart[l.id + 1]; i++) out.push(this.lines[this.depList[i]]!.key);
    return out;
  }

  /** Lines that `key` reads directly (sumtag: every line carrying the tag). */
  precedents(key: LineKey): LineKey[] {
    const l = this.byKey.get(key);
    if (l === undefined) return [];
    this.ensureGraph();
    const out: LineKey[] = [];
    for (let i = this.allStart[l.id], end = i + this.allLen[l.id]; i < end; i++) out.push(this.lines[this.allBuf[i]]!.key);
    return out;
  }

  /** What the last recompute evaluated (for tests and benchmarks). */
  lastRecompute(): RecomputeStats {
    return { ...this.stats };
  }

  // ================================================================ internals: definition and binding

  /** A new line under spec.key (registered in byKey unless the caller indexes the keys itself). In a load
   *  (`fresh`) the stores are new and every id unused: nothing to clear, and no changes to report. */
  private create(spec: LineSpec, register = true, fresh = false): Line {
    const key = spec.key;
    const id = this.free.pop() ?? this.nextId++;
    this.ensureCapacity(id + 1);
    const l = newLine(id, this.years, spec);
    if (!fresh) {
      this.nErr[id] = 0;
      // A reused id still holds its former line's values: start blank, and report the new line as changed.
      this.st.data.fill(NaN, l.base, l.base + this.years);
      this.markChanged(id);
    }
    this.lines[id] = l;
    if (register) this.byKey.set(key, l);
    this.structural(l.id);
    return l;
  }

  private ensureCapacity(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(n, this.capacity * 2, 16);
    const data = new Float64Array(cap * this.years).fill(NaN);
    data.set(this.st.data.subarray(0, this.capacity * this.years));
    this.st.data = data;
    // Raw values are read only for input lines, which write every year of theirs first: no blank fill needed.
    const raw = new Float64Array(cap * this.years);
    raw.set(this.raw.subarray(0, this.capacity * this.years));
    this.raw = raw;
    const flags = new Uint8Array(cap);
    flags.set(this.changedFlag.subarray(0, this.capacity));
    this.changedFlag = flags;
    const nErr = new Int32Array(cap);
    nErr.set(this.nErr.subarray(0, this.capacity));
    this.nErr = nErr;
    this.capacity = cap;
  }

  /** Read a spec into the line: kind, input values, compiled shape. Names are resolved later by bind(). */
  private define(l: Line, spec: LineSpec): void {
    const input = spec.input;
    // Kept as given, not copied (tens of thousands of lines load at once); specOf() copies it on the way out.
    l.spec = spec;
    l.tags = Array.isArray(spec.tags) ? distinctStrings(spec.tags) : NO_TAGS;
    l.input = false;
    l.shape = null;
    l.template = null;
    l.defErr = null;
    this.structural(l.id);

    const problem = keyProblem(l.key);
    if (problem !== null) {
      l.defErr = engineError(problem === 'invalid' ? ErrorCode.invalidKey : ErrorCode.reservedKey, { key: String(l.key) });
    }
    const kinds = Number(input !== undefined) + Number(spec.formula !== undefined) + Number(spec.template !== undefined);
    if (kinds !== 1) {
      l.defErr ??= engineError(ErrorCode.lineKind, { key: String(l.key) });
      return;
    }
    if (input !== undefined) {
      l.input = true;
      this.writeRaw(l, input);
      return;
    }
    if (spec.formula !== undefined) {
      const text = String(spec.formula);
      const checked = checkCached(text);
      if (!checked.ok) l.defErr ??= checked.error;
      else l.shape = compiledShape(this.shapes, text, checked.expr, this.firstYear, this.years);
      return;
    }
    const { id } = spec.template!;
    const tpl = this.templates.get(id);
    if (tpl === undefined) {
      l.defErr ??= engineError(ErrorCode.unknownTemplate, { id: String(id) });
      return;
    }
    l.template = tpl;
    let shape = this.templateShapes.get(id);
    if (shape === undefined) {
      shape = compiledShape(this.shapes, tpl.text, tpl.expr, this.firstYear, this.years);
      this.templateShapes.set(id, shape);
    }
    l.shape = shape;
  }

  private unbind(l: Line): void {
    if (l.waits.length > 0) {
      for (const name of l.waits) this.waiters.get(name)?.delete(l);
      l.waits = NO_NAMES;
    }
  }

  /** Resolve the shape's names to line offsets (templates: through the line's arguments). */
  private bind(l: Line): void {
    this.unbind(l);
    l.bindErr = null;
    this.structural(l.id);
    const shape = l.shape;
    if (shape === null || l.defErr !== null) return;
    const names = shape.names;
    const n = names.length + shape.tags.length;
    if (n > l.slotCap) {
      // A new slot table at the end (the old one, if any, is left unused until the next load).
      if (this.slotTop + n > this.st.slots.length) {
        const grown = new Int32Array(Math.max(this.st.slots.length * 2, this.slotTop + n));
        grown.set(this.st.slots.subarray(0, this.slotTop));
        this.st.slots = grown;
      }
      l.so = this.slotTop;
      l.slotCap = n;
      this.slotTop += n;
    }
    const slots = this.st.slots;
    const so = l.so;
    const tpl = l.template;
    const plan = tpl === null ? null : templatePlan(tpl, names);
    const args = argsOf(l);
    for (let i = 0; i < names.length; i++) {
      // −1 until resolved (a line with a binding error is never evaluated, but settleRemovals reads its slots).
      slots[so + i] = -1;
      let key: string | undefined = names[i];
      const step = plan === null ? null : plan[i];
      if (step !== null && step.param !== null) {
        // bindName(), with the name split once per template.
        const arg = Object.prototype.hasOwnProperty.call(args, step.param) ? args[step.param] : undefined;
        if (typeof arg === 'string') {
          // Generated lines come in the same pattern (a measure's template line near its parameters): the line
          // as far from this one as the last one bound by this name is tried first, compared in place, so that
          // no key string is made and hashed for most names. Only a live line is in `lines`, under its own key.
          const guess = this.lines[l.id + step.delta];
          const gk = guess === undefined ? '' : guess.key;
          if (gk.length === arg.length + step.rest.length && gk.startsWith(arg) && gk.endsWith(step.rest)) {
            slots[so + i] = guess!.base;
            continue;
          }
          key = arg + step.rest;
        } else key = undefined;
      }
      if (key === undefined) {
        l.bindErr ??= engineError(ErrorCode.templateArg, { id: tpl!.id, param: names[i].split('.')[0] });
        continue;
      }
      const target = this.byKey.get(key);
      if (target === undefined) {
        if (l.waits === NO_NAMES) l.waits = [];
        l.waits.push(key);
        let w = this.waiters.get(key);
        if (w === undefined) this.waiters.set(key, (w = new Set()));
        w.add(l);
        l.bindErr ??= this.unknownName(key);
        continue;
      }
      slots[so + i] = target.base;
      if (step !== null) step.delta = target.id - l.id;
    }
    for (let i = 0; i < shape.tags.length; i++) slots[so + names.length + i] = this.tagId(shape.tags[i]);
  }

  private tagId(tag: string): number {
    let id = this.tagIds.get(tag);
    if (id === undefined) {
      id = this.tagIds.size;
      this.tagIds.set(tag, id);
      this.st.groups.push(new Int32Array(0));
    }
    return id;
  }

  private unknownName(name: string): EngineError {
    let suggestion: string | undefined;
    if (this.suggestMemo.has(name)) suggestion = this.suggestMemo.get(name);
    else {
      suggestion = nearest(name, this.byKey.keys());
      this.suggestMemo.set(name, suggestion);
    }
    return suggestion === undefined
      ? engineError(ErrorCode.unknownName, { name })
      : engineError(ErrorCode.unknownNameSuggest, { name, suggestion });
  }

  private cycleError(keys: LineKey[]): EngineError {
    return engineError(ErrorCode.cycle, { cycle: keys.join(' → ') });
  }

  /** A same-year reference path from `from` to `to` (both included), or null. */
  private sameYearPath(from: Line, to: Line): Line[] | null {
    const parent = new Map<number, number>([[from.id, -1]]);
    const queue = [from.id];
    for (let qi = 0; qi < queue.length; qi++) {
      const id = queue[qi];
      if (id === to.id) {
        const path: Line[] = [];
        for (let x = id; x !== -1; x = parent.get(x)!) path.push(this.lines[x]!);
        return path.reverse();
      }
      for (let i = this.sameStart[id], end = i + this.sameLen[id]; i < end; i++) {
        const p = this.sameBuf[i];
        if (!parent.has(p)) {
          parent.set(p, id);
          queue.push(p);
        }
      }
    }
    return null;
  }

  private specOf(l: Line): LineSpec {
    const { input: _input, ...rest } = l.spec;
    const spec: LineSpec = rest;
    if (l.spec.tags !== undefined) spec.tags = [...l.spec.tags];
    if (l.input) spec.input = Array.from(this.raw.subarray(l.base, l.base + this.years));
    return spec;
  }

  private textOf(l: Line): string | undefined {
    if (l.template !== null) return bindTemplateText(l.template.text, l.template.params, argsOf(l));
    if (l.spec.formula !== undefined) return String(l.spec.formula);
    return undefined;
  }

  /** Store input values; years beyond `values` are blank, anything not a number is blank. */
  private writeRaw(l: Line, values: ArrayLike<number>): void {
    const n = Math.min(this.years, values?.length ?? 0);
    for (let y = 0; y < this.years; y++) {
      const v = y < n ? values[y] : NaN;
      this.raw[l.base + y] = typeof v === 'number' ? v : NaN;
    }
  }

  private inputLine(key: LineKey): Line {
    const l = this.byKey.get(key);
    if (l === undefined) throw new FormulaError(engineError(ErrorCode.unknownLine, { key: String(key) }));
    if (!l.input) throw new FormulaError(engineError(ErrorCode.notInput, { key: String(key) }));
    return l;
  }

  private inRange(yearIndex: number): boolean {
    return Number.isInteger(yearIndex) && yearIndex >= 0 && yearIndex < this.years;
  }

  private checkYear(yearIndex: number): void {
    if (!this.inRange(yearIndex)) {
      throw new FormulaError(engineError(ErrorCode.yearOutOfRange, { index: yearIndex, last: this.years - 1 }));
    }
  }

  private touchInput(l: Line, yearIndex: number): void {
    this.roots.add(l.id);
    if (yearIndex < this.fromYear) this.fromYear = yearIndex;
  }

  /** A change of definitions or references: rebuild the graph, recompute from the first year. */
  private structural(id?: number): void {
    this.graphDirty = true;
    this.fromYear = 0;
    if (id !== undefined && !this.allDirty) this.roots.add(id);
  }

  private commit(): LineKey[] {
    return this.batchDepth > 0 ? [] : this.flush();
  }

  // ================================================================ internals: graph

  private ensureGraph(): void {
    this.settle();
    if (this.graphDirty) this.rebuildGraph();
  }

  /** Bindings up to date after removals (inside a batch they are brought up to date lazily). */
  private settle(): void {
    if (this.removedIds.length > 0) this.settleRemovals();
  }

  /** Rebind the lines still bound to removed lines, then free the removed ids for reuse. */
  private settleRemovals(): void {
    const Y = this.years;
    const flag = this.removedFlag;
    for (const l of this.byKey.values()) {
      const shape = l.shape;
      // Lines with a binding error too: the first unknown name reported must be the first in the formula.
      if (shape === null || l.defErr !== null) continue;
      if (l.so < 0) continue;
      const slots = this.st.slots;
      for (let i = 0; i < shape.names.length; i++) {
        const base = slots[l.so + i];
        if (base >= 0 && flag[(base / Y) | 0] === 1) {
          this.bind(l);
          break;
        }
      }
    }
    for (const id of this.removedIds) {
      flag[id] = 0;
      this.free.push(id);
    }
    this.removedIds = [];
  }

  private rebuildGraph(): void {
    const Y = this.years;
    const cap = this.capacity;
    // One pass over the line objects, whose fields are scattered over the heap: the live ids in key order, what
    // evaluate() does with each (kind, shape, slot table: the columns it reads) and the tag groups' members. Every
    // later pass reads these columns. A line on a same-year cycle is marked failed once the cycles are known.
    const ids = new Int32Array(this.byKey.size);
    const kind = new Uint8Array(cap);
    const shapeOf = new Array<Shape | null>(cap).fill(null);
    const soOf = new Int32Array(cap);
    // Tag groups; a line reading a group whose members changed must be recomputed.
    const members: number[][] = [];
    const live = this.byKey.list();
    let n = 0;
    for (let k = 0; k < live.length; k++) {
      const l = live[k];
      const id = l.id;
      ids[n++] = id;
      const tags = l.tags;
      for (let t = 0; t < tags.length; t++) {
        const gid = this.tagId(tags[t]);
        while (members.length <= gid) members.push([]);
        members[gid].push(l.base);
      }
      if (l.defErr !== null || l.bindErr !== null) kind[id] = FAILED;
      else if (l.input) kind[id] = INPUT;
      else if (l.shape !== null) {
        kind[id] = FORMULA;
        shapeOf[id] = l.shape;
        soOf[id] = l.so;
      }
    }
    while (members.length < this.tagIds.size) members.push([]);
    const changedGroup = new Uint8Array(members.length);
    const groups = members.map((m, gid) => {
      const old = this.st.groups[gid];
      if (old === undefined || old.length !== m.length || m.some((v, i) => old[i] !== v)) changedGroup[gid] = 1;
      return Int32Array.from(m);
    });
    const changedGroups = new Set<number>();
    for (let gid = 0; gid < changedGroup.length; gid++) if (changedGroup[gid] === 1) changedGroups.add(gid);
    this.st.groups = groups;
    this.st.sums.setGroups(groups, changedGroups, cap);
    // Precedents from the bound slots, into two growing buffers. Two stamp arrays deduplicate without sets.
    if (this.mark.length < cap) this.mark = new Uint32Array(cap);
    if (this.mark2.length < cap) this.mark2 = new Uint32Array(cap);
    const seenAll = this.mark;
    const seenSame = this.mark2;
    const allStart = new Int32Array(cap);
    const allLen = new Int32Array(cap);
    const sameStart = new Int32Array(cap);
    const sameLen = new Int32Array(cap);
    let allBuf = this.allBuf.length > 0 ? this.allBuf : new Int32Array(1024);
    let sameBuf = this.sameBuf.length > 0 ? this.sameBuf : new Int32Array(1024);
    let nAll = 0;
    let nSame = 0;
    const slots = this.st.slots;
    for (let k = 0; k < n; k++) {
      const lid = ids[k];
      allStart[lid] = nAll;
      sameStart[lid] = nSame;
      const shape = shapeOf[lid];
      if (shape === null) continue;
      const so = soOf[lid];
      const stamp = ++this.epoch;
      const reads = shape.reads;
      for (let ri = 0; ri < reads.length; ri++) {
        const r = reads[ri];
        const g = slots[so + r.slot];
        if (r.kind !== 'line' && changedGroup[g] === 1) this.roots.add(lid);
        if (r.kind === 'counttag') continue;
        const members = r.kind === 'line' ? null : groups[g];
        const count = members === null ? 1 : members.length;
        for (let i = 0; i < count; i++) {
          // Integer ids (| 0): a division leaves a double, which makes every array it lands in slow to index.
          const id = ((members === null ? g : members[i]) / Y) | 0;
          if (seenAll[id] !== stamp) {
            seenAll[id] = stamp;
            if (nAll === allBuf.length) allBuf = grow(allBuf);
            allBuf[nAll++] = id;
          }
          if (r.lag === 0 && seenSame[id] !== stamp) {
            seenSame[id] = stamp;
            if (nSame === sameBuf.length) sameBuf = grow(sameBuf);
            sameBuf[nSame++] = id;
          }
        }
      }
      allLen[lid] = nAll - allStart[lid];
      sameLen[lid] = nSame - sameStart[lid];
    }
    this.allStart = allStart;
    this.allLen = allLen;
    this.allBuf = allBuf;
    this.sameStart = sameStart;
    this.sameLen = sameLen;
    this.sameBuf = sameBuf;
    // Order and cycles.
    const all = { start: allStart, len: allLen, buf: allBuf };
    const same = { start: sameStart, len: sameLen, buf: sameBuf };
    const { order: plain, block, cycles } = evaluationPlan(ids, all, same, cap);
    this.block = block;
    if (cycles.size > 0 || this.cyclic) {
      for (let k = 0; k < n; k++) {
        const l = live[k];
        const path = cycles.get(l.id);
        const err = path === undefined ? null : this.cycleError(path.map((id) => this.lines[id]!.key));
        if (!sameError(err ?? undefined, l.cycleErr ?? undefined)) this.roots.add(l.id);
        l.cycleErr = err;
        if (err !== null) {
          kind[l.id] = FAILED;
          shapeOf[l.id] = null;
        }
      }
    }
    this.cyclic = cycles.size > 0;
    this.kind = kind;
    this.shapeOf = shapeOf;
    this.soOf = soOf;
    // Lines of one shape that can be computed as a run (evaluate()) next to each other (plan.ts).
    const runKey = new Int32Array(cap);
    const shapeKeys = new Map<Shape, number>();
    for (let k = 0; k < n; k++) {
      const id = ids[k];
      const shape = shapeOf[id];
      if (shape === null || !shape.runnable || block[id] !== ALONE) continue;
      let key = shapeKeys.get(shape);
      if (key === undefined) shapeKeys.set(shape, (key = shapeKeys.size + 1));
      runKey[id] = key;
    }
    const { order, group } = runPlan(plain, block, all, runKey, cap);
    this.rank = new Int32Array(cap);
    for (let r = 0; r < order.length; r++) this.rank[order[r]] = r;
    this.order = order;
    this.group = group;

    // Dependents, compressed: count, prefix sums, fill.
    const depStart = new Int32Array(cap + 1);
    for (let i = 0; i < nAll; i++) depStart[allBuf[i] + 1]++;
    for (let i = 0; i < cap; i++) depStart[i + 1] += depStart[i];
    const fill = depStart.slice(0, cap);
    const depList = new Int32Array(nAll);
    for (let k = 0; k < n; k++) {
      const lid = ids[k];
      for (let i = allStart[lid], end = i + allLen[lid]; i < end; i++) depList[fill[allBuf[i]]++] = lid;
    }
    this.depStart = depStart;
    this.depList = depList;
    this.graphDirty = false;
    this.focusNeed = null;
    this.walkRoot = -1;
  }

  // ================================================================ internals: evaluation

  /** Recompute what is pending; the keys whose values changed (not collected when `collect` is false). */
  private flush(collect = true): LineKey[] {
    this.ensureGraph();
    let dirty = this.downstream();
    if (this.allDirty) {
      this.deferred.clear();
      this.deferredFrom = Infinity;
    } else if (this.focusKeys !== null) dirty = this.narrow(dirty);
    this.evaluate(dirty, Math.min(this.fromYear, this.years));
    const keys: LineKey[] = [];
    if (collect) {
      if (this.removedKeys.size > 0) for (const k of this.removedKeys) if (!this.byKey.has(k)) keys.push(k);
      for (const id of this.changedList) {
        const l = this.lines[id];
        if (l !== undefined) keys.push(l.key);
      }
    }
    // Only when not empty: clear() gives a Set or Map a new table even when it is empty (garbage on every edit).
    this.roots.clear();
    this.clearChanged();
    if (this.removedKeys.size > 0) this.removedKeys.clear();
    if (this.suggestMemo.size > 0) this.suggestMemo.clear();
    this.fromYear = this.years;
    this.allDirty = false;
    return keys;
  }

  /** Under a focus: the dirty lines the focus needs (and edited inputs, so that levers read back what they set);
   *  the rest are put off until the focus ends. */
  private narrow(dirty: readonly number[]): number[] {
    const need = this.focusNeed ?? (this.focusNeed = this.needOf(this.focusKeys!));
    const kept: number[] = [];
    let deferred = false;
    for (const id of dirty) {
      if (need[id] === 1 || this.lines[id]!.input) kept.push(id);
      else {
        this.deferred.add(id);
        deferred = true;
      }
    }
    if (deferred && this.fromYear < this.deferredFrom) this.deferredFrom = this.fromYear;
    return kept;
  }

  /** Per id: 1 for the lines `keys` read, directly or not, and for `keys` themselves. */
  private needOf(keys: readonly LineKey[]): Uint8Array {
    const need = new Uint8Array(this.capacity);
    const stack: number[] = [];
    for (const k of keys) {
      const l = this.byKey.get(k);
      if (l !== undefined && need[l.id] === 0) {
        need[l.id] = 1;
        stack.push(l.id);
      }
    }
    while (stack.length > 0) {
      const id = stack.pop()!;
      for (let i = this.allStart[id], end = i + this.allLen[id]; i < end; i++) {
        const p = this.allBuf[i];
        if (need[p] === 0) {
          need[p] = 1;
          stack.push(p);
        }
      }
    }
    return need;
  }

  /** The lines put off under a focus become roots of the next recompute. */
  private resumeDeferred(): void {
    if (this.deferred.size === 0) return;
    for (const id of this.deferred) this.roots.add(id);
    if (this.deferredFrom < this.fromYear) this.fromYear = this.deferredFrom;
    this.deferred.clear();
    this.deferredFrom = Infinity;
  }

  /** The roots and everything that reads them, directly or not, in evaluation order. */
  private downstream(): readonly number[] {
    if (this.allDirty) return this.order;
    if (this.mark.length < this.capacity) this.mark = new Uint32Array(this.capacity);
    if (this.need.length < this.capacity) this.need = new Uint32Array(this.capacity);
    const stamp = ++this.epoch;
    const ns = ++this.needStamp;
    // The same single root as the last walk, on the same graph (one line's cells edited one after another): the
    // same lines.
    const again = this.roots.size === 1 && this.roots.has(this.walkRoot);
    if (again) {
      this.need[this.walkRoot] = ns;
      return this.walk;
    }
    const out: number[] = [];
    for (let r = 0; r < this.roots.size; r++) {
      const id = this.roots.at(r);
      if (this.lines[id] === undefined || this.mark[id] === stamp) continue;
      this.mark[id] = stamp;
      this.need[id] = ns;
      out.push(id);
    }
    const start = this.depStart;
    const list = this.depList;
    for (let i = 0; i < out.length; i++) {
      for (let j = start[out[i]], end = start[out[i] + 1]; j < end; j++) {
        const d = list[j];
        if (this.mark[d] !== stamp) {
          this.mark[d] = stamp;
          out.push(d);
        }
      }
    }
    // Into evaluation order by sorting the ranks as integers: a sort with a comparator calls it some n log n times.
    const n = out.length;
    if (this.rankScratch.length < n) this.rankScratch = new Int32Array(Math.max(n, this.capacity));
    const ranks = this.rankScratch.subarray(0, n);
    const rank = this.rank;
    for (let i = 0; i < n; i++) ranks[i] = rank[out[i]];
    ranks.sort();
    const order = this.order;
    for (let i = 0; i < n; i++) out[i] = order[ranks[i]];
    if (this.roots.size === 1 && n > 0 && this.need[out[0]] === ns) {
      this.walkRoot = out[0];
      this.walk = out;
    }
    return out;
  }

  /** Recompute `dirty` (in evaluation order) from year `from`. */
  private evaluate(dirty: readonly number[], from: number): void {
    const Y = this.years;
    // Only the per-id columns are read on the way (kind, shape, slot table, error count, group): not the line
    // objects, whose fields are scattered over the heap.
    const kind = this.kind;
    // In the order's sequence (plan.ts): an input or a line that fails in every year where it stands, a formula
    // line all years at once by the vector form of its formula, which reads each referenced line's years side by
    // side; a run of lines of one shape and group (next to each other in the order) in one call of its run form.
    // Lines that read their own or each other's earlier years (prev) go year by year, all of a component's lines
    // in each year before the next year. The work budget is checked before each line and run, and before each
    // cell of those that go year by year.
    const block = this.block;
    const group = this.group;
    const shapeOf = this.shapeOf;
    const st = this.st;
    activate(st);
    st.work = 0;
    this.outOfBudget = false;
    // After an edit (not a full recompute), a line the walk reached is recomputed only when it is a root, reads a
    // line that changed in this recompute (each line that changes marks its dependents in `need`, as do those
    // changed before it, by upsertLine), or holds an error (one left by a recompute that ran out of its budget
    // too): the others would come out as they are. A component's lines are recomputed together or not at all; a
    // run's lines do not read each other (plan.ts), so which of them need it is known when it starts.
    const need = this.allDirty ? null : this.need;
    const ns = this.needStamp;
    const nErr = this.nErr;
    if (need !== null) {
      for (let c = 0; c < this.changedList.length; c++) this.pushNeed(this.changedList[c]);
      this.pushing = true;
    }
    let formulas = 0;
    let lines = 0;
    const n = dirty.length;
    for (let i = 0; i < n; ) {
      const id = dirty[i];
      const kd = kind[id];
      if (need !== null && need[id] !== ns && nErr[id] === 0) {
        const k = block[id];
        if (k === ALONE || k === SELF) {
          i++;
          continue;
        }
        let j = i + 1;
        let any = false;
        for (; j < n && block[dirty[j]] === k; j++) if (need[dirty[j]] === ns || nErr[dirty[j]] !== 0) any = true;
        if (!any) {
          i = j;
          continue;
        }
      }
      if (kd !== FORMULA) {
        if (kd === INPUT) this.copyInput(id, from);
        else if (kd === FAILED) this.failAll(id, from);
        lines++;
        i++;
        continue;
      }
      if (st.work > this.budget) {
        this.stopAt(dirty, i, from);
        break;
      }
      const k = block[id];
      if (k === ALONE) {
        const shape = shapeOf[id]!;
        let j = i + 1;
        if (shape.runnable) {
          const g = group[id];
          const end = Math.min(n, i + RUN_MAX);
          while (j < end && shapeOf[dirty[j]] === shape && group[dirty[j]] === g && block[dirty[j]] === ALONE) j++;
        }
        let run: readonly number[] = dirty;
        let a = i;
        let b = j;
        if (need !== null && j - i > 1) {
          const ids = this.runIds;
          b = 0;
          for (let q = i; q < j; q++) if (need[dirty[q]] === ns || nErr[dirty[q]] !== 0) ids[b++] = dirty[q];
          run = ids;
          a = 0;
        }
        if (b - a > 1 && st.work + (b - a) * shape.cost * (Y - from) <= this.budget) {
          this.runAtOnce(run, a, b, from);
          formulas += b - a;
          lines += b - a;
          i = j;
        } else {
          // run[a] is dirty[i]: needed, or the run would not start at it.
          this.lineAtOnce(dirty[i++], from);
          formulas++;
          lines++;
        }
      } else {
        // A component's lines (SELF: one), which stand together in the order; those that are not formulas first.
        let j = i + 1;
        if (k !== SELF) while (j < n && block[dirty[j]] === k) j++;
        const list = this.componentFormulas(dirty, i, j, from);
        formulas += list === null ? j - i : list.length;
        lines += j - i;
        if (!(list === null ? this.yearByYear(dirty, i, j, from) : this.yearByYear(list, 0, list.length, from))) {
          this.stopAt(dirty, j, from);
          break;
        }
        i = j;
      }
    }
    this.pushing = false;
    // In place (lastRecompute() copies it): no object per recompute.
    const stats = this.stats;
    stats.lines = this.outOfBudget ? n : lines;
    stats.reached = n;
    stats.cells = formulas * (Y - from);
    stats.fromYear = from;
    stats.work = st.work;
    stats.stopped = this.outOfBudget;
    deactivate();
  }

  /** Line `id` changed in an edit's recompute: the lines that read it are to be recomputed. */
  private pushNeed(id: number): void {
    const need = this.need;
    const ns = this.needStamp;
    const list = this.depList;
    for (let j = this.depStart[id], end = this.depStart[id + 1]; j < end; j++) need[list[j]] = ns;
  }

  /** Null when dirty[i … j) (a component) are all formula lines; else its formula lines, after computing the
   *  others there (inputs, failed lines). */
  private componentFormulas(dirty: readonly number[], i: number, j: number, from: number): number[] | null {
    let formulas = true;
    for (let m = i; m < j && formulas; m++) formulas = this.kind[dirty[m]] === FORMULA;
    if (formulas) return null;
    const out: number[] = [];
    for (let m = i; m < j; m++) {
      const id = dirty[m];
      if (this.kind[id] === FORMULA) out.push(id);
      else if (this.kind[id] === INPUT) this.copyInput(id, from);
      else if (this.kind[id] === FAILED) this.failAll(id, from);
    }
    return out;
  }

  /** A line that fails in every year (staticError): its error in every year from `from`. */
  private failAll(id: number, from: number): void {
    const l = this.lines[id]!;
    const s = staticError(l)!;
    for (let y = from; y < this.years; y++) this.putError(l, y, s);
  }

  /** Past the budget: the formula cells of dirty[i …] from year `from` get engine.budget instead of a value; the
   *  inputs and failed lines there are still brought up to date. */
  private stopAt(dirty: readonly number[], i: number, from: number): void {
    this.outOfBudget = true;
    const e = engineError(ErrorCode.budget);
    for (let n = i; n < dirty.length; n++) {
      const id = dirty[n];
      const kd = this.kind[id];
      if (kd === INPUT) this.copyInput(id, from);
      else if (kd === FAILED) this.failAll(id, from);
      else if (kd === FORMULA) {
        const l = this.lines[id]!;
        for (let y = from; y < this.years; y++) this.putError(l, y, e);
      }
    }
  }

  /** An input line's values from `from`: as entered, blank as 0. */
  private copyInput(id: number, from: number): void {
    const raw = this.raw;
    const data = this.st.data;
    const base = id * this.years;
    const end = base + this.years;
    const clean = this.nErr[id] === 0;
    let changed = false;
    for (let c = base + from; c < end; c++) {
      const v = raw[c];
      const x = v !== v ? 0 : v + 0; // + 0: -0 as 0
      if (x - x !== 0) this.putError(this.lines[id]!, c - base, engineError(ErrorCode.nonFinite));
      else if (clean) {
        if (data[c] !== x) {
          data[c] = x;
          changed = true;
        }
      } else this.put(this.lines[id]!, c - base, x);
    }
    if (changed) this.markChanged(id);
  }

  /** Every year from `from` of one formula line, by its vector form. */
  private lineAtOnce(id: number, from: number): void {
    const Y = this.years;
    const st = this.st;
    const shape = this.shapeOf[id]!;
    st.work += shape.cost * (Y - from);
    st.vraised = false;
    const values = shape.vec(this.soOf[id], from, Y);
    const off = st.voff;
    const data = st.data;
    const verr = st.verr;
    const base = id * Y;
    let changed = false;
    // The line holds no error (read again after any cell that took the slow way).
    let clean = this.nErr[id] === 0;
    let y = from;
    // No error raised and none held: finite values are written as they are, up to the first that is not.
    if (clean && !st.vraised) {
      for (; y < Y; y++) {
        const v = values[off + y] + 0; // + 0 turns -0 into 0, so nothing displays as "−0"
        if (v - v !== 0) break;
        if (data[base + y] !== v) {
          data[base + y] = v;
          changed = true;
        }
      }
    }
    for (; y < Y; y++) {
      const v = values[off + y] + 0; // + 0 turns -0 into 0, so nothing displays as "−0"
      const e = verr[y];
      if (e === null && v - v === 0 && clean) {
        // Fast path: a finite value.
        if (data[base + y] !== v) {
          data[base + y] = v;
          changed = true;
        }
        continue;
      }
      if (e === null && v - v === 0) this.put(this.lines[id]!, y, v);
      else {
        if (e !== null) verr[y] = null;
        const l = this.lines[id]!;
        this.putError(l, y, e ?? this.diagnose(l, y));
      }
      clean = this.nErr[id] === 0;
    }
    if (changed) this.markChanged(id);
  }

  /** formulas[i … j), lines of one shape none of which reads another, every year from `from` by the shape's run
   *  form (run.ts). A line whose values are not all finite, or has errors to clear, and every line of a run that
   *  raised an error, is computed again alone by lineAtOnce, which finds each cell's error. */
  private runAtOnce(formulas: readonly number[], i: number, j: number, from: number): void {
    const Y = this.years;
    const st = this.st;
    const n = j - i;
    const sos = this.runSos;
    for (let k = 0; k < n; k++) sos[k] = this.soOf[formulas[i + k]];
    const shape = this.shapeOf[formulas[i]]!;
    const lineWork = shape.cost * (Y - from);
    st.work += n * lineWork;
    st.rerr = false;
    const out = shape.run(sos, n, from, Y);
    const ro = st.roff;
    if (st.rerr) {
      st.rerr = false;
      st.work -= n * lineWork;
      for (let k = i; k < j; k++) this.lineAtOnce(formulas[k], from);
      return;
    }
    const data = st.data;
    const nErr = this.nErr;
    for (let k = 0; k < n; k++) {
      const id = formulas[i + k];
      if (nErr[id] !== 0) {
        st.work -= lineWork;
        this.lineAtOnce(id, from);
        continue;
      }
      const base = id * Y;
      const at = ro[k];
      let changed = false;
      let y = from;
      for (; y < Y; y++) {
        const v = out[at + y] + 0; // + 0 turns -0 into 0, as in lineAtOnce
        if (v - v !== 0) break;
        if (data[base + y] !== v) {
          data[base + y] = v;
          changed = true;
        }
      }
      if (changed) this.markChanged(id);
      if (y < Y) {
        st.work -= lineWork;
        this.lineAtOnce(id, from);
      }
    }
  }

  /** formulas[i … j) year by year from `from`: in each year every one of them, in order, before the next year.
   *  False when the budget ran out on the way (the cells left then hold engine.budget). */
  private yearByYear(formulas: readonly number[], i: number, j: number, from: number): boolean {
    const st = this.st;
    const Y = this.years;
    for (let y = from; y < Y; y++) {
      for (let n = i; n < j; n++) {
        const id = formulas[n];
        const l = this.lines[id]!;
        if (st.work > this.budget) {
          const e = engineError(ErrorCode.budget);
          for (let m = i; m < j; m++) for (let yy = m < n ? y + 1 : y; yy < Y; yy++) this.putError(this.lines[formulas[m]]!, yy, e);
          return false;
        }
        const shape = this.shapeOf[id]!;
        st.work += shape.cost;
        st.err = null;
        const v = shape.fn(y, this.soOf[id]) + 0;
        if (st.err === null && v - v === 0) this.put(l, y, v);
        else this.putError(l, y, st.err ?? this.diagnose(l, y));
      }
    }
    return true;
  }

  private markChanged(id: number): void {
    if (this.changedFlag[id] === 0) {
      this.changedFlag[id] = 1;
      this.changedList.push(id);
      this.st.sums.touch(id);
      if (this.pushing) this.pushNeed(id);
    }
  }

  private clearChanged(): void {
    for (const id of this.changedList) this.changedFlag[id] = 0;
    this.changedList.length = 0;
  }

  private put(l: Line, y: number, v: number): void {
    const c = l.base + y;
    const data = this.st.data;
    if (data[c] !== v) {
      data[c] = v;
      this.markChanged(l.id);
    }
    if (this.nErr[l.id] > 0 && l.errs![y] !== undefined) {
      l.errs![y] = undefined;
      this.nErr[l.id]--;
      this.markChanged(l.id);
    }
  }

  private putError(l: Line, y: number, e: EngineError): void {
    const c = l.base + y;
    const data = this.st.data;
    if (data[c] === data[c]) {
      data[c] = NaN;
      this.markChanged(l.id);
    }
    if (l.errs === null) l.errs = new Array<EngineError | undefined>(this.years).fill(undefined);
    const old = l.errs[y];
    if (old === undefined) this.nErr[l.id]++;
    if (!sameError(old, e)) this.markChanged(l.id);
    l.errs[y] = e;
  }

  private cellError(l: Line, y: number): EngineError | undefined {
    const s = staticError(l);
    if (s !== null) return s;
    return l.errs?.[y];
  }

  /** Why a cell came out NaN without a raised error: a referenced cell is an error, else a non-finite result. */
  private diagnose(l: Line, y: number): EngineError {
    const data = this.st.data;
    const shape = l.shape!;
    const Y = this.years;
    for (const r of shape.reads) {
      if (r.kind === 'counttag') continue;
      const at = this.st.slots[l.so + r.slot];
      const bases: ArrayLike<number> = r.kind === 'line' ? [at] : this.st.groups[at];
      const last = y - r.lag;
      if (last < 0) continue;
      const first = r.hist ? 0 : last;
      for (let i = 0; i < bases.length; i++) {
        for (let yy = last; yy >= first; yy--) {
          if (data[bases[i] + yy] !== data[bases[i] + yy]) {
            const src = this.lines[bases[i] / Y]!;
            return engineError(ErrorCode.dependsOnError, { name: src.key, year: this.firstYear + yy });
          }
        }
      }
    }
    return engineError(ErrorCode.nonFinite);
  }

  // ================================================================ explain support

  private view(): ExplainView {
    return {
      firstYear: this.firstYear,
      years: this.years,
      data: this.st.data,
      groups: this.st.groups,
      slot: (l: Line, slot: number) => this.st.slots[l.so + slot],
      lineAt: (base: number) => this.lines[base / this.years]!,
      cellError: (l: Line, y: number) => this.cellError(l, y),
      formulaText: (l: Line) => this.textOf(l),
      evalDefault: (fn: Fn, l: Line, y: number) => {
        const saved = this.st.err;
        this.st.err = null;
        activate(this.st);
        const v = fn(y, l.so);
        deactivate();
        const ok = this.st.err === null && Number.isFinite(v);
        this.st.err = saved;
        return ok ? v : NaN;
      },
    };
  }
}

const NO_TAGS: string[] = [];

/** A set of line ids, in the order they were added, that makes no garbage when used again: a list and a flag per
 *  id (a Set's clear() gives it a new table, on every edit). */
class IdSet {
  private flag = new Uint8Array(64);
  private readonly list: number[] = [];
  size = 0;

  add(id: number): void {
    if (id >= this.flag.length) {
      const flag = new Uint8Array(Math.max(id + 1, this.flag.length * 2));
      flag.set(this.flag);
      this.flag = flag;
    }
    if (this.flag[id] === 0) {
      this.flag[id] = 1;
      this.list[this.size++] = id;
    }
  }

  has(id: number): boolean {
    return id >= 0 && id < this.flag.length && this.flag[id] === 1;
  }

  /** The r-th id added. */
  at(r: number): number {
    return this.list[r];
  }

  clear(): void {
    for (let r = 0; r < this.size; r++) this.flag[this.list[r]] = 0;
    this.size = 0;
  }
}

/** What evaluate() does with a line (Engine.kind); 0: nothing (no line under that id). */
const INPUT = 1;
const FORMULA = 2;
/** An error in every year (staticError). */
const FAILED = 3;

function sameTags(a: string[] | undefined, b: string[] | undefined): boolean {
  if (a === b) return true;
  const x = a ?? NO_TAGS;
  const y = b ?? NO_TAGS;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameArgs(a: Record<string, string>, b: Record<string, string>): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (a[k] !== b[k]) return false;
  return true;
}

/** A buffer twice as long with the same start. */
function grow(buf: Int32Array): Int32Array {
  const out = new Int32Array(buf.length * 2);
  out.set(buf);
  return out;
}
const NO_ARGS: Record<string, string> = {};

/** A template line's arguments (none for other lines). */
function argsOf(l: Line): Record<string, string> {
  return l.template === null ? NO_ARGS : (l.spec.template?.args ?? NO_ARGS);
}

/** Per name of a template's shape: the parameter its first segment is (null when none), the rest after it, and
 *  how far (in ids) from its line the name's line was at its last binding (bind() tries that line first). */
type TemplatePlan = { param: string | null; rest: string; delta: number }[];
const plans = new WeakMap<Template, TemplatePlan>();

function templatePlan(tpl: Template, names: readonly string[]): TemplatePlan {
  let plan = plans.get(tpl);
  if (plan === undefined) {
    plan = names.map((name) => {
      const dot = name.indexOf('.');
      const first = dot < 0 ? name : name.slice(0, dot);
      return tpl.params.includes(first) ? { param: first, rest: dot < 0 ? '' : name.slice(dot), delta: 0 } : { param: null, rest: '', delta: 0 };
    });
    plans.set(tpl, plan);
  }
  return plan;
}

/** The strings among the values, each once. The array itself when that is all of it (the usual case: no copy per
 *  line; the engine never changes it). */
function distinctStrings(values: unknown[]): string[] {
  let plain = true;
  for (let i = 0; i < values.length && plain; i++) {
    const v = values[i];
    if (typeof v !== 'string') plain = false;
    else for (let j = 0; j < i; j++) if (values[j] === v) plain = false;
  }
  if (plain) return values as string[];
  const out: string[] = [];
  for (const v of values) if (typeof v === 'string' && !out.includes(v)) out.push(v);
  return out;
}

// One engine kept for the life of the process keeps the hidden classes of Engine and of what it is made of, and the
// code specialized to them, when no other engine is alive (shared/runtime/hiddenClass.ts).
keepHiddenClass(new Engine({ firstYear: 2000, years: 1 }));
