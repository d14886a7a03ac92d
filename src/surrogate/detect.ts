/**
 * Extrapolation detection in KL-coefficient space, fitted on the training inputs only:
 * the Mahalanobis distance d²(ξ) = (ξ − m)ᵀ S⁻¹ (ξ − m) against a χ²_M quantile, and a
 * per-coordinate range test (some ξ_k outside the training [min_k, max_k]).
 */
import { QuireError } from '../core/errors.js';
import { chi2Quantile } from '../core/stats.js';
import { assertFiniteArray, assertInteger } from '../core/validate.js';

/** A fitted detector (fit on training data, applied to test data). */
export interface ExtrapolationDetector {
  dim: number;
  mean: Float64Array;
  /** lower Cholesky factor of the sample covariance, row-major [M, M] */
  cholesky: Float64Array;
  min: Float64Array;
  max: Float64Array;
  /** the Mahalanobis threshold on d² (χ²_M quantile at `level`) */
  threshold: number;
  level: number;
}

/**
 * Fit the detector on training inputs.
 * @param xi - training coefficients, row-major [n, M], n > M
 * @param dim - M
 * @param level - χ²_M level of the Mahalanobis threshold, in (0, 1) (default 0.99)
 * @throws QuireError on ragged, non-finite or too few rows, or a singular covariance
 * @example const det = fitDetector(trainXi, 6); detect(det, testXi).flagged
 */
export function fitDetector(xi: Float64Array, dim: number, level = 0.99): ExtrapolationDetector {
  const fn = 'fitDetector';
  assertInteger(fn, 'dim', dim, 1);
  assertFiniteArray(fn, 'xi', xi);
  if (xi.length % dim !== 0) throw new QuireError(`${fn}: xi has length ${xi.length}, expected a multiple of dim = ${dim}`);
  const n = xi.length / dim;
  if (n <= dim) throw new QuireError(`${fn}: xi has ${n} rows, expected more than dim = ${dim}`);
  if (!(level > 0 && level < 1)) throw new QuireError(`${fn}: level is ${level}, expected in (0, 1)`);
  const mean = new Float64Array(dim);
  const min = new Float64Array(dim).fill(Infinity);
  const max = new Float64Array(dim).fill(-Infinity);
  for (let s = 0; s < n; s++)
    for (let k = 0; k < dim; k++) {
      const v = xi[s * dim + k];
      mean[k] += v / n;
      if (v < min[k]) min[k] = v;
      if (v > max[k]) max[k] = v;
    }
  const S = new Float64Array(dim * dim);
  for (let s = 0; s < n; s++)
    for (let a = 0; a < dim; a++) {
      const da = xi[s * dim + a] - mean[a];
      for (let b = 0; b <= a; b++) S[a * dim + b] += (da * (xi[s * dim + b] - mean[b])) / (n - 1);
    }
  // Cholesky (lower), in place
  const L = new Float64Array(dim * dim);
  for (let j = 0; j < dim; j++) {
    let d = S[j * dim + j];
    for (let k = 0; k < j; k++) d -= L[j * dim + k] ** 2;
    if (!(d > 1e-300)) throw new QuireError(`${fn}: the training covariance is singular (pivot ${j})`);
    L[j * dim + j] = Math.sqrt(d);
    for (let i = j + 1; i < dim; i++) {
      let v = S[i * dim + j];
      for (let k = 0; k < j; k++) v -= L[i * dim + k] * L[j * dim + k];
      L[i * dim + j] = v / L[j * dim + j];
    }
  }
  for (let i = 0; i < dim * dim; i++)
    if (!Number.isFinite(L[i])) throw new QuireError(`${fn}: the training covariance overflows (|ξ| beyond ≈ 1e154); rescale xi`);
  for (let k = 0; k < dim; k++) if (!Number.isFinite(mean[k])) throw new QuireError(`${fn}: the training mean overflows; rescale xi`);
  return { dim, mean, cholesky: L, min, max, threshold: chi2Quantile(level, dim), level };
}

/** Scores and flags of test inputs. */
export interface Detection {
  /** squared Mahalanobis distance per sample */
  mahalanobis2: Float64Array;
  /** 1 if some coordinate is outside the training range */
  outOfRange: Uint8Array;
  /** 1 if d² > threshold */
  mahalanobisFlag: Uint8Array;
  /** 1 if either test flags the sample */
  flagged: Uint8Array;
}

/**
 * Apply a fitted detector to inputs [n, M].
 * @throws QuireError on a length that is not a multiple of M or a non-finite entry
 */
export function detect(det: ExtrapolationDetector, xi: Float64Array): Detection {
  const fn = 'detect';
  const M = det.dim;
  assertFiniteArray(fn, 'xi', xi);
  if (xi.length % M !== 0) throw new QuireError(`${fn}: xi has length ${xi.length}, expected a multiple of ${M}`);
  const n = xi.length / M;
  const d2 = new Float64Array(n);
  const oor = new Uint8Array(n);
  const mf = new Uint8Array(n);
  const fl = new Uint8Array(n);
  const z = new Float64Array(M);
  const L = det.cholesky;
  for (let s = 0; s < n; s++) {
    let out = 0;
    for (let i = 0; i < M; i++) {
      const v = xi[s * M + i];
      if (v < det.min[i] || v > det.max[i]) out = 1;
      let t = v - det.mean[i];
      for (let k = 0; k < i; k++) t -= L[i * M + k] * z[k];
      z[i] = t / L[i * M + i];
    }
    let q = 0;
    for (let i = 0; i < M; i++) q += z[i] * z[i];
    d2[s] = q;
    oor[s] = out;
    mf[s] = q > det.threshold ? 1 : 0;
    fl[s] = out | mf[s];
  }
  return { mahalanobis2: d2, outOfRange: oor, mahalanobisFlag: mf, flagged: fl };
}

/** Precision and recall of flags against a set of positives. */
export interface PrecisionRecall {
  truePositives: number;
  flagged: number;
  positives: number;
  precision: number;
  recall: number;
  /** fraction of all samples flagged (the precision of a random flagger) */
  flagRate: number;
}

/**
 * Precision = |flagged ∩ positives|/|flagged|, recall = |flagged ∩ positives|/|positives|.
 * Precision is 0 when nothing is flagged, recall is 0 when there are no positives
 * (scikit-learn's zero_division = 0), so every field is finite.
 * @param flags - 0/1 per sample (at least one sample)
 * @param positives - indices of the positive samples (e.g. the worst 1 % of errors)
 * @throws QuireError on empty flags or an index outside the flags
 * @example precisionRecall(Uint8Array.from([1, 1, 0, 0]), [0, 2]) // precision ½, recall ½
 */
export function precisionRecall(flags: ArrayLike<number>, positives: ArrayLike<number>): PrecisionRecall {
  const n = flags?.length ?? 0;
  if (!(n >= 1)) throw new QuireError('precisionRecall: flags is empty, expected one flag per sample');
  let flagged = 0;
  for (let i = 0; i < n; i++) flagged += flags[i] ? 1 : 0;
  const seen = new Uint8Array(n);
  let tp = 0;
  let pos = 0;
  for (let k = 0; k < positives.length; k++) {
    const i = positives[k];
    if (!Number.isInteger(i) || i < 0 || i >= n)
      throw new QuireError(`precisionRecall: positives[${k}] is ${i}, expected an index in [0, ${n})`);
    if (seen[i]) continue;
    seen[i] = 1;
    pos++;
    if (flags[i]) tp++;
  }
  return {
    truePositives: tp,
    flagged,
    positives: pos,
    precision: flagged > 0 ? tp / flagged : 0,
    recall: pos > 0 ? tp / pos : 0,
    flagRate: flagged / n,
  };
}
