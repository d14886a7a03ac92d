/**
 * The stochastic heat problem −∇·(κ∇u) = f on (0,1)^d, u = 0 on the boundary, with a
 * log-normal source f(x, ξ) = exp(μ + σ Σ_m √λ_m ξ_m φ_m(x)), ξ ~ N(0, I_M), from the truncated
 * KL expansion of an exponential-covariance Gaussian field. A uniform grid of `cells` cells per
 * axis; unknowns at the interior nodes.
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { assertInteger } from '../core/validate.js';
import { klBasisFor, klModesAt, type KlBasis } from './kl.js';

/** Parameters of the heat problem (one schema: types, checks, CLI help). */
export const heatProblemSchema = defineSchema({
  dim: { type: 'integer', min: 1, max: 2, default: 1, description: 'space dimension d (1 or 2)' },
  cells: { type: 'integer', min: 2, max: 1024, default: 32, description: 'grid cells per axis n (h = 1/n)' },
  modes: { type: 'integer', min: 1, max: 256, default: 6, description: 'KL modes M (input dimension of the FCNN)' },
  lengthScale: {
    type: 'number',
    min: 0,
    exclusive: true,
    max: 100,
    default: 0.3,
    description: 'correlation length ℓ of the exponential covariance',
  },
  sigma: {
    type: 'number',
    min: 0,
    max: 5,
    default: 1,
    description: 'standard deviation σ of the Gaussian field log f (σ = 1: CV of f ≈ 1.3)',
  },
  mu: { type: 'number', min: -20, max: 20, default: 0, description: 'mean μ of log f' },
  kappa: { type: 'number', min: 0, exclusive: true, max: 1e6, default: 1, description: 'conductivity κ (constant)' },
});
export type HeatProblemSpec = OptionsOf<typeof heatProblemSchema>;

/** A built problem: the spec, grid and KL basis at the interior nodes. */
export interface HeatProblem {
  spec: HeatProblemSpec;
  dim: 1 | 2;
  /** cells per axis n */
  n: number;
  /** mesh width h = 1/n */
  h: number;
  /** number of unknowns P = (n − 1)^d */
  size: number;
  /** interior node coordinates, row-major [P, d]; in 2-D node p = i + (n−1)·j is (x_{i+1}, y_{j+1}) */
  points: Float64Array;
  basis: KlBasis;
  /** √λ_m φ_m at the interior nodes, row-major [M, P] */
  scaledModes: Float64Array;
}

/**
 * Build the heat problem from options (see `heatProblemSchema` for ranges and defaults).
 * @throws QuireError on an invalid option
 * @example const pb = heatProblem({ dim: 1, cells: 64, modes: 6 }); pb.size // 63
 */
export function heatProblem(options: Partial<HeatProblemSpec> = {}): HeatProblem {
  const spec = parseOptions('heatProblem', heatProblemSchema, options);
  const dim = spec.dim as 1 | 2;
  const n = spec.cells;
  const m1 = n - 1;
  const size = dim === 1 ? m1 : m1 * m1;
  const points = new Float64Array(size * dim);
  if (dim === 1) for (let i = 0; i < m1; i++) points[i] = (i + 1) / n;
  else
    for (let j = 0; j < m1; j++)
      for (let i = 0; i < m1; i++) {
        points[2 * (i + m1 * j)] = (i + 1) / n;
        points[2 * (i + m1 * j) + 1] = (j + 1) / n;
      }
  const basis = klBasisFor('heatProblem', dim, spec.modes, spec.lengthScale);
  const scaledModes = klModesAt(basis, points);
  for (let m = 0; m < spec.modes; m++) {
    const s = Math.sqrt(basis.modes[m].lambda);
    for (let p = 0; p < size; p++) scaledModes[m * size + p] *= s;
  }
  return { spec, dim, n, h: 1 / n, size, points, basis, scaledModes };
}

/**
 * The source at the interior nodes for KL coefficients ξ: f_p = exp(μ + σ Σ_m √λ_m ξ_m φ_m(x_p)).
 * @param xi - M finite coefficients
 * @throws QuireError if xi has the wrong length or a non-finite entry
 * @example sourceFromKl(heatProblem(), new Float64Array(6)) // all ones (μ = 0)
 */
export function sourceFromKl(problem: HeatProblem, xi: ArrayLike<number>): Float64Array {
  const M = problem.spec.modes;
  if (!xi || xi.length !== M)
    throw new QuireError(`sourceFromKl: xi has length ${xi?.length ?? 0}, expected ${M} (the number of KL modes)`);
  for (let m = 0; m < M; m++) {
    if (!Number.isFinite(xi[m])) throw new QuireError(`sourceFromKl: xi[${m}] is ${xi[m]}, expected a finite number`);
  }
  const out = new Float64Array(problem.size);
  sourceInto(problem, xi, 0, out, 0);
  return out;
}

/** Kernel: the source of row `row` of xi into out at offset (no checks). */
export function sourceInto(problem: HeatProblem, xi: ArrayLike<number>, xiOffset: number, out: Float64Array, outOffset: number): void {
  const P = problem.size;
  const M = problem.spec.modes;
  const { sigma, mu } = problem.spec;
  const S = problem.scaledModes;
  for (let p = 0; p < P; p++) out[outOffset + p] = 0;
  for (let m = 0; m < M; m++) {
    const c = xi[xiOffset + m];
    const base = m * P;
    for (let p = 0; p < P; p++) out[outOffset + p] += c * S[base + p];
  }
  for (let p = 0; p < P; p++) out[outOffset + p] = Math.exp(mu + sigma * out[outOffset + p]);
}

/**
 * Draw `count` KL coefficient vectors ξ ~ N(0, I_M), row-major [count, M].
 * @param seed - non-negative integer; the same seed gives the same draws
 * @example sampleKl(heatProblem(), 100, 1).length // 600
 */
export function sampleKl(problem: HeatProblem, count: number, seed: number): Float64Array {
  assertInteger('sampleKl', 'count', count, 1, 1e8);
  assertInteger('sampleKl', 'seed', seed, 0, Number.MAX_SAFE_INTEGER);
  const out = new Float64Array(count * problem.spec.modes);
  new Rng(seed).fillNormal(out);
  return out;
}
