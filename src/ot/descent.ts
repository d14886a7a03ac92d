/**
 * Projected subgradient descent with documented step rules, the solver for the sampled
 * transport objectives (which are piecewise smooth, so only subgradients exist at kinks).
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { assertFiniteArray } from '../core/validate.js';

/** A (sub)differentiable objective with an optional projection onto the feasible set. */
export interface SubgradientObjective {
  /** value and one subgradient at θ (θ must not be modified) */
  evaluate(theta: Float64Array): { value: number; grad: Float64Array };
  /** Euclidean projection onto the feasible set, in place (default: none) */
  project?(theta: Float64Array): void;
}

/** Parameters of {@link projectedSubgradientDescent}. */
export const descentSchema = defineSchema({
  iterations: { type: 'integer', min: 1, max: 10_000_000, default: 500, description: 'number of iterations K' },
  step: { type: 'number', min: 0, exclusive: true, default: 0.1, description: 'step constant c' },
  rule: {
    type: 'enum',
    values: ['invsqrt', 'normalized', 'constant'] as const,
    default: 'invsqrt',
    description: "step rule: 'invsqrt' γ_k = c/√k; 'normalized' γ_k = c/(√k‖g_k‖); 'constant' γ_k = c",
  },
});

export type DescentOptions = Partial<OptionsOf<typeof descentSchema>>;

/** The result of a descent run. */
export interface DescentResult {
  /** the last iterate θ_K */
  last: Float64Array;
  /** the iterate with the smallest objective value seen (the classical output of a subgradient method) */
  best: Float64Array;
  bestValue: number;
  /** the step-weighted average of the second half of the iterates (projected) */
  average: Float64Array;
  /** objective value at each iterate θ_0 … θ_{K−1} */
  values: Float64Array;
}

/**
 * Projected subgradient descent: θ_{k+1} = Π(θ_k − γ_k g_k), g_k ∈ ∂F(θ_k), k = 1..K, with
 * γ_k = c/√k ('invsqrt', the classical rule for convex Lipschitz F: best-iterate gap
 * O(log K/√K)), c/(√k‖g_k‖) ('normalized', scale-free) or c ('constant').
 * @param objective - value + subgradient (+ projection)
 * @param theta0 - the start (finite, non-empty); it is projected first
 * @param options.iterations - K ≥ 1 (default 500); options.step - c > 0 (default 0.1); options.rule
 * @returns last, best and averaged iterates, and the value history
 * @throws QuireError on an invalid start or options, or a non-finite value/subgradient
 * @example projectedSubgradientDescent({ evaluate: (t) => ({ value: Math.abs(t[0]), grad: new Float64Array([Math.sign(t[0])]) }) }, [1]).best // ≈ [0]
 * @see Shor (1985); Nesterov, Lectures on Convex Optimization (2018), §3.2.3
 */
export function projectedSubgradientDescent(
  objective: SubgradientObjective,
  theta0: ArrayLike<number>,
  options?: DescentOptions,
): DescentResult {
  const fn = 'projectedSubgradientDescent';
  assertFiniteArray(fn, 'theta0', theta0);
  const { iterations: K, step: c, rule } = parseOptions(fn, descentSchema, options);
  const theta = Float64Array.from(theta0);
  const dim = theta.length;
  objective.project?.(theta);
  const best = theta.slice();
  let bestValue = Infinity;
  const avg = new Float64Array(dim);
  let wsum = 0;
  const values = new Float64Array(K);
  for (let k = 1; k <= K; k++) {
    const { value, grad } = objective.evaluate(theta);
    if (!Number.isFinite(value)) throw new QuireError(`${fn}: the objective is not finite at iteration ${k}`);
    values[k - 1] = value;
    if (value < bestValue) {
      bestValue = value;
      best.set(theta);
    }
    let gn = 0;
    for (let q = 0; q < dim; q++) gn += grad[q] * grad[q];
    gn = Math.sqrt(gn);
    if (!Number.isFinite(gn)) throw new QuireError(`${fn}: the subgradient is not finite at iteration ${k}`);
    const gamma = rule === 'invsqrt' ? c / Math.sqrt(k) : rule === 'constant' ? c : gn > 0 ? c / (Math.sqrt(k) * gn) : 0;
    if (k > K / 2) {
      for (let q = 0; q < dim; q++) avg[q] += gamma * theta[q];
      wsum += gamma;
    }
    for (let q = 0; q < dim; q++) theta[q] -= gamma * grad[q];
    objective.project?.(theta);
  }
  const final = objective.evaluate(theta).value;
  if (final < bestValue) {
    bestValue = final;
    best.set(theta);
  }
  if (wsum > 0) for (let q = 0; q < dim; q++) avg[q] /= wsum;
  else avg.set(theta);
  objective.project?.(avg);
  return { last: theta, best, bestValue, average: avg, values };
}

/** Projection onto the Euclidean ball of radius r (in place). */
export function projectBall(theta: Float64Array, r: number): void {
  if (!(r >= 0)) throw new QuireError(`projectBall: r must be a number ≥ 0 (Infinity: no projection), got ${r}`);
  // the norm by scaled squares: ‖θ‖² overflows for entries near 1e155 (the projection was then 0)
  let mx = 0;
  for (let q = 0; q < theta.length; q++) mx = Math.max(mx, Math.abs(theta[q]));
  if (!(mx < Infinity)) throw new QuireError('projectBall: theta must be finite');
  if (mx === 0) return;
  let s = 0;
  for (let q = 0; q < theta.length; q++) s += (theta[q] / mx) ** 2;
  const norm = mx * Math.sqrt(s);
  if (norm > r) {
    const f = r / norm;
    for (let q = 0; q < theta.length; q++) theta[q] *= f;
  }
}
