/**
 * The many-normal-means model of meta-analysis (Vuursteen, Szabó, van der Vaart & van Zanten 2023):
 * m independent trials, trial j observing X^(j) = f + n^{−1/2} Z^(j), Z^(j) ~ N(0, I_d), for the
 * test of H0: f = 0 against H1: ‖f‖₂ ≥ ρ. Here: the simulator, the local statistics each
 * trial can send, the pooled-data oracle and the shared-direction protocol.
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { chi2Sf, normalSf } from '../core/stats.js';
import { assertFiniteArray, assertInteger, assertOneOf, assertPositive } from '../core/validate.js';
import { COMBINE_METHODS, combinePValues, type CombineMethod } from './combine.js';

/** Trials as a row-major m × d table: row j is X^(j). */
export interface Trials {
  x: Float64Array;
  m: number;
  d: number;
  /** per-trial sample size */
  n: number;
}

/** The local statistics a trial can compute from its own data. */
export const LOCAL_STATISTICS = ['chi2', 'max-abs', 'projection'] as const;
export type LocalStatistic = (typeof LOCAL_STATISTICS)[number];

function checkTrials(fn: string, t: Trials): void {
  if (t === null || typeof t !== 'object' || !(t.x instanceof Float64Array))
    throw new QuireError(`${fn}: trials must be { x: Float64Array, m, d, n }`);
  assertInteger(fn, 'trials.m', t.m, 1);
  assertInteger(fn, 'trials.d', t.d, 1);
  assertPositive(fn, 'trials.n', t.n);
  if (t.x.length !== t.m * t.d) throw new QuireError(`${fn}: trials.x has length ${t.x.length}, expected m × d = ${t.m * t.d}`);
  assertFiniteArray(fn, 'trials.x', t.x);
}

/**
 * Simulate m trials of the many-normal-means model: X^(j) = f + n^{−1/2} Z^(j), Z^(j) ~ N(0, I_d),
 * drawing Z row by row from one seeded stream.
 * @param f - the signal, length d ≥ 1 (finite)
 * @param options.m - number of trials (integer ≥ 1)
 * @param options.n - per-trial sample size (> 0; may be fractional, it only scales the noise)
 * @param options.seed - RNG seed (the same seed gives bit-identical trials)
 * @returns the trials as a row-major m × d table
 * @throws QuireError on an empty or non-finite f, or m, n out of range
 * @example simulateTrials([1, 0, 0], { m: 20, n: 1, seed: 1 }).x.length // 60
 * @see Vuursteen et al. (2023), arXiv 2310.19541, Section 2
 */
export function simulateTrials(f: ArrayLike<number>, options: { m: number; n: number; seed: number }): Trials {
  const fn = 'simulateTrials';
  assertFiniteArray(fn, 'f', f);
  const { m, n, seed } = options ?? ({} as { m: number; n: number; seed: number });
  assertInteger(fn, 'm', m, 1);
  assertPositive(fn, 'n', n);
  assertInteger(fn, 'seed', seed, 0, Number.MAX_SAFE_INTEGER);
  const d = f.length;
  if (m * d > 2 ** 27) throw new QuireError(`${fn}: m × d = ${m * d} exceeds ${2 ** 27} entries`);
  const x = new Rng(seed).fillNormal(new Float64Array(m * d));
  const s = 1 / Math.sqrt(n);
  for (let j = 0, o = 0; j < m; j++, o += d) for (let i = 0; i < d; i++) x[o + i] = f[i] + s * x[o + i];
  return { x, m, d, n };
}

/**
 * A uniformly random unit vector in ℝ^d (a normalized Gaussian vector): the shared randomness
 * of the coordinated protocol.
 * @param d - dimension (integer ≥ 1)
 * @param seed - RNG seed
 * @throws QuireError if d is not a positive integer
 * @example randomDirection(3, 7) // a unit vector
 */
export function randomDirection(d: number, seed: number): Float64Array {
  assertInteger('randomDirection', 'd', d, 1, 2 ** 27);
  assertInteger('randomDirection', 'seed', seed, 0, Number.MAX_SAFE_INTEGER);
  const u = new Rng(seed).fillNormal(new Float64Array(d));
  let s = 0;
  for (let i = 0; i < d; i++) s += u[i] * u[i];
  s = 1 / Math.sqrt(s);
  for (let i = 0; i < d; i++) u[i] *= s;
  return u;
}

/**
 * Local statistics and their one-sided p-values, one per trial, each computed from that trial alone:
 * - chi2: T_j = n‖X^(j)‖² ~ χ²_d under H0 (χ²_d(n‖f‖²) under H1); p_j = P(χ²_d ≥ T_j). Locally optimal.
 * - max-abs: M_j = √n max_i |X^(j)_i|; p_j = 1 − (1 − 2Φ̄(M_j))^d.
 * - projection: L_j = √n ⟨u, X^(j)⟩ ~ N(√n⟨u, f⟩, 1) for a unit vector u; p_j = Φ̄(L_j).
 * @param trials - from {@link simulateTrials} (or real data in that layout)
 * @param statistic - which local statistic
 * @param direction - the unit vector u (required for 'projection', length d)
 * @returns `{ statistic, pvalue }`, Float64Arrays of length m
 * @throws QuireError on malformed trials, an unknown statistic, or a missing/wrong-length direction
 * @example localStatistics(simulateTrials([0, 0], { m: 3, n: 1, seed: 1 }), 'chi2').pvalue.length // 3
 */
export function localStatistics(
  trials: Trials,
  statistic: LocalStatistic,
  direction?: ArrayLike<number>,
): { statistic: Float64Array; pvalue: Float64Array } {
  const fn = 'localStatistics';
  checkTrials(fn, trials);
  assertOneOf(fn, 'statistic', statistic, LOCAL_STATISTICS);
  const { x, m, d, n } = trials;
  const stat = new Float64Array(m);
  const pval = new Float64Array(m);
  const sn = Math.sqrt(n);
  if (statistic === 'projection') {
    if (direction === undefined) throw new QuireError(`${fn}: statistic 'projection' needs a direction (a unit vector of length ${d})`);
    assertFiniteArray(fn, 'direction', direction);
    if (direction.length !== d) throw new QuireError(`${fn}: direction has length ${direction.length}, expected ${d} (the dimension d)`);
  }
  for (let j = 0, o = 0; j < m; j++, o += d) {
    if (statistic === 'chi2') {
      let s = 0;
      for (let i = 0; i < d; i++) s += x[o + i] * x[o + i];
      stat[j] = n * s;
      pval[j] = chi2Sf(stat[j], d);
    } else if (statistic === 'max-abs') {
      let mx = 0;
      for (let i = 0; i < d; i++) mx = Math.max(mx, Math.abs(x[o + i]));
      stat[j] = sn * mx;
      pval[j] = -Math.expm1(d * Math.log1p(-2 * normalSf(stat[j])));
    } else {
      let s = 0;
      for (let i = 0; i < d; i++) s += direction![i] * x[o + i];
      stat[j] = sn * s;
      pval[j] = normalSf(stat[j]);
    }
  }
  return { statistic: stat, pvalue: pval };
}

/**
 * The pooled-data oracle: the χ² test on all mn observations, T = mn‖X̄‖² ~ χ²_d(mn‖f‖²),
 * p = P(χ²_d ≥ T). Not available to a meta-analysis that sees only the trials' summaries; the benchmark.
 * @param trials - the trials
 * @returns `{ statistic, pvalue }`
 * @throws QuireError on malformed trials
 * @example pooledTest(simulateTrials([0, 0], { m: 4, n: 1, seed: 1 })).pvalue // in [0, 1]
 */
export function pooledTest(trials: Trials): { statistic: number; pvalue: number } {
  checkTrials('pooledTest', trials);
  const { x, m, d, n } = trials;
  const mean = new Float64Array(d);
  for (let j = 0, o = 0; j < m; j++, o += d) for (let i = 0; i < d; i++) mean[i] += x[o + i];
  let s = 0;
  for (let i = 0; i < d; i++) s += (mean[i] / m) ** 2;
  const statistic = m * n * s;
  return { statistic, pvalue: chi2Sf(statistic, d) };
}

/**
 * The sum of local χ² statistics (a combination of the statistics rather than their p-values):
 * S = Σ_j n‖X^(j)‖² ~ χ²_{md} under H0, χ²_{md}(mn‖f‖²) under H1; p = P(χ²_{md} ≥ S).
 * @throws QuireError on malformed trials
 */
export function chi2SumTest(trials: Trials): { statistic: number; pvalue: number } {
  checkTrials('chi2SumTest', trials);
  const { x, m, d, n } = trials;
  let s = 0;
  for (let k = 0; k < x.length; k++) s += x[k] * x[k];
  return { statistic: n * s, pvalue: chi2Sf(n * s, m * d) };
}

/**
 * The shared-direction protocol: all trials project on a common random unit vector U (shared
 * randomness), send L_j = √n⟨U, X^(j)⟩, and the meta-analyst combines them by Stouffer,
 * Z = Σ L_j/√m ~ N(√(mn)⟨U, f⟩, 1), two-sided because the sign of ⟨U, f⟩ is unknown:
 * p = 2Φ̄(|Z|).
 * @param trials - the trials
 * @param direction - the shared unit vector U (e.g. {@link randomDirection}(d, seed)), length d
 * @returns `{ statistic: Z, pvalue }`
 * @throws QuireError on malformed trials or a wrong-length direction
 * @see Vuursteen et al. (2023), arXiv 2310.19541: shared randomness beats every uncoordinated combination when m ≳ d
 */
export function sharedDirectionTest(trials: Trials, direction: ArrayLike<number>): { statistic: number; pvalue: number } {
  checkTrials('sharedDirectionTest', trials);
  assertFiniteArray('sharedDirectionTest', 'direction', direction);
  if (direction.length !== trials.d)
    throw new QuireError(`sharedDirectionTest: direction has length ${direction.length}, expected ${trials.d} (the dimension d)`);
  const local = localStatistics(trials, 'projection', direction);
  let s = 0;
  for (let j = 0; j < trials.m; j++) s += local.statistic[j];
  const z = s / Math.sqrt(trials.m);
  return { statistic: z, pvalue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

/**
 * Combine the trials' local p-values with one of the p-value combination methods.
 * @param trials - the trials
 * @param options.local - local statistic: 'chi2' (default) or 'max-abs'
 * @param options.method - a {@link CombineMethod} (default 'fisher')
 * @throws QuireError on malformed trials or unknown names
 * @example combinedLocalTest(simulateTrials([0.5, 0], { m: 10, n: 1, seed: 2 }), { method: 'stouffer' })
 */
export function combinedLocalTest(
  trials: Trials,
  options: { local?: 'chi2' | 'max-abs'; method?: CombineMethod } = {},
): { statistic: number; pvalue: number } {
  checkTrials('combinedLocalTest', trials);
  const local = options.local ?? 'chi2';
  assertOneOf('combinedLocalTest', 'options.local', local, ['chi2', 'max-abs'] as const);
  assertOneOf('combinedLocalTest', 'options.method', options.method ?? 'fisher', COMBINE_METHODS);
  return combinePValues(localStatistics(trials, local).pvalue, { method: options.method ?? 'fisher' });
}
