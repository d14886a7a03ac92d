/**
 * Spectral risk measures (and CVaR) of an empirical loss distribution through sorting, with
 * their subgradients with respect to the losses.
 */
import { QuireError } from '../core/errors.js';
import { assertFiniteArray, assertInRange } from '../core/validate.js';
import { argsort } from './sort.js';

/**
 * The spectral weights of n sorted losses for a risk spectrum with cumulative
 * Σ(u) = ∫₀ᵘ σ(s) ds: w_i = Σ(i/n) − Σ((i−1)/n), i = 1..n (ascending order).
 * @param n - sample size ≥ 1
 * @param cumulativeSpectrum - Σ: [0,1] → [0,1], non-decreasing, Σ(0) = 0, Σ(1) = 1
 * @returns Float64Array of n non-negative weights summing to 1
 * @throws QuireError if n is not a positive integer or Σ is not a valid cumulative spectrum
 * @example spectralWeights(4, (u) => u * u) // [1/16, 3/16, 5/16, 7/16]
 * @see Acerbi (2002), Spectral measures of risk, Math. Finance 12(4)
 */
/** Largest number of weights built at once (a Float64Array of 2^27 numbers is 1 GiB). */
const MAX_WEIGHTS = 2 ** 27;

export function spectralWeights(n: number, cumulativeSpectrum: (u: number) => number): Float64Array {
  const fn = 'spectralWeights';
  if (!Number.isInteger(n) || !(n >= 1)) throw new QuireError(`${fn}: n must be an integer ≥ 1, got ${String(n)}`);
  if (n > MAX_WEIGHTS) throw new QuireError(`${fn}: n = ${n} exceeds ${MAX_WEIGHTS}`);
  if (typeof cumulativeSpectrum !== 'function') throw new QuireError(`${fn}: cumulativeSpectrum must be a function`);
  const w = new Float64Array(n);
  let prev = cumulativeSpectrum(0);
  if (!(Math.abs(prev) < 1e-12)) throw new QuireError(`${fn}: cumulativeSpectrum(0) must be 0, got ${prev}`);
  const last = cumulativeSpectrum(1);
  if (!(Math.abs(last - 1) < 1e-9)) throw new QuireError(`${fn}: cumulativeSpectrum(1) must be 1, got ${last}`);
  for (let i = 1; i <= n; i++) {
    const cur = cumulativeSpectrum(i / n);
    const d = cur - prev;
    if (!(d >= -1e-15)) throw new QuireError(`${fn}: cumulativeSpectrum must be non-decreasing (it decreases near u = ${i / n})`);
    w[i - 1] = Math.max(0, d);
    prev = cur;
  }
  return w;
}

/**
 * The CVaR_α weights of n sorted losses: σ(u) = 1{u ≥ α}/(1 − α), so
 * w_i = (min(i/n, 1) − max((i−1)/n, α))₊ / (1 − α).
 * @param n - sample size ≥ 1
 * @param alpha - level in [0, 1)
 * @returns Float64Array of n weights summing to 1
 * @throws QuireError if alpha ∉ [0, 1) or n is not a positive integer
 * @example cvarWeights(4, 0.5) // [0, 0, 0.5, 0.5]
 * @see Rockafellar & Uryasev (2000), Optimization of conditional value-at-risk
 */
export function cvarWeights(n: number, alpha: number): Float64Array {
  const fn = 'cvarWeights';
  if (!Number.isInteger(n) || !(n >= 1)) throw new QuireError(`${fn}: n must be an integer ≥ 1, got ${String(n)}`);
  if (n > MAX_WEIGHTS) throw new QuireError(`${fn}: n = ${n} exceeds ${MAX_WEIGHTS}`);
  assertInRange(fn, 'alpha', alpha, 0, 1 - Number.EPSILON);
  return cvarWeightsKernel(n, alpha);
}

/** Trusted kernel of {@link cvarWeights}. */
export function cvarWeightsKernel(n: number, alpha: number): Float64Array {
  const w = new Float64Array(n);
  const inv = 1 / (1 - alpha);
  for (let i = 0; i < n; i++) {
    const lo = Math.max(i / n, alpha);
    const hi = (i + 1) / n;
    w[i] = hi > lo ? (hi - lo) * inv : 0;
  }
  return w;
}

/** A risk value and its subgradient with respect to the losses. */
export interface RiskGrad {
  value: number;
  /** ∂ρ/∂z_i, length n (a probability vector for a spectral risk) */
  grad: Float64Array;
}

/**
 * Spectral risk ρ(z) = Σ_i w_i z_(i) of losses z (ascending order statistics z_(1) ≤ … ≤ z_(n))
 * and its subgradient ∂ρ/∂z_{π(i)} = w_i, π the stable sorting permutation. For
 * non-decreasing w (a coherent risk) ρ is convex and this is a subgradient; away from ties it
 * is the gradient.
 * @param z - losses (finite, non-empty)
 * @param weights - spectral weights in ascending-loss order, length n, non-negative
 * @returns { value, grad }
 * @throws QuireError on empty/non-finite losses, mismatched or negative weights
 * @example spectralRiskGrad([3, 1, 2], [0, 0.5, 0.5]).value // 2.5
 * @see Acerbi (2002); Le (2026), arXiv 2605.28134 (risk-averse optimization)
 */
export function spectralRiskGrad(z: ArrayLike<number>, weights: ArrayLike<number>): RiskGrad {
  const fn = 'spectralRiskGrad';
  assertFiniteArray(fn, 'z', z);
  assertFiniteArray(fn, 'weights', weights);
  if (weights.length !== z.length)
    throw new QuireError(`${fn}: weights has length ${weights.length}, expected ${z.length} (the length of z)`);
  for (let i = 0; i < weights.length; i++)
    if (!(weights[i] >= 0)) throw new QuireError(`${fn}: weights[${i}] must be ≥ 0, got ${weights[i]}`);
  return spectralKernel(z, weights);
}

/** Trusted kernel of {@link spectralRiskGrad}. */
export function spectralKernel(z: ArrayLike<number>, weights: ArrayLike<number>): RiskGrad {
  const { order, sorted } = argsort(z);
  const grad = new Float64Array(z.length);
  let value = 0;
  for (let i = 0; i < sorted.length; i++) {
    value += weights[i] * sorted[i];
    grad[order[i]] = weights[i];
  }
  return { value, grad };
}

/**
 * Spectral risk ρ(z) = Σ_i w_i z_(i) (see {@link spectralRiskGrad}).
 * @example spectralRisk([3, 1, 2], [0, 0.5, 0.5]) // 2.5
 */
export function spectralRisk(z: ArrayLike<number>, weights: ArrayLike<number>): number {
  return spectralRiskGrad(z, weights).value;
}

/**
 * Empirical conditional value-at-risk CVaR_α(z) = (1/(1−α)) ∫_α^1 F_z⁻¹(u) du, the mean of the
 * worst (1 − α) fraction of losses (fractional at the boundary), with its subgradient.
 * @param z - losses (finite, non-empty)
 * @param alpha - level in [0, 1) (0 gives the mean)
 * @returns { value, grad }
 * @throws QuireError on empty/non-finite losses or alpha ∉ [0, 1)
 * @example cvarGrad([1, 2, 3, 4], 0.5).value // 3.5
 * @see Rockafellar & Uryasev (2000); population CVaR_0.95 of N(0,1) is φ(z_0.95)/0.05 ≈ 2.0627
 */
export function cvarGrad(z: ArrayLike<number>, alpha: number): RiskGrad {
  const fn = 'cvarGrad';
  assertFiniteArray(fn, 'z', z);
  assertInRange(fn, 'alpha', alpha, 0, 1 - Number.EPSILON);
  return spectralKernel(z, cvarWeightsKernel(z.length, alpha));
}

/**
 * Empirical CVaR_α of losses (see {@link cvarGrad}).
 * @example cvar([1, 2, 3, 4], 0.5) // 3.5
 */
export function cvar(z: ArrayLike<number>, alpha: number): number {
  const fn = 'cvar';
  assertFiniteArray(fn, 'z', z);
  assertInRange(fn, 'alpha', alpha, 0, 1 - Number.EPSILON);
  return spectralKernel(z, cvarWeightsKernel(z.length, alpha)).value;
}
