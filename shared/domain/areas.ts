// Rammeoversikt per programme area:
//   four base rows (inputs) → konsekvensjustert_ramme;
//   items ("nye tiltak og realendringer" of the document) + the scenario's included measures (pXX.tiltak) +
//   the demographic adjustment (pXX.demografi) → nye_tiltak;  konsekvensjustert_ramme + nye_tiltak → ramme.
// Measures and demography enter through the switch scenario.med_endringer (see inputs.ts).
import type { Area } from '../model/area';
import { label } from './builder';
import { areaPrefix, KR, type BuildContext } from './context';
import { SWITCH_KEY } from './inputs';
import { T } from './templates';
import type { DomainLineMeta } from './types';

/** Tags that collect lines into an area's aggregates. */
export const areaTags = {
  item: (prefix: string) => `${prefix}.post`,
  saving: (prefix: string) => `${prefix}.innsparing`,
  demography: (prefix: string) => `${prefix}.demografi`,
};
/** Every area's `ramme` carries this tag; the result sums them. */
export const FRAME_TAG = 'ramme';

const BASE_ROWS = [
  ['opprinnelig_budsjett', 'line.area.originalBudget', 'originalBudget'],
  ['vedtak_forrige_periode', 'line.area.previousDecisions', 'previousDecisions'],
  ['budsjettendringer', 'line.area.currentYearChanges', 'currentYearChanges'],
  ['lonns_og_prisvekst', 'line.area.wageAndPriceGrowth', 'wageAndPriceGrowth'],
] as const;

/** The lines of an area's own figures (its frame rows and items): where all are blank in a year, its computed
 *  rows show blank, not 0 — and so does the sum of every area's frame (results.ts). */
export function areaFigureKeys(area: Area): string[] {
  const a = areaPrefix(area);
  return [...BASE_ROWS.map(([name]) => `${a}.${name}`), ...area.items.map((item) => `${a}.post.${item.id}`)];
}

function addArea(ctx: BuildContext, area: Area): void {
  const { b } = ctx;
  const a = areaPrefix(area);
  const group = area.code;
  const entity = { kind: 'area' as const, id: area.id };
  const areaPath = ['areas', { id: area.id }];

  for (const [name, code, field] of BASE_ROWS) {
    if (field === 'wageAndPriceGrowth' && area.deflatorId !== undefined) {
      // Computed from the base and the deflator; blank where the base is blank, as the typed row would be.
      b.add({
        unit: KR,
        view: 'rammer',
        group,
        entity,
        key: `${a}.${name}`,
        label: label(code),
        style: 'computed',
        display: 'amount',
        formula: `round(${a}.opprinnelig_budsjett * forutsetning.${area.deflatorId})`,
        blankUnless: [`${a}.opprinnelig_budsjett`],
      });
      continue;
    }
    b.add({
      unit: KR,
      view: 'rammer',
      group,
      entity,
      key: `${a}.${name}`,
      label: label(code),
      style: 'input',
      display: 'amount',
      input: b.series(area.frame[field]),
      source: { path: [...areaPath, 'frame', field], kind: 'series' },
    });
  }
  // A computed row of the frame is blank in a year the area has no figures at all (the plan's 2023 column), not 0.
  const own = areaFigureKeys(area);
  b.add({
    unit: KR,
    view: 'rammer',
    group,
    entity,
    key: `${a}.konsekvensjustert_ramme`,
    blankUnless: own,
    label: label('line.area.consequenceAdjusted'),
    style: 'subtotal',
    display: 'amount',
    template: { id: T.areaConsequenceAdjusted, args: { a } },
    stated: b.stated(area.stated?.consequenceAdjusted, BASE_ROWS.length),
  });
  // Items are most of an area's lines: one literal each (LineBuilder.place), the tag list shared by the area's items.
  const itemTags = [areaTags.item(a)];
  for (const item of area.items) {
    const meta: DomainLineMeta = {
      view: 'rammer',
      group: area.code,
      order: NaN,
      style: 'input',
      display: 'amount',
      label: label('line.named', { name: item.name }),
      source: { path: ['areas', areaPath[1], 'items', { id: item.id }, 'values'], kind: 'series' },
      entity: { kind: 'areaItem', id: item.id },
    };
    b.place({ key: `${a}.post.${item.id}`, label: '', unit: KR, meta, input: b.series(item.values), tags: itemTags });
  }
  b.add({
    unit: KR,
    view: 'rammer',
    group,
    entity,
    key: `${a}.tiltak`,
    blankUnless: own,
    label: label('line.area.measures'),
    style: 'computed',
    display: 'amount',
    formula: `-sumtag("${areaTags.saving(a)}")`,
  });
  b.add({
    unit: KR,
    view: 'rammer',
    group,
    entity,
    key: `${a}.demografi`,
    blankUnless: own,
    label: label('line.area.demography'),
    style: 'computed',
    display: 'amount',
    formula: `sumtag("${areaTags.demography(a)}")`,
  });
  b.add({
    unit: KR,
    view: 'rammer',
    group,
    entity,
    key: `${a}.nye_tiltak`,
    blankUnless: own,
    label: label('line.area.newMeasures'),
    style: 'subtotal',
    display: 'amount',
    formula: `sumtag("${areaTags.item(a)}") + (${a}.tiltak + ${a}.demografi) * ${SWITCH_KEY}`,
    stated: b.stated(area.stated?.newMeasuresAndChanges, Math.max(1, area.items.length)),
  });
  b.add({
    unit: KR,
    view: 'rammer',
    group,
    entity,
    key: `${a}.ramme`,
    blankUnless: own,
    label: label('line.area.frame'),
    style: 'total',
    display: 'amount',
    template: { id: T.areaFrame, args: { a } },
    tags: [FRAME_TAG],
    stated: b.stated(area.stated?.frame, BASE_ROWS.length + area.items.length),
  });
}

export function addAreas(ctx: BuildContext): void {
  for (const area of ctx.s.areas) addArea(ctx, area);
}
