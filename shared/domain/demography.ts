// Demography: population by age group (`befolkning.<group>`), and per service its demand (Σ coverage ×
// population), cost (demand × unit cost, optionally indexed by a growth assumption), base-year cost and the
// change from it. A service that feeds its area's frame tags its change `<area>.demografi`.
import type { Service } from '../model/demography';
import { label } from './builder';
import { areaGroup, areaPrefix, KR, SHARE, type BuildContext } from './context';
import { areaTags } from './areas';
import { demandTemplate, T } from './templates';
import type { ModelMessage } from '../model/messages';
import type { DisplayFormat, DomainLineMeta, SourcePath, TemplateSpec } from './types';

type LineTemplate = { id: string; args: Record<string, string> };

export const POPULATION_TAG = 'befolkning';

export function addPopulation(ctx: BuildContext): void {
  const { b, s } = ctx;
  const d = s.demography;
  const common = { view: 'demografi' as const, group: 'befolkning' };
  for (const g of d.ageGroups) {
    b.add({
      ...common,
      key: `befolkning.${g.id}`,
      label: label('line.named', { name: g.name }),
      unit: 'personer',
      style: 'input',
      display: 'amount', // whole persons
      input: b.series(g.population),
      tags: [POPULATION_TAG],
      source: { path: ['demography', 'ageGroups', { id: g.id }, 'population'], kind: 'series' },
      entity: { kind: 'ageGroup', id: g.id },
    });
  }
  b.add({
    ...common,
    key: 'befolkning.sum',
    label: label('line.population.total'),
    unit: 'personer',
    style: 'total',
    display: 'amount',
    formula: `sumtag("${POPULATION_TAG}")`,
    // Blank, not "0 personer", in a year no age group has a figure for (no population imported yet).
    blankUnless: d.ageGroups.map((g) => `befolkning.${g.id}`),
  });
  b.add({
    ...common,
    group: 'demografi',
    key: 'demografi.basisar',
    label: label('line.demography.baseYear'),
    unit: 'år',
    style: 'input',
    display: 'year',
    input: b.scalar(d.baseYear ?? s.firstYear),
    source: { path: ['demography', 'baseYear'], kind: 'scalar' },
  });
}

function addService(ctx: BuildContext, svc: Service, templates: Map<string, TemplateSpec>): void {
  const { b } = ctx;
  const k = `demografi.${svc.id}`;
  const area = ctx.areas.get(svc.areaId);
  const name = svc.name;
  const group = areaGroup(ctx, svc.areaId);
  const entity = { kind: 'service' as const, id: svc.id };
  const idSeg = { id: svc.id };
  const names = { name };
  // One literal per line (LineBuilder.place), no draft spread from shared fields (see LineDraft).
  const input = (key: string, label: ModelMessage, unit: string, display: DisplayFormat, value: number, path: SourcePath) =>
    b.place({
      key,
      label: '',
      unit,
      meta: { view: 'demografi', group, order: NaN, style: 'input', display, label, source: { path, kind: 'scalar' }, entity },
      input: b.scalar(value),
    });
  const computed = (key: string, label: ModelMessage, unit: string, display: DisplayFormat, template: LineTemplate, tags?: string[]) => {
    const meta: DomainLineMeta = { view: 'demografi', group, order: NaN, style: 'computed', display, label, entity };
    b.place(tags !== undefined && tags.length > 0 ? { key, label: '', unit, meta, template, tags } : { key, label: '', unit, meta, template });
  };
  // A coverage rate for every age group, 0 where the document has none, so that each can be typed in the grid.
  const ageGroups = ctx.s.demography.ageGroups;
  for (const g of ageGroups) {
    const params = { name, group: g.name };
    input(`${k}.dekning_${g.id}`, { code: 'line.service.coverage', params }, SHARE, 'percent', svc.coverage[g.id] ?? 0, ['demography', 'services', idSeg, 'coverage', g.id]);
  }
  const demand = demandTemplate(ageGroups.map((x) => x.id));
  templates.set(demand.id, demand);
  computed(`${k}.behov`, label('line.service.demand', { name, unit: svc.unit }), svc.unit, 'number', { id: demand.id, args: { s: k } });
  input(`${k}.enhetskostnad`, { code: 'line.service.unitCost', params: names }, KR, 'amount', svc.unitCost, ['demography', 'services', idSeg, 'unitCost']);
  computed(
    `${k}.kostnad`,
    { code: 'line.service.cost', params: names },
    KR,
    'amount',
    svc.costGrowthId === undefined
      ? { id: T.serviceCost, args: { s: k } }
      : { id: T.serviceCostIndexed, args: { s: k, g: `forutsetning.${svc.costGrowthId}` } },
  );
  computed(`${k}.basis`, { code: 'line.service.base', params: names }, KR, 'amount', { id: T.serviceBase, args: { s: k } });
  computed(
    `${k}.endring`,
    { code: svc.feedsFrame ? 'line.service.changeFeeds' : 'line.service.change', params: names },
    KR,
    'amount',
    { id: T.serviceChange, args: { s: k } },
    svc.feedsFrame && area ? [areaTags.demography(areaPrefix(area))] : undefined,
  );
}

/** Adds the service lines; returns the demand templates they need (one per set of age groups). */
export function addServices(ctx: BuildContext): TemplateSpec[] {
  const templates = new Map<string, TemplateSpec>();
  for (const svc of ctx.s.demography.services) addService(ctx, svc, templates);
  return [...templates.values()];
}
