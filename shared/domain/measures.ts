// Measures (tiltak). Each measure becomes a handful of lines under `tiltak.<id>`: its inputs (full-year effect,
// start, FTEs, probability, on/off), its effect per year, the saving it gives (positive for a saving, negative
// for an increase; the area's frame changes by minus this), the full-year saving and the risk-adjusted saving.
// All computed lines come from templates, one per shape. Tags make the aggregates sumtag lines:
//   tiltak.innsparing (all), <area>.innsparing (the area's frame), tiltak.status.<status>,
//   tiltak.innsparing_helar (full-year), tiltak.risikojustert.
import type { Measure } from '../model/measure';
import { MEASURE_STATUSES } from '../model/measure';
import { label } from './builder';
import { areaGroup, areaPrefix, KR, SHARE, type BuildContext } from './context';
import { areaTags } from './areas';
import { T } from './templates';

export const MEASURE_TAGS = {
  saving: 'tiltak.innsparing',
  fullYear: 'tiltak.innsparing_helar',
  risk: 'tiltak.risikojustert',
  status: (status: string) => `tiltak.status.${status}`,
};

/** A measure counts when switched on and not rejected. */
export function measureCounts(m: Measure): boolean {
  return m.included && m.status !== 'forkastet';
}

function addMeasure(ctx: BuildContext, m: Measure): void {
  const { b } = ctx;
  const k = `tiltak.${m.id}`;
  const area = ctx.areas.get(m.areaId);
  const common = { view: 'tiltak' as const, group: areaGroup(ctx, m.areaId), entity: { kind: 'measure' as const, id: m.id } };
  const path = ['measures', { id: m.id }];
  // Shared by the measure's lines: a scenario may hold thousands of measures, so fewer objects per line matter.
  const names = { name: m.name };
  const args = { m: k };
  const scalarInput = (field: string, code: string, value: number, unit: string, display: 'amount' | 'number' | 'year' | 'month' | 'percent', src: (string | { id: string })[]) =>
    b.add({
      ...common,
      key: `${k}.${field}`,
      label: label(code, names),
      unit,
      style: 'input',
      display,
      input: b.scalar(value),
      source: { path: [...path, ...src], kind: 'scalar' },
    });
  const computed = (field: string, code: string, template: string, unit: string, tags?: string[]) =>
    b.add({
      ...common,
      key: `${k}.${field}`,
      label: label(code, names),
      unit,
      style: 'computed',
      display: 'amount',
      template: { id: template, args },
      tags,
    });

  const e = m.effect;
  if (e.mode === 'fte') {
    scalarInput('arsverk', 'line.measure.fte', e.fte, 'årsverk', 'number', ['effect', 'fte']);
    scalarInput('kostnad_per_arsverk', 'line.measure.costPerFte', e.costPerFte, KR, 'amount', ['effect', 'costPerFte']);
    computed('helarseffekt', 'line.measure.fullYear', T.measureFte, KR);
  } else {
    scalarInput('helarseffekt', 'line.measure.fullYear', e.fullYear, KR, 'amount', ['effect', 'fullYear']);
  }
  if (e.mode === 'explicit') {
    b.add({
      ...common,
      key: `${k}.effekt`,
      label: label('line.measure.effectExplicit', names),
      unit: KR,
      style: 'input',
      display: 'amount',
      input: b.series(e.perYear),
      source: { path: [...path, 'effect', 'perYear'], kind: 'series' },
    });
  } else {
    scalarInput('startar', 'line.measure.startYear', e.startYear, 'år', 'year', ['effect', 'startYear']);
    scalarInput('startmaned', 'line.measure.startMonth', e.startMonth, 'måned', 'month', ['effect', 'startMonth']);
    computed('effekt', 'line.measure.effect', T.measurePhasein, KR);
  }
  if (m.fteBasis !== undefined) {
    scalarInput('arsverk', 'line.measure.fte', m.fteBasis.fte, 'årsverk', 'number', ['fteBasis', 'fte']);
    scalarInput('kostnad_per_arsverk', 'line.measure.costPerFte', m.fteBasis.costPerFte, KR, 'amount', ['fteBasis', 'costPerFte']);
    computed('arsverksgrunnlag', 'line.measure.fteBasis', T.measureFte, KR);
  }
  scalarInput('sannsynlighet', 'line.measure.probability', m.probability, SHARE, 'percent', ['probability']);
  b.add({
    ...common,
    key: `${k}.med`,
    label: label('line.measure.included', names),
    unit: '',
    style: 'input',
    display: 'flag',
    input: b.scalar(measureCounts(m) ? 1 : 0),
    source: { path: [...path, 'included'], kind: 'flag' },
  });
  const saving = m.kind === 'saving';
  const areaTag = area ? [areaTags.saving(areaPrefix(area))] : [];
  computed('innsparing', 'line.measure.saving', saving ? T.measureSaving : T.measureIncrease, KR, [
    MEASURE_TAGS.saving,
    MEASURE_TAGS.status(m.status),
    ...areaTag,
  ]);
  computed('innsparing_helar', 'line.measure.savingFullYear', saving ? T.measureSavingFullYear : T.measureIncreaseFullYear, KR, [
    MEASURE_TAGS.fullYear,
  ]);
  computed('risikojustert', 'line.measure.risk', T.measureRisk, KR, [MEASURE_TAGS.risk]);
}

export function addMeasures(ctx: BuildContext): void {
  for (const m of ctx.s.measures) addMeasure(ctx, m);
}

/** Sums of the measures by status and full-year (view Tiltak). */
export function addMeasureTotals(ctx: BuildContext): void {
  const { b, s } = ctx;
  const common = { unit: KR, view: 'tiltak' as const, group: 'sum', display: 'amount' as const };
  b.add({
    ...common,
    key: 'tiltak.sum_helarseffekt',
    label: label('line.measures.fullYearTotal'),
    style: 'subtotal',
    formula: `sumtag("${MEASURE_TAGS.fullYear}")`,
    stated: b.stated(s.plan.stated?.savingsFullYear, Math.max(1, s.measures.length)),
  });
  for (const status of MEASURE_STATUSES) {
    if (status === 'forkastet') continue; // rejected measures never count
    b.add({
      ...common,
      key: `tiltak.status_${status}`,
      label: label(`line.measures.status.${status}`),
      style: 'computed',
      formula: `sumtag("${MEASURE_TAGS.status(status)}")`,
    });
  }
}

/** Identified measures against the savings requirement, planned and risk-adjusted, and the gap (view Oversikt). */
export function addSavingsGap(ctx: BuildContext): void {
  const { b, s } = ctx;
  const common = { unit: KR, view: 'oversikt' as const, group: 'innsparing', display: 'amount' as const };
  b.add({
    ...common,
    key: 'tiltak.sum_innsparing',
    label: label('line.measures.savingTotal'),
    style: 'subtotal',
    formula: `sumtag("${MEASURE_TAGS.saving}")`,
    stated: b.stated(s.plan.stated?.savings, Math.max(1, s.measures.length)),
  });
  b.add({
    ...common,
    key: 'tiltak.sum_risikojustert',
    label: label('line.measures.riskTotal'),
    style: 'subtotal',
    formula: `sumtag("${MEASURE_TAGS.risk}")`,
  });
  b.add({
    ...common,
    key: 'tiltak.gap',
    label: label('line.measures.gap'),
    style: 'total',
    formula: 'plan.innsparingskrav - tiltak.sum_innsparing',
  });
  b.add({
    ...common,
    key: 'tiltak.gap_risikojustert',
    label: label('line.measures.gapRisk'),
    style: 'total',
    formula: 'plan.innsparingskrav - tiltak.sum_risikojustert',
  });
}
