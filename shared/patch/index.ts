export type { ApplyResult, Patch, Path, PathSeg } from './types';
export { applyPatches } from './apply';
export { PatchError, type PatchErrorCode } from './errors';
export { FORBIDDEN_KEYS, formatPath, isIdSeg, samePath } from './path';
export { checkJson, type JsonLimits, type JsonProblem, type JsonStats } from './json';
export { PATCH_LIMITS, PATCH_VALUE_LIMITS, patchSchema, patchesSchema, pathSegSchema } from './schema';
