import { describe, expect, it } from 'vitest';
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { effectiveWeight, gdStep, lossAndGradTilde, measuredPreconditioner, mechanismDemo, mechanismProblem } from './mechanism.js';

const p = mechanismProblem({ d: 5, c: 3, n: 20, seed: 3 });
const { c, d } = p;
const rng = new Rng(9);
const W0 = Float64Array.from({ length: c * d }, () => rng.normal(0, 0.7));
const g0 = Float64Array.from({ length: d }, () => 0.5 + rng.uniform());

/** ∂L/∂W̃ by central finite differences of L(W̃) (h = 1e-5). */
function fdGradTilde(Wt: Float64Array): Float64Array {
  const G = new Float64Array(Wt.length);
  const h = 1e-5;
  for (let i = 0; i < Wt.length; i++) {
    const a = Wt.slice();
    const b = Wt.slice();
    a[i] += h;
    b[i] -= h;
    G[i] = (lossAndGradTilde(p, a).loss - lossAndGradTilde(p, b).loss) / (2 * h);
  }
  return G;
}

/** ‖ΔW̃ − (−η P g̃)‖ after one GD step of size η on (W, γ), with g̃ from finite differences. */
function oneStepError(eta: number): number {
  const Wt = effectiveWeight(W0, g0, c, d);
  const Gfd = fdGradTilde(Wt);
  const W = W0.slice();
  const gamma = g0.slice();
  gdStep(W, gamma, lossAndGradTilde(p, Wt).G, eta, c, d);
  const Wt2 = effectiveWeight(W, gamma, c, d);
  let err = 0;
  for (let j = 0; j < d; j++) {
    let wg = 0;
    for (let r = 0; r < c; r++) wg += W0[r * d + j] * Gfd[r * d + j];
    for (let r = 0; r < c; r++) {
      const pred = -eta * (g0[j] * g0[j] * Gfd[r * d + j] + W0[r * d + j] * wg);
      err += (Wt2[r * d + j] - Wt[r * d + j] - pred) ** 2;
    }
  }
  return Math.sqrt(err);
}

describe('mechanism (float64)', () => {
  it('the analytic ∂L/∂W̃ matches central finite differences', () => {
    const Wt = effectiveWeight(W0, g0, c, d);
    const G = lossAndGradTilde(p, Wt).G;
    const Gfd = fdGradTilde(Wt);
    for (let i = 0; i < G.length; i++) expect(G[i]).toBeCloseTo(Gfd[i], 7);
  });

  it('∂L/∂γ_j = w_jᵀ g̃_j (finite differences in γ)', () => {
    const Wt = effectiveWeight(W0, g0, c, d);
    const G = lossAndGradTilde(p, Wt).G;
    for (let j = 0; j < d; j++) {
      const a = g0.slice();
      const b = g0.slice();
      a[j] += 1e-5;
      b[j] -= 1e-5;
      const fd = (lossAndGradTilde(p, effectiveWeight(W0, a, c, d)).loss - lossAndGradTilde(p, effectiveWeight(W0, b, c, d)).loss) / 2e-5;
      let wg = 0;
      for (let r = 0; r < c; r++) wg += W0[r * d + j] * G[r * d + j];
      expect(wg).toBeCloseTo(fd, 7);
    }
  });

  it('one GD step moves W̃ by −η(γ_j²I + w_jw_jᵀ)g̃_j + O(η²): halving η quarters the error', () => {
    const e1 = oneStepError(1e-2);
    const e2 = oneStepError(5e-3);
    const e3 = oneStepError(2.5e-3);
    expect(e1).toBeGreaterThan(0);
    expect(e1 / e2).toBeGreaterThan(3.6);
    expect(e1 / e2).toBeLessThan(4.4);
    expect(e2 / e3).toBeGreaterThan(3.6);
    expect(e2 / e3).toBeLessThan(4.4);
  });

  it('the measured preconditioner of the update rule equals γ²I + wwᵀ', () => {
    const w = [0.3, -1.2, 0.8];
    const m = measuredPreconditioner(w, 1.7);
    expect(m.relError).toBeLessThan(1e-6);
    expect(m.P[0 * 3 + 1]).toBeCloseTo(0.3 * -1.2, 5);
    expect(m.P[2 * 3 + 2]).toBeCloseTo(1.7 ** 2 + 0.64, 5);
  });

  it('demo: learnable γ speeds up GD on the anisotropic problem and λ_min(P) = γ² ≥ 1 at the grown column', () => {
    const r = mechanismDemo({ steps: 120, seed: 1 });
    expect(r.finalLossWithGamma).toBeLessThan(r.finalLossWithoutGamma);
    expect(r.gammaMax.at(-1)!).toBeGreaterThan(1);
    expect(r.lambdaMin).toBeCloseTo(r.gammaSquared, 12);
    expect(r.lambdaMin).toBeGreaterThanOrEqual(1);
    expect(r.preconditionerRelError).toBeLessThan(1e-6);
    // deterministic
    expect(mechanismDemo({ steps: 120, seed: 1 }).finalLossWithGamma).toBe(r.finalLossWithGamma);
  });

  it('rejects bad input', () => {
    expect(() => mechanismDemo({ lr: -1 })).toThrow(QuireError);
    expect(() => mechanismDemo({ steps: 0 })).toThrow(/steps/);
    expect(() => mechanismProblem({ spread: 0.5 })).toThrow(/spread/);
    expect(() => mechanismDemo({ lr: 50, steps: 50 })).toThrow(/diverged/);
    expect(() => measuredPreconditioner([], 1)).toThrow(QuireError);
  });
});
