// Collects the lines of a scenario in display order: translates labels, assigns each view's order numbers,
// turns document series into engine input vectors, and refuses a second line with a key already taken.
import type { LineKey } from '../engine/types';
import { t, type Lang } from '../i18n/index';
import type { ModelMessage } from '../model/messages';
import type { Series } from '../model/kit';
import type { DisplayFormat, DomainLine, DomainLineMeta, EntityKind, LineSource, LineStyle, StatedValues, View } from './types';

/** Generated lines step by this much, leaving room for user lines placed after them. */
export const ORDER_STEP = 10;

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
  /** Explicit order (user lines); default: the next in the view. */
  order?: number;
}

export class LineBuilder {
  readonly lines: DomainLine[] = [];
  readonly problems: ModelMessage[] = [];
  private readonly byKey = new Map<LineKey, DomainLine>();
  private readonly nextOrder = new Map<View, number>();

  constructor(
    readonly firstYear: number,
    readonly years: number,
    readonly lang: Lang,
  ) {}

  // Plain arrays, not Float64Arrays: tens of thousands of small typed arrays (one per input line) cost far more
  // to allocate and collect, and the engine copies the values anyway.

  /** A document series as an engine input vector: one value per plan year, blank (NaN) where null or missing. */
  series(values: Series | undefined): number[] {
    const out = new Array<number>(this.years);
    for (let i = 0; i < this.years; i++) out[i] = values?.[i] ?? NaN;
    return out;
  }

  /** One number for every year (blank when null or absent). */
  scalar(value: number | null | undefined): number[] {
    return new Array<number>(this.years).fill(value ?? NaN);
  }

  /** Published values, or undefined when none are given. */
  stated(values: Series | undefined, tolerance: number): StatedValues | undefined {
    if (!values || !values.some((v) => v !== null)) return undefined;
    return { values: values.slice(0, this.years), tolerance };
  }

  has(key: LineKey): boolean {
    return this.byKey.has(key);
  }

  get(key: LineKey): DomainLine | undefined {
    return this.byKey.get(key);
  }

  /** Adds a line; a key already taken is reported as a problem and the line is left out (null). */
  add(d: LineDraft): DomainLine | null {
    if (this.byKey.has(d.key)) {
      this.problems.push({ code: 'domain.duplicateKey', params: { key: d.key } });
      return null;
    }
    let order = d.order;
    if (order === undefined) {
      order = (this.nextOrder.get(d.view) ?? 0) + ORDER_STEP;
      this.nextOrder.set(d.view, order);
    }
    const meta: DomainLineMeta = { view: d.view, group: d.group, order, style: d.style, display: d.display, label: d.label };
    if (d.source) meta.source = d.source;
    if (d.stated) meta.stated = d.stated;
    if (d.entity) meta.entity = d.entity;
    if (d.custom) meta.custom = true;
    const line: DomainLine = { key: d.key, label: t(this.lang, d.label.code, d.label.params), unit: d.unit, meta };
    if (d.input) line.input = d.input;
    if (d.formula !== undefined) line.formula = d.formula;
    if (d.template) line.template = d.template;
    if (d.tags && d.tags.length > 0) line.tags = d.tags;
    this.lines.push(line);
    this.byKey.set(d.key, line);
    return line;
  }
}

/** A label from the i18n table. */
export function label(code: string, params: Record<string, string | number> = {}): ModelMessage {
  return { code, params };
}
