// A bounded walk over a JSON-like value: plain objects, arrays, strings, finite numbers, booleans and null only,
// no prototype-reaching keys, a limited depth and number of nodes. Used for patch values and imported files.
import { FORBIDDEN_KEYS } from './path';

export interface JsonLimits {
  maxDepth: number;
  maxNodes: number;
  /** Numbers must lie within ±maxAbs. */
  maxAbs: number;
  maxStringLength: number;
}

export type JsonProblem =
  | { kind: 'depth'; path: string; limit: number }
  | { kind: 'nodes'; limit: number }
  | { kind: 'number'; path: string; value: string }
  | { kind: 'forbiddenKey'; path: string; key: string }
  | { kind: 'string'; path: string; limit: number }
  | { kind: 'type'; path: string; type: string };

export interface JsonStats {
  nodes: number;
  depth: number;
}

function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

interface Frame {
  v: unknown;
  depth: number;
  parent: Frame | null;
  seg: string | number | null;
}

/** Paths are built only for the one node reported, not for every node walked. */
function pathOf(f: Frame | null, extra?: string): string {
  const segs: (string | number)[] = [];
  for (let x = f; x && x.seg !== null; x = x.parent) segs.push(x.seg);
  segs.reverse();
  if (extra !== undefined) segs.push(extra);
  return segs.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}

/** The first problem found (paths like `scenario.measures[3].values[2]`), or the value's size when it is fine. */
export function checkJson(value: unknown, limits: JsonLimits): { ok: true; stats: JsonStats } | { ok: false; problem: JsonProblem } {
  let nodes = 0;
  let maxSeen = 0;
  // Iterative, so a deeply nested value cannot overflow the stack before the depth limit is seen.
  const stack: Frame[] = [{ v: value, depth: 0, parent: null, seg: null }];
  while (stack.length) {
    const f = stack.pop()!;
    const v = f.v;
    if (++nodes > limits.maxNodes) return { ok: false, problem: { kind: 'nodes', limit: limits.maxNodes } };
    if (f.depth > limits.maxDepth) return { ok: false, problem: { kind: 'depth', path: pathOf(f), limit: limits.maxDepth } };
    if (f.depth > maxSeen) maxSeen = f.depth;
    if (v === null || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Math.abs(v) > limits.maxAbs) return { ok: false, problem: { kind: 'number', path: pathOf(f), value: String(v) } };
      continue;
    }
    if (typeof v === 'string') {
      if (v.length > limits.maxStringLength) return { ok: false, problem: { kind: 'string', path: pathOf(f), limit: limits.maxStringLength } };
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: f.depth + 1, parent: f, seg: i });
      continue;
    }
    if (typeof v === 'object' && isPlainObject(v)) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        if (FORBIDDEN_KEYS.has(k)) return { ok: false, problem: { kind: 'forbiddenKey', path: pathOf(f, k), key: k } };
        stack.push({ v: (v as Record<string, unknown>)[k], depth: f.depth + 1, parent: f, seg: k });
      }
      continue;
    }
    return { ok: false, problem: { kind: 'type', path: pathOf(f), type: typeof v } };
  }
  return { ok: true, stats: { nodes, depth: maxSeen } };
}
