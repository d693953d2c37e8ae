// A small seeded random number generator, written out so results depend on no library: xoshiro128** (Blackman
// and Vigna, 2018), its 128-bit state filled from the seed by splitmix32. Same seed, same stream, everywhere.

export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** From a raw state (not all zero); use Xoshiro128.fromSeed for a seed. */
  constructor(state: readonly [number, number, number, number]) {
    [this.s0, this.s1, this.s2, this.s3] = state.map((v) => v >>> 0);
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The state from a 32-bit seed (any number is taken modulo 2^32) through splitmix32. */
  static fromSeed(seed: number): Xoshiro128 {
    let x = seed >>> 0;
    const next = () => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    return new Xoshiro128([next(), next(), next(), next()]);
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1), in steps of 2^-32. */
  uniform(): number {
    return this.nextUint32() * 2 ** -32;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Uniform on [lo, hi] from u in [0, 1). */
export function uniformOn(u: number, lo: number, hi: number): number {
  return lo + u * (hi - lo);
}

/** Triangular on [lo, hi] with its peak at `mode`, by the inverse of its distribution function at u. */
export function triangularOn(u: number, lo: number, mode: number, hi: number): number {
  const w = hi - lo;
  if (w <= 0) return lo;
  const c = Math.min(hi, Math.max(lo, mode));
  const fc = (c - lo) / w;
  return u < fc ? lo + Math.sqrt(u * w * (c - lo)) : hi - Math.sqrt((1 - u) * w * (hi - c));
}
