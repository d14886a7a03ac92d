/**
 * Synthetic data: the paper's 1-D generator (spatial-adapter `generate_time_synthetic_data`,
 * "NeurIPS §4.1") and a 2-D station generator (smooth bumps with AR(1) scores, noise, and
 * covariates with a linear trend), plus the frozen OLS first stage used with them.
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { defineSchema, parseOptions, type PartialOptionsOf } from '../core/schema.js';
import { choleskyFlat, luFactorFlat, luSolveFlat } from '../core/linalg.js';

/** Data from a generator: everything flat row-major. */
export interface SpatialData {
  /** number of time points T and sites N */
  T: number;
  n: number;
  /** site coordinates, N×d row-major, and d */
  coords: Float64Array;
  d: number;
  /** covariates, T×N×p (index (t·N + i)·p + j) */
  X: Float64Array;
  p: number;
  /** observations, T×N */
  Y: Float64Array;
  /** the true trend (50 + xᵀβ + γ_t, or β₀ + xᵀβ), T×N */
  trend: Float64Array;
  /** the true spatial signal Σ_k α_{k,t} φ_k(s_i), T×N */
  signal: Float64Array;
  /** true basis functions at the sites, N×K₀ row-major, and K₀ */
  basis: Float64Array;
  k0: number;
  /** true score variances (length K₀) and noise variance */
  scoreVariance: Float64Array;
  noiseVariance: number;
  /** the stationary N×N covariance of the signal, for the full-rank 2-D fields (absent for 'bumps' and 1-D) */
  signalCovariance?: Float64Array;
}

export const synthetic1dSchema = defineSchema({
  n: { type: 'integer', min: 4, default: 512, description: 'number of sites N on linspace(−3, 3, N)' },
  T: { type: 'integer', min: 2, default: 1024, description: 'number of time points T on [0, 2π]' },
  noiseStd: { type: 'number', min: 0, default: 4, description: 'noise standard deviation' },
  eigenvalue: { type: 'number', min: 0, default: 25, description: 'stationary variance of the AR(1) score α_t' },
  ar: { type: 'number', min: -1, max: 1, exclusive: true, default: 0.8, description: 'AR(1) coefficient of α_t' },
  covariateStd: { type: 'number', min: 0, default: 1, description: 'per-site perturbation sd σ_x of the covariates' },
  shape: {
    type: 'enum',
    values: ['gaussian', 'rough'] as const,
    default: 'gaussian',
    description:
      "true basis φ: 'gaussian' e^{−s²} (the paper's) or 'rough' e^{−s²}·cos(4πs) (a negative control for the smoothness penalty)",
  },
  seed: { type: 'integer', min: 0, default: 0, description: 'seed' },
});

/** An AR(1) series with coefficient a and stationary variance v, started from stationarity. */
function ar1(rng: Rng, T: number, a: number, v: number): Float64Array {
  const out = new Float64Array(T);
  const sdInnov = Math.sqrt(v * (1 - a * a));
  out[0] = rng.normal(0, Math.sqrt(v));
  for (let t = 1; t < T; t++) out[t] = a * out[t - 1] + rng.normal(0, sdInnov);
  return out;
}

/**
 * The paper's 1-D synthetic generator: Y(s_i, t) = 50 + x_{i,t}ᵀβ + α_t·φ(s_i) + ε with
 * β = (10, −9.5, 2.6, −1.3, 1.2), covariates on t ∈ [0, 2π] (temp = 15 + 10 sin t,
 * wind = |3 + ε|, hum = 70 − 0.5·temp, pres = 1000 + 20·N(t; π, 1), poll = 50 + 2·temp − 3·wind,
 * each with measurement noise sd 0.1 and a per-site N(0, σ_x²) perturbation), α_t AR(1)
 * with coefficient `ar` and stationary variance `eigenvalue`, φ(s) = e^{−s²}/‖·‖ on
 * s = linspace(−3, 3, N), ε ~ N(0, noiseStd²). (γ_t is off, as in the paper's default.)
 * With `shape: 'rough'`, φ(s) ∝ e^{−s²}·cos(4πs) instead (period ½, about 10 sites per period at
 * N = 128): a basis the thin-plate penalty should hurt, for negative controls.
 *
 * @param options - n (≥ 4), T (≥ 2), noiseStd ≥ 0, eigenvalue ≥ 0, ar ∈ (−1, 1), covariateStd ≥ 0, shape, seed
 * @returns flat data with the true basis and variances
 * @throws QuireError on out-of-range options
 * @example generateSynthetic1d({ n: 128, T: 256, seed: 1 }).Y.length // 32768
 * @see spatial-adapter `data/generators.py::generate_time_synthetic_data`; configs/production/synthetic_1d.yaml
 */
export function generateSynthetic1d(options: PartialOptionsOf<typeof synthetic1dSchema> = {}): SpatialData {
  const o = parseOptions('generateSynthetic1d', synthetic1dSchema, options);
  const { n, T } = o;
  const rng = new Rng(o.seed);
  const coords = new Float64Array(n);
  const phi = new Float64Array(n);
  let nrm = 0;
  for (let i = 0; i < n; i++) {
    coords[i] = -3 + (6 * i) / (n - 1);
    phi[i] = Math.exp(-coords[i] * coords[i]) * (o.shape === 'rough' ? Math.cos(4 * Math.PI * coords[i]) : 1);
    nrm += phi[i] * phi[i];
  }
  nrm = Math.sqrt(nrm);
  for (let i = 0; i < n; i++) phi[i] /= nrm;
  const beta = [10, -9.5, 2.6, -1.3, 1.2];
  const p = 5;
  const base = new Float64Array(T * p);
  for (let t = 0; t < T; t++) {
    const tt = T === 1 ? 0 : (2 * Math.PI * t) / (T - 1);
    const temp = 15 + 10 * Math.sin(tt) + rng.normal(0, 0.1);
    const wind = Math.abs(3 + rng.normal(0, 1)) + rng.normal(0, 0.1);
    const hum = 70 - 0.5 * temp + rng.normal(0, 0.1);
    const pres = 1000 + (20 * Math.exp(-0.5 * (tt - Math.PI) ** 2)) / Math.sqrt(2 * Math.PI) + rng.normal(0, 0.1);
    const poll = 50 + 2 * temp - 3 * wind + rng.normal(0, 0.1);
    base.set([temp, wind, hum, pres, poll], t * p);
  }
  const alpha = ar1(rng, T, o.ar, o.eigenvalue);
  const X = new Float64Array(T * n * p);
  const Y = new Float64Array(T * n);
  const trend = new Float64Array(T * n);
  const signal = new Float64Array(T * n);
  for (let t = 0; t < T; t++)
    for (let i = 0; i < n; i++) {
      let mu = 50;
      for (let j = 0; j < p; j++) {
        const x = base[t * p + j] + rng.normal(0, o.covariateStd);
        X[(t * n + i) * p + j] = x;
        mu += beta[j] * x;
      }
      const s = alpha[t] * phi[i];
      trend[t * n + i] = mu;
      signal[t * n + i] = s;
      Y[t * n + i] = mu + s + rng.normal(0, o.noiseStd);
    }
  return {
    T,
    n,
    coords,
    d: 1,
    X,
    p,
    Y,
    trend,
    signal,
    basis: phi,
    k0: 1,
    scoreVariance: Float64Array.of(o.eigenvalue),
    noiseVariance: o.noiseStd * o.noiseStd,
  };
}

export const stations2dSchema = defineSchema({
  n: { type: 'integer', min: 4, default: 120, description: 'number of stations, uniform on [0, 1]²' },
  T: { type: 'integer', min: 2, default: 300, description: 'number of time points' },
  field: {
    type: 'enum',
    values: ['bumps', 'matern', 'anisotropic', 'nonstationary'] as const,
    default: 'bumps',
    description:
      "spatial signal: 'bumps' (exactly rank K₀), 'matern' (full-rank stationary Matérn ν = 3⁄2), 'anisotropic' (Matérn, range 2w along 30°, w/2 across), 'nonstationary' (Matérn on warped sites, amplitude growing in x)",
  },
  bumps: { type: 'integer', min: 1, max: 10, default: 3, description: "number of Gaussian bumps K₀ (field 'bumps')" },
  width: {
    type: 'number',
    min: 0,
    exclusive: true,
    default: 0.2,
    description: 'bump width (sd of the Gaussian), or the Matérn range w, in [0, 1]² units',
  },
  scoreStd: {
    type: 'number',
    min: 0,
    default: 3,
    description: "sd of the first AR(1) score, bump k has scoreStd·0.7^k ('bumps'); the Matérn fields have marginal sd scoreStd/√2",
  },
  ar: {
    type: 'number',
    min: -1,
    max: 1,
    exclusive: true,
    default: 0.8,
    description: 'AR(1) coefficient of the scores (of the field in time)',
  },
  noiseStd: { type: 'number', min: 0, default: 1, description: 'noise sd (σ = noiseStd)' },
  seed: { type: 'integer', min: 0, default: 0, description: 'seed' },
});

/**
 * Signal covariance of a full-rank field at the stations (N×N), for `field` ≠ 'bumps'.
 * Matérn ν = 3⁄2 with variance v and range w on:
 * - 'matern': the sites themselves;
 * - 'anisotropic': the sites rotated by −30° and scaled by (1/2, 2), i.e. range 2w along the
 *   30° axis and w/2 across it;
 * - 'nonstationary': warped sites (s₁², s₂), times the amplitude a(s) = ½ + s₁ at each end,
 *   so both the range and the variance change across the square.
 */
function fieldCovariance(
  field: 'matern' | 'anisotropic' | 'nonstationary',
  coords: Float64Array,
  n: number,
  w: number,
  v: number,
): Float64Array {
  const u = new Float64Array(n * 2);
  const amp = new Float64Array(n).fill(1);
  const c30 = Math.cos(Math.PI / 6);
  const s30 = Math.sin(Math.PI / 6);
  for (let i = 0; i < n; i++) {
    const x = coords[i * 2];
    const y = coords[i * 2 + 1];
    if (field === 'matern') {
      u[i * 2] = x;
      u[i * 2 + 1] = y;
    } else if (field === 'anisotropic') {
      u[i * 2] = (c30 * x + s30 * y) / 2;
      u[i * 2 + 1] = (-s30 * x + c30 * y) * 2;
    } else {
      u[i * 2] = x * x;
      u[i * 2 + 1] = y;
      amp[i] = 0.5 + x;
    }
  }
  const C = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      const h = Math.hypot(u[i * 2] - u[j * 2], u[i * 2 + 1] - u[j * 2 + 1]) / w;
      const a = Math.sqrt(3) * h;
      C[i * n + j] = C[j * n + i] = v * amp[i] * amp[j] * (1 + a) * Math.exp(-a);
    }
  return C;
}

/**
 * 2-D station generator: N stations uniform on [0, 1]², noise N(0, noiseStd²), and two
 * covariates with a linear trend: elevation x₁(s) = s₁ + 0.5·s₂ + N(0, 0.05²) (fixed in time)
 * and temperature x₂(t, s) = 10·sin(2πt/T) + N(0, 1) at each station,
 * Y = 10 + 2·x₁ + 1.5·x₂ + signal + ε. The signal depends on `field`:
 * - 'bumps' (default): Σ_k α_{k,t}g_k(s), K₀ Gaussian bumps g_k(s) = exp(−‖s − c_k‖²/(2w²))
 *   with centres uniform on [0.2, 0.8]² and AR(1) scores α_{k,t} (sd scoreStd·0.7^k): exactly
 *   rank K₀ plus noise. `basis` holds the bumps at the stations (not orthonormalized).
 * - 'matern', 'anisotropic', 'nonstationary': a full-rank Gaussian field f_t = a·f_{t−1} +
 *   √(1 − a²)·Lz_t (AR(1) in time, stationary covariance C = LLᵀ, see `signalCovariance`),
 *   Matérn ν = 3⁄2 with range w and variance scoreStd²/2, made anisotropic or non-stationary
 *   as documented on those values. `basis` is empty (k₀ = 0): no finite basis is true.
 *
 * @param options - n ≥ 4, T ≥ 2, field, bumps ∈ [1, 10], width > 0, scoreStd ≥ 0, ar ∈ (−1, 1), noiseStd ≥ 0, seed
 * @returns flat data
 * @throws QuireError on out-of-range options
 * @example generateStations2d({ n: 100, T: 200, seed: 1 }).coords.length // 200
 */
export function generateStations2d(options: PartialOptionsOf<typeof stations2dSchema> = {}): SpatialData {
  const o = parseOptions('generateStations2d', stations2dSchema, options);
  const { n, T } = o;
  const bumps = o.field === 'bumps';
  const K0 = bumps ? o.bumps : 0;
  const rng = new Rng(o.seed);
  const coords = rng.fillUniform(new Float64Array(n * 2));
  const centres = rng.fillUniform(new Float64Array(K0 * 2), 0.2, 0.8);
  const basis = new Float64Array(n * K0);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < K0; k++) {
      const dx = coords[i * 2] - centres[k * 2];
      const dy = coords[i * 2 + 1] - centres[k * 2 + 1];
      basis[i * K0 + k] = Math.exp(-(dx * dx + dy * dy) / (2 * o.width * o.width));
    }
  const sv = new Float64Array(K0);
  const scores: Float64Array[] = [];
  for (let k = 0; k < K0; k++) {
    sv[k] = (o.scoreStd * 0.7 ** k) ** 2;
    scores.push(ar1(rng, T, o.ar, sv[k]));
  }
  // full-rank fields: T×N signal by the AR(1) recursion on Cholesky draws
  let fieldSignal: Float64Array | null = null;
  let signalCovariance: Float64Array | undefined;
  if (o.field !== 'bumps') {
    const C = fieldCovariance(o.field, coords, n, o.width, (o.scoreStd * o.scoreStd) / 2);
    signalCovariance = Float64Array.from(C);
    // a tiny jitter (1e-10 of the variance) keeps the Cholesky of a near-singular C defined
    let maxDiag = 0;
    for (let i = 0; i < n; i++) maxDiag = Math.max(maxDiag, C[i * n + i]);
    for (let i = 0; i < n; i++) C[i * n + i] += 1e-10 * maxDiag + 1e-300;
    const L = choleskyFlat(C, n);
    if (!L) throw new QuireError('generateStations2d: the field covariance is not positive definite (coincident stations?)');
    fieldSignal = new Float64Array(T * n);
    const z = new Float64Array(n);
    const innov = Math.sqrt(1 - o.ar * o.ar);
    for (let t = 0; t < T; t++) {
      rng.fillNormal(z);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let k = 0; k <= i; k++) s += L[i * n + k] * z[k];
        fieldSignal[t * n + i] = t === 0 ? s : o.ar * fieldSignal[(t - 1) * n + i] + innov * s;
      }
    }
  }
  const p = 2;
  const elev = new Float64Array(n);
  for (let i = 0; i < n; i++) elev[i] = coords[i * 2] + 0.5 * coords[i * 2 + 1] + rng.normal(0, 0.05);
  const X = new Float64Array(T * n * p);
  const Y = new Float64Array(T * n);
  const trend = new Float64Array(T * n);
  const signal = new Float64Array(T * n);
  for (let t = 0; t < T; t++) {
    const season = 10 * Math.sin((2 * Math.PI * t) / T);
    for (let i = 0; i < n; i++) {
      const x2 = season + rng.normal(0, 1);
      X[(t * n + i) * p] = elev[i];
      X[(t * n + i) * p + 1] = x2;
      const mu = 10 + 2 * elev[i] + 1.5 * x2;
      let s = 0;
      if (fieldSignal) s = fieldSignal[t * n + i];
      else for (let k = 0; k < K0; k++) s += scores[k][t] * basis[i * K0 + k];
      trend[t * n + i] = mu;
      signal[t * n + i] = s;
      Y[t * n + i] = mu + s + rng.normal(0, o.noiseStd);
    }
  }
  return {
    T,
    n,
    coords,
    d: 2,
    X,
    p,
    Y,
    trend,
    signal,
    basis,
    k0: K0,
    scoreVariance: sv,
    noiseVariance: o.noiseStd * o.noiseStd,
    ...(signalCovariance ? { signalCovariance } : {}),
  };
}

/** A fitted pooled OLS first stage ŷ = β₀ + xᵀβ. */
export interface OlsFirstStage {
  /** [β₀, β₁, …, β_p] */
  coef: Float64Array;
  /** predictions for covariates X (T×m×p, flat) at m sites: T×m */
  predict: (X: Float64Array, T: number, m: number) => Float64Array;
}

/**
 * Pooled OLS with intercept of Y on the covariates, over the time points and the listed
 * sites: the frozen first stage of the studies.
 * @param data - a generator's output
 * @param sites - site indices used for fitting (default all)
 * @throws QuireError if the normal equations are singular or a site index is out of range
 */
export function fitOlsFirstStage(data: SpatialData, sites?: ArrayLike<number>): OlsFirstStage {
  const { T, n, p, X, Y } = data;
  const idx = sites ?? Int32Array.from({ length: n }, (_, i) => i);
  const q = p + 1;
  const A = new Float64Array(q * q);
  const b = new Float64Array(q);
  const row = new Float64Array(q);
  for (let t = 0; t < T; t++)
    for (let a = 0; a < idx.length; a++) {
      const i = idx[a];
      if (!(i >= 0 && i < n && Number.isInteger(i))) throw new QuireError(`fitOlsFirstStage: site index ${i} out of range [0, ${n})`);
      row[0] = 1;
      for (let j = 0; j < p; j++) row[j + 1] = X[(t * n + i) * p + j];
      const y = Y[t * n + i];
      for (let r = 0; r < q; r++) {
        b[r] += row[r] * y;
        for (let c = 0; c < q; c++) A[r * q + c] += row[r] * row[c];
      }
    }
  const f = luFactorFlat(A, q, { tolerance: 1e-13 });
  if (f.singular) throw new QuireError('fitOlsFirstStage: the covariates are collinear (singular normal equations)');
  const coef = luSolveFlat(f, b, 1);
  return {
    coef,
    predict: (Xn, Tn, m) => {
      const out = new Float64Array(Tn * m);
      for (let t = 0; t < Tn; t++)
        for (let i = 0; i < m; i++) {
          let s = coef[0];
          for (let j = 0; j < p; j++) s += coef[j + 1] * Xn[(t * m + i) * p + j];
          out[t * m + i] = s;
        }
      return out;
    },
  };
}

/** Rows of a flat row-major T×N array as number[][] (for the public array-of-rows APIs). */
export function toRows(a: Float64Array, rows: number, cols: number): number[][] {
  const out: number[][] = [];
  for (let t = 0; t < rows; t++) out.push(Array.from(a.subarray(t * cols, (t + 1) * cols)));
  return out;
}
