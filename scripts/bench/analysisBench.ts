// The analyses of issue 10 on one size, as the analysis panel runs them (shared/analysis/runs.ts): a goal
// seek for the resultatgrad target, the "how much more must be saved in year Y" answer, a sensitivity over the
// panel's default assumptions and a Monte Carlo of 2 000 draws — by the panel's own functions. The panel runs each
// on a private copy of the scenario, made once per version of the scenario; the copy is timed on its own (copyMs),
// the analyses on the copy the warm-up run made (each leaves it as it found it), as a second click would.
import { LiveScenario } from '../../shared/live/scenario';
import type { Scenario } from '../../shared/model';
import { defaultRange, KEYS, type LeverAt } from '../../shared/analysis/levers';
import {
  defaultSensitivityItems,
  runGoalSeek,
  runMonteCarlo,
  runSavingsNeeded,
  runSensitivity,
  type GoalSeekAnswer,
  type SavingsAnswer,
  type SensitivityAnswer,
  type SensitivityItem,
} from '../../shared/analysis/runs';
import { describeRuns, timeRuns, type RunOptions, type Timing } from './measure';

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

export function benchAnalysis(doc: Scenario, runOpts: RunOptions): AnalysisFigures {
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

  const gc = goalCase(live);
  const goalSeekMs = note('goalSeek', timeRuns(opts, () => check('goal seek', goalSeekOf(live, gc))));
  let savings: SavingsAnswer | undefined;
  const savingsNeededMs = note('savingsNeeded', timeRuns(opts, () => (savings = check('savings needed', runSavingsNeeded(live, gc.year, KEYS.requirement)))));

  const items = sensitivityItems(live);
  let sens: SensitivityAnswer | undefined;
  const sensitivityMs = note('sensitivity', timeRuns(opts, () => (sens = runSensitivity(live, items, ['a', 'b', 'c']))));

  let mc: ReturnType<typeof runMonteCarlo> | undefined;
  const monteCarloMs = note('monteCarlo', timeRuns(opts, () => (mc = check('Monte Carlo', runMonteCarlo(live, labels)))));
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
      monteCarloMeasures: uncertainMeasures(live).length,
      monteCarloMethod: mc.answer.result.method,
      monteCarloRecomputes: mc.answer.result.recomputes,
    },
    reduced,
    cpu,
  };
}
