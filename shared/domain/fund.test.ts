import { describe, expect, it } from 'vitest';
import { blankScenario } from '../model/blank';
import { parseScenario } from '../model/file';
import type { Scenario } from '../model/scenario';
import { computeScenario } from './compute';

function compute(edit: (s: Scenario) => void) {
  const s = blankScenario({ id: 's', name: 'Fond', firstYear: 2023, years: 4 });
  edit(s);
  const r = parseScenario(s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const c = computeScenario(r.value);
  return (key: string) => Array.from(c.engine.values(key), (x) => Math.round(x * 1e6) / 1e6);
}

describe('reserve fund', () => {
  it('rolls forward: opening + allocations − use, then the net result from the chosen year', () => {
    const v = compute((s) => {
      s.fund = {
        opening: 1000,
        movements: [
          { id: 'bruk', name: 'Bruk', values: [-300, -100] },
          { id: 'avsetning', name: 'Avsetning', values: [50, 0, 20] },
        ],
        resultToFundFromYear: 2025,
      };
      s.plan.centralRevenues = [10, 10, 10, 10];
    });
    expect(v('fond.bevegelser')).toEqual([-250, -100, 20, 0]);
    expect(v('fond.resultat')).toEqual([0, 0, 10, 10]);
    expect(v('fond.inngaende_saldo')).toEqual([1000, 750, 650, 680]);
    expect(v('fond.saldo')).toEqual([750, 650, 680, 690]);
  });

  it('required reserve = general (share of revenue) + interest-rate (share of gross debt) + owner risk; deviation and share', () => {
    const v = compute((s) => {
      s.fund.opening = 500;
      s.plan.grossOperatingRevenue = [10000, 10000, 10000, 10000];
      s.plan.existingDebt.opening = 8000;
    });
    expect(v('fond.generell_reserve')).toEqual([300, 300, 300, 300]);
    expect(v('fond.rentesikring')).toEqual([80, 80, 80, 80]);
    expect(v('fond.eierrisiko')).toEqual([20000, 20000, 20000, 20000]);
    expect(v('fond.reservekrav')).toEqual([20380, 20380, 20380, 20380]);
    expect(v('fond.avvik')).toEqual([-19880, -19880, -19880, -19880]);
    expect(v('fond.andel_av_inntekter')).toEqual([0.05, 0.05, 0.05, 0.05]);
  });

  it('without revenue the share is 0, not a division error', () => {
    const v = compute((s) => (s.fund.opening = 100));
    expect(v('fond.andel_av_inntekter')).toEqual([0, 0, 0, 0]);
    expect(v('resultat.resultatgrad')).toEqual([0, 0, 0, 0]);
  });
});
