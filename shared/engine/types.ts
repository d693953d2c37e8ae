// The engine's public contract. The domain (shared/domain) generates LineSpecs from a scenario document;
// the engine compiles and evaluates them. Keep this file free of implementation.

/** A line key: lower-case ASCII identifier segments joined by dots, e.g. `p07.konsekvensjustert_ramme`. */
export type LineKey = string;

/** Why a value could not be computed. `code` is an i18n key (see shared/i18n), `params` fill its placeholders. */
export interface EngineError {
  code: string;
  params: Record<string, string | number>;
}

/** Display and provenance data the engine carries but never reads. */
export type LineMeta = Record<string, unknown>;

export interface LineSpec {
  key: LineKey;
  label?: string;
  unit?: string;
  /** Input values, one per plan year (NaN = blank, evaluated as 0). Exactly one of input / formula / template. */
  input?: ArrayLike<number>;
  /** A formula in the formula language, evaluated for every plan year. */
  formula?: string;
  /** A shared formula shape, defined once with Engine.defineTemplate and bound per line. */
  template?: { id: string; args: Record<string, LineKey> };
  /** Tags make a line part of aggregates such as `sumtag("p05.tiltak")`. */
  tags?: string[];
  meta?: LineMeta;
}

export interface ExplainNode {
  key: LineKey;
  label?: string;
  year: number;
  value: number | null;
  error?: EngineError;
  /** The line's formula text (templates: with their arguments bound), absent for inputs. */
  formula?: string;
  /** The values this one is computed from, recursively (bounded depth; repeated nodes are not expanded again). */
  inputs: ExplainNode[];
  // Optional fields added by the engine (all absent when false):
  /** This cell already appears earlier in the tree; its inputs are not repeated here. */
  repeated?: boolean;
  /** The depth limit was reached: the cell has inputs that are not shown. */
  truncated?: boolean;
  /** A prev() reference before the first plan year: `year` is that earlier year and `value` the default the
   *  formula used there (0 unless prev's third argument says otherwise). */
  beforeStart?: boolean;
  /** An aggregate pseudo-node for sumtag/counttag: `key` is the call as written (`sumtag("p05.tiltak")`), `tag`
   *  the tag, `inputs` the lines carrying it. */
  tag?: string;
}
