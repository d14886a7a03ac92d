/**
 * Power of meta-level tests in the many-normal-means model: exact where a closed form exists
 * (noncentral χ²; a one-dimensional integral for the shared-direction protocol), Monte Carlo
 * otherwise, and the separation rate (the smallest ‖f‖ reaching power 1 − β) by bisection.
 *
 * Monte Carlo uses a noise bank: by rotation invariance the power depends on f only through ‖f‖,
 * so f = ρ e₁, and each replicate's noise is reduced once to the sufficient pieces
 * (Z_{j1}, Σ_{i>1} Z_{ji}², max_{i>1} |Z_{ji}|, ⟨U, Z_j⟩, …). Every ρ then reuses the same noise
 * (common random numbers), which makes simulated power a smooth, nearly monotone function of ρ
 * and bisection on it well defined.
 */
import { QuireError } from '../core/errors.js';
import { Rng, splitSeeds } from '../core/rng.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { chi2Quantile, chi2Sf, gammaln, ncx2Sf, normalCdf, normalIsf, normalSf, wilsonInterval, type Estimate } from '../core/stats.js';
import { COMBINE_METHODS, combinePValuesRows } from './combine.js';
import { integrate } from './quadrature.js';

/** Meta-level tests of H0: f = 0 in the many-normal-means model. */
export const PROTOCOLS = ['pooled', 'chi2-sum', 'stouffer-direction', 'combined'] as const;
export type Protocol = (typeof PROTOCOLS)[number];
/** Protocols with an exact power function. */
export const EXACT_PROTOCOLS: readonly Protocol[] = ['pooled', 'chi2-sum', 'stouffer-direction'];

const modelParams = {
  m: { type: 'integer', min: 1, description: 'number of trials m' },
  n: { type: 'number', min: 0, exclusive: true, description: 'per-trial sample size n (> 0)' },
  d: { type: 'integer', min: 1, description: 'dimension d' },
  alpha: { type: 'number', min: 0, max: 1, exclusive: true, default: 0.05, description: 'level α in (0, 1)' },
  protocol: {
    type: 'enum',
    values: PROTOCOLS,
    description:
      'pooled (oracle χ² on all data), chi2-sum (sum of local χ²), stouffer-direction (shared random direction + two-sided Stouffer), combined (local p-values + a combiner)',
  },
  combiner: { type: 'enum', values: COMBINE_METHODS, default: 'fisher', description: "p-value combination method for protocol 'combined'" },
  local: { type: 'enum', values: ['chi2', 'max-abs'], default: 'chi2', description: "local statistic for protocol 'combined'" },
} as const;

/** Parameter schema of {@link exactPower}. */
export const exactPowerSchema = defineSchema({
  protocol: modelParams.protocol,
  m: modelParams.m,
  n: modelParams.n,
  d: modelParams.d,
  norm: { type: 'number', min: 0, description: 'signal size ‖f‖₂ (≥ 0)' },
  alpha: modelParams.alpha,
});
export type ExactPowerOptions = OptionsOf<typeof exactPowerSchema>;

/** Parameter schema of {@link monteCarloPower}. */
export const monteCarloPowerSchema = defineSchema({
  ...exactPowerSchema,
  combiner: modelParams.combiner,
  local: modelParams.local,
  reps: { type: 'integer', min: 1, max: 10_000_000, default: 1000, description: 'Monte Carlo replicates' },
  seed: { type: 'integer', default: 0, description: 'RNG seed' },
});
export type MonteCarloPowerOptions = OptionsOf<typeof monteCarloPowerSchema>;

/** Parameter schema of {@link separationRate}. */
export const separationRateSchema = defineSchema({
  protocol: modelParams.protocol,
  m: modelParams.m,
  n: modelParams.n,
  d: modelParams.d,
  alpha: modelParams.alpha,
  beta: { type: 'number', min: 0, max: 1, exclusive: true, default: 0.2, description: 'type-II error β: target power 1 − β' },
  combiner: modelParams.combiner,
  local: modelParams.local,
  reps: { type: 'integer', min: 1, max: 10_000_000, default: 1000, description: 'Monte Carlo replicates' },
  seed: { type: 'integer', default: 0, description: 'RNG seed' },
  exact: { type: 'boolean', default: false, description: 'bisect on the exact power instead of simulated power' },
  relTol: { type: 'number', min: 1e-12, max: 1, default: 1e-3, description: 'relative width of the final bracket' },
});
export type SeparationRateOptions = OptionsOf<typeof separationRateSchema>;

/** Exact power of the shared-direction protocol, ∫ over the law of U₁ (see {@link exactPower}). */
function directionPower(b: number, d: number, alpha: number): number {
  const zc = normalIsf(alpha / 2);
  const h = (x: number) => normalSf(zc - x) + normalCdf(-zc - x);
  if (d === 1) return h(b);
  if (b === 0) return alpha;
  // U₁ = cos θ with density ∝ sin^{d−2} θ on (0, π); h is even, so fold onto (0, π/2)
  const logNorm = 0.5 * Math.log(Math.PI) + gammaln((d - 1) / 2) - gammaln(d / 2);
  const integrand = (t: number) => h(b * Math.cos(t)) * Math.exp((d - 2) * Math.log(Math.sin(t)) - logNorm);
  return Math.min(1, 2 * integrate(integrand, 0, Math.PI / 2, { relTol: 1e-10 }));
}

/** Exact power of a protocol, trusting validated options. */
function exactPowerKernel(protocol: Protocol, m: number, n: number, d: number, norm: number, alpha: number): number {
  const lambda = m * n * norm * norm;
  switch (protocol) {
    case 'pooled':
      return ncx2Sf(chi2Quantile(1 - alpha, d), d, lambda);
    case 'chi2-sum':
      return ncx2Sf(chi2Quantile(1 - alpha, m * d), m * d, lambda);
    case 'stouffer-direction':
      return directionPower(Math.sqrt(lambda), d, alpha);
    default:
      throw new QuireError(`exactPower: protocol '${protocol}' has no closed-form power; use monteCarloPower`);
  }
}

/**
 * Exact power at level α, for f with ‖f‖₂ = norm (all three are rotation invariant):
 * - pooled: mn‖X̄‖² ~ χ²_d(λ), λ = mn‖f‖²; power = P(χ²_d(λ) > χ²_{d,1−α}).
 * - chi2-sum: Σ_j n‖X^(j)‖² ~ χ²_{md}(λ); power = P(χ²_{md}(λ) > χ²_{md,1−α}).
 * - stouffer-direction: given U, Z ~ N(b U₁, 1) with b = √λ and U₁ the first coordinate of a uniform
 *   unit vector (U₁² ~ Beta(½, (d−1)/2)); power = E[Φ̄(z − bU₁) + Φ(−z − bU₁)], z = Φ̄⁻¹(α/2),
 *   by adaptive Gauss–Kronrod quadrature over U₁ = cos θ.
 * @param options - protocol ('pooled' | 'chi2-sum' | 'stouffer-direction'), m ≥ 1, n > 0, d ≥ 1, norm ≥ 0, alpha ∈ (0, 1)
 * @returns the power in [0, 1]
 * @throws QuireError on invalid options or the protocol 'combined' (no closed form)
 * @example exactPower({ protocol: 'pooled', m: 20, n: 1, d: 50, norm: 1 }) // 0.551
 * @see Vuursteen et al. (2023), arXiv 2310.19541; notes-p1_p9.md §2.2 (d = 50, m = 20: 0.116 vs 0.551)
 */
export function exactPower(options: Partial<ExactPowerOptions> & Pick<ExactPowerOptions, 'protocol' | 'm' | 'n' | 'd' | 'norm'>): number {
  const o = parseOptions('exactPower', exactPowerSchema, options);
  return exactPowerKernel(o.protocol, o.m, o.n, o.d, o.norm, o.alpha);
}

/** Per-replicate sufficient statistics of the noise (see the module comment). */
interface NoiseBank {
  m: number;
  d: number;
  reps: number;
  /** reps × m: Z_{j1}, Σ_{i>1} Z_{ji}², max_{i>1} |Z_{ji}|, ⟨U, Z_j⟩ */
  z1: Float64Array;
  rest2: Float64Array;
  restMax: Float64Array;
  proj: Float64Array;
  /** per replicate: U₁, Σ_j Z_{j1}, Σ_{i>1} (Σ_j Z_{ji})² */
  u1: Float64Array;
  sum1: Float64Array;
  pooledRest: Float64Array;
}

/** Largest Monte Carlo workload (normal draws reps·m·d) and table size (reps·m or m·d) accepted. */
export const MONTE_CARLO_MAX_DRAWS = 2e9;
export const MONTE_CARLO_MAX_CELLS = 2 ** 25;

/**
 * Draw the noise of `reps` replicates. Replicate r uses seeds [zSeed, uSeed] = splitSeeds(splitSeeds(seed, reps)[r], 2):
 * Z from new Rng(zSeed) exactly as {@link simulateTrials} draws it, and U = randomDirection(d, uSeed).
 */
function drawNoise(fn: string, m: number, d: number, reps: number, seed: number): NoiseBank {
  // a work and memory bound instead of a run that never ends or a RangeError (issue 16)
  if (reps * m * d > MONTE_CARLO_MAX_DRAWS)
    throw new QuireError(
      `${fn}: reps × m × d = ${reps * m * d} normal draws exceeds ${MONTE_CARLO_MAX_DRAWS} (about a minute); lower reps, m or d`,
    );
  if (reps * m > MONTE_CARLO_MAX_CELLS || m * d > MONTE_CARLO_MAX_CELLS)
    throw new QuireError(`${fn}: reps × m = ${reps * m} and m × d = ${m * d} must each stay below ${MONTE_CARLO_MAX_CELLS} (memory)`);
  const bank: NoiseBank = {
    m,
    d,
    reps,
    z1: new Float64Array(reps * m),
    rest2: new Float64Array(reps * m),
    restMax: new Float64Array(reps * m),
    proj: new Float64Array(reps * m),
    u1: new Float64Array(reps),
    sum1: new Float64Array(reps),
    pooledRest: new Float64Array(reps),
  };
  const z = new Float64Array(m * d);
  const u = new Float64Array(d);
  const colSum = new Float64Array(d);
  const repSeeds = splitSeeds(seed, reps);
  for (let r = 0; r < reps; r++) {
    const [zSeed, uSeed] = splitSeeds(repSeeds[r], 2);
    new Rng(zSeed).fillNormal(z);
    new Rng(uSeed).fillNormal(u);
    let un = 0;
    for (let i = 0; i < d; i++) un += u[i] * u[i];
    un = 1 / Math.sqrt(un);
    for (let i = 0; i < d; i++) u[i] *= un;
    colSum.fill(0);
    for (let j = 0, o = 0; j < m; j++, o += d) {
      let s2 = 0;
      let mx = 0;
      let pr = u[0] * z[o];
      colSum[0] += z[o];
      for (let i = 1; i < d; i++) {
        const v = z[o + i];
        s2 += v * v;
        const a = Math.abs(v);
        if (a > mx) mx = a;
        pr += u[i] * v;
        colSum[i] += v;
      }
      const k = r * m + j;
      bank.z1[k] = z[o];
      bank.rest2[k] = s2;
      bank.restMax[k] = mx;
      bank.proj[k] = pr;
    }
    let pr2 = 0;
    for (let i = 1; i < d; i++) pr2 += colSum[i] * colSum[i];
    bank.u1[r] = u[0];
    bank.sum1[r] = colSum[0];
    bank.pooledRest[r] = pr2;
  }
  return bank;
}

/** Number of replicates that reject at signal size rho. Inner kernel. */
function countRejections(
  bank: NoiseBank,
  o: { protocol: Protocol; n: number; alpha: number; combiner: (typeof COMBINE_METHODS)[number]; local: string },
  rho: number,
  scratch: { p?: Float64Array },
): number {
  const { m, d, reps } = bank;
  const a = Math.sqrt(o.n) * rho;
  let count = 0;
  switch (o.protocol) {
    case 'pooled': {
      const crit = chi2Quantile(1 - o.alpha, d);
      const sm = Math.sqrt(m);
      for (let r = 0; r < reps; r++) {
        const t = (sm * a + bank.sum1[r] / sm) ** 2 + bank.pooledRest[r] / m;
        if (t > crit) count++;
      }
      return count;
    }
    case 'chi2-sum': {
      const crit = chi2Quantile(1 - o.alpha, m * d);
      for (let r = 0, k = 0; r < reps; r++) {
        let s = 0;
        for (let j = 0; j < m; j++, k++) s += (a + bank.z1[k]) ** 2 + bank.rest2[k];
        if (s > crit) count++;
      }
      return count;
    }
    case 'stouffer-direction': {
      const crit = normalIsf(o.alpha / 2) * Math.sqrt(m);
      for (let r = 0, k = 0; r < reps; r++) {
        const shift = a * bank.u1[r];
        let s = 0;
        for (let j = 0; j < m; j++, k++) s += shift + bank.proj[k];
        if (Math.abs(s) > crit) count++;
      }
      return count;
    }
    case 'combined': {
      const p = scratch.p ?? (scratch.p = new Float64Array(reps * m));
      for (let k = 0; k < reps * m; k++) {
        if (o.local === 'chi2') {
          p[k] = chi2Sf((a + bank.z1[k]) ** 2 + bank.rest2[k], d);
        } else {
          const mx = Math.max(Math.abs(a + bank.z1[k]), bank.restMax[k]);
          p[k] = -Math.expm1(d * Math.log1p(-2 * normalSf(mx)));
        }
      }
      const res = combinePValuesRows(p, reps, m, { method: o.combiner });
      for (let r = 0; r < reps; r++) if (res.pvalue[r] <= o.alpha) count++;
      return count;
    }
  }
}

/** Monte Carlo power with a Wilson 95% interval. */
export interface PowerEstimate extends Estimate {
  reps: number;
  rejections: number;
}

/**
 * Monte Carlo power of any protocol, from `reps` simulated meta-analyses with f = norm·e₁ (by rotation
 * invariance, the direction of f does not matter for these tests).
 * @param options - protocol, m, n, d, norm, alpha (default 0.05), combiner (default 'fisher') and local
 *   ('chi2' | 'max-abs') for 'combined', reps (default 1000), seed (default 0)
 * @returns the rejection rate with a 95% Wilson interval
 * @throws QuireError on invalid options
 * @example monteCarloPower({ protocol: 'combined', combiner: 'stouffer', m: 20, n: 1, d: 50, norm: 1, reps: 2000, seed: 1 })
 */
export function monteCarloPower(
  options: Partial<MonteCarloPowerOptions> & Pick<MonteCarloPowerOptions, 'protocol' | 'm' | 'n' | 'd' | 'norm'>,
): PowerEstimate {
  const o = parseOptions('monteCarloPower', monteCarloPowerSchema, options);
  const bank = drawNoise('monteCarloPower', o.m, o.d, o.reps, o.seed);
  const rejections = countRejections(bank, o, o.norm, {});
  return { ...wilsonInterval(rejections, o.reps), reps: o.reps, rejections };
}

/**
 * Power curves for several ρ from one noise bank (common random numbers across ρ): cheaper and
 * smoother than separate {@link monteCarloPower} calls.
 * @param norms - signal sizes ‖f‖ ≥ 0
 * @returns one estimate per norm
 * @throws QuireError on invalid options or norms
 */
export function monteCarloPowerCurve(
  norms: ArrayLike<number>,
  options: Partial<Omit<MonteCarloPowerOptions, 'norm'>> & Pick<MonteCarloPowerOptions, 'protocol' | 'm' | 'n' | 'd'>,
): PowerEstimate[] {
  const fn = 'monteCarloPowerCurve';
  const o = parseOptions(fn, monteCarloPowerSchema, { ...options, norm: 0 });
  for (let i = 0; i < norms.length; i++)
    if (!(norms[i] >= 0 && norms[i] < Infinity)) throw new QuireError(`${fn}: norms[${i}] must be a finite number ≥ 0, got ${norms[i]}`);
  const bank = drawNoise(fn, o.m, o.d, o.reps, o.seed);
  const scratch = {};
  return Array.from(norms, (rho) => {
    const rejections = countRejections(bank, o, rho, scratch);
    return { ...wilsonInterval(rejections, o.reps), reps: o.reps, rejections };
  });
}

/** A separation rate: the smallest ‖f‖ whose power reaches 1 − β. */
export interface SeparationRate {
  /** the smallest ρ found with power ≥ 1 − β (the upper end of the final bracket) */
  rho: number;
  /** the final bracket [lower, upper]: power(lower) < 1 − β ≤ power(upper) */
  bracket: [number, number];
  /** power at rho */
  power: number;
  /** power evaluations used */
  evaluations: number;
}

/**
 * Separation rate by bisection: the smallest ρ = ‖f‖ with power(ρ) ≥ 1 − β at level α, where power is
 * simulated (with a fixed seed and common random numbers across ρ) or exact. The bracket starts at
 * [½, 1]·ρ₀ and doubles or halves until it straddles 1 − β, then bisects geometrically until
 * upper/lower < 1 + relTol.
 * @param options - protocol, m, n, d, alpha (0.05), beta (0.2), combiner/local (for 'combined'),
 *   reps (1000), seed (0), exact (false), relTol (1e-3)
 * @returns the rate, its bracket and the power reached
 * @throws QuireError on invalid options, or exact = true for the protocol 'combined'
 * @example separationRate({ protocol: 'pooled', m: 20, n: 1, d: 50, exact: true }).rho
 * @see Vuursteen et al. (2023), arXiv 2310.19541 (minimax separation rates)
 */
export function separationRate(
  options: Partial<SeparationRateOptions> & Pick<SeparationRateOptions, 'protocol' | 'm' | 'n' | 'd'>,
): SeparationRate {
  const fn = 'separationRate';
  const o = parseOptions(fn, separationRateSchema, options);
  if (o.exact && !EXACT_PROTOCOLS.includes(o.protocol)) {
    throw new QuireError(`${fn}: protocol '${o.protocol}' has no exact power; use exact: false`);
  }
  const target = 1 - o.beta;
  if (!o.exact && target <= o.alpha) {
    throw new QuireError(`${fn}: the target power 1 − beta = ${target} must exceed alpha = ${o.alpha}`);
  }
  let power: (rho: number) => number;
  if (o.exact) {
    power = (rho) => exactPowerKernel(o.protocol, o.m, o.n, o.d, rho, o.alpha);
  } else {
    const bank = drawNoise(fn, o.m, o.d, o.reps, o.seed);
    const scratch = {};
    power = (rho) => countRejections(bank, o, rho, scratch) / o.reps;
  }
  let evaluations = 0;
  const pw = (rho: number) => {
    evaluations++;
    return power(rho);
  };
  // a first guess from the pooled rate ρ² ≍ √d/(mn)
  let hi = Math.sqrt(Math.sqrt(o.d) / (o.m * o.n));
  let pHi = pw(hi);
  for (let i = 0; pHi < target; i++) {
    if (i > 200) throw new QuireError(`${fn}: power never reached ${target} (largest ρ tried ${hi})`);
    hi *= 2;
    pHi = pw(hi);
  }
  let lo = hi / 2;
  for (let i = 0; pw(lo) >= target; i++) {
    if (i > 200) throw new QuireError(`${fn}: power stays ≥ ${target} down to ρ = ${lo}; the rate is below resolution`);
    hi = lo;
    lo /= 2;
  }
  pHi = NaN;
  while (hi / lo > 1 + o.relTol) {
    const mid = Math.sqrt(lo * hi);
    const pm = pw(mid);
    if (pm >= target) {
      hi = mid;
      pHi = pm;
    } else lo = mid;
  }
  if (Number.isNaN(pHi)) pHi = pw(hi);
  return { rho: hi, bracket: [lo, hi], power: pHi, evaluations };
}
