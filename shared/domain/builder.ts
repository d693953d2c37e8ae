// Collects the lines of a scenario in display order: translates labels, assigns each view's order numbers,
// turns document series into engine input vectors, and refuses a second line with a key already taken.
import type { LineKey } from '../engine/types';
import { tCode, type Lang } from '../i18n/index';
import { keepHiddenClass } from '../runtime/hiddenClass';
import type { ModelMessage } from '../model/messages';
import type { Series } from '../model/kit';
import type { DisplayFormat, DomainLine, DomainLineMeta, EntityKind, LineSource, NotApplicable, LineStyle, StatedValues, View } from './types';

/** Generated lines step by this much, leaving room for user lines placed after them. */
export const ORDER_STEP = 10;

/** What add() makes a line of. Written out at the call, not spread from shared fields: drafts made as
 *  `{ ...common, key, … }` cost the builder about five times as much per line (L's area, account and service rows
 *  took 20–25 µs a line that way, 3–8 µs written out). */
export interface LineDraft {
  key: LineKey;
  label: ModelMessage;
  unit: string;
  view: View;
  group: string;
  style: LineStyle;
  display: DisplayFormat;
  input?: number[];
  formula?: string;
  template?: { id: string; args: Record<string, LineKey> };
  tags?: string[];
  source?: LineSource;
  stated?: StatedValues;
  entity?: { kind: EntityKind; id: string };
  custom?: boolean;
  blankUnless?: LineKey[];
  notApplicable?: NotApplicable;
  /** Explicit order (user lines); default: the next in the view. */
  order?: number;
}

export class LineBuilder {
  readonly lines: DomainLine[] = [];
  readonly problems: ModelMessage[] = [];
  /** Each line's position in `lines`, by key (handed to the engine and the live scenario as they are). */
  readonly index = new Map<LineKey, number>();
  private readonly nextOrder = new Map<View, number>();
  /** The largest order given so far per view, and per group within a view (user lines go after them). Kept as
   *  lines are pushed, a run of consecutive lines of one view and group at a time (a measure's lines, an area's
   *  rows): the run's largest order is noted in the maps when the next run starts or lastOrder() asks. */
  private readonly maxima: Maxima = { inView: new Map(), inGroup: new Map() };
  private run: { view: View; group: string; order: number } | null = null;
  private readonly texts: Map<string, readonly string[]>;
  private readonly scalars = new Map<number, number[]>();

  constructor(
    readonly firstYear: number,
    readonly years: number,
    readonly lang: Lang,
  ) {
    this.texts = textsOf(lang);
  }

  // Plain arrays, not Float64Arrays: tens of thousands of small typed arrays (one per input line) cost far more
  // to allocate and collect, and the engine copies the values anyway.

  /** A document series as an engine input vector: one value per plan year, blank (NaN) where null or missing. */
  series(values: Series | undefined): number[] {
    const out = new Array<number>(this.years);
    for (let i = 0; i < this.years; i++) out[i] = values?.[i] ?? NaN;
    return out;
  }

  /** One number for every year (blank when null or absent). Lines of one build with the same number share the
   *  array (thousands of measures have the same start month, probability or on/off): input vectors are values,
   *  never changed in place (the engine copies them; an edit makes a new vector). */
  scalar(value: number | null | undefined): number[] {
    const v = value ?? NaN;
    if (Object.is(v, -0)) return new Array<number>(this.years).fill(v); // a Map key -0 would find 0's vector
    let out = this.scalars.get(v);
    if (out === undefined) this.scalars.set(v, (out = new Array<number>(this.years).fill(v)));
    return out;
  }

  /** Published values, or undefined when none are given. */
  stated(values: Series | undefined, tolerance: number): StatedValues | undefined {
    if (!values || !values.some((v) => v !== null)) return undefined;
    return { values: values.slice(0, this.years), tolerance };
  }

  has(key: LineKey): boolean {
    return this.index.has(key);
  }

  get(key: LineKey): DomainLine | undefined {
    const at = this.index.get(key);
    return at === undefined ? undefined : this.lines[at];
  }

  /** The largest order of the lines added so far to the view (and group, when given); undefined when none. */
  lastOrder(view: View, group?: string): number | undefined {
    this.endRun();
    return group === undefined ? this.maxima.inView.get(view) : this.maxima.inGroup.get(view)?.get(group);
  }

  /** Continue a view's numbering after `order`: the next generated line of the view gets order + ORDER_STEP.
   *  For rebuilding one entity's lines in the places they had (see incremental.ts). */
  continueAfter(view: View, order: number): void {
    this.nextOrder.set(view, order);
  }

  /** Takes over lines from an earlier build (lines[start … end), all of view `view`) as they are, when they are
   *  exactly what add() would make of them here: the next order numbers of the view in sequence, keys not taken.
   *  False, with nothing added, otherwise. */
  adopt(lines: readonly DomainLine[], start: number, end: number, view: View): boolean {
    let order = this.nextOrder.get(view) ?? 0;
    for (let i = start; i < end; i++) {
      const l = lines[i];
      order += ORDER_STEP;
      if (l.meta.view !== view || l.meta.order !== order || this.index.has(l.key)) return false;
    }
    for (let i = start; i < end; i++) this.push(lines[i]);
    this.nextOrder.set(view, order);
    return true;
  }

  /** Adds a line; a key already taken is reported as a problem and the line is left out (null). */
  add(d: LineDraft): DomainLine | null {
    const meta = makeMeta(d, d.view, d.order ?? NaN);
    return this.place(makeLine(d, d.key, '', meta));
  }

  /** Adds a line made whole by the caller except for two fields it leaves as placeholders: `label` (''), the
   *  translation of `meta.label`, and `meta.order` (NaN), the next order of the view (a number there is kept: user
   *  lines). Hot paths (measures: most lines of a large scenario) make their lines this way, in literals of a few
   *  fixed shapes, without a draft in between. A key already taken is reported as a problem (null). */
  place(line: DomainLine): DomainLine | null {
    const key = line.key;
    if (this.index.has(key)) {
      this.problems.push({ code: 'domain.duplicateKey', params: { key } });
      return null;
    }
    const meta = line.meta;
    if (Number.isNaN(meta.order)) {
      const order = (this.nextOrder.get(meta.view) ?? 0) + ORDER_STEP;
      this.nextOrder.set(meta.view, order);
      meta.order = order;
    }
    line.label = this.translate(meta.label);
    this.push(line);
    return line;
  }

  private push(line: DomainLine): void {
    this.index.set(line.key, this.lines.length);
    this.lines.push(line);
    const { view, group, order } = line.meta;
    const run = this.run;
    if (run !== null && run.view === view && run.group === group) {
      if (order > run.order) run.order = order;
    } else {
      this.endRun();
      this.run = { view, group, order };
    }
  }

  private endRun(): void {
    const run = this.run;
    if (run === null) return;
    const m = this.maxima;
    const inView = m.inView.get(run.view);
    if (inView === undefined || run.order > inView) m.inView.set(run.view, run.order);
    let groups = m.inGroup.get(run.view);
    if (groups === undefined) m.inGroup.set(run.view, (groups = new Map()));
    const inGroup = groups.get(run.group);
    if (inGroup === undefined || run.order > inGroup) groups.set(run.group, run.order);
    this.run = null;
  }

  /** t(lang, code, params), with the text of each code split at its placeholders once per process. */
  private translate(m: ModelMessage): string {
    let parts = this.texts.get(m.code);
    if (parts === undefined) {
      // A params object without a prototype leaves every placeholder as it is: the raw text of the code.
      parts = tCode(this.lang, m.code, Object.create(null) as Record<string, string>).split(PLACEHOLDER);
      this.texts.set(m.code, parts);
    }
    if (parts.length === 1) return parts[0];
    const params = m.params;
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i];
      out += (name in params ? String(params[name]) : '{' + name + '}') + parts[i + 1];
    }
    return out;
  }
}

interface Maxima {
  inView: Map<View, number>;
  inGroup: Map<View, Map<string, number>>;
}

// Lines and their meta are made in one object literal each, with the optional fields the draft has, instead of a
// literal that later gets fields added: an added field goes to a separate property store, one more object per
// line for the garbage collector to copy (tens of thousands of lines survive every build). Field order and
// presence are as if added one by one: the base fields, then source, stated, entity, custom (meta) and input,
// formula, template, tags (line); uncommon combinations take the general path.

function makeMeta(d: LineDraft, view: View, order: number): DomainLineMeta {
  const { group, style, display, label, source, stated, entity, custom, blankUnless, notApplicable } = d;
  const mask = (source ? 1 : 0) | (stated ? 2 : 0) | (entity ? 4 : 0) | (custom ? 8 : 0) | (blankUnless ? 16 : 0) | (notApplicable ? 32 : 0);
  switch (mask) {
    case 0:
      return { view, group, order, style, display, label };
    case 1:
      return { view, group, order, style, display, label, source };
    case 2:
      return { view, group, order, style, display, label, stated };
    case 4:
      return { view, group, order, style, display, label, entity };
    case 5:
      return { view, group, order, style, display, label, source, entity };
    case 6:
      return { view, group, order, style, display, label, stated, entity };
    case 13:
      return { view, group, order, style, display, label, source, entity, custom: true };
    case 16:
      return { view, group, order, style, display, label, blankUnless };
    case 20:
      return { view, group, order, style, display, label, entity, blankUnless };
    case 22:
      return { view, group, order, style, display, label, stated, entity, blankUnless };
    case 32:
      return { view, group, order, style, display, label, notApplicable };
    case 52:
      return { view, group, order, style, display, label, entity, blankUnless, notApplicable };
    default: {
      const meta: DomainLineMeta = { view, group, order, style, display, label };
      if (source) meta.source = source;
      if (stated) meta.stated = stated;
      if (entity) meta.entity = entity;
      if (custom) meta.custom = true;
      if (blankUnless) meta.blankUnless = blankUnless;
      if (notApplicable) meta.notApplicable = notApplicable;
      return meta;
    }
  }
}

function makeLine(d: LineDraft, key: LineKey, label: string, meta: DomainLineMeta): DomainLine {
  const { unit, input, formula, template } = d;
  const tags = d.tags && d.tags.length > 0 ? d.tags : undefined;
  const kind = (input ? 1 : 0) | (formula !== undefined ? 2 : 0) | (template ? 4 : 0);
  if (tags === undefined) {
    if (kind === 1) return { key, label, unit, meta, input };
    if (kind === 2) return { key, label, unit, meta, formula };
    if (kind === 4) return { key, label, unit, meta, template };
    if (kind === 0) return { key, label, unit, meta };
  } else {
    if (kind === 1) return { key, label, unit, meta, input, tags };
    if (kind === 2) return { key, label, unit, meta, formula, tags };
    if (kind === 4) return { key, label, unit, meta, template, tags };
    if (kind === 0) return { key, label, unit, meta, tags };
  }
  const line: DomainLine = { key, label, unit, meta };
  if (input) line.input = input;
  if (formula !== undefined) line.formula = formula;
  if (template) line.template = template;
  if (tags) line.tags = tags;
  return line;
}

/** The placeholder pattern of shared/i18n's t(); split() with its group gives text, name, text, name, …, text. */
const PLACEHOLDER = /\{(\w+)\}/;
const TEXTS: Record<Lang, Map<string, readonly string[]>> = { nb: new Map(), en: new Map() };

function textsOf(lang: Lang): Map<string, readonly string[]> {
  return (TEXTS[lang] ??= new Map());
}

/** A label from the i18n table. */
export function label(code: string, params: Record<string, string | number> = {}): ModelMessage {
  return { code, params };
}

// Builders live for one build: one kept keeps their hidden class, and the builder's optimized code, from one
// build to the next (shared/runtime/hiddenClass.ts).
keepHiddenClass(new LineBuilder(2000, 1, 'nb'));
