import { describe, expect, it } from 'vitest';
import { lqrLipschitzBound } from './bounds.js';
import { doubleIntegratorFamily, planarQuadrotorFamily } from './families.js';
import { lipschitz, type TaskFamily } from './tasks.js';
import { mat } from '../core/linalg.js';

const grid = (f: TaskFamily, k: number): number[][] => {
  const out: number[][] = [];
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++)
      out.push([f.lower[0] + ((f.upper[0] - f.lower[0]) * i) / (k - 1), f.lower[1] + ((f.upper[1] - f.lower[1]) * j) / (k - 1)]);
  return out;
};

/** ẋ = u, Q = θ, R = 1: K(θ) = √θ, so L = sup |dK/dθ| = 1/(2√θ̲). */
const scalarCare: TaskFamily = {
  id: 'scalar-care',
  description: 'ẋ = u, Q = θ, R = 1',
  discrete: false,
  A: mat(1, 1),
  B: mat(1, 1, Float64Array.from([1])),
  D: mat(1, 1, Float64Array.from([1])),
  paramNames: ['q'],
  lower: [0.2],
  upper: [5],
  Q: (t) => mat(1, 1, Float64Array.from([t[0]])),
  R: () => mat(1, 1, Float64Array.from([1])),
  dQ: () => mat(1, 1, Float64Array.from([1])),
  dR: () => mat(1, 1),
};

describe('lqrLipschitzBound (our derivation; bounds.ts header)', () => {
  it('exceeds the analytic sup and the pairwise ratios on a 7×7 grid, for both study families', () => {
    for (const f of [doubleIntegratorFamily(), planarQuadrotorFamily()]) {
      const b = lqrLipschitzBound(f);
      const e = lipschitz(f, { kind: 'lqr' }, grid(f, 7));
      expect(b.bound).toBeGreaterThan(e.analytic);
      expect(b.bound).toBeGreaterThan(e.pairwise);
      expect(Number.isFinite(b.bound)).toBe(true);
    }
  });

  it('scalar CARE closed form: L = 1/(2√0.2) = 1.118…; the bound is ‖R⁻¹B‖·max ‖P(b)‖/min a ≥ L and tightens with cells', () => {
    const L = 1 / (2 * Math.sqrt(0.2));
    const b1 = lqrLipschitzBound(scalarCare, { cells: 1 });
    expect(b1.bound).toBeCloseTo(Math.sqrt(5) / 0.2, 10); // P(θ) = √θ
    const b64 = lqrLipschitzBound(scalarCare, { cells: 64 });
    expect(b64.bound).toBeGreaterThanOrEqual(L);
    expect(b64.bound).toBeLessThan(b1.bound);
    // on the cell [0.2, 0.2 + 4.8/64] the bound is √(0.275)/0.2 = 2.62: within 2.4× of L
    expect(b64.bound).toBeCloseTo(Math.sqrt(0.2 + 4.8 / 64) / 0.2, 10);
  });

  it('names the broken assumption', () => {
    const f = doubleIntegratorFamily();
    expect(() => lqrLipschitzBound({ ...f, dR: () => mat(1, 1, Float64Array.from([1])) })).toThrow(
      /lqrLipschitzBound: family.dR must vanish/,
    );
    expect(() => lqrLipschitzBound({ ...f, lower: [0, 0.2] })).toThrow(/lqrLipschitzBound: family box must satisfy 0 < lower\[0\]/);
    expect(() => lqrLipschitzBound({ ...f, dQ: () => mat(2, 2, Float64Array.from([-1, 0, 0, 0])) })).toThrow(/dQ\(·, 0\) must be/);
    expect(() => lqrLipschitzBound(f, { cells: 0 })).toThrow(/cells must be an integer/);
  });
});
