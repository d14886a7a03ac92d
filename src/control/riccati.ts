/**
 * Algebraic Riccati equations by the structure-preserving doubling algorithm (SDA).
 *
 * DARE (with optional cross term S and descriptor E):
 *   AᵀXA − EᵀXE − (AᵀXB + S)(R + BᵀXB)⁻¹(BᵀXA + Sᵀ) + Q = 0,
 *   K = (R + BᵀXB)⁻¹(BᵀXA + Sᵀ).
 * CARE:
 *   AᵀXE + EᵀXA − (EᵀXB + S)R⁻¹(BᵀXE + Sᵀ) + Q = 0,   K = R⁻¹(BᵀXE + Sᵀ).
 *
 * Reduction: E is absorbed by A ← E⁻¹A, B ← E⁻¹B, X' = EᵀXE; S by A ← A − BR⁻¹Sᵀ,
 * Q ← Q − SR⁻¹Sᵀ. The DARE is then X = AᵀX(I + GX)⁻¹A + H with G = BR⁻¹Bᵀ, H = Q, whose
 * stabilizing solution is the limit of H_k in the SDA (Chu, Fan, Lin, Wang 2004):
 *   W_k = I + G_kH_k,
 *   A_{k+1} = A_kW_k⁻¹A_k,  G_{k+1} = G_k + A_kW_k⁻¹G_kA_kᵀ,  H_{k+1} = H_k + A_kᵀH_kW_k⁻¹A_k,
 * which converges quadratically (error ~ ρ(A − BK)^{2ᵏ}). The CARE is first mapped to this form
 * by the Cayley transform with shift γ > 0 (Chu, Fan, Lin 2005, SDA-1):
 *   A_γ = A − γI, W_γ = A_γᵀ + QA_γ⁻¹G,
 *   A₀ = I + 2γW_γ⁻ᵀ, G₀ = 2γA_γ⁻¹GW_γ⁻¹, H₀ = 2γW_γ⁻¹QA_γ⁻¹.
 * G may be indefinite (the H∞ game: R = diag(R_u, −γ²I)); R must be nonsingular.
 * The answer is verified: a finite symmetric X, a stabilizing closed loop, a small residual.
 */
import { QuireError } from '../core/errors.js';
import {
  type LU,
  type Mat,
  type MatrixInput,
  addScaled,
  eigenvalues,
  frob,
  identity,
  isFiniteMat,
  luFactor,
  luSolve,
  colBlock,
  copy,
  hcat,
  mat,
  mul,
  mult,
  requireShape,
  requireSquare,
  scale,
  symmetrize,
  tmul,
  toMat,
  transpose,
} from '../core/linalg.js';
import { lyapunovKernel, steinKernel } from './lyapunov.js';

/** Eigenvalues as parallel real and imaginary parts. */
export interface Eigenvalues {
  re: number[];
  im: number[];
}

/** A verified stabilizing Riccati solution. */
export interface RiccatiSolution {
  /** the stabilizing solution X (symmetric) */
  P: Mat;
  /** the optimal gain (u = −Kx) */
  K: Mat;
  /** ‖residual‖_F */
  residual: number;
  /** ‖residual‖_F divided by the sum of the Frobenius norms of the equation's terms */
  relativeResidual: number;
  /** eigenvalues of A − BK (of E⁻¹(A − BK) with a descriptor E) */
  closedLoopEigenvalues: Eigenvalues;
  /** doubling steps taken */
  iterations: number;
}

/** Kernel-level solution (row-major Mats). */
export interface RiccatiKernelSolution {
  P: Mat;
  K: Mat;
  residual: number;
  relativeResidual: number;
  /** eigenvalues of the closed loop, computed on demand (stability is certified by the SDA) */
  eigs: () => Eigenvalues;
  iterations: number;
}

export type RiccatiKernelResult = ({ ok: true } & RiccatiKernelSolution) | { ok: false; reason: string };

export interface RiccatiInputs {
  A: Mat;
  B: Mat;
  Q: Mat;
  R: Mat;
  S?: Mat;
  E?: Mat;
  /** symplectic diagonal balancing before the doubling (default true) */
  balance?: boolean;
}

const MAX_ITER = 100;

/**
 * The SDA for X = AᵀX(I + GX)⁻¹A + H. Trusts its caller. Returns H_∞ or null when a
 * W_k is singular, an iterate blows up, or it does not converge in maxIter steps.
 */
export function sdaKernel(A0: Mat, G0: Mat, H0: Mat, maxIter = MAX_ITER): { X: Mat; iterations: number; stable: boolean } | null {
  const n = A0.rows;
  let A = A0;
  let G = G0;
  let H = H0;
  const I = identity(n);
  const a0 = Math.max(frob(A0), 1e-300);
  let aPrev = a0;
  let stalls = 0;
  for (let k = 1; k <= maxIter; k++) {
    const W = addScaled(mul(G, H), I);
    const f = luFactor(W);
    if (!f) return null;
    const V = luSolve(f, hcat(A, G)); // [W⁻¹A, W⁻¹G]
    const V1 = colBlock(V, 0, n);
    const V2 = colBlock(V, n, 2 * n);
    const An = mul(A, V1);
    const Gn = symmetrize(addScaled(G, mult(mul(A, V2), A)));
    const dH = tmul(A, mul(H, V1));
    const Hn = symmetrize(addScaled(H, dH));
    const dn = frob(dH);
    const hn = frob(Hn);
    if (!Number.isFinite(hn) || !Number.isFinite(frob(Gn))) return null;
    A = An;
    G = Gn;
    H = Hn;
    // A_k behaves like S^(2^k) (S the closed loop, up to bounded factors): A_k → 0 certifies that X is stabilizing
    const an = frob(A);
    if (dn <= 1e-15 * hn || dn === 0) {
      if (an <= 1e-10 * a0) return { X: H, iterations: k, stable: true };
      if (an >= 0.5 * aPrev && ++stalls >= 3) return { X: H, iterations: k, stable: false };
    }
    aPrev = an;
  }
  return null;
}

function luOrFail(a: Mat): LU | null {
  return luFactor(a);
}

/** Reduce E and S away: returns the standard (A, B, Q) and the E factor (or null). */
function reduce(inp: RiccatiInputs, Rf: LU): { A: Mat; B: Mat; Q: Mat; Ef: LU | null } | { reason: string } {
  let { A, B, Q } = inp;
  let Ef: LU | null = null;
  if (inp.E) {
    Ef = luOrFail(inp.E);
    if (!Ef || Ef.pivotRatio < 1e-14) return { reason: 'E is singular (only nonsingular descriptors are supported)' };
    A = luSolve(Ef, A);
    B = luSolve(Ef, B);
  }
  if (inp.S) {
    const RinvSt = luSolve(Rf, transpose(inp.S));
    A = addScaled(A, mul(B, RinvSt), -1);
    Q = symmetrize(addScaled(Q, mul(inp.S, RinvSt), -1));
  }
  return { A, B, Q, Ef };
}

/**
 * Symplectic diagonal balancing (after Benner 1997): the state scaling x = T x̃, T = diag(d),
 * maps (A, G, Q) to (T⁻¹AT, T⁻¹GT⁻¹, TQT) and X to TXT. Each dᵢ (a power of 2) equalizes the
 * off-diagonal mass of row i, Σ|Ã_ij| + Σ|G̃_ij|, with that of column i, Σ|Ã_ji| + Σ|Q̃_ji|,
 * of the Hamiltonian [[A, −G], [−Q, −Aᵀ]], sweeping until no dᵢ changes. Trusts its caller.
 */
export function balanceKernel(A: Mat, G: Mat, Q: Mat): Float64Array {
  const n = A.rows;
  const d = new Float64Array(n).fill(1);
  for (let sweep = 0; sweep < 30; sweep++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      let r = 0;
      let c = 0;
      for (let j = 0; j < n; j++) {
        if (j !== i) {
          r += (Math.abs(A.data[i * n + j]) * d[j]) / d[i];
          c += (Math.abs(A.data[j * n + i]) * d[i]) / d[j];
        }
        r += Math.abs(G.data[i * n + j]) / (d[i] * d[j]);
        c += Math.abs(Q.data[j * n + i]) * d[i] * d[j];
      }
      if (!(r > 0 && c > 0) || !Number.isFinite(r) || !Number.isFinite(c)) continue;
      const f = Math.pow(2, Math.round(Math.log2(Math.sqrt(r / c))));
      if (f !== 1 && r / f + c * f < 0.95 * (r + c)) {
        d[i] *= f;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return d;
}

/** Apply the scaling d to (A, B, Q): (T⁻¹AT, T⁻¹B, TQT). */
function applyBalance(d: Float64Array, A: Mat, B: Mat, Q: Mat): { A: Mat; B: Mat; Q: Mat } {
  const n = A.rows;
  const m = B.cols;
  const a = mat(n, n);
  const b = mat(n, m);
  const q = mat(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      a.data[i * n + j] = (A.data[i * n + j] * d[j]) / d[i];
      q.data[i * n + j] = Q.data[i * n + j] * d[i] * d[j];
    }
    for (let j = 0; j < m; j++) b.data[i * m + j] = B.data[i * m + j] / d[i];
  }
  return { A: a, B: b, Q: q };
}

/** X = T⁻¹X̃T⁻¹ (undo the balancing). */
function unbalance(X: Mat, d: Float64Array | null): Mat {
  if (!d) return X;
  const n = X.rows;
  const out = mat(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out.data[i * n + j] = X.data[i * n + j] / (d[i] * d[j]);
  return out;
}

/** Reduce, then balance (unless disabled): the standard (A, B, Q), G = BR⁻¹Bᵀ, and the scaling. */
function prepare(
  inp: RiccatiInputs,
  Rf: LU,
): { A: Mat; B: Mat; Q: Mat; G: Mat; Ef: LU | null; d: Float64Array | null } | { reason: string } {
  const red = reduce(inp, Rf);
  if ('reason' in red) return red;
  let { A, B, Q } = red;
  let G = symmetrize(mul(B, luSolve(Rf, transpose(B))));
  let d: Float64Array | null = null;
  if (inp.balance !== false) {
    d = balanceKernel(A, G, Q);
    if (d.every((x) => x === 1)) d = null;
    else {
      ({ A, B, Q } = applyBalance(d, A, B, Q));
      G = symmetrize(mul(B, luSolve(Rf, transpose(B))));
    }
  }
  return { A, B, Q, G, Ef: red.Ef, d };
}

/** X = E⁻ᵀX'E⁻¹ */
function undoE(Xp: Mat, Ef: LU | null, E: Mat | undefined): Mat {
  if (!Ef || !E) return Xp;
  const Et = luFactor(transpose(E)) as LU;
  const Z = luSolve(Et, Xp); // E⁻ᵀX'
  const W = luSolve(Et, transpose(Z)); // E⁻ᵀ(E⁻ᵀX')ᵀ = E⁻ᵀX'ᵀE⁻¹ = E⁻ᵀX'E⁻¹ (X' symmetric)
  return symmetrize(W);
}

/** The closed loop A − BK (E⁻¹(A − BK) with a descriptor E). */
function closedLoopMat(A: Mat, B: Mat, K: Mat, E: Mat | undefined): Mat {
  const Acl = addScaled(A, mul(B, K), -1);
  return E ? luSolve(luFactor(E) as LU, Acl) : Acl;
}

function closedLoop(A: Mat, B: Mat, K: Mat, E: Mat | undefined): Eigenvalues {
  return eigenvalues(closedLoopMat(A, B, K, E));
}

/** Why the verified closed loop is rejected, or null when `certifyStable` accepts it. */
function marginFailure(discrete: boolean, inp: RiccatiInputs, K: Mat): string | null {
  const M = closedLoopMat(inp.A, inp.B, K, inp.E);
  let N = closedLoopScale(inp.A, inp.B, K);
  if (inp.E) {
    // E⁻¹(A − BK): bound the entries by |E⁻¹|·(|A| + |B||K|)
    const Ei = luSolve(luFactor(inp.E) as LU, identity(M.rows));
    for (let i = 0; i < Ei.data.length; i++) Ei.data[i] = Math.abs(Ei.data[i]);
    N = mul(Ei, N);
  }
  const c = certifyStable(discrete, M, N);
  if (c.stable) return null;
  return c.distance > 0
    ? `the closed loop is stable only within rounding error (distance to instability ≥ ${c.distance.toExponential(2)}, below the margin ${c.margin.toExponential(2)})`
    : 'the closed loop is not certified stable (no Lyapunov certificate)';
}

/** DARE residual and its normwise relative size. */
export function dareResidual(inp: RiccatiInputs, X: Mat): { residual: number; relativeResidual: number; K: Mat | null } {
  const { A, B, Q, R, S, E } = inp;
  const XA = mul(X, A);
  const XB = mul(X, B);
  const AtXA = tmul(A, XA);
  const EtXE = E ? tmul(E, mul(X, E)) : X;
  let N = tmul(B, XA); // BᵀXA (+ Sᵀ)
  if (S) N = addScaled(N, transpose(S));
  const Rb = addScaled(R, tmul(B, XB));
  const f = luFactor(Rb);
  if (!f) return { residual: Infinity, relativeResidual: Infinity, K: null };
  const K = luSolve(f, N);
  const T = tmul(N, K); // (AᵀXB + S) (R + BᵀXB)⁻¹ (BᵀXA + Sᵀ)
  const res = addScaled(addScaled(addScaled(AtXA, EtXE, -1), T, -1), Q);
  const r = frob(res);
  const den = frob(AtXA) + frob(EtXE) + frob(T) + frob(Q);
  return { residual: r, relativeResidual: den > 0 ? r / den : r, K };
}

/** CARE residual and its normwise relative size. */
export function careResidual(inp: RiccatiInputs, X: Mat, Rf: LU): { residual: number; relativeResidual: number; K: Mat } {
  const { A, B, Q, S, E } = inp;
  const XE = E ? mul(X, E) : X;
  const AtXE = tmul(A, XE);
  let N = tmul(B, XE); // BᵀXE (+ Sᵀ)
  if (S) N = addScaled(N, transpose(S));
  const K = luSolve(Rf, N);
  const T = tmul(N, K);
  const res = addScaled(addScaled(addScaled(AtXE, transpose(AtXE)), T, -1), Q);
  const r = frob(res);
  const den = 2 * frob(AtXE) + frob(T) + frob(Q);
  return { residual: r, relativeResidual: den > 0 ? r / den : r, K };
}

const RESIDUAL_OK = 1e-8;

/** Discrete-time kernel: reduce, SDA, verify. Never throws on numerical failure. */
export function dareKernel(inp: RiccatiInputs): RiccatiKernelResult {
  const Rf = luFactor(inp.R);
  if (!Rf || Rf.pivotRatio < 1e-15) return { ok: false, reason: 'R is singular' };
  const red = prepare(inp, Rf);
  if ('reason' in red) return { ok: false, reason: red.reason };
  const G = red.G;
  let sda = sdaKernel(red.A, G, red.Q);
  if (!sda || !isFiniteMat(sda.X) || !sda.stable) {
    // SDA needs (Q, A) detectable; when it is not, a stabilizing solution may still exist:
    // start Newton from the gain of the regularized problem Q + δI (which is detectable)
    const fb = newtonFallback(true, red.A, red.B, red.Q, inp.R, G);
    if (fb) sda = fb;
  }
  if (!sda || !isFiniteMat(sda.X)) return { ok: false, reason: 'the doubling iteration broke down or diverged' };
  const X = undoE(unbalance(sda.X, red.d), red.Ef, inp.E);
  const { residual, relativeResidual, K } = dareResidual(inp, X);
  if (!K) return { ok: false, reason: 'R + BᵀXB is singular at the computed X' };
  if (!sda.stable) return { ok: false, reason: 'the computed solution is not stabilizing' };
  if (!(relativeResidual < RESIDUAL_OK)) return { ok: false, reason: `the residual is too large (${relativeResidual.toExponential(2)})` };
  const marginBad = marginFailure(true, inp, K);
  if (marginBad) return { ok: false, reason: marginBad };
  const eigs = () => closedLoop(inp.A, inp.B, K, inp.E);
  return { ok: true, P: X, K, residual, relativeResidual, eigs, iterations: sda.iterations };
}

/** Continuous-time kernel: reduce, Cayley transform, SDA, verify. Never throws on numerical failure. */
export function careKernel(inp: RiccatiInputs): RiccatiKernelResult {
  const Rf = luFactor(inp.R);
  if (!Rf || Rf.pivotRatio < 1e-15) return { ok: false, reason: 'R is singular' };
  const red = prepare(inp, Rf);
  if ('reason' in red) return { ok: false, reason: red.reason };
  const n = red.A.rows;
  const G = red.G;
  const H = red.Q;
  const base = frob(red.A) / Math.sqrt(n) + Math.sqrt(frob(G) * frob(H)) / Math.sqrt(n);
  const g0 = base > 0 ? base : 1;
  let last = 'the Cayley transform is singular for every tried shift';
  for (const gamma of [g0, 2.7 * g0, 0.37 * g0, 7.3 * g0]) {
    const Ag = addScaled(red.A, identity(n), -gamma);
    const Af = luFactor(Ag);
    if (!Af || Af.pivotRatio < 1e-13) continue;
    const AiG = luSolve(Af, G); // A_γ⁻¹G
    const W = addScaled(transpose(Ag), mul(H, AiG)); // A_γᵀ + QA_γ⁻¹G
    const Wf = luFactor(W);
    if (!Wf || Wf.pivotRatio < 1e-13) continue;
    const Wt = luFactor(transpose(W)) as LU;
    const A0 = addScaled(identity(n), luSolve(Wt, identity(n)), 2 * gamma);
    // G₀ = 2γ A_γ⁻¹ G W⁻¹ = 2γ (W⁻ᵀ (A_γ⁻¹G)ᵀ)ᵀ
    const G0 = symmetrize(scale(transpose(luSolve(Wt, transpose(AiG))), 2 * gamma));
    // H₀ = 2γ W⁻¹ Q A_γ⁻¹ = 2γ W⁻¹ (A_γ⁻ᵀ Q)ᵀ
    const Agt = luFactor(transpose(Ag)) as LU;
    const H0 = symmetrize(scale(luSolve(Wf, transpose(luSolve(Agt, H))), 2 * gamma));
    let sda = sdaKernel(A0, G0, H0);
    if (!sda || !isFiniteMat(sda.X) || !sda.stable) {
      const fb = newtonFallback(false, red.A, red.B, H, inp.R, G, gamma);
      if (fb) sda = fb;
    }
    if (!sda || !isFiniteMat(sda.X)) {
      last = 'the doubling iteration broke down or diverged';
      continue;
    }
    const X = undoE(unbalance(sda.X, red.d), red.Ef, inp.E);
    const { residual, relativeResidual, K } = careResidual(inp, X, Rf);
    if (!sda.stable) {
      last = 'the computed solution is not stabilizing';
      continue;
    }
    if (!(relativeResidual < RESIDUAL_OK)) {
      last = `the residual is too large (${relativeResidual.toExponential(2)})`;
      continue;
    }
    const marginBad = marginFailure(false, inp, K);
    if (marginBad) {
      last = marginBad;
      continue;
    }
    const eigs = () => closedLoop(inp.A, inp.B, K, inp.E);
    return { ok: true, P: X, K, residual, relativeResidual, eigs, iterations: sda.iterations };
  }
  return { ok: false, reason: last };
}

/** The gain of X in reduced coordinates: (R + BᵀXB)⁻¹BᵀXA (discrete) or R⁻¹BᵀX (continuous); null if singular. */
function reducedGain(discrete: boolean, A: Mat, B: Mat, R: Mat, X: Mat): Mat | null {
  if (discrete) {
    const XB = mul(X, B);
    const f = luFactor(addScaled(R, tmul(B, XB)));
    return f ? luSolve(f, tmul(XB, A)) : null;
  }
  const f = luFactor(R);
  return f ? luSolve(f, tmul(B, X)) : null;
}

/** Unit roundoff of float64. */
const UNIT_ROUNDOFF = 2 ** -53;

/** What `certifyStable` found: a lower bound on the distance to instability and the margin it must exceed. */
export interface StabilityCertificate {
  stable: boolean;
  /** lower bound on min{‖Δ‖₂ : M̃ + Δ is not stable}, M̃ = T⁻¹MT the balanced loop (0 when no Lyapunov certificate was found) */
  distance: number;
  /** the margin the distance must exceed: the rounding-level uncertainty of M̃ */
  margin: number;
}

/** Power-of-2 diagonal T equalizing the off-diagonal row and column sums of |N| (as LAPACK's gebal, no permutation). */
function balanceAbs(N: Mat): Float64Array {
  const n = N.rows;
  const d = new Float64Array(n).fill(1);
  for (let sweep = 0; sweep < 40; sweep++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      let r = 0;
      let c = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        r += (N.data[i * n + j] * d[j]) / d[i];
        c += (N.data[j * n + i] * d[i]) / d[j];
      }
      if (!(r > 0 && c > 0) || !Number.isFinite(r + c)) continue;
      const f = Math.pow(2, Math.round(Math.log2(Math.sqrt(r / c))));
      if (f !== 1 && r / f + c * f < 0.95 * (r + c)) {
        d[i] *= f;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return d;
}

/**
 * Certify that M (= A − BK) is stable with a margin justified by its conditioning, not by a strict
 * `|λ| < 1` test that a closed loop one ulp inside the circle passes.
 *
 * `N` ≥ |M| entrywise bounds the size of the data M was formed from (|A| + |B||K|): rounding leaves each
 * entry of M uncertain by about (n + 1)·u·N_ij. That componentwise uncertainty is invariant under a
 * diagonal similarity, so M and N are first balanced (M̃ = T⁻¹MT, Ñ = T⁻¹NT, T a power-of-2 diagonal).
 * Then solve the Lyapunov equation with right-hand side I: X = M̃ᵀXM̃ + I (discrete) or
 * M̃ᵀX + XM̃ + I = 0 (continuous). If M̃ + Δ has an eigenvalue μ on or beyond the stability boundary,
 * with unit eigenvector x, then 1 = xᴴXx(1 − |μ|²) + 2Re(μ̄ xᴴXΔx) − (Δx)ᴴXΔx ≤ 2|μ|‖X‖‖Δ‖ (discrete), so
 * ‖Δ‖(‖M̃‖ + ‖Δ‖) ≥ 1/(2‖X‖); and 1 = −2Re μ·xᴴXx + 2Re(xᴴXΔx) ≤ 2‖X‖‖Δ‖ (continuous). So
 * δ = (√(‖M̃‖² + 2/‖X‖) − ‖M̃‖)/2 (discrete) or 1/(2‖X‖) (continuous) bounds the distance to
 * instability from below (‖X‖_F ≥ ‖X‖₂ keeps it a bound). M is certified when δ exceeds
 * 16·(n + 1)·u·‖Ñ‖_F, the rounding-level uncertainty. A rotation by 0.3 rad, whose float entries put
 * |λ| one ulp inside the circle, has δ ≈ 1e-16 and is rejected; ρ = 1 − 1e-8 gives δ ≈ 1e-8 and passes.
 */
export function certifyStable(discrete: boolean, M: Mat, N: Mat = M): StabilityCertificate {
  const n = M.rows;
  const absN = mat(n, n);
  for (let i = 0; i < n * n; i++) absN.data[i] = Math.max(Math.abs(N.data[i]), Math.abs(M.data[i]));
  const d = balanceAbs(absN);
  const Mt = mat(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const f = d[j] / d[i];
      Mt.data[i * n + j] = M.data[i * n + j] * f;
      absN.data[i * n + j] *= f;
    }
  }
  const margin = 16 * (n + 1) * UNIT_ROUNDOFF * frob(absN);
  const X = discrete ? steinKernel(Mt, identity(n)) : lyapunovKernel(Mt, identity(n));
  if (!X || !isFiniteMat(X)) return { stable: false, distance: 0, margin };
  // X must be positive definite; positive diagonal entries are a cheap necessary check (Smith sums PSD terms)
  for (let i = 0; i < n; i++) if (!(X.data[i * n + i] > 0)) return { stable: false, distance: 0, margin };
  const xn = frob(X);
  const mn = frob(Mt);
  const distance = discrete ? 1 / (xn * (Math.sqrt(mn * mn + 2 / xn) + mn)) : 1 / (2 * xn);
  return { stable: distance > margin, distance, margin };
}

/** |A| + |B||K| entrywise: what the entries of A − BK are formed from. */
export function closedLoopScale(A: Mat, B: Mat, K: Mat): Mat {
  const n = A.rows;
  const m = B.cols;
  const out = mat(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = Math.abs(A.data[i * n + j]);
      for (let k = 0; k < m; k++) s += Math.abs(B.data[i * m + k] * K.data[k * n + j]);
      out.data[i * n + j] = s;
    }
  }
  return out;
}

function stabilizes(discrete: boolean, A: Mat, B: Mat, R: Mat, X: Mat): boolean {
  const K = reducedGain(discrete, A, B, R, X);
  return K !== null && isFiniteMat(K) && certifyStable(discrete, addScaled(A, mul(B, K), -1), closedLoopScale(A, B, K)).stable;
}

/**
 * Newton's method (Hewer / Kleinman) from the gain of the regularized problem Q + δI, for
 * problems where the SDA limit is not stabilizing ((Q, A) not detectable). Trusts its caller.
 */
function newtonFallback(
  discrete: boolean,
  A: Mat,
  B: Mat,
  Q: Mat,
  R: Mat,
  G: Mat,
  shift = 1,
): { X: Mat; iterations: number; stable: boolean } | null {
  const n = A.rows;
  const Qreg = addScaled(Q, identity(n), 1e-4 * Math.max(1, frob(Q)));
  let X0: Mat | null = null;
  if (discrete) X0 = sdaKernel(A, G, Qreg)?.X ?? null;
  else {
    // regularized CARE through the same Cayley map (shift as in careKernel)
    const Ag = addScaled(A, identity(n), -shift);
    const Af = luFactor(Ag);
    if (!Af) return null;
    const AiG = luSolve(Af, G);
    const W = addScaled(transpose(Ag), mul(Qreg, AiG));
    const Wf = luFactor(W);
    const Wt = luFactor(transpose(W));
    const Agt = luFactor(transpose(Ag));
    if (!Wf || !Wt || !Agt) return null;
    const A0 = addScaled(identity(n), luSolve(Wt, identity(n)), 2 * shift);
    const G0 = symmetrize(scale(transpose(luSolve(Wt, transpose(AiG))), 2 * shift));
    const H0 = symmetrize(scale(luSolve(Wf, transpose(luSolve(Agt, Qreg))), 2 * shift));
    X0 = sdaKernel(A0, G0, H0)?.X ?? null;
  }
  if (!X0) return null;
  let K = reducedGain(discrete, A, B, R, X0);
  if (!K) return null;
  let X: Mat | null = null;
  for (let k = 1; k <= 60; k++) {
    const Acl = addScaled(A, mul(B, K), -1);
    const M = addScaled(Q, tmul(K, mul(R, K)));
    const Xn = discrete ? steinKernel(Acl, M) : lyapunovKernel(Acl, M);
    if (!Xn || !isFiniteMat(Xn)) return null;
    symmetrize(Xn);
    const done = X !== null && frob(addScaled(Xn, X, -1)) <= 1e-14 * Math.max(frob(Xn), 1e-300);
    X = Xn;
    const Kn = reducedGain(discrete, A, B, R, X);
    if (!Kn) return null;
    K = Kn;
    if (done) return stabilizes(discrete, A, B, R, X) ? { X, iterations: k, stable: true } : null;
  }
  return null;
}

/**
 * Validate the public Riccati inputs and return them as Mats.
 * @throws QuireError naming `fn` and the offending argument
 */
export function parseRiccatiInputs(
  fn: string,
  A: unknown,
  B: unknown,
  Q: unknown,
  R: unknown,
  opts: { S?: unknown; E?: unknown } = {},
): RiccatiInputs {
  const a = toMat(fn, 'A', A);
  requireSquare(fn, 'A', a);
  const n = a.rows;
  const b = toMat(fn, 'B', B);
  if (b.rows !== n) throw new QuireError(`${fn}: B has ${b.rows} rows, expected ${n} (the size of A)`);
  const m = b.cols;
  const q = toMat(fn, 'Q', Q);
  requireShape(fn, 'Q', q, n, n, 'the size of A');
  const r = toMat(fn, 'R', R);
  requireShape(fn, 'R', r, m, m, 'the number of columns of B');
  checkSymmetric(fn, 'Q', q);
  checkSymmetric(fn, 'R', r);
  const out: RiccatiInputs = { A: a, B: b, Q: symmetrize(q), R: symmetrize(r) };
  if (opts.S !== undefined) {
    const s = toMat(fn, 'S', opts.S);
    requireShape(fn, 'S', s, n, m, 'n×m: rows of A by columns of B');
    out.S = s;
  }
  if (opts.E !== undefined) {
    const e = toMat(fn, 'E', opts.E);
    requireShape(fn, 'E', e, n, n, 'the size of A');
    out.E = e;
  }
  return out;
}

function checkSymmetric(fn: string, name: string, a: Mat): void {
  const n = a.rows;
  const tol = 1e-10 * Math.max(1, frob(a));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(a.data[i * n + j] - a.data[j * n + i]) > tol) {
        throw new QuireError(`${fn}: ${name} must be symmetric (${name}[${i}][${j}] ≠ ${name}[${j}][${i}])`);
      }
    }
  }
}

function parseBalance(fn: string, b: unknown): boolean {
  if (b === undefined) return true;
  if (typeof b !== 'boolean') throw new QuireError(`${fn}: balance must be true or false, got ${String(b)}`);
  return b;
}

function publicSolution(s: RiccatiKernelSolution): RiccatiSolution {
  const out = {
    // copies: the closed-loop eigenvalues are computed lazily from s.K
    P: copy(s.P),
    K: copy(s.K),
    residual: s.residual,
    relativeResidual: s.relativeResidual,
    iterations: s.iterations,
  } as RiccatiSolution;
  // computed on first access (an eigenvalue solve costs more than the Riccati solve at n ≈ 50)
  let cache: Eigenvalues | undefined;
  Object.defineProperty(out, 'closedLoopEigenvalues', { enumerable: true, get: () => (cache ??= s.eigs()) });
  return out;
}

/** Options of solveDARE / solveCARE. */
export interface RiccatiOptions {
  /** cross-weight S (n×m): cost term 2xᵀSu */
  S?: MatrixInput;
  /** nonsingular descriptor E (n×n) */
  E?: MatrixInput;
  /** symplectic diagonal balancing of the Hamiltonian/symplectic data before the doubling (default true) */
  balance?: boolean;
}

/**
 * Stabilizing solution of the discrete algebraic Riccati equation
 * AᵀXA − EᵀXE − (AᵀXB + S)(R + BᵀXB)⁻¹(BᵀXA + Sᵀ) + Q = 0, by the structure-preserving
 * doubling algorithm (quadratic convergence), verified afterwards.
 * @param A - n×n state matrix
 * @param B - n×m input matrix
 * @param Q - n×n symmetric state weight
 * @param R - m×m symmetric, nonsingular (may be indefinite, as in the H∞ game)
 * @param options.S - n×m cross weight (default 0); options.E - n×n nonsingular descriptor (default I);
 *   options.balance - symplectic diagonal balancing first (default true)
 * @returns { P, K = (R + BᵀPB)⁻¹(BᵀPA + Sᵀ), residual, relativeResidual, closedLoopEigenvalues, iterations }
 * @throws QuireError on bad shapes, NaN, asymmetric Q/R, singular R or E, or when no stabilizing
 *   solution exists ((A, B) not stabilizable, (Q, A) not detectable, or a game with no saddle point)
 * @example solveDARE([[1.2]], [[0.7]], [[2]], [[0.5]]).P.data // [3.1060294810801814]
 * @see Chu, Fan, Lin, Wang, "Structure-preserving algorithms for periodic discrete-time algebraic
 *   Riccati equations", Int. J. Control 77 (2004); scipy.linalg.solve_discrete_are (same equation)
 */
export function solveDARE(A: MatrixInput, B: MatrixInput, Q: MatrixInput, R: MatrixInput, options: RiccatiOptions = {}): RiccatiSolution {
  const fn = 'solveDARE';
  const inp = parseRiccatiInputs(fn, A, B, Q, R, options);
  inp.balance = parseBalance(fn, options.balance);
  const res = dareKernel(inp);
  if (!res.ok) throw new QuireError(`${fn}: no stabilizing solution: ${res.reason} (is (A, B) stabilizable and (Q, A) detectable?)`);
  return publicSolution(res);
}

/**
 * Stabilizing solution of the continuous algebraic Riccati equation
 * AᵀXE + EᵀXA − (EᵀXB + S)R⁻¹(BᵀXE + Sᵀ) + Q = 0, by the Cayley transform and the
 * structure-preserving doubling algorithm (SDA-1), verified afterwards.
 * @param A - n×n; B - n×m; Q - n×n symmetric; R - m×m symmetric nonsingular (may be indefinite)
 * @param options.S - n×m cross weight; options.E - n×n nonsingular descriptor; options.balance - default true
 * @returns { P, K = R⁻¹(BᵀPE + Sᵀ), residual, relativeResidual, closedLoopEigenvalues, iterations }
 * @throws QuireError on bad input or when no stabilizing solution exists
 * @example solveCARE([[1]], [[1]], [[1]], [[1]]).P.data // [1 + √2] (a Mat)
 * @see Chu, Fan, Lin, "A structure-preserving doubling algorithm for continuous-time algebraic
 *   Riccati equations", Linear Algebra Appl. 396 (2005)
 */
export function solveCARE(A: MatrixInput, B: MatrixInput, Q: MatrixInput, R: MatrixInput, options: RiccatiOptions = {}): RiccatiSolution {
  const fn = 'solveCARE';
  const inp = parseRiccatiInputs(fn, A, B, Q, R, options);
  inp.balance = parseBalance(fn, options.balance);
  const res = careKernel(inp);
  if (!res.ok) throw new QuireError(`${fn}: no stabilizing solution: ${res.reason} (is (A, B) stabilizable and (Q, A) detectable?)`);
  return publicSolution(res);
}

/**
 * The DARE by Newton's method (Hewer 1971): from a stabilizing K₀, repeat
 * P_k = Stein(A − BK_k, Q + K_kᵀRK_k), K_{k+1} = (R + BᵀP_kB)⁻¹BᵀP_kA. A slower, independent
 * solver used to cross-check solveDARE.
 * @param options.K0 - m×n stabilizing initial gain (default 0, which needs a Schur-stable A)
 * @returns the same shape as solveDARE
 * @throws QuireError on bad input, R not positive definite, or an initial gain that does not stabilize
 * @example solveDARENewton([[0.5]], [[1]], [[1]], [[1]]).P
 * @see Hewer, IEEE TAC 16 (1971)
 */
export function solveDARENewton(
  A: MatrixInput,
  B: MatrixInput,
  Q: MatrixInput,
  R: MatrixInput,
  options: { K0?: MatrixInput } = {},
): RiccatiSolution {
  const fn = 'solveDARENewton';
  const inp = parseRiccatiInputs(fn, A, B, Q, R);
  const n = inp.A.rows;
  const m = inp.B.cols;
  let K = options.K0 === undefined ? mat(m, n) : toMat(fn, 'K0', options.K0);
  requireShape(fn, 'K0', K, m, n, 'm×n');
  let P: Mat | null = null;
  let it = 0;
  for (; it < 60; it++) {
    const Acl = addScaled(inp.A, mul(inp.B, K), -1);
    const M = addScaled(inp.Q, tmul(K, mul(inp.R, K)));
    const Pn = steinKernel(Acl, M);
    if (!Pn) throw new QuireError(`${fn}: the gain at step ${it} does not stabilize (A − BK is not Schur stable)`);
    symmetrize(Pn);
    const Rb = addScaled(inp.R, tmul(inp.B, mul(Pn, inp.B)));
    const f = luFactor(Rb);
    if (!f) throw new QuireError(`${fn}: R + BᵀPB is singular`);
    K = luSolve(f, tmul(inp.B, mul(Pn, inp.A)));
    const done = P !== null && frob(addScaled(Pn, P, -1)) <= 1e-14 * frob(Pn);
    P = Pn;
    if (done) break;
  }
  const X = P as Mat;
  const { residual, relativeResidual, K: Kx } = dareResidual(inp, X);
  return {
    P: X,
    K: Kx as Mat,
    residual,
    relativeResidual,
    closedLoopEigenvalues: closedLoop(inp.A, inp.B, Kx as Mat, undefined),
    iterations: it + 1,
  };
}
