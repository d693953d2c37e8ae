// The scenario switch, assumptions, plan-level inputs and financial rules: input lines the other sections read.
import { label } from './builder';
import { displayForUnit, KR, SHARE, type BuildContext } from './context';

/** The switch that counts the scenario's own measures and demographic adjustments in the frames and the result
 *  (1 = yes). Reconciliation sets it to 0 for a moment, so published totals are compared with the document's
 *  rows only (see reconcile.ts). */
export const SWITCH_KEY = 'scenario.med_endringer';

export function addSwitch(ctx: BuildContext): void {
  const { b } = ctx;
  b.add({
    key: SWITCH_KEY,
    label: label('line.scenario.includeChanges'),
    unit: '',
    view: 'oversikt',
    group: 'scenario',
    style: 'input',
    display: 'flag',
    input: b.scalar(1),
  });
}

export function addAssumptions(ctx: BuildContext): void {
  const { b, s } = ctx;
  for (const a of s.assumptions) {
    const common = {
      key: `forutsetning.${a.id}`,
      label: label('line.named', { name: a.name }),
      unit: a.unit,
      view: 'forutsetninger' as const,
      group: 'forutsetning',
      style: 'input' as const,
      display: displayForUnit(a.unit),
      entity: { kind: 'assumption' as const, id: a.id },
    };
    if (a.kind === 'scalar') {
      b.add({ ...common, input: b.scalar(a.value), source: { path: ['assumptions', { id: a.id }, 'value'], kind: 'scalar' } });
    } else {
      b.add({ ...common, input: b.series(a.values), source: { path: ['assumptions', { id: a.id }, 'values'], kind: 'series' } });
    }
  }
}

export function addPlanInputs(ctx: BuildContext): void {
  const { b, s } = ctx;
  const p = s.plan;
  const series = (key: string, code: string, field: string[], values: (number | null)[], unit = KR) =>
    b.add({
      key,
      label: label(code),
      unit,
      view: 'forutsetninger',
      group: 'plan',
      style: 'input',
      display: unit === SHARE ? 'percent' : 'amount',
      input: b.series(values),
      source: { path: ['plan', ...field], kind: 'series' },
    });
  const scalar = (key: string, code: string, field: string[], value: number, unit: string, display: 'amount' | 'number') =>
    b.add({
      key,
      label: label(code),
      unit,
      view: 'forutsetninger',
      group: 'plan',
      style: 'input',
      display,
      input: b.scalar(value),
      source: { path: ['plan', ...field], kind: 'scalar' },
    });
  series('plan.brutto_driftsinntekter', 'line.plan.grossRevenue', ['grossOperatingRevenue'], p.grossOperatingRevenue);
  series('plan.sentrale_inntekter', 'line.plan.centralRevenues', ['centralRevenues'], p.centralRevenues);
  series('plan.sentrale_utgifter', 'line.plan.centralExpenses', ['centralExpenses'], p.centralExpenses);
  series('plan.ovrige_netto', 'line.plan.otherNet', ['otherNet'], p.otherNet);
  series('plan.ekstra_utbytte', 'line.plan.extraDividend', ['extraDividend'], p.extraDividend);
  series('plan.innsparingskrav', 'line.plan.savingsRequirement', ['savingsRequirement'], p.savingsRequirement);
  series('plan.rente_nye_lan', 'line.plan.newLoanRate', ['newLoans', 'interestRate'], p.newLoans.interestRate, SHARE);
  scalar('plan.nedbetalingstid_nye_lan', 'line.plan.repaymentYears', ['newLoans', 'repaymentYears'], p.newLoans.repaymentYears, 'år', 'number');
  scalar('plan.gjeld_inngaende', 'line.plan.debtOpening', ['existingDebt', 'opening'], p.existingDebt.opening, KR, 'amount');
  series('plan.rente_eksisterende_gjeld', 'line.plan.debtRate', ['existingDebt', 'interestRate'], p.existingDebt.interestRate, SHARE);
  series('plan.avdrag_eksisterende_gjeld', 'line.plan.debtRepayment', ['existingDebt', 'repayment'], p.existingDebt.repayment);
}

export function addRules(ctx: BuildContext): void {
  const { b, s } = ctx;
  const r = s.rules;
  const rule = (key: string, code: string, field: keyof typeof r, value: number | null, unit: string) =>
    b.add({
      key,
      label: label(code),
      unit,
      view: 'forutsetninger',
      group: 'regler',
      style: 'input',
      display: unit === SHARE ? 'percent' : 'amount',
      input: b.scalar(value),
      source: { path: ['rules', field], kind: 'scalar' },
    });
  rule('regler.generell_reserve_andel', 'line.rules.generalReserveShare', 'generalReserveShare', r.generalReserveShare, SHARE);
  rule('regler.rentesikring_andel', 'line.rules.interestReserveShare', 'interestReserveShare', r.interestReserveShare, SHARE);
  rule('regler.eierrisiko', 'line.rules.ownerRisk', 'ownerRiskAmount', r.ownerRiskAmount, KR);
  rule('regler.resultatgrad_mal', 'line.rules.resultatgradTarget', 'resultatgradTarget', r.resultatgradTarget, SHARE);
  rule('regler.gjeldstak', 'line.rules.debtCeiling', 'debtCeilingShare', r.debtCeilingShare, SHARE);
}
