/**
 * Stein (discrete Lyapunov) and continuous Lyapunov equations, the linear equations that
 * the Riccati sensitivities and Newton's method reduce to.
 *
 * - Stein: X = FᵀXF + M, solved by the squared Smith iteration
 *   X₀ = M, F₀ = F; X_{k+1} = X_k + F_kᵀX_kF_k, F_{k+1} = F_k² (X_k sums 2ᵏ terms of Σ Fᵀʲ M Fʲ).
 * - Lyapunov: AᵀX + XA + M = 0 for Hurwitz A, mapped to a Stein equation by the Cayley transform
 *   F = (A + pI)(A − pI)⁻¹, M̃ = 2p (A − pI)⁻ᵀ M (A − pI)⁻¹, p > 0.
 * - Kronecker forms (vec(X) = (I − Fᵀ⊗Fᵀ)⁻¹vec(M)) for small n, used as the cross-check.
 */
import { QuireError } from '../core/errors.js';
import {
  type Mat,
  type MatrixInput,
  addScaled,
  frob,
  identity,
  isFiniteMat,
  mat,
  mul,
  requireShape,
  requireSquare,
  solveOrNull,
  symmetrize,
  tmul,
  toMat,
  transpose,
} from '../core/linalg.js';

/** Squared Smith iteration for X = FᵀXF + M. Trusts its caller; returns null if it does not converge. */
export function steinKernel(F: Mat, M: Mat, maxIter = 64): Mat | null {
  let X = M;
  let Fk = F;
  for (let k = 0; k < maxIter; k++) {
    const dX = tmul(Fk, mul(X, Fk));
    X = addScaled(X, dX);
    const dn = frob(dX);
    const xn = frob(X);
    if (!Number.isFinite(xn)) return null;
    if (dn <= 1e-17 * xn || dn === 0) return X;
    Fk = mul(Fk, Fk);
    if (frob(Fk) === 0) return X;
  }
  return null;
}

/** Cayley-transformed Smith iteration for AᵀX + XA + M = 0. Trusts its caller. */
export function lyapunovKernel(A: Mat, M: Mat): Mat | null {
  const n = A.rows;
  let nrm = 0;
  for (let i = 0; i < A.data.length; i++) nrm += A.data[i] * A.data[i];
  // p near the spectral scale of A keeps the Cayley map away from |λ| ≈ 1
  const p = Math.max(Math.sqrt(nrm / n), 1e-8);
  const Am = addScaled(A, identity(n), -p);
  const U = solveOrNull(Am, identity(n));
  if (!U) return null;
  const F = mul(addScaled(A, identity(n), p), U);
  const Mt = tmul(U, mul(M, U));
  for (let i = 0; i < Mt.data.length; i++) Mt.data[i] *= 2 * p;
  return steinKernel(F, Mt);
}

/** vec-Kronecker solve of X = FᵀXF + M (dense (n²)×(n²) system; small n only). */
export function steinKronKernel(F: Mat, M: Mat): Mat | null {
  const n = F.rows;
  const N = n * n;
  const K = mat(N, N);
  // row-major vec: X[i][j] at i*n+j; (FᵀXF)[i][j] = Σ_kl F[k][i] X[k][l] F[l][j]
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const r = i * n + j;
      K.data[r * N + r] += 1;
      for (let k = 0; k < n; k++) {
        const fki = F.data[k * n + i];
        if (fki === 0) continue;
        for (let l = 0; l < n; l++) K.data[r * N + k * n + l] -= fki * F.data[l * n + j];
      }
    }
  }
  const x = solveOrNull(K, mat(N, 1, M.data.slice()));
  return x ? mat(n, n, x.data) : null;
}

/** vec-Kronecker solve of AᵀX + XA + M = 0 (small n only). */
export function lyapunovKronKernel(A: Mat, M: Mat): Mat | null {
  const n = A.rows;
  const N = n * n;
  const K = mat(N, N);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const r = i * n + j;
      // (AᵀX)[i][j] = Σ_k A[k][i] X[k][j];  (XA)[i][j] = Σ_l X[i][l] A[l][j]
      for (let k = 0; k < n; k++) K.data[r * N + k * n + j] += A.data[k * n + i];
      for (let l = 0; l < n; l++) K.data[r * N + i * n + l] += A.data[l * n + j];
    }
  }
  const rhs = mat(N, 1, M.data.slice());
  for (let i = 0; i < N; i++) rhs.data[i] = -rhs.data[i];
  const x = solveOrNull(K, rhs);
  return x ? mat(n, n, x.data) : null;
}

function checkPair(fn: string, a: unknown, m: unknown, aName: string): { F: Mat; M: Mat } {
  const F = toMat(fn, aName, a);
  requireSquare(fn, aName, F);
  const M = toMat(fn, 'M', m);
  requireShape(fn, 'M', M, F.rows, F.rows, `the size of ${aName}`);
  return { F, M };
}

/**
 * Solve the Stein (discrete-time Lyapunov) equation X = FᵀXF + M by the squared Smith iteration.
 * @param F - n×n, Schur stable (spectral radius < 1)
 * @param M - n×n
 * @returns X (n×n; symmetric when M is)
 * @throws QuireError on bad shapes or non-finite entries, or when F is not Schur stable
 * @example solveStein([[0.5]], [[1]]).data // [1.3333…]  (x = 0.25x + 1)
 * @see Smith, SIAM J. Appl. Math. 16 (1968); Penzl, SIAM J. Sci. Comput. 21 (2000)
 */
export function solveStein(F: MatrixInput, M: MatrixInput): Mat {
  const fn = 'solveStein';
  const { F: f, M: m } = checkPair(fn, F, M, 'F');
  const x = steinKernel(f, m);
  if (!x || !isFiniteMat(x)) throw new QuireError(`${fn}: F must be Schur stable (spectral radius < 1); the Smith iteration diverged`);
  return x;
}

/**
 * Solve the continuous Lyapunov equation AᵀX + XA + M = 0 (Cayley transform + Smith iteration).
 * @param A - n×n, Hurwitz (every eigenvalue has negative real part)
 * @param M - n×n
 * @returns X (n×n; symmetric when M is; X ⪰ 0 when M ⪰ 0)
 * @throws QuireError on bad shapes or non-finite entries, or when A is not Hurwitz
 * @example solveLyapunov([[-1]], [[2]]).data // [1]
 * @see Bartels & Stewart, CACM 15 (1972) (the direct method this cross-checks against)
 */
export function solveLyapunov(A: MatrixInput, M: MatrixInput): Mat {
  const fn = 'solveLyapunov';
  const { F: a, M: m } = checkPair(fn, A, M, 'A');
  const x = lyapunovKernel(a, m);
  if (!x || !isFiniteMat(x)) throw new QuireError(`${fn}: A must be Hurwitz (all eigenvalues in the open left half-plane)`);
  const sym = frob(addScaled(m, transpose(m), -1)) === 0;
  return sym ? symmetrize(x) : x;
}
