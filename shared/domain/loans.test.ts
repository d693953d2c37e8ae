import { describe, expect, it } from 'vitest';
import { blankScenario } from '../model/blank';
import { parseScenario } from '../model/file';
import type { Scenario } from '../model/scenario';
import { computeScenario } from './compute';
import { serialRepaymentFormula } from './loans';

function compute(edit: (s: Scenario) => void, years = 5) {
  const s = blankScenario({ id: 's', name: 'Lån', firstYear: 2024, years });
  s.areas.push({ id: 'p01', code: 'P01', name: 'P01', frame: { originalBudget: [], previousDecisions: [], currentYearChanges: [], wageAndPriceGrowth: [] }, items: [] });
  edit(s);
  const r = parseScenario(s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const c = computeScenario(r.value);
  return (key: string) => Array.from(c.engine.values(key), (x) => Math.round(x * 1e6) / 1e6);
}

describe('loans', () => {
  it('the loan-financed part of investments is repaid serially from the year after, with interest on the opening balance', () => {
    const v = compute((s) => {
      s.investments.push({ id: 'a', name: 'A', areaId: 'p01', owner: 'kommunekasse', amounts: [100, 0, 60], loanShare: 0.5 });
      s.investments.push({ id: 'b', name: 'B', areaId: 'p01', owner: 'kf', amounts: [100], loanShare: 1 });
      s.plan.newLoans = { interestRate: [0.05, 0.05, 0.05, 0.05, 0.05], repaymentYears: 10 };
    });
    expect(v('invest.sum_kommunekasse')).toEqual([100, 0, 60, 0, 0]);
    expect(v('invest.sum_kf')).toEqual([100, 0, 0, 0, 0]);
    expect(v('p01.invest_sum')).toEqual([200, 0, 60, 0, 0]);
    expect(v('finans.nye_lan')).toEqual([150, 0, 30, 0, 0]);
    expect(v('finans.avdrag_nye_lan')).toEqual([0, 15, 15, 18, 18]);
    expect(v('finans.saldo_nye_lan')).toEqual([150, 135, 150, 132, 114]);
    expect(v('finans.renter_nye_lan')).toEqual([0, 7.5, 6.75, 7.5, 6.6]);
    expect(v('finans.kapitalutgifter')).toEqual([0, 22.5, 21.75, 25.5, 24.6]);
    expect(v('resultat.netto_driftsresultat')).toEqual([0, -22.5, -21.75, -25.5, -24.6]);
  });

  it('a loan is paid off after the repayment period', () => {
    const v = compute((s) => {
      s.investments.push({ id: 'a', name: 'A', areaId: 'p01', owner: 'kommunekasse', amounts: [100], loanShare: 1 });
      s.plan.newLoans.repaymentYears = 2;
    });
    expect(v('finans.avdrag_nye_lan')).toEqual([0, 50, 50, 0, 0]);
    expect(v('finans.saldo_nye_lan')).toEqual([100, 50, 0, 0, 0]);
  });

  it('existing debt runs down by its repayments; interest on the balance at the start of the year; gross debt', () => {
    const v = compute((s) => {
      s.plan.existingDebt = { opening: 1000, interestRate: [0.04, 0.04, 0.05], repayment: [100, 100, 100, 100, 100] };
      s.investments.push({ id: 'a', name: 'A', areaId: 'p01', owner: 'kf', amounts: [50], loanShare: 1 });
      s.plan.grossOperatingRevenue = [2000, 2000, 2000, 2000, 2000];
      s.rules.debtCeilingShare = 0.5;
    });
    expect(v('gjeld.eksisterende')).toEqual([900, 800, 700, 600, 500]);
    expect(v('finans.renter_eksisterende_gjeld')).toEqual([40, 36, 40, 0, 0]);
    expect(v('gjeld.brutto')).toEqual([950, 848.75, 747.5, 646.25, 545]);
    expect(v('gjeld.andel_av_inntekter')[0]).toBeCloseTo(0.475, 12);
    expect(v('gjeld.rom_under_tak')).toEqual([50, 151.25, 252.5, 353.75, 455]);
  });

  it('the repayment formula has one term per earlier plan year', () => {
    expect(serialRepaymentFormula(1)).toBe('0');
    expect(serialRepaymentFormula(3)).toBe(
      'safediv(prev(finans.nye_lan, 1) * (plan.nedbetalingstid_nye_lan >= 1) + prev(finans.nye_lan, 2) * (plan.nedbetalingstid_nye_lan >= 2), plan.nedbetalingstid_nye_lan)',
    );
  });
});
