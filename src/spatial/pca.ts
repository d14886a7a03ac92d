/**
 * Penalised PCA: what the adapter reduces to with a frozen first stage, no θ-step and τ₂ = 0.
 * The constraint Z = R is hard, so the objective is ‖R_c − R_cΦΦᵀ‖²_F + τ₁·tr(ΦᵀΩΦ) =
 * ‖R_c‖²_F − tr(Φᵀ(R_cᵀR_c − τ₁Ω)Φ) over orthonormal Φ, minimised by the top-K eigenvectors of
 * R_cᵀR_c − τ₁Ω (Ky Fan). A dense, direct reference for the ADMM fit.
 */
import { QuireError } from '../core/errors.js';
import { eighFlat } from '../core/linalg.js';
import { type Coords, type CoordsInput, toCoords } from './coords.js';
import { omegaFromCoords } from './omega.js';
import { canonicalSigns, residualsFrom } from './admm.js';

/**
 * Penalised PCA (inner, flat): top-K eigenvectors of R_cᵀR_c − τ₁Ω (R row-major T×N, R_c its
 * column-centred copy), with the adapter's sign convention (largest-magnitude entry positive).
 * Returns the N×K basis and the K eigenvalues, descending.
 */
export function penalizedPcaFlat(
  R: Float64Array,
  T: number,
  c: Coords,
  K: number,
  tau1: number,
  omegaIn?: Float64Array,
): { basis: Float64Array; values: Float64Array } {
  const n = c.n;
  const mean = new Float64Array(n);
  for (let t = 0; t < T; t++) for (let i = 0; i < n; i++) mean[i] += R[t * n + i] / T;
  const M = new Float64Array(n * n);
  const row = new Float64Array(n);
  for (let t = 0; t < T; t++) {
    for (let i = 0; i < n; i++) row[i] = R[t * n + i] - mean[i];
    for (let i = 0; i < n; i++) {
      const ri = row[i];
      if (ri === 0) continue;
      for (let j = 0; j < n; j++) M[i * n + j] += ri * row[j];
    }
  }
  // the eigenvectors of M/s are those of M: scale by s = max(1, τ₁) so a huge τ₁ cannot overflow
  const s = Math.max(1, tau1);
  if (s > 1) for (let i = 0; i < n * n; i++) M[i] /= s;
  if (tau1 > 0) {
    const omega = omegaIn ?? omegaFromCoords('penalizedPca', c);
    const w = tau1 / s;
    for (let i = 0; i < n * n; i++) M[i] -= w * omega[i];
  }
  for (let i = 0; i < n * n; i++)
    if (!Number.isFinite(M[i])) throw new QuireError('penalizedPca: R_cᵀR_c − τ₁Ω is not finite (residuals too large); rescale them');
  const { values, vectors } = eighFlat(M, n) as { values: Float64Array; vectors: Float64Array };
  const basis = new Float64Array(n * K);
  const top = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    top[k] = values[n - 1 - k] * s;
    if (!Number.isFinite(top[k])) throw new QuireError(`penalizedPca: eigenvalue ${k + 1} overflows (τ₁ = ${tau1}); rescale`);
    for (let i = 0; i < n; i++) basis[i * K + k] = vectors[i * n + n - 1 - k];
  }
  canonicalSigns(basis, n, K);
  return { basis, values: top };
}

/**
 * Penalised PCA of residuals: the top-K eigenvectors of R_cᵀR_c − τ₁Ω, the exact solution of
 * the adapter's objective when the first stage is frozen, there is no θ-step and τ₂ = 0
 * (`fitSpatialAdapter` reaches the same subspace iteratively).
 *
 * @param residuals - T×N rows (time × sites)
 * @param coords - N sites (numbers, or rows of 2–3 numbers)
 * @param options.K - number of basis functions, 1 ≤ K < N (default 3)
 * @param options.tau1 - smoothness weight τ₁ ≥ 0 (default 0)
 * @returns basis (N×K row-major, orthonormal columns) and the K top eigenvalues
 * @throws QuireError on bad shapes, non-finite values, K out of range or τ₁ < 0
 * @example penalizedPca(rows, xs, { K: 1, tau1: 1e3 }).basis
 * @see Wang & Huang (2017), SpatPCA, JCGS 26:14–25, eq. (3)
 */
export function penalizedPca(
  residuals: ArrayLike<ArrayLike<number>>,
  coords: CoordsInput,
  options: { K?: number; tau1?: number } = {},
): { basis: Float64Array; values: Float64Array } {
  const fn = 'penalizedPca';
  const K = options.K ?? 3;
  const tau1 = options.tau1 ?? 0;
  const c = toCoords(fn, 'coords', coords);
  if (!(Number.isInteger(K) && K >= 1 && K < c.n))
    throw new QuireError(`${fn}: K must be an integer in [1, ${c.n - 1}] (below the number of sites), got ${K}`);
  if (!(tau1 >= 0) || !Number.isFinite(tau1)) throw new QuireError(`${fn}: tau1 must be finite and ≥ 0, got ${tau1}`);
  const { R, T } = residualsFrom(fn, residuals, c.n);
  return penalizedPcaFlat(R, T, c, K, tau1);
}
