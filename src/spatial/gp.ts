/**
 * The external baseline: Gaussian-process kriging with a fitted Matérn covariance (the
 * default model of gstools and PyKrige), fitted by maximum likelihood on the same residuals
 * the adapter sees, then simple kriging around the sample mean.
 */
import { QuireError } from '../core/errors.js';
import { normalQuantile } from '../core/stats.js';
import { defineSchema, parseOptions, type PartialOptionsOf, type OptionsOf } from '../core/schema.js';
import { type Coords, type CoordsInput, toCoords } from './coords.js';
import { choleskyFlat, choleskyInverse } from '../core/linalg.js';
import { krigeDense, type KrigingResult } from './kriging.js';
import { checkScale } from './admm.js';

/** The smoothness values with closed forms (ν = p + ½). */
export type MaternNu = 0.5 | 1.5 | 2.5;
const NUS: readonly MaternNu[] = [0.5, 1.5, 2.5];

/**
 * Matérn correlation at distance h ≥ 0 with range ℓ > 0 and smoothness ν ∈ {½, 3⁄2, 5⁄2}
 * (Rasmussen & Williams (4.16)–(4.17)):
 *   ν = ½: e^{−h/ℓ};  ν = 3⁄2: (1 + √3h/ℓ)e^{−√3h/ℓ};  ν = 5⁄2: (1 + √5h/ℓ + 5h²/(3ℓ²))e^{−√5h/ℓ}.
 * @throws QuireError if h < 0, ℓ ≤ 0 or ν is not one of ½, 3⁄2, 5⁄2
 * @example maternCorrelation(1, 1, 0.5) // 0.36787944117144233
 * @see Rasmussen & Williams (2006), Gaussian Processes for Machine Learning, §4.2.1
 */
export function maternCorrelation(h: number, range: number, nu: MaternNu): number {
  const fn = 'maternCorrelation';
  if (!(h >= 0) || !Number.isFinite(h)) throw new QuireError(`${fn}: h must be a finite distance ≥ 0, got ${h}`);
  if (!(range > 0) || !Number.isFinite(range)) throw new QuireError(`${fn}: range must be finite and > 0, got ${range}`);
  if (!NUS.includes(nu)) throw new QuireError(`${fn}: nu must be 0.5, 1.5 or 2.5, got ${nu}`);
  return matern(h / range, nu);
}

/** Inner kernel: correlation at scaled distance u = h/ℓ. */
function matern(u: number, nu: MaternNu): number {
  // beyond u ≈ 745/√5 every form underflows to 0 (and ∞·0 would give NaN)
  if (!(u < 300)) return 0;
  if (nu === 0.5) return Math.exp(-u);
  if (nu === 1.5) {
    const a = Math.sqrt(3) * u;
    return (1 + a) * Math.exp(-a);
  }
  const a = Math.sqrt(5) * u;
  return (1 + a + (a * a) / 3) * Math.exp(-a);
}

/** Parameters of fitMatern. */
export const maternSchema = defineSchema({
  nu: {
    type: 'enum',
    values: ['0.5', '1.5', '2.5', 'fit'] as const,
    default: 'fit',
    description: "Matérn smoothness ν: fixed at ½, 3⁄2 or 5⁄2, or 'fit' (the one of the three with the highest likelihood)",
  },
  nugget: { type: 'boolean', default: true, description: 'fit a nugget (white-noise variance); false fixes it at 0' },
  maxEvals: { type: 'integer', min: 10, max: 100000, default: 400, description: 'likelihood evaluations per ν (Nelder–Mead)' },
});
export type MaternOptions = OptionsOf<typeof maternSchema>;

/** A fitted Matérn covariance C(h) = variance·ρ_ν(h/range) + nugget·[h = 0] around a constant mean. */
export interface MaternFit {
  nu: MaternNu;
  range: number;
  /** partial sill (variance of the smooth part) */
  variance: number;
  /** nugget (white-noise variance) */
  nugget: number;
  /** the constant mean (the sample mean of all residuals) */
  mean: number;
  /** maximised log-likelihood over the T rows taken as independent replicates */
  logLik: number;
  /** log-likelihood of each ν tried */
  logLikByNu: Partial<Record<string, number>>;
  evaluations: number;
  coords: Coords;
}

function pairDistances(c: Coords): Float64Array {
  const { n, d, x } = c;
  const D = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += (x[i * d + k] - x[j * d + k]) ** 2;
      D[i * n + j] = D[j * n + i] = Math.sqrt(s);
    }
  return D;
}

function crossDistances(a: Coords, b: Coords): Float64Array {
  const D = new Float64Array(a.n * b.n);
  for (let i = 0; i < a.n; i++)
    for (let j = 0; j < b.n; j++) {
      let s = 0;
      for (let k = 0; k < a.d; k++) s += (a.x[i * a.d + k] - b.x[j * b.d + k]) ** 2;
      D[i * b.n + j] = Math.sqrt(s);
    }
  return D;
}

/** Nelder–Mead minimisation (standard coefficients), for the 1–2 log-parameters of the likelihood. */
function nelderMead(f: (x: number[]) => number, x0: number[], step: number, maxEvals: number): { x: number[]; f: number; evals: number } {
  const m = x0.length;
  const pts: { x: number[]; f: number }[] = [{ x: x0.slice(), f: f(x0) }];
  let evals = 1;
  for (let i = 0; i < m; i++) {
    const x = x0.slice();
    x[i] += step;
    pts.push({ x, f: f(x) });
    evals++;
  }
  while (evals < maxEvals) {
    pts.sort((a, b) => a.f - b.f);
    if (Math.abs(pts[m].f - pts[0].f) <= 1e-10 * (1 + Math.abs(pts[0].f))) {
      let spread = 0;
      for (const p of pts) for (let i = 0; i < m; i++) spread = Math.max(spread, Math.abs(p.x[i] - pts[0].x[i]));
      if (spread < 1e-7) break;
    }
    const c = new Array<number>(m).fill(0);
    for (let k = 0; k < m; k++) for (let i = 0; i < m; i++) c[i] += pts[k].x[i] / m;
    const worst = pts[m];
    const along = (t: number) => c.map((ci, i) => ci + t * (worst.x[i] - ci));
    const xr = along(-1);
    const fr = f(xr);
    evals++;
    if (fr < pts[0].f) {
      const xe = along(-2);
      const fe = f(xe);
      evals++;
      pts[m] = fe < fr ? { x: xe, f: fe } : { x: xr, f: fr };
    } else if (fr < pts[m - 1].f) {
      pts[m] = { x: xr, f: fr };
    } else {
      const xc = fr < worst.f ? along(-0.5) : along(0.5);
      const fc = f(xc);
      evals++;
      if (fc < Math.min(fr, worst.f)) pts[m] = { x: xc, f: fc };
      else {
        for (let k = 1; k <= m; k++) {
          const x = pts[k].x.map((v, i) => pts[0].x[i] + 0.5 * (v - pts[0].x[i]));
          pts[k] = { x, f: f(x) };
          evals++;
        }
      }
    }
  }
  pts.sort((a, b) => a.f - b.f);
  return { x: pts[0].x, f: pts[0].f, evals };
}

/**
 * Fit (inner, flat): R is row-major T×N residuals at the sites c.
 */
export function fitMaternFlat(R: Float64Array, T: number, c: Coords, opts: MaternOptions): MaternFit {
  const n = c.n;
  let mu = 0;
  for (let i = 0; i < T * n; i++) mu += R[i];
  mu /= T * n;
  // S = (R − μ)ᵀ(R − μ)/T
  const S = new Float64Array(n * n);
  for (let t = 0; t < T; t++) {
    const o = t * n;
    for (let i = 0; i < n; i++) {
      const ri = R[o + i] - mu;
      if (ri === 0) continue;
      for (let j = 0; j <= i; j++) S[i * n + j] += ri * (R[o + j] - mu);
    }
  }
  let trS = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) S[i * n + j] = S[j * n + i] = S[i * n + j] / T;
    trS += S[i * n + i];
  }
  const fn = 'fitMatern';
  if (!(trS > 0)) throw new QuireError(`${fn}: the residuals are constant; no covariance can be fitted`);
  const D = pairDistances(c);
  let dmin = Infinity;
  let dmax = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const h = D[i * n + j];
      if (h > 0 && h < dmin) dmin = h;
      if (h > dmax) dmax = h;
    }
  if (!(dmax > 0)) throw new QuireError(`${fn}: all sites coincide; the range cannot be fitted`);
  const lo = Math.log(dmin / 100);
  const hi = Math.log(dmax * 100);
  const K = new Float64Array(n * n);
  // Profile likelihood: C = s²(ρ + ηI), ŝ² = tr(K⁻¹S)/N,
  //   −2ℓ/T = N·log ŝ² + log|K| + N·(1 + log 2π).
  const negProfile = (nu: MaternNu, logRange: number, logEta: number): { f: number; s2: number } => {
    const range = Math.exp(Math.min(hi, Math.max(lo, logRange)));
    const eta = opts.nugget ? Math.exp(Math.min(Math.log(1e3), Math.max(Math.log(1e-8), logEta))) : 0;
    for (let i = 0; i < n; i++) {
      K[i * n + i] = 1 + eta;
      for (let j = 0; j < i; j++) K[i * n + j] = K[j * n + i] = matern(D[i * n + j] / range, nu);
    }
    const L = choleskyFlat(K, n);
    if (!L) return { f: Infinity, s2: NaN };
    let logDet = 0;
    for (let i = 0; i < n; i++) logDet += 2 * Math.log(L[i * n + i]);
    const Ki = choleskyInverse(L, n);
    let tr = 0;
    for (let i = 0; i < n * n; i++) tr += Ki[i] * S[i];
    const s2 = tr / n;
    if (!(s2 > 0)) return { f: Infinity, s2 };
    // soft walls outside the box keep Nelder–Mead inside it
    const wall =
      Math.max(0, logRange - hi, lo - logRange) + (opts.nugget ? Math.max(0, logEta - Math.log(1e3), Math.log(1e-8) - logEta) : 0);
    return { f: (T * (n * Math.log(s2) + logDet + n * (1 + Math.log(2 * Math.PI)))) / 2 + 1e3 * wall * wall, s2 };
  };
  const nus: MaternNu[] = opts.nu === 'fit' ? [...NUS] : [Number(opts.nu) as MaternNu];
  let best: { nu: MaternNu; x: number[]; f: number } | null = null;
  const logLikByNu: Record<string, number> = {};
  let evaluations = 0;
  for (const nu of nus) {
    // coarse grid for the start: range over the distance scale, η ∈ {0.01, 0.1, 1}
    let start = [Math.log(dmax / 4), Math.log(0.1)];
    let fStart = Infinity;
    for (const fr of [0.02, 0.05, 0.1, 0.2, 0.4, 0.8])
      for (const eta of opts.nugget ? [0.01, 0.1, 1] : [0]) {
        const x = [Math.log(fr * dmax), eta > 0 ? Math.log(eta) : 0];
        const v = negProfile(nu, x[0], x[1]).f;
        evaluations++;
        if (v < fStart) {
          fStart = v;
          start = x;
        }
      }
    const obj = opts.nugget ? (x: number[]) => negProfile(nu, x[0], x[1]).f : (x: number[]) => negProfile(nu, x[0], 0).f;
    const res = nelderMead(obj, opts.nugget ? start : [start[0]], 0.5, opts.maxEvals);
    evaluations += res.evals;
    const x = opts.nugget ? res.x : [res.x[0], -Infinity];
    logLikByNu[String(nu)] = -res.f;
    if (!best || res.f < best.f) best = { nu, x, f: res.f };
  }
  if (!best || !Number.isFinite(best.f))
    throw new QuireError(`${fn}: the likelihood could not be evaluated (the correlation matrix is singular at every parameter tried)`);
  const range = Math.exp(Math.min(hi, Math.max(lo, best.x[0])));
  const eta = opts.nugget ? Math.exp(Math.min(Math.log(1e3), Math.max(Math.log(1e-8), best.x[1]))) : 0;
  const { s2 } = negProfile(best.nu, Math.log(range), Math.log(eta || 1));
  return { nu: best.nu, range, variance: s2, nugget: s2 * eta, mean: mu, logLik: -best.f, logLikByNu, evaluations, coords: c };
}

function flatRows(fn: string, name: string, rows: ArrayLike<ArrayLike<number>>, n: number, minRows = 1): { R: Float64Array; T: number } {
  if (!rows || typeof rows.length !== 'number' || rows.length < minRows)
    throw new QuireError(`${fn}: ${name} must have at least ${minRows} row${minRows === 1 ? '' : 's'}`);
  const T = rows.length;
  const R = new Float64Array(T * n);
  for (let t = 0; t < T; t++) {
    const r = rows[t];
    if (!r || r.length !== n) throw new QuireError(`${fn}: ${name} row ${t} has ${r?.length} entries, expected ${n} (the number of sites)`);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(r[i])) throw new QuireError(`${fn}: ${name}[${t}][${i}] must be a finite number, got ${String(r[i])}`);
      R[t * n + i] = r[i];
    }
  }
  checkScale(fn, name, R);
  return { R, T };
}

/**
 * Fit a Matérn covariance to residuals by maximum likelihood: the T rows are independent
 * replicates of a Gaussian field with constant mean μ (the sample mean) and covariance
 * C_ij = s²·(ρ_ν(‖s_i − s_j‖/ℓ) + η·[i = j]). s² is profiled out (ŝ² = tr(K⁻¹S)/N), and
 * (log ℓ, log η) are found by Nelder–Mead from the best point of a coarse grid, for each ν
 * tried; ℓ is kept in [d_min/100, 100·d_max] and η in [1e-8, 1e3].
 *
 * @param residuals - T×N rows (time × sites), T ≥ 1, finite, not all equal
 * @param coords - N ≥ 3 sites (numbers, or rows of 2–3 numbers), not all equal
 * @param options - nu ('0.5' | '1.5' | '2.5' | 'fit', default 'fit'), nugget (default true), maxEvals (default 400)
 * @returns ν, range ℓ, partial sill s², nugget s²η, mean, log-likelihood
 * @throws QuireError on bad shapes, non-finite values, constant residuals or coincident sites
 * @example fitMatern(rows, [[0, 0], [1, 0], [0, 1], [1, 1]], { nu: '1.5' }).range
 * @see Stein (1999), Interpolation of Spatial Data, §6; gstools `Matern`; PyKrige's variogram models
 */
export function fitMatern(
  residuals: ArrayLike<ArrayLike<number>>,
  coords: CoordsInput,
  options: PartialOptionsOf<typeof maternSchema> = {},
): MaternFit {
  const fn = 'fitMatern';
  const opts = parseOptions(fn, maternSchema, options);
  const c = toCoords(fn, 'coords', coords, 3);
  const { R, T } = flatRows(fn, 'residuals', residuals, c.n);
  return fitMaternFlat(R, T, c, opts);
}

/**
 * Simple kriging (inner, flat) of T'×N residual rows r_o at the fit's sites to new sites p:
 * mean_p = μ + C_poC_oo⁻¹(r_o − μ), var_p = s²(1 + η) − diag(C_poC_oo⁻¹C_op).
 */
export function krigeMaternFlat(fit: MaternFit, r: Float64Array, rows: number, p: Coords): { mean: Float64Array; variance: Float64Array } {
  const c = fit.coords;
  const n = c.n;
  const Doo = pairDistances(c);
  const Soo = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) Soo[i * n + j] = fit.variance * matern(Doo[i * n + j] / fit.range, fit.nu) + (i === j ? fit.nugget : 0);
  const Dop = crossDistances(c, p);
  const Sop = new Float64Array(n * p.n);
  for (let i = 0; i < n * p.n; i++) Sop[i] = fit.variance * matern(Dop[i] / fit.range, fit.nu);
  const Spp = new Float64Array(p.n).fill(fit.variance + fit.nugget);
  const rc = new Float64Array(rows * n);
  for (let i = 0; i < rows * n; i++) rc[i] = r[i] - fit.mean;
  const out = krigeDense(Soo, n, Sop, p.n, Spp, rc, rows);
  for (let i = 0; i < out.mean.length; i++) out.mean[i] += fit.mean;
  return out;
}

/**
 * Simple kriging with a fitted Matérn covariance around the fit's constant mean μ:
 *   r̂_p = μ + C_poC_oo⁻¹(r_o − μ),  var_p = s²(1 + η) − diag(C_poC_oo⁻¹C_op),
 * interval r̂_p ± z_{(1+level)/2}·√var_p. As in `krige`, the variance is that of a new
 * noisy observation (it includes the nugget); with a zero nugget the predictor interpolates.
 *
 * @param fit - from fitMatern
 * @param observed - T'×N rows of residuals at the fit's sites
 * @param newCoords - P new sites (same dimension as the fit's)
 * @param options.level - interval level in (0, 1) (default 0.95)
 * @throws QuireError on mismatched sizes, non-finite input, a bad level, or a singular C_oo
 * @example krigeMatern(fitMatern(rows, xs), [rows[0]], [0.5]).mean
 * @see Cressie (1993), Statistics for Spatial Data, §3.2 (simple kriging)
 */
export function krigeMatern(
  fit: MaternFit,
  observed: ArrayLike<ArrayLike<number>>,
  newCoords: CoordsInput,
  options: { level?: number } = {},
): KrigingResult {
  const fn = 'krigeMatern';
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new QuireError(`${fn}: level must be in (0, 1), got ${level}`);
  const p = toCoords(fn, 'newCoords', newCoords);
  if (p.d !== fit.coords.d)
    throw new QuireError(`${fn}: newCoords has ${p.d} coordinates per site, expected ${fit.coords.d} (as the fit's)`);
  const { R, T } = flatRows(fn, 'observed', observed, fit.coords.n);
  const { mean, variance } = krigeMaternFlat(fit, R, T, p);
  const z = normalQuantile(0.5 + level / 2);
  const lower = new Float64Array(mean.length);
  const upper = new Float64Array(mean.length);
  for (let t = 0; t < T; t++)
    for (let q = 0; q < p.n; q++) {
      const h = z * Math.sqrt(variance[q]);
      lower[t * p.n + q] = mean[t * p.n + q] - h;
      upper[t * p.n + q] = mean[t * p.n + q] + h;
    }
  return { mean, variance, lower, upper, rows: T, sites: p.n, level };
}
