// The engine's record of one line. Internal: the public API speaks LineSpec and LineKey.
import type { Binding, Shape } from './compile';
import type { Template } from './template';
import type { EngineError, LineKey, LineSpec } from './types';

export interface Line extends Binding {
  id: number;
  key: LineKey;
  /** id * years: where this line's values start in the flat store. */
  base: number;
  /** The spec as given, without its input values (those live in the engine's flat `raw` store). */
  spec: LineSpec;
  /** An input line: its values as entered (NaN = blank) are raw[base + y]. */
  input: boolean;
  shape: Shape | null;
  template: Template | null;
  args: Record<string, string> | null;
  tags: string[];
  /** Another line in the same load() had this key. */
  duplicate: boolean;
  /** Problems of the definition itself: key, kind, parse/check, unknown template. */
  defErr: EngineError | null;
  /** Problems of resolving names: unknown line, missing template argument. */
  bindErr: EngineError | null;
  /** Member of a same-year cycle. */
  cycleErr: EngineError | null;
  /** Per-year errors of evaluation (allocated on the first one). */
  errs: (EngineError | undefined)[] | null;
  nErr: number;
  /** Ids this line's slots are bound to, and the lines bound to this one (kept in step by Engine.bind). */
  bound: number[];
  boundBy: Set<Line> | null;
  /** Names this line waits for (unknown now). */
  waits: string[];
  /** Graph, rebuilt after structural edits: same-year precedents and all precedents (ids). */
  same: number[];
  all: number[];
}

export const NO_SLOTS: number[] = [];
const NONE: number[] = [];

export function newLine(id: number, key: LineKey, years: number): Line {
  return {
    id,
    key,
    base: id * years,
    spec: { key },
    input: false,
    shape: null,
    template: null,
    args: null,
    tags: [],
    duplicate: false,
    defErr: null,
    bindErr: null,
    cycleErr: null,
    errs: null,
    nErr: 0,
    bound: [],
    boundBy: null,
    waits: [],
    same: NONE,
    all: NONE,
    ofs: NO_SLOTS,
  };
}

/** The error that holds for every year of the line, if any. */
export function staticError(l: Line): EngineError | null {
  return l.defErr ?? l.bindErr ?? l.cycleErr;
}

export function isFormula(l: Line): boolean {
  return l.shape !== null;
}
