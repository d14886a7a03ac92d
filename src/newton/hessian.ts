/**
 * The exact Hessian of the two-layer tanh regression and the exact regularized Newton step.
 *
 * H = ∇²L = JᵀJ/M + S,  S = (1/M) Σ_m r_m ∇²f(x_m).
 * ∇²f couples only the three parameters (w_i, η_i, c_i) of one neuron, so S is block diagonal
 * with N symmetric 3×3 blocks. With s = N^{-β}, t = tanh, d = 1 − t², d′ = −2td, block i is
 * (order w, η, c; sums over m with weight r_m/M):
 *
 *   S_ww = s c Σ r d′ x²,  S_wη = s c Σ r d′ x,  S_ηη = s c Σ r d′,
 *   S_wc = s Σ r d x,      S_ηc = s Σ r d,       S_cc = 0.
 *
 * Because S_cc = 0 while S_wc, S_ηc ≠ 0, every block is indefinite: S has at least N negative
 * eigenvalues, and H = S + (rank-M PSD) at least N − M. H + λI is therefore indefinite unless λ
 * exceeds |λ_min| of those blocks, which is why truncated CG meets negative curvature.
 *
 * With D = S + λI (block diagonal), Woodbury gives the exact solution of (H + λI)p = ∇L = Jᵀr/M:
 *
 *   p = D⁻¹Jᵀ (M I + J D⁻¹ Jᵀ)⁻¹ r,
 *
 * in O(NM² + M³) (D = λI gives the Gauss–Newton step). Its inertia follows from Haynsworth's
 * formula: #neg(H + λI) = #neg(D) + #pos(C) − M with C = M I + J D⁻¹ Jᵀ.
 */
import { QuireError } from '../core/errors.js';
import { luFactorFlat, luSolveFlat } from '../core/linalg.js';
import { eigvalsh, mat } from '../core/linalg.js';
import type { TanhRegression } from './model.js';

/**
 * The 3×3 blocks of S = (1/M) Σ_m r_m ∇²f(x_m), one per neuron, as 6 numbers
 * [ww, wη, wc, ηη, ηc, cc] (cc is always 0). Empty when the first layer is frozen (S = 0).
 * @param model - an evaluated TanhRegression
 * @returns Float64Array of length 6N (0 when frozen)
 */
export function hessianBlocks(model: TanhRegression): Float64Array {
  const { points: M, width: N, T, D, x, theta, scale, r, freezeFirstLayer } = model;
  if (freezeFirstLayer) return new Float64Array(0);
  const out = new Float64Array(6 * N);
  for (let m = 0; m < M; m++) {
    const rm = r[m] / M;
    if (rm === 0) continue;
    const xm = x[m];
    const row = m * N;
    for (let i = 0; i < N; i++) {
      const t = T[row + i];
      const d = D[row + i];
      const dp = -2 * t * d * rm; // r d′ / M
      const o = 6 * i;
      out[o] += dp * xm * xm;
      out[o + 1] += dp * xm;
      out[o + 2] += rm * d * xm;
      out[o + 3] += dp;
      out[o + 4] += rm * d;
    }
  }
  for (let i = 0; i < N; i++) {
    const sc = scale * theta[2 * N + i];
    const o = 6 * i;
    out[o] *= sc;
    out[o + 1] *= sc;
    out[o + 3] *= sc;
    out[o + 2] *= scale;
    out[o + 4] *= scale;
  }
  return out;
}

/**
 * The exact Hessian ∇²L (row-major P×P), for tests and small models.
 * @param model - an evaluated TanhRegression
 * @throws QuireError if P > 4096 (use `exactNewtonDirection`, which never forms H)
 */
export function denseHessian(model: TanhRegression): Float64Array {
  const P = model.nParams;
  if (P > 4096) throw new QuireError(`denseHessian: model has ${P} trainable parameters; at most 4096 (the dense P×P Hessian)`);
  const M = model.points;
  const J = model.jacobian();
  const H = new Float64Array(P * P);
  for (let m = 0; m < M; m++) {
    const b = m * P;
    for (let a = 0; a < P; a++) {
      const ja = J[b + a] / M;
      if (ja === 0) continue;
      for (let c = 0; c < P; c++) H[a * P + c] += ja * J[b + c];
    }
  }
  if (!model.freezeFirstLayer) {
    const N = model.width;
    const S = hessianBlocks(model);
    for (let i = 0; i < N; i++) {
      const idx = [i, N + i, 2 * N + i];
      const o = 6 * i;
      const blk = [
        [S[o], S[o + 1], S[o + 2]],
        [S[o + 1], S[o + 3], S[o + 4]],
        [S[o + 2], S[o + 4], S[o + 5]],
      ];
      for (let u = 0; u < 3; u++) for (let v = 0; v < 3; v++) H[idx[u] * P + idx[v]] += blk[u][v];
    }
  }
  return H;
}

/** Eigenvalues of a symmetric 3×3 matrix [a b c; b d e; c e f], ascending (trigonometric method). */
export function symmetricEigenvalues3(a: number, b: number, c: number, d: number, e: number, f: number): [number, number, number] {
  const all = [a, b, c, d, e, f];
  for (let i = 0; i < 6; i++)
    if (!Number.isFinite(all[i])) throw new QuireError(`symmetricEigenvalues3: entry ${'abcdef'[i]} must be finite, got ${all[i]}`);
  // scale by the largest entry so the squares below cannot overflow; eigenvalues scale back exactly
  const sc = Math.max(...all.map(Math.abs));
  if (sc === 0) return [0, 0, 0];
  if (sc > 1e100 || sc < 1e-100) {
    const ev = eig3(a / sc, b / sc, c / sc, d / sc, e / sc, f / sc);
    const out: [number, number, number] = [ev[0] * sc, ev[1] * sc, ev[2] * sc];
    if (!out.every(Number.isFinite)) throw new QuireError(`symmetricEigenvalues3: an eigenvalue overflows float64 (entries too large)`);
    return out;
  }
  return eig3(a, b, c, d, e, f);
}

function eig3(a: number, b: number, c: number, d: number, e: number, f: number): [number, number, number] {
  const p1 = b * b + c * c + e * e;
  const q = (a + d + f) / 3;
  if (p1 === 0) {
    const v = [a, d, f].sort((u, w) => u - w);
    return [v[0], v[1], v[2]];
  }
  const p2 = (a - q) ** 2 + (d - q) ** 2 + (f - q) ** 2 + 2 * p1;
  const p = Math.sqrt(p2 / 6);
  const B = [(a - q) / p, b / p, c / p, (d - q) / p, e / p, (f - q) / p];
  const detB = B[0] * (B[3] * B[5] - B[4] * B[4]) - B[1] * (B[1] * B[5] - B[4] * B[2]) + B[2] * (B[1] * B[4] - B[3] * B[2]);
  const rr = Math.min(1, Math.max(-1, detB / 2));
  const phi = Math.acos(rr) / 3;
  const e1 = q + 2 * p * Math.cos(phi);
  const e3 = q + 2 * p * Math.cos(phi + (2 * Math.PI) / 3);
  const e2 = 3 * q - e1 - e3;
  return [e3, e2, e1];
}

/** What the exact Newton solve reports besides the step. */
export interface ExactNewtonResult {
  /** the step p solving (∇²L + λI) p = ∇L (θ ← θ − p) */
  p: Float64Array;
  /** number of negative eigenvalues of ∇²L + λI (exact, by Haynsworth inertia; NaN when diagnostics are off) */
  negativeEigenvalues: number;
  /** number of negative eigenvalues of the block-diagonal part S + λI (H + λI has between this minus M and this many) */
  negativeBlockEigenvalues: number;
  /** the smallest eigenvalue of S = (1/M) Σ r_m ∇²f(x_m) (the curvature λ must beat for H + λI ≻ 0 off range(Jᵀ)); 0 when frozen */
  minBlockEigenvalue: number;
  /** relative residual ‖(H + λI)p − ∇L‖ / ‖∇L‖, checked with one exact HVP */
  relativeResidual: number;
  /** 'woodbury' (block-diagonal + rank-M update) or 'dense' (LU of the P×P matrix: P ≤ M, or a singular block) */
  method: 'woodbury' | 'dense';
}

/**
 * The exact regularized Newton step: solves (∇²L + λI) p = ∇L with the exact (indefinite) Hessian,
 * through its structure (3×3 blocks + rank M) in O(NM² + M³), never stopping at negative curvature.
 * Uses a dense LU of the P×P matrix instead when P ≤ M, or (P ≤ 4096) when a block of S + λI is singular.
 * @param model - an evaluated TanhRegression
 * @param lambda - λ ≥ 0 (finite)
 * @returns the step, the inertia of H + λI, λ_min(S) and the solve's relative residual
 * @throws QuireError if λ is negative or not finite, or if H + λI is singular to working precision
 * @example
 * const { x, y } = makeData('fig1', 16);
 * const m = new TanhRegression(x, y, { width: 32, seed: 1 }); m.evaluate();
 * exactNewtonDirection(m, 1e-3).negativeEigenvalues
 * @see Riedl, Spiliopoulos & Sirignano, arXiv 2605.08352 (regularized Newton); Haynsworth (1968) inertia additivity
 */
export function exactNewtonDirection(model: TanhRegression, lambda: number): ExactNewtonResult {
  const fn = 'exactNewtonDirection';
  if (!(lambda >= 0 && Number.isFinite(lambda))) throw new QuireError(`${fn}: lambda must be a finite number ≥ 0, got ${lambda}`);
  return exactNewtonKernel(fn, model, lambda, true);
}

/**
 * Unchecked kernel of `exactNewtonDirection`; with `diagnostics` false the inertia and the residual
 * are skipped (NaN), for training loops.
 */
export function exactNewtonKernel(fn: string, model: TanhRegression, lambda: number, diagnostics: boolean): ExactNewtonResult {
  const { points: M, width: N, T, D, x, theta, scale, r, nParams: P, freezeFirstLayer } = model;
  const g = model.gradientKernel();
  let gn = 0;
  for (let i = 0; i < P; i++) gn += g[i] * g[i];
  gn = Math.sqrt(gn);
  if (!Number.isFinite(gn)) throw new QuireError(`${fn}: the gradient is not finite (model parameters overflow)`);
  const S = hessianBlocks(model);
  // D⁻¹ per block (3×3 adjugate, or 1/λ when frozen); inertia of D
  const Dinv = new Float64Array(freezeFirstLayer ? 1 : 6 * N);
  let negD = 0;
  let minEig = freezeFirstLayer ? 0 : Infinity;
  let blockSingular = false;
  if (freezeFirstLayer) {
    if (!(lambda > 0)) blockSingular = true;
    else Dinv[0] = 1 / lambda;
  } else {
    for (let i = 0; i < N; i++) {
      const o = 6 * i;
      const a = S[o] + lambda;
      const b = S[o + 1];
      const c = S[o + 2];
      const d = S[o + 3] + lambda;
      const e = S[o + 4];
      const f = S[o + 5] + lambda;
      const ev = eig3(S[o], b, c, S[o + 3], e, S[o + 5]);
      minEig = Math.min(minEig, ev[0]);
      for (const v of ev) if (v + lambda < 0) negD++;
      const A00 = d * f - e * e;
      const A01 = c * e - b * f;
      const A02 = b * e - c * d;
      const A11 = a * f - c * c;
      const A12 = b * c - a * e;
      const A22 = a * d - b * b;
      const det = a * A00 + b * A01 + c * A02;
      const norm = Math.max(Math.abs(a), Math.abs(b), Math.abs(c), Math.abs(d), Math.abs(e), Math.abs(f));
      if (!(Math.abs(det) > 1e-13 * norm * norm * norm) || !Number.isFinite(det)) {
        blockSingular = true;
        continue;
      }
      Dinv[o] = A00 / det;
      Dinv[o + 1] = A01 / det;
      Dinv[o + 2] = A02 / det;
      Dinv[o + 3] = A11 / det;
      Dinv[o + 4] = A12 / det;
      Dinv[o + 5] = A22 / det;
    }
  }
  // A model with no more parameters than points is solved densely: the rank-M update would not be low rank.
  if (blockSingular || P <= M) return denseNewton(fn, model, lambda, g, gn, minEig, negD, diagnostics);

  // Z = D⁻¹ Jᵀ, stored per (m, neuron) as 3 numbers (w, η, c); C = M I + J Z.
  const jw = new Float64Array(M * N);
  const je = new Float64Array(M * N);
  const jc = new Float64Array(M * N);
  const zw = new Float64Array(M * N);
  const ze = new Float64Array(M * N);
  const zc = new Float64Array(M * N);
  for (let m = 0; m < M; m++) {
    const row = m * N;
    for (let i = 0; i < N; i++) {
      const t = T[row + i];
      const vc = scale * t;
      jc[row + i] = vc;
      if (freezeFirstLayer) {
        zc[row + i] = vc * Dinv[0];
        continue;
      }
      const gdv = scale * theta[2 * N + i] * D[row + i];
      const vw = gdv * x[m];
      const ve = gdv;
      jw[row + i] = vw;
      je[row + i] = ve;
      const o = 6 * i;
      zw[row + i] = Dinv[o] * vw + Dinv[o + 1] * ve + Dinv[o + 2] * vc;
      ze[row + i] = Dinv[o + 1] * vw + Dinv[o + 3] * ve + Dinv[o + 4] * vc;
      zc[row + i] = Dinv[o + 2] * vw + Dinv[o + 4] * ve + Dinv[o + 5] * vc;
    }
  }
  const C = new Float64Array(M * M);
  for (let m = 0; m < M; m++) {
    const rm = m * N;
    for (let n = 0; n <= m; n++) {
      const rn = n * N;
      let s = 0;
      for (let i = 0; i < N; i++) s += jc[rm + i] * zc[rn + i];
      if (!freezeFirstLayer) for (let i = 0; i < N; i++) s += jw[rm + i] * zw[rn + i] + je[rm + i] * ze[rn + i];
      C[m * M + n] = s;
      C[n * M + m] = s;
    }
    C[m * M + m] += M;
  }
  const lu = luFactorFlat(C, M, { tolerance: 1e-15 });
  if (lu.singular)
    throw new QuireError(`${fn}: ∇²L + λI is singular at lambda = ${lambda} (the capacitance matrix M I + J D⁻¹ Jᵀ is singular)`);
  const alpha = luSolveFlat(lu, r, 1);
  const p = new Float64Array(P);
  const cBase = freezeFirstLayer ? 0 : 2 * N;
  for (let m = 0; m < M; m++) {
    const am = alpha[m];
    const row = m * N;
    for (let i = 0; i < N; i++) {
      p[cBase + i] += am * zc[row + i];
      if (!freezeFirstLayer) {
        p[i] += am * zw[row + i];
        p[N + i] += am * ze[row + i];
      }
    }
  }
  if (!diagnostics) {
    return {
      p,
      negativeEigenvalues: NaN,
      negativeBlockEigenvalues: negD,
      minBlockEigenvalue: minEig,
      relativeResidual: NaN,
      method: 'woodbury',
    };
  }
  // inertia: #neg(H + λI) = #neg(D) + #pos(C) − M
  const ev = eigvalsh(mat(M, M, C));
  let posC = 0;
  for (let i = 0; i < M; i++) if (ev[i] > 0) posC++;
  return {
    p,
    negativeEigenvalues: negD + posC - M,
    negativeBlockEigenvalues: negD,
    minBlockEigenvalue: freezeFirstLayer ? 0 : minEig,
    relativeResidual: residual(model, p, lambda, g, gn),
    method: 'woodbury',
  };
}

function residual(model: TanhRegression, p: Float64Array, lambda: number, g: Float64Array, gn: number): number {
  const Hp = model.hvpKernel(p, new Float64Array(p.length), new Float64Array(model.points));
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const v = Hp[i] + lambda * p[i] - g[i];
    s += v * v;
  }
  const res = gn > 0 ? Math.sqrt(s) / gn : Math.sqrt(s);
  if (!Number.isFinite(res))
    throw new QuireError(`exactNewtonDirection: the step overflows float64 (∇²L + λI nearly singular at lambda = ${lambda})`);
  return res;
}

function denseNewton(
  fn: string,
  model: TanhRegression,
  lambda: number,
  g: Float64Array,
  gn: number,
  minEig: number,
  negD: number,
  diagnostics: boolean,
): ExactNewtonResult {
  const P = model.nParams;
  if (P > 4096)
    throw new QuireError(
      `${fn}: a block of S + λI is singular at lambda = ${lambda} and the model is too large (${P} > 4096) for the dense fallback`,
    );
  const H = denseHessian(model);
  for (let i = 0; i < P; i++) H[i * P + i] += lambda;
  const lu = luFactorFlat(H, P, { tolerance: 1e-15 });
  if (lu.singular) throw new QuireError(`${fn}: ∇²L + λI is singular at lambda = ${lambda}`);
  const p = luSolveFlat(lu, g, 1);
  for (let i = 0; i < P; i++)
    if (!Number.isFinite(p[i])) throw new QuireError(`${fn}: the step overflows float64 (∇²L + λI nearly singular at lambda = ${lambda})`);
  let neg = NaN;
  if (diagnostics) {
    const ev = eigvalsh(mat(P, P, H));
    neg = 0;
    for (let i = 0; i < P; i++) if (ev[i] < 0) neg++;
  }
  return {
    p,
    negativeEigenvalues: neg,
    negativeBlockEigenvalues: negD,
    minBlockEigenvalue: Number.isFinite(minEig) ? minEig : 0,
    relativeResidual: diagnostics ? residual(model, p, lambda, g, gn) : NaN,
    method: 'dense',
  };
}
