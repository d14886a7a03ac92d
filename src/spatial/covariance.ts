/**
 * The closed-form low-rank-plus-noise covariance of the residuals given the basis Φ, with
 * the effective rank chosen by spectral thresholding (spatial-adapter `estimateCovariance`).
 */
import { QuireError } from '../core/errors.js';
import { gramAB, jacobiEig } from '../core/linalg.js';
import { checkScale } from './admm.js';

/** Σ̂ = B·diag(λ̂)·Bᵀ + σ̂²·I with B = ΦV (N×rank, orthonormal columns). */
export interface LowRankCovariance {
  n: number;
  /** effective rank L̂ (0 ≤ L̂ ≤ K) */
  rank: number;
  /** N×L̂ factors B = Φ·V (row-major), orthonormal columns */
  factors: Float64Array;
  /** λ̂_1 ≥ … ≥ λ̂_L̂ > 0 */
  lambda: Float64Array;
  /** noise variance σ̂² ≥ 0 */
  sigma2: number;
  /** all K eigenvalues d_k of ΦᵀSΦ, descending */
  d: Float64Array;
  /** tr S / N, the average variance */
  avgVariance: number;
  /** column means removed before computing S (length N) */
  mean: Float64Array;
}

/**
 * Closed-form covariance (inner, flat). R is row-major T×N (not yet centred), Φ row-major
 * N×K with orthonormal columns.
 */
export function covarianceFlat(R: Float64Array, T: number, n: number, phi: Float64Array, K: number): LowRankCovariance {
  const mean = new Float64Array(n);
  for (let t = 0; t < T; t++) for (let i = 0; i < n; i++) mean[i] += R[t * n + i];
  for (let i = 0; i < n; i++) mean[i] /= T;
  // P = R_c Φ (T×K), trS = ‖R_c‖²/T
  const P = new Float64Array(T * K);
  let ss = 0;
  for (let t = 0; t < T; t++)
    for (let i = 0; i < n; i++) {
      const r = R[t * n + i] - mean[i];
      ss += r * r;
      if (r === 0) continue;
      for (let k = 0; k < K; k++) P[t * K + k] += r * phi[i * K + k];
    }
  const trS = ss / T;
  const G = gramAB(P, P, T, K, K);
  for (let i = 0; i < K * K; i++) G[i] /= T;
  const { values: d, vectors: V } = jacobiEig(G, K);
  // spectral threshold: L̂ = largest L with d_L > σ²_L, σ²_L = max(0, (trS − Σ_{k≤L} d_k)/(N − L))
  const sigmaL = (L: number): number => {
    let s = trS;
    for (let k = 0; k < L; k++) s -= d[k];
    return Math.max(0, s / (n - L));
  };
  let rank = 0;
  const guard = 1e-12 * Math.max(d[0], 0);
  for (let L = 1; L <= K; L++) if (d[L - 1] > sigmaL(L) + guard) rank = L;
  const sigma2 = rank === 0 ? trS / n : sigmaL(rank);
  const lambda: number[] = [];
  for (let k = 0; k < rank; k++) lambda.push(Math.max(d[k] - sigma2, 0));
  let L = rank;
  while (L > 0 && lambda[L - 1] === 0) L--;
  const factors = new Float64Array(n * L);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < L; c++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += phi[i * K + k] * V[k * K + c];
      factors[i * L + c] = s;
    }
  return { n, rank, factors, lambda: Float64Array.from(lambda.slice(0, L)), sigma2, d, avgVariance: trS / n, mean };
}

/**
 * Closed-form low-rank-plus-noise covariance of residuals R (T×N) given an orthonormal
 * basis Φ (N×K):
 *   S = R_cᵀR_c/T (R_c column-centred), ΦᵀSΦ = V·diag(d)·Vᵀ (d descending),
 *   σ²_L = max(0, (tr S − Σ_{k≤L} d_k)/(N − L)),  L̂ = max{L ≤ K : d_L > σ²_L}, σ̂² = σ²_L̂
 *   (L̂ = 0 and σ̂² = tr S/N when no L qualifies), λ̂_k = max(d_k − σ̂², 0),
 *   Σ̂ = ΦV·diag(λ̂)·VᵀΦᵀ + σ̂²·I.
 * A relative guard of 1e-12·d₁ in the comparison d_L > σ²_L keeps rounding from deciding the
 * rank of exactly low-rank data. S (N×N) is never formed.
 *
 * @param residuals - T×N rows (T ≥ 2), e.g. the residuals given to fitSpatialAdapter
 * @param basis - the fit (anything with basis, n, K) or N rows of K numbers with orthonormal columns
 * @returns factors, λ̂, σ̂², rank L̂ and the eigenvalues d
 * @throws QuireError on ragged, non-finite or mismatched input, K ≥ N, or a basis that is not orthonormal (tolerance 1e-6)
 * @example estimateCovariance(R, fit).rank
 * @see spatial-adapter `spatial_utils.cpp::estimateCovariance` (the paper's eq:cov-est and Appendix B)
 */
export function estimateCovariance(
  residuals: ArrayLike<ArrayLike<number>>,
  basis: { basis: Float64Array; n: number; K: number } | ArrayLike<ArrayLike<number>>,
): LowRankCovariance {
  const fn = 'estimateCovariance';
  let phi: Float64Array;
  let n: number;
  let K: number;
  if ('basis' in basis && basis.basis instanceof Float64Array) {
    ({ n, K } = basis);
    phi = basis.basis;
    if (phi.length !== n * K) throw new QuireError(`${fn}: basis has length ${phi.length}, expected N·K = ${n * K}`);
  } else {
    const rows = basis as ArrayLike<ArrayLike<number>>;
    n = rows.length;
    if (n === 0) throw new QuireError(`${fn}: basis must not be empty`);
    K = rows[0]?.length ?? 0;
    if (K < 1) throw new QuireError(`${fn}: basis must have at least one column`);
    phi = new Float64Array(n * K);
    for (let i = 0; i < n; i++) {
      if (!rows[i] || rows[i].length !== K)
        throw new QuireError(`${fn}: basis is ragged: row ${i} has ${rows[i]?.length} entries, expected ${K}`);
      for (let k = 0; k < K; k++) {
        const v = rows[i][k];
        if (!Number.isFinite(v)) throw new QuireError(`${fn}: basis[${i}][${k}] must be a finite number, got ${String(v)}`);
        phi[i * K + k] = v;
      }
    }
  }
  if (!(K < n)) throw new QuireError(`${fn}: basis has K = ${K} columns, expected fewer than N = ${n} rows`);
  const G = gramAB(phi, phi, n, K, K);
  for (let a = 0; a < K; a++)
    for (let b = 0; b < K; b++)
      if (!(Math.abs(G[a * K + b] - (a === b ? 1 : 0)) <= 1e-6))
        throw new QuireError(`${fn}: basis columns must be orthonormal (ΦᵀΦ = I), entry (${a}, ${b}) is ${G[a * K + b]}`);
  if (!residuals || typeof residuals.length !== 'number' || residuals.length < 2) {
    throw new QuireError(`${fn}: residuals must have at least 2 rows, got ${residuals?.length}`);
  }
  const T = residuals.length;
  const R = new Float64Array(T * n);
  for (let t = 0; t < T; t++) {
    const r = residuals[t];
    if (!r || r.length !== n) throw new QuireError(`${fn}: residuals row ${t} has ${r?.length} entries, expected ${n} (the rows of basis)`);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(r[i])) throw new QuireError(`${fn}: residuals[${t}][${i}] must be a finite number, got ${String(r[i])}`);
      R[t * n + i] = r[i];
    }
  }
  checkScale(fn, 'residuals', R);
  return covarianceFlat(R, T, n, phi, K);
}

/** The dense N×N matrix Σ̂ = B·diag(λ̂)·Bᵀ + σ̂²I (row-major), for small N (figures, tests). */
export function denseCovariance(cov: LowRankCovariance): Float64Array {
  const { n, factors, lambda, sigma2 } = cov;
  const L = lambda.length;
  const S = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = i === j ? sigma2 : 0;
      for (let c = 0; c < L; c++) s += factors[i * L + c] * lambda[c] * factors[j * L + c];
      S[i * n + j] = s;
      S[j * n + i] = s;
    }
  return S;
}
