import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateCovariance, denseCovariance } from './covariance.js';
import { fitSpatialAdapter } from './admm.js';
import { polarRetract } from './phi.js';
import { eigSym, mat } from '../core/linalg.js';
import { Rng } from '../core/rng.js';

/** T×N rows of exactly rank L (no noise): R = A·Gᵀ with random A (T×L), G (N×L). */
function rankL(seed: number, T: number, n: number, L: number): number[][] {
  const r = new Rng(seed);
  const G = r.fillNormal(new Float64Array(n * L));
  return Array.from({ length: T }, () => {
    const a = Array.from({ length: L }, () => r.normal(0, 3));
    return Array.from({ length: n }, (_, i) => a.reduce((s, v, l) => s + v * G[i * L + l], 0));
  });
}

describe('estimateCovariance', () => {
  it('noiseless rank-L data (L < K) gives σ̂² = 0 and L̂ = L', () => {
    for (const L of [1, 2, 3]) {
      const n = 30;
      const rows = rankL(L, 50, n, L);
      const fit = fitSpatialAdapter(
        rows,
        Array.from({ length: n }, (_, i) => i),
        { K: 5, iters: 5 },
      );
      const cov = estimateCovariance(rows, fit);
      expect(cov.rank).toBe(L);
      expect(cov.sigma2).toBeLessThan(1e-10 * cov.avgVariance);
      expect(cov.lambda.length).toBe(L);
    }
  });

  it('a basis orthogonal to the data gives L̂ = 0 and σ̂² = tr S/N', () => {
    const n = 10;
    // data live on e_0, e_1; the basis on e_5, e_6
    const r = new Rng(2);
    const rows = Array.from({ length: 40 }, () => Array.from({ length: n }, (_, i) => (i < 2 ? r.normal() : 0)));
    const basis = Array.from({ length: n }, (_, i) => [i === 5 ? 1 : 0, i === 6 ? 1 : 0]);
    const cov = estimateCovariance(rows, basis);
    expect(cov.rank).toBe(0);
    let ss = 0;
    const m = [0, 1].map((j) => rows.reduce((s, row) => s + row[j], 0) / 40);
    for (const row of rows) for (let j = 0; j < 2; j++) ss += (row[j] - m[j]) ** 2;
    expect(cov.sigma2).toBeCloseTo(ss / 40 / n, 12);
  });

  it('Σ̂ ⪰ σ̂²I and λ̂ ≥ 0 on random data and random orthonormal bases (invariant)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 4 }), (seed, K) => {
        const n = 12;
        const r = new Rng(seed);
        const rows = Array.from({ length: 20 }, () => Array.from({ length: n }, () => r.normal()));
        const phi = polarRetract(r.fillNormal(new Float64Array(n * K)), n, K);
        const cov = estimateCovariance(rows, { basis: phi, n, K });
        for (const l of cov.lambda) expect(l).toBeGreaterThanOrEqual(0);
        const S = denseCovariance(cov);
        for (let i = 0; i < n; i++) S[i * n + i] -= cov.sigma2;
        const ev = eigSym(mat(n, n, S)).values;
        expect(ev[0]).toBeGreaterThan(-1e-10);
        expect(cov.rank).toBeLessThanOrEqual(K);
      }),
      { seed: 42, numRuns: 30 },
    );
  });

  it('rejects bad input', () => {
    const rows = [
      [1, 2, 3],
      [2, 3, 5],
    ];
    expect(() => estimateCovariance(rows, [[1], [0], [0], [0]])).toThrow(/residuals row 0 has 3 entries, expected 4/);
    expect(() => estimateCovariance(rows, [[1], [1], [0]])).toThrow(/orthonormal/);
    expect(() =>
      estimateCovariance(rows, [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ]),
    ).toThrow(/fewer than N = 3/);
    expect(() => estimateCovariance([rows[0]], [[1], [0], [0]])).toThrow(/at least 2 rows/);
    expect(() => estimateCovariance([[1, Number.NaN, 3], rows[1]], [[1], [0], [0]])).toThrow(/residuals\[0\]\[1\]/);
  });
});
