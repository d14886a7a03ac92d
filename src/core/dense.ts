/**
 * Flat row-major dense kernels (Float64Array) for systems whose hot loops hold typed arrays
 * rather than `Matrix` objects. Part of the linear-algebra seam: inner kernels, they trust
 * their callers (shapes and finiteness are the caller's to check).
 */

/** P·A = L·U, stored in place (row-major n×n, unit L below the diagonal, U on and above). */
export interface FlatLu {
  n: number;
  lu: Float64Array;
  /** row i of P·A is row perm[i] of A */
  perm: Int32Array;
  /** a pivot was zero (≤ tolerance · max|A|) or not finite; its column was skipped */
  singular: boolean;
  /** smallest and largest |pivot| met (a cheap conditioning hint) */
  pivotMin: number;
  pivotMax: number;
}

/**
 * LU with partial pivoting of a row-major n×n matrix (copied).
 * @param tolerance - a pivot ≤ tolerance·max|A| counts as zero (default 0: exactly zero)
 */
export function luFactorFlat(a: ArrayLike<number>, n: number, { tolerance = 0 } = {}): FlatLu {
  const lu = Float64Array.from(a);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let scale = 0;
  if (tolerance > 0) for (let i = 0; i < n * n; i++) scale = Math.max(scale, Math.abs(lu[i]));
  const zero = tolerance * scale;
  let singular = false;
  let pivotMin = Infinity;
  let pivotMax = 0;
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(lu[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(lu[i * n + k]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (!(best > zero) || !Number.isFinite(best)) {
      singular = true;
      continue;
    }
    if (best < pivotMin) pivotMin = best;
    if (best > pivotMax) pivotMax = best;
    if (p !== k) {
      const ko = k * n;
      const po = p * n;
      for (let j = 0; j < n; j++) {
        const t = lu[ko + j];
        lu[ko + j] = lu[po + j];
        lu[po + j] = t;
      }
      const t = perm[k];
      perm[k] = perm[p];
      perm[p] = t;
    }
    const inv = 1 / lu[k * n + k];
    const ko = k * n;
    for (let i = k + 1; i < n; i++) {
      const io = i * n;
      const l = (lu[io + k] *= inv);
      if (l === 0) continue;
      for (let j = k + 1; j < n; j++) lu[io + j] -= l * lu[ko + j];
    }
  }
  return { n, lu, perm, singular, pivotMin, pivotMax };
}

/** X = A⁻¹B for a factored A and a row-major n×m right-hand side B; returns X (n×m). */
export function luSolveFlat(f: FlatLu, b: ArrayLike<number>, m: number): Float64Array {
  const { n, lu, perm } = f;
  const x = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const src = perm[i] * m;
    for (let j = 0; j < m; j++) x[i * m + j] = b[src + j];
  }
  for (let i = 1; i < n; i++) {
    const io = i * m;
    for (let k = 0; k < i; k++) {
      const l = lu[i * n + k];
      if (l === 0) continue;
      const ko = k * m;
      for (let j = 0; j < m; j++) x[io + j] -= l * x[ko + j];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const io = i * m;
    for (let k = i + 1; k < n; k++) {
      const u = lu[i * n + k];
      if (u === 0) continue;
      const ko = k * m;
      for (let j = 0; j < m; j++) x[io + j] -= u * x[ko + j];
    }
    const d = 1 / lu[i * n + i];
    for (let j = 0; j < m; j++) x[io + j] *= d;
  }
  return x;
}
