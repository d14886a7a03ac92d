import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../core/rng.js';
import { careGainDerivative, dareGainDerivative } from './sensitivity.js';
import { solveCARE, solveDARE } from './riccati.js';
import { type Mat, addScaled, frob, scale } from '../core/linalg.js';

const at = (m: Mat | null, i = 0, j = 0): number => (m as Mat).data[i * (m as Mat).cols + j];

type M = number[][];
const axpy = (a: M, d: M, h: number): M => a.map((r, i) => r.map((x, j) => x + h * d[i][j]));
const randM = (rng: Rng, n: number, m: number, s = 1): M =>
  Array.from({ length: n }, () => Array.from({ length: m }, () => rng.normal(0, s)));
const sym = (a: M): M => a.map((r, i) => r.map((x, j) => 0.5 * (x + a[j][i])));

describe('Riccati gain sensitivity', () => {
  it('continuous scalar closed form dK/dq = (b/r)/(2√(a² + qs)), s = b²/r (notes §B4.3)', () => {
    for (const [a, b, q, r] of [
      [0, 1, 1, 1],
      [1, 2, 3, 0.5],
      [-2, 0.5, 0.3, 4],
    ]) {
      const s = (b * b) / r;
      const { dK } = careGainDerivative([[a]], [[b]], [[q]], [[r]], { dQ: [[1]] });
      expect(at(dK, 0, 0)).toBeCloseTo(b / r / (2 * Math.sqrt(a * a + q * s)), 10);
    }
  });

  it('continuous game with a = 0: the ratio H∞/LQR of |dK/dq| is 1/√(1 − r d²/(b²γ²)) (notes §B4.3)', () => {
    const [b, d, q, r] = [1.3, 0.7, 2, 0.8];
    const l = at(careGainDerivative([[0]], [[b]], [[q]], [[r]], { dQ: [[1]] }).dK, 0, 0);
    for (const gamma of [0.6, 1, 3]) {
      // the game: B̃ = [b d], R̃ = diag(r, −γ²); K on u is the first row
      const h = at(
        careGainDerivative(
          [[0]],
          [[b, d]],
          [[q]],
          [
            [r, 0],
            [0, -gamma * gamma],
          ],
          { dQ: [[1]] },
        ).dK,
        0,
        0,
      );
      expect(h / l).toBeCloseTo(1 / Math.sqrt(1 - (r * d * d) / (b * b * gamma * gamma)), 9);
    }
  });

  it('discrete: analytic dK matches central finite differences in random directions (dA, dB, dQ, dR)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 1e6 }), (n, m, seed) => {
        const rng = new Rng(seed);
        const A = randM(rng, n, n, 0.5);
        const B = randM(rng, n, m);
        const C = randM(rng, n, n);
        const Q = C.map((r, i) => r.map((_, j) => C[i].reduce((s, x, k) => s + x * C[j][k], 0) + (i === j ? 0.5 : 0)));
        const R = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => (i === j ? 1 : 0)));
        const dA = randM(rng, n, n);
        const dB = randM(rng, n, m);
        const dQ = sym(randM(rng, n, n));
        const dR = sym(randM(rng, m, m, 0.2));
        const { dK } = dareGainDerivative(A, B, Q, R, { dA, dB, dQ, dR });
        const h = 1e-5;
        const Kp = solveDARE(axpy(A, dA, h), axpy(B, dB, h), axpy(Q, dQ, h), axpy(R, dR, h)).K;
        const Km = solveDARE(axpy(A, dA, -h), axpy(B, dB, -h), axpy(Q, dQ, -h), axpy(R, dR, -h)).K;
        const fd = scale(addScaled(Kp, Km, -1), 1 / (2 * h));
        expect(frob(addScaled(fd, dK, -1))).toBeLessThan(1e-5 * Math.max(1, frob(dK)));
      }),
      { seed: 42, numRuns: 30 },
    );
  });

  it('continuous: analytic dK matches central finite differences, including the indefinite game R', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 1e6 }), (n, seed) => {
        const rng = new Rng(seed);
        const A = randM(rng, n, n, 0.5);
        const B = randM(rng, n, 2);
        const Q = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 + rng.uniform() : 0)));
        // second input column is a disturbance with a large γ (γ² = 25): R̃ = diag(1, −25)
        const R = [
          [1, 0],
          [0, -25],
        ];
        let base;
        try {
          base = solveCARE(A, B, Q, R);
        } catch {
          return; // this γ is infeasible for this draw
        }
        void base;
        const dQ = sym(randM(rng, n, n));
        const dR = [
          [0.3, 0],
          [0, -1],
        ];
        const { dK } = careGainDerivative(A, B, Q, R, { dQ, dR });
        const h = 1e-5;
        const Kp = solveCARE(A, B, axpy(Q, dQ, h), axpy(R, dR, h)).K;
        const Km = solveCARE(A, B, axpy(Q, dQ, -h), axpy(R, dR, -h)).K;
        const fd = scale(addScaled(Kp, Km, -1), 1 / (2 * h));
        expect(frob(addScaled(fd, dK, -1))).toBeLessThan(1e-5 * Math.max(1, frob(dK)));
      }),
      { seed: 42, numRuns: 30 },
    );
  });

  it('rejects a perturbation of the wrong shape', () => {
    expect(() => dareGainDerivative([[1.2]], [[0.7]], [[2]], [[0.5]], { dQ: [[1, 0]] })).toThrow(
      /dareGainDerivative: dQ is 1×2, expected 1×1/,
    );
    expect(() => careGainDerivative([[1]], [[0]], [[1]], [[1]], { dQ: [[1]] })).toThrow(/no stabilizing solution/);
  });
});
