// Checks that span the document: ids unique within their list, references that point at something, codes that
// can start line keys, years inside the horizon. Each problem is a zod issue with an i18n key and its params.
import type { z } from 'zod';
import { customLineKey } from './customLine';
import type { Scenario } from './scenario';
import { codeProblem } from './sections';

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function issue(ctx: Ctx, path: Path, code: string, params: Record<string, string | number> = {}): void {
  ctx.addIssue({ code: 'custom', message: code, params, path });
}

/** Reports every id that occurs more than once in `items` (at the later occurrences). */
function uniqueIds(ctx: Ctx, items: readonly { id: string }[], path: Path): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) issue(ctx, [...path, i, 'id'], 'model.duplicateId', { id: item.id });
    seen.add(item.id);
  });
  return seen;
}

function uniqueCodes(ctx: Ctx, items: readonly { code: string }[], path: Path): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const folded = item.code.toLowerCase();
    if (seen.has(folded)) issue(ctx, [...path, i, 'code'], 'model.duplicateCode', { code: item.code });
    seen.add(folded);
    if (codeProblem(item.code) === 'reserved') issue(ctx, [...path, i, 'code'], 'model.reservedCode', { code: item.code });
  });
}

export function checkReferences(s: Scenario, ctx: Ctx): void {
  const areaIds = uniqueIds(ctx, s.areas, ['areas']);
  const assumptionIds = uniqueIds(ctx, s.assumptions, ['assumptions']);
  s.areas.forEach((a, i) => {
    if (a.deflatorId !== undefined && !assumptionIds.has(a.deflatorId)) issue(ctx, ['areas', i, 'deflatorId'], 'model.unknownAssumption', { id: a.deflatorId });
  });
  uniqueCodes(ctx, s.areas, ['areas']);
  s.areas.forEach((a, i) => uniqueIds(ctx, a.items, ['areas', i, 'items']));

  const needArea = (areaId: string | undefined, path: Path) => {
    if (areaId !== undefined && !areaIds.has(areaId)) issue(ctx, path, 'model.unknownArea', { id: areaId });
  };

  uniqueIds(ctx, s.measures, ['measures']);
  s.measures.forEach((m, i) => {
    needArea(m.areaId, ['measures', i, 'areaId']);
    if (m.effect.mode === 'fte' && m.fteBasis !== undefined) issue(ctx, ['measures', i, 'fteBasis'], 'model.fteBasisRedundant');
  });

  uniqueIds(ctx, s.investments, ['investments']);
  s.investments.forEach((p, i) => needArea(p.areaId, ['investments', i, 'areaId']));

  const groupIds = uniqueIds(ctx, s.demography.ageGroups, ['demography', 'ageGroups']);
  s.demography.ageGroups.forEach((g, i) => {
    // `befolkning.sum` is the total of all groups.
    if (g.id === 'sum') issue(ctx, ['demography', 'ageGroups', i, 'id'], 'model.reservedId', { id: g.id });
    if (g.fromAge !== undefined && g.toAge !== undefined && g.toAge < g.fromAge) {
      issue(ctx, ['demography', 'ageGroups', i, 'toAge'], 'model.ageRange', { from: g.fromAge, to: g.toAge });
    }
  });
  uniqueIds(ctx, s.demography.services, ['demography', 'services']);
  s.demography.services.forEach((svc, i) => {
    const path: Path = ['demography', 'services', i];
    needArea(svc.areaId, [...path, 'areaId']);
    if (svc.costGrowthId !== undefined && !assumptionIds.has(svc.costGrowthId)) {
      issue(ctx, [...path, 'costGrowthId'], 'model.unknownAssumption', { id: svc.costGrowthId });
    }
    for (const groupId of Object.keys(svc.coverage)) {
      if (!groupIds.has(groupId)) issue(ctx, [...path, 'coverage', groupId], 'model.unknownAgeGroup', { id: groupId });
    }
  });
  const last = s.firstYear + s.years - 1;
  const base = s.demography.baseYear;
  if (base !== undefined && (base < s.firstYear || base > last)) {
    // Years as text: numbers would be formatted with grouping (2 030).
    issue(ctx, ['demography', 'baseYear'], 'model.yearOutsideHorizon', { year: String(base), first: String(s.firstYear), last: String(last) });
  }

  uniqueIds(ctx, s.fund.movements, ['fund', 'movements']);

  uniqueIds(ctx, s.accounts.rows, ['accounts', 'rows']);
  uniqueCodes(ctx, s.accounts.rows, ['accounts', 'rows']);
  s.accounts.rows.forEach((r, i) => needArea(r.areaId, ['accounts', 'rows', i, 'areaId']));

  uniqueIds(ctx, s.lines, ['lines']);
  const keys = new Set<string>();
  s.lines.forEach((l, i) => {
    const key = customLineKey(l);
    if (keys.has(key)) issue(ctx, ['lines', i, 'name'], 'model.duplicateKey', { key });
    keys.add(key);
  });
}
