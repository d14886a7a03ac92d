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
import { eigSym, fromRowMajor, type Matrix } from '../core/linalg.js';
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
  isPositiveDefinite,
  luFactor,
  luSolve,
  mat,
  mul,
  requireShape,
  rowBlock,
  scale,
  tmul,
  toMat,
  toMatrix,
} from './dense.js';
import { type Eigenvalues, type RiccatiInputs, careKernel, dareKernel, parseRiccatiInputs } from './riccati.js';

/** An LQR design. */
export interface LQRResult {
  /** optimal gain, u = −Kx */
  K: Matrix;
  /** the stabilizing Riccati solution (cost-to-go xᵀPx) */
  P: Matrix;
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
  return { K: toMatrix(res.K), P: toMatrix(res.P), closedLoopEigenvalues: res.eigs(), residual: res.relativeResidual };
}

/**
 * Discrete-time LQR: minimize Σ xᵀQx + 2xᵀSu + uᵀRu subject to x⁺ = Ax + Bu.
 * K = (R + BᵀPB)⁻¹(BᵀPA + Sᵀ), P the stabilizing DARE solution.
 * @param A - n×n; B - n×m; Q - n×n symmetric ⪰ 0; R - m×m symmetric positive definite; options.S - optional n×m cross weight
 * @returns { K, P, closedLoopEigenvalues (of A − BK, inside the unit disc), residual }
 * @throws QuireError on bad shapes or NaN, R not positive definite, or no stabilizing solution
 * @example dlqr([[1, 0.1], [0, 1]], [[0.005], [0.1]], [[1, 0], [0, 1]], [[1]]).K // [[0.917…, 1.636…]]
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
 * @example lqr([[0, 1], [0, 0]], [[0], [1]], [[1, 0], [0, 0]], [[1]]).K // [[1, √2]]
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
  P: Matrix | null;
  /** state feedback on u, u = −Kx (null when infeasible) */
  K: Matrix | null;
  /** worst-case disturbance gain, w = −Lx (null when infeasible) */
  L: Matrix | null;
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
  const e = eigenvalues(addScaled(A, mul(B, K), -1));
  for (let i = 0; i < n; i++) {
    const bad = discrete ? !(Math.hypot(e.re[i], e.im[i]) < 1) : !(e.re[i] < 0);
    if (bad) return { feasible: false, reason: 'A − BK is not stable' };
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
    P: toMatrix(r.P),
    K: toMatrix(r.K),
    L: toMatrix(r.L),
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
 * @example dhinf([[1.2]], [[0.7]], [[1]], [[2]], [[0.5]], 5).P // [[3.1446761123952034]]
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
 * @example hinf([[1]], [[1]], [[1]], [[1]], [[1]], 1.5).P // [[4.044994432064365]]
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
function gainSquaredAt(A: Mat, B: Mat, M: Mat, zr: number, zi: number): number {
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
  const { values } = eigSym(fromRowMajor(E, Q2, Q2));
  return Math.max(0, values[Q2 - 1]);
}

/** H∞ norm of C(zI − A)⁻¹B given M = CᵀC: grid (including the pole frequencies) + golden-section refinement. */
export function hinfNormKernel(discrete: boolean, A: Mat, B: Mat, M: Mat, gridPoints = 400): number {
  const eg = eigenvalues(A);
  const n = A.rows;
  let scaleW = 0;
  for (let i = 0; i < n; i++) {
    const r = Math.hypot(eg.re[i], eg.im[i]);
    if (discrete ? !(r < 1) : !(eg.re[i] < 0)) return Infinity;
    scaleW = Math.max(scaleW, r);
  }
  const evalAt = (w: number) => (discrete ? gainSquaredAt(A, B, M, Math.cos(w), Math.sin(w)) : gainSquaredAt(A, B, M, 0, w));
  const ws: number[] = [];
  if (discrete) {
    for (let k = 0; k < gridPoints; k++) ws.push((Math.PI * k) / (gridPoints - 1));
    for (let i = 0; i < n; i++) ws.push(Math.abs(Math.atan2(eg.im[i], eg.re[i])));
  } else {
    const hi = Math.max(scaleW, 1) * 1e3;
    const lo = Math.max(scaleW, 1e-6) * 1e-4;
    ws.push(0);
    for (let k = 0; k < gridPoints; k++) ws.push(lo * Math.pow(hi / lo, k / (gridPoints - 1)));
    for (let i = 0; i < n; i++) ws.push(Math.abs(eg.im[i]), Math.hypot(eg.re[i], eg.im[i]));
  }
  ws.sort((a, b) => a - b);
  let best = -1;
  let bi = 0;
  const vals = ws.map((w) => evalAt(w));
  for (let i = 0; i < ws.length; i++) {
    if (vals[i] > best) {
      best = vals[i];
      bi = i;
    }
  }
  // golden-section refinement on the bracket around the best grid point
  let a = ws[Math.max(0, bi - 1)];
  let b = ws[Math.min(ws.length - 1, bi + 1)];
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = evalAt(c);
  let fd = evalAt(d);
  for (let it = 0; it < 80 && b - a > 1e-13 * Math.max(1, b); it++) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = evalAt(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = evalAt(d);
    }
    best = Math.max(best, fc, fd);
  }
  return Math.sqrt(best);
}

/**
 * H∞ norm ‖C(zI − A)⁻¹B‖_∞ (discrete, sup over the unit circle) or ‖C(sI − A)⁻¹B‖_∞
 * (continuous, sup over the imaginary axis), by a frequency sweep that includes the pole
 * frequencies, refined by golden-section search. A verification tool: accurate to ~1e-8
 * relative for the peaks the sweep brackets.
 * @param A - n×n (Infinity is returned when A is not stable); B - n×q; C - p×n
 * @param options.discrete - default true; options.gridPoints - sweep size (integer ≥ 16, default 400)
 * @returns the H∞ norm (≥ 0), or Infinity for an unstable A
 * @throws QuireError on bad shapes or NaN
 * @example hinfNorm([[0.5]], [[1]], [[1]]) // 2  (peak 1/(1 − 0.5) at ω = 0)
 * @see Bruinsma & Steinbuch, Systems & Control Letters 14 (1990) (the exact method this approximates)
 */
export function hinfNorm(
  A: MatrixInput,
  B: MatrixInput,
  C: MatrixInput,
  options: { discrete?: boolean; gridPoints?: number } = {},
): number {
  const fn = 'hinfNorm';
  const a = toMat(fn, 'A', A);
  if (a.rows !== a.cols) throw new QuireError(`${fn}: A must be square, got ${a.rows}×${a.cols}`);
  const b = toMat(fn, 'B', B);
  if (b.rows !== a.rows) throw new QuireError(`${fn}: B has ${b.rows} rows, expected ${a.rows} (the size of A)`);
  const c = toMat(fn, 'C', C);
  if (c.cols !== a.rows) throw new QuireError(`${fn}: C has ${c.cols} columns, expected ${a.rows} (the size of A)`);
  const gp = options.gridPoints ?? 400;
  if (!(Number.isInteger(gp) && gp >= 16)) throw new QuireError(`${fn}: gridPoints must be an integer ≥ 16, got ${gp}`);
  return hinfNormKernel(options.discrete ?? true, a, b, tmul(c, c), gp);
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
