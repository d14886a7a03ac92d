/**
 * LQR and H∞ state feedback from the Riccati solvers, γ* by bisection, and the closed-loop
 * H∞ norm for verification.
 *
 * H∞ (soft-constrained LQ game; Başar & Bernhard 1995): with the disturbance w entering through
 * D, solve the Riccati equation for B̃ = [B D] and the indefinite R̃ = diag(R, −γ²I):
 *   discrete:   P = Q + AᵀPA − AᵀPB̃(R̃ + B̃ᵀPB̃)⁻¹B̃ᵀPA,  [u; w] = −(R̃ + B̃ᵀPB̃)⁻¹B̃ᵀPA·x;
 *   continuous: AᵀP + PA − P(BR⁻¹Bᵀ − γ⁻²DDᵀ)P + Q = 0,    u = −R⁻¹BᵀP·x.
 * K is the u-block. γ is feasible when the stabilizing P exists, P ⪰ 0, A − BK is stable and
 * (discrete) γ²I − DᵀPD ≻ 0; then the closed loop x⁺ = (A − BK)x + Dw with output
 * z = [Q^½x; R^½u] has ‖T_{w→z}‖_∞ ≤ γ. As γ → ∞ the game reduces to LQR.
 */
import { QuireError } from '../core/errors.js';
import { eigvalsh } from '../core/linalg.js';
import { assertPositive } from '../core/validate.js';
import {
  type Mat,
  type MatrixInput,
  addScaled,
  blkdiag,
  eigenvalues,
  frob,
  hcat,
  identity,
  isFiniteMat,
  isPositiveDefinite,
  luFactor,
  luSolve,
  mat,
  mul,
  mult,
  requireShape,
  rowBlock,
  scale,
  scale2,
  tmul,
  toMat,
  transpose,
} from '../core/linalg.js';
import {
  type Eigenvalues,
  type RiccatiInputs,
  careKernel,
  certifyStable,
  closedLoopScale,
  dareKernel,
  parseRiccatiInputs,
} from './riccati.js';

/** An LQR design. */
export interface LQRResult {
  /** optimal gain, u = −Kx */
  K: Mat;
  /** the stabilizing Riccati solution (cost-to-go xᵀPx) */
  P: Mat;
  closedLoopEigenvalues: Eigenvalues;
  /** relative Riccati residual */
  residual: number;
}

function lqrCommon(
  fn: string,
  discrete: boolean,
  A: MatrixInput,
  B: MatrixInput,
  Q: MatrixInput,
  R: MatrixInput,
  S?: MatrixInput,
): LQRResult {
  const inp = parseRiccatiInputs(fn, A, B, Q, R, S === undefined ? {} : { S });
  if (!isPositiveDefinite(inp.R)) throw new QuireError(`${fn}: R must be symmetric positive definite`);
  const res = discrete ? dareKernel(inp) : careKernel(inp);
  if (!res.ok) throw new QuireError(`${fn}: no stabilizing solution: ${res.reason} (is (A, B) stabilizable and (Q, A) detectable?)`);
  return { K: res.K, P: res.P, closedLoopEigenvalues: res.eigs(), residual: res.relativeResidual };
}

/**
 * Discrete-time LQR: minimize Σ xᵀQx + 2xᵀSu + uᵀRu subject to x⁺ = Ax + Bu.
 * K = (R + BᵀPB)⁻¹(BᵀPA + Sᵀ), P the stabilizing DARE solution.
 * @param A - n×n; B - n×m; Q - n×n symmetric ⪰ 0; R - m×m symmetric positive definite; options.S - optional n×m cross weight
 * @returns { K, P, closedLoopEigenvalues (of A − BK, inside the unit disc), residual }
 * @throws QuireError on bad shapes or NaN, R not positive definite, or no stabilizing solution
 * @example dlqr([[1, 0.1], [0, 1]], [[0.005], [0.1]], [[1, 0], [0, 1]], [[1]]).K.data // [0.917…, 1.636…] (a Mat)
 * @see python-control `dlqr`; Anderson & Moore, Optimal Control (1990), ch. 2
 */
export function dlqr(A: MatrixInput, B: MatrixInput, Q: MatrixInput, R: MatrixInput, options: { S?: MatrixInput } = {}): LQRResult {
  return lqrCommon('dlqr', true, A, B, Q, R, options.S);
}

/**
 * Continuous-time LQR: minimize ∫ xᵀQx + 2xᵀSu + uᵀRu subject to ẋ = Ax + Bu.
 * K = R⁻¹(BᵀP + Sᵀ), P the stabilizing CARE solution.
 * @param A - n×n; B - n×m; Q - n×n symmetric ⪰ 0; R - m×m symmetric positive definite; options.S - optional n×m cross weight
 * @returns { K, P, closedLoopEigenvalues (of A − BK, in the open left half-plane), residual }
 * @throws QuireError on bad shapes or NaN, R not positive definite, or no stabilizing solution
 * @example lqr([[0, 1], [0, 0]], [[0], [1]], [[1, 0], [0, 0]], [[1]]).K.data // [1, √2] (a Mat)
 * @see python-control `lqr`
 */
export function lqr(A: MatrixInput, B: MatrixInput, Q: MatrixInput, R: MatrixInput, options: { S?: MatrixInput } = {}): LQRResult {
  return lqrCommon('lqr', false, A, B, Q, R, options.S);
}

/** An H∞ state-feedback design at a given γ. */
export interface HinfResult {
  feasible: boolean;
  /** why γ is infeasible (absent when feasible) */
  reason?: string;
  gamma: number;
  /** game Riccati solution (null when infeasible) */
  P: Mat | null;
  /** state feedback on u, u = −Kx (null when infeasible) */
  K: Mat | null;
  /** worst-case disturbance gain, w = −Lx (null when infeasible) */
  L: Mat | null;
  /** eigenvalues of A − BK (null when infeasible) */
  closedLoopEigenvalues: Eigenvalues | null;
}

/** Kernel form of an H∞ design. */
export type HinfKernelResult = { feasible: true; P: Mat; K: Mat; L: Mat; Kt: Mat } | { feasible: false; reason: string };

/** Game inputs: B̃ = [B D], R̃ = diag(R, −γ²I). */
export function gameInputs(A: Mat, B: Mat, D: Mat, Q: Mat, R: Mat, gamma: number): RiccatiInputs {
  const q = D.cols;
  return { A, B: hcat(B, D), Q, R: blkdiag(R, scale(identity(q), -gamma * gamma)) };
}

/** H∞ design at γ (trusts its caller). */
export function hinfKernel(discrete: boolean, A: Mat, B: Mat, D: Mat, Q: Mat, R: Mat, gamma: number): HinfKernelResult {
  const m = B.cols;
  const n = A.rows;
  const inp = gameInputs(A, B, D, Q, R, gamma);
  const res = discrete ? dareKernel(inp) : careKernel(inp);
  if (!res.ok) return { feasible: false, reason: `the game Riccati equation has no stabilizing solution (${res.reason})` };
  const P = res.P;
  // P ⪰ 0 (to a relative tolerance): P + tol·I must be positive definite
  if (!isPositiveDefinite(addScaled(P, identity(n), 1e-9 * Math.max(1, frob(P))))) {
    return { feasible: false, reason: 'P is not positive semidefinite' };
  }
  if (discrete) {
    const M = addScaled(scale(identity(D.cols), gamma * gamma), tmul(D, mul(P, D)), -1);
    if (!isPositiveDefinite(M)) return { feasible: false, reason: 'γ²I − DᵀPD is not positive definite' };
  }
  const K = rowBlock(res.K, 0, m);
  const L = rowBlock(res.K, m, res.K.rows);
  // stable with a margin justified by the conditioning (certifyStable), not by a strict |λ| < 1
  if (!certifyStable(discrete, addScaled(A, mul(B, K), -1), closedLoopScale(A, B, K)).stable) {
    return { feasible: false, reason: 'A − BK is not stable (with the rounding-level margin of certifyStable)' };
  }
  return { feasible: true, P, K, L, Kt: res.K };
}

function parseHinf(fn: string, A: unknown, B: unknown, D: unknown, Q: unknown, R: unknown, gamma: unknown): { inp: RiccatiInputs; D: Mat } {
  const inp = parseRiccatiInputs(fn, A, B, Q, R);
  const d = toMat(fn, 'D', D);
  if (d.rows !== inp.A.rows) throw new QuireError(`${fn}: D has ${d.rows} rows, expected ${inp.A.rows} (the size of A)`);
  if (!isPositiveDefinite(inp.R)) throw new QuireError(`${fn}: R must be symmetric positive definite`);
  assertPositive(fn, 'gamma', gamma);
  return { inp, D: d };
}

function hinfPublic(discrete: boolean, fn: string, A: unknown, B: unknown, D: unknown, Q: unknown, R: unknown, gamma: number): HinfResult {
  const { inp, D: d } = parseHinf(fn, A, B, D, Q, R, gamma);
  const r = hinfKernel(discrete, inp.A, inp.B, d, inp.Q, inp.R, gamma);
  if (!r.feasible) return { feasible: false, reason: r.reason, gamma, P: null, K: null, L: null, closedLoopEigenvalues: null };
  return {
    feasible: true,
    gamma,
    P: r.P,
    K: r.K,
    L: r.L,
    closedLoopEigenvalues: eigenvalues(addScaled(inp.A, mul(inp.B, r.K), -1)),
  };
}

/**
 * Discrete-time H∞ state feedback at attenuation level γ (central controller of the soft-constrained
 * LQ game x⁺ = Ax + Bu + Dw, cost Σ xᵀQx + uᵀRu − γ²wᵀw).
 * @param A - n×n; B - n×m; D - n×q disturbance input; Q - n×n symmetric ⪰ 0; R - m×m positive definite
 * @param gamma - attenuation level γ > 0
 * @returns { feasible, reason?, gamma, P, K, L, closedLoopEigenvalues }; an infeasible γ is reported
 *   with feasible = false and a reason, not thrown
 * @throws QuireError on bad shapes, NaN, R not positive definite, γ ≤ 0
 * @example dhinf([[1.2]], [[0.7]], [[1]], [[2]], [[0.5]], 5).P.data // [3.1446761123952034]
 * @see Başar & Bernhard, H∞-Optimal Control and Related Minimax Design Problems (1995), ch. 3
 */
export function dhinf(A: MatrixInput, B: MatrixInput, D: MatrixInput, Q: MatrixInput, R: MatrixInput, gamma: number): HinfResult {
  return hinfPublic(true, 'dhinf', A, B, D, Q, R, gamma);
}

/**
 * Continuous-time H∞ state feedback at γ: AᵀP + PA − P(BR⁻¹Bᵀ − γ⁻²DDᵀ)P + Q = 0, u = −R⁻¹BᵀPx.
 * @param A - n×n; B - n×m; D - n×q; Q - n×n symmetric ⪰ 0; R - m×m positive definite; gamma > 0
 * @returns as dhinf
 * @throws QuireError on bad input (an infeasible γ is reported, not thrown)
 * @example hinf([[1]], [[1]], [[1]], [[1]], [[1]], 1.5).P.data // [4.044994432064365]
 * @see Doyle, Glover, Khargonekar, Francis, IEEE TAC 34 (1989)
 */
export function hinf(A: MatrixInput, B: MatrixInput, D: MatrixInput, Q: MatrixInput, R: MatrixInput, gamma: number): HinfResult {
  return hinfPublic(false, 'hinf', A, B, D, Q, R, gamma);
}

/** γ* by bisection on feasibility (trusts its caller). Returns Infinity if no γ ≤ 1e12 is feasible. */
export function gammaStarKernel(discrete: boolean, A: Mat, B: Mat, D: Mat, Q: Mat, R: Mat, relTol = 1e-8, guess?: number): number {
  const ok = (g: number) => hinfKernel(discrete, A, B, D, Q, R, g).feasible;
  let hi = 1;
  let lo = 0;
  if (guess !== undefined && guess > 0 && Number.isFinite(guess)) {
    // warm start: a narrow bracket around a nearby γ*
    const a = guess * (1 - 1e-3);
    const b = guess * (1 + 1e-3);
    if (!ok(a) && ok(b)) return bisectGamma(ok, a, b, relTol);
  }
  if (ok(hi)) {
    lo = 0.5;
    while (ok(lo)) {
      hi = lo;
      lo /= 2;
      if (lo < 1e-12) return 0;
    }
  } else {
    lo = 1;
    hi = 2;
    while (!ok(hi)) {
      lo = hi;
      hi *= 2;
      if (hi > 1e12) return Infinity;
    }
  }
  return bisectGamma(ok, lo, hi, relTol);
}

function bisectGamma(ok: (g: number) => boolean, lo: number, hi: number, relTol: number): number {
  while (hi - lo > relTol * hi) {
    const mid = Math.sqrt(lo * hi);
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The optimal attenuation level γ* = inf{γ : the H∞ state-feedback problem is feasible}, by
 * bisection (geometric) on the feasibility test of dhinf/hinf.
 * @param options.discrete - discrete time (default true); options.relTol - relative bracket width (default 1e-8, in [1e-14, 0.1])
 * @returns the smallest feasible γ found (an upper bound on γ* within relTol)
 * @throws QuireError on bad input, or when no γ ≤ 1e12 is feasible ((A, B) not stabilizable)
 * @example gammaStar([[1, 0.1], [0, 1]], [[0.005], [0.1]], [[0.1, 0], [0, 0.1]], [[1, 0], [0, 1]], [[1]])
 * @see Başar & Bernhard (1995), Theorem 3.5
 */
export function gammaStar(
  A: MatrixInput,
  B: MatrixInput,
  D: MatrixInput,
  Q: MatrixInput,
  R: MatrixInput,
  options: { discrete?: boolean; relTol?: number } = {},
): number {
  const fn = 'gammaStar';
  const { inp, D: d } = parseHinf(fn, A, B, D, Q, R, 1);
  const relTol = options.relTol ?? 1e-8;
  if (!(relTol >= 1e-14 && relTol <= 0.1)) throw new QuireError(`${fn}: relTol must be in [1e-14, 0.1], got ${relTol}`);
  const g = gammaStarKernel(options.discrete ?? true, inp.A, inp.B, d, inp.Q, inp.R, relTol);
  if (!Number.isFinite(g)) throw new QuireError(`${fn}: no γ ≤ 1e12 is feasible (is (A, B) stabilizable?)`);
  return g;
}

/** σ_max(C(zI − A)⁻¹B)² at one complex point z = re + i·im, with M = CᵀC. Trusts its caller. */
export function gainSquaredAt(A: Mat, B: Mat, M: Mat, zr: number, zi: number): number {
  const n = A.rows;
  const q = B.cols;
  // real form of (zI − A) X = B: [[zr − A, −zi I], [zi I, zr − A]] [Xr; Xi] = [B; 0]
  const N = 2 * n;
  const T = mat(N, N);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = (i === j ? zr : 0) - A.data[i * n + j];
      T.data[i * N + j] = v;
      T.data[(n + i) * N + n + j] = v;
    }
    T.data[i * N + n + i] = -zi;
    T.data[(n + i) * N + i] = zi;
  }
  const rhs = mat(N, q);
  rhs.data.set(B.data, 0);
  const f = luFactor(T);
  if (!f) return Infinity;
  const X = luSolve(f, rhs);
  const Xr = rowBlock(X, 0, n);
  const Xi = rowBlock(X, n, N);
  const MXr = mul(M, Xr);
  const MXi = mul(M, Xi);
  const Hr = addScaled(tmul(Xr, MXr), tmul(Xi, MXi));
  const Hi = addScaled(tmul(Xr, MXi), tmul(Xi, MXr), -1);
  const Q2 = 2 * q;
  const E = new Float64Array(Q2 * Q2);
  for (let i = 0; i < q; i++) {
    for (let j = 0; j < q; j++) {
      E[i * Q2 + j] = Hr.data[i * q + j];
      E[(q + i) * Q2 + q + j] = Hr.data[i * q + j];
      E[i * Q2 + q + j] = -Hi.data[i * q + j];
      E[(q + i) * Q2 + j] = Hi.data[i * q + j];
    }
  }
  let emax = 0;
  for (let i = 0; i < E.length; i++) {
    if (!Number.isFinite(E[i])) return Infinity; // overflow: the gain exceeds float64
    emax = Math.max(emax, Math.abs(E[i]));
  }
  if (emax === 0) return 0;
  // scale to unit size and flush entries below 1e-200 of the largest (subnormal squares stall a QL iteration);
  // this moves the eigenvalues by at most 1e-200 relative
  const k = -Math.round(Math.log2(emax));
  for (let i = 0; i < E.length; i++) E[i] = Math.abs(E[i]) < 1e-200 * emax ? 0 : scale2(E[i], k);
  const values = eigvalsh(mat(Q2, Q2, E));
  return Math.max(0, scale2(values[Q2 - 1], -k));
}

/** The H∞ norm with its certified bracket: lower ≤ ‖G‖_∞ ≤ upper. */
export interface HinfNormBracket {
  /** σ_max(G) at `frequency`: an attained value, so a lower bound */
  lower: number;
  /** an upper bound: no eigenvalue of the Hamiltonian at this level lies on the imaginary axis */
  upper: number;
  /** where the lower bound is attained (rad/s; rad/sample in [0, π] for a discrete system) */
  frequency: number;
  /** Bruinsma–Steinbuch iterations */
  iterations: number;
}

/** Default relative tolerance of hinfNorm: upper ≤ (1 + 2·relTol)·lower. */
export const HINF_REL_TOL = 1e-10;

/** The power of two nearest x (1 for x = 0 or non-finite): an exact rescaling. */
function pow2Near(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  return Math.pow(2, Math.round(Math.log2(x)));
}

/**
 * The H∞ norm of G = C(zI − A)⁻¹B (discrete) or C(sI − A)⁻¹B (continuous), given M = CᵀC, by the
 * Bruinsma–Steinbuch (1990) two-step algorithm (the quadratically convergent variant of
 * Boyd–Balakrishnan 1990). Trusts its caller. Returns lower = upper = Infinity when A is not stable.
 *
 * For a continuous system (A, B, C, D) and γ > σ_max(D), with R = γ²I − DᵀD, γ is a singular value
 * of G(iω) exactly when iω is an eigenvalue of the Hamiltonian
 *   H(γ) = [[A + BR⁻¹DᵀC, BR⁻¹Bᵀ], [−Cᵀ(I + DR⁻¹Dᵀ)C, −(A + BR⁻¹DᵀC)ᵀ]].
 * Starting from γ_lb = the largest σ_max(G) at ω = 0, ∞, the pole frequencies and 2n + 1 log-spaced
 * points, repeat: γ = (1 + 2ε)γ_lb; the imaginary-axis eigenvalues ω₁ < … < ω_k of H(γ) bracket the
 * intervals where σ_max > γ; γ_lb ← the largest σ_max at the midpoints (ω_i + ω_{i+1})/2. Stop when H(γ)
 * has no imaginary-axis eigenvalue, or no midpoint exceeds γ (the near-axis eigenvalues were not
 * crossings): then γ_lb ≤ ‖G‖_∞ ≤ γ. Eigenvalues with |Re λ| ≤ 1e-7·‖H‖_F count as on the axis; extra
 * candidates only cost evaluations, since every γ_lb is an attained value.
 *
 * Discrete systems go through the bilinear map z = (1 + s)/(1 − s), which preserves the norm:
 * with P = (I + A)⁻¹, A_c = P(A − I), B_c = √2·PB, C_c = √2·CP, D_c = −CPB, and ω = tan(θ/2). Only
 * CᵀC-products enter H, so M suffices. σ_max is always evaluated on the original system.
 *
 * Exact power-of-two scalings keep H in range: (A, B) ← (A, B)/α for a continuous system (a frequency
 * rescaling), B ← B/β, M ← M/μ², and the norm is multiplied back by βμ.
 */
export function hinfNormBracket(discrete: boolean, A: Mat, B: Mat, M: Mat, relTol = HINF_REL_TOL): HinfNormBracket {
  const n = A.rows;
  const q = B.cols;
  const inf: HinfNormBracket = { lower: Infinity, upper: Infinity, frequency: NaN, iterations: 0 };
  if (n === 0 || q === 0) return { lower: 0, upper: 0, frequency: 0, iterations: 0 };
  // data that overflowed (e.g. CᵀC of entries near 1e300): the norm is beyond float64
  if (!isFiniteMat(A) || !isFiniteMat(B) || !isFiniteMat(M)) return inf;
  const eg = eigenvalues(A);
  for (let i = 0; i < n; i++) {
    if (discrete ? !(Math.hypot(eg.re[i], eg.im[i]) < 1) : !(eg.re[i] < 0)) return inf;
  }
  // exact rescalings: α (continuous frequency scale), β on B, μ² on M
  const alpha = discrete ? 1 : pow2Near(frob(A) / Math.sqrt(n));
  const beta = pow2Near(frob(B) / alpha);
  const mu = pow2Near(Math.sqrt(frob(M)));
  const a = alpha === 1 ? A : scale(A, 1 / alpha);
  const b = scale(B, 1 / (alpha * beta));
  const m = scale(M, 1 / (mu * mu));
  const back = beta * mu;
  const sigma = (w: number): number =>
    Math.sqrt(discrete ? gainSquaredAt(a, b, m, Math.cos(2 * Math.atan(w)), Math.sin(2 * Math.atan(w))) : gainSquaredAt(a, b, m, 0, w));
  // the Hamiltonian's γ-independent pieces
  let Ac: Mat;
  let Bc: Mat;
  let Mc: Mat;
  let Nc: Mat | null = null; // D_cᵀC_c (q×n)
  let Dd: Mat | null = null; // D_cᵀD_c (q×q)
  if (discrete) {
    const f = luFactor(addScaled(a, identity(n)));
    if (!f) return inf;
    const P = luSolve(f, identity(n));
    Ac = mul(P, addScaled(a, identity(n), -1));
    const PB = mul(P, b);
    Bc = scale(PB, Math.SQRT2);
    const MP = mul(m, P);
    Mc = scale(tmul(P, MP), 2);
    Nc = scale(tmul(PB, MP), -Math.SQRT2);
    Dd = tmul(PB, mul(m, PB));
  } else {
    Ac = a;
    Bc = b;
    Mc = m;
  }
  // initial lower bound: ω = 0, ∞ (discrete: θ = π), the pole frequencies, and 2n + 1 log-spaced points
  // (σ_max = 0 at all of them means G ≡ 0: each entry is rational with numerator degree < n)
  const ea = discrete ? eg : eigenvalues(a);
  const cands: number[] = [0];
  for (let i = 0; i < n; i++) {
    if (discrete) {
      const th = Math.abs(Math.atan2(ea.im[i], ea.re[i]));
      if (th < Math.PI) cands.push(Math.tan(th / 2));
    } else {
      cands.push(Math.abs(ea.im[i]), Math.hypot(ea.re[i], ea.im[i]));
    }
  }
  const pts = 2 * n + 1;
  for (let k = 0; k < pts; k++) cands.push(Math.pow(10, -3 + (6 * k) / (pts - 1)));
  let lower = 0;
  let freq = 0;
  for (const w of cands) {
    const v = sigma(w);
    if (v > lower) {
      lower = v;
      freq = w;
    }
  }
  if (discrete) {
    const v = Math.sqrt(gainSquaredAt(a, b, m, -1, 0)); // θ = π (ω = ∞)
    if (v > lower) {
      lower = v;
      freq = Infinity;
    }
  }
  const toFreq = (w: number): number => (discrete ? (w === Infinity ? Math.PI : 2 * Math.atan(w)) : w * alpha);
  if (lower === 0) return { lower: 0, upper: 0, frequency: 0, iterations: 0 };
  if (!Number.isFinite(lower)) return { lower: Infinity, upper: Infinity, frequency: toFreq(freq), iterations: 0 };
  const N2 = 2 * n;
  let iterations = 0;
  let upper = Infinity;
  let bracket: [number, number] | null = null;
  for (; iterations < 60; iterations++) {
    const g = (1 + 2 * relTol) * lower;
    let F = Ac; // A + BR⁻¹DᵀC
    let G: Mat; // BR⁻¹Bᵀ
    let Hq = Mc; // Cᵀ(I + DR⁻¹Dᵀ)C
    if (discrete) {
      const Rf = luFactor(addScaled(scale(identity(q), g * g), Dd as Mat, -1)); // R = γ²I − D_cᵀD_c
      if (!Rf) break;
      const RiN = luSolve(Rf, Nc as Mat); // R⁻¹DᵀC (q×n)
      F = addScaled(Ac, mul(Bc, RiN));
      G = mul(Bc, luSolve(Rf, transpose(Bc)));
      Hq = addScaled(Mc, tmul(Nc as Mat, RiN));
    } else {
      G = scale(mult(Bc, Bc), 1 / (g * g));
    }
    const H = mat(N2, N2);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        H.data[i * N2 + j] = F.data[i * n + j];
        H.data[i * N2 + n + j] = G.data[i * n + j];
        H.data[(n + i) * N2 + j] = -Hq.data[i * n + j];
        H.data[(n + i) * N2 + n + j] = -F.data[j * n + i];
      }
    }
    if (!isFiniteMat(H)) break;
    const e = eigenvalues(H);
    const tol = 1e-7 * frob(H);
    const ws: number[] = [];
    for (let i = 0; i < N2; i++) if (Math.abs(e.re[i]) <= tol && e.im[i] >= 0) ws.push(e.im[i]);
    if (ws.length === 0) {
      upper = g;
      break;
    }
    ws.sort((x, y) => x - y);
    const mids = ws.length === 1 ? ws : ws.slice(1).map((w, i) => 0.5 * (ws[i] + w));
    let best = -1;
    let bi = 0;
    mids.forEach((w, i) => {
      const v = sigma(w);
      if (v > best) {
        best = v;
        bi = i;
      }
    });
    if (!(best > g)) {
      upper = g;
      break;
    }
    lower = best;
    freq = mids[bi];
    if (ws.length > 1) bracket = [ws[bi], ws[bi + 1]];
  }
  // no certificate (iteration cap or a breakdown): report the attained value with the nominal bracket
  if (upper === Infinity) upper = (1 + 2 * relTol) * lower;
  // polish: the last crossing interval holds the peak; golden-section on it can only raise the attained value
  if (bracket) {
    let [l, r] = bracket;
    const gr = (Math.sqrt(5) - 1) / 2;
    let c = r - gr * (r - l);
    let d = l + gr * (r - l);
    let fc = sigma(c);
    let fd = sigma(d);
    for (let it = 0; it < 100 && r - l > 1e-15 * Math.max(1, r); it++) {
      if (fc > fd) {
        r = d;
        d = c;
        fd = fc;
        c = r - gr * (r - l);
        fc = sigma(c);
      } else {
        l = c;
        c = d;
        fc = fd;
        d = l + gr * (r - l);
        fd = sigma(d);
      }
      if (Math.max(fc, fd) > lower) [lower, freq] = fc > fd ? [fc, c] : [fd, d];
    }
    upper = Math.max(upper, lower);
  }
  return { lower: lower * back, upper: upper * back, frequency: toFreq(freq), iterations };
}

/** H∞ norm of C(zI − A)⁻¹B given M = CᵀC (Bruinsma–Steinbuch; the attained lower bound). Trusts its caller. */
export function hinfNormKernel(discrete: boolean, A: Mat, B: Mat, M: Mat, relTol = HINF_REL_TOL): number {
  return hinfNormBracket(discrete, A, B, M, relTol).lower;
}

/**
 * H∞ norm ‖C(zI − A)⁻¹B‖_∞ (discrete, sup over the unit circle) or ‖C(sI − A)⁻¹B‖_∞
 * (continuous, sup over the imaginary axis), by the Bruinsma–Steinbuch algorithm: a level iteration
 * on the imaginary-axis eigenvalues of the Hamiltonian (of the bilinear-transformed system in
 * discrete time). The value returned is σ_max(G) at a frequency the iteration found, and the true
 * norm lies in [value, (1 + 2·relTol)·value], up to the eigenvalue solver seeing each imaginary-axis
 * eigenvalue within |Re λ| ≤ 1e-7‖H‖_F.
 * @param A - n×n (Infinity is returned when A is not stable); B - n×q; C - p×n
 * @param options.discrete - default true; options.relTol - relative tolerance (default 1e-10, in [1e-14, 0.1])
 * @returns the H∞ norm (≥ 0), or Infinity for an unstable A or a norm beyond float64
 * @throws QuireError on bad shapes, NaN or a relTol out of range
 * @example hinfNorm([[0.5]], [[1]], [[1]]) // 2  (peak 1/(1 − 0.5) at ω = 0)
 * @see Bruinsma & Steinbuch, Systems & Control Letters 14 (1990); Boyd & Balakrishnan, Systems &
 *   Control Letters 15 (1990)
 */
export function hinfNorm(A: MatrixInput, B: MatrixInput, C: MatrixInput, options: { discrete?: boolean; relTol?: number } = {}): number {
  const fn = 'hinfNorm';
  const a = toMat(fn, 'A', A);
  if (a.rows !== a.cols) throw new QuireError(`${fn}: A must be square, got ${a.rows}×${a.cols}`);
  const b = toMat(fn, 'B', B);
  if (b.rows !== a.rows) throw new QuireError(`${fn}: B has ${b.rows} rows, expected ${a.rows} (the size of A)`);
  const c = toMat(fn, 'C', C);
  if (c.cols !== a.rows) throw new QuireError(`${fn}: C has ${c.cols} columns, expected ${a.rows} (the size of A)`);
  const relTol = options.relTol ?? HINF_REL_TOL;
  if (!(relTol >= 1e-14 && relTol <= 0.1)) throw new QuireError(`${fn}: relTol must be in [1e-14, 0.1], got ${relTol}`);
  // CᵀC of a C near 1e±200 would overflow or underflow: scale C by a power of 2 first (exact)
  const cs = pow2Near(frob(c));
  const cc = scale(c, 1 / cs);
  return cs * hinfNormKernel(options.discrete ?? true, a, b, tmul(cc, cc), relTol);
}

/**
 * Closed-loop disturbance gain of u = −Kx: ‖T_{w→z}‖_∞ for x⁺ = (A − BK)x + Dw (or ẋ = …),
 * z = [Q^½x; R^½u], i.e. the H∞ norm with CᵀC = Q + KᵀRK. Trusts its caller.
 */
export function closedLoopGainKernel(discrete: boolean, A: Mat, B: Mat, D: Mat, Q: Mat, R: Mat, K: Mat): number {
  const Acl = addScaled(A, mul(B, K), -1);
  const M = addScaled(Q, tmul(K, mul(R, K)));
  return hinfNormKernel(discrete, Acl, D, M);
}

/**
 * Closed-loop disturbance gain ‖T_{w→z}‖_∞ of the state feedback u = −Kx, with z = [Q^½x; R^½u]:
 * the quantity an H∞ design at level γ bounds by γ.
 * @param A - n×n; B - n×m; D - n×q; Q - n×n ⪰ 0; R - m×m ⪰ 0; K - m×n
 * @param options.discrete - default true
 * @returns the gain, or Infinity when A − BK is unstable
 * @throws QuireError on bad shapes or NaN
 * @example closedLoopGain([[1.2]], [[0.7]], [[1]], [[2]], [[0.5]], [[1.3354554644610714]]) // < 5
 */
export function closedLoopGain(
  A: MatrixInput,
  B: MatrixInput,
  D: MatrixInput,
  Q: MatrixInput,
  R: MatrixInput,
  K: MatrixInput,
  options: { discrete?: boolean } = {},
): number {
  const fn = 'closedLoopGain';
  const inp = parseRiccatiInputs(fn, A, B, Q, R);
  const d = toMat(fn, 'D', D);
  if (d.rows !== inp.A.rows) throw new QuireError(`${fn}: D has ${d.rows} rows, expected ${inp.A.rows} (the size of A)`);
  const k = toMat(fn, 'K', K);
  requireShape(fn, 'K', k, inp.B.cols, inp.A.rows, 'm×n');
  return closedLoopGainKernel(options.discrete ?? true, inp.A, inp.B, d, inp.Q, inp.R, k);
}
