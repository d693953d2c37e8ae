// From the file's ages to the scenario's age groups. A target group is the sum of the source groups inside it, so a
// file of single ages fits any grouping, and a file of groups (0-5 år, 6-15 år, …) fits groupings made of whole
// source groups. A target group that would have to split a source group ("67-79 år" from "60-69 år") is refused:
// dividing it would invent a distribution the file does not give.

import type { ImportIssue, ImportMessage } from '../issues';
import { ageRangeText, type AgeRange } from './labels';
import type { SourceAgeGroup } from './types';

/** One of the scenario's age groups. */
export interface TargetAgeGroup {
  id: string;
  label: string;
  fromAge: number;
  /** Inclusive; null for "and older". */
  toAge: number | null;
}

/** What aggregateAges needs of an import: any PopulationImport will do. */
export interface AgeTable {
  years: number[];
  ages: SourceAgeGroup[];
  values: number[][];
}

export type AggregateResult =
  | { ok: true; years: number[]; groups: TargetAgeGroup[]; values: number[][]; warnings: ImportMessage[] }
  | { ok: false; errors: ImportIssue[] };

const end = (r: AgeRange): number => r.toAge ?? Infinity;

function overlaps(a: AgeRange, b: AgeRange): boolean {
  return a.fromAge <= end(b) && b.fromAge <= end(a);
}

function inside(inner: AgeRange, outer: AgeRange): boolean {
  return inner.fromAge >= outer.fromAge && end(inner) <= end(outer);
}

/** "0–5 år, 90–94 år" for the ranges not covered, merged where they touch. */
function rangesText(ranges: AgeRange[]): string {
  const sorted = [...ranges].sort((a, b) => a.fromAge - b.fromAge);
  const merged: AgeRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.toAge !== null && r.fromAge === last.toAge + 1) last.toAge = r.toAge;
    else merged.push({ fromAge: r.fromAge, toAge: r.toAge });
  }
  return merged.map(ageRangeText).join(', ');
}

/**
 * Sums the table's ages into `groups` (values[group][year], in the order given). Refuses, with a message per
 * problem: a group that is not a valid range, groups that overlap each other, a group that splits a source group,
 * a group with ages the file has no numbers for. Warns about ages of the file that no group takes in, and about an
 * open-ended group whose source ends with a closed one (the file stops at that age).
 */
export function aggregateAges(table: AgeTable, groups: TargetAgeGroup[]): AggregateResult {
  const errors: ImportIssue[] = [];
  const warnings: ImportMessage[] = [];
  for (const g of groups) {
    const validEnd = g.toAge === null || (Number.isInteger(g.toAge) && g.toAge >= g.fromAge);
    const valid = Number.isInteger(g.fromAge) && g.fromAge >= 0 && validEnd;
    if (!valid) errors.push({ line: 0, code: 'imports.aggregate.invalidGroup', params: { group: g.label } });
  }
  if (errors.length > 0) return { ok: false, errors };
  const ordered = [...groups].sort((a, b) => a.fromAge - b.fromAge);
  for (let i = 1; i < ordered.length; i++) {
    if (overlaps(ordered[i - 1], ordered[i])) {
      errors.push({ line: 0, code: 'imports.aggregate.overlap', params: { a: ordered[i - 1].label, b: ordered[i].label } });
    }
  }
  const members: number[][] = groups.map((g) => {
    const found: number[] = [];
    let splits = false;
    table.ages.forEach((source, s) => {
      if (!overlaps(source, g)) return;
      if (inside(source, g)) found.push(s);
      else {
        splits = true;
        errors.push({ line: 0, code: 'imports.aggregate.splitsSource', params: { group: g.label, source: source.label } });
      }
    });
    // The split already says why the group is not covered.
    if (splits) return found;
    // The members must tile the group from its first age to its last.
    const gaps: AgeRange[] = [];
    let next = g.fromAge;
    for (const s of found.map((k) => table.ages[k]).sort((a, b) => a.fromAge - b.fromAge)) {
      if (s.fromAge > next) gaps.push({ fromAge: next, toAge: s.fromAge - 1 });
      next = end(s) + 1;
    }
    if (g.toAge !== null && next <= g.toAge) gaps.push({ fromAge: next, toAge: g.toAge });
    if (g.toAge === null && Number.isFinite(next) && found.length > 0) {
      warnings.push({ code: 'imports.aggregate.openEndTruncated', params: { group: g.label, age: next - 1 } });
    }
    if (g.toAge === null && found.length === 0) gaps.push({ fromAge: g.fromAge, toAge: null });
    if (gaps.length > 0) {
      errors.push({ line: 0, code: 'imports.aggregate.notCovered', params: { group: g.label, ages: rangesText(gaps) } });
    }
    return found;
  });
  if (errors.length > 0) return { ok: false, errors };
  const used = new Set(members.flat());
  const leftOut = table.ages.filter((_, s) => !used.has(s));
  if (leftOut.length > 0) warnings.push({ code: 'imports.aggregate.leftOut', params: { ages: rangesText(leftOut) } });
  const values = members.map((list) => table.years.map((_, y) => list.reduce((sum, s) => sum + table.values[s][y], 0)));
  return { ok: true, years: [...table.years], groups: groups.map((g) => ({ ...g })), values, warnings };
}
