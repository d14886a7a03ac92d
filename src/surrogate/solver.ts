/**
 * Second-order finite differences for −∇·(κ∇u) = f with u = 0 on the boundary of (0,1)^d:
 * the 3-point stencil solved by the Thomas algorithm in 1-D (O(n)), the 5-point stencil solved
 * by matrix-free conjugate gradients in 2-D. All float64.
 */
import { QuireError } from '../core/errors.js';
import { assertFiniteArray, assertInteger, assertPositive } from '../core/validate.js';
import type { HeatProblem } from './problem.js';
import { sourceInto } from './problem.js';

/**
 * Thomas algorithm for the tridiagonal system a_i x_{i−1} + b_i x_i + c_i x_{i+1} = d_i
 * (a₀ and c_{n−1} ignored), without pivoting (meant for diagonally dominant systems such as
 * the FD matrix).
 * @param a, b, c, d - the sub-, main and super-diagonals and the right side, each of length n ≥ 1, finite
 * @returns x (a new array)
 * @throws QuireError on mismatched lengths, non-finite entries, a zero pivot or a non-finite solution
 * @example thomas(new Float64Array([0, -1]), new Float64Array([2, 2]), new Float64Array([-1, 0]), new Float64Array([1, 1])) // [1, 1]
 */
export function thomas(a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array): Float64Array {
  const fn = 'thomas';
  const n = b?.length ?? 0;
  if (!(n >= 1)) throw new QuireError(`${fn}: b is empty, expected the main diagonal (length ≥ 1)`);
  for (const [name, v] of [
    ['a', a],
    ['c', c],
    ['d', d],
  ] as const)
    if (!v || v.length !== n) throw new QuireError(`${fn}: ${name} has length ${v?.length}, expected ${n} (the length of b)`);
  for (const [name, v] of [
    ['a', a],
    ['b', b],
    ['c', c],
    ['d', d],
  ] as const)
    assertFiniteArray(fn, name, v);
  const x = thomasInner(a, b, c, d);
  for (let i = 0; i < n; i++)
    if (!Number.isFinite(x[i]))
      throw new QuireError(`${fn}: the elimination broke down (a zero or tiny pivot, or overflow); the system needs pivoting`);
  return x;
}

/** Thomas elimination (inner: no checks). */
function thomasInner(a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array): Float64Array {
  const n = b.length;
  const cp = new Float64Array(n);
  const x = new Float64Array(n);
  let beta = b[0];
  x[0] = d[0] / beta;
  for (let i = 1; i < n; i++) {
    cp[i - 1] = c[i - 1] / beta;
    beta = b[i] - a[i] * cp[i - 1];
    x[i] = (d[i] - a[i] * x[i - 1]) / beta;
  }
  for (let i = n - 2; i >= 0; i--) x[i] -= cp[i] * x[i + 1];
  return x;
}

/** Kernel: the 1-D constant-coefficient solve of κ(−u_{i−1} + 2u_i − u_{i+1})/h² = f_i, in place into u. */
function solve1dInto(f: Float64Array, fOff: number, m: number, coef: number, u: Float64Array, uOff: number, cp: Float64Array): void {
  // diagonal 2·coef, off-diagonals −coef
  let beta = 2 * coef;
  u[uOff] = f[fOff] / beta;
  for (let i = 1; i < m; i++) {
    cp[i - 1] = -coef / beta;
    beta = 2 * coef + coef * cp[i - 1];
    u[uOff + i] = (f[fOff + i] + coef * u[uOff + i - 1]) / beta;
  }
  for (let i = m - 2; i >= 0; i--) u[uOff + i] -= cp[i] * u[uOff + i + 1];
}

/**
 * Apply the FD operator (A u)_p = κ(2d·u_p − Σ neighbours)/h² (zero Dirichlet values outside)
 * to the interior vector u (length P). Kernel: trusts its caller.
 */
export function applyOperator(problem: HeatProblem, u: Float64Array, out: Float64Array = new Float64Array(problem.size)): Float64Array {
  const m = problem.n - 1;
  const coef = problem.spec.kappa / (problem.h * problem.h);
  if (problem.dim === 1) {
    for (let i = 0; i < m; i++) out[i] = coef * (2 * u[i] - (i > 0 ? u[i - 1] : 0) - (i + 1 < m ? u[i + 1] : 0));
    return out;
  }
  for (let j = 0; j < m; j++)
    for (let i = 0; i < m; i++) {
      const p = i + m * j;
      let s = 4 * u[p];
      if (i > 0) s -= u[p - 1];
      if (i + 1 < m) s -= u[p + 1];
      if (j > 0) s -= u[p - m];
      if (j + 1 < m) s -= u[p + m];
      out[p] = coef * s;
    }
  return out;
}

/** Options of the 2-D conjugate-gradient solve. */
export interface CgOptions {
  /** relative residual tolerance ‖r‖/‖f‖ (default 1e-12) */
  tol?: number;
  /** iteration cap (default 10·P) */
  maxIter?: number;
}

/** Kernel: CG on A u = f (A symmetric positive definite), u starts at 0. Returns iterations. */
function cgInto(problem: HeatProblem, f: Float64Array, u: Float64Array, tol: number, maxIter: number, work: Float64Array[]): number {
  const P = problem.size;
  const [r, p, Ap] = work;
  let rr = 0;
  let ff = 0;
  for (let i = 0; i < P; i++) {
    u[i] = 0;
    r[i] = f[i];
    p[i] = f[i];
    rr += f[i] * f[i];
  }
  ff = rr;
  if (ff === 0) return 0;
  const stop = tol * tol * ff;
  let it = 0;
  while (rr > stop && it < maxIter) {
    applyOperator(problem, p, Ap);
    let pAp = 0;
    for (let i = 0; i < P; i++) pAp += p[i] * Ap[i];
    const alpha = rr / pAp;
    let rrNew = 0;
    for (let i = 0; i < P; i++) {
      u[i] += alpha * p[i];
      r[i] -= alpha * Ap[i];
      rrNew += r[i] * r[i];
    }
    const beta = rrNew / rr;
    rr = rrNew;
    for (let i = 0; i < P; i++) p[i] = r[i] + beta * p[i];
    it++;
  }
  return it;
}

/**
 * Solve the FD system A u = f at the interior nodes: Thomas in 1-D, CG in 2-D.
 * @param f - the source at the interior nodes (length P = (n−1)^d, finite)
 * @param options - CG tolerance and cap (2-D only)
 * @returns u at the interior nodes (length P)
 * @throws QuireError if f has the wrong length or a non-finite entry
 * @example solveHeat(heatProblem({ cells: 4 }), new Float64Array([1, 1, 1])) // x(1−x)/2 at ¼, ½, ¾
 * @see LeVeque, Finite Difference Methods for ODEs and PDEs (2007), §2.4 and §3.2
 */
export function solveHeat(problem: HeatProblem, f: ArrayLike<number>, options: CgOptions = {}): Float64Array {
  const fn = 'solveHeat';
  assertFiniteArray(fn, 'f', f);
  if (f.length !== problem.size) throw new QuireError(`${fn}: f has length ${f.length}, expected ${problem.size} (the interior nodes)`);
  const tol = options.tol ?? 1e-12;
  assertPositive(fn, 'tol', tol);
  const maxIter = options.maxIter ?? 10 * problem.size;
  assertInteger(fn, 'maxIter', maxIter, 1);
  const fa = Float64Array.from(f);
  const u = new Float64Array(problem.size);
  if (problem.dim === 1) {
    solve1dInto(fa, 0, problem.size, problem.spec.kappa / (problem.h * problem.h), u, 0, new Float64Array(problem.size));
    return u;
  }
  const work = [0, 1, 2].map(() => new Float64Array(problem.size));
  cgInto(problem, fa, u, tol, maxIter, work);
  return u;
}

/** A data set of solver solutions: ξ, f and u, row-major. */
export interface HeatDataset {
  count: number;
  /** KL coefficients [count, M] */
  xi: Float64Array;
  /** sources at the interior nodes [count, P] */
  f: Float64Array;
  /** FD solutions at the interior nodes [count, P] */
  u: Float64Array;
}

/**
 * Sources and FD solutions for given KL coefficient rows.
 * @param xi - row-major [count, M], finite
 * @throws QuireError if xi's length is not a multiple of M or an entry is not finite
 * @example solveDataset(pb, sampleKl(pb, 100, 1)).u.length // 100·P
 */
export function solveDataset(problem: HeatProblem, xi: Float64Array, onProgress?: (done: number, total: number) => void): HeatDataset {
  const fn = 'solveDataset';
  const M = problem.spec.modes;
  assertFiniteArray(fn, 'xi', xi);
  if (xi.length % M !== 0) throw new QuireError(`${fn}: xi has length ${xi.length}, expected a multiple of ${M} (the number of KL modes)`);
  const count = xi.length / M;
  const P = problem.size;
  const f = new Float64Array(count * P);
  const u = new Float64Array(count * P);
  const coef = problem.spec.kappa / (problem.h * problem.h);
  const cp = new Float64Array(P);
  const work = [0, 1, 2].map(() => new Float64Array(P));
  const fRow = new Float64Array(P);
  const uRow = new Float64Array(P);
  for (let s = 0; s < count; s++) {
    sourceInto(problem, xi, s * M, f, s * P);
    if (problem.dim === 1) solve1dInto(f, s * P, P, coef, u, s * P, cp);
    else {
      fRow.set(f.subarray(s * P, (s + 1) * P));
      cgInto(problem, fRow, uRow, 1e-12, 10 * P, work);
      u.set(uRow, s * P);
    }
    if (onProgress && (s + 1) % 256 === 0) onProgress(s + 1, count);
  }
  return { count, xi: Float64Array.from(xi), f, u };
}
