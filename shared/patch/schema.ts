// The zod schema of patches as they arrive from the UI: bounded in every dimension, so a hostile or broken caller
// cannot make the service walk an unbounded structure.
import { z } from '../model/zod';
import { checkJson, type JsonLimits } from './json';
import { FORBIDDEN_KEYS } from './path';
import type { Patch } from './types';

export const PATCH_LIMITS = {
  maxPathLength: 32,
  maxKeyLength: 200,
  maxIndex: 1_000_000,
  /** One paste of a block of cells is one edit; 20 000 cells is far above any real block. */
  maxPatches: 20_000,
  /** JSON nodes over all values of one edit (an inserted measure is ~50). */
  maxValueNodes: 500_000,
} as const;

export const PATCH_VALUE_LIMITS: JsonLimits = { maxDepth: 32, maxNodes: PATCH_LIMITS.maxValueNodes, maxAbs: 1e15, maxStringLength: 100_000 };

const key = z
  .string()
  .min(1)
  .max(PATCH_LIMITS.maxKeyLength)
  .refine((k) => !FORBIDDEN_KEYS.has(k), { message: 'forbidden key' });
const index = z.number().int().min(0).max(PATCH_LIMITS.maxIndex);
const idSeg = z.strictObject({ id: z.string().min(1).max(PATCH_LIMITS.maxKeyLength) });

export const pathSegSchema = z.union([key, index, idSeg]);

export const patchSchema = z
  .strictObject({
    op: z.enum(['set', 'insert', 'remove', 'move']),
    path: z.array(pathSegSchema).max(PATCH_LIMITS.maxPathLength),
    value: z.unknown().optional(),
    to: index.optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.op === 'set' || p.op === 'insert') && p.value === undefined) ctx.addIssue({ code: 'custom', message: `${p.op} needs a value`, path: ['value'] });
    if (p.op === 'move' && p.to === undefined) ctx.addIssue({ code: 'custom', message: 'move needs to', path: ['to'] });
    if (p.op !== 'set' && p.path.length === 0) ctx.addIssue({ code: 'custom', message: `${p.op} needs a path`, path: ['path'] });
  });

export const patchesSchema = z
  .array(patchSchema)
  .min(1)
  .max(PATCH_LIMITS.maxPatches)
  .superRefine((ps, ctx) => {
    const values = ps.map((p) => (p.value === undefined ? null : p.value));
    const r = checkJson(values, PATCH_VALUE_LIMITS);
    if (!r.ok) {
      const pr = r.problem;
      const where = 'path' in pr ? ` at ${pr.path}` : '';
      ctx.addIssue({ code: 'custom', message: `value not allowed (${pr.kind}${where})` });
    }
  });

// The schema's output must be assignable to Patch, so what it accepts can go straight into applyPatches.
const _fits = (p: z.output<typeof patchSchema>): Patch => p;
