import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../core/rng.js';
import { solveLyapunov, solveStein, lyapunovKronKernel, steinKronKernel } from './lyapunov.js';
import { type Mat, toMat } from '../core/linalg.js';

const at = (m: Mat | null, i = 0, j = 0): number => (m as Mat).data[i * (m as Mat).cols + j];

function randomMatrix(rng: Rng, n: number, m = n): number[][] {
  return Array.from({ length: n }, () => Array.from({ length: m }, () => rng.normal(0, 1)));
}

function scaleTo(A: number[][], radius: number): number[][] {
  const n = A.length;
  let nrm = 0;
  for (let j = 0; j < n; j++)
    nrm = Math.max(
      nrm,
      A.reduce((s, r) => s + Math.abs(r[j]), 0),
    );
  return A.map((r) => r.map((x) => (x * radius) / nrm));
}

describe('solveStein (squared Smith)', () => {
  it('scalar closed form x = m/(1 − f²)', () => {
    expect(at(solveStein([[0.5]], [[1]]), 0, 0)).toBeCloseTo(4 / 3, 14);
    expect(at(solveStein([[-0.9]], [[2]]), 0, 0)).toBeCloseTo(2 / (1 - 0.81), 12);
  });

  it('agrees with the Kronecker solve on random stable F (non-symmetric M too)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 1e6 }), (n, seed) => {
        const rng = new Rng(seed);
        const F = scaleTo(randomMatrix(rng, n), 0.97);
        const M = randomMatrix(rng, n);
        const X = solveStein(F, M);
        const Y = steinKronKernel(toMat('t', 'F', F), toMat('t', 'M', M));
        expect(Y).not.toBeNull();
        const y = (Y as { data: Float64Array }).data;
        let err = 0;
        let nrm = 0;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            err = Math.max(err, Math.abs(at(X, i, j) - y[i * n + j]));
            nrm = Math.max(nrm, Math.abs(y[i * n + j]));
          }
        }
        expect(err).toBeLessThan(1e-10 * Math.max(1, nrm));
      }),
      { seed: 42, numRuns: 50 },
    );
  });

  it('rejects an unstable F and bad shapes', () => {
    expect(() => solveStein([[1.5]], [[1]])).toThrow(/solveStein: F must be Schur stable/);
    expect(() => solveStein([[0.5, 0]], [[1]])).toThrow(/solveStein: F must be square/);
    expect(() => solveStein([[0.5]], [[1, 0]])).toThrow(/solveStein: M is 1×2, expected 1×1/);
    expect(() => solveStein([[Number.NaN]], [[1]])).toThrow(/must be a finite number/);
  });
});

describe('solveLyapunov (Cayley + Smith)', () => {
  it('scalar closed form x = m/(−2a)', () => {
    expect(at(solveLyapunov([[-1]], [[2]]), 0, 0)).toBeCloseTo(1, 14);
    expect(at(solveLyapunov([[-0.01]], [[1]]), 0, 0)).toBeCloseTo(50, 9);
  });

  it('agrees with the Kronecker solve on random Hurwitz A', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 1e6 }), (n, seed) => {
        const rng = new Rng(seed);
        const A0 = randomMatrix(rng, n);
        // shift to make A Hurwitz: A = A0 − (‖A0‖₁ + 0.1)·I
        let nrm = 0;
        for (let j = 0; j < n; j++)
          nrm = Math.max(
            nrm,
            A0.reduce((s, r) => s + Math.abs(r[j]), 0),
          );
        const A = A0.map((r, i) => r.map((x, j) => x - (i === j ? nrm + 0.1 : 0)));
        const M = randomMatrix(rng, n);
        const X = solveLyapunov(A, M);
        const Y = lyapunovKronKernel(toMat('t', 'A', A), toMat('t', 'M', M)) as { data: Float64Array };
        let err = 0;
        let sc = 0;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            err = Math.max(err, Math.abs(at(X, i, j) - Y.data[i * n + j]));
            sc = Math.max(sc, Math.abs(Y.data[i * n + j]));
          }
        }
        expect(err).toBeLessThan(1e-9 * Math.max(1, sc));
      }),
      { seed: 42, numRuns: 50 },
    );
  });

  it('rejects a non-Hurwitz A', () => {
    expect(() => solveLyapunov([[0.3]], [[1]])).toThrow(/solveLyapunov: A must be Hurwitz/);
  });
});
