import { describe, expect, it } from 'vitest';
import { convergenceDiagnostic, empiricalDerivative, familyInstance, populationSubdifferential, rms } from './index.js';

describe('convergence diagnostic', () => {
  it('the empirical derivative is the derivative of the empirical objective (finite differences, both families)', () => {
    for (const fam of ['smooth', 'nonsmooth'] as const) {
      const inst = familyInstance(fam, 300, 5);
      for (const th of [0.7, 1.3, 2.4]) {
        const h = 1e-7;
        const fd = (empiricalDerivative(inst, th + h).value - empiricalDerivative(inst, th - h).value) / (2 * h);
        expect(empiricalDerivative(inst, th).derivative).toBeCloseTo(fd, 5);
      }
    }
  });
  it('the population objects: F′(θ) = 2(θ − 2) (smooth); ∂F = {−1}, [−1, 1], {1} around θ* = 1 (nonsmooth)', () => {
    expect(populationSubdifferential('smooth', 3)).toEqual([2, 2]);
    expect(populationSubdifferential('nonsmooth', 0.5)).toEqual([-1, -1]);
    expect(populationSubdifferential('nonsmooth', 1)).toEqual([-1, 1]);
    expect(populationSubdifferential('nonsmooth', 1.5)).toEqual([1, 1]);
    // large n: the empirical value approaches the population one
    const big = familyInstance('smooth', 100_000, 1);
    expect(empiricalDerivative(big, 3).value).toBeCloseTo(1, 1);
  });
  it('smooth: |F_n′(θ*)| shrinks like n^{-1/2}; nonsmooth: it stays O(1) (E ≈ 1/2 for the arcsine-uniform limit)', () => {
    const seeds = Array.from({ length: 16 }, (_, i) => i);
    const at = (fam: 'smooth' | 'nonsmooth', n: number): number =>
      rms(seeds.map((s) => convergenceDiagnostic(fam, n, s, { gridPoints: 3, iterations: 1 }).atStationary));
    const s1 = at('smooth', 200);
    const s2 = at('smooth', 3200);
    expect(s2 / s1).toBeLessThan(0.5); // n^{-1/2} predicts 0.25
    const ns = at('nonsmooth', 3200);
    expect(ns).toBeGreaterThan(0.3); // RMS of U(−1, 1) is 0.577
  });
  it('iterates approach θ* in both families at n = 4000', () => {
    for (const fam of ['smooth', 'nonsmooth'] as const) {
      const run = convergenceDiagnostic(fam, 4000, 3, { iterations: 300 });
      expect(run.iterateError).toBeLessThan(0.1);
    }
  });
  it('bad input', () => {
    expect(() => familyInstance('other' as never, 10, 0)).toThrow(/family must be 'smooth' or 'nonsmooth'/);
    expect(() => familyInstance('smooth', 1, 0)).toThrow(/n must be an integer ≥ 2/);
    expect(() => convergenceDiagnostic('smooth', 10, 0, { gridPoints: 2 })).toThrow(/gridPoints must be in \[3/);
    expect(() => rms([])).toThrow(/rms: x must not be empty/);
  });
});
