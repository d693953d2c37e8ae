// What the domain hands to the engine and the grid. Every computed number of a scenario is a line
// (shared/engine/types.ts LineSpec); its `meta` is a DomainLineMeta telling the grid where and how to show it,
// which field of the document an edit writes, and what the published table printed.
import type { LineKey, LineSpec } from '../engine/types';
import type { MessageParams, ModelMessage } from '../model/messages';
import type { View } from '../model/customLine';

export type { View };

/** input: typed by the user; computed: a formula; subtotal / total: sums the grid shows in bold. */
export type LineStyle = 'input' | 'computed' | 'subtotal' | 'total';

export type { DisplayFormat } from '../format/display';
import type { DisplayFormat } from '../format/display';

/** A path into the scenario document in the form shared/patch uses: property names, `{ id }` for the element of
 *  a list with that id (never an index, so the path survives reordering), numbers only inside year vectors. */
export type SourcePath = (string | number | { id: string })[];

/**
 * The document field an edit of this line writes:
 * - series: the value of year index i is at [...path, i] (null = blank);
 * - scalar: one number for all years at `path` (an edit of any year sets it; blank removes an optional field);
 * - flag: a boolean at `path`, shown as 1 / 0.
 */
export interface LineSource {
  path: SourcePath;
  kind: 'series' | 'scalar' | 'flag';
}

/** The values a published table prints for this line (null: not printed that year), and how far the computed
 *  value may be from them before it is a finding: ±1 per summed term for amounts, half the printed precision
 *  (0.05 percentage points) for percentages. */
export interface StatedValues {
  values: (number | null)[];
  tolerance: number;
  /** The finding's message code when it is not a printed total (default 'domain.finding.mismatch'). */
  code?: string;
}

export type EntityKind =
  | 'area'
  | 'areaItem'
  | 'measure'
  | 'investment'
  | 'assumption'
  | 'ageGroup'
  | 'service'
  | 'fundMovement'
  | 'accountRow'
  | 'customLine';

// A type alias, not an interface, so that it fits the engine's LineMeta (Record<string, unknown>).
export type DomainLineMeta = {
  view: View;
  /** What the grid groups rows by: an area code ('P05'), a section ('resultat', 'fond', 'plan', …). */
  group: string;
  /** Position within the view, ascending. Generated lines step by 10; user lines sit between. */
  order: number;
  style: LineStyle;
  display: DisplayFormat;
  /** The label as an i18n key + params, so a view can show it in another language without a rebuild. */
  label: ModelMessage;
  source?: LineSource;
  stated?: StatedValues;
  /** The document entity the line belongs to. */
  entity?: { kind: EntityKind; id: string };
  /** A line the user added (scenario.lines). */
  custom?: boolean;
  /** Shown blank in a year where every one of these input lines is blank and the value is 0: a deviation of
   *  accounts not yet entered is no deviation, a frame in a year without figures no frame. Display only; the value
   *  still counts in sums. */
  blankUnless?: LineKey[];
  /** Not applicable in a year where line `whenZero` is 0 (a share of revenue in a year without revenue, the room
   *  under a debt ceiling that is not set): shown as a dash with `reason` (an i18n code) on every screen and in
   *  print, not as a 0 that reads like data. Display only, as blankUnless. */
  notApplicable?: NotApplicable;
};

export interface NotApplicable {
  whenZero: LineKey;
  reason: string;
}

/** A line as the domain builds it: meta is always a DomainLineMeta. */
export interface DomainLine extends LineSpec {
  label: string;
  unit: string;
  meta: DomainLineMeta;
}

/** A formula shape shared by many lines (Engine.defineTemplate). */
export interface TemplateSpec {
  id: string;
  formula: string;
  params: string[];
}

export interface BuiltLines {
  lines: DomainLine[];
  /** Each line's position in `lines`, by key, in the same order (Engine.load and LiveScenario use it rather than
   *  indexing the keys again). Not to be changed. */
  index?: ReadonlyMap<LineKey, number>;
  templates: TemplateSpec[];
  /** Problems found while building that the schema cannot see (e.g. a user line whose key a generated line
   *  already has: the user line is left out). Empty for a sound document. */
  problems: ModelMessage[];
}

/** A published total that the computed model does not reproduce. `year` is the calendar year. */
export interface Finding {
  key: LineKey;
  year: number;
  message: ModelMessage;
  stated: number;
  /** null when the computed cell is an error. */
  computed: number | null;
}

export type { MessageParams };
