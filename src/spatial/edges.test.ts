/**
 * Issue 16 regressions for quire/spatial: each case was found by the property suite
 * (test/properties/spatial.property.test.ts) and failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { QuireError } from '../core/errors.js';
import { fitSpatialAdapter } from './admm.js';
import { topEigenpairs } from './eigs.js';
import { maternCorrelation } from './gp.js';
import { krigeLowRank } from './kriging.js';
import { tpsInterpolate, tpsKernel } from './omega.js';
import { penalizedPca } from './pca.js';
import { polarRetract, zStep } from './phi.js';

describe('spatial at the edges (issue 16)', () => {
  it('tpsKernel rejects NaN, negative distances and d ∉ {1, 2, 3} instead of returning NaN', () => {
    expect(() => tpsKernel(Number.NaN, 1)).toThrow(/tpsKernel: r must be/);
    expect(() => tpsKernel(-1, 2)).toThrow(/tpsKernel: r must be/);
    expect(() => tpsKernel(1, 0)).toThrow(/tpsKernel: d must be 1, 2 or 3/);
    expect(() => tpsKernel(1e300, 1)).toThrow(/tpsKernel: the kernel overflows/);
    expect(tpsKernel(2, 1)).toBeCloseTo(8 / 12, 15);
  });

  it('maternCorrelation underflows to 0 at h/ℓ = ∞ (was ∞·0 = NaN)', () => {
    expect(maternCorrelation(2.9624936946815603e-170, 5e-324, 2.5)).toBe(0);
    expect(maternCorrelation(1e300, 1e-300, 0.5)).toBe(0);
  });

  it('topEigenpairs throws on a non-finite operator instead of looping forever', () => {
    const nanOp = (v: Float64Array, out: Float64Array) => out.fill(Number.NaN);
    expect(() => topEigenpairs(nanOp, 4, 1)).toThrow(/topEigenpairs: the operator returned NaN/);
    const zero = (v: Float64Array, out: Float64Array) => out.fill(0);
    const r = topEigenpairs(zero, 4, 2);
    expect(Array.from(r.values)).toEqual([0, 0]);
    expect(() => topEigenpairs(zero, 4, 5)).toThrow(/topEigenpairs: k must be an integer in \[1, 4\]/);
  });

  it('fitSpatialAdapter rejects residuals whose squares overflow; roughness and orthError are null, not NaN, when absent', () => {
    expect(() =>
      fitSpatialAdapter(
        [
          [0, 0, 1e300],
          [0, 0, 0],
        ],
        [0, 0.5, 1],
        { K: 1, iters: 2 },
      ),
    ).toThrow(/fitSpatialAdapter: residuals are too large .* rescale/);
    const fit = fitSpatialAdapter(
      [
        [1, 2, 3, 4],
        [0, 1, 0, 1],
        [3, 1, 2, 2],
      ],
      [0, 1, 2, 3],
      { K: 1, iters: 6 },
    );
    expect(fit.diagnostics.roughness).toBeNull();
    expect(fit.trace[0].orthError).toBeNull();
    expect(fit.trace[4].orthError).toBeLessThan(1e-12);
  });

  it('penalizedPca with τ₁ = 1e300 returns a finite basis (was NaN): the roughness penalty alone decides it', () => {
    const R = [
      [1, 2, 0, 1, 3],
      [0, 1, 2, 2, 1],
      [2, 0, 1, 3, 1],
    ];
    const p = penalizedPca(R, [0, 0.25, 0.5, 0.75, 1], { K: 1, tau1: 1e300 });
    for (const v of p.basis) expect(Number.isFinite(v)).toBe(true);
    // the null space of Ω (affine functions) costs nothing: the basis is affine in s
    const b = Array.from(p.basis);
    expect(b[2] - b[1]).toBeCloseTo(b[1] - b[0], 6);
  });

  it('zStep and polarRetract reject NaN and handle ±1e300 by scaling', () => {
    expect(() => zStep(Float64Array.of(Number.NaN, 0), 1, 2, Float64Array.of(1, 0), 1, 1)).toThrow(/zStep: A\[0\] must be a finite number/);
    expect(() => zStep(Float64Array.of(1, 0), 1, 2, Float64Array.of(1, 0), 1, 0)).toThrow(/zStep: rho/);
    const z = zStep(Float64Array.of(1e300, 1e300), 1, 2, Float64Array.of(1, 0), 1, 2);
    expect(z[0]).toBeCloseTo(1e300, -285);
    expect(z[1] / 0.5e300).toBeCloseTo(1, 12);
    const q = polarRetract(Float64Array.of(3e300, 0, 0, 4e300), 2, 2);
    expect(Array.from(q)).toEqual([1, 0, 0, 1]);
    expect(() => polarRetract(Float64Array.of(1, 2), 2, 2)).toThrow(/polarRetract: Y has length 2, expected 4/);
  });

  it('krigeLowRank and tpsInterpolate reject non-finite input and overflowing results', () => {
    const B = Float64Array.of(1, 0);
    expect(() => krigeLowRank(B, 2, B, 2, Float64Array.of(1), Number.NaN, Float64Array.of(0, 0), 1)).toThrow(/krigeLowRank: sigma2/);
    expect(() => krigeLowRank(B, 2, B, 2, Float64Array.of(0), 1, Float64Array.of(0, 0), 1)).toThrow(
      /krigeLowRank: lambda\[0\] must be > 0/,
    );
    expect(() => krigeLowRank(B, 2, B, 2, Float64Array.of(1), 1, Float64Array.of(Number.NaN, 0), 1)).toThrow(QuireError);
    expect(() =>
      tpsInterpolate(
        [0.5, 1, 0],
        [
          [1e300, 0],
          [0, 0],
          [0, 0],
        ],
        [0, 1e300],
      ),
    ).toThrow(/tpsInterpolate: the interpolant is not finite/);
  });
});
