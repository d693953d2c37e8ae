// Bounds on what an imported file may be, checked before the schema sees it.
import { LIMITS, MAX_FILE_CHARS } from '../../shared/model';
import type { JsonLimits } from '../../shared/patch';

/** Refused before parsing: 50 MB (a real scenario is well below 10 MB). */
export const MAX_FILE_BYTES = MAX_FILE_CHARS;
/** A scenario is about 8 levels deep; anything much deeper is not one. */
export const MAX_JSON_DEPTH = 64;

export const FILE_JSON_LIMITS: JsonLimits = {
  maxDepth: MAX_JSON_DEPTH,
  // 10 000 measures of ~40 values each plus lines, series and areas stay well below this.
  maxNodes: 4_000_000,
  maxAbs: LIMITS.maxAbs,
  maxStringLength: 100_000,
};
