// What the section builders share: the scenario, the line builder, and lookups by id.
import type { Lang } from '../i18n/index';
import type { Area } from '../model/area';
import type { Scenario } from '../model/scenario';
import { LineBuilder } from './builder';
import type { DisplayFormat, DomainLine } from './types';

export interface BuildContext {
  s: Scenario;
  b: LineBuilder;
  /** Areas by id. */
  areas: Map<string, Area>;
  /** An earlier build whose lines of unchanged measures may be taken over (see measures.ts). */
  previous?: PreviousBuild;
}

/** An earlier build of (an earlier version of) the document, with the same options. */
export interface PreviousBuild {
  doc: Scenario;
  lines: readonly DomainLine[];
}

export function createContext(s: Scenario, lang: Lang, previous?: PreviousBuild): BuildContext {
  const ctx: BuildContext = { s, b: new LineBuilder(s.firstYear, s.years, lang), areas: new Map(s.areas.map((a) => [a.id, a])) };
  if (previous !== undefined) ctx.previous = previous;
  return ctx;
}

/** The key prefix of an area: its code in lower case (`P05` → `p05`). */
export function areaPrefix(area: Pick<Area, 'code'>): string {
  return area.code.toLowerCase();
}

/** The area's code for grouping, or the id itself when the area is unknown (the schema prevents that). */
export function areaGroup(ctx: BuildContext, areaId: string): string {
  return ctx.areas.get(areaId)?.code ?? areaId;
}

/** Unit of proportions (rates, shares, probabilities): stored 0.035, shown 3,5 %. */
export const SHARE = 'andel';
export const KR = '1000 kr';

/** How to show values of a unit the user chose (assumptions, user lines). */
export function displayForUnit(unit: string): DisplayFormat {
  if (unit === SHARE) return 'percent';
  if (unit === KR || unit === 'kr') return 'amount';
  return 'number';
}
