// The reserve fund rolled forward, and the financial rules' required reserve:
//   fond.saldo = prev(fond.saldo, 1, opening) + movements (+ allocation, − use) + the net operating result from
//   the year the scenario carries it to the fund;
//   required reserve = general reserve (share of gross operating revenue) + interest-rate reserve (share of gross
//   debt) + owner-risk reserve (fixed); deviation = balance − required; balance as a share of revenue.
import { label } from './builder';
import { KR, SHARE, type BuildContext } from './context';
import { PERCENT_TOLERANCE } from './results';

export const FUND_MOVEMENT_TAG = 'fond.bevegelse';

export function addFund(ctx: BuildContext): void {
  const { b, s } = ctx;
  const f = s.fund;
  const st = f.stated;
  const amount = { unit: KR, view: 'oversikt' as const, group: 'fond', display: 'amount' as const };
  b.add({
    ...amount,
    key: 'fond.apningsbalanse',
    label: label('line.fund.opening'),
    style: 'input',
    input: b.scalar(f.opening),
    source: { path: ['fund', 'opening'], kind: 'scalar' },
  });
  b.add({
    ...amount,
    key: 'fond.inngaende_saldo',
    label: label('line.fund.openingOfYear'),
    style: 'computed',
    formula: 'prev(fond.saldo, 1, fond.apningsbalanse)',
  });
  for (const m of f.movements) {
    b.add({
      ...amount,
      key: `fond.bevegelse.${m.id}`,
      label: label('line.named', { name: m.name }),
      style: 'input',
      input: b.series(m.values),
      tags: [FUND_MOVEMENT_TAG],
      source: { path: ['fund', 'movements', { id: m.id }, 'values'], kind: 'series' },
      entity: { kind: 'fundMovement', id: m.id },
    });
  }
  b.add({ ...amount, key: 'fond.bevegelser', label: label('line.fund.movements'), style: 'subtotal', formula: `sumtag("${FUND_MOVEMENT_TAG}")` });
  b.add({
    ...amount,
    key: 'fond.resultat_fra_ar',
    label: label('line.fund.resultFromYear'),
    unit: 'år',
    display: 'year',
    style: 'input',
    input: b.scalar(f.resultToFundFromYear),
    source: { path: ['fund', 'resultToFundFromYear'], kind: 'scalar' },
  });
  b.add({
    ...amount,
    key: 'fond.resultat',
    label: label('line.fund.result'),
    style: 'computed',
    formula: '(fond.resultat_fra_ar > 0 and year >= fond.resultat_fra_ar) ? resultat.netto_driftsresultat : 0',
  });
  b.add({
    ...amount,
    key: 'fond.saldo',
    label: label('line.fund.closing'),
    style: 'total',
    formula: 'fond.inngaende_saldo + fond.bevegelser + fond.resultat',
    stated: b.stated(st?.closing, f.movements.length + 2),
  });
  b.add({
    ...amount,
    key: 'fond.generell_reserve',
    label: label('line.fund.generalReserve'),
    style: 'computed',
    formula: 'regler.generell_reserve_andel * plan.brutto_driftsinntekter',
    stated: b.stated(st?.generalReserve, 1),
  });
  b.add({
    ...amount,
    key: 'fond.rentesikring',
    label: label('line.fund.interestReserve'),
    style: 'computed',
    formula: 'regler.rentesikring_andel * gjeld.brutto',
    stated: b.stated(st?.interestReserve, 1),
  });
  b.add({
    ...amount,
    key: 'fond.eierrisiko',
    label: label('line.fund.ownerRisk'),
    style: 'computed',
    formula: 'regler.eierrisiko',
    stated: b.stated(st?.ownerRisk, 1),
  });
  b.add({
    ...amount,
    key: 'fond.reservekrav',
    label: label('line.fund.required'),
    style: 'subtotal',
    formula: 'fond.generell_reserve + fond.rentesikring + fond.eierrisiko',
    stated: b.stated(st?.required, 3),
  });
  b.add({
    ...amount,
    key: 'fond.avvik',
    label: label('line.fund.deviation'),
    style: 'total',
    formula: 'fond.saldo - fond.reservekrav',
    stated: b.stated(st?.deviation, 2),
  });
  b.add({
    ...amount,
    unit: SHARE,
    display: 'percent',
    key: 'fond.andel_av_inntekter',
    label: label('line.fund.share'),
    notApplicable: { whenZero: 'plan.brutto_driftsinntekter', reason: 'line.na.noRevenue' },
    style: 'computed',
    formula: 'safediv(fond.saldo, plan.brutto_driftsinntekter)',
    stated: b.stated(st?.shareOfRevenue, PERCENT_TOLERANCE),
  });
}
