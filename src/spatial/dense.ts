/**
 * Small flat row-major dense kernels for the spatial system: LU (from core/dense),
 * Gram products and an orthonormality check. Inner kernels: they trust their callers.
 */

import { type FlatLu, luFactorFlat, luSolveFlat } from '../core/dense.js';

/** An LU factorization P·A = L·U (the shared flat kernel in core). */
export type LuFactor = FlatLu;

/** LU with partial pivoting of a row-major n×n matrix (copied); pivots ≤ 1e-13·max|A| count as singular. */
export function luFactor(a: Float64Array, n: number): LuFactor {
  return luFactorFlat(a, n, { tolerance: 1e-13 });
}

/** Solve A·X = B for a row-major n×m right-hand side B; returns X (n×m). */
export function luSolve(f: LuFactor, b: Float64Array, m: number): Float64Array {
  return luSolveFlat(f, b, m);
}

/** G = AᵀB for row-major A (n×p) and B (n×q): p×q. */
export function gramAB(a: Float64Array, b: Float64Array, n: number, p: number, q: number, out = new Float64Array(p * q)): Float64Array {
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const ao = i * p;
    const bo = i * q;
    for (let r = 0; r < p; r++) {
      const v = a[ao + r];
      if (v === 0) continue;
      const oo = r * q;
      for (let c = 0; c < q; c++) out[oo + c] += v * b[bo + c];
    }
  }
  return out;
}

/** max |(AᵀA − I)_ij| for a row-major n×k matrix A: how far its columns are from orthonormal. */
export function orthonormalityError(a: Float64Array, n: number, k: number): number {
  const g = gramAB(a, a, n, k, k);
  let e = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) e = Math.max(e, Math.abs(g[i * k + j] - (i === j ? 1 : 0)));
  return e;
}

/** Symmetric eigendecomposition of a small row-major k×k matrix by cyclic Jacobi; values descending, vectors as columns (row-major k×k). */
export function jacobiEig(a: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const m = Float64Array.from(a);
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) m[i * k + j] = m[j * k + i] = 0.5 * (m[i * k + j] + m[j * k + i]);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let tot = 0;
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) {
        const x = m[i * k + j] * m[i * k + j];
        tot += x;
        if (i !== j) off += x;
      }
    if (off <= 1e-30 * tot || off === 0) break;
    for (let p = 0; p < k - 1; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = m[p * k + q];
        if (apq === 0) continue;
        const theta = (m[q * k + q] - m[p * k + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const mrp = m[r * k + p];
          const mrq = m[r * k + q];
          m[r * k + p] = c * mrp - s * mrq;
          m[r * k + q] = s * mrp + c * mrq;
        }
        for (let r = 0; r < k; r++) {
          const mpr = m[p * k + r];
          const mqr = m[q * k + r];
          m[p * k + r] = c * mpr - s * mqr;
          m[q * k + r] = s * mpr + c * mqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p];
          const vrq = v[r * k + q];
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const order = Array.from({ length: k }, (_, i) => i).sort((i, j) => m[j * k + j] - m[i * k + i]);
  const values = new Float64Array(k);
  const vectors = new Float64Array(k * k);
  for (let c = 0; c < k; c++) {
    values[c] = m[order[c] * k + order[c]];
    for (let r = 0; r < k; r++) vectors[r * k + c] = v[r * k + order[c]];
  }
  return { values, vectors };
}

/** Cholesky A = L·Lᵀ of a row-major SPD n×n matrix; returns L (row-major, lower) or null if not SPD. */
export function choleskyFlat(a: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const jo = j * n;
    let s = a[jo + j];
    for (let p = 0; p < j; p++) s -= l[jo + p] * l[jo + p];
    if (!(s > 0)) return null;
    const d = Math.sqrt(s);
    l[jo + j] = d;
    for (let i = j + 1; i < n; i++) {
      const io = i * n;
      let t = a[io + j];
      for (let p = 0; p < j; p++) t -= l[io + p] * l[jo + p];
      l[io + j] = t / d;
    }
  }
  return l;
}

/** Solve L·Lᵀ·x = b in place for one vector, with L from choleskyFlat. */
export function choleskySolveVec(l: Float64Array, n: number, b: Float64Array): Float64Array {
  for (let i = 0; i < n; i++) {
    const io = i * n;
    let s = b[i];
    for (let p = 0; p < i; p++) s -= l[io + p] * b[p];
    b[i] = s / l[io + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i];
    for (let p = i + 1; p < n; p++) s -= l[p * n + i] * b[p];
    b[i] = s / l[i * n + i];
  }
  return b;
}

/** (L·Lᵀ)⁻¹ for L from choleskyFlat (row-major n×n, symmetric), via X = L⁻¹ and XᵀX, row-oriented. */
export function choleskyInverse(l: Float64Array, n: number): Float64Array {
  const x = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const io = i * n;
    x[io + i] = 1;
    for (let p = 0; p < i; p++) {
      const f = l[io + p];
      if (f === 0) continue;
      const po = p * n;
      for (let j = 0; j <= p; j++) x[io + j] -= f * x[po + j];
    }
    const d = l[io + i];
    for (let j = 0; j <= i; j++) x[io + j] /= d;
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const io = i * n;
    for (let j = 0; j <= i; j++) {
      const xij = x[io + j];
      if (xij === 0) continue;
      const jo = j * n;
      for (let k = 0; k <= j; k++) out[jo + k] += xij * x[io + k];
    }
  }
  for (let j = 0; j < n; j++) for (let k = 0; k < j; k++) out[k * n + j] = out[j * n + k];
  return out;
}

/** A solver x ↦ (L·Lᵀ)⁻¹x (in place) that keeps a transposed copy of L for contiguous back-substitution. */
export function choleskySolver(l: Float64Array, n: number): (b: Float64Array) => Float64Array {
  const lt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) lt[j * n + i] = l[i * n + j];
  return (b) => {
    for (let i = 0; i < n; i++) {
      const io = i * n;
      let s = b[i];
      for (let p = 0; p < i; p++) s -= l[io + p] * b[p];
      b[i] = s / l[io + i];
    }
    for (let i = n - 1; i >= 0; i--) {
      const io = i * n;
      let s = b[i];
      for (let p = i + 1; p < n; p++) s -= lt[io + p] * b[p];
      b[i] = s / lt[io + i];
    }
    return b;
  };
}
