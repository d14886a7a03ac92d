/**
 * General eig, SVD, QR and least squares (linalg-eig.ts, linalg-svd.ts, linalg-qr.ts): scipy
 * fixtures (fixtures/dense.py) and properties — orthogonality, reconstruction, ordering — on
 * random, ill-conditioned (Hilbert), rank-deficient, defective (Jordan), graded, zero, 1×1 and
 * extreme-scale inputs, on both sides of the blocked-QR threshold.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as la from './linalg.js';
import { QR_BLOCK_MIN } from './linalg-qr.js';
import { Rng } from './rng.js';
import { QuireError } from './errors.js';

const fx = JSON.parse(readFileSync(new URL('./fixtures/dense.json', import.meta.url), 'utf8'));
const EPS = 2.220446049250313e-16;

function randn(r: Rng, m: number, n: number): la.Mat {
  return la.mat(m, n, r.fillNormal(new Float64Array(m * n)));
}
function maxAbs(a: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]));
  return d;
}
function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}
/** max |QᵀQ − I| */
function orthErr(Q: la.Mat): number {
  const G = la.matmul(la.transpose(Q), Q);
  return maxAbsDiff(G.data, la.eye(Q.cols).data);
}
function svdCheck(A: la.Mat, full: boolean): { rec: number; u: number; v: number; s: Float64Array } {
  const { U, s, V } = la.svd(A, { full });
  const k = Math.min(A.rows, A.cols);
  expect([U.rows, U.cols, V.rows, V.cols, s.length]).toEqual(full ? [A.rows, A.rows, A.cols, A.cols, k] : [A.rows, k, A.cols, k, k]);
  const S = la.mat(U.cols, V.cols);
  for (let i = 0; i < k; i++) S.data[i * V.cols + i] = s[i];
  const rec = la.matmul(la.matmul(U, S), la.transpose(V));
  return { rec: maxAbsDiff(rec.data, A.data), u: orthErr(U), v: orthErr(V), s };
}
/** max over columns of ‖A·v − λ·v‖ for the complex eigenpairs. */
function eigResidual(A: la.Mat, e: la.Eig): number {
  const n = A.rows;
  const { re: VR, im: VI } = e.vectors as { re: la.Mat; im: la.Mat };
  const AR = la.matmul(A, VR);
  const AI = la.matmul(A, VI);
  let err = 0;
  for (let j = 0; j < n; j++) {
    let nv = 0;
    for (let i = 0; i < n; i++) nv = Math.hypot(nv, VR.data[i * n + j], VI.data[i * n + j]);
    expect(nv).toBeCloseTo(1, 12);
    for (let i = 0; i < n; i++) {
      const vr = VR.data[i * n + j];
      const vi = VI.data[i * n + j];
      err = Math.max(
        err,
        Math.abs(AR.data[i * n + j] - (vr * e.re[j] - vi * e.im[j])),
        Math.abs(AI.data[i * n + j] - (vr * e.im[j] + vi * e.re[j])),
      );
    }
  }
  return err;
}
function sortedPairs(re: ArrayLike<number>, im: ArrayLike<number>): [number, number][] {
  return Array.from(re, (x, i): [number, number] => [x, im[i]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe('linalg.eig (general)', () => {
  it('matches scipy.linalg.eigvals (fixtures: random-like, Frank, rotation, graded, 1×1, zero)', () => {
    for (const key of ['sin6', 'sin9', 'frank8', 'rot', 'graded6', 'one', 'zero3']) {
      const c = fx.eig[key];
      const A = la.fromRows(c.A);
      const scale = la.normFro(A) || 1;
      // Frank's small eigenvalues are ill-conditioned (κ up to ~1e5 at n = 8)
      const tol = (key === 'frank8' ? 1e-10 : 1e-13) * scale;
      const e = la.eig(A);
      const got = sortedPairs(e.re, e.im);
      got.forEach(([r, i], j) => {
        expect(Math.abs(r - c.re[j]), `${key} re[${j}]`).toBeLessThanOrEqual(tol);
        expect(Math.abs(i - c.im[j]), `${key} im[${j}]`).toBeLessThanOrEqual(tol);
      });
      expect(eigResidual(A, e), key).toBeLessThanOrEqual(1e-13 * scale);
      const v = la.eigvals(A);
      expect(maxAbsDiff(Float64Array.from(v.re).sort(), Float64Array.from(e.re).sort())).toBeLessThanOrEqual(1e-13 * scale);
    }
  });

  it('a Jordan block (defective): eigenvalues within ε^(1/n) of λ, complex pairs conjugate', () => {
    const c = fx.eig.jordan4;
    const e = la.eig(la.fromRows(c.A));
    for (let j = 0; j < 4; j++) expect(Math.hypot(e.re[j] - 2, e.im[j])).toBeLessThanOrEqual(4 * EPS ** 0.25);
    let sum = 0;
    for (let j = 0; j < 4; j++) sum += e.re[j];
    expect(sum).toBeCloseTo(8, 13); // the trace
  });

  it('pairs come adjacent, Im > 0 first, and the second vector is the conjugate of the first', () => {
    const e = la.eig(la.mat(2, 2, [0, 1, -1, 0]));
    expect(Array.from(e.re)).toEqual([0, 0]);
    expect(Array.from(e.im)).toEqual([1, -1]);
    const { re, im } = e.vectors as { re: la.Mat; im: la.Mat };
    for (let i = 0; i < 2; i++) {
      expect(re.data[i * 2]).toBe(re.data[i * 2 + 1]);
      expect(im.data[i * 2]).toBe(-im.data[i * 2 + 1]);
    }
  });

  it('property: trace and residuals on random, scaled and triangular matrices (n up to 40)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom(1, 1e-250, 1e250, 1e-310),
        fc.boolean(),
        (n, seed, sc, tri) => {
          const r = new Rng(seed);
          const A = randn(r, n, n);
          if (tri) for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) A.data[i * n + j] = 0;
          for (let i = 0; i < n * n; i++) A.data[i] *= sc;
          const e = la.eig(A);
          const scale = la.normFro(A);
          let tr = 0;
          let sre = 0;
          let sim = 0;
          for (let i = 0; i < n; i++) {
            tr += A.data[i * n + i];
            sre += e.re[i];
            sim += e.im[i];
          }
          expect(Math.abs(sre - tr)).toBeLessThanOrEqual(1e-12 * n * scale);
          expect(Math.abs(sim)).toBeLessThanOrEqual(1e-12 * n * scale);
          if (sc >= 1e-250) expect(eigResidual(A, e)).toBeLessThanOrEqual(1e-12 * n * scale);
          if (tri) {
            const d = Array.from({ length: n }, (_, i) => A.data[i * n + i]).sort((p, q) => p - q);
            expect(maxAbsDiff(Float64Array.from(e.re).sort(), d)).toBeLessThanOrEqual(1e-13 * scale);
          }
        },
      ),
      { seed: 21, numRuns: 60 },
    );
  });

  it('terminates on matrices mixing ±1e±300 and subnormal entries (ml-matrix did not)', () => {
    const vals = [0, 1e300, -1e-300, 5e-324, 1, -2.2e-308, 1e-300, -1e300];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.array(fc.constantFrom(...vals), { minLength: 49, maxLength: 49 }), (n, d) => {
        const A = la.mat(n, n, d.slice(0, n * n));
        const e = la.eigvals(A);
        expect(e.re.every(Number.isFinite) && e.im.every(Number.isFinite)).toBe(true);
        const s = la.svdvals(A);
        expect(s.every(Number.isFinite)).toBe(true);
        const { R } = la.qr(A);
        expect(R.data.every(Number.isFinite)).toBe(true);
      }),
      { seed: 21, numRuns: 200 },
    );
  });

  it('rejects non-square and non-finite A with a QuireError naming A; 0×0 gives empty', () => {
    expect(() => la.eig(la.mat(2, 3))).toThrow(/eig: A must be square/);
    expect(() => la.eig(la.mat(2, 2, [1, NaN, 0, 1]))).toThrow(QuireError);
    expect(() => la.eig(la.mat(2, 2, [1, Infinity, 0, 1]))).toThrow(/eig: A has a non-finite entry at \(0, 1\)/);
    expect(la.eig(la.mat(0, 0)).re.length).toBe(0);
  });
});

describe('linalg.svd', () => {
  it('matches scipy.linalg.svdvals (fixtures: tall, wide, Hilbert, rank 2, graded, 1×1, row, zero)', () => {
    for (const [key, c] of Object.entries(fx.svd) as [string, { A: number[][]; s: number[] }][]) {
      const A = la.fromRows(c.A);
      const s0 = c.s[0] || 1;
      for (const full of [false, true]) {
        const { rec, u, v, s } = svdCheck(A, full);
        expect(maxAbsDiff(s, c.s), key).toBeLessThanOrEqual(1e-14 * Math.max(A.rows, A.cols) * s0);
        expect(rec, key).toBeLessThanOrEqual(1e-14 * Math.max(A.rows, A.cols) * s0);
        expect(u, key).toBeLessThanOrEqual(1e-14 * Math.max(A.rows, A.cols));
        expect(v, key).toBeLessThanOrEqual(1e-14 * Math.max(A.rows, A.cols));
      }
      expect(maxAbsDiff(la.svdvals(A), c.s)).toBeLessThanOrEqual(1e-14 * Math.max(A.rows, A.cols) * s0);
    }
  });

  it('property: s descending ≥ 0, U·S·Vᵀ = A, UᵀU = VᵀV = I, thin and full, tall and wide, any scale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom(1, 1e-300, 1e300),
        fc.integer({ min: 0, max: 3 }),
        (m, n, seed, sc, rank) => {
          const r = new Rng(seed);
          // rank 0 means full rank; otherwise a product of m×rank and rank×n factors
          let A = rank === 0 ? randn(r, m, n) : la.matmul(randn(r, m, rank), randn(r, rank, n));
          A = la.mat(
            m,
            n,
            A.data.map((x) => x * sc),
          );
          const full = (seed & 1) === 1;
          const { rec, u, v, s } = svdCheck(A, full);
          const nrm = la.normFro(A);
          for (let i = 0; i < s.length; i++) expect(s[i]).toBeGreaterThanOrEqual(0);
          for (let i = 1; i < s.length; i++) expect(s[i]).toBeLessThanOrEqual(s[i - 1]);
          expect(rec).toBeLessThanOrEqual(1e-13 * Math.max(m, n) * nrm);
          expect(u).toBeLessThanOrEqual(1e-13 * Math.max(m, n));
          expect(v).toBeLessThanOrEqual(1e-13 * Math.max(m, n));
          if (rank > 0) for (let i = rank; i < s.length; i++) expect(s[i]).toBeLessThanOrEqual(1e-13 * Math.max(m, n) * s[0]);
          // ‖A‖_F² = Σ s²
          let ss = 0;
          for (const x of s) ss += (x / nrm) ** 2;
          expect(Math.sqrt(ss)).toBeCloseTo(1, 12);
        },
      ),
      { seed: 21, numRuns: 80 },
    );
  });

  it('U and V formed in gemm panels (≥ 96 reflectors): U·S·Vᵀ = A, orthonormal, s as svdvals; tall, wide, rank-deficient, thin and full', () => {
    const r = new Rng(5);
    for (const [m, n, rank] of [
      [150, 120, 0],
      [120, 210, 0],
      [160, 160, 40],
      [97, 300, 0],
    ]) {
      const A = rank === 0 ? randn(r, m, n) : la.matmul(randn(r, m, rank), randn(r, rank, n));
      const nrm = la.normFro(A);
      const vals = la.svdvals(A);
      for (const full of [false, true]) {
        const { rec, u, v, s } = svdCheck(A, full);
        const key = `${m}×${n} rank ${rank || 'full'} ${full ? 'full' : 'thin'}`;
        expect(rec, key).toBeLessThanOrEqual(1e-14 * Math.max(m, n) * nrm);
        expect(u, key).toBeLessThanOrEqual(1e-14 * Math.max(m, n));
        expect(v, key).toBeLessThanOrEqual(1e-14 * Math.max(m, n));
        expect(maxAbsDiff(s, vals), key).toBeLessThanOrEqual(1e-14 * Math.max(m, n) * vals[0]);
        if (rank > 0) expect(s[rank], key).toBeLessThanOrEqual(1e-13 * Math.max(m, n) * s[0]);
      }
    }
  });

  it('the same bits from the WebAssembly kernels (bidiag, rotSweeps) and their TypeScript twins (bidiagTs, rotSweepsTs)', () => {
    const r = new Rng(8);
    for (const [m, n] of [
      [20, 20],
      [130, 60],
      [40, 170],
    ]) {
      const A = randn(r, m, n);
      const prev = la.setBackend('wasm');
      try {
        const w = la.svd(A, { full: true });
        la.setBackend('ts');
        const t = la.svd(A, { full: true });
        expect(la.backend()).toBe('ts');
        expect(Array.from(w.s)).toEqual(Array.from(t.s));
        expect(Array.from(w.U.data)).toEqual(Array.from(t.U.data));
        expect(Array.from(w.V.data)).toEqual(Array.from(t.V.data));
      } finally {
        la.setBackend(prev);
      }
    }
  });

  it('eig: the same bits from the WebAssembly kernels (hessenberg, hqrIter) and the TypeScript loops', () => {
    const r = new Rng(12);
    for (const n of [16, 45, 90]) {
      const A = randn(r, n, n);
      // integer entries too: repeated and complex eigenvalues, exceptional shifts
      const B = la.mat(
        n,
        n,
        A.data.map((x) => Math.round(2 * x)),
      );
      for (const M of [A, B]) {
        const prev = la.setBackend('wasm');
        try {
          const w = la.eig(M);
          la.setBackend('ts');
          const t = la.eig(M);
          expect(Array.from(w.re)).toEqual(Array.from(t.re));
          expect(Array.from(w.im)).toEqual(Array.from(t.im));
          expect(Array.from(w.vectors?.re.data ?? [])).toEqual(Array.from(t.vectors?.re.data ?? []));
          expect(Array.from(w.vectors?.im.data ?? [])).toEqual(Array.from(t.vectors?.im.data ?? []));
          expect(Array.from(la.eigvals(M).re)).toEqual(Array.from(t.re));
        } finally {
          la.setBackend(prev);
        }
      }
    }
  });

  it('rejects empty and non-finite A with a QuireError naming A', () => {
    expect(() => la.svd(la.mat(0, 3))).toThrow(/svd: A must be non-empty/);
    expect(() => la.svd(la.mat(1, 2, [1, NaN]))).toThrow(/svd: A has a non-finite entry/);
    expect(() => la.svdvals(la.mat(1, 2, [-Infinity, 1]))).toThrow(QuireError);
  });
});

describe('linalg.qr and lstsq', () => {
  it('matches scipy.linalg.qr |diag R| and the pivot order (fixtures)', () => {
    for (const [key, c] of Object.entries(fx.qr) as [
      string,
      { A: number[][]; absRdiag: number[]; absRdiagPivoted: number[]; perm: number[] },
    ][]) {
      const A = la.fromRows(c.A);
      const tol = 1e-14 * la.normFro(A) * Math.max(A.rows, A.cols);
      const { R } = la.qr(A);
      const d = Array.from({ length: Math.min(R.rows, R.cols) }, (_, i) => Math.abs(R.data[i * R.cols + i]));
      expect(maxAbsDiff(d, c.absRdiag), key).toBeLessThanOrEqual(tol);
      const P = la.qr(A, { pivoting: true });
      const dp = Array.from({ length: Math.min(P.R.rows, P.R.cols) }, (_, i) => Math.abs(P.R.data[i * P.R.cols + i]));
      expect(maxAbsDiff(dp, c.absRdiagPivoted), key).toBeLessThanOrEqual(tol);
      // the pivot order is determined while |R_ii| is above the noise (rank 2 for rank2_6x5)
      const firm = key === 'rank2_6x5' ? 2 : c.perm.length;
      expect(Array.from(P.perm).slice(0, firm), key).toEqual(c.perm.slice(0, firm));
    }
  });

  it('property: Q·R = A·P, QᵀQ = I, R upper with |R_ii| non-increasing under pivoting; blocked and unblocked sizes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<[number, number]>(
          [1, 1],
          [5, 3],
          [3, 5],
          [9, 9],
          [QR_BLOCK_MIN + 37, QR_BLOCK_MIN + 5],
          [QR_BLOCK_MIN + 5, QR_BLOCK_MIN + 40],
          [40, 12],
        ),
        fc.integer({ min: 0, max: 1e6 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(1, 1e-300, 1e300),
        ([m, n], seed, full, pivoting, sc) => {
          const r = new Rng(seed);
          const A = la.mat(
            m,
            n,
            randn(r, m, n).data.map((x) => x * sc),
          );
          const { Q, R, perm } = la.qr(A, { full, pivoting });
          const k = full ? m : Math.min(m, n);
          expect([Q.rows, Q.cols, R.rows, R.cols]).toEqual([m, k, k, n]);
          const AP = la.mat(m, n);
          for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) AP.data[i * n + j] = A.data[i * n + perm[j]];
          const nrm = la.normFro(A);
          expect(maxAbsDiff(la.matmul(Q, R).data, AP.data)).toBeLessThanOrEqual(1e-14 * Math.max(m, n) * nrm);
          expect(orthErr(Q)).toBeLessThanOrEqual(1e-14 * Math.max(m, n));
          for (let i = 0; i < R.rows; i++) for (let j = 0; j < Math.min(i, n); j++) expect(R.data[i * n + j]).toBe(0);
          if (pivoting) {
            for (let i = 1; i < Math.min(m, n); i++) {
              expect(Math.abs(R.data[i * n + i])).toBeLessThanOrEqual(Math.abs(R.data[(i - 1) * n + i - 1]) * (1 + 1e-12));
            }
          }
        },
      ),
      { seed: 21, numRuns: 60 },
    );
  });

  it('lstsq matches numpy.linalg.lstsq (full rank, rank-deficient: minimum norm, wide)', () => {
    for (const [key, c] of Object.entries(fx.lstsq) as [string, { A: number[][]; B: number[][]; X: number[][]; rank: number }][]) {
      const { X, rank } = la.lstsq(la.fromRows(c.A), la.fromRows(c.B));
      expect(rank, key).toBe(c.rank);
      expect(maxAbsDiff(X.data, la.fromRows(c.X).data), key).toBeLessThanOrEqual(1e-12 * maxAbs(X.data));
    }
  });

  it('lstsq: the residual is orthogonal to the columns of A (normal equations), Hilbert 12×6', () => {
    const A = la.fromRows(fx.svd.hilbert12x6.A);
    const b = la.mat(
      12,
      1,
      Float64Array.from({ length: 12 }, (_, i) => Math.cos(i)),
    );
    const { X, rank } = la.lstsq(A, b);
    expect(rank).toBe(6);
    const res = la.addScaled(la.matmul(A, X), b, -1);
    // backward-stable bound: ‖Aᵀr‖ ≲ c·ε·‖A‖·(‖A‖·‖x‖ + ‖b‖), here ‖x‖ ≈ 1e6 (κ(A) ≈ 1.5e7)
    const nA = la.normFro(A);
    const bound = 12 * 6 * EPS * nA * (nA * la.normFro(X) + la.normFro(b));
    expect(maxAbs(la.matmul(la.transpose(A), res).data)).toBeLessThanOrEqual(bound);
  });

  it('rejects empty, mismatched and non-finite input with a QuireError naming the argument', () => {
    expect(() => la.qr(la.mat(0, 2))).toThrow(/qr: A must be non-empty/);
    expect(() => la.qr(la.mat(1, 1, [NaN]))).toThrow(/qr: A has a non-finite entry/);
    expect(() => la.lstsq(la.mat(2, 2, [1, 0, 0, 1]), la.mat(3, 1))).toThrow(/lstsq: B has 3 rows/);
    expect(() => la.lstsq(la.mat(2, 2, [1, 0, 0, 1]), la.mat(2, 1, [1, Infinity]))).toThrow(/lstsq: B has non-finite/);
  });
});
