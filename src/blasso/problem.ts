/**
 * A synthetic BLASSO problem (operator, random separated spikes, noisy measurements) and a
 * single `solve` entry point dispatching on the method name.
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { randomSpikes, type SpikeMeasure } from './measure.js';
import { forward, makeOperator, type ForwardOperator } from './operators.js';
import { cpgd, fsp, fspHorizonFree, type FspOptions } from './particles.js';
import { slidingFrankWolfe } from './sfw.js';
import type { SolveResult } from './trajectory.js';

export const problemSchema = defineSchema({
  kernel: { type: 'enum', values: ['fourier', 'gaussian'] as const, default: 'fourier', description: 'forward operator' },
  dim: { type: 'integer', min: 1, max: 2, default: 1, description: 'dimension of the torus' },
  spikes: { type: 'integer', min: 1, max: 100, default: 3, description: 'number of true spikes' },
  fc: { type: 'integer', min: 1, max: 64, default: 6, description: 'Fourier cutoff frequency' },
  sigma: { type: 'number', min: 0.005, max: 0.2, default: 0.05, description: 'Gaussian width' },
  samples: { type: 'integer', min: 0, max: 512, default: 0, description: 'Gaussian samples per axis (0 = default)' },
  separation: {
    type: 'number',
    min: 0,
    max: 0.49,
    default: 0,
    description: 'minimum torus separation of the spikes (0 = 1/fc for Fourier, 3σ for Gaussian)',
  },
  noise: { type: 'number', min: 0, default: 0, description: 'standard deviation of the i.i.d. Gaussian noise per measurement' },
  positive: { type: 'boolean', default: false, description: 'all true amplitudes positive' },
  seed: { type: 'integer', min: 0, default: 0, description: 'RNG seed of the truth and the noise' },
});
export type ProblemOptions = OptionsOf<typeof problemSchema>;

export interface Problem {
  op: ForwardOperator;
  truth: SpikeMeasure;
  /** noiseless measurements Φμ₀ */
  clean: Float64Array;
  /** y = Φμ₀ + noise */
  y: Float64Array;
}

/**
 * Build a synthetic problem: k random spikes (amplitudes ±U[0.5, 1.5]) with a minimum torus
 * separation, measured by the operator with additive N(0, noise²) noise.
 * @param options - see `problemSchema`
 * @returns { op, truth, clean, y }
 * @throws QuireError on bad options or when the separation cannot be met
 * @example makeProblem({ kernel: 'fourier', dim: 1, spikes: 3, seed: 1 })
 */
export function makeProblem(options: Partial<ProblemOptions> = {}): Problem {
  const o = parseOptions('makeProblem', problemSchema, options);
  const op = makeOperator({ kernel: o.kernel, dim: o.dim, fc: o.fc, sigma: o.sigma, samples: o.samples });
  const sep = o.separation > 0 ? o.separation : o.kernel === 'fourier' ? 1 / o.fc : 3 * o.sigma;
  const [s1, s2] = new Rng(o.seed).split(2).map((r) => r.seed);
  const truth = randomSpikes(o.spikes, o.dim as 1 | 2, { minSeparation: Math.min(sep, 0.49), positive: o.positive, seed: s1 });
  const clean = forward(op, truth);
  const y = Float64Array.from(clean);
  if (o.noise > 0) {
    const r = new Rng(s2);
    for (let j = 0; j < y.length; j++) y[j] += r.normal(0, o.noise);
  }
  return { op, truth, clean, y };
}

export type SolveMethod = 'cpgd' | 'fsp' | 'fsp-hf' | 'sfw';

/**
 * Solve a BLASSO instance with the named method. `options.particles`, `iters`, `seed` and
 * the method's own options pass through (SFW uses `iters` as its outer-iteration cap).
 * @param op - forward operator
 * @param y - measurements
 * @param method - 'cpgd' | 'fsp' | 'fsp-hf' | 'sfw'
 * @param options - lambda (required) and the method's options
 * @returns the solver result
 * @throws QuireError on an unknown method or bad options
 * @example solve(p.op, p.y, 'fsp', { lambda: 0.1, seed: 2 })
 */
export function solve(
  op: ForwardOperator,
  y: ArrayLike<number>,
  method: SolveMethod,
  options: Partial<FspOptions> & { lambda: number },
): SolveResult {
  switch (method) {
    case 'cpgd': {
      const { birthEvery: _b, candidates: _c, birthTolerance: _t, maxBirths: _m, deathThreshold: _d, mergeRadius: _r, ...rest } = options;
      return cpgd(op, y, rest);
    }
    case 'fsp':
      return fsp(op, y, options);
    case 'fsp-hf':
      return fspHorizonFree(op, y, options);
    case 'sfw':
      return slidingFrankWolfe(op, y, {
        lambda: options.lambda,
        ...(options.iters !== undefined ? { iters: Math.min(options.iters, 10000) } : {}),
      });
    default:
      throw new QuireError(`solve: method must be one of 'cpgd', 'fsp', 'fsp-hf', 'sfw', got ${JSON.stringify(method)}`);
  }
}
