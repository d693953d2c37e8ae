// The evaluation order of plan.ts on random graphs: every line once, precedents before dependents, the members of
// a component together and in their order, and lines emitted in one group with one key reading none of each other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluationPlan } from './graph';
import { runPlan } from './plan';
import { RUN_MAX } from './run';

/** A small deterministic generator (fast-check gives the seed: thousands of draws per graph). */
function random(seed: number): (m: number) => number {
  let x = seed | 1;
  return (m) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % m;
  };
}

/** n lines; line v reads a few random lines (a few of them later ones, or itself: prev cycles). */
function graph(rnd: (m: number) => number, n: number): number[][] {
  return Array.from({ length: n }, (_, v) => {
    const reads = new Set<number>();
    const count = rnd(4);
    for (let i = 0; i < count; i++) {
      const back = rnd(10) === 0;
      const p = back ? rnd(n) : v === 0 ? -1 : rnd(v);
      if (p >= 0) reads.add(p);
    }
    return [...reads];
  });
}

function adjacency(reads: number[][]) {
  const start = new Int32Array(reads.length);
  const len = new Int32Array(reads.length);
  const buf = new Int32Array(reads.reduce((s, r) => s + r.length, 0));
  let at = 0;
  reads.forEach((r, v) => {
    start[v] = at;
    len[v] = r.length;
    for (const p of r) buf[at++] = p;
  });
  return { start, len, buf };
}

describe('runPlan', () => {
  it('orders every line after what it reads, keeps components together, and groups of one key read none of each other', () => {
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (seed, large) => {
        const rnd = random(seed);
        const n = 1 + rnd(large ? 2500 : 40);
        const reads = graph(rnd, n);
        const all = adjacency(reads);
        const none = adjacency(reads.map(() => []));
        const ids = Array.from({ length: n }, (_, v) => v);
        const { order: plain, block } = evaluationPlan(ids, all, none, n);
        // Keys: a few shapes among the lines computed alone (block −1); 0 for the rest and some of those.
        const shapes = 1 + rnd(5);
        const key = new Int32Array(n);
        for (let v = 0; v < n; v++) if (block[v] === -1) key[v] = rnd(shapes + 1);
        const { order, group } = runPlan(plain, block, all, key, n);

        expect([...order].sort((a, b) => a - b)).toEqual(ids);
        const pos = new Int32Array(n);
        order.forEach((v, i) => (pos[v] = i));
        const late: string[] = [];
        for (let v = 0; v < n; v++) {
          for (const p of reads[v]) if (p !== v && !(block[v] >= 0 && block[p] === block[v]) && pos[p] > pos[v]) late.push(`${v} reads ${p}`);
        }
        expect(late).toEqual([]);
        // A component's members stand together, in the order the plain order gives them.
        const members = new Map<number, number[]>();
        for (const v of plain) if (block[v] >= 0) (members.get(block[v]) ?? members.set(block[v], []).get(block[v])!).push(v);
        for (const m of members.values()) {
          const at = pos[m[0]];
          expect(m.map((v) => pos[v])).toEqual(m.map((_, i) => at + i));
        }
        // A group of one key: next to each other, at most RUN_MAX, reading none of each other.
        const byGroup = new Map<number, number[]>();
        for (const v of order) {
          if (key[v] === 0) continue;
          const k = group[v] * (shapes + 1) + key[v];
          (byGroup.get(k) ?? byGroup.set(k, []).get(k)!).push(v);
        }
        for (const lines of byGroup.values()) {
          if (lines.length < 2) continue;
          expect(lines.length).toBeLessThanOrEqual(RUN_MAX);
          expect(pos[lines[lines.length - 1]] - pos[lines[0]]).toBe(lines.length - 1);
          const inGroup = new Set(lines);
          expect(lines.filter((v) => reads[v].some((p) => inGroup.has(p)))).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
