/**
 * Matrix-free conjugate gradient for A x = b with A symmetric, stopping on negative curvature
 * (pᵀAp ≤ 0), as in truncated-Newton methods and the authors' `linear_algebra.py`.
 */
import { QuireError } from '../core/errors.js';
import { assertFiniteArray, assertInteger, assertNonNegative } from '../core/validate.js';

/** Result of a CG solve. */
export interface CgResult {
  /** the iterate when CG stopped */
  x: Float64Array;
  iterations: number;
  /** ‖b − A x‖ at the last iterate */
  residualNorm: number;
  /** true if a direction with pᵀAp ≤ 0 was met (x is then the last iterate before it) */
  negativeCurvature: boolean;
  converged: boolean;
}

/**
 * Conjugate gradient from x₀ = 0 for A x = b, A given as a product `apply(v, out)` (out ← A v).
 * Stops when ‖r_k‖ ≤ tol·‖b‖, after maxIter iterations, or on a direction with pᵀAp ≤ 0.
 * In exact arithmetic it solves an SPD n×n system in ≤ n iterations.
 * @param apply - writes A·v into out (A symmetric)
 * @param b - right-hand side (finite, non-empty)
 * @param options.maxIter - iteration cap ≥ 1 (default b.length)
 * @param options.tol - relative residual tolerance ≥ 0 (default 1e-10)
 * @returns the iterate, the iteration count, the residual norm and flags
 * @throws QuireError if b is empty or non-finite, or an option is out of range
 * @example conjugateGradient((v, o) => { o[0] = 2 * v[0]; o[1] = 3 * v[1]; }, new Float64Array([2, 3])).x // [1, 1]
 * @see Nocedal & Wright, Numerical Optimization (2006), Alg. 5.2 and Alg. 7.1 (truncated CG)
 */
export function conjugateGradient(
  apply: (v: Float64Array, out: Float64Array) => void,
  b: Float64Array,
  options: { maxIter?: number; tol?: number } = {},
): CgResult {
  const fn = 'conjugateGradient';
  assertFiniteArray(fn, 'b', b);
  const maxIter = options.maxIter ?? b.length;
  const tol = options.tol ?? 1e-10;
  assertInteger(fn, 'maxIter', maxIter, 1);
  assertNonNegative(fn, 'tol', tol);
  // CG is linear in b: solve for b/s and scale back, so ‖b‖² cannot overflow
  let s = 0;
  for (let i = 0; i < b.length; i++) s = Math.max(s, Math.abs(b[i]));
  if (s === 0) return cgKernel(apply, b, maxIter, tol);
  const res = cgKernel(
    apply,
    Float64Array.from(b, (v) => v / s),
    maxIter,
    tol,
  );
  for (let i = 0; i < res.x.length; i++) res.x[i] *= s;
  res.residualNorm *= s;
  let finite = Number.isFinite(res.residualNorm);
  for (let i = 0; i < res.x.length && finite; i++) finite = Number.isFinite(res.x[i]);
  if (!finite) throw new QuireError(`${fn}: the iteration overflowed float64 (apply or b too large)`);
  return res;
}

/** Unchecked CG kernel (see conjugateGradient). */
export function cgKernel(apply: (v: Float64Array, out: Float64Array) => void, b: Float64Array, maxIter: number, tol: number): CgResult {
  const n = b.length;
  const x = new Float64Array(n);
  const r = Float64Array.from(b);
  const p = Float64Array.from(b);
  const Ap = new Float64Array(n);
  let rr = 0;
  for (let i = 0; i < n; i++) rr += r[i] * r[i];
  const bnorm = Math.sqrt(rr);
  const stop = tol * bnorm;
  if (bnorm === 0) return { x, iterations: 0, residualNorm: 0, negativeCurvature: false, converged: true };
  let k = 0;
  let negativeCurvature = false;
  while (k < maxIter) {
    apply(p, Ap);
    let pAp = 0;
    for (let i = 0; i < n; i++) pAp += p[i] * Ap[i];
    if (!(pAp > 0)) {
      negativeCurvature = true;
      break;
    }
    const alpha = rr / pAp;
    let rrNew = 0;
    for (let i = 0; i < n; i++) {
      x[i] += alpha * p[i];
      r[i] -= alpha * Ap[i];
      rrNew += r[i] * r[i];
    }
    k++;
    if (Math.sqrt(rrNew) <= stop) {
      rr = rrNew;
      return { x, iterations: k, residualNorm: Math.sqrt(rr), negativeCurvature: false, converged: true };
    }
    const beta = rrNew / rr;
    rr = rrNew;
    for (let i = 0; i < n; i++) p[i] = r[i] + beta * p[i];
  }
  return { x, iterations: k, residualNorm: Math.sqrt(rr), negativeCurvature, converged: Math.sqrt(rr) <= stop };
}
