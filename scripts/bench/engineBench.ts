// The engine figures of one size: build (buildLines + define templates + load, which computes), a full recompute,
// a single-input edit and a global edit, plus what the edits reached.
import { buildLines, loadLines, SWITCH_KEY, type BuiltLines } from '../../shared/domain';
import { Engine, forgetShapes } from '../../shared/engine';
import type { Scenario } from '../../shared/model';
import { LiveScenario } from '../../shared/live/scenario';
import { describeRuns, heapOf, median, smallRuns, timeRuns, type RunOptions } from './measure';

/** The input the single edit changes: the original budget of an area in the middle of the list, first plan year
 *  (an edit of year 0 recomputes every later year too, the most a one-cell edit can do). */
export function editTarget(doc: Scenario): { key: string; areaId: string } {
  const area = doc.areas[Math.floor(doc.areas.length / 2)];
  return { key: `${area.code.toLowerCase()}.opprinnelig_budsjett`, areaId: area.id };
}

/** The global edit: the price growth assumption. It feeds every area's frame through the user's price adjustment
 *  line (an item of the frame), the indexed service costs, every user line built on the frame or on price growth,
 *  the result and the reserve fund. No input reaches the measures' own lines (their effects depend on their own
 *  parameters only), so no edit reaches every line; this one reaches the most. The plan example (S) has no
 *  assumptions: there it is the switch that counts measures and demography in every frame. */
export function globalKey(doc: Scenario): string {
  return doc.assumptions.some((a) => a.id === 'prisvekst') ? 'forutsetning.prisvekst' : SWITCH_KEY;
}

export interface EngineFigures {
  buildMs: number;
  /** The first build of this size (the warm-up): JIT and formula parse cache colder. */
  buildColdMs: number;
  buildLinesMs: number;
  loadMs: number;
  fullMs: number;
  editMs: number;
  globalEditMs: number;
  lines: number;
  formulaLines: number;
  cells: number;
  /** Lines the single edit recomputed (the edited one included). */
  editLines: number;
  globalEditLines: number;
  /** Heap used by the live scenario (LiveScenario: its lines and engine, computed; the document not counted), MB. */
  heapMb: number | null;
  /** Figures timed on fewer runs than asked (the time budget), by name. */
  reduced: Record<string, string>;
  /** CPU time medians of the heavy figures, by name. */
  cpu: Record<string, number>;
}

export interface EngineRun {
  figures: EngineFigures;
  engine: Engine;
  built: BuiltLines;
}

function build(doc: Scenario): { built: BuiltLines; engine: Engine; linesMs: number; loadMs: number } {
  const t0 = performance.now();
  const built = buildLines(doc);
  const t1 = performance.now();
  const engine = new Engine({ firstYear: doc.firstYear, years: doc.years });
  loadLines(engine, built);
  return { built, engine, linesMs: t1 - t0, loadMs: performance.now() - t1 };
}

export function benchEngine(doc: Scenario, opts: RunOptions): EngineRun {
  const reduced: Record<string, string> = {};
  const note = (name: string, t: ReturnType<typeof timeRuns>) => {
    const d = describeRuns(t);
    if (d) reduced[name] = d;
    return t.median;
  };

  let last: ReturnType<typeof build> | undefined;
  const parts: { lines: number; load: number }[] = [];
  // The previous engine is dropped before the collection that precedes each run, and so are the shapes it compiled
  // (shared by the engines of a process: formulaCache.ts), so each run builds from nothing, as the first scenario
  // opened in a process does.
  const b = timeRuns(
    opts,
    (i) => {
      last = build(doc);
      if (i >= 0) parts.push({ lines: last.linesMs, load: last.loadMs });
    },
    () => {
      last = undefined;
      forgetShapes();
    },
  );
  if (b.fromWarmup) parts.push({ lines: last!.linesMs, load: last!.loadMs });
  const buildMs = note('build', b);
  const { built, engine } = last!;
  const full = timeRuns(opts, () => engine.recompute());
  const fullMs = note('full', full);

  // Sub-millisecond figures: more runs, no collection in between (a run is one call).
  const small = smallRuns(opts);
  const target = editTarget(doc);
  const base = engine.value(target.key, 0);
  // Only the edit is timed, as HyperFormula's (hfBench.ts: setCellContents alone); what it reached is read after.
  const editMs = note(
    'edit',
    timeRuns(small, (i) => engine.setInput(target.key, 0, base + 1 + (i & 7))),
  );
  const editLines = engine.lastRecompute().lines;
  engine.setInput(target.key, 0, base);

  const global = globalKey(doc);
  const rate = engine.value(global, 0);
  const globalEditMs = note(
    'globalEdit',
    timeRuns(small, (i) => engine.setInput(global, 0, rate + 0.001 * (1 + (i & 7)))),
  );
  const globalEditLines = engine.lastRecompute().lines;
  engine.setInput(global, 0, rate);
  // With the shapes it compiles (shared by the process's engines, compiled by the first scenario of a process).
  forgetShapes();
  const heapMb = heapOf(() => new LiveScenario(doc, 0)).mb;

  return {
    engine,
    built,
    figures: {
      buildMs,
      buildColdMs: b.warm[0] ?? buildMs,
      buildLinesMs: median(parts.map((p) => p.lines)),
      loadMs: median(parts.map((p) => p.load)),
      fullMs,
      editMs,
      globalEditMs,
      lines: built.lines.length,
      formulaLines: built.lines.filter((l) => !l.input).length,
      cells: built.lines.length * doc.years,
      editLines,
      globalEditLines,
      heapMb,
      reduced,
      cpu: { build: b.cpuMedian, full: full.cpuMedian },
    },
  };
}
