import { describe, expect, it } from 'vitest';
import { triangularOn, uniformOn, Xoshiro128 } from './prng';

describe('Xoshiro128 (xoshiro128**)', () => {
  it('matches the reference C implementation', () => {
    // From Blackman and Vigna's xoshiro128starstar.c with the state {1, 2, 3, 4}.
    const r = new Xoshiro128([1, 2, 3, 4]);
    expect(Array.from({ length: 6 }, () => r.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
    // Seed 42 through splitmix32 (the same C program, seeding loop included).
    const s = Xoshiro128.fromSeed(42);
    expect(Array.from({ length: 6 }, () => s.nextUint32())).toEqual([
      660444221, 3652823732, 77672526, 910233633, 2297337756, 3786072677,
    ]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = Xoshiro128.fromSeed(7);
    const b = Xoshiro128.fromSeed(7);
    const c = Xoshiro128.fromSeed(8);
    const xs = Array.from({ length: 100 }, () => a.uniform());
    expect(Array.from({ length: 100 }, () => b.uniform())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.uniform())).not.toEqual(xs);
  });

  it('draws uniforms in [0, 1) with mean ½ and variance 1/12', () => {
    const r = Xoshiro128.fromSeed(2024);
    const n = 100_000;
    let sum = 0;
    let sq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sq += u * u;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    // Standard error of the mean: √(1/12 / n) ≈ 0.00091.
    expect(Math.abs(mean - 0.5)).toBeLessThan(3 * Math.sqrt(1 / 12 / n));
    expect(sq / n - mean * mean).toBeCloseTo(1 / 12, 2);
  });
});

describe('effect distributions', () => {
  it('map u onto the range', () => {
    expect(uniformOn(0, 2, 6)).toBe(2);
    expect(uniformOn(0.25, 2, 6)).toBe(3);
    expect(triangularOn(0, 1, 3, 5)).toBe(1);
    expect(triangularOn(0.5, 1, 3, 5)).toBe(3);
    expect(triangularOn(1, 1, 3, 5)).toBe(5);
    // F(x) = (x − lo)² / ((hi − lo)(mode − lo)) below the mode: F(2) = 1/8.
    expect(triangularOn(1 / 8, 1, 3, 5)).toBeCloseTo(2, 12);
    expect(triangularOn(0.3, 4, 4, 4)).toBe(4);
    // A mode outside the range is held at its edge.
    expect(triangularOn(0.5, 0, 10, 1)).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('gives the triangular mean (lo + mode + hi) / 3', () => {
    const r = Xoshiro128.fromSeed(1);
    const n = 50_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += triangularOn(r.uniform(), 0.4, 1, 1);
    // sd of triangular(0.4, 1, 1) = √((a² + b² + c² − ab − ac − bc) / 18) ≈ 0.1414.
    expect(Math.abs(sum / n - 0.8)).toBeLessThan(3 * (0.1414 / Math.sqrt(n)));
  });
});
