import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../core/rng.js';
import { closedLoopGain, dhinf, dlqr, gainSquaredAt as gainAt, gammaStar, hinf, hinfNorm, hinfNormBracket, lqr } from './controllers.js';
import { type Mat, tmul, toMat, toRows } from '../core/linalg.js';
import hinfFixture from './fixtures/hinfnorm.json' with { type: 'json' };

const DI = {
  A: [
    [1, 0.1],
    [0, 1],
  ],
  B: [[0.005], [0.1]],
  D: [
    [0.1, 0],
    [0, 0.1],
  ],
  Q: [
    [1, 0],
    [0, 1],
  ],
  R: [[1]],
};
const row = (m: Mat | null): number[] => toRows(m as Mat)[0];
const at = (m: Mat | null, i = 0, j = 0): number => (m as Mat).data[i * (m as Mat).cols + j];

describe('dlqr / lqr', () => {
  it('double integrator (notes §B4.4): K = [0.9170745631140932, 1.6355961850466294], A − BK stable', () => {
    const r = dlqr(DI.A, DI.B, DI.Q, DI.R);
    expect(row(r.K)[0]).toBeCloseTo(0.9170745631140932, 12);
    expect(row(r.K)[1]).toBeCloseTo(1.6355961850466294, 12);
    for (let i = 0; i < 2; i++) expect(Math.hypot(r.closedLoopEigenvalues.re[i], r.closedLoopEigenvalues.im[i])).toBeLessThan(1);
  });

  it('continuous scalar: K = (a + √(a² + q b²/r))/b', () => {
    const r = lqr([[1]], [[2]], [[3]], [[0.5]]);
    expect(at(r.K, 0, 0)).toBeCloseTo((1 + Math.sqrt(1 + (3 * 4) / 0.5)) / 2, 12);
  });

  it('rejects R that is not positive definite', () => {
    expect(() => dlqr(DI.A, DI.B, DI.Q, [[-1]])).toThrow(/dlqr: R must be symmetric positive definite/);
    expect(() => lqr([[1]], [[1]], [[1]], [[0]])).toThrow(/lqr: R must be symmetric positive definite/);
  });
});

describe('dhinf / hinf (game Riccati)', () => {
  it('scalar plant with D = 1: golden P, K at γ = 5 and 3 (notes §B4.2)', () => {
    const g5 = dhinf([[1.2]], [[0.7]], [[1]], [[2]], [[0.5]], 5);
    expect(g5.feasible).toBe(true);
    expect(at(g5.P, 0, 0)).toBeCloseTo(3.1446761123952034, 12);
    expect(at(g5.K, 0, 0)).toBeCloseTo(1.3354554644610714, 12);
    const g3 = dhinf([[1.2]], [[0.7]], [[1]], [[2]], [[0.5]], 3);
    expect(at(g3.P, 0, 0)).toBeCloseTo(3.2210111572042304, 12);
    expect(at(g3.K, 0, 0)).toBeCloseTo(1.424513016738268, 12);
  });

  it('double integrator with D = 0.1·I: golden K at γ = 3 and 1.5', () => {
    const a = dhinf(DI.A, DI.B, DI.D, DI.Q, DI.R, 3);
    expect(row(a.K)[0]).toBeCloseTo(1.1737340073069717, 10);
    expect(row(a.K)[1]).toBeCloseTo(1.9294669103529765, 10);
    const b = dhinf(DI.A, DI.B, DI.D, DI.Q, DI.R, 1.5);
    expect(row(b.K)[0]).toBeCloseTo(7.095824196881872, 9);
    expect(row(b.K)[1]).toBeCloseTo(7.908810932390703, 9);
  });

  it('γ → ∞ recovers LQR', () => {
    const l = dlqr(DI.A, DI.B, DI.Q, DI.R);
    const h = dhinf(DI.A, DI.B, DI.D, DI.Q, DI.R, 1e6);
    expect(Math.abs(row(h.K)[0] - row(l.K)[0])).toBeLessThan(1e-9);
    expect(Math.abs(row(h.K)[1] - row(l.K)[1])).toBeLessThan(1e-9);
    const hc = hinf([[1]], [[1]], [[1]], [[1]], [[1]], 1e6);
    expect(at(hc.P, 0, 0)).toBeCloseTo(1 + Math.SQRT2, 9);
  });

  it('continuous scalar golden P at γ = 1.5 and 1.1; γ* = √r·d/|b| (notes §B4.3)', () => {
    expect(at(hinf([[1]], [[1]], [[1]], [[1]], [[1]], 1.5).P, 0, 0)).toBeCloseTo(4.044994432064365, 11);
    expect(at(hinf([[1]], [[1]], [[1]], [[1]], [[1]], 1.1).P, 0, 0)).toBeCloseTo(12.00381562694965, 10);
    const gs = gammaStar([[0.3]], [[2]], [[1.5]], [[1]], [[0.8]], { discrete: false, relTol: 1e-10 });
    expect(gs).toBeCloseTo((Math.sqrt(0.8) * 1.5) / 2, 8);
  });

  it('on random systems: feasible γ > γ* gives stable A − BK with closed-loop gain < γ; γ < γ* is infeasible; LQR gain ≥ γ*', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 1.02, max: 3, noNaN: true }), fc.boolean(), (seed, c, discrete) => {
        const rng = new Rng(seed);
        const n = 3;
        const A = Array.from({ length: n }, () => Array.from({ length: n }, () => rng.normal(0, discrete ? 0.5 : 1)));
        const B = Array.from({ length: n }, () => [rng.normal(0, 1)]);
        const D = Array.from({ length: n }, () => [rng.normal(0, 0.5)]);
        const Q = [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ];
        const R = [[1]];
        const gs = gammaStar(A, B, D, Q, R, { discrete, relTol: 1e-9 });
        const h = (discrete ? dhinf : hinf)(A, B, D, Q, R, c * gs);
        expect(h.feasible).toBe(true);
        const e = h.closedLoopEigenvalues as { re: number[]; im: number[] };
        for (let i = 0; i < n; i++) expect(discrete ? Math.hypot(e.re[i], e.im[i]) : e.re[i]).toBeLessThan(discrete ? 1 : 0);
        const g = closedLoopGain(A, B, D, Q, R, toRows(h.K as Mat), { discrete });
        expect(g).toBeLessThan(c * gs);
        expect((discrete ? dhinf : hinf)(A, B, D, Q, R, 0.98 * gs).feasible).toBe(false);
        const l = (discrete ? dlqr : lqr)(A, B, Q, R);
        expect(closedLoopGain(A, B, D, Q, R, toRows(l.K), { discrete })).toBeGreaterThanOrEqual(gs * (1 - 1e-6));
      }),
      { seed: 42, numRuns: 15 },
    );
  });

  it('reports an infeasible γ as infeasible, with a reason', () => {
    const r = dhinf([[1.2]], [[0.7]], [[1]], [[2]], [[0.5]], 0.5);
    expect(r.feasible).toBe(false);
    expect(r.reason).toMatch(/γ²I − DᵀPD|no stabilizing solution|not positive/);
    expect(r.K).toBeNull();
    expect(hinf([[1]], [[1]], [[1]], [[1]], [[1]], 0.9).feasible).toBe(false);
  });

  it('rejects bad input', () => {
    expect(() => dhinf(DI.A, DI.B, [[1, 0]], DI.Q, DI.R, 2)).toThrow(/dhinf: D has 1 rows, expected 2/);
    expect(() => dhinf(DI.A, DI.B, DI.D, DI.Q, DI.R, 0)).toThrow(/dhinf: gamma must be a finite number > 0/);
    expect(() => dhinf(DI.A, DI.B, DI.D, DI.Q, DI.R, Number.NaN)).toThrow(/gamma/);
    expect(() => dhinf(DI.A, DI.B, DI.D, DI.Q, [[-1]], 2)).toThrow(/R must be symmetric positive definite/);
    expect(() => gammaStar([[2]], [[0]], [[1]], [[1]], [[1]])).toThrow(/no γ ≤ 1e12 is feasible/);
  });
});

describe('hinfNorm', () => {
  it('closed forms: 1/(z − a) peaks at 1/(1 − |a|); 1/(s + a) peaks at 1/a; a resonance ωₙ²/(s² + 2ζωₙs + ωₙ²) peaks at 1/(2ζ√(1 − ζ²))', () => {
    expect(hinfNorm([[0.5]], [[1]], [[1]])).toBeCloseTo(2, 10);
    expect(hinfNorm([[-0.5]], [[1]], [[1]])).toBeCloseTo(2, 10);
    expect(hinfNorm([[-2]], [[1]], [[1]], { discrete: false })).toBeCloseTo(0.5, 10);
    const z = 0.05;
    const wn = 3;
    const peak = hinfNorm(
      [
        [0, 1],
        [-wn * wn, -2 * z * wn],
      ],
      [[0], [wn * wn]],
      [[1, 0]],
      { discrete: false },
    );
    expect(peak).toBeCloseTo(1 / (2 * z * Math.sqrt(1 - z * z)), 7);
    expect(hinfNorm([[1.1]], [[1]], [[1]])).toBe(Infinity);
  });

  // issue 16.8: the grid + golden-section sweep found the lower of two peaks 0.001 rad/s apart
  // (791.004 vs 800.503, −1.2e-2 relative); Bruinsma–Steinbuch with its certified bracket does not
  it('two resonances 0.001 rad/s apart: matches the 30-digit mpmath peak to 1e-12 relative, continuous and discrete (ZOH)', () => {
    for (const c of hinfFixture.cases) {
      const ref = Number(c.norm);
      const v = hinfNorm(c.A, c.B, c.C, { discrete: c.discrete });
      expect(Math.abs(v - ref) / ref, c.name).toBeLessThan(1e-12);
      const br = hinfNormBracket(c.discrete, toMat('t', 'A', c.A), toMat('t', 'B', c.B), tmul(toMat('t', 'C', c.C), toMat('t', 'C', c.C)));
      // float64 evaluation of σ_max near a resonance is good to about cond(zI − A)·u ≈ 1e-13 relative
      expect(br.lower, c.name).toBeLessThanOrEqual(ref * (1 + 1e-12));
      expect(br.upper, c.name).toBeGreaterThanOrEqual(ref * (1 - 1e-12));
      expect(br.upper / br.lower - 1, c.name).toBeLessThanOrEqual(2.1e-10);
      expect(Math.abs(br.frequency - Number(c.frequency)) / Number(c.frequency), c.name).toBeLessThan(1e-6);
    }
  });

  it('agrees with a dense sweep on random stable systems (MIMO, continuous and discrete), never below it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.boolean(),
        (n, q, seed, discrete) => {
          const rng = new Rng(seed);
          const draw = (r: number, c: number) => Array.from({ length: r }, () => Array.from({ length: c }, () => rng.normal(0, 1)));
          let A = draw(n, n);
          const rho = Math.max(...A.map((r) => r.reduce((s, x) => s + Math.abs(x), 0)));
          A = discrete ? A.map((r) => r.map((x) => (0.95 * x) / rho)) : A.map((r, i) => r.map((x, j) => x - (i === j ? rho + 0.05 : 0)));
          const B = draw(n, q);
          const C = draw(2, n);
          const v = hinfNorm(A, B, C, { discrete });
          // sweep: 1500 points on [0, π] (discrete) or log-spaced on [1e-3, 1e3]·scale (continuous)
          let best = 0;
          const a = toMat('t', 'A', A);
          const b = toMat('t', 'B', B);
          const M = tmul(toMat('t', 'C', C), toMat('t', 'C', C));
          for (let k = 0; k <= 1500; k++) {
            const w = discrete ? (Math.PI * k) / 1500 : (rho + 1) * Math.pow(10, -3 + (6 * k) / 1500);
            const z = discrete ? [Math.cos(w), Math.sin(w)] : [0, w];
            best = Math.max(best, Math.sqrt(gainAt(a, b, M, z[0], z[1])));
          }
          expect(v).toBeGreaterThanOrEqual(best * (1 - 1e-12));
          expect(v).toBeLessThanOrEqual(best * 1.05);
        },
      ),
      { seed: 16, numRuns: 25 },
    );
  });

  it('rejects bad shapes', () => {
    expect(() => hinfNorm([[0.5]], [[1], [1]], [[1]])).toThrow(/hinfNorm: B has 2 rows, expected 1/);
    expect(() => hinfNorm([[0.5]], [[1]], [[1]], { relTol: 0 })).toThrow(/hinfNorm: relTol must be in/);
  });
});
