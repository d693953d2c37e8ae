// Levers and probes over the formula engine. Every lever edit is an ordinary engine edit, so each evaluation is
// the engine's own incremental recompute. A line probe names its line (Probe.source), so that an analysis can
// narrow the engine's recomputes to what its outputs read (focus.ts).
import { ErrorCode, FormulaError, type Engine, type LineKey } from '../engine';
import { noteRead } from './focus';
import type { Lever, Probe, ProbeSource } from './types';

export interface InputLeverOptions {
  /** For a whole series ('all'): 'scale' multiplies every year by the lever (1 = as it stands), 'shift' adds the
   *  lever to every year (0 = as it stands; a blank year counts as 0). Default 'scale'. */
  mode?: 'scale' | 'shift';
  label?: string;
}

function fail(code: string, params: Record<string, string | number>): never {
  throw new FormulaError({ code, params });
}

function checkInput(engine: Engine, key: LineKey): Float64Array {
  const spec = engine.spec(key);
  if (spec === undefined) fail(ErrorCode.unknownLine, { key });
  if (spec.input === undefined) fail(ErrorCode.notInput, { key });
  return rawOf(engine, key);
}

function checkYear(engine: Engine, yearIndex: number): void {
  if (!Number.isInteger(yearIndex) || yearIndex < 0 || yearIndex >= engine.years) {
    fail(ErrorCode.yearOutOfRange, { index: yearIndex, last: engine.years - 1 });
  }
}

/** The input line's values as entered (NaN = blank), one per year. */
function rawOf(engine: Engine, key: LineKey): Float64Array {
  return Float64Array.from(engine.spec(key)?.input ?? [], (v) => v);
}

function sameVector(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && !(a[i] !== a[i] && b[i] !== b[i])) return false;
  }
  return true;
}

function labelOf(engine: Engine, key: LineKey): string {
  return engine.spec(key)?.label ?? key;
}

/**
 * A lever over an input line: one year's cell (`yearIndex`), or the whole series ('all'), scaled or shifted
 * (see InputLeverOptions). Throws the engine's FormulaError (engine.unknownLine / engine.notInput /
 * engine.yearOutOfRange) when the line cannot be a lever.
 *
 * A series lever works relative to the line as it stands: when the line was edited by someone else since the
 * lever last set it, get() and snapshot() take the edited values as the new base.
 */
export function inputLever(
  engine: Engine,
  key: LineKey,
  at: number | 'all',
  opts: InputLeverOptions = {},
): Lever {
  checkInput(engine, key);
  if (at !== 'all') {
    checkYear(engine, at);
    return {
      id: `${key}@${at}`,
      label: opts.label ?? `${labelOf(engine, key)} ${engine.firstYear + at}`,
      get: () => engine.value(key, at),
      set: (x) => {
        engine.setInput(key, at, x);
      },
      snapshot: () => {
        const raw = rawOf(engine, key)[at];
        return () => {
          engine.setInput(key, at, raw);
        };
      },
    };
  }

  const mode = opts.mode ?? 'scale';
  const neutral = mode === 'scale' ? 1 : 0;
  let base = rawOf(engine, key);
  let x = neutral;
  let applied = base;
  const apply = (v: number): Float64Array =>
    mode === 'scale' ? base.map((b) => b * v) : base.map((b) => (b !== b ? 0 : b) + v);
  // Someone else edited the line since this lever last set it: their values become the base.
  const rebase = () => {
    const now = rawOf(engine, key);
    if (!sameVector(now, applied)) {
      base = now;
      applied = now;
      x = neutral;
    }
  };
  return {
    id: `${key}@all${mode === 'scale' ? '*' : '+'}`,
    label: opts.label ?? labelOf(engine, key),
    get: () => {
      rebase();
      return x;
    },
    set: (v) => {
      x = v;
      applied = v === neutral ? base : apply(v);
      engine.setInputs(key, applied);
    },
    snapshot: () => {
      rebase();
      const saved = { base, x, applied };
      return () => {
        ({ base, x, applied } = saved);
        engine.setInputs(key, saved.applied);
      };
    },
  };
}

/** A probe reading one line in one year (NaN when the cell is an error; error() says why). Throws the engine's
 *  FormulaError for an unknown line or a year index outside the horizon. */
export function lineProbe(engine: Engine, key: LineKey, yearIndex: number): Probe {
  if (!engine.has(key)) fail(ErrorCode.unknownLine, { key });
  checkYear(engine, yearIndex);
  const source: ProbeSource = { model: engine, lines: [key] };
  return {
    id: `${key}@${yearIndex}`,
    label: `${labelOf(engine, key)} ${engine.firstYear + yearIndex}`,
    read: () => {
      noteRead(source);
      return engine.value(key, yearIndex);
    },
    error: () => engine.error(key, yearIndex),
    source,
  };
}

/** One probe per plan year of the line. */
export function lineProbes(engine: Engine, key: LineKey): Probe[] {
  return Array.from({ length: engine.years }, (_, y) => lineProbe(engine, key, y));
}

/** "`key` ≥ `requiredKey` in every plan year", e.g. the reserve fund against the required reserve, as
 *  conditions for goalSeekAll. `requiredKey` may also be a fixed number. */
export function atLeastEveryYear(
  engine: Engine,
  key: LineKey,
  required: LineKey | number,
): { probe: Probe; atLeast: Probe | number }[] {
  return lineProbes(engine, key).map((probe, y) => ({
    probe,
    atLeast: typeof required === 'number' ? required : lineProbe(engine, required, y),
  }));
}
