import { describe, expect, it } from 'vitest';
import { ALONE, evaluationPlan, orderAndCycles, SELF } from './graph';

describe('orderAndCycles', () => {
  it('orders precedents before dependents', () => {
    // 0 reads 1 and 2, 1 reads 2.
    const same = [[1, 2], [2], []];
    const { order, cycles } = orderAndCycles([0, 1, 2], same, 3);
    expect(order).toEqual([2, 1, 0]);
    expect(cycles.size).toBe(0);
  });

  it('names the cycle through every member, starting with it', () => {
    // 0 → 1 → 2 → 0, and 3 reads 0 (downstream of the cycle, not on it).
    const same = [[1], [2], [0], [0]];
    const { order, cycles } = orderAndCycles([0, 1, 2, 3], same, 4);
    expect(cycles.get(0)).toEqual([0, 1, 2, 0]);
    expect(cycles.get(1)).toEqual([1, 2, 0, 1]);
    expect(cycles.get(2)).toEqual([2, 0, 1, 2]);
    expect(cycles.has(3)).toBe(false);
    expect(order.indexOf(3)).toBeGreaterThan(Math.max(order.indexOf(0), order.indexOf(1), order.indexOf(2)));
  });

  it('finds a line that reads itself', () => {
    const { cycles } = orderAndCycles([0, 1], [[0], [0]], 2);
    expect(cycles.get(0)).toEqual([0, 0]);
    expect(cycles.has(1)).toBe(false);
  });

  it('handles a chain of 100 000 lines without exhausting the stack', () => {
    const n = 100_000;
    const same = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : []));
    const ids = Array.from({ length: n }, (_, i) => i);
    const { order } = orderAndCycles(ids, same, n);
    expect(order[0]).toBe(n - 1);
    expect(order[n - 1]).toBe(0);
  });

  it('names one shared cycle in a very large component', () => {
    const n = 500;
    const same = Array.from({ length: n }, (_, i) => [(i + 1) % n]);
    const { cycles } = orderAndCycles(Array.from({ length: n }, (_, i) => i), same, n);
    expect(cycles.size).toBe(n);
    expect(cycles.get(7)![0]).toBe(7);
    expect(cycles.get(7)!.length).toBe(n + 1);
  });
});

describe('evaluationPlan', () => {
  const adjacency = (edges: number[][]) => {
    const start = new Int32Array(edges.length);
    const len = new Int32Array(edges.length);
    const buf: number[] = [];
    edges.forEach((e, v) => {
      start[v] = buf.length;
      len[v] = e.length;
      buf.push(...e);
    });
    return { start, len, buf: Int32Array.from(buf) };
  };

  it('keeps lines that read each other through prev together, in their same-year order', () => {
    // 0 = prev(1) + 3; 1 = 0 * 2 (same year); 2 = prev(2) + 0 (its own earlier years); 3 an input; 4 = 1.
    const all = adjacency([[1, 3], [0], [2, 0], [], [1]]);
    const same = adjacency([[3], [0], [0], [], [1]]);
    const { order, block, cycles } = evaluationPlan([0, 1, 2, 3, 4], all, same, 5);
    expect(block[3]).toBe(ALONE);
    expect(block[4]).toBe(ALONE);
    expect(block[2]).toBe(SELF);
    expect(block[0]).toBe(block[1]);
    expect(block[0]).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(0) + 1).toBe(order.indexOf(1));
    expect(order.indexOf(3)).toBeLessThan(order.indexOf(0));
    expect(order.indexOf(1)).toBeLessThan(Math.min(order.indexOf(2), order.indexOf(4)));
    expect(cycles.size).toBe(0);
  });

  it('names same-year cycles, also where no lines read each other through prev', () => {
    const selfOnly = evaluationPlan([0, 1], adjacency([[0], []]), adjacency([[0], []]), 2);
    expect(selfOnly.cycles.get(0)).toEqual([0, 0]);
    const pair = evaluationPlan([0, 1], adjacency([[1], [0]]), adjacency([[1], [0]]), 2);
    expect(pair.cycles.get(0)).toEqual([0, 1, 0]);
  });

  it('orders and names cycles within each component of lines that read each other, by their own ids', () => {
    // 4 = prev(5), 5 = 4 + 2 (same year): one component. 1 → 3 → 6 → 1 in the same year: another, with its cycle.
    // 0 reads 6; 2 an input.
    const all = adjacency([[6], [3], [], [6], [5], [4, 2], [1]]);
    const same = adjacency([[6], [3], [], [6], [], [4, 2], [1]]);
    const { order, block, cycles } = evaluationPlan([0, 1, 2, 3, 4, 5, 6], all, same, 7);
    expect(block[4]).toBe(block[5]);
    expect(order.indexOf(5)).toBe(order.indexOf(4) + 1);
    expect(order.indexOf(2)).toBeLessThan(order.indexOf(5));
    expect(block[1]).toBe(block[3]);
    expect(block[1]).toBe(block[6]);
    expect(order.indexOf(0)).toBeGreaterThan(Math.max(order.indexOf(1), order.indexOf(3), order.indexOf(6)));
    expect(cycles.get(1)).toEqual([1, 3, 6, 1]);
    expect(cycles.get(6)).toEqual([6, 1, 3, 6]);
    expect([...cycles.keys()].sort()).toEqual([1, 3, 6]);
  });
});
