// The formula shapes shared by generated lines. One template per shape, parsed once by the engine and bound per
// line (a measure binds `m` to `tiltak.<id>`), so thousands of measures cost one parse, not thousands.
import type { TemplateSpec } from './types';

export const T = {
  areaConsequenceAdjusted: 'area.konsekvensjustert',
  areaFrame: 'area.ramme',
  measurePhasein: 'tiltak.innfasing',
  measureFte: 'tiltak.arsverk',
  measureSaving: 'tiltak.innsparing',
  measureIncrease: 'tiltak.okning',
  measureSavingFullYear: 'tiltak.innsparing_helar',
  measureIncreaseFullYear: 'tiltak.okning_helar',
  measureRisk: 'tiltak.risiko',
  investmentLoan: 'invest.lan',
  investmentAreaSum: 'invest.omradesum',
  investmentCumulative: 'invest.akkumulert',
  serviceCost: 'demografi.kostnad',
  serviceCostIndexed: 'demografi.kostnad_indeksert',
  serviceBase: 'demografi.basis',
  serviceChange: 'demografi.endring',
  accountDeviation: 'regnskap.avvik',
  accountDeviationShare: 'regnskap.avvik_andel',
  accountOverThreshold: 'regnskap.over_terskel',
  kostraDifference: 'kostra.differanse',
  kostraPotential: 'kostra.potensial',
  kostraPotentialKr: 'kostra.potensial_kr',
} as const;

/** The fixed templates. Parameters are the key prefix of the entity (`a` = `p05`, `m` = `tiltak.<id>`, …). */
export const FIXED_TEMPLATES: TemplateSpec[] = [
  {
    id: T.areaConsequenceAdjusted,
    formula: 'a.opprinnelig_budsjett + a.vedtak_forrige_periode + a.budsjettendringer + a.lonns_og_prisvekst',
    params: ['a'],
  },
  { id: T.areaFrame, formula: 'a.konsekvensjustert_ramme + a.nye_tiltak', params: ['a'] },
  { id: T.measurePhasein, formula: 'm.helarseffekt * phasein(m.startar, m.startmaned)', params: ['m'] },
  { id: T.measureFte, formula: 'm.arsverk * m.kostnad_per_arsverk', params: ['m'] },
  // Sign convention: a measure's amounts are positive; `innsparing` is positive for a saving and negative for an
  // increase, and the area's frame changes by −innsparing.
  { id: T.measureSaving, formula: 'm.effekt * m.med', params: ['m'] },
  { id: T.measureIncrease, formula: '-(m.effekt * m.med)', params: ['m'] },
  { id: T.measureSavingFullYear, formula: 'm.helarseffekt * m.med', params: ['m'] },
  { id: T.measureIncreaseFullYear, formula: '-(m.helarseffekt * m.med)', params: ['m'] },
  { id: T.measureRisk, formula: 'm.innsparing * m.sannsynlighet', params: ['m'] },
  { id: T.investmentLoan, formula: 'p.belop * p.lanandel', params: ['p'] },
  { id: T.investmentAreaSum, formula: 'a.invest_kommunekasse + a.invest_kf', params: ['a'] },
  { id: T.investmentCumulative, formula: 'prev(a.invest_akkumulert) + a.invest_sum', params: ['a'] },
  { id: T.serviceCost, formula: 's.behov * s.enhetskostnad', params: ['s'] },
  { id: T.serviceCostIndexed, formula: 's.behov * s.enhetskostnad * index(g)', params: ['s', 'g'] },
  // Before and in the base year the base is the year's own cost (change 0); after it, the base year's cost.
  { id: T.serviceBase, formula: 'year <= demografi.basisar ? s.kostnad : prev(s.basis)', params: ['s'] },
  { id: T.serviceChange, formula: 's.kostnad - s.basis', params: ['s'] },
  { id: T.accountDeviation, formula: 'r.revidert_budsjett - r.regnskap', params: ['r'] },
  { id: T.accountDeviationShare, formula: 'safediv(r.avvik, r.revidert_budsjett)', params: ['r'] },
  // 1 when the deviation exceeds the threshold either way (overspending or underspending), else 0.
  { id: T.accountOverThreshold, formula: 'abs(r.avvik_andel) > regnskap.terskel', params: ['r'] },
  { id: T.kostraDifference, formula: 'k.enhetskostnad - k.enhetskostnad_sammenligning', params: ['k'] },
  // The potential in the scenario's unit, 1000 kr: unit costs in kroner are divided by 1000.
  { id: T.kostraPotential, formula: 'k.differanse * k.volum', params: ['k'] },
  { id: T.kostraPotentialKr, formula: 'k.differanse * k.volum / 1000', params: ['k'] },
];

/** Demand of a service = Σ coverage × population over its age groups. One template per set of age groups, so
 *  services covering the same groups share a shape. */
export function demandTemplate(groupIds: readonly string[]): TemplateSpec {
  const sorted = [...groupIds].sort();
  const formula = sorted.length === 0 ? '0' : sorted.map((g) => `s.dekning_${g} * befolkning.${g}`).join(' + ');
  return { id: `demografi.behov:${sorted.join(',')}`, formula, params: ['s'] };
}
