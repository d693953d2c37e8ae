// The age groups a scenario gets when it has none yet: the grouping of the national demographic cost calculations
// (TBU/KMD's "demografikostnader": barnehage, grunnskole, videregående, voksne, eldre in three bands), so that
// coverage rates from KOSTRA fit it.
import type { AgeGroup } from '../../../shared/model/demography';
import type { TargetAgeGroup } from '../../../shared/imports';

export const DEFAULT_AGE_GROUPS: TargetAgeGroup[] = [
  { id: 'a0', label: '0 år', fromAge: 0, toAge: 0 },
  { id: 'a1_5', label: '1–5 år', fromAge: 1, toAge: 5 },
  { id: 'a6_15', label: '6–15 år', fromAge: 6, toAge: 15 },
  { id: 'a16_19', label: '16–19 år', fromAge: 16, toAge: 19 },
  { id: 'a20_66', label: '20–66 år', fromAge: 20, toAge: 66 },
  { id: 'a67_79', label: '67–79 år', fromAge: 67, toAge: 79 },
  { id: 'a80_89', label: '80–89 år', fromAge: 80, toAge: 89 },
  { id: 'a90', label: '90 år og over', fromAge: 90, toAge: null },
];

/** A file's own age groups as the scenario's, for a scenario without any and a file whose groups the standard
 *  grouping would have to split (e.g. five-year groups). */
export function groupsOfFile(ages: readonly { fromAge: number; toAge: number | null; label: string }[]): TargetAgeGroup[] {
  return ages.map((a) => ({ id: a.toAge === null ? `a${a.fromAge}` : `a${a.fromAge}_${a.toAge}`, label: a.label, fromAge: a.fromAge, toAge: a.toAge }));
}

/** The scenario's groups as targets of an import; null names a group without ages (it cannot take a file's numbers). */
export function targetsOf(groups: readonly AgeGroup[]): { targets: TargetAgeGroup[]; missingAges: string[] } {
  const targets: TargetAgeGroup[] = [];
  const missingAges: string[] = [];
  for (const g of groups) {
    if (g.fromAge === undefined) missingAges.push(g.name);
    else targets.push({ id: g.id, label: g.name, fromAge: g.fromAge, toAge: g.toAge ?? null });
  }
  return { targets, missingAges };
}
