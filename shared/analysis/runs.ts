// The three analyses as the Analyse panel runs them (and the benchmark times them): each on a private copy of the
// scenario (never the engine the grid reads), each answer with the patches that would apply it.
import {
  atLeastEveryYear,
  goalSeek,
  goalSeekAll,
  lineProbe,
  withLevers,
  monteCarlo,
  savingsNeeded,
  sensitivity,
  type AnalysisFailure,
  type Lever,
  type MonteCarloResult,
  type Probe,
  type SensitivityLever,
  type SensitivityResult,
  type UncertainMeasure,
} from './index';
import { AnalysisCode, failure } from './errors';
import { notApplicableReason } from '../domain/notApplicable';
import { FormulaError } from '../engine';
import type { LineSpec } from '../engine/types';
import { LiveScenario } from '../live/scenario';
import type { Measure } from '../model/measure';
import type { Patch } from '../patch/types';
import { defaultRange, isFactor, isPercent, KEYS, leverFor, leverLines, leverPatches, type LeverAt } from './levers';

/** The last private copy and the document it was made from: building one costs a third of a second on the L
 *  benchmark model, more than an analysis. Every analysis puts its levers back (shared/analysis/hold.ts), so the
 *  copy is reused while the document is the same object (an edit makes a new one); one that threw is dropped. */
let cached: { doc: LiveScenario['doc']; copy: LiveScenario } | null = null;

/** A private copy of the scenario: analyses move its inputs freely. */
export function privateCopy(live: Pick<LiveScenario, 'doc'>): LiveScenario {
  if (cached?.doc === live.doc) return cached.copy;
  cached = { doc: live.doc, copy: new LiveScenario(live.doc, 0) };
  return cached.copy;
}

/** Runs an analysis on the private copy; if it throws, the copy may be left changed and is not used again. */
function onCopy<T>(live: Pick<LiveScenario, 'doc'>, body: (copy: LiveScenario) => T): T {
  try {
    return body(privateCopy(live));
  } catch (e) {
    cached = null;
    throw e;
  }
}

function asFailure(e: unknown): AnalysisFailure {
  if (e instanceof FormulaError) return { ok: false, code: e.error.code, params: e.error.params };
  throw e;
}

// ---------------------------------------------------------------------------------------------------------------
// Goal seek

export interface GoalSeekRequest {
  targetKey: string;
  targetYear: number;
  target: number;
  leverKey: string;
  leverAt: LeverAt;
  /** Search range of the lever; default defaultRange(). */
  range?: [number, number];
  /** The lever's name in messages. */
  leverLabel: string;
  targetLabel: string;
  /** Instead of a value in one year: the target line at least this line in every year (the reserve fund at least
   *  the required reserve). The answer is the lever's smallest or largest value in the range that keeps it so. */
  atLeastKey?: string;
}

export type GoalSeekAnswer =
  | {
      ok: true;
      value: number;
      current: number;
      factor: boolean;
      achieved: number;
      target: number;
      /** With atLeastKey: the year whose condition binds, and whether the answer is the least or the most the
       *  lever may be. */
      binding?: { year: number; bound: 'least' | 'most' };
      patches: Patch[];
    }
  | AnalysisFailure;

/** A failure when line `key` does not apply in year index `y` (a share of revenue in a year without revenue): an
 *  analysis must say so rather than compute on the engine's placeholder 0. The reason follows as the cause. */
function notApplicableIn(copy: LiveScenario, key: string, y: number, label: string): AnalysisFailure | null {
  const reason = notApplicableReason(copy.spec(key), y, (k, i) => copy.engine.value(k, i));
  return reason === undefined ? null : failure(AnalysisCode.notApplicable, { line: label, year: copy.firstYear + y }, { code: reason, params: {} });
}

export function runGoalSeek(live: Pick<LiveScenario, 'doc'>, r: GoalSeekRequest): GoalSeekAnswer {
  return onCopy(live, (copy) => goalSeekOn(copy, r));
}

function goalSeekOn(copy: LiveScenario, r: GoalSeekRequest): GoalSeekAnswer {
  const engine = copy.engine;
  const spec = copy.spec(r.leverKey);
  if (!spec) return { ok: false, code: 'engine.unknownLine', params: { key: r.leverKey } };
  try {
    const lever = leverFor(engine, spec, r.leverAt, r.leverLabel);
    const current = lever.get();
    const [lo, hi] = r.range ?? defaultRange(spec, r.leverAt, current);
    if (r.atLeastKey !== undefined) {
      for (let y = 0; y < engine.years; y++) {
        const na = notApplicableIn(copy, r.targetKey, y, r.targetLabel) ?? notApplicableIn(copy, r.atLeastKey, y, copy.spec(r.atLeastKey)?.label ?? r.atLeastKey);
        if (na) return na;
      }
      return everyYearOn(copy, r, r.atLeastKey, lever, current, [lo, hi]);
    }
    const na = notApplicableIn(copy, r.targetKey, r.targetYear - engine.firstYear, r.targetLabel);
    if (na) return na;
    const probe = { ...lineProbe(engine, r.targetKey, r.targetYear - engine.firstYear), label: r.targetLabel };
    const res = goalSeek({ lever, probe, target: r.target, lo, hi });
    if (!res.ok) return res;
    return {
      ok: true,
      value: res.value,
      current,
      factor: isFactor(spec, r.leverAt),
      achieved: res.achieved,
      target: res.target,
      patches: leverPatches(copy.doc, spec, r.leverAt, res.value),
    };
  } catch (e) {
    return asFailure(e);
  }
}

/** The target line at least `atLeastKey` in every year. goalSeekAll finds the smallest lever value that meets the
 *  conditions when they hold as the lever grows; when they hold as it shrinks (a cost, a use of the fund), the
 *  lever is searched mirrored, and the answer is the largest value that meets them. */
function everyYearOn(copy: LiveScenario, r: GoalSeekRequest, atLeastKey: string, lever: Lever, current: number, [lo, hi]: [number, number]): GoalSeekAnswer {
  const engine = copy.engine;
  const spec = copy.spec(r.leverKey)!;
  const conditions = atLeastEveryYear(engine, r.targetKey, atLeastKey).map((c, y) => ({ ...c, probe: { ...c.probe, label: `${r.targetLabel} ${copy.years[y]}` } }));
  const metAt = (x: number) =>
    withLevers([lever], undefined, () => {
      lever.set(x);
      return conditions.every((c) => c.probe.read() >= (typeof c.atLeast === 'number' ? c.atLeast : c.atLeast.read()));
    });
  // Met at hi but not at lo: the least value; met at lo but not at hi: the most; else the search says why.
  const most = metAt(lo) && !metAt(hi);
  const searched: Lever = most ? { ...lever, get: () => -lever.get(), set: (u: number) => lever.set(-u) } : lever;
  const res = goalSeekAll({ lever: searched, conditions, lo: most ? -hi : lo, hi: most ? -lo : hi });
  if (!res.ok) return res;
  const value = most ? -res.value : res.value;
  return {
    ok: true,
    value,
    current,
    factor: isFactor(spec, r.leverAt),
    achieved: res.achieved,
    target: res.required,
    binding: { year: copy.years[res.binding], bound: most ? 'most' : 'least' },
    patches: leverPatches(copy.doc, spec, r.leverAt, value),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// How much more must be saved in year Y to reach the resultatgrad target

export type SavingsAnswer =
  | {
      ok: true;
      extra: number;
      current: number;
      savings: number;
      achieved: number;
      target: number;
      alreadyMet: boolean;
      /** The part of the raised requirement that no measure covers yet: what must still be found. */
      unidentified: number;
      patches: Patch[];
    }
  | AnalysisFailure;

export function runSavingsNeeded(live: Pick<LiveScenario, 'doc'>, year: number, leverLabel: string): SavingsAnswer {
  return onCopy(live, (copy) => savingsNeededOn(copy, year, leverLabel));
}

function savingsNeededOn(copy: LiveScenario, year: number, leverLabel: string): SavingsAnswer {
  const spec = copy.spec(KEYS.requirement);
  if (!spec) return { ok: false, code: 'engine.unknownLine', params: { key: KEYS.requirement } };
  try {
    const na = notApplicableIn(copy, KEYS.resultatgrad, year - copy.firstYear, copy.spec(KEYS.resultatgrad)?.label ?? KEYS.resultatgrad);
    if (na) return na;
    const lever = leverFor(copy.engine, spec, year - copy.firstYear, leverLabel);
    const res = savingsNeeded(copy.engine, {
      savingsLever: lever,
      resultatgradKey: KEYS.resultatgrad,
      targetKey: KEYS.resultatgradTarget,
      year,
    });
    if (!res.ok) return res;
    // Measures may cover more than the requirement: then it must rise past them before the result moves, and
    // only the part beyond them is still to be found.
    const y = year - copy.firstYear;
    lever.set(res.savings);
    const unidentified = copy.engine.value(KEYS.unidentified, y);
    lever.set(res.current);
    return { ...res, unidentified, patches: res.alreadyMet ? [] : leverPatches(copy.doc, spec, y, res.savings) };
  } catch (e) {
    return asFailure(e);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sensitivity

export interface SensitivityItem {
  key: string;
  /** 'shift': the line's every year ± delta (e.g. ±1 percentage point); 'scale': every year × (1 ± delta);
   *  'realisation': a measure's effect from not realised (0) to as planned (1); 'growth': the lines of `keys`
   *  (the population by age group) growing delta a year faster or slower after the base year. */
  mode: 'shift' | 'scale' | 'realisation' | 'growth';
  delta: number;
  label: string;
  /** 'growth': the input lines it moves, and the year index they grow from. */
  keys?: string[];
  baseIndex?: number;
}

/** The defaults: interest on new loans ±1 pp, the savings requirement ±10 %, revenue ±1 %, extra dividend
 *  ±100 %, every scenario assumption (±1 pp or ±10 %), and each included measure's realisation. */
export function defaultSensitivityItems(
  live: Pick<LiveScenario, 'allLines' | 'doc'>,
  labelOf: (spec: LineSpec) => string,
  measureLabel: (name: string) => string,
): SensitivityItem[] {
  const lines = leverLines(live.allLines());
  // Measures' switches are flags, not levers for goal seek, but their realisation is a sensitivity.
  const byKey = new Map(live.allLines().filter((l) => l.input).map((l) => [l.key, l]));
  const items: SensitivityItem[] = [];
  const add = (key: string, mode: SensitivityItem['mode'], delta: number, label?: string) => {
    const spec = byKey.get(key);
    if (spec && !items.some((i) => i.key === key)) items.push({ key, mode, delta, label: label ?? labelOf(spec) });
  };
  add(KEYS.newLoanRate, 'shift', 0.01);
  add(KEYS.requirement, 'scale', 0.1);
  add(KEYS.revenue, 'scale', 0.01);
  add(KEYS.extraDividend, 'scale', 1);
  for (const spec of lines) {
    if (spec.key.startsWith('forutsetning.')) add(spec.key, isPercent(spec) ? 'shift' : 'scale', isPercent(spec) ? 0.01 : 0.1);
  }
  // Population growth, where services turn it into cost: every age group ±1 pp a year from the base year.
  const d = live.doc.demography;
  const total = live.allLines().find((l) => l.key === 'befolkning.sum');
  if (d.services.length > 0 && d.ageGroups.length > 0 && total) {
    const baseIndex = Math.max(0, (d.baseYear ?? live.doc.firstYear) - live.doc.firstYear);
    items.push({ key: 'befolkning', keys: d.ageGroups.map((g) => `befolkning.${g.id}`), baseIndex, mode: 'growth', delta: 0.01, label: labelOf(total) });
  }
  for (const m of live.doc.measures) {
    if (m.included && m.status !== 'forkastet') add(`tiltak.${m.id}.med`, 'realisation', 1, measureLabel(m.name));
  }
  return items;
}

function sensitivityLever(copy: LiveScenario, item: SensitivityItem): SensitivityLever {
  const engine = copy.engine;
  const keys = item.keys ?? [item.key];
  const bases = keys.map((k) => Float64Array.from(engine.spec(k)?.input ?? []));
  const fill = (f: (v: number, y: number) => number) =>
    keys.forEach((k, i) => engine.setInputs(k, bases[i].map((v, y) => (Number.isNaN(v) ? v : f(v, y)))));
  const from = item.baseIndex ?? 0;
  // The lever's value is the change itself (0 = as it stands), so the table reads "−1 pp … +1 pp".
  let x = 0;
  const lever = {
    id: item.key,
    label: item.label,
    get: () => x,
    set: (v: number) => {
      x = v;
      // 'scale' and 'realisation' both multiply: realisation −1 is the switch at 0.
      if (item.mode === 'shift') fill((b) => b + v);
      else if (item.mode === 'growth') fill((b, y) => b * (1 + v) ** Math.max(0, y - from));
      else fill((b) => b * (1 + v));
    },
    snapshot: () => () => {
      x = 0;
      keys.forEach((k, i) => engine.setInputs(k, bases[i]));
    },
  };
  // Realisation: from not realised (−1: the switch at 0) to as planned (0).
  return item.mode === 'realisation' ? { lever, low: -1, high: 0 } : { lever, low: -item.delta, high: item.delta };
}

export interface SensitivityAnswer {
  result: SensitivityResult;
  items: SensitivityItem[];
  /** The plan year whose outputs were measured. */
  year: number;
  /** Per output (in the order of `result.outputs`): the i18n code of why it does not apply that year (resultatgrad
   *  without revenue), or null. Its swings are then not shown. */
  notApplicable: (string | null)[];
}

/** The outputs' response in plan year `year` (the last year of the horizon when not given or outside it). */
export function runSensitivity(live: Pick<LiveScenario, 'doc'>, items: SensitivityItem[], outputLabels: string[], year?: number): SensitivityAnswer {
  return onCopy(live, (copy) => sensitivityOn(copy, items, outputLabels, year));
}

function sensitivityOn(copy: LiveScenario, items: SensitivityItem[], outputLabels: string[], year?: number): SensitivityAnswer {
  const engine = copy.engine;
  const asked = year === undefined ? -1 : year - engine.firstYear;
  const last = asked >= 0 && asked < engine.years ? asked : engine.years - 1;
  const usable = items.filter((i) => (i.keys ?? [i.key]).every((k) => engine.spec(k)?.input !== undefined));
  const outputs: Probe[] = [KEYS.netResult, KEYS.resultatgrad, KEYS.fund].map((key, i) => ({
    ...lineProbe(engine, key, last),
    id: key,
    label: outputLabels[i],
  }));
  const result = sensitivity({ levers: usable.map((i) => sensitivityLever(copy, i)), outputs, model: engine });
  const notApplicable = [KEYS.netResult, KEYS.resultatgrad, KEYS.fund].map((key) => notApplicableReason(copy.spec(key), last, (k, i) => engine.value(k, i)) ?? null);
  return { result, items: usable, year: engine.firstYear + last, notApplicable };
}

// ---------------------------------------------------------------------------------------------------------------
// Monte Carlo over the measures' realisation (and, where a measure has one, its effect range)

export const MC_SEED = 20240;
export const MC_DRAWS = 2000;

export interface MonteCarloAnswer {
  years: number[];
  /** Per year: the distribution of total savings (with P(≥ requirement) where there is one) and of netto
   *  driftsresultat when only realised measures count against the requirement. */
  result: Extract<MonteCarloResult, { ok: true }>;
  requirement: number[];
  /** The measures drawn; `effectRange` (shares of the plan) where the measure has one. */
  measures: { id: string; name: string; probability: number; effectRange?: { low: number; high: number } }[];
}

/** A measure as Monte Carlo draws it. Its lever is the switch line `tiltak.<id>.med` scaled over every year, so
 *  1 is the plan and a share of the plan is the lever's value itself: the range goes in as it stands, drawn
 *  triangular with its peak at the plan. */
function uncertainMeasure(engine: LiveScenario['engine'], m: Measure): UncertainMeasure {
  const lever = leverFor(engine, engine.spec(`tiltak.${m.id}.med`)!, 'all', m.name);
  const range = m.effectRange;
  if (range === undefined) return { lever, probability: m.probability };
  return { lever, probability: m.probability, effectRange: [range.low, range.high], effectShape: 'triangular' };
}

/** Netto driftsresultat if the savings requirement were met only by the realised measures: the model assumes
 *  the requirement is delivered, so its unidentified part is taken back out. */
function realisedResultProbe(copy: LiveScenario, y: number, label: string): Probe {
  const net = lineProbe(copy.engine, KEYS.netResult, y);
  const gap = lineProbe(copy.engine, KEYS.unidentified, y);
  return {
    id: `realised@${y}`,
    label,
    read: () => net.read() - gap.read(),
    error: () => net.error?.() ?? gap.error?.(),
    // The lines it reads, so that the draws recompute only what they need.
    source: { model: copy.engine, lines: [KEYS.netResult, KEYS.unidentified] },
  };
}

/** `first`: draw only the first that many of the measures (the benchmark's sample of a scenario too large to run
 *  whole in its time); all of them when not given. */
export function runMonteCarlo(
  live: Pick<LiveScenario, 'doc'>,
  labels: { savings: (year: number) => string; result: (year: number) => string },
  seed = MC_SEED,
  draws = MC_DRAWS,
  first?: number,
): { ok: true; answer: MonteCarloAnswer } | AnalysisFailure {
  return onCopy(live, (copy) => monteCarloOn(copy, labels, seed, draws, first));
}

function monteCarloOn(
  copy: LiveScenario,
  labels: { savings: (year: number) => string; result: (year: number) => string },
  seed: number,
  draws: number,
  first: number | undefined,
): { ok: true; answer: MonteCarloAnswer } | AnalysisFailure {
  const engine = copy.engine;
  const uncertain = copy.doc.measures.filter((m) => m.included && m.status !== 'forkastet' && engine.spec(`tiltak.${m.id}.med`)?.input);
  const measures = first === undefined ? uncertain : uncertain.slice(0, first);
  const years = copy.years;
  const requirement = years.map((_, y) => (engine.has(KEYS.requirement) ? engine.value(KEYS.requirement, y) : 0));
  try {
    const outputs = [
      ...years.map((year, y) => {
        const probe = { ...lineProbe(engine, KEYS.savings, y), label: labels.savings(year) };
        return requirement[y] > 0 ? { probe, atLeast: requirement[y] } : { probe };
      }),
      ...years.map((year, y) => ({ probe: realisedResultProbe(copy, y, labels.result(year)) })),
    ];
    const result = monteCarlo({
      measures: measures.map((m) => uncertainMeasure(engine, m)),
      outputs,
      draws,
      seed,
      model: engine,
    });
    if (!result.ok) return result;
    const drawn = measures.map((m) => ({ id: m.id, name: m.name, probability: m.probability, ...(m.effectRange && { effectRange: { ...m.effectRange } }) }));
    return { ok: true, answer: { years, result, requirement, measures: drawn } };
  } catch (e) {
    return asFailure(e);
  }
}
