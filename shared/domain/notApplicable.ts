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
