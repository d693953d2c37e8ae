// A line that is not applicable in a year (a share of revenue in a year without revenue, the room under a debt
// ceiling that is not set) shows a dash and says why, on every screen and in print, instead of a 0 that reads like
// data. The domain marks such lines (DomainLineMeta.notApplicable); this is the one test every view makes.
import type { LineKey, LineSpec } from '../engine/types';
import type { DomainLineMeta } from './types';

/** The i18n code of why line `spec` has no value in year index `y`, or undefined when it has one. `valueOf`
 *  reads another line's value (a blank input reads as 0). */
export function notApplicableReason(spec: LineSpec | undefined, y: number, valueOf: (key: LineKey, y: number) => number): string | undefined {
  const na = (spec?.meta as Partial<DomainLineMeta> | undefined)?.notApplicable;
  return na && valueOf(na.whenZero, y) === 0 ? na.reason : undefined;
}

/** Whether line `spec` shows blank in year index `y` although the engine has a number there: an input year not
 *  entered (it counts as 0 in sums), or a line computed from inputs all blank that year where the domain says so
 *  (`blankUnless`: a frame in a year without figures, a deviation of accounts not entered) and its value is 0.
 *  The workspace's grids and Sammenlign both ask this, so a frame's blank year is blank in both, never 0. */
export function blankYear(spec: LineSpec | undefined, y: number, value: number, specOf: (key: LineKey) => LineSpec | undefined): boolean {
  if (!spec) return false;
  if (spec.input && Number.isNaN(spec.input[y])) return true;
  const unless = (spec.meta as Partial<DomainLineMeta> | undefined)?.blankUnless;
  // Only a 0 is hidden: a value computed from elsewhere (a measure in that year) is data.
  return !!unless && value === 0 && unless.every((k) => Number.isNaN(specOf(k)?.input?.[y] ?? Number.NaN));
}
