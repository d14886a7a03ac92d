/**
 * Choosing (τ₁, τ₂) by held-out validation: hold out a fraction of the sites, fit on the
 * rest for each grid point, krige the held-out sites and keep the pair with the lowest RMSE.
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { parseOptions, type PartialOptionsOf } from '../core/schema.js';
import { fitSpatialAdapterFlat, residualsFrom, spatialAdapterSchema, type FirstStage } from './admm.js';
import { type Coords, type CoordsInput, toCoords } from './coords.js';
import { covarianceFlat } from './covariance.js';
import { krigeLowRank } from './kriging.js';
import { interpolateFlat } from './omega.js';

export interface TauScore {
  tau1: number;
  tau2: number;
  /** kriging RMSE of the residuals at the validation sites */
  rmse: number;
}

/** Site subsets for validation: indices of fitting and validation sites. */
function splitSites(n: number, fraction: number, seed: number): { fitIdx: Int32Array; valIdx: Int32Array } {
  const perm = new Rng(seed).permutation(n);
  const nv = Math.max(1, Math.round(fraction * n));
  const valIdx = Int32Array.from(perm.subarray(0, nv)).sort();
  const fitIdx = Int32Array.from(perm.subarray(nv)).sort();
  return { fitIdx, valIdx };
}

function subsetCoords(c: Coords, idx: Int32Array): Coords {
  const x = new Float64Array(idx.length * c.d);
  idx.forEach((i, a) => x.set(c.x.subarray(i * c.d, (i + 1) * c.d), a * c.d));
  return { n: idx.length, d: c.d, x };
}

function subsetCols(R: Float64Array, T: number, n: number, idx: Int32Array): Float64Array {
  const m = idx.length;
  const out = new Float64Array(T * m);
  for (let t = 0; t < T; t++) for (let a = 0; a < m; a++) out[t * m + a] = R[t * n + idx[a]];
  return out;
}

/** Validation RMSE for each (τ₁, τ₂) on flat validated inputs (inner). */
export function tuneTauFlat(
  R: Float64Array,
  T: number,
  c: Coords,
  grid: { tau1: number; tau2: number }[],
  base: ReturnType<typeof parseOptions<typeof spatialAdapterSchema>>,
  valFraction: number,
  seed: number,
): { best: TauScore; scores: TauScore[] } {
  const { fitIdx, valIdx } = splitSites(c.n, valFraction, seed);
  const cf = subsetCoords(c, fitIdx);
  const cv = subsetCoords(c, valIdx);
  if (!(base.K < cf.n)) throw new QuireError(`tuneTau: K = ${base.K} must be less than the ${cf.n} fitting sites`);
  const Rf = subsetCols(R, T, c.n, fitIdx);
  const Rv = subsetCols(R, T, c.n, valIdx);
  const scores: TauScore[] = [];
  for (const g of grid) {
    const fit = fitSpatialAdapterFlat(Rf, T, cf, { ...base, tau1: g.tau1, tau2: g.tau2 });
    const cov = covarianceFlat(Rf, T, cf.n, fit.basis, fit.K);
    const L = cov.lambda.length;
    const W = L + 1;
    const vals = new Float64Array(cf.n * W);
    for (let i = 0; i < cf.n; i++) {
      for (let a = 0; a < L; a++) vals[i * W + a] = cov.factors[i * L + a];
      vals[i * W + L] = cov.mean[i];
    }
    const at = interpolateFlat('tuneTau', cf, vals, W, cv);
    const Bp = new Float64Array(cv.n * L);
    for (let q = 0; q < cv.n; q++) for (let a = 0; a < L; a++) Bp[q * L + a] = at[q * W + a];
    const rc = new Float64Array(T * cf.n);
    for (let t = 0; t < T; t++) for (let i = 0; i < cf.n; i++) rc[t * cf.n + i] = Rf[t * cf.n + i] - cov.mean[i];
    const sigma2 = cov.sigma2 > 0 ? cov.sigma2 : 1e-12 * Math.max(cov.avgVariance, 1e-300);
    const { mean } = krigeLowRank(cov.factors, cf.n, Bp, cv.n, cov.lambda, sigma2, rc, T);
    let se = 0;
    for (let t = 0; t < T; t++)
      for (let q = 0; q < cv.n; q++) {
        const e = mean[t * cv.n + q] + at[q * W + L] - Rv[t * cv.n + q];
        se += e * e;
      }
    scores.push({ tau1: g.tau1, tau2: g.tau2, rmse: Math.sqrt(se / (T * cv.n)) });
  }
  let best = scores[0];
  for (const s of scores) if (s.rmse < best.rmse) best = s;
  return { best, scores };
}

/**
 * Choose (τ₁, τ₂) from a grid by held-out-site validation: a random `valFraction` of the
 * sites is held out, the adapter is fitted on the rest for every grid pair, the held-out
 * residuals are kriged (low-rank covariance, thin-plate-interpolated basis), and the pair
 * with the smallest RMSE wins. Refit on all sites with the chosen pair afterwards.
 *
 * @param residuals - T×N residual rows, or a frozen first stage {predict, X, Y}
 * @param coords - the N sites
 * @param options.tau1 - grid of τ₁ ≥ 0 values (default [0, 1e-2, 1, 1e2, 1e4])
 * @param options.tau2 - grid of τ₂ ≥ 0 values (default [0])
 * @param options.valFraction - fraction of sites held out, in (0, 0.5] (default 0.2)
 * @param options.fit - the other fitSpatialAdapter options (K, rho, batch, iters, seed, …)
 * @returns the best pair and every pair's validation RMSE
 * @throws QuireError on bad input, an empty or invalid grid, or too few fitting sites
 * @example tuneTau(R, coords, { tau1: [0, 1, 100], fit: { K: 3 } }).best.tau1
 */
export function tuneTau<X = unknown>(
  residuals: ArrayLike<ArrayLike<number>> | FirstStage<X>,
  coords: CoordsInput,
  options: { tau1?: number[]; tau2?: number[]; valFraction?: number; fit?: PartialOptionsOf<typeof spatialAdapterSchema> } = {},
): { best: TauScore; scores: TauScore[] } {
  const fn = 'tuneTau';
  const c = toCoords(fn, 'coords', coords);
  const { R, T } = residualsFrom(fn, residuals, c.n);
  const base = parseOptions(fn, spatialAdapterSchema, options.fit ?? {});
  const t1 = options.tau1 ?? [0, 1e-2, 1, 1e2, 1e4];
  const t2 = options.tau2 ?? [0];
  if (t1.length === 0 || t2.length === 0) throw new QuireError(`${fn}: the tau1 and tau2 grids must not be empty`);
  for (const v of [...t1, ...t2])
    if (!(v >= 0) || !Number.isFinite(v)) throw new QuireError(`${fn}: grid values must be finite and ≥ 0, got ${v}`);
  const vf = options.valFraction ?? 0.2;
  if (!(vf > 0 && vf <= 0.5)) throw new QuireError(`${fn}: valFraction must be in (0, 0.5], got ${vf}`);
  const grid = t1.flatMap((a) => t2.map((b) => ({ tau1: a, tau2: b })));
  return tuneTauFlat(R, T, c, grid, base, vf, base.seed);
}
