// Measures (tiltak). Each measure becomes a handful of lines under `tiltak.<id>`: its inputs (full-year effect,
// start, FTEs, probability, on/off), its effect per year, the saving it gives (positive for a saving, negative
// for an increase; the area's frame changes by minus this), the full-year saving and the risk-adjusted saving.
// All computed lines come from templates, one per shape. Tags make the aggregates sumtag lines:
//   tiltak.innsparing (all), <area>.innsparing (the area's frame), tiltak.status.<status>,
//   tiltak.innsparing_helar (full-year), tiltak.risikojustert.
import type { Measure } from '../model/measure';
import { MEASURE_STATUSES } from '../model/measure';
import { label, type LineBuilder } from './builder';
import type { Scenario } from '../model/scenario';
import { areaGroup, areaPrefix, KR, SHARE, type BuildContext, type PreviousBuild } from './context';
import { measureRanges } from './ranges';
import type { DomainLine, DomainLineMeta, SourcePath, StatedValues } from './types';
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

type ScalarDisplay = 'amount' | 'number' | 'year' | 'month' | 'percent';

/** What a measure's lines share: the label params, template args and entity are one object per measure. */
interface Shared {
  b: LineBuilder;
  /** `tiltak.<id>.`: each key of the measure is this and its field (one string less per line than `${k}.${field}`,
   *  which made `tiltak.<id>.` anew for every line). */
  prefix: string;
  group: string;
  entity: { kind: 'measure'; id: string };
  idSeg: { id: string };
  names: { name: string };
  args: { m: string };
}

// A scenario may hold thousands of measures, most of its lines: each line is made as two object literals of a few
// fixed shapes (the shapes LineBuilder.add gives), with no draft, closure or spread in between (see
// LineBuilder.place).

function scalarInput(sh: Shared, field: string, code: string, value: number, unit: string, display: ScalarDisplay, path: SourcePath): void {
  const { b } = sh;
  const meta: DomainLineMeta = {
    view: 'tiltak',
    group: sh.group,
    order: NaN,
    style: 'input',
    display,
    label: { code, params: sh.names },
    source: { path, kind: 'scalar' },
    entity: sh.entity,
  };
  b.place({ key: sh.prefix + field, label: '', unit, meta, input: b.scalar(value) });
}

function computed(sh: Shared, field: string, code: string, template: string, tags: string[] | undefined, stated?: StatedValues): void {
  const label = { code, params: sh.names };
  const meta: DomainLineMeta =
    stated === undefined
      ? { view: 'tiltak', group: sh.group, order: NaN, style: 'computed', display: 'amount', label, entity: sh.entity }
      : { view: 'tiltak', group: sh.group, order: NaN, style: 'computed', display: 'amount', label, stated, entity: sh.entity };
  const key = sh.prefix + field;
  const t = { id: template, args: sh.args };
  sh.b.place(tags === undefined ? { key, label: '', unit: KR, meta, template: t } : { key, label: '', unit: KR, meta, template: t, tags });
}

/** Adds the lines of one measure. */
export function addMeasure(ctx: BuildContext, m: Measure): void {
  const { b } = ctx;
  const k = `tiltak.${m.id}`;
  const area = ctx.areas.get(m.areaId);
  const idSeg = { id: m.id };
  const sh: Shared = { b, prefix: k + '.', group: areaGroup(ctx, m.areaId), entity: { kind: 'measure', id: m.id }, idSeg, names: { name: m.name }, args: { m: k } };

  const e = m.effect;
  if (e.mode === 'fte') {
    scalarInput(sh, 'arsverk', 'line.measure.fte', e.fte, 'årsverk', 'number', sourcePath(idSeg, 'effect', 'fte'));
    scalarInput(sh, 'kostnad_per_arsverk', 'line.measure.costPerFte', e.costPerFte, KR, 'amount', sourcePath(idSeg, 'effect', 'costPerFte'));
    computed(sh, 'helarseffekt', 'line.measure.fullYear', T.measureFte, undefined);
  } else {
    scalarInput(sh, 'helarseffekt', 'line.measure.fullYear', e.fullYear, KR, 'amount', sourcePath(idSeg, 'effect', 'fullYear'));
  }
  if (e.mode === 'explicit') {
    b.add({
      key: sh.prefix + 'effekt',
      label: { code: 'line.measure.effectExplicit', params: sh.names },
      unit: KR,
      view: 'tiltak',
      group: sh.group,
      style: 'input',
      display: 'amount',
      input: b.series(e.perYear),
      source: { path: sourcePath(idSeg, 'effect', 'perYear'), kind: 'series' },
      entity: sh.entity,
    });
  } else {
    scalarInput(sh, 'startar', 'line.measure.startYear', e.startYear, 'år', 'year', sourcePath(idSeg, 'effect', 'startYear'));
    scalarInput(sh, 'startmaned', 'line.measure.startMonth', e.startMonth, 'måned', 'month', sourcePath(idSeg, 'effect', 'startMonth'));
    computed(sh, 'effekt', 'line.measure.effect', T.measurePhasein, undefined);
  }
  if (m.fteBasis !== undefined) {
    scalarInput(sh, 'arsverk', 'line.measure.fte', m.fteBasis.fte, 'årsverk', 'number', sourcePath(idSeg, 'fteBasis', 'fte'));
    scalarInput(sh, 'kostnad_per_arsverk', 'line.measure.costPerFte', m.fteBasis.costPerFte, KR, 'amount', sourcePath(idSeg, 'fteBasis', 'costPerFte'));
    // The document's own basis (FTEs × cost) against the full-year effect its table gives: a finding when they
    // disagree (Balanse 2021: 30 × 0,7 mill. = 21 mill. in the text, 20,0 mill. in the table).
    const tableEffect = e.mode === 'fte' ? undefined : b.stated([e.fullYear], 1);
    computed(sh, 'arsverksgrunnlag', 'line.measure.fteBasis', T.measureFte, undefined, tableEffect && { ...tableEffect, code: 'domain.finding.fteBasis' });
  }
  scalarInput(sh, 'sannsynlighet', 'line.measure.probability', m.probability, SHARE, 'percent', sourcePath(idSeg, 'probability'));
  b.place({
    key: sh.prefix + 'med',
    label: '',
    unit: '',
    meta: {
      view: 'tiltak',
      group: sh.group,
      order: NaN,
      style: 'input',
      display: 'flag',
      label: { code: 'line.measure.included', params: sh.names },
      source: { path: sourcePath(idSeg, 'included'), kind: 'flag' },
      entity: sh.entity,
    },
    input: b.scalar(measureCounts(m) ? 1 : 0),
  });
  const saving = m.kind === 'saving';
  computed(sh, 'innsparing', 'line.measure.saving', saving ? T.measureSaving : T.measureIncrease, savingTags(m.status, area ? areaPrefix(area) : undefined));
  computed(sh, 'innsparing_helar', 'line.measure.savingFullYear', saving ? T.measureSavingFullYear : T.measureIncreaseFullYear, FULL_YEAR_TAGS);
  computed(sh, 'risikojustert', 'line.measure.risk', T.measureRisk, RISK_TAGS);
}

/** The document path of a measure's field (a function at module level, not a closure per measure: see
 *  shared/engine/plan.ts on closures' optimized code). */
function sourcePath(idSeg: { id: string }, a: string, c?: string): SourcePath {
  return c === undefined ? ['measures', idSeg, a] : ['measures', idSeg, a, c];
}

// Tag lists are shared by the measures that have the same tags (nothing changes a line's tags in place).
const FULL_YEAR_TAGS = [MEASURE_TAGS.fullYear];
const RISK_TAGS = [MEASURE_TAGS.risk];
const SAVING_TAGS = new Map<string, string[]>();

/** [all savings, the status, the area's savings (when the area is known)]. */
function savingTags(status: string, areaPrefix: string | undefined): string[] {
  const id = status + '|' + (areaPrefix ?? '');
  let tags = SAVING_TAGS.get(id);
  if (tags === undefined) {
    tags = [MEASURE_TAGS.saving, MEASURE_TAGS.status(status)];
    if (areaPrefix !== undefined) tags.push(areaTags.saving(areaPrefix));
    if (SAVING_TAGS.size > 10_000) SAVING_TAGS.clear();
    SAVING_TAGS.set(id, tags);
  }
  return tags;
}

export function addMeasures(ctx: BuildContext): void {
  const reuse = ctx.previous === undefined ? null : reusable(ctx.s, ctx.previous);
  for (const m of ctx.s.measures) {
    if (reuse !== null && reuseMeasure(ctx, reuse, m)) continue;
    addMeasure(ctx, m);
  }
}

interface Reuse {
  lines: readonly DomainLine[];
  ranges: Map<string, [number, number]>;
  measures: Map<string, Measure>;
  areaCodes: Map<string, string>;
}

/** What an earlier build offers, or null when it cannot be used (another horizon, lines not in runs). */
function reusable(s: Scenario, previous: PreviousBuild): Reuse | null {
  if (previous.doc.years !== s.years) return null;
  const ranges = measureRanges(previous.lines);
  if (ranges === null) return null;
  return {
    lines: previous.lines,
    ranges,
    measures: new Map(previous.doc.measures.map((m) => [m.id, m])),
    areaCodes: new Map(previous.doc.areas.map((a) => [a.id, a.code])),
  };
}

/** Takes over the measure's earlier lines when the measure is the same object, its area has the same code (the
 *  lines' group and tags come from it), all its lines were made (none refused as a duplicate, which would have
 *  to be reported again) and they fall in the same places. */
function reuseMeasure(ctx: BuildContext, reuse: Reuse, m: Measure): boolean {
  if (reuse.measures.get(m.id) !== m || reuse.areaCodes.get(m.areaId) !== ctx.areas.get(m.areaId)?.code) return false;
  const range = reuse.ranges.get(m.id);
  return range !== undefined && range[1] - range[0] === lineCount(m) && ctx.b.adopt(reuse.lines, range[0], range[1], 'tiltak');
}

/** How many lines addMeasure makes for the measure (keep in step with it; the tests compare builds with and without
 *  reuse). */
function lineCount(m: Measure): number {
  const effect = m.effect.mode === 'fte' ? 6 : m.effect.mode === 'explicit' ? 2 : 4;
  return effect + (m.fteBasis !== undefined ? 3 : 0) + 5;
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
