/**
 * The convergence diagnostic: do empirical subgradients of a sampled transport objective
 * approach the population subdifferential as n grows, and do subgradient-method iterates
 * approach population stationary points? Two one-parameter families:
 * - smooth:    F_n(θ) = W_2²(θ·ẑ_n, ŷ_n), z ~ N(0,1), y ~ N(0, σ²): F(θ) = (θ − σ)², θ* = σ;
 * - nonsmooth: F_n(θ) = W_1(ẑ_n + θ, ŷ_n),  z ~ N(0,1), y ~ N(μ, 1): F(θ) = |θ − μ|, θ* = μ,
 *   ∂F(θ*) = [−1, 1].
 * Empirical derivatives are exact: the sorting subgradient of W_p^p in the model samples,
 * chained through the model's derivative ∂x_i/∂θ (z_i, resp. 1).
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { assertFiniteArray } from '../core/validate.js';
import { projectedSubgradientDescent } from './descent.js';
import { grad1dKernel } from './subgradients.js';

/** Population constants of the two families. */
export const SMOOTH_SIGMA = 2;
export const NONSMOOTH_MU = 1;

export type Family = 'smooth' | 'nonsmooth';

/** One sampled instance of a family. */
export interface FamilyInstance {
  family: Family;
  z: Float64Array;
  y: Float64Array;
  /** the population stationary point θ* */
  thetaStar: number;
  /** feasible interval [lo, hi] for θ */
  lo: number;
  hi: number;
}

/**
 * Draw an instance of a family with n samples of each side.
 * @param family - 'smooth' or 'nonsmooth'; n - sample size ≥ 2; seed - integer ≥ 0
 * @returns the samples and the population stationary point
 * @throws QuireError on invalid arguments
 * @example familyInstance('smooth', 1000, 0).thetaStar // 2
 */
export function familyInstance(family: Family, n: number, seed: number): FamilyInstance {
  const fn = 'familyInstance';
  if (family !== 'smooth' && family !== 'nonsmooth')
    throw new QuireError(`${fn}: family must be 'smooth' or 'nonsmooth', got ${JSON.stringify(family)}`);
  if (!Number.isInteger(n) || !(n >= 2) || n > 2 ** 24)
    throw new QuireError(`${fn}: n must be an integer ≥ 2 (at most 2^24), got ${String(n)}`);
  if (!Number.isInteger(seed) || !(seed >= 0) || seed > Number.MAX_SAFE_INTEGER)
    throw new QuireError(`${fn}: seed must be an integer in [0, 2^53), got ${String(seed)}`);
  const [a, b] = new Rng(seed).split(2);
  const z = a.fillNormal(new Float64Array(n));
  if (family === 'smooth') {
    return { family, z, y: b.fillNormal(new Float64Array(n), 0, SMOOTH_SIGMA), thetaStar: SMOOTH_SIGMA, lo: 0.25, hi: 4 };
  }
  return { family, z, y: b.fillNormal(new Float64Array(n), NONSMOOTH_MU, 1), thetaStar: NONSMOOTH_MU, lo: -1, hi: 3 };
}

/**
 * The empirical objective F_n(θ) and its exact derivative (a subgradient at kinks).
 * @param inst - from {@link familyInstance}; theta - a finite parameter
 * @returns { value, derivative }
 * @example empiricalDerivative(familyInstance('smooth', 1000, 0), 2).derivative // 0.1272 (zero up to O(n^{-1/2}) sampling noise at θ* = 2)
 */
export function empiricalDerivative(inst: FamilyInstance, theta: number): { value: number; derivative: number } {
  const fn = 'empiricalDerivative';
  if (
    inst === null ||
    typeof inst !== 'object' ||
    (inst.family !== 'smooth' && inst.family !== 'nonsmooth') ||
    inst.z?.length !== inst.y?.length
  )
    throw new QuireError(`${fn}: inst must come from familyInstance`);
  if (!Number.isFinite(theta)) throw new QuireError(`${fn}: theta must be a finite number, got ${theta}`);
  const out = empiricalDerivativeKernel(inst, theta);
  if (!Number.isFinite(out.value) || !Number.isFinite(out.derivative))
    throw new QuireError(`${fn}: F_n or its derivative exceeds the float64 range at theta = ${theta}`);
  return out;
}

function empiricalDerivativeKernel(inst: FamilyInstance, theta: number): { value: number; derivative: number } {
  const n = inst.z.length;
  const x = new Float64Array(n);
  if (inst.family === 'smooth') {
    for (let i = 0; i < n; i++) x[i] = theta * inst.z[i];
    const g = grad1dKernel(x, null, inst.y, null, 2);
    let s = 0;
    for (let i = 0; i < n; i++) s += g.gradU[i] * inst.z[i];
    return { value: g.value, derivative: s };
  }
  for (let i = 0; i < n; i++) x[i] = inst.z[i] + theta;
  const g = grad1dKernel(x, null, inst.y, null, 1);
  let s = 0;
  for (let i = 0; i < n; i++) s += g.gradU[i];
  return { value: g.value, derivative: s };
}

/**
 * The population subdifferential ∂F(θ) of a family as an interval [lo, hi].
 * @example populationSubdifferential('nonsmooth', 1) // [-1, 1]
 */
export function populationSubdifferential(family: Family, theta: number): [number, number] {
  if (family !== 'smooth' && family !== 'nonsmooth')
    throw new QuireError(`populationSubdifferential: family must be 'smooth' or 'nonsmooth', got ${JSON.stringify(family)}`);
  if (!Number.isFinite(theta)) throw new QuireError(`populationSubdifferential: theta must be a finite number, got ${theta}`);
  if (family === 'smooth') {
    const g = 2 * (theta - SMOOTH_SIGMA);
    if (!Number.isFinite(g)) throw new QuireError(`populationSubdifferential: 2(theta − σ) overflows at theta = ${theta}`);
    return [g, g];
  }
  if (theta > NONSMOOTH_MU) return [1, 1];
  if (theta < NONSMOOTH_MU) return [-1, -1];
  return [-1, 1];
}

/** Distance from a number to an interval. */
function distToInterval(g: number, [lo, hi]: [number, number]): number {
  return g < lo ? lo - g : g > hi ? g - hi : 0;
}

/** Largest n·(gridPoints + iterations) accepted by {@link convergenceDiagnostic} (points sorted in all). */
export const DIAGNOSTIC_MAX_WORK = 5e8;

/** Parameters of {@link convergenceDiagnostic}. */
export const diagnosticSchema = defineSchema({
  gridPoints: { type: 'integer', min: 3, default: 41, description: 'points of the parameter grid (includes θ*)' },
  iterations: { type: 'integer', min: 1, default: 300, description: 'subgradient iterations K per run' },
  step: { type: 'number', min: 0, exclusive: true, default: 0.5, description: 'step constant c of γ_k = c/√k' },
});

/** The measurements of one (family, n, seed) run. */
export interface DiagnosticRun {
  family: Family;
  n: number;
  /** sup over the grid of dist(F_n'(θ), ∂F(θ)) */
  supGrid: number;
  /** |F_n'(θ*)|: the empirical derivative at the population stationary point (population: 0 ∈ ∂F(θ*)) */
  atStationary: number;
  /** |θ̄_K − θ*| for the averaged iterate of projected subgradient descent on F_n */
  iterateError: number;
  /** dist(0, ∂F(θ̄_K)): population stationarity of the iterate */
  iterateStationarity: number;
}

/**
 * Run the diagnostic for one family, sample size and seed: (1) sup over a uniform grid on
 * [θ* − w, θ* + w] (which contains θ*) of dist(F_n'(θ), ∂F(θ)); (2) |F_n'(θ*)|; (3) projected
 * subgradient descent on F_n from the feasible interval's lower end, γ_k = c/√k, and the
 * distance of its averaged iterate to θ* and to population stationarity.
 * @param family - 'smooth' | 'nonsmooth'; n ≥ 2; seed ≥ 0; options - gridPoints, iterations, step
 * @returns the four measurements
 * @throws QuireError on invalid arguments
 * @example convergenceDiagnostic('smooth', 1000, 0).atStationary // ~ n^{-1/2}
 * @see Le (2026), arXiv 2605.28134 (graphical convergence of empirical subdifferentials)
 */
export function convergenceDiagnostic(
  family: Family,
  n: number,
  seed: number,
  options?: Partial<OptionsOf<typeof diagnosticSchema>>,
): DiagnosticRun {
  const fn = 'convergenceDiagnostic';
  const o = parseOptions(fn, diagnosticSchema, options);
  let inst: FamilyInstance;
  try {
    inst = familyInstance(family, n, seed);
  } catch (e) {
    throw new QuireError(`${fn}: ${(e as Error).message}`);
  }
  if (n * (o.gridPoints + o.iterations + 2) > DIAGNOSTIC_MAX_WORK)
    throw new QuireError(
      `${fn}: n × (gridPoints + iterations) = ${n * (o.gridPoints + o.iterations + 2)} sorted points exceeds ${DIAGNOSTIC_MAX_WORK}`,
    );
  const ts = inst.thetaStar;
  const half = 1;
  let supGrid = 0;
  for (let k = 0; k < o.gridPoints; k++) {
    const th = ts - half + (2 * half * k) / (o.gridPoints - 1);
    const g = empiricalDerivative(inst, th).derivative;
    supGrid = Math.max(supGrid, distToInterval(g, populationSubdifferential(family, th)));
  }
  const atStationary = Math.abs(empiricalDerivative(inst, ts).derivative);
  const res = projectedSubgradientDescent(
    {
      evaluate(t) {
        const e = empiricalDerivative(inst, t[0]);
        return { value: e.value, grad: new Float64Array([e.derivative]) };
      },
      project(t) {
        t[0] = Math.min(Math.max(t[0], inst.lo), inst.hi);
      },
    },
    [inst.lo],
    { iterations: o.iterations, step: o.step, rule: 'invsqrt' },
  );
  const th = res.average[0];
  return {
    family,
    n,
    supGrid,
    atStationary,
    iterateError: Math.abs(th - ts),
    iterateStationarity: distToInterval(0, populationSubdifferential(family, th)),
  };
}

/**
 * Root mean square of a list of non-negative numbers.
 * @throws QuireError if empty or non-finite
 */
export function rms(x: ArrayLike<number>): number {
  assertFiniteArray('rms', 'x', x);
  // scaled so that squares of entries near 1e155 and above do not overflow (rms([1e200]) was Infinity)
  let mx = 0;
  for (let i = 0; i < x.length; i++) mx = Math.max(mx, Math.abs(x[i]));
  if (mx === 0) return 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] / mx) ** 2;
  return mx * Math.sqrt(s / x.length);
}
