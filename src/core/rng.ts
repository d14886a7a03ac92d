/**
 * Seeded random numbers. One generator type (Mersenne Twister MT19937, from @stdlib),
 * with uniform, normal, integer, shuffle and choice draws, and `splitSeeds(seed, k)` to
 * derive independent streams for parallel or nested work. The same seed gives
 * bit-identical draws on every platform.
 */
import mt19937 from '@stdlib/random-base-mt19937';
import { QuireError } from './errors.js';
import { assertInteger } from './validate.js';

/** 32-bit avalanche hash (murmur3 finalizer): spreads nearby seeds far apart. */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function checkSeed(fn: string, seed: number): void {
  assertInteger(fn, 'seed', seed, 0, Number.MAX_SAFE_INTEGER);
}

/** Fold a safe integer seed to a non-zero 32-bit MT seed. */
function foldSeed(seed: number): number {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 4294967296) >>> 0;
  const s = mix32(lo ^ mix32(hi + 0x9e3779b9));
  return s === 0 ? 0x6d2b79f5 : s;
}

/**
 * Derive k independent seeds from one seed (stream i is a hash of (seed, i)).
 * @example splitSeeds(42, 3) // three distinct 32-bit seeds, the same on every call
 */
export function splitSeeds(seed: number, k: number): number[] {
  checkSeed('splitSeeds', seed);
  assertInteger('splitSeeds', 'k', k, 0);
  const base = foldSeed(seed);
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(mix32(base ^ mix32(i + 1 + 0x632be5ab)));
  return out;
}

function checkNormal(fn: string, mean: number, sd: number): void {
  if (!Number.isFinite(mean)) throw new QuireError(`${fn}: mean must be finite, got ${mean}`);
  if (!(sd >= 0 && sd < Infinity)) throw new QuireError(`${fn}: sd must be finite and ≥ 0, got ${sd}`);
}

function checkInterval(fn: string, a: number, b: number): void {
  if (!(Number.isFinite(a) && Number.isFinite(b) && a <= b && Number.isFinite(b - a))) {
    throw new QuireError(`${fn}: [a, b) must be a finite interval with a ≤ b, got a = ${a}, b = ${b}`);
  }
}

/** A seeded generator. Not thread-safe; create one per stream. */
export class Rng {
  readonly seed: number;
  private readonly next: { (): number; normalized(): number };
  private spare = NaN;

  constructor(seed: number) {
    checkSeed('Rng', seed);
    this.seed = seed;
    this.next = mt19937.factory({ seed: foldSeed(seed) }) as unknown as { (): number; normalized(): number };
  }

  /** Uniform on [0, 1). */
  uniform(): number {
    return this.next.normalized();
  }

  /** Uniform on [a, b). */
  uniformIn(a: number, b: number): number {
    checkInterval('Rng.uniformIn', a, b);
    return a + (b - a) * this.next.normalized();
  }

  /** Normal(mean, sd), by the Box–Muller transform (the pair's second value is kept). */
  normal(mean = 0, sd = 1): number {
    // one cheap test on the hot path; only a bad call pays for the message
    if (!(Number.isFinite(mean) && sd >= 0 && sd < Infinity)) checkNormal('Rng.normal', mean, sd);
    let z: number;
    if (!Number.isNaN(this.spare)) {
      z = this.spare;
      this.spare = NaN;
    } else {
      const u1 = 1 - this.next.normalized(); // (0, 1]: log is finite
      const u2 = this.next.normalized();
      const r = Math.sqrt(-2 * Math.log(u1));
      z = r * Math.cos(2 * Math.PI * u2);
      this.spare = r * Math.sin(2 * Math.PI * u2);
    }
    return mean + sd * z;
  }

  /** Uniform integer in [0, n), without modulo bias. */
  int(n: number): number {
    if (!(n >= 1 && n <= Number.MAX_SAFE_INTEGER && Number.isInteger(n))) {
      throw new QuireError(`Rng.int: n must be an integer in [1, 2^53 − 1], got ${n}`);
    }
    if (n <= 4294967296) {
      const limit = 4294967296 - (4294967296 % n);
      let x: number;
      do x = this.next() >>> 0;
      while (x >= limit);
      return x % n;
    }
    return Math.floor(this.uniform() * n);
  }

  /** Fill with standard normals (or Normal(mean, sd)). */
  fillNormal(out: Float64Array, mean = 0, sd = 1): Float64Array {
    checkNormal('Rng.fillNormal', mean, sd);
    for (let i = 0; i < out.length; i++) out[i] = this.normal(mean, sd);
    return out;
  }

  /** Fill with uniforms on [a, b). */
  fillUniform(out: Float64Array, a = 0, b = 1): Float64Array {
    checkInterval('Rng.fillUniform', a, b);
    for (let i = 0; i < out.length; i++) out[i] = a + (b - a) * this.next.normalized();
    return out;
  }

  /** Fisher–Yates shuffle in place; returns the same array. */
  shuffle<T>(a: T[]): T[];
  shuffle<A extends { length: number; [i: number]: number }>(a: A): A;
  shuffle(a: { length: number; [i: number]: unknown }): unknown {
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  /** A random permutation of 0..n-1. */
  permutation(n: number): Int32Array {
    assertInteger('Rng.permutation', 'n', n, 0, 2 ** 31 - 1);
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    return this.shuffle(p);
  }

  /**
   * k indices from 0..n-1, with or without replacement.
   * @throws QuireError if n or k is not a non-negative integer, or k > n without replacement
   */
  choice(n: number, k: number, { replace = false } = {}): Int32Array {
    assertInteger('Rng.choice', 'n', n, 0, 2 ** 31 - 1);
    assertInteger('Rng.choice', 'k', k, 0, 2 ** 31 - 1);
    if (replace && k > 0 && n === 0) throw new QuireError('Rng.choice: n must be at least 1 to draw with replacement, got 0');
    const out = new Int32Array(k);
    if (replace) {
      for (let i = 0; i < k; i++) out[i] = this.int(n);
      return out;
    }
    if (k > n) throw new QuireError(`Rng.choice: k = ${k} exceeds n = ${n} without replacement`);
    const p = this.permutation(n);
    out.set(p.subarray(0, k));
    return out;
  }

  /** k independent child generators (seeded by splitSeeds of this generator's seed). */
  split(k: number): Rng[] {
    return splitSeeds(this.seed, k).map((s) => new Rng(s));
  }
}

/** Shorthand for `new Rng(seed)`. */
export function rng(seed: number): Rng {
  return new Rng(seed);
}
