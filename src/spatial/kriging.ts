/**
 * Fixed-rank kriging with the low-rank-plus-noise covariance, in Woodbury form, and a dense
 * reference solver (spatial-adapter `fixedRankKriging`).
 */
import { QuireError } from '../core/errors.js';
import { normalQuantile } from '../core/stats.js';
import { type CoordsInput, toCoords } from './coords.js';
import type { LowRankCovariance } from './covariance.js';
import { jacobiEig, luFactorFlat, luSolveFlat } from '../core/linalg.js';
import { interpolateFlat } from './omega.js';

export interface KrigingResult {
  /** predicted values at the new sites, row-major T'×P (one row per observed row) */
  mean: Float64Array;
  /** predictive variance at each new site (length P), including the nugget σ̂² */
  variance: Float64Array;
  /** lower and upper interval bounds, row-major T'×P */
  lower: Float64Array;
  upper: Float64Array;
  rows: number;
  sites: number;
  level: number;
}

/**
 * Low-rank kriging kernel (inner). With B_o (n_o×L), B_p (n_p×L), Λ = diag(λ), σ² > 0 and
 * C = (Λ⁻¹ + B_oᵀB_o/σ²)⁻¹ (Woodbury):
 *   mean_p = B_p·C·B_oᵀ·r_o/σ²,  var_p = σ² + diag(B_p·C·B_pᵀ),
 * equal to Σ_poΣ_oo⁻¹r_o and diag(Σ_pp − Σ_poΣ_oo⁻¹Σ_op) for Σ = BΛBᵀ + σ²I.
 * r is row-major T'×n_o (centred); returns mean T'×n_p and variance n_p.
 * @throws QuireError on bad sizes, non-finite input, λ ≤ 0, σ² ≤ 0, or a non-finite result
 */
export function krigeLowRank(
  Bo: Float64Array,
  no: number,
  Bp: Float64Array,
  np: number,
  lambda: Float64Array,
  sigma2: number,
  r: Float64Array,
  rows: number,
): { mean: Float64Array; variance: Float64Array } {
  const fn = 'krigeLowRank';
  const L = lambda.length;
  checkSizes(fn, { no, np, rows });
  checkFinite(fn, 'Bo', Bo, no * L);
  checkFinite(fn, 'Bp', Bp, np * L);
  checkFinite(fn, 'lambda', lambda, L);
  checkFinite(fn, 'r', r, rows * no);
  for (let a = 0; a < L; a++) if (!(lambda[a] > 0)) throw new QuireError(`${fn}: lambda[${a}] must be > 0, got ${lambda[a]}`);
  if (!(sigma2 > 0) || !Number.isFinite(sigma2)) throw new QuireError(`${fn}: sigma2 must be finite and > 0, got ${sigma2}`);
  const out = krigeLowRankFlat(Bo, no, Bp, np, lambda, sigma2, r, rows);
  checkResult(fn, out);
  return out;
}

function checkSizes(fn: string, dims: Record<string, number>): void {
  for (const [k, v] of Object.entries(dims))
    if (!(Number.isInteger(v) && v >= 1)) throw new QuireError(`${fn}: ${k} must be an integer ≥ 1, got ${v}`);
}

function checkFinite(fn: string, name: string, a: Float64Array, length: number): void {
  if (!(a instanceof Float64Array)) throw new QuireError(`${fn}: ${name} must be a Float64Array`);
  if (a.length !== length) throw new QuireError(`${fn}: ${name} has length ${a.length}, expected ${length}`);
  for (let i = 0; i < length; i++)
    if (!Number.isFinite(a[i])) throw new QuireError(`${fn}: ${name}[${i}] must be a finite number, got ${a[i]}`);
}

function checkResult(fn: string, out: { mean: Float64Array; variance: Float64Array }): void {
  for (const a of [out.mean, out.variance])
    for (let i = 0; i < a.length; i++)
      if (!Number.isFinite(a[i]))
        throw new QuireError(
          `${fn}: the result is not finite (the inputs are too large or the covariance too ill-conditioned); rescale them`,
        );
}

/** The Woodbury kernel (inner: trusts its caller; σ² > 0, λ > 0). */
export function krigeLowRankFlat(
  Bo: Float64Array,
  no: number,
  Bp: Float64Array,
  np: number,
  lambda: Float64Array,
  sigma2: number,
  r: Float64Array,
  rows: number,
): { mean: Float64Array; variance: Float64Array } {
  const L = lambda.length;
  const mean = new Float64Array(rows * np);
  const variance = new Float64Array(np).fill(sigma2);
  if (L === 0) return { mean, variance };
  // M = Λ⁻¹ + B_oᵀB_o/σ², C = M⁻¹ by symmetric eigendecomposition (L×L)
  const M = new Float64Array(L * L);
  for (let i = 0; i < no; i++)
    for (let a = 0; a < L; a++) {
      const x = Bo[i * L + a] / sigma2;
      for (let b = 0; b < L; b++) M[a * L + b] += x * Bo[i * L + b];
    }
  for (let a = 0; a < L; a++) M[a * L + a] += 1 / lambda[a];
  const { values, vectors } = jacobiEig(M, L);
  const C = new Float64Array(L * L);
  for (let a = 0; a < L; a++)
    for (let b = 0; b < L; b++) {
      let s = 0;
      for (let c = 0; c < L; c++) s += (vectors[a * L + c] * vectors[b * L + c]) / values[c];
      C[a * L + b] = s;
    }
  // D = B_p·C (n_p×L)
  const D = new Float64Array(np * L);
  for (let i = 0; i < np; i++)
    for (let b = 0; b < L; b++) {
      let s = 0;
      for (let a = 0; a < L; a++) s += Bp[i * L + a] * C[a * L + b];
      D[i * L + b] = s;
    }
  for (let i = 0; i < np; i++) {
    let s = 0;
    for (let a = 0; a < L; a++) s += D[i * L + a] * Bp[i * L + a];
    variance[i] = Math.max(0, sigma2 + s);
  }
  const w = new Float64Array(L);
  for (let t = 0; t < rows; t++) {
    w.fill(0);
    for (let i = 0; i < no; i++) {
      const v = r[t * no + i] / sigma2;
      if (v === 0) continue;
      for (let a = 0; a < L; a++) w[a] += v * Bo[i * L + a];
    }
    for (let i = 0; i < np; i++) {
      let s = 0;
      for (let a = 0; a < L; a++) s += D[i * L + a] * w[a];
      mean[t * np + i] = s;
    }
  }
  return { mean, variance };
}

/**
 * Dense simple kriging (reference): mean = Σ_poΣ_oo⁻¹r, var = diag(Σ_pp − Σ_poΣ_oo⁻¹Σ_op),
 * clipped at 0. Σ_oo (n_o×n_o), Σ_op (n_o×n_p), diag(Σ_pp) (n_p), r row-major T'×n_o.
 * @throws QuireError if Σ_oo is singular
 */
export function krigeDense(
  Soo: Float64Array,
  no: number,
  Sop: Float64Array,
  np: number,
  SppDiag: Float64Array,
  r: Float64Array,
  rows: number,
): { mean: Float64Array; variance: Float64Array } {
  const fn = 'krigeDense';
  checkSizes(fn, { no, np, rows });
  checkFinite(fn, 'Soo', Soo, no * no);
  checkFinite(fn, 'Sop', Sop, no * np);
  checkFinite(fn, 'SppDiag', SppDiag, np);
  checkFinite(fn, 'r', r, rows * no);
  const f = luFactorFlat(Soo, no, { tolerance: 1e-13 });
  if (f.singular) throw new QuireError('krigeDense: Sigma_oo is singular');
  const X = luSolveFlat(f, Sop, np); // Σ_oo⁻¹Σ_op (n_o×n_p)
  const variance = new Float64Array(np);
  for (let p = 0; p < np; p++) {
    let s = 0;
    for (let i = 0; i < no; i++) s += Sop[i * np + p] * X[i * np + p];
    variance[p] = Math.max(0, SppDiag[p] - s);
  }
  const mean = new Float64Array(rows * np);
  for (let t = 0; t < rows; t++)
    for (let p = 0; p < np; p++) {
      let s = 0;
      for (let i = 0; i < no; i++) s += r[t * no + i] * X[i * np + p];
      mean[t * np + p] = s;
    }
  checkResult(fn, { mean, variance });
  return { mean, variance };
}

/**
 * Kriging of residuals at new sites with the fitted low-rank covariance. The factors B = ΦV
 * and the residual means are carried to the new sites by thin-plate interpolation, B_p =
 * tps(B)(s*), μ_p = tps(μ)(s*); then for each observed row r_o (values at the N fitted sites)
 *   r̂_p = μ_p + B_p·C·B_oᵀ(r_o − μ_o)/σ̂²,  var_p = σ̂² + diag(B_p·C·B_pᵀ),
 *   C = (Λ̂⁻¹ + B_oᵀB_o/σ̂²)⁻¹ (Woodbury), interval r̂_p ± z_{(1+level)/2}·√var_p.
 * The variance is that of a new noisy observation (it includes σ̂²). Add the first stage's
 * prediction at the new site to r̂_p to predict the observation itself.
 *
 * @param cov - from estimateCovariance (σ̂² must be > 0)
 * @param coords - the N sites of the fit
 * @param observed - T'×N rows of residuals at those sites
 * @param newCoords - P new sites (same dimension)
 * @param options.level - interval level in (0, 1) (default 0.95)
 * @returns mean, variance, lower, upper
 * @throws QuireError on mismatched sizes, non-finite input, σ̂² = 0, or a bad level
 * @example krige(cov, xs, [r], [0.5]).mean
 * @see spatial-adapter `fixedRankKriging`, `interpolateEigenFunction`; Cressie & Johannesson (2008) FRK
 */
export function krige(
  cov: LowRankCovariance,
  coords: CoordsInput,
  observed: ArrayLike<ArrayLike<number>>,
  newCoords: CoordsInput,
  options: { level?: number } = {},
): KrigingResult {
  const fn = 'krige';
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new QuireError(`${fn}: level must be in (0, 1), got ${level}`);
  const c = toCoords(fn, 'coords', coords);
  const p = toCoords(fn, 'newCoords', newCoords);
  if (c.n !== cov.n) throw new QuireError(`${fn}: coords has ${c.n} sites, expected ${cov.n} (the covariance's N)`);
  if (p.d !== c.d) throw new QuireError(`${fn}: newCoords has ${p.d} coordinates per site, expected ${c.d} (as coords)`);
  if (!(cov.sigma2 > 0) && cov.lambda.length > 0) {
    throw new QuireError(
      `${fn}: the covariance has sigma2 = ${cov.sigma2}; the Woodbury form needs sigma2 > 0 (use krigeDense for a zero nugget)`,
    );
  }
  if (!observed || typeof observed.length !== 'number' || observed.length < 1)
    throw new QuireError(`${fn}: observed must have at least one row`);
  const rows = observed.length;
  const n = c.n;
  const r = new Float64Array(rows * n);
  for (let t = 0; t < rows; t++) {
    const o = observed[t];
    if (!o || o.length !== n)
      throw new QuireError(`${fn}: observed row ${t} has ${o?.length} entries, expected ${n} (the number of sites)`);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(o[i])) throw new QuireError(`${fn}: observed[${t}][${i}] must be a finite number, got ${String(o[i])}`);
      r[t * n + i] = o[i] - cov.mean[i];
    }
  }
  const L = cov.lambda.length;
  // interpolate [B, μ] to the new sites together
  const W = L + 1;
  const vals = new Float64Array(n * W);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < L; a++) vals[i * W + a] = cov.factors[i * L + a];
    vals[i * W + L] = cov.mean[i];
  }
  const at = interpolateFlat(fn, c, vals, W, p);
  const Bp = new Float64Array(p.n * L);
  const mup = new Float64Array(p.n);
  for (let q = 0; q < p.n; q++) {
    for (let a = 0; a < L; a++) Bp[q * L + a] = at[q * W + a];
    mup[q] = at[q * W + L];
  }
  const { mean, variance } = krigeLowRankFlat(cov.factors, n, Bp, p.n, cov.lambda, cov.sigma2, r, rows);
  checkResult(fn, { mean, variance });
  const z = normalQuantile(0.5 + level / 2);
  const lower = new Float64Array(rows * p.n);
  const upper = new Float64Array(rows * p.n);
  for (let t = 0; t < rows; t++)
    for (let q = 0; q < p.n; q++) {
      const m = mean[t * p.n + q] + mup[q];
      mean[t * p.n + q] = m;
      const h = z * Math.sqrt(variance[q]);
      lower[t * p.n + q] = m - h;
      upper[t * p.n + q] = m + h;
    }
  return { mean, variance, lower, upper, rows, sites: p.n, level };
}
