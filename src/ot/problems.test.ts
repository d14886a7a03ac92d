import { describe, expect, it } from 'vitest';
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import {
  cvar,
  cvarRegression,
  fairLogistic,
  fairnessFrontier,
  fairnessMetrics,
  projectedSubgradientDescent,
  swGaussianFit,
} from './index.js';

describe('projectedSubgradientDescent', () => {
  it('minimizes |θ − 3| + |θ₂| under the ball ‖θ‖ ≤ 2 (solution (2, 0) by projection), γ_k = c/√k', () => {
    const res = projectedSubgradientDescent(
      {
        evaluate: (t) => ({ value: Math.abs(t[0] - 3) + Math.abs(t[1]), grad: Float64Array.from([Math.sign(t[0] - 3), Math.sign(t[1])]) }),
        project: (t) => {
          const s = Math.hypot(t[0], t[1]);
          if (s > 2) {
            t[0] *= 2 / s;
            t[1] *= 2 / s;
          }
        },
      },
      [0, 1],
      { iterations: 2000, step: 0.5 },
    );
    expect(res.best[0]).toBeCloseTo(2, 2);
    expect(Math.abs(res.best[1])).toBeLessThan(0.02);
    expect(res.bestValue).toBeLessThanOrEqual(Math.min(...res.values) + 1e-15);
  });
  it('bad options', () => {
    const obj = { evaluate: () => ({ value: 0, grad: new Float64Array(1) }) };
    expect(() => projectedSubgradientDescent(obj, [], {})).toThrow(/theta0 must not be empty/);
    expect(() => projectedSubgradientDescent(obj, [0], { rule: 'bogus' as never })).toThrow(/rule must be one of/);
    expect(() => projectedSubgradientDescent(obj, [0], { step: 0 })).toThrow(QuireError);
  });
});

describe('(a) cvarRegression', () => {
  it('recovers a noise-free line exactly (CVaR of |residual| is 0 only there)', () => {
    const X = [[0], [1], [2], [3], [-1]];
    const y = X.map(([x]) => 2 * x + 1);
    const res = cvarRegression(X, y, { alpha: 0.5, iterations: 3000, step: 1 });
    expect(res.best[0]).toBeCloseTo(2, 2);
    expect(res.best[1]).toBeCloseTo(1, 2);
  });
  it('attains a lower training CVaR than least squares on data with a minority sub-population', () => {
    const r = new Rng(4);
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 400; i++) {
      const x = [r.normal(), r.normal()];
      const minority = i % 5 === 0;
      X.push(x);
      y.push((minority ? 3 : 1) * x[0] - x[1] + 0.1 * r.normal());
    }
    // least squares by the normal equations (2 features + intercept), a different algorithm
    const A = X.map((x) => [...x, 1]);
    const AtA = [0, 1, 2].map((i) => [0, 1, 2].map((j) => A.reduce((s, a) => s + a[i] * a[j], 0)));
    const Aty = [0, 1, 2].map((i) => A.reduce((s, a, k) => s + a[i] * y[k], 0));
    const ls = solve3(AtA, Aty);
    const resid = (t: ArrayLike<number>): number[] => X.map((x, i) => Math.abs(y[i] - x[0] * t[0] - x[1] * t[1] - t[2]));
    const res = cvarRegression(X, y, { alpha: 0.9, iterations: 1500, step: 1 });
    expect(res.bestValue).toBeCloseTo(cvar(resid(res.best), 0.9), 12);
    expect(res.bestValue).toBeLessThan(cvar(resid(ls), 0.9));
  });
  it('bad input', () => {
    expect(() => cvarRegression([[1], [2]], [1])).toThrow(/cvarRegression: y has length 1, expected 2/);
    expect(() => cvarRegression([[1]], [1], { alpha: 1 })).toThrow(/alpha must be in/);
  });
});

function solve3(A: number[][], b: number[]): number[] {
  const M = A.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < 3; c++) {
    const p = M.slice(c).reduce((best, r, k) => (Math.abs(r[c]) > Math.abs(M[best][c]) ? c + k : best), c);
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < 3; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k < 4; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((r, i) => r[3] / r[i]);
}

describe('(b) fairness-regularized logistic regression', () => {
  const r = new Rng(8);
  const X: number[][] = [];
  const y: number[] = [];
  const group: number[] = [];
  for (let i = 0; i < 600; i++) {
    const s = r.uniform() < 0.5 ? 1 : 0;
    const x = [r.normal() + s, r.normal()];
    X.push(x);
    group.push(s);
    y.push(x[0] + x[1] + 0.5 * r.normal() > 0.5 ? 1 : 0);
  }
  it('the W_1 gap between group scores shrinks from λ = 0 to a large λ, at a cost in log-loss', () => {
    const f = fairnessFrontier({ X, y, group }, [0, 5], undefined, { iterations: 400, step: 2 });
    expect(f[1].w1).toBeLessThan(0.5 * f[0].w1);
    expect(f[1].loss).toBeGreaterThan(f[0].loss);
    // the reported value at λ = 0 is the logistic loss of the returned θ
    const res = fairLogistic(X, y, group, { lambda: 0, iterations: 400, step: 2 });
    expect(res.bestValue).toBeCloseTo(fairnessMetrics(X, y, group, res.best).loss, 12);
  });
  it('bad input', () => {
    expect(() => fairLogistic(X, y, group.slice(1))).toThrow(/group has length 599, expected 600/);
    expect(() => fairLogistic([[1], [2]], [0, 2], [0, 1])).toThrow(/y\[1\] must be 0 or 1/);
    expect(() => fairLogistic([[1], [2]], [0, 1], [0, 0])).toThrow(/both groups must be non-empty/);
    expect(() => fairLogistic(X, y, group, { lambda: -1 })).toThrow(/lambda must be in \[0/);
  });
});

describe('(c) swGaussianFit', () => {
  it('recovers location and scale of a 2-D Gaussian (population minimizer (m*, s*), SW_2 = 0 there)', () => {
    const r = new Rng(12);
    const Y = Array.from({ length: 600 }, () => [3 + 2 * r.normal(), -1 + 0.5 * r.normal()]);
    const fit = swGaussianFit(Y, { samples: 600, projections: 20, iterations: 200, step: 3, seed: 1 });
    expect(fit.location[0]).toBeCloseTo(3, 0);
    expect(fit.location[1]).toBeCloseTo(-1, 0);
    expect(Math.abs(fit.scale[0] - 2)).toBeLessThan(0.25);
    expect(Math.abs(fit.scale[1] - 0.5)).toBeLessThan(0.25);
    expect(fit.value).toBeLessThan(fit.values[0] / 50);
  });
  it('bad input', () => {
    expect(() => swGaussianFit([[1, 2], [3]])).toThrow(/swGaussianFit: Y is ragged/);
    expect(() => swGaussianFit([[1]], { samples: 1 })).toThrow(/samples must be in \[2/);
  });
});

describe('swGaussianFit base-sample moments', () => {
  it('the fit lands near moment matching against its own base sample (the two-sample estimator)', async () => {
    const { swGaussianFit: fitSw } = await import('./problems.js');
    const { Rng: R } = await import('../core/rng.js');
    const r = new R(5);
    const Y = Array.from({ length: 300 }, () => [1 + 2 * r.normal(), -1 + 0.5 * r.normal()]);
    const f = fitSw(Y, { samples: 300, projections: 200, iterations: 400, step: 1, seed: 3 });
    const m = [0, 1].map((q) => Y.reduce((a, y) => a + y[q], 0) / Y.length);
    const sd = [0, 1].map((q) => Math.sqrt(Y.reduce((a, y) => a + (y[q] - m[q]) ** 2, 0) / Y.length));
    const sMatch = sd.map((v, q) => v / f.baseSd[q]);
    const mMatch = m.map((v, q) => v - sMatch[q] * f.baseMean[q]);
    for (let q = 0; q < 2; q++) {
      expect(f.location[q]).toBeCloseTo(mMatch[q], 1);
      expect(f.scale[q]).toBeCloseTo(sMatch[q], 1);
    }
    expect(f.baseSd.every((v) => v > 0.8 && v < 1.2)).toBe(true);
    // the returned baseline is that same moment point, scored on the fit's own objective, which the fit beats
    for (let q = 0; q < 2; q++) {
      expect(f.moments.location[q]).toBeCloseTo(mMatch[q], 12);
      expect(f.moments.scale[q]).toBeCloseTo(sMatch[q], 12);
    }
    expect(f.value).toBeLessThanOrEqual(f.moments.value);
    // cross-check: rebuild the fit's base sample and directions from its seed and score the moment point independently
    const { slicedWassersteinPow, sphereDirections } = await import('./sliced.js');
    const [sz, sdir] = new R(3).split(2);
    const Z = sz.fillNormal(new Float64Array(300 * 2));
    const dirs = sphereDirections(2, 200, 'gaussian', sdir.seed);
    const Xm = Array.from({ length: 300 }, (_, i) => [0, 1].map((q) => f.moments.location[q] + f.moments.scale[q] * Z[i * 2 + q]));
    const directions = Array.from({ length: 200 }, (_, l) => [dirs[2 * l], dirs[2 * l + 1]]);
    expect(slicedWassersteinPow(Xm, Y, { directions }).value).toBeCloseTo(f.moments.value, 10);
  });
});

describe('fairLogisticConstrained (the constrained problem by bisection on the multiplier)', () => {
  it('KKT: feasible and active at the solution; the penalty solve at its λ gives the same point; inactive → λ = 0', async () => {
    const m = await import('./problems.js');
    const { Rng: R } = await import('../core/rng.js');
    const r = new R(9);
    const X: number[][] = [];
    const y: number[] = [];
    const g: number[] = [];
    for (let i = 0; i < 300; i++) {
      const s = r.uniform() < 0.4 ? 1 : 0;
      const x = [r.normal() + s, r.normal()];
      X.push(x);
      g.push(s);
      y.push(x[0] + 0.7 * x[1] + 0.5 * r.normal() > 0.4 ? 1 : 0);
    }
    const opts = { iterations: 300, step: 1, bisections: 12 };
    const free = m.fairnessMetrics(X, y, g, m.fairLogistic(X, y, g, { lambda: 0, iterations: 300, step: 1 }).best);
    const eps = free.w1 / 3;
    const c = m.fairLogisticConstrained(X, y, g, { ...opts, epsilon: eps });
    expect(c.infeasibility).toBe(0);
    expect(c.lambda).toBeGreaterThan(0);
    expect(c.w1).toBeGreaterThan(0.7 * eps); // active: near ε, not far inside
    expect(c.loss).toBeGreaterThan(free.loss); // the constraint costs loss
    // cross-check with the penalty path: the penalized solve at the returned λ is the same point
    const pen = m.fairnessMetrics(X, y, g, m.fairLogistic(X, y, g, { lambda: c.lambda, iterations: 300, step: 1 }).best);
    expect(pen.w1).toBeCloseTo(c.w1, 12);
    const loose = m.fairLogisticConstrained(X, y, g, { ...opts, epsilon: free.w1 * 2 });
    expect(loose.lambda).toBe(0);
    expect(loose.slackness).toBe(0);
    expect(() => m.fairLogisticConstrained(X, y, g, { ...opts, epsilon: 0 })).toThrow(/epsilon/);
  });
});
