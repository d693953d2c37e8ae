// The comparison of 2–4 scenarios: rows aligned by line key over the calendar years they share, and the list
// of what changed between two documents. Everything the user reads is an i18n key with params (ModelMessage), so
// the same result shows in bokmål or English.
import type { DisplayFormat, LineStyle } from '../domain/types';
import type { Engine, EngineError, LineKey, LineSpec } from '../engine';
import type { ModelMessage } from '../model/messages';
import type { Scenario } from '../model/scenario';

/** One scenario to compare: the document and an engine computed from it (LiveScenario.engine or
 *  computeScenario(doc).engine). */
export interface ComparedScenario {
  id: string;
  name: string;
  doc: Scenario;
  engine: Engine;
  /** The engine's lines as the domain built them (LiveScenario.allLines()), when the caller has them: without them
   *  every line's spec is copied out of the engine. */
  lines?: readonly LineSpec[];
}

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** The short tag of the scenario at `index` in a comparison (A is the base), used in legends and headers. */
export function scenarioTag(index: number): string {
  return String.fromCharCode(65 + index);
}

/** One scenario's values of one line. */
export interface CompareCells {
  /** The scenario has this line. An absent line shows as blank, never as 0. */
  present: boolean;
  /** Per year of CompareResult.years; null = absent, outside the scenario's horizon, or an error. */
  values: (number | null)[];
  /** Per year: why the cell has no value, when it is an error of the engine. */
  errors: (EngineError | null)[];
  /** Per year, for a line that can be not applicable (DomainLineMeta.notApplicable): the i18n code of why the
   *  cell is blank (a share in a year without revenue), else null. */
  notApplicable?: (string | null)[];
}

export interface CompareRow {
  key: LineKey;
  label: ModelMessage;
  /** The label as the first scenario that has the line built it (for exports that do not translate). */
  labelText: string;
  view: string;
  /** The group in its view: an area code (P05) or a section (resultat, fond, …). */
  group: string;
  groupLabel: ModelMessage;
  style: LineStyle;
  display: DisplayFormat;
  unit: string;
  /** One entry per compared scenario, in the order given. */
  cells: CompareCells[];
  /** Per scenario per year: value − the first scenario's value (null when either is blank; index 0 is all null).
   *  For percent lines this is a difference in percentage points (as a proportion: 0.002 = 0,2 pp). */
  diff: (number | null)[][];
  /** Per scenario per year: diff / |first value| (null when the first value is 0 or blank, and for lines that are
   *  not amounts or counts: a relative change of a rate, a flag, a year or a month reads wrongly). */
  diffShare: (number | null)[][];
  /** Some scenario differs from the first in some year, or has the line when the first has not (or the reverse). */
  differs: boolean;
}

export interface CompareResult {
  scenarios: { id: string; name: string; firstYear: number; years: number }[];
  /** The plan years every compared scenario has (comparedYears), ascending; all of them when they share none. */
  years: number[];
  /** Aligned rows in display order: by view, then group, then the scenarios' own order. */
  rows: CompareRow[];
  /** How many rows differ (for the "only differences" toggle). */
  differing: number;
}

export type ChangeKind =
  | 'measure.on'
  | 'measure.off'
  | 'measure.status'
  | 'measure.edited'
  | 'measure.added'
  | 'measure.removed'
  | 'assumption.changed'
  | 'assumption.added'
  | 'assumption.removed'
  | 'input.changed'
  | 'formula.changed'
  | 'entity.added'
  | 'entity.removed'
  | 'entity.renamed'
  | 'entity.edited'
  | 'entity.moved'
  | 'line.added'
  | 'line.removed'
  | 'horizon.changed';

/** A parameter of a change's text: plain text or a number printed as is, a message translated in the reader's
 *  language, or a number formatted for the reader (nb-NO or en) as the line displays it. */
export type ChangeParam =
  | string
  | number
  /** A translated message; `area`: the programme area's code, written in front (a line of P07). */
  | { msg: ModelMessage; area?: string }
  | { value: number | string | null; display: DisplayFormat };

/** One year of a per-year input that changed. */
export interface YearChange {
  year: number;
  before: number | null;
  after: number | null;
}

export interface Change {
  kind: ChangeKind;
  /** The line the change leads to (navigation), or null when no line shows it. */
  key: LineKey | null;
  /** The text: an i18n key in shared/i18n/compare.ts and its params. */
  code: string;
  params: Record<string, ChangeParam>;
  /** The entity of the document that changed. */
  entity?: { kind: string; id: string };
  /** For per-year inputs: each year that changed, with its display format. */
  years?: YearChange[];
  display?: DisplayFormat;
}
