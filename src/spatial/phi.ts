/**
 * The Φ-step pieces: the smoothness-penalized operator M = (T/b)·Z_cᵀZ_c − τ₁Ω, its
 * top-K eigenvectors, the IRL₁ soft-threshold iteration and the polar retraction. Inner
 * kernels: they trust their callers.
 */
import { QuireError } from '../core/errors.js';
import { jacobiEig, orthonormalityError } from '../core/linalg.js';
import { type SymOperator, topEigenpairs } from './eigs.js';

/**
 * The operator v ↦ scale·Zᵀ(Z v) − τ₁·Ω v for a row-major b×N block Z (already centred)
 * and a row-major N×N Ω (ignored when tau1 = 0).
 */
export function penalizedGramOperator(
  Z: Float64Array,
  b: number,
  n: number,
  scale: number,
  omega: Float64Array | null,
  tau1: number,
): SymOperator {
  const zv = new Float64Array(b);
  return (v, out) => {
    for (let t = 0; t < b; t++) {
      let s = 0;
      const o = t * n;
      for (let i = 0; i < n; i++) s += Z[o + i] * v[i];
      zv[t] = s * scale;
    }
    out.fill(0);
    for (let t = 0; t < b; t++) {
      const s = zv[t];
      if (s === 0) continue;
      const o = t * n;
      for (let i = 0; i < n; i++) out[i] += s * Z[o + i];
    }
    if (omega && tau1 > 0) {
      for (let i = 0; i < n; i++) {
        let s = 0;
        const o = i * n;
        for (let j = 0; j < n; j++) s += omega[o + j] * v[j];
        out[i] -= tau1 * s;
      }
    }
  };
}

/** Apply a symmetric operator to each column of a row-major n×k block. */
export function applyBlock(op: SymOperator, X: Float64Array, n: number, k: number, out = new Float64Array(n * k)): Float64Array {
  const v = new Float64Array(n);
  const w = new Float64Array(n);
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < n; i++) v[i] = X[i * k + c];
    op(v, w);
    for (let i = 0; i < n; i++) out[i * k + c] = w[i];
  }
  return out;
}

/** ‖M‖₂ by power iteration (max |eigenvalue|), from a deterministic start, times a 1.02 safety factor. */
export function spectralNormEstimate(op: SymOperator, n: number, iters = 40): number {
  let v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = 1 + ((i * 7919) % 13) / 13;
  let w = new Float64Array(n);
  let lam = 0;
  for (let it = 0; it < iters; it++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += v[i] * v[i];
    s = Math.sqrt(s);
    if (s === 0) return 0;
    for (let i = 0; i < n; i++) v[i] /= s;
    op(v, w);
    let nw = 0;
    for (let i = 0; i < n; i++) nw += w[i] * w[i];
    lam = Math.sqrt(nw);
    [v, w] = [w, v];
  }
  return 1.02 * lam;
}

/**
 * Polar retraction: the orthonormal factor U·Vᵀ of Y = U·S·Vᵀ (row-major n×k), via the
 * eigendecomposition of the k×k Gram matrix, applied twice for accuracy. Columns of Y with
 * (numerically) zero singular values are completed from `fallback` (e.g. the previous basis)
 * by Gram–Schmidt, so the result always has orthonormal columns.
 */
export function polarRetractFlat(Y: Float64Array, n: number, k: number, fallback?: Float64Array): Float64Array {
  let X = Y;
  for (let pass = 0; pass < 2; pass++) {
    const G = new Float64Array(k * k);
    for (let i = 0; i < n; i++)
      for (let a = 0; a < k; a++) {
        const xa = X[i * k + a];
        if (xa === 0) continue;
        for (let b = a; b < k; b++) G[a * k + b] += xa * X[i * k + b];
      }
    for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) G[a * k + b] = G[b * k + a];
    const { values, vectors: V } = jacobiEig(G, k);
    const smax = Math.max(values[0], 0);
    // Q = X·V·S^{-1/2} (columns orthonormal where s > 0)
    const Q = new Float64Array(n * k);
    const good: boolean[] = [];
    for (let c = 0; c < k; c++) good.push(values[c] > 1e-20 * smax && values[c] > 0);
    for (let i = 0; i < n; i++)
      for (let c = 0; c < k; c++) {
        if (!good[c]) continue;
        let s = 0;
        for (let a = 0; a < k; a++) s += X[i * k + a] * V[a * k + c];
        Q[i * k + c] = s / Math.sqrt(values[c]);
      }
    if (good.some((g) => !g)) completeColumns(Q, n, k, good, fallback);
    // U·Vᵀ = Q·Vᵀ
    const out = new Float64Array(n * k);
    for (let i = 0; i < n; i++)
      for (let b = 0; b < k; b++) {
        let s = 0;
        for (let c = 0; c < k; c++) s += Q[i * k + c] * V[b * k + c];
        out[i * k + b] = s;
      }
    X = out;
    if (pass === 0 && orthonormalityError(X, n, k) < 1e-15) break;
  }
  return X;
}

/** Fill the columns of Q marked bad with unit vectors orthogonal to the rest (from fallback, then coordinate vectors). */
function completeColumns(Q: Float64Array, n: number, k: number, good: boolean[], fallback?: Float64Array): void {
  const cands: Float64Array[] = [];
  if (fallback) for (let c = 0; c < k; c++) cands.push(Float64Array.from({ length: n }, (_, i) => fallback[i * k + c]));
  for (let e = 0; e < n && cands.length < k + n; e++) {
    const v = new Float64Array(n);
    v[e] = 1;
    cands.push(v);
  }
  let ci = 0;
  for (let c = 0; c < k; c++) {
    if (good[c]) continue;
    while (ci < cands.length) {
      const v = Float64Array.from(cands[ci++]);
      for (let pass = 0; pass < 2; pass++)
        for (let o = 0; o < k; o++) {
          if (!good[o]) continue;
          let s = 0;
          for (let i = 0; i < n; i++) s += Q[i * k + o] * v[i];
          for (let i = 0; i < n; i++) v[i] -= s * Q[i * k + o];
        }
      let nv = 0;
      for (let i = 0; i < n; i++) nv += v[i] * v[i];
      nv = Math.sqrt(nv);
      if (nv > 1e-6) {
        for (let i = 0; i < n; i++) Q[i * k + c] = v[i] / nv;
        good[c] = true;
        break;
      }
    }
  }
}

/**
 * One IRL₁ Φ-step (the notes' A2 step 1 with τ₂ > 0): repeat at most `maxIter` times
 *   Y = Φ + 2α·MΦ,  W = 1/(|Φ| + 1e-6),  Φ ← polar(sign(Y)·max(|Y| − ατ₂W, 0)),
 * with α = 1/(2‖M‖₂), stopping when ‖ΔΦ‖_F < 5e-4. Returns the new Φ and the orthonormality
 * error measured after every retraction.
 */
export function irl1Step(
  op: SymOperator,
  phi: Float64Array,
  n: number,
  k: number,
  tau2: number,
  normM: number,
  maxIter = 10,
): { phi: Float64Array; orthErrors: number[]; iterations: number } {
  const alpha = normM > 0 ? 1 / (2 * normM) : 0;
  let cur = phi;
  const orthErrors: number[] = [];
  const MPhi = new Float64Array(n * k);
  let it = 0;
  for (; it < maxIter; it++) {
    applyBlock(op, cur, n, k, MPhi);
    const Y = new Float64Array(n * k);
    for (let i = 0; i < n * k; i++) {
      const y = cur[i] + 2 * alpha * MPhi[i];
      const thr = (alpha * tau2) / (Math.abs(cur[i]) + 1e-6);
      const a = Math.abs(y) - thr;
      Y[i] = a > 0 ? Math.sign(y) * a : 0;
    }
    const next = polarRetractFlat(Y, n, k, cur);
    orthErrors.push(orthonormalityError(next, n, k));
    let d = 0;
    for (let i = 0; i < n * k; i++) d += (next[i] - cur[i]) ** 2;
    cur = next;
    if (Math.sqrt(d) < 5e-4) {
      it++;
      break;
    }
  }
  return { phi: cur, orthErrors, iterations: it };
}

/** Top-K eigenvectors of the operator (warm-started), as a row-major n×k basis. */
export function topKBasis(
  op: SymOperator,
  n: number,
  k: number,
  start: Float64Array | null,
  precondition: ((r: Float64Array, theta: number, out: Float64Array) => void) | undefined,
  seed: number,
): { phi: Float64Array; values: Float64Array; matvecs: number; converged: boolean } {
  const r = topEigenpairs(op, n, k, { start: start ?? undefined, startCols: start ? k : 0, precondition, seed, tol: 1e-9 });
  return { phi: r.vectors, values: r.values, matvecs: r.matvecs, converged: r.converged };
}

/**
 * Closed-form Z-step (regression): argmin_Z ‖Z(I − ΦΦᵀ)‖²_F + (ρ/2)‖Z − A‖²_F
 *   = ρ/(ρ+2)·A + 2/(ρ+2)·A·ΦΦᵀ,
 * for a row-major b×N block A = R − U and an orthonormal N×K basis Φ. Written into out;
 * `norms` receives ‖A‖²_F and ‖AΦ‖²_F (so ‖Z(I − ΦΦᵀ)‖² = (ρ/(ρ+2))²(‖A‖² − ‖AΦ‖²)).
 */
export function zStepFlat(
  A: Float64Array,
  b: number,
  n: number,
  phi: Float64Array,
  k: number,
  rho: number,
  out = new Float64Array(b * n),
  norms?: { a2: number; proj2: number },
): Float64Array {
  const c1 = rho / (rho + 2);
  const c2 = 2 / (rho + 2);
  const proj = new Float64Array(k);
  let a2 = 0;
  let p2 = 0;
  for (let t = 0; t < b; t++) {
    const o = t * n;
    proj.fill(0);
    for (let i = 0; i < n; i++) {
      const a = A[o + i];
      if (a === 0) continue;
      a2 += a * a;
      for (let c = 0; c < k; c++) proj[c] += a * phi[i * k + c];
    }
    for (let c = 0; c < k; c++) p2 += proj[c] * proj[c];
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let c = 0; c < k; c++) s += proj[c] * phi[i * k + c];
      out[o + i] = c1 * A[o + i] + c2 * s;
    }
  }
  if (norms) {
    norms.a2 = a2;
    norms.proj2 = p2;
  }
  return out;
}

function checkFlat(fn: string, name: string, a: unknown, length: number): asserts a is Float64Array {
  if (!(a instanceof Float64Array)) throw new QuireError(`${fn}: ${name} must be a Float64Array`);
  if (a.length !== length) throw new QuireError(`${fn}: ${name} has length ${a.length}, expected ${length}`);
  for (let i = 0; i < length; i++)
    if (!Number.isFinite(a[i])) throw new QuireError(`${fn}: ${name}[${i}] must be a finite number, got ${a[i]}`);
}

function checkDims(fn: string, n: number, k: number): void {
  if (!(Number.isInteger(n) && n >= 1)) throw new QuireError(`${fn}: n must be an integer ≥ 1, got ${n}`);
  if (!(Number.isInteger(k) && k >= 1 && k <= n)) throw new QuireError(`${fn}: k must be an integer in [1, ${n}], got ${k}`);
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

/**
 * Polar retraction: the orthonormal factor U·Vᵀ of Y = U·S·Vᵀ (row-major n×k). Y is scaled
 * by 1/max|Y| first (the factor is scale-invariant), so huge and subnormal inputs work; columns
 * with zero singular values are completed from `fallback` (or the identity directions).
 * @param Y - n×k row-major, finite
 * @param n - rows, an integer ≥ 1
 * @param k - columns, an integer in [1, n]
 * @param fallback - optional n×k completion directions, finite
 * @returns n×k with orthonormal columns
 * @throws QuireError on bad sizes or non-finite entries
 * @example polarRetract(new Float64Array([3, 0, 0, 4]), 2, 2) // [1, 0, 0, 1]
 */
export function polarRetract(Y: Float64Array, n: number, k: number, fallback?: Float64Array): Float64Array {
  const fn = 'polarRetract';
  checkDims(fn, n, k);
  checkFlat(fn, 'Y', Y, n * k);
  if (fallback !== undefined) checkFlat(fn, 'fallback', fallback, n * k);
  const m = maxAbs(Y);
  return polarRetractFlat(m > 0 ? Y.map((v) => v / m) : Y, n, k, fallback);
}

/**
 * The closed-form Z-step Z = ρ/(ρ+2)·A + 2/(ρ+2)·A·ΦΦᵀ (see zStepFlat), validated. A is
 * scaled by 1/max|A| inside (the step is linear), so only a result beyond the float range fails.
 * @param A - b×n row-major, finite
 * @param phi - n×k row-major, finite (orthonormal columns expected)
 * @param rho - ADMM penalty, finite and > 0
 * @throws QuireError on bad sizes, non-finite input, ρ ≤ 0, or an overflowing result
 * @example zStep(new Float64Array([1, 1]), 1, 2, new Float64Array([1, 0]), 1, 2) // [1, 0.5]
 */
export function zStep(
  A: Float64Array,
  b: number,
  n: number,
  phi: Float64Array,
  k: number,
  rho: number,
  out = new Float64Array(b * n),
  norms?: { a2: number; proj2: number },
): Float64Array {
  const fn = 'zStep';
  checkDims(fn, n, k);
  if (!(Number.isInteger(b) && b >= 1)) throw new QuireError(`${fn}: b must be an integer ≥ 1, got ${b}`);
  if (!(rho > 0) || !Number.isFinite(rho)) throw new QuireError(`${fn}: rho must be finite and > 0, got ${rho}`);
  checkFlat(fn, 'A', A, b * n);
  checkFlat(fn, 'phi', phi, n * k);
  const m = maxAbs(A);
  const s = m > 0 ? m : 1;
  zStepFlat(
    A.map((v) => v / s),
    b,
    n,
    phi,
    k,
    rho,
    out,
    norms,
  );
  for (let i = 0; i < out.length; i++) {
    out[i] *= s;
    if (!Number.isFinite(out[i])) throw new QuireError(`${fn}: the result overflows (largest |A| = ${m})`);
  }
  if (norms) {
    norms.a2 *= s * s;
    norms.proj2 *= s * s;
  }
  return out;
}
