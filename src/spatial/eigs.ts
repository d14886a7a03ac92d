/**
 * Top-K eigenpairs of a symmetric operator by a restarted Rayleigh–Ritz (block Krylov /
 * Davidson) subspace method. Without a preconditioner the search space grows by the Ritz
 * residuals, which span the block-Krylov continuation (thick-restart block Lanczos with full
 * re-orthogonalization); with one, by preconditioned residuals (generalized Davidson).
 * Only matrix–vector products with the operator are needed.
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { jacobiEig } from '../core/linalg.js';

/** y = M·v for a symmetric n×n operator M (write into out). */
export type SymOperator = (v: Float64Array, out: Float64Array) => void;

export interface TopEigOptions {
  /** warm-start vectors, row-major n×k0 (e.g. the previous basis) */
  start?: Float64Array;
  /** columns in start */
  startCols?: number;
  /** relative residual tolerance ‖Mx − θx‖ ≤ tol·max|θ| (default 1e-9) */
  tol?: number;
  /** largest search space before a thick restart (default min(n, max(3k, k + 24))) */
  maxBasis?: number;
  /** cap on operator applications (default 40·n + 200) */
  maxMatvecs?: number;
  /** optional preconditioner t ≈ (θ − M)⁻¹ r (written into out) */
  precondition?: (r: Float64Array, theta: number, out: Float64Array) => void;
  /** seed for random start vectors (default 0) */
  seed?: number;
}

export interface TopEigResult {
  /** the k largest eigenvalues, descending */
  values: Float64Array;
  /** eigenvectors, row-major n×k, orthonormal columns */
  vectors: Float64Array;
  matvecs: number;
  converged: boolean;
  /** max relative residual of the returned pairs */
  residual: number;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Orthogonalize v against the columns of V twice (classical Gram–Schmidt, repeated); returns ‖v‖ after. */
function orthogonalize(v: Float64Array, V: Float64Array[]): number {
  for (let pass = 0; pass < 2; pass++) {
    for (const q of V) {
      const c = dot(q, v);
      if (c === 0) continue;
      for (let i = 0; i < v.length; i++) v[i] -= c * q[i];
    }
  }
  return Math.sqrt(dot(v, v));
}

/**
 * The k algebraically largest eigenpairs of a symmetric operator y = M·v, by restarted
 * Rayleigh–Ritz (block Krylov, or generalized Davidson with `precondition`). Stops when every
 * pair has ‖Mx − θx‖ ≤ tol·max|θ|, or after maxMatvecs operator applications (converged: false).
 * @param apply - writes M·v into out; M symmetric
 * @param n - dimension, an integer ≥ 1
 * @param k - number of pairs, an integer in [1, n]
 * @throws QuireError on a bad n or k, or if the operator returns a non-finite value
 * @example topEigenpairs((v, o) => o.set(v.map((x, i) => (i + 1) * x)), 3, 1).values // [3]
 */
export function topEigenpairs(apply: SymOperator, n: number, k: number, opts: TopEigOptions = {}): TopEigResult {
  if (!(Number.isInteger(n) && n >= 1)) throw new QuireError(`topEigenpairs: n must be an integer ≥ 1, got ${n}`);
  if (!(Number.isInteger(k) && k >= 1 && k <= n)) throw new QuireError(`topEigenpairs: k must be an integer in [1, ${n}], got ${k}`);
  const tol = opts.tol ?? 1e-9;
  const maxBasis = Math.min(n, Math.max(opts.maxBasis ?? Math.max(3 * k, k + 24), k + 1));
  const maxMatvecs = opts.maxMatvecs ?? 40 * n + 200;
  const keep = Math.min(maxBasis - 1, Math.max(k + 2, Math.floor(maxBasis / 2)));
  const rng = new Rng(opts.seed ?? 0);
  let V: Float64Array[] = [];
  let W: Float64Array[] = [];
  let Hcols: number[][] = [];
  let queue: Float64Array[] = [];
  if (opts.start && (opts.startCols ?? 0) > 0) {
    const c = opts.startCols as number;
    for (let j = 0; j < c; j++) {
      const v = new Float64Array(n);
      for (let i = 0; i < n; i++) v[i] = opts.start[i * c + j];
      queue.push(v);
    }
  }
  while (queue.length < k) queue.push(rng.fillNormal(new Float64Array(n)));
  let matvecs = 0;
  let values = new Float64Array(k);
  let vectors = new Float64Array(n * k);
  let residual = Infinity;
  let randomTries = 0;
  while (true) {
    // expand the search space; H = VᵀMV grows by one row/column per new vector
    let added = 0;
    for (const q of queue) {
      if (V.length >= maxBasis) break;
      const v = Float64Array.from(q);
      const before = Math.sqrt(dot(v, v));
      const after = orthogonalize(v, V);
      if (!(after > 1e-10 * before) || after === 0) continue;
      for (let i = 0; i < n; i++) v[i] /= after;
      const w = new Float64Array(n);
      apply(v, w);
      matvecs++;
      for (let i = 0; i < n; i++)
        if (!Number.isFinite(w[i]))
          throw new QuireError(`topEigenpairs: the operator returned ${w[i]} at entry ${i}; expected finite values`);
      added++;
      const col: number[] = [];
      for (let i = 0; i < V.length; i++) col.push(0.5 * (dot(V[i], w) + dot(v, W[i])));
      col.push(dot(v, w));
      Hcols.push(col);
      V.push(v);
      W.push(w);
    }
    queue = [];
    const m = V.length;
    // Rayleigh–Ritz
    const H = new Float64Array(m * m);
    for (let j = 0; j < m; j++)
      for (let i = 0; i <= j; i++) {
        H[i * m + j] = Hcols[j][i];
        H[j * m + i] = Hcols[j][i];
      }
    const { values: theta, vectors: S } = jacobiEig(H, m);
    let scale = 0;
    for (let i = 0; i < m; i++) scale = Math.max(scale, Math.abs(theta[i]));
    const ritz = (count: number): { X: Float64Array[]; MX: Float64Array[] } => {
      const X: Float64Array[] = [];
      const MX: Float64Array[] = [];
      for (let c = 0; c < count; c++) {
        const x = new Float64Array(n);
        const mx = new Float64Array(n);
        for (let j = 0; j < m; j++) {
          const s = S[j * m + c];
          if (s === 0) continue;
          const vj = V[j];
          const wj = W[j];
          for (let i = 0; i < n; i++) {
            x[i] += s * vj[i];
            mx[i] += s * wj[i];
          }
        }
        X.push(x);
        MX.push(mx);
      }
      return { X, MX };
    };
    const nk = Math.min(k, m);
    const { X, MX } = ritz(nk);
    residual = 0;
    const unconverged: { r: Float64Array; theta: number }[] = [];
    const kk = nk;
    for (let c = 0; c < kk; c++) {
      const r = new Float64Array(n);
      for (let i = 0; i < n; i++) r[i] = MX[c][i] - theta[c] * X[c][i];
      const rel = Math.sqrt(dot(r, r)) / (scale > 0 ? scale : 1);
      residual = Math.max(residual, rel);
      if (rel > tol) unconverged.push({ r, theta: theta[c] });
    }
    if (kk === k) {
      values = Float64Array.from(theta.subarray(0, k));
      vectors = new Float64Array(n * k);
      for (let c = 0; c < k; c++) for (let i = 0; i < n; i++) vectors[i * k + c] = X[c][i];
    }
    if (kk === k && (unconverged.length === 0 || m === n))
      return { values, vectors, matvecs, converged: true, residual: m === n ? 0 : residual };
    if (matvecs >= maxMatvecs) return { values, vectors, matvecs, converged: false, residual };
    // thick restart when full
    if (m + Math.max(unconverged.length, 1) > maxBasis) {
      const kept = ritz(Math.min(keep, m));
      V = kept.X;
      W = kept.MX;
      Hcols = V.map((_, j) => Array.from({ length: j + 1 }, (_, i) => (i === j ? theta[j] : 0)));
    }
    for (const { r, theta: th } of unconverged) {
      if (opts.precondition) {
        const t = new Float64Array(n);
        opts.precondition(r, th, t);
        queue.push(t);
      } else queue.push(r);
    }
    // no new direction (all candidates were dependent): add a random one, a bounded number of times
    if (queue.length === 0 || kk < k || added === 0) {
      queue.push(rng.fillNormal(new Float64Array(n)));
      if (++randomTries > 4 * n) return { values, vectors, matvecs, converged: false, residual };
    }
  }
}
