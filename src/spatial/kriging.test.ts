import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { krige, krigeDense, krigeLowRank } from './kriging.js';
import { estimateCovariance } from './covariance.js';
import { fitSpatialAdapter } from './admm.js';
import { Rng } from '../core/rng.js';

describe('krigeLowRank (Woodbury)', () => {
  it('equals the dense solve Σ_poΣ_oo⁻¹r and diag(Σ_pp − Σ_poΣ_oo⁻¹Σ_op)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (seed, L, s2) => {
          const r = new Rng(seed);
          const no = 15;
          const np = 4;
          const Bo = r.fillNormal(new Float64Array(no * L));
          const Bp = r.fillNormal(new Float64Array(np * L));
          const lambda = r.fillUniform(new Float64Array(L), 0.1, 10);
          const obs = r.fillNormal(new Float64Array(3 * no));
          const w = krigeLowRank(Bo, no, Bp, np, lambda, s2, obs, 3);
          const cross = (A: Float64Array, na: number, B: Float64Array, nb: number) => {
            const out = new Float64Array(na * nb);
            for (let i = 0; i < na; i++)
              for (let j = 0; j < nb; j++) {
                let s = 0;
                for (let l = 0; l < L; l++) s += A[i * L + l] * lambda[l] * B[j * L + l];
                out[i * nb + j] = s;
              }
            return out;
          };
          const Soo = cross(Bo, no, Bo, no);
          for (let i = 0; i < no; i++) Soo[i * no + i] += s2;
          const Sop = cross(Bo, no, Bp, np);
          const Spp = cross(Bp, np, Bp, np);
          const diag = Float64Array.from({ length: np }, (_, i) => Spp[i * np + i] + s2);
          const d = krigeDense(Soo, no, Sop, np, diag, obs, 3);
          for (let i = 0; i < 3 * np; i++) expect(w.mean[i]).toBeCloseTo(d.mean[i], 8);
          for (let i = 0; i < np; i++) {
            expect(w.variance[i]).toBeCloseTo(d.variance[i], 8);
            // σ² ≤ var ≤ σ² + diag(B_pΛB_pᵀ)
            expect(w.variance[i]).toBeGreaterThanOrEqual(s2 - 1e-12);
            expect(w.variance[i]).toBeLessThanOrEqual(diag[i] + 1e-9);
          }
        },
      ),
      { seed: 42, numRuns: 30 },
    );
  });
});

describe('krigeDense', () => {
  it('full-rank covariance with zero nugget interpolates the data with zero variance', () => {
    const r = new Rng(3);
    const n = 12;
    const x = Float64Array.from({ length: n }, () => r.uniform());
    const S = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) S[i * n + j] = Math.exp(-Math.abs(x[i] - x[j]) / 0.3);
    const obs = r.fillNormal(new Float64Array(2 * n));
    // predict at the observed sites themselves: Σ_op = Σ_oo
    const diag = new Float64Array(n).fill(1);
    const res = krigeDense(S, n, S, n, diag, obs, 2);
    for (let i = 0; i < 2 * n; i++) expect(res.mean[i]).toBeCloseTo(obs[i], 9);
    for (let i = 0; i < n; i++) expect(res.variance[i]).toBeLessThan(1e-9);
  });
});

describe('krige', () => {
  function setup() {
    const r = new Rng(11);
    const n = 40;
    const coords = Array.from({ length: n }, () => [r.uniform(), r.uniform()]);
    const bump = (s: number[]) => Math.exp(-((s[0] - 0.5) ** 2 + (s[1] - 0.5) ** 2) / 0.08);
    const rows = Array.from({ length: 200 }, () => {
      const a = r.normal(0, 3);
      return coords.map((s) => a * bump(s) + r.normal(0, 0.5));
    });
    const fit = fitSpatialAdapter(rows, coords, { K: 2, tau1: 1e-3, iters: 20 });
    const cov = estimateCovariance(rows, fit);
    return { coords, rows, cov, bump, r };
  }

  it('at the fitted sites, B_p = B_o exactly, so the variance is σ̂² + diag(B C Bᵀ) and intervals have the stated level', () => {
    const { coords, rows, cov } = setup();
    const k = krige(cov, coords, rows.slice(0, 3), coords, { level: 0.9 });
    expect(k.rows).toBe(3);
    for (let i = 0; i < coords.length; i++) {
      expect(k.variance[i]).toBeGreaterThanOrEqual(cov.sigma2);
      const half = (k.upper[i] - k.lower[i]) / 2;
      expect(half).toBeCloseTo(1.6448536269514722 * Math.sqrt(k.variance[i]), 10);
    }
  });

  it('predicts a held-out site better than the mean alone (the smooth field is recoverable)', () => {
    const { coords, cov, bump, r } = setup();
    const target = [0.52, 0.48];
    let errK = 0;
    let err0 = 0;
    for (let t = 0; t < 50; t++) {
      const a = r.normal(0, 3);
      const obs = coords.map((s) => a * bump(s) + r.normal(0, 0.5));
      const truth = a * bump(target);
      const k = krige(cov, coords, [obs], [target]);
      errK += (k.mean[0] - truth) ** 2;
      err0 += truth ** 2;
    }
    expect(errK).toBeLessThan(0.1 * err0);
  });

  it('rejects bad input', () => {
    const { coords, rows, cov } = setup();
    expect(() => krige(cov, coords, rows.slice(0, 1), [[0.5]])).toThrow(/newCoords has 1 coordinates per site, expected 2/);
    expect(() => krige(cov, coords.slice(1), rows.slice(0, 1), [[0.5, 0.5]])).toThrow(/coords has 39 sites, expected 40/);
    expect(() => krige(cov, coords, [rows[0].slice(1)], [[0.5, 0.5]])).toThrow(/observed row 0 has 39 entries, expected 40/);
    expect(() => krige(cov, coords, rows.slice(0, 1), [[0.5, 0.5]], { level: 1 })).toThrow(/level must be in \(0, 1\)/);
    expect(() => krige({ ...cov, sigma2: 0 }, coords, rows.slice(0, 1), [[0.5, 0.5]])).toThrow(/sigma2 > 0/);
    expect(() => krige(cov, coords, [[...rows[0].slice(1), Number.NaN]], [[0.5, 0.5]])).toThrow(/observed\[0\]\[39\]/);
  });
});
