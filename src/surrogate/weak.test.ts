import { describe, expect, it } from 'vitest';
import { heatProblem, sampleKl } from './problem.js';
import { solveDataset } from './solver.js';
import { operatorMatrix, sineTestFunctions, weakMatrices, weakResidual } from './weak.js';

describe('weak-form residual', () => {
  it('is zero (to rounding) for the exact discrete solution, in 1-D and 2-D, and not for a perturbed field', () => {
    for (const dim of [1, 2] as const) {
      const pb = heatProblem({ dim, cells: 16, sigma: 1.2 });
      const tf = sineTestFunctions(pb, dim === 1 ? 15 : 6);
      const ds = solveDataset(pb, sampleKl(pb, 3, 5));
      for (let s = 0; s < 3; s++) {
        const u = ds.u.subarray(s * pb.size, (s + 1) * pb.size);
        const f = ds.f.subarray(s * pb.size, (s + 1) * pb.size);
        const fmax = Math.max(...f);
        const r = weakResidual(pb, tf, u, f);
        for (const v of r) expect(Math.abs(v) / fmax).toBeLessThan(1e-10);
        const up = u.map((v, p) => v + 0.01 * Math.sin(Math.PI * pb.points[p * dim]));
        const rp = weakResidual(pb, tf, up, f);
        expect(Math.max(...rp.map(Math.abs)) / fmax).toBeGreaterThan(1e-4);
      }
    }
  });

  it('1-D closed form: perturbing by ε·sin(kπx) gives R_j = ε μ_k δ_jk /(√2 jπ), μ_k = 4κ sin²(kπh/2)/h²', () => {
    const n = 20;
    const kappa = 1.7;
    const pb = heatProblem({ cells: n, kappa });
    const tf = sineTestFunctions(pb, n - 1);
    const ds = solveDataset(pb, sampleKl(pb, 1, 1));
    const k = 3;
    const eps = 0.02;
    const up = ds.u.map((v, p) => v + eps * Math.sin(k * Math.PI * pb.points[p]));
    const r = weakResidual(pb, tf, up, ds.f);
    const h = 1 / n;
    const mu = (4 * kappa * Math.sin((k * Math.PI * h) / 2) ** 2) / (h * h);
    for (let j = 1; j < n; j++) expect(r[j - 1]).toBeCloseTo(j === k ? (eps * mu) / (Math.SQRT2 * j * Math.PI) : 0, 10);
  });

  it('the matrix form û Gᵀ − f Lᵀ equals weakResidual, and G = L A (2-D)', () => {
    const pb = heatProblem({ dim: 2, cells: 8 });
    const tf = sineTestFunctions(pb, 4);
    const { G, L } = weakMatrices(pb, tf);
    const A = operatorMatrix(pb);
    const P = pb.size;
    const u = Float64Array.from({ length: P }, (_, p) => Math.cos(p));
    const f = Float64Array.from({ length: P }, (_, p) => 1 + Math.sin(3 * p));
    const r = weakResidual(pb, tf, u, f);
    for (let t = 0; t < tf.count; t++) {
      let s = 0;
      for (let p = 0; p < P; p++) s += G[t * P + p] * u[p] - L[t * P + p] * f[p];
      expect(s).toBeCloseTo(r[t], 10);
      let g = 0;
      for (let p = 0; p < P; p++) g += L[t * P + p] * A[p * P + 5];
      expect(G[t * P + 5]).toBeCloseTo(g, 8);
    }
  });

  it('rejects a test order above n − 1 and wrong lengths', () => {
    const pb = heatProblem({ cells: 8 });
    expect(() => sineTestFunctions(pb, 8)).toThrow(/sineTestFunctions: order/);
    const tf = sineTestFunctions(pb, 3);
    expect(() => weakResidual(pb, tf, new Float64Array(3), new Float64Array(7))).toThrow(/weakResidual: u has length 3, expected 7/);
  });
});
