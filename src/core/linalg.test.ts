import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { Matrix } from 'ml-matrix';
import * as la from './linalg.js';
import { Rng } from './rng.js';
import { QuireError } from './errors.js';

const fixtures = JSON.parse(readFileSync(new URL('./fixtures/expm.json', import.meta.url), 'utf8'));

function randn(r: Rng, m: number, n: number): Matrix {
  return la.fromRowMajor(r.fillNormal(new Float64Array(m * n)), m, n);
}
function maxAbsDiff(a: Matrix, b: Matrix): number {
  let d = 0;
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.columns; j++) d = Math.max(d, Math.abs(a.get(i, j) - b.get(i, j)));
  return d;
}

describe('linalg', () => {
  const r = new Rng(1);

  it('matmul agrees with ml-matrix mmul (cross-check) and gemm on flat arrays', () => {
    const A = randn(r, 17, 9);
    const B = randn(r, 9, 13);
    expect(maxAbsDiff(la.matmul(A, B), A.mmul(B))).toBeLessThan(1e-12);
    const C = la.gemm(la.toRowMajor(A), la.toRowMajor(B), 17, 9, 13);
    expect(maxAbsDiff(la.fromRowMajor(C, 17, 13), A.mmul(B))).toBeLessThan(1e-12);
    expect(() => la.matmul(A, A)).toThrow(QuireError);
  });

  it('gemm equals a naive triple loop for every edge shape (m, n mod 4; property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 11 }), (m, k, n) => {
        const A = r.fillNormal(new Float64Array(m * k));
        const B = r.fillNormal(new Float64Array(k * n));
        const C = la.gemm(A, B, m, k, n);
        for (let i = 0; i < m; i++)
          for (let j = 0; j < n; j++) {
            let s = 0;
            for (let p = 0; p < k; p++) s += A[i * k + p] * B[p * n + j];
            expect(Math.abs(C[i * n + j] - s)).toBeLessThan(1e-12);
          }
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('solve gives a small residual; singular A throws QuireError', () => {
    const A = randn(r, 8, 8);
    const b = randn(r, 8, 2);
    const x = la.solve(A, b);
    expect(maxAbsDiff(la.matmul(A, x), b)).toBeLessThan(1e-10);
    expect(() =>
      la.solve(
        la.matrix([
          [1, 2],
          [2, 4],
        ]),
        la.eye(2),
      ),
    ).toThrow(QuireError);
  });

  it('cholesky reconstructs SPD matrices and rejects indefinite ones', () => {
    const G = randn(r, 6, 6);
    const S = la.matmul(G, G.transpose()).add(la.eye(6));
    const L = la.cholesky(S);
    expect(maxAbsDiff(la.matmul(L, L.transpose()), S)).toBeLessThan(1e-10);
    expect(() =>
      la.cholesky(
        la.matrix([
          [1, 2],
          [2, 1],
        ]),
      ),
    ).toThrow(/positive definite/);
    const x = la.choleskySolve(S, la.eye(6));
    expect(maxAbsDiff(la.matmul(S, x), la.eye(6))).toBeLessThan(1e-10);
  });

  it('eigSym: ascending values, orthonormal vectors, A V = V Λ', () => {
    const G = randn(r, 10, 10);
    const S = G.add(G.transpose());
    const { values, vectors } = la.eigSym(S);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
    expect(maxAbsDiff(la.matmul(vectors.transpose(), vectors), la.eye(10))).toBeLessThan(1e-10);
    expect(maxAbsDiff(la.matmul(S, vectors), la.matmul(vectors, la.diag(values)))).toBeLessThan(1e-9);
    // closed form: eigenvalues of [[2,1],[1,2]] are 1 and 3
    expect(
      Array.from(
        la.eigSym(
          la.matrix([
            [2, 1],
            [1, 2],
          ]),
        ).values,
      ),
    ).toEqual([expect.closeTo(1, 12), expect.closeTo(3, 12)]);
  });

  it('svd reconstructs A with descending singular values; qr gives orthonormal Q and upper R', () => {
    const A = randn(r, 9, 5);
    const { U, s, V } = la.svd(A);
    for (let i = 1; i < s.length; i++) expect(s[i]).toBeLessThanOrEqual(s[i - 1]);
    expect(maxAbsDiff(la.matmul(la.matmul(U, la.diag(s)), V.transpose()), A)).toBeLessThan(1e-10);
    const { Q, R } = la.qr(A);
    expect(maxAbsDiff(la.matmul(Q, R), A)).toBeLessThan(1e-10);
    expect(maxAbsDiff(la.matmul(Q.transpose(), Q), la.eye(5))).toBeLessThan(1e-10);
    for (let i = 0; i < R.rows; i++) for (let j = 0; j < i; j++) expect(Math.abs(R.get(i, j))).toBeLessThan(1e-12);
  });

  it('expm: rotation generator (closed form)', () => {
    for (const t of [1e-3, 0.3, 1, 7, 40]) {
      const E = la.expm(
        la.matrix([
          [0, t],
          [-t, 0],
        ]),
      );
      expect(E.get(0, 0)).toBeCloseTo(Math.cos(t), 12);
      expect(E.get(0, 1)).toBeCloseTo(Math.sin(t), 12);
      expect(E.get(1, 0)).toBeCloseTo(-Math.sin(t), 12);
    }
  });

  it('expm: nilpotent and diagonal closed forms', () => {
    const N = la.expm(
      la.matrix([
        [0, 1, 0],
        [0, 0, 1],
        [0, 0, 0],
      ]),
    );
    expect(
      maxAbsDiff(
        N,
        la.matrix([
          [1, 1, 0.5],
          [0, 1, 1],
          [0, 0, 1],
        ]),
      ),
    ).toBeLessThan(1e-14);
    const D = la.expm(la.diag([-20, 0.5, 12]));
    expect(D.get(0, 0) / Math.exp(-20)).toBeCloseTo(1, 12);
    expect(D.get(2, 2) / Math.exp(12)).toBeCloseTo(1, 12);
  });

  it('expm matches scipy.linalg.expm (fixtures), for small and large norms', () => {
    const E = la.expm(la.matrix(fixtures.A));
    expect(maxAbsDiff(E, la.matrix(fixtures.expmA))).toBeLessThan(1e-13);
    const F = la.expm(la.matrix(fixtures.B4));
    const ref = la.matrix(fixtures.expmB4);
    expect(maxAbsDiff(F, ref) / la.normFro(ref)).toBeLessThan(1e-13);
  });

  it('expm(A)·expm(−A) = I (invariant)', () => {
    const A = randn(r, 6, 6).mul(1.5);
    const P = la.matmul(la.expm(A), la.expm(A.clone().mul(-1)));
    expect(maxAbsDiff(P, la.eye(6))).toBeLessThan(1e-9);
  });

  it('rejects ragged, empty and non-finite input by name', () => {
    expect(() => la.matrix([[1, 2], [3]])).toThrow(/ragged/);
    expect(() => la.matrix([])).toThrow(/empty/);
    expect(() => la.matrix([[1, Number.NaN]])).toThrow(/rows\[0\]\[1\]/);
    expect(() => la.expm(la.matrix([[1, 2, 3]]))).toThrow(/square/);
  });
});
