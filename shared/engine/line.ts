// The engine's record of one line. Internal: the public API speaks LineSpec and LineKey.
import type { Binding, Shape } from './compile';
import type { Template } from './template';
import type { EngineError, LineKey, LineSpec } from './types';
import { keepHiddenClass } from '../runtime/hiddenClass';

export interface Line extends Binding {
  id: number;
  /** spec.key (a getter: one field less per line). */
  readonly key: LineKey;
  /** id * years: where this line's values start in the flat store. */
  base: number;
  /** The spec as given, without its input values (those live in the engine's flat `raw` store). */
  spec: LineSpec;
  /** An input line: its values as entered (NaN = blank) are raw[base + y]. */
  input: boolean;
  shape: Shape | null;
  template: Template | null;
  tags: string[];
  /** Problems of the definition itself: key, kind, parse/check, unknown template. */
  defErr: EngineError | null;
  /** Problems of resolving names: unknown line, missing template argument. */
  bindErr: EngineError | null;
  /** Member of a same-year cycle. */
  cycleErr: EngineError | null;
  /** Per-year errors of evaluation (allocated on the first one; the engine counts them per id). */
  errs: (EngineError | undefined)[] | null;
  /** Names this line waits for (unknown now). */
  waits: string[];
  /** The line's slot table is st.slots[so … so + slotCap) (so = −1: none yet); kept when a rebind fits. */
  slotCap: number;
}

/** A shared empty list (never pushed to: replaced by a fresh array on the first entry), so that tens of
 *  thousands of lines do not each allocate one. */
export const NO_NAMES: string[] = [];
const NO_TAGS: string[] = [];

/** A class, not an object literal: V8 creates literals of this many fields on a slow path, several times slower
 *  than a constructor, and a model has tens of thousands of lines. */
class LineRecord implements Line {
  // Declared, not initialised here: the constructor sets every field once, in one order (one hidden class).
  declare id: number;
  declare base: number;
  declare spec: LineSpec;
  declare input: boolean;
  declare shape: Shape | null;
  declare template: Template | null;
  declare tags: string[];
  declare defErr: EngineError | null;
  declare bindErr: EngineError | null;
  declare cycleErr: EngineError | null;
  declare errs: (EngineError | undefined)[] | null;
  declare waits: string[];
  declare so: number;
  declare slotCap: number;

  get key(): LineKey {
    return this.spec.key;
  }

  constructor(id: number, years: number, spec: LineSpec) {
    this.id = id;
    this.base = id * years;
    this.spec = spec;
    this.input = false;
    this.shape = null;
    this.template = null;
    this.tags = NO_TAGS;
    this.defErr = null;
    this.bindErr = null;
    this.cycleErr = null;
    this.errs = null;
    this.waits = NO_NAMES;
    this.so = -1;
    this.slotCap = 0;
  }
}

export function newLine(id: number, years: number, spec: LineSpec): Line {
  return new LineRecord(id, years, spec);
}

// The engine's code is specialized to this class's hidden class; one record kept keeps it when no engine is alive
// (between the benchmark's loads, a scenario closed and another opened: shared/runtime/hiddenClass.ts).
keepHiddenClass(new LineRecord(0, 1, { key: 'kept', input: [0] }));

/** The error that holds for every year of the line, if any. */
export function staticError(l: Line): EngineError | null {
  return l.defErr ?? l.bindErr ?? l.cycleErr;
}

export function isFormula(l: Line): boolean {
  return l.shape !== null;
}
