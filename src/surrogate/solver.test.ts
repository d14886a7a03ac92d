import { describe, expect, it } from 'vitest';
import { fromRows, solve } from '../core/linalg.js';
import { isQuireError } from '../core/errors.js';
import { heatProblem, sampleKl, sourceFromKl } from './problem.js';
import { applyOperator, solveDataset, solveHeat, thomas } from './solver.js';

function maxErr(dim: 1 | 2, n: number, kappa: number): number {
  const pb = heatProblem({ dim, cells: n, kappa });
  const d = pb.dim;
  const exact = new Float64Array(pb.size);
  const f = new Float64Array(pb.size);
  for (let p = 0; p < pb.size; p++) {
    let u = 1;
    for (let a = 0; a < d; a++) u *= Math.sin(Math.PI * pb.points[p * d + a]);
    exact[p] = u;
    f[p] = d * kappa * Math.PI ** 2 * u;
  }
  const u = solveHeat(pb, f);
  let e = 0;
  for (let p = 0; p < pb.size; p++) e = Math.max(e, Math.abs(u[p] - exact[p]));
  return e;
}

describe('FD solver', () => {
  it('1-D: manufactured u = sin πx, κ = 2 reproduces the published errors and converges at order 2', () => {
    // notes-p4_p5 §5 Paper B oracle 1: 1.295e-2, 3.219e-3, 8.04e-4, 2.01e-4, 5.02e-5 for N = 8 … 128
    const ns = [8, 16, 32, 64, 128];
    const errs = ns.map((n) => maxErr(1, n, 2));
    const published = [1.295e-2, 3.219e-3, 8.04e-4, 2.01e-4, 5.02e-5];
    errs.forEach((e, i) => expect(e).toBeCloseTo(published[i], 2 - Math.floor(Math.log10(published[i]))));
    for (let i = 1; i < ns.length; i++) expect(Math.log2(errs[i - 1] / errs[i])).toBeCloseTo(2, 1);
  });

  it('2-D: manufactured u = sin πx sin πy (5-point stencil + CG) converges at order 2', () => {
    const errs = [8, 16, 32].map((n) => maxErr(2, n, 1.5));
    for (let i = 1; i < errs.length; i++) expect(Math.log2(errs[i - 1] / errs[i])).toBeCloseTo(2, 1);
    expect(errs[2]).toBeLessThan(1e-3);
  });

  it('f ≡ 1 gives u = x(1 − x)/(2κ) exactly (3-point FD is exact for quadratics)', () => {
    const pb = heatProblem({ cells: 10, kappa: 3 });
    const u = solveHeat(pb, new Float64Array(pb.size).fill(1));
    for (let p = 0; p < pb.size; p++) {
      const x = pb.points[p];
      expect(u[p]).toBeCloseTo((x * (1 - x)) / 6, 14);
    }
  });

  it('Thomas agrees with a dense LU solve on a random diagonally dominant system', () => {
    const n = 7;
    const a = Float64Array.from({ length: n }, (_, i) => -0.3 - 0.1 * i);
    const c = Float64Array.from({ length: n }, (_, i) => 0.2 + 0.05 * i);
    const b = Float64Array.from({ length: n }, (_, i) => 2 + 0.1 * i);
    const d = Float64Array.from({ length: n }, (_, i) => Math.sin(i + 1));
    const rows = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (j === i ? b[i] : j === i - 1 ? a[i] : j === i + 1 ? c[i] : 0)),
    );
    const ref = Array.from(solve(fromRows(rows), fromRows(Array.from(d, (v) => [v]))).data);
    const x = thomas(a, b, c, d);
    for (let i = 0; i < n; i++) expect(x[i]).toBeCloseTo(ref[i], 12);
  });

  it('the solution satisfies A u = f (residual ≈ 0) and the maximum principle for a log-normal source, in 1-D and 2-D', () => {
    for (const dim of [1, 2] as const) {
      const pb = heatProblem({ dim, cells: 16, sigma: 1.5 });
      const ds = solveDataset(pb, sampleKl(pb, 5, 3));
      for (let s = 0; s < 5; s++) {
        const u = ds.u.subarray(s * pb.size, (s + 1) * pb.size);
        const f = ds.f.subarray(s * pb.size, (s + 1) * pb.size);
        const r = applyOperator(pb, u);
        let rel = 0;
        let fm = 0;
        for (let p = 0; p < pb.size; p++) {
          rel = Math.max(rel, Math.abs(r[p] - f[p]));
          fm = Math.max(fm, f[p]);
          expect(u[p]).toBeGreaterThan(0);
        }
        expect(rel / fm).toBeLessThan(1e-9);
      }
    }
  });

  it('same seed → bit-identical data; the source at ξ = 0 is exp(μ); linearity in f', () => {
    const pb = heatProblem({ mu: 0.7 });
    const a = solveDataset(pb, sampleKl(pb, 4, 9));
    const b = solveDataset(pb, sampleKl(pb, 4, 9));
    expect(Array.from(a.u)).toEqual(Array.from(b.u));
    const f0 = sourceFromKl(pb, new Float64Array(6));
    f0.forEach((v) => expect(v).toBeCloseTo(Math.exp(0.7), 14));
    const f1 = sourceFromKl(pb, [1, 0, -1, 0.5, 0, 2]);
    const u1 = solveHeat(pb, f1);
    const u2 = solveHeat(
      pb,
      f1.map((v) => 3 * v),
    );
    u1.forEach((v, i) => expect(u2[i]).toBeCloseTo(3 * v, 12));
  });

  it('bad input throws QuireError naming the function and argument', () => {
    const pb = heatProblem();
    const cases: [() => unknown, RegExp][] = [
      [() => solveHeat(pb, new Float64Array(3)), /solveHeat: f has length 3/],
      [() => solveHeat(pb, new Float64Array(pb.size).fill(NaN)), /solveHeat: f/],
      [() => heatProblem({ cells: 1 }), /heatProblem: cells/],
      [() => heatProblem({ sigma: -1 }), /heatProblem: sigma/],
      [() => heatProblem({ dim: 3 }), /heatProblem: dim/],
      [() => sourceFromKl(pb, [1, 2]), /sourceFromKl: xi has length 2, expected 6/],
      [() => sourceFromKl(pb, [1, 2, 3, 4, 5, NaN]), /sourceFromKl: xi\[5\]/],
      [() => solveDataset(pb, new Float64Array(7)), /solveDataset: xi has length 7/],
      [() => sampleKl(pb, 0, 1), /sampleKl: count/],
    ];
    for (const [f, re] of cases) {
      try {
        f();
        expect.unreachable();
      } catch (e) {
        expect(isQuireError(e)).toBe(true);
        expect((e as Error).message).toMatch(re);
      }
    }
  });
});
