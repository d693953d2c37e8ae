// Debt and capital costs. New loans are the loan-financed part of the investments. They are serial loans (equal
// repayments; chosen because municipal loans in Norway are mostly serial and because it keeps the arithmetic
// readable): a loan taken in year t is repaid by 1/N in each of the years t+1 … t+N, and interest is charged on
// the balance at the start of the year — so borrowing weighs on operations from the year after.
// Existing debt runs down by its given repayments; its interest is charged on the balance at the start of the year.
import { label } from './builder';
import { KR, SHARE, type BuildContext } from './context';
import { INVESTMENT_TAGS } from './investments';

/** Repayment of new loans in a year: Σ over k = 1 … N of (loans of year t−k) / N. The horizon bounds k, so the
 *  formula has one term per earlier plan year; N is read from its line, so editing it needs no rebuild. */
export function serialRepaymentFormula(years: number): string {
  const terms: string[] = [];
  for (let k = 1; k < years; k++) terms.push(`prev(finans.nye_lan, ${k}) * (plan.nedbetalingstid_nye_lan >= ${k})`);
  return terms.length === 0 ? '0' : `safediv(${terms.join(' + ')}, plan.nedbetalingstid_nye_lan)`;
}

export function addLoans(ctx: BuildContext): void {
  const { b, s } = ctx;
  const fin = { unit: KR, view: 'investeringer' as const, group: 'finans', display: 'amount' as const };
  b.add({ ...fin, key: 'finans.nye_lan', label: label('line.loans.new'), style: 'computed', formula: `sumtag("${INVESTMENT_TAGS.loan}")` });
  b.add({ ...fin, key: 'finans.avdrag_nye_lan', label: label('line.loans.newRepayment'), style: 'computed', formula: serialRepaymentFormula(s.years) });
  b.add({
    ...fin,
    key: 'finans.saldo_nye_lan',
    label: label('line.loans.newBalance'),
    style: 'computed',
    formula: 'prev(finans.saldo_nye_lan) + finans.nye_lan - finans.avdrag_nye_lan',
  });
  b.add({
    ...fin,
    key: 'finans.renter_nye_lan',
    label: label('line.loans.newInterest'),
    style: 'computed',
    formula: 'prev(finans.saldo_nye_lan) * plan.rente_nye_lan',
  });
  b.add({
    ...fin,
    key: 'finans.renter_eksisterende_gjeld',
    label: label('line.loans.existingInterest'),
    style: 'computed',
    formula: 'prev(gjeld.eksisterende, 1, plan.gjeld_inngaende) * plan.rente_eksisterende_gjeld',
  });
  b.add({
    ...fin,
    key: 'finans.kapitalutgifter',
    label: label('line.loans.capitalCosts'),
    style: 'subtotal',
    formula: 'finans.renter_eksisterende_gjeld + plan.avdrag_eksisterende_gjeld + finans.renter_nye_lan + finans.avdrag_nye_lan',
  });

  const debt = { unit: KR, view: 'investeringer' as const, group: 'gjeld' };
  b.add({
    ...debt,
    key: 'gjeld.eksisterende',
    label: label('line.debt.existing'),
    style: 'computed',
    display: 'amount',
    formula: 'prev(gjeld.eksisterende, 1, plan.gjeld_inngaende) - plan.avdrag_eksisterende_gjeld',
  });
  b.add({ ...debt, key: 'gjeld.brutto', label: label('line.debt.gross'), style: 'total', display: 'amount', formula: 'gjeld.eksisterende + finans.saldo_nye_lan' });
  b.add({
    ...debt,
    key: 'gjeld.andel_av_inntekter',
    label: label('line.debt.share'),
    notApplicable: { whenZero: 'plan.brutto_driftsinntekter', reason: 'line.na.noRevenue' },
    unit: SHARE,
    style: 'computed',
    display: 'percent',
    formula: 'safediv(gjeld.brutto, plan.brutto_driftsinntekter)',
  });
  b.add({
    ...debt,
    key: 'gjeld.rom_under_tak',
    label: label('line.debt.headroom'),
    notApplicable: { whenZero: 'regler.gjeldstak', reason: 'line.na.noDebtCeiling' },
    style: 'computed',
    display: 'amount',
    formula: 'regler.gjeldstak > 0 ? regler.gjeldstak * plan.brutto_driftsinntekter - gjeld.brutto : 0',
  });
}
