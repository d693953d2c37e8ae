// The net operating result (netto driftsresultat; a surplus is positive here, the seeds print it negative).
//   ex. utbytte og krav = sentrale inntekter − sentrale utgifter + øvrige (netto) − Σ rammer − renter og avdrag
//   ex. utbytte         = the above + the part of the savings requirement that identified measures do not cover
//                         (the plan assumes the requirement is delivered; measures already in the frames count
//                         towards it and are not counted twice)
//   netto driftsresultat = the above + ekstra utbytte
// Resultatgrad = result / brutto driftsinntekter, against the target of the financial rules.
import { label } from './builder';
import { KR, SHARE, type BuildContext } from './context';
import { areaFigureKeys, FRAME_TAG } from './areas';
import { SWITCH_KEY } from './inputs';

/** Half the printed precision of a percentage with one decimal (0.05 percentage points). */
export const PERCENT_TOLERANCE = 0.0005;

export function addResults(ctx: BuildContext): void {
  const { b, s } = ctx;
  const st = s.plan.stated;
  const amount = { unit: KR, view: 'oversikt' as const, group: 'resultat', display: 'amount' as const };
  // A share of revenue, and the result against a target share of it, mean nothing in a year without revenue.
  const noRevenue = { whenZero: 'plan.brutto_driftsinntekter', reason: 'line.na.noRevenue' };
  const share = { unit: SHARE, view: 'oversikt' as const, group: 'resultat', display: 'percent' as const, notApplicable: noRevenue };
  b.add({
    ...amount,
    key: 'resultat.sum_rammer',
    label: label('line.result.sumFrames'),
    style: 'computed',
    formula: `sumtag("${FRAME_TAG}")`,
    // Blank, not 0, in a year no area has figures for (the plan's 2023 column).
    blankUnless: s.areas.flatMap(areaFigureKeys),
  });
  b.add({
    ...amount,
    key: 'resultat.netto_driftsresultat_ex_utbytte_og_krav',
    label: label('line.result.netExBoth'),
    style: 'subtotal',
    formula: 'plan.sentrale_inntekter - plan.sentrale_utgifter + plan.ovrige_netto - resultat.sum_rammer - finans.kapitalutgifter',
    stated: b.stated(st?.netResultExDividendAndRequirement, 5),
  });
  b.add({
    ...amount,
    key: 'resultat.uidentifisert_krav',
    label: label('line.result.unidentified'),
    style: 'computed',
    formula: `max(plan.innsparingskrav - tiltak.sum_innsparing * ${SWITCH_KEY}, 0)`,
  });
  b.add({
    ...amount,
    key: 'resultat.netto_driftsresultat_ex_utbytte',
    label: label('line.result.netExDividend'),
    style: 'subtotal',
    formula: 'resultat.netto_driftsresultat_ex_utbytte_og_krav + resultat.uidentifisert_krav',
    stated: b.stated(st?.netResultExDividend, 6),
  });
  b.add({
    ...amount,
    key: 'resultat.netto_driftsresultat',
    label: label('line.result.net'),
    style: 'total',
    formula: 'resultat.netto_driftsresultat_ex_utbytte + plan.ekstra_utbytte',
    stated: b.stated(st?.netResult, 7),
  });
  b.add({
    ...share,
    key: 'resultat.resultatgrad',
    label: label('line.result.grade'),
    style: 'total',
    formula: 'safediv(resultat.netto_driftsresultat, plan.brutto_driftsinntekter)',
    stated: b.stated(st?.resultatgrad, PERCENT_TOLERANCE),
  });
  b.add({
    ...share,
    key: 'resultat.resultatgrad_ex_utbytte',
    label: label('line.result.gradeExDividend'),
    style: 'computed',
    formula: 'safediv(resultat.netto_driftsresultat_ex_utbytte, plan.brutto_driftsinntekter)',
    stated: b.stated(st?.resultatgradExDividend, PERCENT_TOLERANCE),
  });
  b.add({
    ...share,
    key: 'resultat.resultatgrad_ex_utbytte_og_krav',
    label: label('line.result.gradeExBoth'),
    style: 'computed',
    formula: 'safediv(resultat.netto_driftsresultat_ex_utbytte_og_krav, plan.brutto_driftsinntekter)',
    stated: b.stated(st?.resultatgradExDividendAndRequirement, PERCENT_TOLERANCE),
  });
  // The target itself is a rule, there with or without revenue.
  b.add({ ...share, notApplicable: undefined, key: 'resultat.resultatgrad_mal', label: label('line.result.gradeTarget'), style: 'computed', formula: 'regler.resultatgrad_mal' });
  b.add({
    ...share,
    key: 'resultat.resultatgrad_avvik',
    label: label('line.result.gradeDeviation'),
    style: 'computed',
    formula: 'resultat.resultatgrad - resultat.resultatgrad_mal',
  });
  b.add({
    ...amount,
    key: 'resultat.avvik_mot_mal',
    label: label('line.result.deviationFromTarget'),
    notApplicable: noRevenue,
    style: 'computed',
    formula: 'resultat.netto_driftsresultat - resultat.resultatgrad_mal * plan.brutto_driftsinntekter',
  });
}
