import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitSpatialAdapter } from './admm.js';
import { penalizedPca } from './pca.js';
import { polarRetract, zStep } from './phi.js';
import { generateSynthetic1d, toRows } from './generators.js';
import { orthonormalityError } from '../core/linalg.js';
import { eigSym, mat, mult, svd } from '../core/linalg.js';
import { Rng } from '../core/rng.js';

function smallData(seed: number, n = 40, T = 60) {
  const d = generateSynthetic1d({ n, T, seed, noiseStd: 1, eigenvalue: 25 });
  const R = new Float64Array(T * n);
  for (let i = 0; i < T * n; i++) R[i] = d.signal[i] + (d.Y[i] - d.trend[i] - d.signal[i]);
  return { coords: Array.from(d.coords), R, rows: toRows(R, T, n), n, T, truth: d.basis };
}

function orthonormal(seed: number, n: number, k: number): Float64Array {
  const r = new Rng(seed);
  return polarRetract(r.fillNormal(new Float64Array(n * k)), n, k);
}

describe('zStep', () => {
  it('the closed form is the minimizer of ‖Z(I − ΦΦᵀ)‖² + (ρ/2)‖Z − A‖² (vs gradient descent)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0.05, max: 20, noNaN: true }), (seed, rho) => {
        const b = 3;
        const n = 6;
        const k = 2;
        const r = new Rng(seed);
        const A = r.fillNormal(new Float64Array(b * n));
        const phi = orthonormal(seed + 1, n, k);
        const closed = zStep(A, b, n, phi, k, rho);
        // numeric minimizer: gradient descent on the (ρ-strongly convex, (2+ρ)-smooth) objective
        const Z = new Float64Array(b * n);
        const step = 1 / (2 + rho);
        for (let it = 0; it < 4000; it++) {
          const proj = new Float64Array(b * n);
          // gradient = 2 Z(I − P) + ρ(Z − A); Z(I − P) = Z − ZP
          for (let t = 0; t < b; t++) {
            const zp = new Float64Array(k);
            for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) zp[c] += Z[t * n + i] * phi[i * k + c];
            for (let i = 0; i < n; i++) {
              let p = 0;
              for (let c = 0; c < k; c++) p += zp[c] * phi[i * k + c];
              const g = 2 * (Z[t * n + i] - p) + rho * (Z[t * n + i] - A[t * n + i]);
              proj[t * n + i] = Z[t * n + i] - step * g;
            }
          }
          Z.set(proj);
        }
        for (let i = 0; i < b * n; i++) expect(Math.abs(closed[i] - Z[i])).toBeLessThan(1e-8);
      }),
      { seed: 42, numRuns: 20 },
    );
  });
});

describe('polarRetract', () => {
  it('returns U·Vᵀ of the SVD (cross-check) with orthonormal columns', () => {
    const n = 12;
    const k = 3;
    const Y = new Rng(4).fillNormal(new Float64Array(n * k));
    const P = polarRetract(Y, n, k);
    const { U, V } = svd(mat(n, k, Y));
    const ref = mult(U, V);
    for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) expect(P[i * k + c]).toBeCloseTo(ref.data[i * k + c], 10);
    expect(orthonormalityError(P, n, k)).toBeLessThan(1e-14);
  });

  it('completes zero columns so ΦᵀΦ = I still holds', () => {
    const n = 8;
    const Y = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) Y[i * 2] = i + 1; // second column all zero
    const P = polarRetract(Y, n, 2, orthonormal(1, n, 2));
    expect(orthonormalityError(P, n, 2)).toBeLessThan(1e-14);
  });
});

describe('fitSpatialAdapter', () => {
  it('ΦᵀΦ = I after every Φ-step, for the eigen step and for IRL₁ with polar retraction', () => {
    const { rows, coords } = smallData(1);
    for (const tau2 of [0, 5]) {
      const fit = fitSpatialAdapter(rows, coords, { K: 3, tau1: 10, tau2, iters: 30, minIters: 30, phiEvery: 2, batch: 30, seed: 3 });
      const steps = fit.trace.filter((e) => e.orthError !== null);
      expect(steps.length).toBe(15);
      for (const e of steps) expect(e.orthError).toBeLessThan(1e-12);
      expect(fit.diagnostics.orthogonality).toBeLessThan(1e-12);
    }
  });

  it('τ₁ = τ₂ = 0 (full batch) gives PCA: the span of the top-K eigenvectors of R_cᵀR_c', () => {
    const { rows, coords, n, T, R } = smallData(2);
    const K = 3;
    const fit = fitSpatialAdapter(rows, coords, { K, iters: 40, seed: 1 });
    const mean = new Float64Array(n);
    for (let t = 0; t < T; t++) for (let i = 0; i < n; i++) mean[i] += R[t * n + i] / T;
    const S = new Float64Array(n * n);
    for (let t = 0; t < T; t++)
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) S[i * n + j] += (R[t * n + i] - mean[i]) * (R[t * n + j] - mean[j]);
    const ev = eigSym(mat(n, n, S)).vectors;
    // projectors agree: ‖ΦΦᵀ − VVᵀ‖ small
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let a = 0;
        let b = 0;
        for (let c = 0; c < K; c++) {
          a += fit.basis[i * K + c] * fit.basis[j * K + c];
          b += ev.data[i * n + n - 1 - c] * ev.data[j * n + n - 1 - c];
        }
        expect(Math.abs(a - b)).toBeLessThan(1e-7);
      }
  });

  it('with a frozen first stage, no θ-step and τ₂ = 0 the adapter is penalised PCA: basis = top-K of R_cᵀR_c − τ₁Ω, Z → R', () => {
    const { rows, coords, n } = smallData(3);
    for (const [K, tau1] of [
      [1, 10],
      [2, 1e3],
      [3, 1e-2],
    ]) {
      const fit = fitSpatialAdapter(rows, coords, { K, tau1, iters: 60, seed: 4 });
      const ref = penalizedPca(rows, coords, { K, tau1 });
      let dist = 0;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          let a = 0;
          let b = 0;
          for (let c = 0; c < K; c++) {
            a += fit.basis[i * K + c] * fit.basis[j * K + c];
            b += ref.basis[i * K + c] * ref.basis[j * K + c];
          }
          dist += (a - b) ** 2;
        }
      // ‖ΦΦᵀ − VVᵀ‖_F: the eigen-solver's tolerance (measured 1e-10 … 2e-8)
      expect(Math.sqrt(dist)).toBeLessThan(1e-6);
      // the constraint Z = R holds to rounding: ‖Z_b − R_b‖/‖R‖ (measured ≈ 1e-16)
      let r2 = 0;
      for (const row of rows) for (const v of row) r2 += v * v;
      expect(fit.diagnostics.primal / Math.sqrt(r2)).toBeLessThan(1e-12);
    }
  });

  it('a smoothness penalty makes the basis smoother (tr ΦᵀΩΦ decreases in τ₁) and recovers φ better at low SNR', () => {
    const d = generateSynthetic1d({ n: 64, T: 80, seed: 5, noiseStd: 4, eigenvalue: 25 });
    const R = new Float64Array(d.T * d.n);
    for (let i = 0; i < R.length; i++) R[i] = d.Y[i] - d.trend[i];
    const rows = toRows(R, d.T, d.n);
    const rough: number[] = [];
    const rec: number[] = [];
    for (const tau1 of [1e-2, 1e1, 1e3]) {
      const fit = fitSpatialAdapter(rows, Array.from(d.coords), { K: 1, tau1, iters: 20, seed: 1 });
      rough.push(fit.diagnostics.roughness!);
      let ip = 0;
      for (let i = 0; i < d.n; i++) ip += fit.basis[i] * d.basis[i];
      rec.push(Math.abs(ip));
    }
    expect(rough[1]).toBeLessThan(rough[0]);
    expect(rough[2]).toBeLessThan(rough[1]);
    expect(rec[2]).toBeGreaterThan(rec[0]);
  });

  it('larger τ₂ gives at least as many zeros in Φ', () => {
    const { rows, coords } = smallData(6);
    const zeros = [0, 20, 200].map((tau2) => fitSpatialAdapter(rows, coords, { K: 2, tau2, iters: 10, seed: 2 }).diagnostics.sparsity);
    expect(zeros[0]).toBe(0);
    expect(zeros[1]).toBeGreaterThanOrEqual(zeros[0]);
    expect(zeros[2]).toBeGreaterThanOrEqual(zeros[1]);
    expect(zeros[2]).toBeGreaterThan(0);
  });

  it('is deterministic: the same seed gives bit-identical results; a first stage {predict, X, Y} equals passing residuals', () => {
    const { rows, coords, n } = smallData(7);
    const o = { K: 2, tau1: 1, batch: 20, iters: 25, seed: 9 };
    const a = fitSpatialAdapter(rows, coords, o);
    const b = fitSpatialAdapter(rows, coords, o);
    expect(Array.from(a.basis)).toEqual(Array.from(b.basis));
    expect(a.trace).toEqual(b.trace);
    const X = rows.map((r) => r.map((v, i) => v / 2 + i));
    const Y = rows.map((r, t) => r.map((v, i) => v + X[t][i]));
    const c = fitSpatialAdapter({ predict: (x: number[][]) => x, X, Y }, coords, o);
    for (let i = 0; i < n * 2; i++) expect(c.basis[i]).toBeCloseTo(a.basis[i], 10);
  });

  it('rejects bad input with QuireError naming the argument', () => {
    const { rows, coords } = smallData(8, 10, 5);
    expect(() => fitSpatialAdapter(rows, coords, { K: 10 })).toThrow(/K = 10 must be less than the number of sites N = 10/);
    expect(() => fitSpatialAdapter(rows, coords, { tau1: -1 })).toThrow(/fitSpatialAdapter: tau1 must be in \[0/);
    expect(() => fitSpatialAdapter(rows, coords, { rho: 0 })).toThrow(/rho must be in \(0/);
    expect(() => fitSpatialAdapter(rows, coords, { K: 1.5 })).toThrow(/K must be an integer/);
    expect(() => fitSpatialAdapter(rows, coords, { bogus: 1 } as never)).toThrow(/unknown option 'bogus'/);
    expect(() =>
      fitSpatialAdapter(
        rows.map((r) => r.slice(1)),
        coords,
      ),
    ).toThrow(/residuals row 0 has 9 entries, expected 10/);
    const bad = rows.map((r) => r.slice());
    bad[2][3] = Number.NaN;
    expect(() => fitSpatialAdapter(bad, coords)).toThrow(/residuals\[2\]\[3\] must be a finite number/);
    expect(() => fitSpatialAdapter([rows[0]], coords)).toThrow(/at least 2 time points/);
    expect(() => fitSpatialAdapter(rows, coords.slice(1))).toThrow(/expected 9/);
    expect(() => fitSpatialAdapter({ predict: () => [[1]], X: null, Y: rows }, coords)).toThrow(/predict\(X\) returned 1 rows, expected 5/);
  });
});
