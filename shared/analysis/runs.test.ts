import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiveScenario } from '../live/scenario';
import type { Scenario } from '../model';
import { defaultSensitivityItems, MC_DRAWS, MC_SEED, runGoalSeek, runMonteCarlo, runSavingsNeeded, runSensitivity } from './runs';

const example = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/examples/drammen-hop-2024-27.handlingsrom'), 'utf8'),
).scenario as Scenario;

const FIRST = 2023;
const value = (live: LiveScenario, key: string, year: number) => live.engine.value(key, year - FIRST);
const labels = { savings: (y: number) => `sav ${y}`, result: (y: number) => `res ${y}` };

/** Everything the engine computes, to show an analysis left the scenario it was given alone. */
function snapshot(live: LiveScenario): string {
  return JSON.stringify(live.engine.keys().map((k) => [k, Array.from(live.engine.values(k))]));
}

describe('goal seek on a private copy', () => {
  it('finds the savings requirement that gives the resultatgrad target, and its patches give that target', () => {
    const live = new LiveScenario(example, 0);
    const before = snapshot(live);
    const target = value(live, 'resultat.resultatgrad_mal', 2026);
    const a = runGoalSeek(live, {
      targetKey: 'resultat.resultatgrad',
      targetYear: 2026,
      target,
      leverKey: 'plan.innsparingskrav',
      leverAt: 2026 - FIRST,
      leverLabel: 'krav',
      targetLabel: 'rg',
    });
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    // Resultatgrad = netto driftsresultat / brutto driftsinntekter, and the requirement adds to the result one to
    // one while it exceeds the measures: the answer is the current requirement plus the shortfall.
    const shortfall = target * value(live, 'plan.brutto_driftsinntekter', 2026) - value(live, 'resultat.netto_driftsresultat', 2026);
    expect(a.value).toBeCloseTo(value(live, 'plan.innsparingskrav', 2026) + shortfall, 4);
    expect(snapshot(live)).toBe(before);
    live.apply(a.patches);
    expect(value(live, 'resultat.resultatgrad', 2026)).toBeCloseTo(target, 9);
    expect(value(live, 'plan.innsparingskrav', 2025)).toBe(135000);
  });

  it('a factor on every year of a line patches each year by that factor', () => {
    const live = new LiveScenario(example, 0);
    const a = runGoalSeek(live, {
      targetKey: 'resultat.netto_driftsresultat',
      targetYear: 2025,
      target: 200000,
      leverKey: 'plan.innsparingskrav',
      leverAt: 'all',
      leverLabel: 'krav',
      targetLabel: 'ndr',
    });
    expect(a.ok && a.factor).toBe(true);
    if (!a.ok) return;
    live.apply(a.patches);
    expect(value(live, 'resultat.netto_driftsresultat', 2025)).toBeCloseTo(200000, 3);
    expect(value(live, 'plan.innsparingskrav', 2026) / value(live, 'plan.innsparingskrav', 2025)).toBeCloseTo(150000 / 135000, 9);
  });

  it('a scalar line (the resultatgrad target itself) is varied as one number', () => {
    const live = new LiveScenario(example, 0);
    const a = runGoalSeek(live, {
      targetKey: 'resultat.avvik_mot_mal',
      targetYear: 2026,
      target: 0,
      leverKey: 'regler.resultatgrad_mal',
      leverAt: 'all',
      leverLabel: 'mål',
      targetLabel: 'avvik',
    });
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.value).toBeCloseTo(value(live, 'resultat.resultatgrad', 2026), 9);
    live.apply(a.patches);
    expect(value(live, 'resultat.avvik_mot_mal', 2026)).toBeCloseTo(0, 3);
  });

  it('keeps the reserve fund at least the required reserve in every year: the least revenue, the most cost', () => {
    const live = new LiveScenario(example, 0);
    const before = snapshot(live);
    const y = 2024 - FIRST;
    // Lowering 2024's other net items lowers the fund from 2024 on by as much; the tightest year bounds it.
    const room = Math.min(...[1, 2, 3, 4].map((i) => value(live, 'fond.avvik', FIRST + i)));
    const ask = (leverKey: string, range: [number, number]) =>
      runGoalSeek(live, {
        targetKey: 'fond.saldo',
        targetYear: 2024,
        target: 0,
        leverKey,
        leverAt: y,
        range,
        leverLabel: leverKey,
        targetLabel: 'fond',
        atLeastKey: 'fond.reservekrav',
      });
    const other = live.engine.value('plan.ovrige_netto', y);
    const least = ask('plan.ovrige_netto', [other - 1e6, other + 1e6]);
    expect(least.ok).toBe(true);
    if (!least.ok) return;
    expect(least.binding).toEqual({ year: 2024, bound: 'least' });
    expect(least.value).toBeCloseTo(other - room, 3);

    const cost = live.engine.value('plan.sentrale_utgifter', y);
    const most = ask('plan.sentrale_utgifter', [cost - 1e6, cost + 1e6]);
    expect(most.ok).toBe(true);
    if (!most.ok) return;
    expect(most.binding?.bound).toBe('most');
    expect(most.value).toBeCloseTo(cost + room, 3);
    // Applied, the fund meets the rule in every year, with nothing to spare in the tightest one.
    const after = new LiveScenario(example, 0);
    after.apply(most.patches);
    for (let i = 0; i < after.years.length; i++) expect(after.engine.value('fond.avvik', i)).toBeGreaterThanOrEqual(-1e-6);
    expect(after.engine.value('fond.avvik', y)).toBeCloseTo(0, 3);
    expect(snapshot(live)).toEqual(before);
  });

  it('says so when no value in the range reaches the target', () => {
    const live = new LiveScenario(example, 0);
    const a = runGoalSeek(live, {
      targetKey: 'resultat.resultatgrad',
      targetYear: 2026,
      target: 0.0175,
      leverKey: 'plan.innsparingskrav',
      leverAt: 2026 - FIRST,
      range: [0, 100000],
      leverLabel: 'krav',
      targetLabel: 'rg',
    });
    expect(a).toMatchObject({ ok: false, code: 'analysis.noSolutionInRange', params: { lo: 0, hi: 100000 } });
  });
});

describe('how much more must be saved', () => {
  it('gives the same answer as the goal seek on the requirement, and patches that meet the target', () => {
    const live = new LiveScenario(example, 0);
    const a = runSavingsNeeded(live, 2026, 'krav 2026');
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.alreadyMet).toBe(false);
    expect(a.extra).toBeCloseTo(-value(live, 'resultat.avvik_mot_mal', 2026), 4);
    live.apply(a.patches);
    expect(value(live, 'resultat.resultatgrad', 2026)).toBeCloseTo(value(live, 'resultat.resultatgrad_mal', 2026), 9);
  });
});

describe('sensitivity', () => {
  it('uses the default set and its slopes are the engine derivatives', () => {
    const live = new LiveScenario(example, 0);
    const before = snapshot(live);
    const items = defaultSensitivityItems(live, (s) => s.key, (name) => `${name}: realisering`);
    expect(items.map((i) => i.key)).toEqual(expect.arrayContaining(['plan.rente_nye_lan', 'plan.innsparingskrav', 'tiltak.p05_egen_avlastning.med']));
    // An excluded measure has no realisation to vary.
    expect(items.some((i) => i.key === 'tiltak.p07_lavterskel.med')).toBe(false);
    const s = runSensitivity(live, items, ['ndr', 'rg', 'fond']);
    expect(snapshot(live)).toBe(before);
    expect(s.year).toBe(2027);
    const ndr = s.result.outputs[0];
    expect(ndr.base).toBeCloseTo(value(live, 'resultat.netto_driftsresultat', 2027), 6);
    // The requirement ±10 % moves the 2027 result by ±10 % of the part of it not covered by measures, one to one.
    const krav = ndr.rows.find((r) => r.leverId === 'plan.innsparingskrav')!;
    expect(krav.change).toBeCloseTo(0.2 * value(live, 'plan.innsparingskrav', 2027), 6);
    // Largest swing first.
    const swings = ndr.rows.map((r) => r.swing);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    // ±1 percentage point on new loans' interest: the change in interest on new loans, sign reversed.
    const rate = ndr.rows.find((r) => r.leverId === 'plan.rente_nye_lan')!;
    const check = new LiveScenario(example, 0);
    const interest = value(check, 'finans.renter_nye_lan', 2027);
    expect(rate.change).toBeCloseTo((-2 * interest) / value(check, 'plan.rente_nye_lan', 2027) * 0.01, 6);
  });

  it('moves population growth ±1 pp a year from the base year, costing what the services’ coverage says', () => {
    const doc: Scenario = structuredClone(example);
    // Two age groups from 2023 (the base year), growing; one service in P05 with coverage of the old only.
    doc.demography = {
      ageGroups: [
        { id: 'unge', name: '0–66 år', fromAge: 0, toAge: 66, population: [80000, 80500, 81000, 81500, 82000] },
        { id: 'eldre', name: '67 år og over', fromAge: 67, population: [15000, 15600, 16200, 16800, 17400] },
      ],
      services: [{ id: 'omsorg', name: 'Omsorg', areaId: 'p05', unit: 'plasser', coverage: { eldre: 0.1 }, unitCost: 800, feedsFrame: true }],
    };
    const live = new LiveScenario(doc, 0);
    const items = defaultSensitivityItems(live, (s) => s.key, (name) => name);
    const growth = items.find((i) => i.mode === 'growth')!;
    expect(growth).toMatchObject({ key: 'befolkning', keys: ['befolkning.unge', 'befolkning.eldre'], baseIndex: 0, delta: 0.01 });
    const s = runSensitivity(live, [growth], ['ndr', 'rg', 'fond']);
    const row = s.result.outputs[0].rows[0];
    // 2027 is 4 years after the base: the old are 17 400 × 1,01⁴ at +1 pp, 17 400 × 0,99⁴ at −1 pp; the frame takes
    // 10 % of them at 800 each, and the result loses what the frame gains.
    const old = 17400;
    expect(row.atHigh - s.result.outputs[0].base).toBeCloseTo(-0.1 * 800 * old * (1.01 ** 4 - 1), 6);
    expect(row.atLow - s.result.outputs[0].base).toBeCloseTo(-0.1 * 800 * old * (0.99 ** 4 - 1), 6);
  });

  it('measures the year the user chose, and the last year when the choice is outside the plan', () => {
    const live = new LiveScenario(example, 0);
    const items = defaultSensitivityItems(live, (s) => s.key, (name) => name).filter((i) => i.key === 'plan.innsparingskrav');
    const s = runSensitivity(live, items, ['ndr', 'rg', 'fond'], 2025);
    expect(s.year).toBe(2025);
    expect(s.result.outputs[0].base).toBeCloseTo(value(live, 'resultat.netto_driftsresultat', 2025), 6);
    // The requirement 2025 (135 000) ±10 % moves that year's result by 27 000 from end to end.
    expect(s.result.outputs[0].rows[0].swing).toBeCloseTo(0.2 * value(live, 'plan.innsparingskrav', 2025), 6);
    expect(runSensitivity(live, items, ['ndr', 'rg', 'fond'], 1999).year).toBe(2027);
  });
});

describe('a year in which the line does not apply', () => {
  // Balanse 2021 has no revenue: resultatgrad has no value in any year (notApplicable), not 0 %.
  const balanse = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/examples/balanse-2021.handlingsrom'), 'utf8'),
  ).scenario as Scenario;

  it('goal seek, the savings question and sensitivity say so instead of computing on 0', () => {
    const live = new LiveScenario(balanse, 0);
    const year = live.firstYear;
    const a = runGoalSeek(live, { targetKey: 'resultat.resultatgrad', targetYear: year, target: 0.0175, leverKey: 'plan.innsparingskrav', leverAt: 0, leverLabel: 'krav', targetLabel: 'rg' });
    expect(a).toMatchObject({ ok: false, code: 'analysis.notApplicable', params: { line: 'rg', year }, cause: { code: 'line.na.noRevenue' } });
    expect(runSavingsNeeded(live, year, 'krav')).toMatchObject({ ok: false, code: 'analysis.notApplicable', cause: { code: 'line.na.noRevenue' } });
    const s = runSensitivity(live, defaultSensitivityItems(live, (l) => l.key, (n) => n), ['ndr', 'rg', 'fond'], year);
    expect(s.notApplicable).toEqual([null, 'line.na.noRevenue', null]);
    // The plan example has revenue in its plan years: the same questions are answered there.
    const plan = new LiveScenario(example, 0);
    expect(runSensitivity(plan, defaultSensitivityItems(plan, (l) => l.key, (n) => n), ['ndr', 'rg', 'fond'], 2026).notApplicable).toEqual([null, null, null]);
  });
});

describe('Monte Carlo over the measures', () => {
  it('draws with the fixed seed; the mean of total savings is Σ p × planned within its standard error', () => {
    const live = new LiveScenario(example, 0);
    const before = snapshot(live);
    const r = runMonteCarlo(live, labels);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { answer } = r;
    expect(answer.result.draws).toBe(MC_DRAWS);
    expect(answer.result.seed).toBe(MC_SEED);
    expect(snapshot(live)).toBe(before);
    const y = 2026 - FIRST;
    const savings = answer.result.outputs[y];
    expect(savings.planned).toBe(value(live, 'tiltak.sum_innsparing', 2026));
    expect(savings.mean).toBeCloseTo(value(live, 'tiltak.sum_risikojustert', 2026), -1);
    expect(Math.abs(savings.mean - value(live, 'tiltak.sum_risikojustert', 2026))).toBeLessThan(4 * savings.stdError);
    expect(savings.p10).toBeLessThanOrEqual(savings.p50);
    expect(savings.p50).toBeLessThanOrEqual(savings.p90);
    // Identified measures cover 18.8 of the 150 million required: no draw reaches it.
    expect(savings.probability).toEqual({ atLeast: 150000, p: 0, stdError: 0 });
    // Netto driftsresultat with realised measures only: the planned figure takes the uncovered requirement out.
    const result = answer.result.outputs[answer.years.length + y];
    expect(result.planned).toBeCloseTo(value(live, 'resultat.netto_driftsresultat', 2026) - value(live, 'resultat.uidentifisert_krav', 2026), 6);
    expect(result.p90 - result.p10).toBeCloseTo(savings.p90 - savings.p10, 6);
    // The same seed gives the same draws.
    const again = runMonteCarlo(live, labels);
    expect(again.ok && Array.from(again.answer.result.outputs[y].samples)).toEqual(Array.from(savings.samples));
  });

  it('with every measure certain, every draw is the plan and the probability of reaching a requirement it covers is 1', () => {
    const doc: Scenario = {
      ...example,
      measures: example.measures.map((m) => ({ ...m, probability: 1 })),
      plan: { ...example.plan, savingsRequirement: [0, 0, 10000, 10000, 10000] },
    };
    const live = new LiveScenario(doc, 0);
    const r = runMonteCarlo(live, labels);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.answer.result.outputs[2026 - FIRST];
    expect(d.p10).toBe(d.planned);
    expect(d.p90).toBe(d.planned);
    expect(d.probability?.p).toBe(1);
  });

  it('draws a measure’s effect triangular over its range around the plan: the mean is (low + 1 + high) / 3 × planned', () => {
    // One measure alone, certain, realised at 60–110 % of its plan.
    const low = 0.6;
    const high = 1.1;
    const doc: Scenario = {
      ...example,
      measures: example.measures.map((m) =>
        m.id === 'p05_egen_avlastning' ? { ...m, probability: 1, effectRange: { low, high } } : { ...m, included: false },
      ),
    };
    const live = new LiveScenario(doc, 0);
    const before = snapshot(live);
    const r = runMonteCarlo(live, labels);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.answer.measures).toEqual([{ id: 'p05_egen_avlastning', name: doc.measures[1].name, probability: 1, effectRange: { low, high } }]);
    expect(r.answer.result.draws).toBe(MC_DRAWS);
    expect(r.answer.result.seed).toBe(MC_SEED);
    expect(snapshot(live)).toBe(before);
    const d = r.answer.result.outputs[2026 - FIRST];
    // 8 000 a year from April 2025: the full 8 000 in 2026.
    const planned = value(live, 'tiltak.p05_egen_avlastning.innsparing', 2026);
    expect(planned).toBe(8000);
    expect(d.planned).toBe(planned);
    const mean = ((low + 1 + high) / 3) * planned;
    expect(Math.abs(d.mean - mean)).toBeLessThan(4 * d.stdError);
    expect(d.stdError).toBeGreaterThan(0);
    // Every draw inside the range; P10 and P90 bracket the mean, near the triangular quantiles
    // low + √(0,1·(high − low)(1 − low)) and high − √(0,1·(high − low)(high − 1)).
    expect(d.min).toBeGreaterThanOrEqual(low * planned - 1e-6);
    expect(d.max).toBeLessThanOrEqual(high * planned + 1e-6);
    expect(d.p10).toBeLessThan(mean);
    expect(d.p90).toBeGreaterThan(mean);
    // (a uniform range would give 0,65 and 1,05).
    expect(Math.abs(d.p10 / planned - (low + Math.sqrt(0.1 * (high - low) * (1 - low))))).toBeLessThan(0.015);
    expect(Math.abs(d.p90 / planned - (high - Math.sqrt(0.1 * (high - low) * (high - 1))))).toBeLessThan(0.01);
    // The realised-only result moves one to one with the savings.
    const result = r.answer.result.outputs[r.answer.years.length + 2026 - FIRST];
    expect(result.p90 - result.p10).toBeCloseTo(d.p90 - d.p10, 6);
    // Without the range every draw is the plan.
    const plain = runMonteCarlo(new LiveScenario({ ...doc, measures: doc.measures.map(({ effectRange: _, ...m }) => m) }, 0), labels);
    expect(plain.ok && [plain.answer.result.outputs[2026 - FIRST].p10, plain.answer.result.outputs[2026 - FIRST].p90]).toEqual([planned, planned]);
  });
});
