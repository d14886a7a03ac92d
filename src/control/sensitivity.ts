/**
 * First-order sensitivity of the Riccati solution and the optimal gain to the problem data,
 * by differentiating the Riccati equation (a Stein / Lyapunov equation for dP).
 *
 * Discrete (K = (R + BᵀPB)⁻¹BᵀPA, A_cl = A − BK, P = A_clᵀPA_cl + Q + KᵀRK):
 *   dP = A_clᵀ dP A_cl + dQ + KᵀdR K + (dA − dB K)ᵀP A_cl + A_clᵀP(dA − dB K),
 *   dK = (R + BᵀPB)⁻¹[dBᵀPA + BᵀdP A + BᵀP dA − (dR + dBᵀPB + BᵀdP B + BᵀP dB)K].
 * Continuous (K = R⁻¹BᵀP, A_cl = A − BK):
 *   A_clᵀdP + dP A_cl + dQ + KᵀdR K + (dA − dB K)ᵀP + P(dA − dB K) = 0,
 *   dK = R⁻¹(dBᵀP + BᵀdP − dR K).
 * The dK-terms cancel in dP because K is stationary (the gradient of the cost in K is zero),
 * which also holds at the saddle point of the H∞ game (B̃, R̃ = diag(R, −γ²I); dγ enters as
 * dR̃ = diag(dR, −2γ dγ I)). A_cl is stable, so the Stein/Lyapunov equation is uniquely solvable.
 */
import { QuireError } from '../core/errors.js';
import {
  type Mat,
  type MatrixInput,
  addScaled,
  luFactor,
  luSolve,
  mat,
  mul,
  requireShape,
  symmetrize,
  tmul,
  toMat,
  transpose,
} from '../core/linalg.js';
import { lyapunovKernel, steinKernel } from './lyapunov.js';
import { type RiccatiInputs, careKernel, dareKernel, parseRiccatiInputs } from './riccati.js';

/** A perturbation direction of the problem data (missing entries are zero). */
export interface RiccatiPerturbation {
  dA?: Mat;
  dB?: Mat;
  dQ?: Mat;
  dR?: Mat;
}

/** dP and dK for one perturbation direction. Trusts its caller; null if the linear equation fails. */
export function gainDerivativeKernel(
  discrete: boolean,
  inp: RiccatiInputs,
  P: Mat,
  K: Mat,
  d: RiccatiPerturbation,
): { dP: Mat; dK: Mat } | null {
  const { A, B, R } = inp;
  const n = A.rows;
  const m = B.cols;
  const dA = d.dA ?? mat(n, n);
  const dB = d.dB ?? mat(n, m);
  const dQ = d.dQ ?? mat(n, n);
  const dR = d.dR ?? mat(m, m);
  const Acl = addScaled(A, mul(B, K), -1);
  const dAcl = addScaled(dA, mul(dB, K), -1);
  let M = addScaled(dQ, tmul(K, mul(dR, K)));
  if (discrete) {
    const T = tmul(dAcl, mul(P, Acl));
    M = addScaled(addScaled(M, T), transpose(T));
    const dP = steinKernel(Acl, symmetrize(M));
    if (!dP) return null;
    symmetrize(dP);
    const PB = mul(P, B);
    const f = luFactor(addScaled(R, tmul(B, PB)));
    if (!f) return null;
    const rhs1 = addScaled(addScaled(tmul(dB, mul(P, A)), tmul(B, mul(dP, A))), tmul(B, mul(P, dA)));
    const dRb = addScaled(addScaled(addScaled(dR, tmul(dB, PB)), tmul(B, mul(dP, B))), tmul(PB, dB));
    const dK = luSolve(f, addScaled(rhs1, mul(dRb, K), -1));
    return { dP, dK };
  }
  const T = tmul(dAcl, P);
  M = addScaled(addScaled(M, T), transpose(T));
  const dP = lyapunovKernel(Acl, symmetrize(M));
  if (!dP) return null;
  symmetrize(dP);
  const f = luFactor(R);
  if (!f) return null;
  const dK = luSolve(f, addScaled(addScaled(tmul(dB, P), tmul(B, dP)), mul(dR, K), -1));
  return { dP, dK };
}

function derivativePublic(
  fn: string,
  discrete: boolean,
  A: MatrixInput,
  B: MatrixInput,
  Q: MatrixInput,
  R: MatrixInput,
  pert: { dA?: MatrixInput; dB?: MatrixInput; dQ?: MatrixInput; dR?: MatrixInput },
): { P: Mat; K: Mat; dP: Mat; dK: Mat } {
  const inp = parseRiccatiInputs(fn, A, B, Q, R);
  const n = inp.A.rows;
  const m = inp.B.cols;
  const d: RiccatiPerturbation = {};
  if (pert.dA !== undefined) requireShape(fn, 'dA', (d.dA = toMat(fn, 'dA', pert.dA)), n, n, 'the shape of A');
  if (pert.dB !== undefined) requireShape(fn, 'dB', (d.dB = toMat(fn, 'dB', pert.dB)), n, m, 'the shape of B');
  if (pert.dQ !== undefined) requireShape(fn, 'dQ', (d.dQ = toMat(fn, 'dQ', pert.dQ)), n, n, 'the shape of Q');
  if (pert.dR !== undefined) requireShape(fn, 'dR', (d.dR = toMat(fn, 'dR', pert.dR)), m, m, 'the shape of R');
  const sol = discrete ? dareKernel(inp) : careKernel(inp);
  if (!sol.ok) throw new QuireError(`${fn}: no stabilizing solution: ${sol.reason}`);
  const r = gainDerivativeKernel(discrete, inp, sol.P, sol.K, d);
  if (!r) throw new QuireError(`${fn}: the sensitivity equation is singular`);
  return { P: sol.P, K: sol.K, dP: r.dP, dK: r.dK };
}

/**
 * Directional derivative of the stabilizing DARE solution P and gain K = (R + BᵀPB)⁻¹BᵀPA
 * in the direction (dA, dB, dQ, dR), from the Stein equation
 * dP = A_clᵀdP A_cl + dQ + KᵀdR K + (dA − dBK)ᵀPA_cl + A_clᵀP(dA − dBK). R may be indefinite
 * (the H∞ game), as long as the stabilizing solution exists.
 * @param A - n×n; B - n×m; Q - n×n symmetric; R - m×m symmetric nonsingular
 * @param perturbation - dA (n×n), dB (n×m), dQ (n×n symmetric), dR (m×m symmetric); each optional
 * @returns { P, K, dP, dK }
 * @throws QuireError on bad shapes or NaN, or when no stabilizing solution exists
 * @example dareGainDerivative([[1.2]], [[0.7]], [[2]], [[0.5]], { dQ: [[1]] }).dK
 * @see Konstantinov, Petkov, Christov, "Perturbation analysis of the discrete Riccati equation", Kybernetika 29 (1993)
 */
export function dareGainDerivative(
  A: MatrixInput,
  B: MatrixInput,
  Q: MatrixInput,
  R: MatrixInput,
  perturbation: { dA?: MatrixInput; dB?: MatrixInput; dQ?: MatrixInput; dR?: MatrixInput },
): { P: Mat; K: Mat; dP: Mat; dK: Mat } {
  return derivativePublic('dareGainDerivative', true, A, B, Q, R, perturbation);
}

/**
 * Directional derivative of the stabilizing CARE solution P and gain K = R⁻¹BᵀP, from the
 * Lyapunov equation A_clᵀdP + dP A_cl + dQ + KᵀdR K + (dA − dBK)ᵀP + P(dA − dBK) = 0.
 * @param A - n×n; B - n×m; Q - n×n symmetric; R - m×m symmetric nonsingular
 * @param perturbation - dA, dB, dQ, dR (each optional)
 * @returns { P, K, dP, dK }
 * @throws QuireError on bad shapes or NaN, or when no stabilizing solution exists
 * @example careGainDerivative([[0]], [[1]], [[1]], [[1]], { dQ: [[1]] }).dK.data // [0.5]
 * @see Kenney & Hewer, "The sensitivity of the algebraic and differential Riccati equations", SIAM J. Control Optim. 28 (1990)
 */
export function careGainDerivative(
  A: MatrixInput,
  B: MatrixInput,
  Q: MatrixInput,
  R: MatrixInput,
  perturbation: { dA?: MatrixInput; dB?: MatrixInput; dQ?: MatrixInput; dR?: MatrixInput },
): { P: Mat; K: Mat; dP: Mat; dK: Mat } {
  return derivativePublic('careGainDerivative', false, A, B, Q, R, perturbation);
}
