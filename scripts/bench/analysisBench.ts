// The analyses of issue 10 on one size, as the analysis panel runs them (shared/analysis/runs.ts): a goal
// seek for the resultatgrad target, the "how much more must be saved in year Y" answer, a sensitivity over the
// panel's default assumptions and a Monte Carlo of 2 000 draws — by the panel's own functions. The panel runs each
// on a private copy of the scenario, made once per version of the scenario; the copy is timed on its own (copyMs),
// the analyses on the panel's copy made before them (each leaves it as it found it), as a second click would.
import { LiveScenario } from '../../shared/live/scenario';
import type { Scenario } from '../../shared/model';
import { defaultRange, KEYS, type LeverAt } from '../../shared/analysis/levers';
import {
  defaultSensitivityItems,
  MC_DRAWS,
  MC_SEED,
  privateCopy,
  runGoalSeek,
  runMonteCarlo,
  runSavingsNeeded,
  runSensitivity,
  type GoalSeekAnswer,
  type SavingsAnswer,
  type SensitivityAnswer,
  type SensitivityItem,
} from '../../shared/analysis/runs';
import { describeRuns, timeOnce, timeRuns, type RunOptions, type Timing } from './measure';

/** What the goal seek and the savings question vary, in which year, towards which target. */
export interface GoalCase {
  /** Calendar year: the panel's default, the first year with a savings requirement. */
  year: number;
  /** 'requirement': the savings requirement that year (the panel's default lever), while measures leave part of
   *  it uncovered; else 'measure': the full-year effect of a measure in full effect that year. (Once measures cover
   *  the requirement, as in M and L, raising it changes nothing: the model counts measures towards it.) */
  kind: 'requirement' | 'measure';
  leverKey: string;
  leverAt: LeverAt;
  target: number;
  /** The panel's default range, widened to ± that year's revenue: room for any resultatgrad in ±100 %. */
  range: [number, number];
}

/** The first year with a savings requirement (GoalSeekSection's default year). */
function defaultYear(live: LiveScenario): number {
  const e = live.engine;
  const y = live.years.findIndex((_, i) => e.has(KEYS.requirement) && e.value(KEYS.requirement, i) > 0);
  return live.years[Math.max(0, y)];
}

export function goalCase(live: LiveScenario): GoalCase {
  const e = live.engine;
  const year = defaultYear(live);
  const yi = year - live.firstYear;
  let leverKey: string = KEYS.requirement;
  let leverAt: LeverAt = yi;
  let kind: GoalCase['kind'] = 'requirement';
  if (!(e.value(KEYS.unidentified, yi) > 0)) {
    // The first counting measure phased in from its full-year effect (an input) and in full effect that year.
    const m = live.doc.measures.find((x) => {
      const k = `tiltak.${x.id}`;
      const saving = e.value(`${k}.innsparing`, yi);
      return x.effect.mode === 'phasein' && saving !== 0 && saving === e.value(`${k}.innsparing_helar`, yi);
    });
    if (m === undefined) throw new Error(`no measure in full effect in ${year} to vary`);
    leverKey = `tiltak.${m.id}.helarseffekt`;
    leverAt = 'all';
    kind = 'measure';
  }
  const spec = live.spec(leverKey)!;
  const current = e.value(leverKey, leverAt === 'all' ? 0 : leverAt);
  const [lo, hi] = defaultRange(spec, leverAt, current);
  const width = Math.max(hi - current, current - lo, Math.abs(e.value('plan.brutto_driftsinntekter', yi)));
  return { year, kind, leverKey, leverAt, target: e.value(KEYS.resultatgradTarget, yi), range: [current - width, current + width] };
}

/** The panel's default sensitivity items (labels are the keys and measure names). */
export function sensitivityItems(live: LiveScenario): SensitivityItem[] {
  return defaultSensitivityItems(live, (s) => s.key, (name) => name);
}

/** The measures the Monte Carlo varies: included, not rejected, with a switch line. */
export function uncertainMeasures(live: LiveScenario): Scenario['measures'] {
  return live.doc.measures.filter((m) => m.included && m.status !== 'forkastet' && live.engine.spec(`tiltak.${m.id}.med`)?.input);
}

const labels = { savings: (y: number) => `${KEYS.savings} ${y}`, result: (y: number) => `realised ${y}` };

/** The goal seek of a goal case, as the panel asks it. */
export function goalSeekOf(live: LiveScenario, c: GoalCase): GoalSeekAnswer {
  return runGoalSeek(live, {
    targetKey: KEYS.resultatgrad,
    targetYear: c.year,
    target: c.target,
    leverKey: c.leverKey,
    leverAt: c.leverAt,
    range: c.range,
    leverLabel: c.leverKey,
    targetLabel: KEYS.resultatgrad,
  });
}

function check<T extends { ok: boolean }>(what: string, r: T): T {
  if (!r.ok) throw new Error(`${what}: ${JSON.stringify(r)}`);
  return r;
}

export interface AnalysisFigures {
  /** One private copy, as the panel makes before each analysis. */
  copyMs: number;
  goalSeekMs: number;
  savingsNeededMs: number;
  sensitivityMs: number;
  monteCarloMs: number;
  detail: {
    goalLever: string;
    /** The one-click answer: how much the savings requirement must rise. */
    savingsExtra: number;
    sensitivityLevers: number;
    sensitivityRecomputes: number;
    monteCarloMeasures: number;
    monteCarloMethod: string;
    monteCarloRecomputes: number;
  };
  reduced: Record<string, string>;
  cpu: Record<string, number>;
}

/** Milliseconds each analysis figure may take in all (or less, by --budget): the four analyses and the copy add
 *  some 10–15 s on L instead of half a minute. */
export const ANALYSIS_BUDGET_MS = 4000;

/** The sensitivity and the Monte Carlo vary every lever or measure one by one: on XL (23 000 of them, each a
 *  focused recompute over 30 000 tagged lines a year) one run took over 25 minutes at load 20. Each is first run
 *  once over its first SAMPLE levers or measures; when the whole would take longer than `capMs`, the figure is that
 *  sample's time scaled to all of them (their cost is one recompute each), and the detail says so. */
export const SAMPLE = 64;
export const FULL_RUN_CAP_MS = 60_000;

/** A figure estimated from a sample instead of measured whole. */
interface Sampled {
  estimateMs: number;
  note: string;
}

function sampled(what: string, sampleMs: number, sample: number, all: number, capMs: number): Sampled | null {
  const n = Math.min(sample, all);
  if (n === 0 || n === all) return null;
  const estimateMs = (sampleMs * all) / n;
  return estimateMs > capMs ? { estimateMs, note: `estimated: ${n} of ${all} ${what} run once (${sampleMs.toFixed(0)} ms), scaled` } : null;
}

export function benchAnalysis(doc: Scenario, runOpts: RunOptions, capMs = FULL_RUN_CAP_MS): AnalysisFigures {
  const budget = runOpts.budgetMs ?? 0;
  const opts: RunOptions = { ...runOpts, budgetMs: budget > 0 ? Math.min(budget, ANALYSIS_BUDGET_MS) : 0 };
  const reduced: Record<string, string> = {};
  const cpu: Record<string, number> = {};
  const note = (name: string, t: Timing) => {
    const d = describeRuns(t);
    if (d) reduced[name] = d;
    cpu[name] = t.cpuMedian;
    return t.median;
  };
  const live = new LiveScenario(doc, 0);
  // The panel builds one private copy per version of the scenario and reuses it (runs.ts): timed on its own, and
  // the analyses below run on the copy the first (warm-up) run made, as a second click would.
  const copyMs = note('analysisCopy', timeRuns(opts, () => new LiveScenario(doc, 0)));
  // The panel's copy, made before any analysis is timed: when the load leaves time for the warm-up run only, that
  // run is the figure, and it must not include the copy.
  privateCopy(live);

  const gc = goalCase(live);
  const goalSeekMs = note('goalSeek', timeRuns(opts, () => check('goal seek', goalSeekOf(live, gc))));
  let savings: SavingsAnswer | undefined;
  const savingsNeededMs = note('savingsNeeded', timeRuns(opts, () => (savings = check('savings needed', runSavingsNeeded(live, gc.year, KEYS.requirement)))));

  const items = sensitivityItems(live);
  let sens: SensitivityAnswer | undefined;
  /** The figure of one analysis: measured whole, or estimated from its sample when the whole would take too long. */
  const figure = <T>(name: string, sample: { ms: number; value: T }, what: string, all: number, whole: () => T, keep: (v: T) => void): number => {
    const estimate = sampled(what, sample.ms, SAMPLE, all, capMs);
    if (estimate === null) return note(name, timeRuns(opts, () => keep(whole())));
    reduced[name] = estimate.note;
    keep(sample.value);
    return estimate.estimateMs;
  };
  const sensitivityMs = figure(
    'sensitivity',
    timeOnce(() => runSensitivity(live, items.slice(0, SAMPLE), ['a', 'b', 'c'])),
    'levers',
    items.length,
    () => runSensitivity(live, items, ['a', 'b', 'c']),
    (v) => (sens = v),
  );

  let mc: ReturnType<typeof runMonteCarlo> | undefined;
  const measures = uncertainMeasures(live).length;
  const monteCarloMs = figure(
    'monteCarlo',
    timeOnce(() => check('Monte Carlo', runMonteCarlo(live, labels, MC_SEED, MC_DRAWS, SAMPLE))),
    'measures',
    measures,
    () => check('Monte Carlo', runMonteCarlo(live, labels)),
    (v) => (mc = v),
  );
  if (!mc?.ok || !savings?.ok) throw new Error('unreachable');

  return {
    copyMs,
    goalSeekMs,
    savingsNeededMs,
    sensitivityMs,
    monteCarloMs,
    detail: {
      goalLever: gc.kind,
      savingsExtra: Math.round(savings.extra),
      sensitivityLevers: items.length,
      sensitivityRecomputes: sens?.result.iterations ?? 0,
      monteCarloMeasures: measures,
      monteCarloMethod: mc.answer.result.method,
      monteCarloRecomputes: mc.answer.result.recomputes,
    },
    reduced,
    cpu,
  };
}
