/**
 * The preconditioning mechanism of a scale vector, in float64 plain TypeScript.
 *
 * Model: ŷ = W(γ ⊙ z) with z = Norm(x), W ∈ ℝ^{c×d}, γ ∈ ℝ^d; loss
 *   L(W, γ) = (1/2n) Σ_i ‖W(γ⊙z_i) − y_i‖².
 * L depends on (W, γ) only through W̃ = W·diag(γ) (γ adds no expressivity). With
 * g̃_j = ∂L/∂w̃_j (column j of G = (1/n) Σ r_i z_iᵀ, r_i = W̃z_i − y_i), the partial gradients are
 * ∂L/∂w_j = γ_j g̃_j and ∂L/∂γ_j = w_jᵀ g̃_j, so one GD step of size η on (W, γ) moves W̃ by
 *   Δw̃_j = −η (γ_j² I + w_j w_jᵀ) g̃_j + η² γ_j (w_jᵀ g̃_j) g̃_j   (exact),
 * i.e. the preconditioner P_j = γ_j² I + w_j w_jᵀ (λ_min = γ_j² for c ≥ 2, λ_max = γ_j² + ‖w_j‖²)
 * up to O(η²). Gradient flow gives the exact identity dw̃_j/dt = −P_j g̃_j (Paper A, Thm 2.2).
 * Matrices are row-major Float64Array: W[r·d + j], Z[i·d + j], Y[i·c + r].
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { assertFiniteArray, assertInteger } from '../core/validate.js';

/** A linear regression problem after an RMS normalization. */
export interface MechanismProblem {
  d: number;
  c: number;
  n: number;
  /** normalized inputs z_i (rows of RMS 1), n×d */
  Z: Float64Array;
  /** targets, n×c */
  Y: Float64Array;
}

/**
 * Norm(x) = x / √(mean(x²) + ε) of a vector (float64), at any magnitude (x beyond 2^±500 is
 * rescaled exactly first, so x² neither overflows nor vanishes).
 * @throws QuireError on empty or non-finite x, eps not finite ≥ 0, or x = 0 with eps = 0
 */
export function rmsNormalizeVec(x: ArrayLike<number>, eps = 0): Float64Array {
  const fn = 'rmsNormalizeVec';
  assertFiniteArray(fn, 'x', x, { minLength: 1 });
  if (!(eps >= 0 && eps < Infinity)) throw new QuireError(`${fn}: eps is ${eps}, expected a finite number ≥ 0`);
  let big = 0;
  for (let i = 0; i < x.length; i++) big = Math.max(big, Math.abs(x[i]));
  if (big === 0 && eps === 0) throw new QuireError(`${fn}: x is all zeros and eps = 0: its RMS normalization 0/0 is undefined`);
  if (big > 2 ** 500 || big < 2 ** -500) return rmsScaled(x, eps, big);
  let ms = 0;
  for (let i = 0; i < x.length; i++) ms += x[i] * x[i];
  ms /= x.length;
  const s = 1 / Math.sqrt(ms + eps);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] * s;
  return out;
}

/** x / √(mean(x²) + ε) for x beyond 2^±500: with x = M·y, the root is hypot(M·rms(y), √ε). */
function rmsScaled(x: ArrayLike<number>, eps: number, big: number): Float64Array {
  const out = new Float64Array(x.length);
  if (big === 0) return out; // eps > 0: Norm(0) = 0
  let ms = 0;
  for (let i = 0; i < x.length; i++) ms += (x[i] / big) ** 2;
  ms /= x.length;
  const rms = Math.sqrt(ms); // the RMS of x / big, in [1/√n, 1]
  if (eps === 0) {
    for (let i = 0; i < x.length; i++) out[i] = x[i] / big / rms; // scale-free: big·rms may be subnormal
    return out;
  }
  const den = Math.hypot(big * rms, Math.sqrt(eps));
  // x_i / den = (x_i / big) · (big / den); big / den ≤ 1 / rms, so no overflow
  const f = den === 0 ? 0 : big / den;
  for (let i = 0; i < x.length; i++) out[i] = (x[i] / big) * f;
  return out;
}

/**
 * A seeded problem: x_i ~ N(0, I_d), z_i = Norm(x_i), y_i = A z_i with A_{rj} ~ N(0, 1)·s_j and
 * column scales s_j log-spaced over [1/spread, spread] (anisotropic: some input features matter
 * far more than others, which is where per-feature preconditioning helps).
 */
export function mechanismProblem(options: { d?: number; c?: number; n?: number; spread?: number; seed?: number } = {}): MechanismProblem {
  const fn = 'mechanismProblem';
  const d = options.d ?? 16;
  const c = options.c ?? 4;
  const n = options.n ?? 128;
  const spread = options.spread ?? 4;
  const seed = options.seed ?? 0;
  assertInteger(fn, 'd', d, 1, 4096);
  assertInteger(fn, 'c', c, 1, 4096);
  assertInteger(fn, 'n', n, 1, 1e6);
  assertInteger(fn, 'seed', seed, 0, Number.MAX_SAFE_INTEGER);
  if (!(spread >= 1 && Number.isFinite(spread))) throw new QuireError(`${fn}: spread is ${spread}, expected a finite number ≥ 1`);
  const rng = new Rng(seed);
  const Z = new Float64Array(n * d);
  const x = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) x[j] = rng.normal(0, 1);
    Z.set(rmsNormalizeVec(x), i * d);
  }
  const A = new Float64Array(c * d);
  for (let r = 0; r < c; r++) {
    for (let j = 0; j < d; j++) {
      const s = d > 1 ? Math.exp(Math.log(spread) * (2 * (j / (d - 1)) - 1)) : 1;
      A[r * d + j] = rng.normal(0, 1) * s;
    }
  }
  const Y = new Float64Array(n * c);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < c; r++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += A[r * d + j] * Z[i * d + j];
      Y[i * c + r] = s;
    }
  }
  return { d, c, n, Z, Y };
}

function checkShape(fn: string, name: string, a: ArrayLike<number> | null, len: number): void {
  if (a === null || typeof a !== 'object' || a.length !== len)
    throw new QuireError(`${fn}: ${name} has length ${a?.length}, expected ${len}`);
}

/** L and G = ∂L/∂W̃ (c×d) at W̃. @throws QuireError when Wt is not c·d long */
export function lossAndGradTilde(p: MechanismProblem, Wt: Float64Array): { loss: number; G: Float64Array } {
  const { d, c, n, Z, Y } = p;
  checkShape('lossAndGradTilde', 'Wt', Wt, c * d);
  const G = new Float64Array(c * d);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < c; r++) {
      let s = -Y[i * c + r];
      for (let j = 0; j < d; j++) s += Wt[r * d + j] * Z[i * d + j];
      loss += (s * s) / (2 * n);
      for (let j = 0; j < d; j++) G[r * d + j] += (s * Z[i * d + j]) / n;
    }
  }
  return { loss, G };
}

/** W̃ = W·diag(γ). @throws QuireError when W is not c·d long or gamma not d long */
export function effectiveWeight(W: Float64Array, gamma: Float64Array, c: number, d: number): Float64Array {
  checkShape('effectiveWeight', 'W', W, c * d);
  checkShape('effectiveWeight', 'gamma', gamma, d);
  const out = new Float64Array(c * d);
  for (let r = 0; r < c; r++) for (let j = 0; j < d; j++) out[r * d + j] = W[r * d + j] * gamma[j];
  return out;
}

/**
 * One GD step of size η on (W, γ) given G = ∂L/∂W̃: w_j ← w_j − ηγ_j g̃_j, γ_j ← γ_j − η w_jᵀ g̃_j
 * (both from the old values). With `gamma` null, plain GD on W (γ ≡ 1 frozen).
 * @throws QuireError on wrong lengths or a step size that is not finite
 */
export function gdStep(W: Float64Array, gamma: Float64Array | null, G: Float64Array, eta: number, c: number, d: number): void {
  checkShape('gdStep', 'W', W, c * d);
  checkShape('gdStep', 'G', G, c * d);
  if (gamma !== null) checkShape('gdStep', 'gamma', gamma, d);
  if (!Number.isFinite(eta)) throw new QuireError(`gdStep: eta is ${eta}, expected a finite step size`);
  for (let j = 0; j < d; j++) {
    const gj = gamma ? gamma[j] : 1;
    let dg = 0;
    for (let r = 0; r < c; r++) dg += W[r * d + j] * G[r * d + j];
    for (let r = 0; r < c; r++) W[r * d + j] -= eta * gj * G[r * d + j];
    if (gamma) gamma[j] -= eta * dg;
  }
}

/**
 * The preconditioner of column j as the one-step map actually applies it: run `gdStep`'s update of
 * (w_j, γ_j) on pseudo-gradients ε·e_k and read P̂[:, k] = −Δw̃_j/(ηε). Compare with theory
 * P_j = γ_j² I + w_j w_jᵀ (the O(η) term vanishes as ε → 0 since it is quadratic in the gradient).
 * @returns P̂ (c×c, row-major) and the relative Frobenius error ‖P̂ − P_j‖/‖P_j‖ (the absolute one when P_j = 0)
 * @throws QuireError on empty or non-finite wj, non-finite gammaJ, eta or eps not finite > 0, or a P_j that overflows
 */
export function measuredPreconditioner(
  wj: ArrayLike<number>,
  gammaJ: number,
  eta = 1e-3,
  eps = 1e-6,
): { P: Float64Array; theory: Float64Array; relError: number } {
  const fn = 'measuredPreconditioner';
  assertFiniteArray(fn, 'wj', wj, { minLength: 1 });
  if (!Number.isFinite(gammaJ)) throw new QuireError(`${fn}: gammaJ is ${gammaJ}, expected a finite number`);
  if (!(eta > 0 && eta < Infinity)) throw new QuireError(`${fn}: eta is ${eta}, expected a finite number > 0`);
  if (!(eps > 0 && eps < Infinity)) throw new QuireError(`${fn}: eps is ${eps}, expected a finite number > 0`);
  const c = wj.length;
  const P = new Float64Array(c * c);
  const theory = new Float64Array(c * c);
  for (let k = 0; k < c; k++) {
    // w' = w − ηγ(εe_k); γ' = γ − η wᵀ(εe_k); Δw̃ = γ'w' − γw.
    const gNew = gammaJ - eta * wj[k] * eps;
    for (let r = 0; r < c; r++) {
      const wNew = wj[r] - eta * gammaJ * (r === k ? eps : 0);
      P[r * c + k] = -(gNew * wNew - gammaJ * wj[r]) / (eta * eps);
      theory[r * c + k] = (r === k ? gammaJ * gammaJ : 0) + wj[r] * wj[k];
    }
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < c * c; i++) {
    num += (P[i] - theory[i]) ** 2;
    den += theory[i] ** 2;
  }
  if (!Number.isFinite(num) || !Number.isFinite(den))
    throw new QuireError(
      `${fn}: wj or gammaJ is too large: P_j = γ²I + wwᵀ overflows (|w| up to ${Math.max(...Array.from(wj, Math.abs))})`,
    );
  // P_j = 0 (w = 0, γ = 0) is measured exactly: relative error 0, not 0/0
  return { P, theory, relError: den > 0 ? Math.sqrt(num / den) : Math.sqrt(num) };
}

/** Options of `mechanismDemo`. */
export interface MechanismDemoOptions {
  d?: number;
  c?: number;
  n?: number;
  spread?: number;
  /** GD steps (default 400) */
  steps?: number;
  /** step size η (default 0.05) */
  lr?: number;
  seed?: number;
  /** record every k steps (default steps/40) */
  every?: number;
}

/** What `mechanismDemo` returns. */
export interface MechanismDemoResult {
  steps: number[];
  lossWithGamma: number[];
  lossWithoutGamma: number[];
  /** max_j γ_j and min_j γ_j along the run */
  gammaMax: number[];
  gammaMin: number[];
  /** ‖Δw̃ − (−ηPg̃)‖/‖Δw̃‖ for the step taken at each recorded step (an O(η) quantity) */
  oneStepRelError: number[];
  /** P̂ vs theory for the column with the largest γ, at the end */
  preconditionerRelError: number;
  lambdaMin: number;
  lambdaMax: number;
  gammaSquared: number;
  finalLossWithGamma: number;
  finalLossWithoutGamma: number;
}

/**
 * GD on L(W, γ) = (1/2n)Σ‖W(γ⊙z_i) − y_i‖² with learnable γ (init 1) versus plain GD on W (no γ),
 * from the same W₀ ~ N(0, 1/d) and the same step size; tracks the one-step preconditioner
 * identity along the run and measures P_j at the end.
 * @throws QuireError on invalid options
 * @example mechanismDemo({ steps: 200 }).finalLossWithGamma
 * @see Paper A (arXiv 2605.26895), Thm 2.2; derivation in README.md
 */
export function mechanismDemo(options: MechanismDemoOptions = {}): MechanismDemoResult {
  const fn = 'mechanismDemo';
  const steps = options.steps ?? 400;
  const lr = options.lr ?? 0.05;
  assertInteger(fn, 'steps', steps, 1, 1e6);
  if (!(lr > 0 && Number.isFinite(lr))) throw new QuireError(`${fn}: lr is ${lr}, expected a finite number > 0`);
  const every = options.every ?? Math.max(1, Math.floor(steps / 40));
  assertInteger(fn, 'every', every, 1);
  const p = mechanismProblem(options);
  const { c, d } = p;
  const rng = new Rng((options.seed ?? 0) + 1);
  const W0 = new Float64Array(c * d);
  for (let i = 0; i < W0.length; i++) W0[i] = rng.normal(0, 1 / Math.sqrt(d));
  const W = W0.slice();
  const gamma = new Float64Array(d).fill(1);
  const V = W0.slice();
  const out: MechanismDemoResult = {
    steps: [],
    lossWithGamma: [],
    lossWithoutGamma: [],
    gammaMax: [],
    gammaMin: [],
    oneStepRelError: [],
    preconditionerRelError: NaN,
    lambdaMin: NaN,
    lambdaMax: NaN,
    gammaSquared: NaN,
    finalLossWithGamma: NaN,
    finalLossWithoutGamma: NaN,
  };
  for (let t = 0; t <= steps; t++) {
    const Wt = effectiveWeight(W, gamma, c, d);
    const a = lossAndGradTilde(p, Wt);
    const b = lossAndGradTilde(p, V);
    if (!Number.isFinite(a.loss) || !Number.isFinite(b.loss)) throw new QuireError(`${fn}: the loss diverged at step ${t}; lower lr`);
    const record = t % every === 0 || t === steps;
    if (record) {
      out.steps.push(t);
      out.lossWithGamma.push(a.loss);
      out.lossWithoutGamma.push(b.loss);
      let gmax = -Infinity;
      let gmin = Infinity;
      for (const g of gamma) {
        gmax = Math.max(gmax, g);
        gmin = Math.min(gmin, g);
      }
      out.gammaMax.push(gmax);
      out.gammaMin.push(gmin);
    }
    if (t === steps) {
      out.finalLossWithGamma = a.loss;
      out.finalLossWithoutGamma = b.loss;
      break;
    }
    // Predicted Δw̃ = −η P_j g̃_j, before the step.
    const pred = new Float64Array(c * d);
    for (let j = 0; j < d; j++) {
      let wg = 0;
      for (let r = 0; r < c; r++) wg += W[r * d + j] * a.G[r * d + j];
      for (let r = 0; r < c; r++) pred[r * d + j] = -lr * (gamma[j] * gamma[j] * a.G[r * d + j] + W[r * d + j] * wg);
    }
    gdStep(W, gamma, a.G, lr, c, d);
    gdStep(V, null, b.G, lr, c, d);
    if (record) {
      const Wt2 = effectiveWeight(W, gamma, c, d);
      let num = 0;
      let den = 0;
      for (let i = 0; i < Wt2.length; i++) {
        const act = Wt2[i] - Wt[i];
        num += (act - pred[i]) ** 2;
        den += act * act;
      }
      out.oneStepRelError.push(den > 0 ? Math.sqrt(num / den) : 0);
    }
  }
  let jBest = 0;
  for (let j = 1; j < d; j++) if (gamma[j] > gamma[jBest]) jBest = j;
  const wj = Float64Array.from({ length: c }, (_, r) => W[r * d + jBest]);
  const m = measuredPreconditioner(wj, gamma[jBest]);
  out.preconditionerRelError = m.relError;
  let wn = 0;
  for (const v of wj) wn += v * v;
  out.gammaSquared = gamma[jBest] ** 2;
  out.lambdaMin = c >= 2 ? out.gammaSquared : out.gammaSquared + wn;
  out.lambdaMax = out.gammaSquared + wn;
  return out;
}
