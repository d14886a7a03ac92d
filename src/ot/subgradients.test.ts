import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { chainRule, wasserstein1dGrad, wasserstein1dPow, type DifferentiableModel } from './index.js';

describe('wasserstein1dGrad', () => {
  it('closed form for uniform equal sizes, p = 2: ∂/∂u_i = (2/n)(u_i − v_(rank u_i))', () => {
    const r = new Rng(1);
    const n = 200;
    const u = r.fillNormal(new Float64Array(n));
    const v = r.fillNormal(new Float64Array(n), 1, 2);
    const g = wasserstein1dGrad(u, v, { p: 2 });
    const vs = v.slice().sort();
    const rank = Array.from(u.keys()).sort((a, b) => u[a] - u[b]);
    rank.forEach((i, k) => expect(g.gradU[i]).toBeCloseTo((2 / n) * (u[i] - vs[k]), 13));
    expect(g.value).toBeCloseTo(wasserstein1dPow(u, v, { p: 2 }), 13);
  });

  it('matches central finite differences away from ties (weighted, different sizes, p ∈ {1, 1.5, 2, 3}; fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(1, 1.5, 2, 3),
        fc.boolean(),
        fc.integer({ min: 0, max: 1e6 }),
        (n, m, p, weighted, seed) => {
          const r = new Rng(seed);
          const u = r.fillNormal(new Float64Array(n));
          const v = r.fillNormal(new Float64Array(m), 0.3, 1.5);
          const opts = weighted
            ? { p, uWeights: r.fillUniform(new Float64Array(n), 0.2, 2), vWeights: r.fillUniform(new Float64Array(m), 0.2, 2) }
            : { p };
          const g = wasserstein1dGrad(u, v, opts);
          const h = 1e-7;
          // skip configurations within h of a tie (u_i = v_j), where the cost has a kink for p = 1
          const gap = Math.min(...Array.from(u).flatMap((a) => Array.from(v).map((b) => Math.abs(a - b))));
          if (gap < 1e-4) return;
          for (let i = 0; i < n; i++) {
            const up = u.slice();
            const um = u.slice();
            up[i] += h;
            um[i] -= h;
            const fd = (wasserstein1dPow(up, v, opts) - wasserstein1dPow(um, v, opts)) / (2 * h);
            expect(Math.abs(g.gradU[i] - fd)).toBeLessThan(1e-6 * (1 + Math.abs(fd)));
          }
          const vp = v.slice();
          const vm = v.slice();
          vp[0] += h;
          vm[0] -= h;
          const fdv = (wasserstein1dPow(u, vp, opts) - wasserstein1dPow(u, vm, opts)) / (2 * h);
          expect(Math.abs(g.gradV[0] - fdv)).toBeLessThan(1e-6 * (1 + Math.abs(fdv)));
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it('the gradients of the two samples sum to zero (translation invariance)', () => {
    const g = wasserstein1dGrad([0, 4, 1], [3, 2], { p: 1.5, uWeights: [1, 2, 3] });
    const s = [...g.gradU, ...g.gradV].reduce((a, b) => a + b, 0);
    expect(Math.abs(s)).toBeLessThan(1e-14);
  });

  it('bad input', () => {
    expect(() => wasserstein1dGrad([], [1])).toThrow(/wasserstein1dGrad: u must not be empty/);
    expect(() => wasserstein1dGrad([1], [1], { p: 0.9 })).toThrow(QuireError);
  });
});

describe('chainRule', () => {
  // x_i = exp(θ_0) a_i + θ_1: a nonlinear model with known Jacobian
  const a = Float64Array.from([0.5, -1, 2, 0.1]);
  const value = (t: Float64Array): Float64Array => a.map((ai) => Math.exp(t[0]) * ai + t[1]);
  const jvp = (t: Float64Array, dt: Float64Array): Float64Array => a.map((ai) => Math.exp(t[0]) * ai * dt[0] + dt[1]);
  const vjp = (t: Float64Array, g: Float64Array): Float64Array => {
    let s0 = 0;
    let s1 = 0;
    g.forEach((gi, i) => {
      s0 += gi * Math.exp(t[0]) * a[i];
      s1 += gi;
    });
    return Float64Array.from([s0, s1]);
  };
  it('JVP-only and VJP models agree, and both match finite differences of θ ↦ W_2²(f(θ), v)', () => {
    const v = [1, 2, -0.3, 0.7, 5];
    const theta = Float64Array.from([0.2, -0.4]);
    const gx = wasserstein1dGrad(value(theta), v, { p: 2 }).gradU;
    const viaJ = chainRule({ dim: 2, value, jvp }, theta, gx);
    const viaV = chainRule({ dim: 2, value, vjp }, theta, gx);
    const h = 1e-6;
    for (let k = 0; k < 2; k++) {
      expect(viaJ[k]).toBeCloseTo(viaV[k], 12);
      const tp = theta.slice();
      const tm = theta.slice();
      tp[k] += h;
      tm[k] -= h;
      const fd = (wasserstein1dPow(value(tp), v, { p: 2 }) - wasserstein1dPow(value(tm), v, { p: 2 })) / (2 * h);
      expect(viaV[k]).toBeCloseTo(fd, 7);
    }
  });
  it('bad input', () => {
    const noDeriv = { dim: 2, value } as DifferentiableModel;
    expect(() => chainRule(noDeriv, [0, 0], [1, 1, 1, 1])).toThrow(/chainRule: model must provide jvp or vjp/);
    expect(() => chainRule({ dim: 2, value, vjp }, [0], [1])).toThrow(/chainRule: theta has length 1, expected 2/);
    expect(() => chainRule({ dim: 2, value, jvp }, [0, 0], [1, 1])).toThrow(/model.jvp returned length 4, expected 2/);
    expect(() => chainRule({ dim: 2, value, vjp }, [0, NaN], [1])).toThrow(/theta\[1\] must be a finite number/);
  });
});
