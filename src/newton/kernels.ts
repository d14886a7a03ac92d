/**
 * Kernels of the training dynamics in function space (data points m = 1..M):
 *  - the empirical NTK Gram K = JJᵀ, whose eigenvalues μ_i govern gradient descent
 *    (mode i of the residual contracts by 1 − η μ_i / M per step);
 *  - the Newton NTK (NNTK) K(K + λM I)⁻¹, with eigenvalues μ_i / (μ_i + λM) ∈ [0, 1), which governs
 *    regularized (Gauss–)Newton: r_{k+1} = λM (K + λM I)⁻¹ r_k = (I − NNTK) r_k (our derivation,
 *    see README; the paper's Eqs. (14)–(15) were not readable).
 */
import { QuireError } from '../core/errors.js';
import { choleskySolve, eighFlat, mat } from '../core/linalg.js';
import { assertFiniteArray, assertInRange, assertPositive } from '../core/validate.js';

function checkGram(fn: string, K: ArrayLike<number>, M: number): void {
  assertFiniteArray(fn, 'K', K);
  if (!(Number.isInteger(M) && M >= 1)) throw new QuireError(`${fn}: M must be a positive integer, got ${String(M)}`);
  if (K.length !== M * M) throw new QuireError(`${fn}: K has length ${K.length}, expected ${M * M} (M × M)`);
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < i; j++) {
      const a = K[i * M + j];
      const b = K[j * M + i];
      if (Math.abs(a - b) > 1e-9 * (Math.abs(a) + Math.abs(b) + 1e-300)) throw new QuireError(`${fn}: K is not symmetric at (${i}, ${j})`);
    }
  }
}

/** A symmetric spectrum, eigenvalues descending; `vectors` is row-major M×M with mode j in column j. */
export interface Spectrum {
  values: Float64Array;
  vectors: Float64Array;
}

/**
 * Eigen-decomposition of a symmetric Gram matrix, eigenvalues in descending order.
 * @param K - row-major M×M symmetric (finite)
 * @param M - size ≥ 1
 * @returns descending eigenvalues and the matching orthonormal eigenvectors (columns)
 * @throws QuireError if K is not M×M, not finite or not symmetric
 * @example gramSpectrum(new Float64Array([2, 0, 0, 1]), 2).values // [2, 1]
 * @see Jacot, Gabriel & Hongler, Neural Tangent Kernel (NeurIPS 2018)
 */
export function gramSpectrum(K: ArrayLike<number>, M: number): Spectrum {
  checkGram('gramSpectrum', K, M);
  // scale by max|K| (entries near 1.8e308 overflow the solver) and flush entries below 1e-300 of it
  // (the dense eigensolver fails on subnormals); the spectrum scales back exactly
  let s = 0;
  for (let i = 0; i < M * M; i++) s = Math.max(s, Math.abs(K[i]));
  const values = new Float64Array(M);
  const vectors = new Float64Array(M * M);
  if (s === 0) {
    for (let j = 0; j < M; j++) vectors[j * M + j] = 1;
    return { values, vectors };
  }
  const Ks = Float64Array.from({ length: M * M }, (_, i) => {
    const v = K[i] / s;
    return Math.abs(v) < 1e-300 ? 0 : v;
  });
  const e = eighFlat(Ks, M);
  const V = e.vectors as Float64Array;
  for (let j = 0; j < M; j++) {
    const src = M - 1 - j;
    values[j] = e.values[src] * s;
    for (let r = 0; r < M; r++) vectors[r * M + j] = V[r * M + src];
  }
  for (let j = 0; j < M; j++)
    if (!Number.isFinite(values[j])) throw new QuireError(`gramSpectrum: an eigenvalue overflows float64 (K too large)`);
  return { values, vectors };
}

/**
 * NNTK eigenvalues ν_i = μ_i⁺ / (μ_i⁺ + λM) from NTK eigenvalues μ_i (μ⁺ = max(μ, 0), clipping
 * round-off negatives), each in [0, 1), increasing in μ and rising toward 1 as λ → 0.
 * @param ntkValues - NTK eigenvalues (finite)
 * @param lambda - regularisation λ > 0
 * @param M - number of data points ≥ 1
 * @throws QuireError on non-finite eigenvalues or λ ≤ 0
 * @example nntkSpectrum([3, 1], 0.5, 2) // [0.75, 0.5]
 */
export function nntkSpectrum(ntkValues: ArrayLike<number>, lambda: number, M: number): Float64Array {
  assertFiniteArray('nntkSpectrum', 'ntkValues', ntkValues);
  assertPositive('nntkSpectrum', 'lambda', lambda);
  assertPositive('nntkSpectrum', 'M', M);
  const out = new Float64Array(ntkValues.length);
  const lm = lambda * M;
  for (let i = 0; i < out.length; i++) {
    const mu = Math.max(ntkValues[i], 0);
    out[i] = mu / (mu + lm);
  }
  return out;
}

/**
 * The NNTK Gram K(K + λM I)⁻¹ (row-major M×M, symmetric), by a Cholesky solve of (K + λM I) X = K
 * (K and (K + λM I)⁻¹ commute). By Woodbury it equals J(JᵀJ/M + λI)⁻¹Jᵀ/M.
 * @param K - NTK Gram, row-major M×M symmetric positive semi-definite
 * @param M - size ≥ 1
 * @param lambda - λ > 0
 * @throws QuireError on a bad K or λ ≤ 0
 * @example nntkGram(new Float64Array([3]), 1, 1) // [0.75]
 */
export function nntkGram(K: ArrayLike<number>, M: number, lambda: number): Float64Array {
  checkGram('nntkGram', K, M);
  assertPositive('nntkGram', 'lambda', lambda);
  const A = mat(M, M, Float64Array.from(K));
  for (let i = 0; i < M; i++) A.data[i * M + i] += lambda * M;
  let X: Float64Array;
  try {
    X = choleskySolve(A, mat(M, M, Float64Array.from(K))).data;
  } catch (e) {
    if (!(e instanceof QuireError)) throw e;
    throw new QuireError(`nntkGram: K + λM I is not positive definite at lambda = ${lambda} (K must be a PSD Gram matrix)`);
  }
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < i; j++) {
      const s = 0.5 * (X[i * M + j] + X[j * M + i]);
      X[i * M + j] = s;
      X[j * M + i] = s;
    }
  }
  return X;
}

/**
 * Coordinates of a residual on the Gram eigenmodes: a_j = v_jᵀ r (modes in the spectrum's order).
 * @param r - residual, length M (finite)
 * @param spectrum - from gramSpectrum
 * @throws QuireError on a length mismatch or non-finite r
 */
export function projectOnModes(r: ArrayLike<number>, spectrum: Spectrum): Float64Array {
  assertFiniteArray('projectOnModes', 'r', r);
  const M = spectrum.values.length;
  if (r.length !== M) throw new QuireError(`projectOnModes: r has length ${r.length}, expected ${M} (the number of modes)`);
  const out = new Float64Array(M);
  for (let row = 0; row < M; row++) {
    const rv = r[row];
    const base = row * M;
    for (let j = 0; j < M; j++) out[j] += spectrum.vectors[base + j] * rv;
  }
  for (let j = 0; j < M; j++)
    if (!Number.isFinite(out[j])) throw new QuireError(`projectOnModes: the projection overflows float64 (r too large)`);
  return out;
}

/**
 * Loss after one linearised regularized (Gauss–)Newton step in function space:
 * r₁ = λM (K + λM I)⁻¹ r₀, L₁ = ‖r₁‖² / 2M, computed mode-wise from the NTK spectrum:
 * L₁ = (1/2M) Σ_i (λM / (μ_i⁺ + λM))² (v_iᵀ r₀)². It tends to the loss of the residual part outside
 * range(K) as λ → 0 (zero when K is non-singular).
 * @param spectrum - NTK spectrum (gramSpectrum)
 * @param r0 - initial residual, length M
 * @param lambda - λ > 0
 * @throws QuireError on a length mismatch or λ ≤ 0
 */
export function linearizedOneStepLoss(spectrum: Spectrum, r0: ArrayLike<number>, lambda: number): number {
  assertPositive('linearizedOneStepLoss', 'lambda', lambda);
  assertFiniteArray('linearizedOneStepLoss', 'r0', r0);
  if (r0.length !== spectrum.values.length)
    throw new QuireError(`linearizedOneStepLoss: r0 has length ${r0.length}, expected ${spectrum.values.length} (the number of modes)`);
  let a: Float64Array;
  try {
    a = projectOnModes(r0, spectrum);
  } catch (e) {
    if (!(e instanceof QuireError)) throw e;
    throw new QuireError(`linearizedOneStepLoss: ${e.message}`);
  }
  const M = a.length;
  const lm = lambda * M;
  const g = new Float64Array(M);
  let gmax = 0;
  for (let j = 0; j < M; j++) {
    g[j] = (lm / (Math.max(spectrum.values[j], 0) + lm)) * a[j];
    gmax = Math.max(gmax, Math.abs(g[j]));
  }
  if (gmax === 0) return 0;
  // scaled sum of squares: ‖g‖² may overflow where ‖g‖²/2M does not
  let s = 0;
  for (let j = 0; j < M; j++) s += (g[j] / gmax) ** 2;
  const L = gmax * ((gmax / (2 * M)) * s);
  if (!Number.isFinite(L)) throw new QuireError(`linearizedOneStepLoss: the loss overflows float64 (r0 too large)`);
  return L;
}

/**
 * Our width scaling of the regulariser, λ_N = λ₀ N^{1−2β}. The NTK Gram scales as K = N^{1−2β} K̄ with
 * K̄ → K_∞ (law of large numbers), so this choice keeps the NNTK K(K + λ_N M I)⁻¹ = K̄(K̄ + λ₀M I)⁻¹
 * converging to a deterministic limit; for β > 1/2 it vanishes as N grows. This is our derivation,
 * not a formula quoted from the paper (its exact formula was not readable).
 * @param lambda0 - λ₀ > 0
 * @param width - N ≥ 1
 * @param beta - β ∈ [0.5, 1]
 * @example lambdaForWidth(1, 1000, 0.52) // ≈ 0.759
 */
export function lambdaForWidth(lambda0: number, width: number, beta: number): number {
  assertPositive('lambdaForWidth', 'lambda0', lambda0);
  assertPositive('lambdaForWidth', 'width', width);
  assertInRange('lambdaForWidth', 'beta', beta, 0.5, 1);
  return lambda0 * Math.pow(width, 1 - 2 * beta);
}
