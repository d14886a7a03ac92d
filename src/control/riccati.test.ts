import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../core/rng.js';
import { QuireError } from '../core/errors.js';
import { certifyStable, solveCARE, solveDARE, solveDARENewton } from './riccati.js';
import { dlqr } from './controllers.js';
import { type Mat, addScaled, frob, mat, toRows } from '../core/linalg.js';
import fixture from './fixtures/riccati.json' with { type: 'json' };

const at = (m: Mat | null, i = 0, j = 0): number => (m as Mat).data[i * (m as Mat).cols + j];

/** Scalar DARE closed form (notes §B4.1). */
function scalarDare(a: number, b: number, q: number, r: number): number {
  const c = q * b * b + a * a * r - r;
  return (c + Math.sqrt(c * c + 4 * b * b * q * r)) / (2 * b * b);
}

function randomStable(rng: Rng, n: number, radius: number): number[][] {
  const A = Array.from({ length: n }, () => Array.from({ length: n }, () => rng.normal(0, 1)));
  // scale to the requested 1-norm bound, which bounds the spectral radius
  let nrm = 0;
  for (let j = 0; j < n; j++)
    nrm = Math.max(
      nrm,
      A.reduce((s, r) => s + Math.abs(r[j]), 0),
    );
  return A.map((r) => r.map((x) => (x * radius) / nrm));
}

describe('solveDARE: closed forms (notes §B4)', () => {
  it('scalar a=1.2, b=0.7, q=2, r=0.5 gives the golden P and K', () => {
    const s = solveDARE([[1.2]], [[0.7]], [[2]], [[0.5]]);
    expect(at(s.P)).toBeCloseTo(3.1060294810801814, 13);
    expect(at(s.K)).toBeCloseTo(1.2903677279268781, 13);
    expect(s.relativeResidual).toBeLessThan(1e-14);
    expect(Math.abs(s.closedLoopEigenvalues.re[0])).toBeLessThan(1);
  });

  it('matches the scalar closed form on random scalar problems (incl. unstable a)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (a, b, q, r) => {
          const P = at(solveDARE([[a]], [[b]], [[q]], [[r]]).P);
          expect(Math.abs(P - scalarDare(a, b, q, r))).toBeLessThan(1e-10 * P);
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it('game DARE (indefinite R = diag(r, −γ²)) gives the golden values at γ = 5 and 3; γ = 1e6 recovers LQR', () => {
    const g5 = solveDARE(
      [[1.2]],
      [[0.7, 1]],
      [[2]],
      [
        [0.5, 0],
        [0, -25],
      ],
    );
    expect(at(g5.P)).toBeCloseTo(3.1446761123952034, 12);
    expect(at(g5.K)).toBeCloseTo(1.3354554644610714, 12);
    const g3 = solveDARE(
      [[1.2]],
      [[0.7, 1]],
      [[2]],
      [
        [0.5, 0],
        [0, -9],
      ],
    );
    expect(at(g3.P)).toBeCloseTo(3.2210111572042304, 12);
    expect(at(g3.K)).toBeCloseTo(1.424513016738268, 12);
    const big = solveDARE(
      [[1.2]],
      [[0.7, 1]],
      [[2]],
      [
        [0.5, 0],
        [0, -1e12],
      ],
    );
    expect(at(big.P)).toBeCloseTo(3.1060294810801814, 9);
    // P decreases monotonically in γ (notes §B4.2)
    expect(at(g3.P)).toBeGreaterThan(at(g5.P));
    expect(at(g5.P)).toBeGreaterThan(at(big.P));
  });

  it('double integrator K = [0.9170745631140932, 1.6355961850466294]', () => {
    const s = solveDARE(
      [
        [1, 0.1],
        [0, 1],
      ],
      [[0.005], [0.1]],
      [
        [1, 0],
        [0, 1],
      ],
      [[1]],
    );
    expect(at(s.K, 0, 0)).toBeCloseTo(0.9170745631140932, 12);
    expect(at(s.K, 0, 1)).toBeCloseTo(1.6355961850466294, 12);
  });
});

describe('solveDARE: cross-checks', () => {
  it('agrees with Newton (Hewer) iteration on random stable systems', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 1e6 }), (n, m, seed) => {
        const rng = new Rng(seed);
        const A = randomStable(rng, n, 0.95);
        const B = Array.from({ length: n }, () => Array.from({ length: m }, () => rng.normal(0, 1)));
        const Q = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 + rng.uniform() : 0)));
        const R = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => (i === j ? 0.5 + rng.uniform() : 0)));
        const s = solveDARE(A, B, Q, R);
        const t = solveDARENewton(A, B, Q, R);
        const scale = frob(s.P);
        expect(frob(addScaled(s.P, t.P, -1))).toBeLessThan(1e-9 * scale);
        expect(s.relativeResidual).toBeLessThan(1e-12);
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('matches scipy.linalg.solve_discrete_are / solve_continuous_are with S, E and the game (fixtures/riccati.json)', () => {
    for (const c of fixture.cases) {
      const opts = { ...(c.S ? { S: c.S } : {}), ...(c.E ? { E: c.E } : {}) };
      const s = c.kind === 'dare' ? solveDARE(c.A, c.B, c.Q, c.R, opts) : solveCARE(c.A, c.B, c.Q, c.R, opts);
      let err = 0;
      let nrm = 0;
      c.X.forEach((row, i) =>
        row.forEach((x, j) => ((err = Math.max(err, Math.abs(at(s.P, i, j) - x))), (nrm = Math.max(nrm, Math.abs(x))))),
      );
      expect(err, `${c.kind} ${c.variant}`).toBeLessThan(1e-9 * nrm);
    }
  });

  it('is bit-identical across repeated calls (determinism)', () => {
    const a = solveDARE(
      [
        [1, 0.1],
        [0, 1],
      ],
      [[0.005], [0.1]],
      [
        [1, 0],
        [0, 1],
      ],
      [[1]],
    );
    const b = solveDARE(
      [
        [1, 0.1],
        [0, 1],
      ],
      [[0.005], [0.1]],
      [
        [1, 0],
        [0, 1],
      ],
      [[1]],
    );
    expect(toRows(a.P)).toEqual(toRows(b.P));
  });
});

describe('solveCARE: closed forms (notes §B4.3)', () => {
  it('a = b = q = r = 1: P = 1 + √2; game with d = 1 at γ = 1.5 and 1.1 gives the golden P', () => {
    expect(at(solveCARE([[1]], [[1]], [[1]], [[1]]).P)).toBeCloseTo(1 + Math.SQRT2, 13);
    expect(
      at(
        solveCARE(
          [[1]],
          [[1, 1]],
          [[1]],
          [
            [1, 0],
            [0, -2.25],
          ],
        ).P,
      ),
    ).toBeCloseTo(4.044994432064365, 11);
    expect(
      at(
        solveCARE(
          [[1]],
          [[1, 1]],
          [[1]],
          [
            [1, 0],
            [0, -1.21],
          ],
        ).P,
      ),
    ).toBeCloseTo(12.00381562694965, 10);
  });

  it('matches P = (a + √(a² + qs))/s, s = b²/r − d²/γ², on random scalar games', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0.05, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: 1.05, max: 20, noNaN: true }),
        (a, b, d, q, r, rel) => {
          // γ above the threshold √r·d/|b| so that s > 0
          const gamma = (rel * Math.sqrt(r) * Math.max(d, 1e-3)) / b;
          const s = (b * b) / r - (d * d) / (gamma * gamma);
          const expected = (a + Math.sqrt(a * a + q * s)) / s;
          const P = at(
            solveCARE(
              [[a]],
              [[b, d]],
              [[q]],
              [
                [r, 0],
                [0, -gamma * gamma],
              ],
            ).P,
          );
          expect(Math.abs(P - expected)).toBeLessThan(1e-9 * expected);
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it('double integrator ẋ = [[0,1],[0,0]]x + [0,1]ᵀu, Q = diag(1,0), R = 1: K = [1, √2]', () => {
    const s = solveCARE(
      [
        [0, 1],
        [0, 0],
      ],
      [[0], [1]],
      [
        [1, 0],
        [0, 0],
      ],
      [[1]],
    );
    expect(at(s.K, 0, 0)).toBeCloseTo(1, 12);
    expect(at(s.K, 0, 1)).toBeCloseTo(Math.SQRT2, 12);
    expect(Math.max(...s.closedLoopEigenvalues.re)).toBeLessThan(0);
  });
});

describe('balancing', () => {
  it('a badly scaled CARE (state scales 10^±2.5): balancing cuts the residual and the doubling steps, same solution', () => {
    const rng = new Rng(5);
    const n = 6;
    const m = 2;
    const s = Array.from({ length: n }, (_, i) => Math.pow(10, i - 2.5));
    const A0 = Array.from({ length: n }, () => Array.from({ length: n }, () => rng.normal(0, 0.4)));
    const A = A0.map((row, i) => row.map((x, j) => (x * s[j]) / s[i]));
    const B = Array.from({ length: n }, (_, i) => Array.from({ length: m }, () => rng.normal(0, 1) / s[i]));
    const Q = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? s[i] * s[i] : 0)));
    const R = [
      [1, 0],
      [0, 1],
    ];
    const raw = solveCARE(A, B, Q, R, { balance: false });
    const bal = solveCARE(A, B, Q, R);
    expect(bal.relativeResidual).toBeLessThan(1e-12);
    expect(bal.relativeResidual).toBeLessThan(raw.relativeResidual);
    expect(bal.iterations).toBeLessThan(raw.iterations);
    expect(frob(addScaled(bal.P, raw.P, -1))).toBeLessThan(1e-6 * frob(bal.P));
    const d = solveDARE(A, B, Q, R);
    expect(d.relativeResidual).toBeLessThan(1e-13);
    expect(() => solveDARE(A, B, Q, R, { balance: 'yes' as never })).toThrow(/balance must be true or false/);
  });
});

describe('Riccati solvers: bad input', () => {
  const ok = { A: [[1.2]], B: [[0.7]], Q: [[2]], R: [[0.5]] };
  it('rejects non-square, mismatched, NaN, asymmetric and singular inputs with QuireError', () => {
    expect(() => solveDARE([[1, 2]], ok.B, ok.Q, ok.R)).toThrow(/solveDARE: A must be square/);
    expect(() => solveDARE(ok.A, [[1], [2]], ok.Q, ok.R)).toThrow(/solveDARE: B has 2 rows, expected 1/);
    expect(() =>
      solveDARE(
        ok.A,
        ok.B,
        [
          [1, 0],
          [0, 1],
        ],
        ok.R,
      ),
    ).toThrow(/solveDARE: Q is 2×2, expected 1×1/);
    expect(() => solveDARE(ok.A, ok.B, ok.Q, [[Number.NaN]])).toThrow(/solveDARE: R\[0\]\[0\] must be a finite number/);
    expect(() =>
      solveDARE(
        [
          [1, 0],
          [0, 1],
        ],
        [[1], [1]],
        [
          [1, 2],
          [0, 1],
        ],
        [[1]],
      ),
    ).toThrow(/Q must be symmetric/);
    expect(() => solveDARE(ok.A, ok.B, ok.Q, [[0]])).toThrow(/R is singular/);
    expect(() => solveCARE(ok.A, ok.B, ok.Q, ok.R, { E: [[0]] })).toThrow(/E is singular/);
    expect(() => solveCARE(ok.A, ok.B, ok.Q, ok.R, { S: [[1, 2]] })).toThrow(/S is 1×2, expected 1×1/);
    expect(() => solveDARE([], ok.B, ok.Q, ok.R)).toThrow(QuireError);
  });

  it('reports "no stabilizing solution" for an unstabilizable pair or an undetectable unstable mode', () => {
    expect(() => solveDARE([[2]], [[0]], [[1]], [[1]])).toThrow(/solveDARE: no stabilizing solution/);
    expect(() => solveCARE([[1]], [[0]], [[1]], [[1]])).toThrow(/solveCARE: no stabilizing solution/);
    // unstable mode that Q does not see: the stabilizing solution exists (P ⪰ 0 with K ≠ 0) — scipy agrees
    expect(at(solveDARE([[2]], [[1]], [[0]], [[1]]).K)).toBeCloseTo(1.5, 12);
    // continuous analogue: ẋ = x + u, q = 0: stabilizing P = 2a·r/b² = 2 (the SDA alone would return P = 0)
    expect(at(solveCARE([[1]], [[1]], [[0]], [[1]]).P)).toBeCloseTo(2, 12);
    // a two-state system whose second (unstable) mode is uncontrollable
    expect(() =>
      solveDARE(
        [
          [0.5, 0],
          [0, 1.5],
        ],
        [[1], [0]],
        [
          [1, 0],
          [0, 1],
        ],
        [[1]],
      ),
    ).toThrow(/no stabilizing solution/);
  });

  // issue 16.7: a rotation by 0.3 rad with B = e₁, Q = 0 has no stabilizing solution (the unobserved
  // modes sit on the unit circle), but P = 0 was certified: the float rotation has |λ| = 1 − 1.1e-16
  it('a rotation by 0.3 rad, B = e₁, Q = 0, R = 1 has no stabilizing solution: solveDARE, dlqr and the CARE analogue throw', () => {
    const c = Math.cos(0.3);
    const s = Math.sin(0.3);
    const A = [
      [c, -s],
      [s, c],
    ];
    const Z = [
      [0, 0],
      [0, 0],
    ];
    expect(() => solveDARE(A, [[1], [0]], Z, [[1]])).toThrow(/solveDARE: no stabilizing solution/);
    expect(() => dlqr(A, [[1], [0]], Z, [[1]])).toThrow(/dlqr: no stabilizing solution/);
    const rot = [
      [0, -1],
      [1, 0],
    ];
    expect(() => solveCARE(rot, [[1], [0]], Z, [[1]])).toThrow(/solveCARE: no stabilizing solution/);
    // with Q = I the stabilizing solution exists, and the closed loop is well inside the disc
    const ok = dlqr(
      A,
      [[1], [0]],
      [
        [1, 0],
        [0, 1],
      ],
      [[1]],
    );
    const e = ok.closedLoopEigenvalues;
    for (let i = 0; i < 2; i++) expect(Math.hypot(e.re[i], e.im[i])).toBeLessThan(0.99);
  });
});

describe('certifyStable: a stability margin justified by the conditioning', () => {
  const rot = (r: number, t: number) => mat(2, 2, Float64Array.from([r * Math.cos(t), -r * Math.sin(t), r * Math.sin(t), r * Math.cos(t)]));
  it('rejects loops within rounding of the boundary, accepts ρ = 1 − 1e-8 and Re λ = −1e-8', () => {
    expect(certifyStable(true, rot(1, 0.3)).stable).toBe(false);
    expect(certifyStable(true, rot(1 - 1e-8, 0.3)).stable).toBe(true);
    expect(certifyStable(true, rot(1.01, 0.3)).stable).toBe(false);
    expect(certifyStable(false, mat(2, 2, Float64Array.from([0, -1, 1, 0]))).stable).toBe(false);
    expect(certifyStable(false, mat(2, 2, Float64Array.from([-1e-8, -1, 1, -1e-8]))).stable).toBe(true);
  });

  it('its distance bound is a lower bound: ρ = 1 − d (normal M) gives a distance in [d/4, d]', () => {
    for (const d of [1e-2, 1e-5, 1e-9]) {
      const c = certifyStable(true, rot(1 - d, 1.1));
      expect(c.distance).toBeLessThanOrEqual(d * (1 + 1e-6));
      expect(c.distance).toBeGreaterThanOrEqual(d / 4);
    }
  });

  it('is invariant under diagonal scaling (state scales 1e±6)', () => {
    const M = rot(1 - 1e-6, 0.7);
    const T = [1e6, 1e-6];
    const S = mat(2, 2, Float64Array.from([M.data[0], (M.data[1] * T[1]) / T[0], (M.data[2] * T[0]) / T[1], M.data[3]]));
    expect(certifyStable(true, S).stable).toBe(true);
  });
});
