// Demography: population by age group (`befolkning.<group>`), and per service its demand (Σ coverage ×
// population), cost (demand × unit cost, optionally indexed by a growth assumption), base-year cost and the
// change from it. A service that feeds its area's frame tags its change `<area>.demografi`.
import type { Service } from '../model/demography';
import { label } from './builder';
import { areaGroup, areaPrefix, KR, SHARE, type BuildContext } from './context';
import { areaTags } from './areas';
import { demandTemplate, T } from './templates';
import type { TemplateSpec } from './types';

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
  const common = { view: 'demografi' as const, group: areaGroup(ctx, svc.areaId), entity: { kind: 'service' as const, id: svc.id } };
  const path = ['demography', 'services', { id: svc.id }];
  // A coverage rate for every age group, 0 where the document has none, so that each can be typed in the grid.
  const groups = ctx.s.demography.ageGroups.map((x) => x.id);

  for (const g of groups) {
    const group = ctx.s.demography.ageGroups.find((x) => x.id === g);
    b.add({
      ...common,
      key: `${k}.dekning_${g}`,
      label: label('line.service.coverage', { name, group: group?.name ?? g }),
      unit: SHARE,
      style: 'input',
      display: 'percent',
      input: b.scalar(svc.coverage[g] ?? 0),
      source: { path: [...path, 'coverage', g], kind: 'scalar' },
    });
  }
  const demand = demandTemplate(groups);
  templates.set(demand.id, demand);
  b.add({
    ...common,
    key: `${k}.behov`,
    label: label('line.service.demand', { name, unit: svc.unit }),
    unit: svc.unit,
    style: 'computed',
    display: 'number',
    template: { id: demand.id, args: { s: k } },
  });
  b.add({
    ...common,
    key: `${k}.enhetskostnad`,
    label: label('line.service.unitCost', { name }),
    unit: KR,
    style: 'input',
    display: 'amount',
    input: b.scalar(svc.unitCost),
    source: { path: [...path, 'unitCost'], kind: 'scalar' },
  });
  const computed = (field: string, code: string, template: { id: string; args: Record<string, string> }, tags?: string[]) =>
    b.add({ ...common, key: `${k}.${field}`, label: label(code, { name }), unit: KR, style: 'computed', display: 'amount', template, tags });
  computed(
    'kostnad',
    'line.service.cost',
    svc.costGrowthId === undefined
      ? { id: T.serviceCost, args: { s: k } }
      : { id: T.serviceCostIndexed, args: { s: k, g: `forutsetning.${svc.costGrowthId}` } },
  );
  computed('basis', 'line.service.base', { id: T.serviceBase, args: { s: k } });
  computed(
    'endring',
    svc.feedsFrame ? 'line.service.changeFeeds' : 'line.service.change',
    { id: T.serviceChange, args: { s: k } },
    svc.feedsFrame && area ? [areaTags.demography(areaPrefix(area))] : [],
  );
}

/** Adds the service lines; returns the demand templates they need (one per set of age groups). */
export function addServices(ctx: BuildContext): TemplateSpec[] {
  const templates = new Map<string, TemplateSpec>();
  for (const svc of ctx.s.demography.services) addService(ctx, svc, templates);
  return [...templates.values()];
}
