/**
 * fitSpatialAdapter: the Spatial Adapter's second stage on the residuals of a frozen
 * first-stage predictor, by three-block mini-batch ADMM (Φ-step, closed-form Z-step, dual
 * update) on
 *   min_{Φ, Z} ‖Z − ZΦΦᵀ‖²_F + τ₁·tr(ΦᵀΩΦ) + τ₂·Σ|φ_jk|   s.t. ΦᵀΦ = I_K, Z = R.
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { defineSchema, parseOptions, type PartialOptionsOf, type OptionsOf } from '../core/schema.js';
import { type Coords, type CoordsInput, toCoords } from './coords.js';
import { choleskyFlat, choleskySolver, orthonormalityError } from '../core/linalg.js';
import { omegaFromCoords } from './omega.js';
import { irl1Step, penalizedGramOperator, spectralNormEstimate, topKBasis, zStepFlat } from './phi.js';

/** Parameters of fitSpatialAdapter. */
export const spatialAdapterSchema = defineSchema({
  K: { type: 'integer', min: 1, default: 3, description: 'number of basis functions K (1 ≤ K < N)' },
  tau1: { type: 'number', min: 0, default: 0, description: 'smoothness weight τ₁ ≥ 0 on tr(ΦᵀΩΦ)' },
  tau2: { type: 'number', min: 0, default: 0, description: 'sparsity weight τ₂ ≥ 0 on Σ|φ_jk| (IRL₁ when > 0)' },
  rho: { type: 'number', min: 0, exclusive: true, default: 10, description: 'ADMM penalty ρ > 0 (the code uses ρ₀·std(Y) with ρ₀ = 5)' },
  batch: {
    type: 'integer',
    min: 1,
    default: 1024,
    description: 'rows (time points) per mini-batch window (capped at T; T ≤ batch is full-batch ADMM)',
  },
  iters: { type: 'integer', min: 1, max: 100000, default: 100, description: 'maximum ADMM iterations' },
  phiEvery: { type: 'integer', min: 1, default: 5, description: 'run the Φ-step every this many iterations' },
  minIters: { type: 'integer', min: 0, default: 20, description: 'iterations before the stopping rule may stop' },
  tol: { type: 'number', min: 0, default: 1e-4, description: 'stopping tolerance (dual residual and ‖ΔΦ‖)' },
  seed: { type: 'integer', min: 0, default: 0, description: 'seed for the mini-batch windows' },
});
export type SpatialAdapterOptions = OptionsOf<typeof spatialAdapterSchema>;

/** A frozen first stage: residuals R = Y − predict(X). */
export interface FirstStage<X = unknown> {
  predict: (X: X) => ArrayLike<ArrayLike<number>>;
  X: X;
  /** observations, T×N (rows = time points, columns = sites) */
  Y: ArrayLike<ArrayLike<number>>;
}

/** One ADMM iteration's diagnostics. */
export interface TraceEntry {
  iter: number;
  /** ‖Z_b − R_b‖_F on the batch */
  primal: number;
  /** ρ‖Z_b − Z_b^prev‖_F on the batch */
  dual: number;
  /** ‖Φ − Φ_prev‖_F (0 when no Φ-step ran) */
  dPhi: number;
  /** full-data estimate of the objective: (T/b)‖Z_b − Z_bΦΦᵀ‖² + τ₁tr(ΦᵀΩΦ) + τ₂Σ|φ| */
  objective: number;
  /** max |ΦᵀΦ − I| after this iteration's Φ-step (worst over IRL₁ retractions), null if none ran */
  orthError: number | null;
}

export interface SpatialAdapterFit {
  /** N×K basis, row-major, orthonormal columns, each column's largest-magnitude entry positive */
  basis: Float64Array;
  /** T×K scores η = (R − mean)·Φ, row-major */
  scores: Float64Array;
  /** column means of the residuals (length N) */
  mean: Float64Array;
  n: number;
  T: number;
  K: number;
  coords: Coords;
  options: SpatialAdapterOptions;
  trace: TraceEntry[];
  diagnostics: {
    iterations: number;
    converged: boolean;
    primal: number;
    dual: number;
    orthogonality: number;
    /** tr(ΦᵀΩΦ) (null when τ₁ = 0 and Ω was not built) */
    roughness: number | null;
    /** fraction of exactly zero entries of Φ */
    sparsity: number;
    /** operator applications spent by the eigen-solver */
    matvecs: number;
    eigConverged: boolean;
  };
}

/** Residuals as a flat row-major T×N array (validated). */
export function residualsFrom<X>(
  fn: string,
  input: ArrayLike<ArrayLike<number>> | FirstStage<X>,
  n: number,
): { R: Float64Array; T: number } {
  let rows: ArrayLike<ArrayLike<number>>;
  let pred: ArrayLike<ArrayLike<number>> | null = null;
  if (input !== null && typeof input === 'object' && 'predict' in input && typeof (input as FirstStage<X>).predict === 'function') {
    const fs = input as FirstStage<X>;
    rows = fs.Y;
    pred = fs.predict(fs.X);
    if (!pred || typeof pred.length !== 'number' || pred.length !== rows?.length) {
      throw new QuireError(`${fn}: predict(X) returned ${pred?.length} rows, expected ${rows?.length} (the rows of Y)`);
    }
  } else rows = input as ArrayLike<ArrayLike<number>>;
  const what = pred ? 'Y' : 'residuals';
  if (!rows || typeof rows.length !== 'number') throw new QuireError(`${fn}: ${what} must be an array of rows`);
  const T = rows.length;
  if (T < 2) throw new QuireError(`${fn}: ${what} has ${T} rows, expected at least 2 time points`);
  const R = new Float64Array(T * n);
  for (let t = 0; t < T; t++) {
    const r = rows[t];
    if (!r || typeof r.length !== 'number') throw new QuireError(`${fn}: ${what}[${t}] must be an array of numbers`);
    if (r.length !== n)
      throw new QuireError(`${fn}: ${what} row ${t} has ${r.length} entries, expected ${n} (the number of sites in coords)`);
    const p = pred ? pred[t] : null;
    if (p && p.length !== n) throw new QuireError(`${fn}: predict(X) row ${t} has ${p.length} entries, expected ${n}`);
    for (let i = 0; i < n; i++) {
      const v = r[i] - (p ? p[i] : 0);
      if (!Number.isFinite(v)) throw new QuireError(`${fn}: ${what}[${t}][${i}] must be a finite number, got ${String(r[i])}`);
      R[t * n + i] = v;
    }
  }
  checkScale(fn, what, R);
  return { R, T };
}

/**
 * Reject values whose squares overflow: the fit works with sums of squares (Gram matrices,
 * ‖R‖²), which would become ±Infinity or NaN silently.
 * @throws QuireError naming `fn` and `what` when Σv² is not finite
 */
export function checkScale(fn: string, what: string, v: ArrayLike<number>): void {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  if (m === 0) return;
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i] / m) ** 2;
  if (!Number.isFinite(m * m * s))
    throw new QuireError(`${fn}: ${what} are too large (largest |value| ${m}; their sum of squares overflows); rescale them`);
}

/**
 * Fit the Spatial Adapter to first-stage residuals R (T time points × N sites) by
 * mini-batch ADMM. Each iteration takes a random contiguous window of b rows and runs
 * 1. (every `phiEvery` iterations) the Φ-step on M = (T/b)·Z_cᵀZ_c − τ₁Ω (Z_c the centred batch):
 *    Φ = top-K eigenvectors of M (restarted Rayleigh–Ritz/Davidson, warm-started, with the
 *    preconditioner (τ₁Ω + sI)⁻¹, s = ‖R_c‖²_F/N; never a full N×N eigendecomposition), or,
 *    when τ₂ > 0, up to 10 IRL₁ soft-threshold steps from the current Φ with polar retraction;
 * 2. the closed-form Z-step Z_b = ρ/(ρ+2)·(R_b − U_b) + 2/(ρ+2)·(R_b − U_b)ΦΦᵀ;
 * 3. the dual update U_b ← U_b + (Z_b − R_b), with momentum 0.2.
 * Φ starts at the top-K eigenvectors of RᵀR − τ₁Ω (R centred), Z = R, U = 0. The first stage
 * is frozen: there is no θ-step. Stops (after minIters) when the dual residual is below
 * tol·√(bN) + 10·tol·‖R_b‖_F and ‖ΔΦ‖ ≤ 10·tol.
 *
 * @param residuals - T×N residual rows (T ≥ 2), or a frozen first stage {predict, X, Y} (R = Y − predict(X))
 * @param coords - the N sites (numbers for 1-D, rows of 2 or 3 numbers), distinct, N ≥ d + 2
 * @param options - see spatialAdapterSchema: K (1 ≤ K < N), tau1 ≥ 0, tau2 ≥ 0, rho > 0, batch, iters, phiEvery, minIters, tol, seed
 * @returns the basis Φ, scores, residual means, per-iteration trace and diagnostics
 * @throws QuireError on ragged/non-finite/mismatched input, K ≥ N, or out-of-range options
 * @example fitSpatialAdapter(R, xs, { K: 1, tau1: 1e3, seed: 1 }).basis
 * @see Wang, Wu, Huang & Wang, "Spatial Adapter" (arXiv 2605.11394), code STLABTW/spatial-adapter; Wang & Huang (2017) SpatPCA
 */
export function fitSpatialAdapter<X = unknown>(
  residuals: ArrayLike<ArrayLike<number>> | FirstStage<X>,
  coords: CoordsInput,
  options: PartialOptionsOf<typeof spatialAdapterSchema> = {},
): SpatialAdapterFit {
  const fn = 'fitSpatialAdapter';
  const opts = parseOptions(fn, spatialAdapterSchema, options);
  const c = toCoords(fn, 'coords', coords);
  const { R, T } = residualsFrom(fn, residuals, c.n);
  return fitSpatialAdapterFlat(R, T, c, opts);
}

/**
 * The fit on validated inputs (flat row-major R, T×N). `omega` may be passed to reuse a
 * precomputed Ω across fits at the same sites.
 */
export function fitSpatialAdapterFlat(
  R0: Float64Array,
  T: number,
  c: Coords,
  opts: SpatialAdapterOptions,
  omegaIn?: Float64Array,
): SpatialAdapterFit {
  const fn = 'fitSpatialAdapter';
  const n = c.n;
  const K = opts.K;
  if (!(K < n)) throw new QuireError(`${fn}: K = ${K} must be less than the number of sites N = ${n}`);
  const { tau1, tau2, rho } = opts;
  const b = Math.min(opts.batch, T);
  // centre the residuals
  const mean = new Float64Array(n);
  for (let t = 0; t < T; t++) for (let i = 0; i < n; i++) mean[i] += R0[t * n + i];
  for (let i = 0; i < n; i++) mean[i] /= T;
  const R = new Float64Array(T * n);
  let totalSS = 0;
  for (let t = 0; t < T; t++)
    for (let i = 0; i < n; i++) {
      const v = R0[t * n + i] - mean[i];
      R[t * n + i] = v;
      totalSS += v * v;
    }
  const omega = tau1 > 0 || omegaIn ? (omegaIn ?? omegaFromCoords(fn, c)) : null;
  // preconditioner (τ₁Ω + sI)⁻¹ for the eigen-solver
  let precondition: ((r: Float64Array, theta: number, out: Float64Array) => void) | undefined;
  if (omega && tau1 > 0) {
    const s = totalSS > 0 ? totalSS / n : 1;
    const P = new Float64Array(n * n);
    for (let i = 0; i < n * n; i++) P[i] = tau1 * omega[i];
    for (let i = 0; i < n; i++) P[i * n + i] += s;
    const L = choleskyFlat(P, n);
    if (L) {
      const solveP = choleskySolver(L, n);
      precondition = (r, _theta, out) => {
        out.set(r);
        solveP(out);
      };
    }
  }
  const rng = new Rng(opts.seed);
  let matvecs = 0;
  let eigConverged = true;
  // initial Φ: top-K of RᵀR − τ₁Ω
  const init = topKBasis(penalizedGramOperator(R, T, n, 1, omega, tau1), n, K, null, precondition, opts.seed);
  let phi = init.phi;
  matvecs += init.matvecs;
  eigConverged &&= init.converged;
  if (tau2 > 0) {
    const op = penalizedGramOperator(R, T, n, 1, omega, tau1);
    phi = irl1Step(op, phi, n, K, tau2, spectralNormEstimate(op, n)).phi;
  }
  const Z = Float64Array.from(R);
  const U = new Float64Array(T * n);
  const trace: TraceEntry[] = [];
  const A = new Float64Array(b * n);
  const Zb = new Float64Array(b * n);
  const Zc = new Float64Array(b * n);
  const colMean = new Float64Array(n);
  const norms = { a2: 0, proj2: 0 };
  let roughness: number | null = omega ? quadTrace(omega, phi, n, K) : null;
  let l1 = l1Norm(phi);
  let converged = false;
  let lastPrimal = NaN;
  let lastDual = NaN;
  let lastDPhi = Infinity;
  let it = 1;
  for (; it <= opts.iters; it++) {
    const t0 = T > b ? rng.int(T - b + 1) : 0;
    const off = t0 * n;
    let dPhi = 0;
    let orthError: number | null = null;
    if (it % opts.phiEvery === 0) {
      // Φ-step on the centred batch of Z
      colMean.fill(0);
      for (let t = 0; t < b; t++) for (let i = 0; i < n; i++) colMean[i] += Z[off + t * n + i];
      for (let i = 0; i < n; i++) colMean[i] /= b;
      for (let t = 0; t < b; t++) for (let i = 0; i < n; i++) Zc[t * n + i] = Z[off + t * n + i] - colMean[i];
      const op = penalizedGramOperator(Zc, b, n, T / b, omega, tau1);
      let next: Float64Array;
      if (tau2 > 0) {
        const irl = irl1Step(op, phi, n, K, tau2, spectralNormEstimate(op, n));
        next = irl.phi;
        for (const e of irl.orthErrors) orthError = orthError === null ? e : Math.max(orthError, e);
      } else {
        const res = topKBasis(op, n, K, phi, precondition, opts.seed + it);
        matvecs += res.matvecs;
        eigConverged &&= res.converged;
        next = res.phi;
        orthError = orthonormalityError(next, n, K);
      }
      alignSigns(next, phi, n, K);
      for (let i = 0; i < n * K; i++) dPhi += (next[i] - phi[i]) ** 2;
      dPhi = Math.sqrt(dPhi);
      phi = next;
      lastDPhi = dPhi;
      roughness = omega ? quadTrace(omega, phi, n, K) : null;
      l1 = l1Norm(phi);
    }
    // Z-step
    for (let j = 0; j < b * n; j++) A[j] = R[off + j] - U[off + j];
    zStepFlat(A, b, n, phi, K, rho, Zb, norms);
    let primal = 0;
    let dual = 0;
    let rNorm = 0;
    for (let j = 0; j < b * n; j++) {
      const zPrev = Z[off + j];
      const z = Zb[j];
      Z[off + j] = z;
      const r = z - R[off + j];
      const uOld = U[off + j];
      const uNew = uOld + r;
      U[off + j] = uNew + 0.2 * (uNew - uOld);
      primal += r * r;
      dual += (z - zPrev) ** 2;
      rNorm += R[off + j] ** 2;
    }
    primal = Math.sqrt(primal);
    dual = rho * Math.sqrt(dual);
    lastPrimal = primal;
    lastDual = dual;
    // ‖Z_b(I − ΦΦᵀ)‖² = (ρ/(ρ+2))²(‖A‖² − ‖AΦ‖²) from the Z-step's own products
    const offSub = (rho / (rho + 2)) ** 2 * Math.max(0, norms.a2 - norms.proj2);
    const objective = (T / b) * offSub + (roughness !== null ? tau1 * roughness : 0) + tau2 * l1;
    trace.push({ iter: it, primal, dual, dPhi, objective, orthError });
    if (it >= opts.minIters && dual <= opts.tol * Math.sqrt(b * n) + 10 * opts.tol * Math.sqrt(rNorm) && lastDPhi <= 10 * opts.tol) {
      converged = true;
      break;
    }
  }
  canonicalSigns(phi, n, K);
  const scores = new Float64Array(T * K);
  for (let t = 0; t < T; t++)
    for (let i = 0; i < n; i++) {
      const r = R[t * n + i];
      if (r === 0) continue;
      for (let k = 0; k < K; k++) scores[t * K + k] += r * phi[i * K + k];
    }
  let zeros = 0;
  for (let i = 0; i < n * K; i++) if (phi[i] === 0) zeros++;
  return {
    basis: phi,
    scores,
    mean,
    n,
    T,
    K,
    coords: c,
    options: opts,
    trace,
    diagnostics: {
      iterations: Math.min(it, opts.iters),
      converged,
      primal: lastPrimal,
      dual: lastDual,
      orthogonality: orthonormalityError(phi, n, K),
      roughness,
      sparsity: zeros / (n * K),
      matvecs,
      eigConverged,
    },
  };
}

/** tr(ΦᵀΩΦ). */
function quadTrace(omega: Float64Array, phi: Float64Array, n: number, k: number): number {
  let s = 0;
  const w = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    w.fill(0);
    const o = i * n;
    for (let j = 0; j < n; j++) {
      const om = omega[o + j];
      for (let c = 0; c < k; c++) w[c] += om * phi[j * k + c];
    }
    for (let c = 0; c < k; c++) s += phi[i * k + c] * w[c];
  }
  return s;
}

function l1Norm(phi: Float64Array): number {
  let s = 0;
  for (let i = 0; i < phi.length; i++) s += Math.abs(phi[i]);
  return s;
}

/** Flip columns of next to agree in sign with prev (so ‖ΔΦ‖ measures change, not sign flips). */
function alignSigns(next: Float64Array, prev: Float64Array, n: number, k: number): void {
  for (let c = 0; c < k; c++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += next[i * k + c] * prev[i * k + c];
    if (s < 0) for (let i = 0; i < n; i++) next[i * k + c] = -next[i * k + c];
  }
}

/** Make each column's largest-magnitude entry positive. */
export function canonicalSigns(phi: Float64Array, n: number, k: number): void {
  for (let c = 0; c < k; c++) {
    let best = 0;
    for (let i = 0; i < n; i++) if (Math.abs(phi[i * k + c]) > Math.abs(best)) best = phi[i * k + c];
    if (best < 0) for (let i = 0; i < n; i++) phi[i * k + c] = -phi[i * k + c];
  }
}
