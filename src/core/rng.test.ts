import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng, splitSeeds } from './rng.js';
import { chi2Sf } from './stats.js';
import { QuireError } from './errors.js';

describe('Rng', () => {
  it('is bit-identical for the same seed (determinism invariant)', () => {
    const a = new Rng(123);
    const b = new Rng(123);
    for (let i = 0; i < 100; i++) expect(a.normal()).toBe(b.normal());
    expect(new Rng(124).uniform()).not.toBe(new Rng(123).uniform());
  });

  it('uniform has mean 1/2 and variance 1/12 (moments, 5-sigma bounds)', () => {
    const r = new Rng(7);
    const n = 200_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      s += u;
      s2 += u * u;
    }
    expect(Math.abs(s / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(s2 / n - (s * s) / n / n - 1 / 12)).toBeLessThan(0.002);
  });

  it('normal has mean 0, variance 1 and kurtosis 3', () => {
    const r = new Rng(11);
    const n = 200_000;
    const z = r.fillNormal(new Float64Array(n));
    let m1 = 0,
      m2 = 0,
      m4 = 0;
    for (const v of z) {
      m1 += v;
      m2 += v * v;
      m4 += v ** 4;
    }
    expect(Math.abs(m1 / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(m2 / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(m4 / n - 3)).toBeLessThan(0.1);
  });

  it('int(n) is uniform by a chi-square goodness-of-fit test', () => {
    const r = new Rng(3);
    const k = 7;
    const n = 70_000;
    const counts = new Array(k).fill(0);
    for (let i = 0; i < n; i++) counts[r.int(k)]++;
    const e = n / k;
    const x2 = counts.reduce((s, c) => s + (c - e) ** 2 / e, 0);
    expect(chi2Sf(x2, k - 1)).toBeGreaterThan(1e-4);
  });

  it('shuffle and permutation return permutations (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 60 }), (seed, n) => {
        const p = new Rng(seed).permutation(n);
        expect(Array.from(p).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('choice without replacement gives distinct indices; with k > n it throws', () => {
    const c = new Rng(5).choice(10, 10);
    expect(new Set(c).size).toBe(10);
    expect(() => new Rng(5).choice(3, 4)).toThrow(/k = 4 exceeds n = 3/);
  });

  it('split streams are distinct and reproducible', () => {
    const s = splitSeeds(42, 100);
    expect(new Set(s).size).toBe(100);
    expect(splitSeeds(42, 100)).toEqual(s);
    expect(splitSeeds(43, 3)).not.toEqual(s.slice(0, 3));
    // streams are uncorrelated: sample correlation of two children ~ N(0, 1/n)
    const [a, b] = new Rng(42).split(2);
    const n = 20_000;
    let sab = 0;
    for (let i = 0; i < n; i++) sab += a.normal() * b.normal();
    expect(Math.abs(sab / n)).toBeLessThan(5 / Math.sqrt(n));
  });

  it('rejects bad seeds with QuireError naming the seed', () => {
    expect(() => new Rng(-1)).toThrow(QuireError);
    expect(() => new Rng(1.5)).toThrow(/seed/);
    expect(() => new Rng(Number.NaN)).toThrow(/seed/);
  });
});
