/**
 * Pure-TypeScript twins of the WebAssembly kernels in src/core/wasm/kernels.c, on flat
 * row-major Float64Arrays. core/linalg uses them when WebAssembly SIMD is unavailable (or
 * for tiny operands, where copying into the module costs more than the work); the tests
 * check each against its WASM twin. Inner kernels: they trust their callers.
 */

/**
 * Row-major GEMM: C (m×n) = A (m×k) · B (k×n), or C += A·B when `accumulate`. A 4×4
 * register-blocked micro-kernel with plain dot products for the edge rows and columns.
 */
export function gemmTs(
  A: Float64Array,
  B: Float64Array,
  m: number,
  k: number,
  n: number,
  C = new Float64Array(m * n),
  accumulate = false,
): Float64Array {
  const m4 = m - (m % 4);
  const n4 = n - (n % 4);
  const acc = accumulate ? 1 : 0;
  for (let i = 0; i < m4; i += 4) {
    const a0o = i * k;
    const a1o = a0o + k;
    const a2o = a1o + k;
    const a3o = a2o + k;
    for (let j = 0; j < n4; j += 4) {
      let c00 = 0,
        c01 = 0,
        c02 = 0,
        c03 = 0,
        c10 = 0,
        c11 = 0,
        c12 = 0,
        c13 = 0;
      let c20 = 0,
        c21 = 0,
        c22 = 0,
        c23 = 0,
        c30 = 0,
        c31 = 0,
        c32 = 0,
        c33 = 0;
      for (let p = 0, bo = j; p < k; p++, bo += n) {
        const b0 = B[bo];
        const b1 = B[bo + 1];
        const b2 = B[bo + 2];
        const b3 = B[bo + 3];
        const a0 = A[a0o + p];
        const a1 = A[a1o + p];
        const a2 = A[a2o + p];
        const a3 = A[a3o + p];
        c00 += a0 * b0;
        c01 += a0 * b1;
        c02 += a0 * b2;
        c03 += a0 * b3;
        c10 += a1 * b0;
        c11 += a1 * b1;
        c12 += a1 * b2;
        c13 += a1 * b3;
        c20 += a2 * b0;
        c21 += a2 * b1;
        c22 += a2 * b2;
        c23 += a2 * b3;
        c30 += a3 * b0;
        c31 += a3 * b1;
        c32 += a3 * b2;
        c33 += a3 * b3;
      }
      let o = i * n + j;
      C[o] = acc * C[o] + c00;
      C[o + 1] = acc * C[o + 1] + c01;
      C[o + 2] = acc * C[o + 2] + c02;
      C[o + 3] = acc * C[o + 3] + c03;
      o += n;
      C[o] = acc * C[o] + c10;
      C[o + 1] = acc * C[o + 1] + c11;
      C[o + 2] = acc * C[o + 2] + c12;
      C[o + 3] = acc * C[o + 3] + c13;
      o += n;
      C[o] = acc * C[o] + c20;
      C[o + 1] = acc * C[o + 1] + c21;
      C[o + 2] = acc * C[o + 2] + c22;
      C[o + 3] = acc * C[o + 3] + c23;
      o += n;
      C[o] = acc * C[o] + c30;
      C[o + 1] = acc * C[o + 1] + c31;
      C[o + 2] = acc * C[o + 2] + c32;
      C[o + 3] = acc * C[o + 3] + c33;
    }
  }
  for (let i = 0; i < m; i++) {
    const ao = i * k;
    for (let j = i < m4 ? n4 : 0; j < n; j++) {
      let s = 0;
      for (let p = 0, bo = j; p < k; p++, bo += n) s += A[ao + p] * B[bo];
      C[i * n + j] = acc * C[i * n + j] + s;
    }
  }
  return C;
}

/**
 * Blocked Householder tridiagonalisation (dsytrd/dlatrd, lower) of a full symmetric row-major
 * n×n `a` (destroyed: row k then holds reflector k at entries k+1.. with a leading 1, tau[k]
 * its scale): d the diagonal, e[i] = T[i+1][i]. The twin of kernels.c `tridiag`: panels of
 * `nb` columns reduced with a lower-triangle symv (row j at entries j..n−1 is column j of the
 * lower triangle), then the trailing rank-2·nb update A −= V Wᵀ + W Vᵀ on the upper part of
 * each row.
 */
export function tridiagTs(n: number, a: Float64Array, d: Float64Array, e: Float64Array, tau: Float64Array, nb = 32): void {
  if (n === 1) {
    d[0] = a[0];
    return;
  }
  const Wt = new Float64Array(nb * n);
  const y = new Float64Array(n);
  for (let k0 = 0; k0 < n; k0 += nb) {
    const b = Math.min(nb, n - k0);
    for (let jj = 0; jj < b; jj++) {
      const i = k0 + jj;
      const io = i * n;
      for (let p = 0; p < jj; p++) {
        const vo = (k0 + p) * n;
        const wo = p * n;
        const wi = Wt[wo + i];
        const vi = a[vo + i];
        for (let r = i; r < n; r++) a[io + r] -= wi * a[vo + r] + vi * Wt[wo + r];
      }
      d[i] = a[io + i];
      if (i === n - 1) break;
      const m = n - i - 1;
      const xo = io + i + 1;
      const alpha = a[xo];
      let xn2 = 0;
      for (let r = 1; r < m; r++) xn2 += a[xo + r] * a[xo + r];
      const wo = jj * n;
      if (xn2 === 0) {
        e[i] = alpha;
        tau[i] = 0;
        for (let r = i + 1; r < n; r++) Wt[wo + r] = 0;
        continue;
      }
      let beta = Math.sqrt(alpha * alpha + xn2);
      if (alpha > 0) beta = -beta;
      const t = (beta - alpha) / beta;
      const sc = 1 / (alpha - beta);
      for (let r = 1; r < m; r++) a[xo + r] *= sc;
      a[xo] = 1;
      e[i] = beta;
      tau[i] = t;
      // y = A22 v over the lower triangle (v[r] = a[io + r], r > i)
      for (let r = i + 1; r < n; r++) y[r] = 0;
      for (let j = i + 1; j < n; j++) {
        const jo = j * n;
        const vj = a[io + j];
        let s = a[jo + j] * vj;
        for (let r = j + 1; r < n; r++) {
          s += a[jo + r] * a[io + r];
          y[r] += vj * a[jo + r];
        }
        y[j] += s;
      }
      for (let p = 0; p < jj; p++) {
        const vo = (k0 + p) * n;
        const po = p * n;
        let sw = 0;
        let sv = 0;
        for (let r = i + 1; r < n; r++) {
          sw += Wt[po + r] * a[io + r];
          sv += a[vo + r] * a[io + r];
        }
        for (let r = i + 1; r < n; r++) y[r] -= sw * a[vo + r] + sv * Wt[po + r];
      }
      let yv = 0;
      for (let r = i + 1; r < n; r++) yv += y[r] * a[io + r];
      const h = 0.5 * t * t * yv;
      for (let r = i + 1; r < n; r++) Wt[wo + r] = t * y[r] - h * a[io + r];
    }
    const s = k0 + b;
    if (s >= n) break;
    // trailing update, upper part of rows s..n−1
    for (let j = s; j < n; j++) {
      const jo = j * n;
      for (let p = 0; p < b; p++) {
        const vo = (k0 + p) * n;
        const po = p * n;
        const wj = Wt[po + j];
        const vj = a[vo + j];
        for (let r = j; r < n; r++) a[jo + r] -= wj * a[vo + r] + vj * Wt[po + r];
      }
    }
  }
}

/** W = Qᵀ from the reflectors left by tridiagTs (twin of kernels.c `formQt`). */
export function formQtTs(n: number, a: Float64Array, tau: Float64Array, W: Float64Array): void {
  W.fill(0);
  for (let i = 0; i < n; i++) W[i * n + i] = 1;
  for (let k = n - 3; k >= 0; k--) {
    const t = tau[k];
    if (t === 0) continue;
    const vo = k * n + k + 1;
    const m = n - k - 1;
    for (let i = k + 1; i < n; i++) {
      const io = i * n + k + 1;
      let s = 0;
      for (let j = 0; j < m; j++) s += W[io + j] * a[vo + j];
      const zi = t * s;
      for (let j = 0; j < m; j++) W[io + j] -= zi * a[vo + j];
    }
  }
}

/**
 * Implicit QL on the tridiagonal (d, e; e[n-1] is scratch), rotating the rows of W (when
 * given) with each rotation, then sorting ascending. Twin of kernels.c `tql`.
 * @returns 0, or 1 when an eigenvalue took more than 60 iterations
 */
export function tqlTs(n: number, d: Float64Array, e: Float64Array, W: Float64Array | null): number {
  const eps = 2.220446049250313e-16;
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let m = l;
    while (m < n - 1 && !(Math.abs(e[m]) <= eps * tst1)) m++;
    if (m > l) {
      let iter = 0;
      do {
        if (++iter > 60) return 1;
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[m];
        let c = 1;
        let c2 = 1;
        let c3 = 1;
        const el1 = e[l + 1];
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          if (W) {
            const xo = i * n;
            const yo = xo + n;
            for (let j = 0; j < n; j++) {
              const x = W[xo + j];
              const y = W[yo + j];
              W[xo + j] = c * x - s * y;
              W[yo + j] = s * x + c * y;
            }
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > eps * tst1);
    }
    d[l] += f;
    e[l] = 0;
  }
  for (let i = 0; i < n - 1; i++) {
    let k = i;
    let p = d[i];
    for (let j = i + 1; j < n; j++)
      if (d[j] < p) {
        k = j;
        p = d[j];
      }
    if (k !== i) {
      d[k] = d[i];
      d[i] = p;
      if (W) {
        const xo = i * n;
        const yo = k * n;
        for (let j = 0; j < n; j++) {
          const t = W[xo + j];
          W[xo + j] = W[yo + j];
          W[yo + j] = t;
        }
      }
    }
  }
  return 0;
}

function hypot(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  const m = a > b ? a : b;
  const s = a > b ? b : a;
  if (m === 0) return 0;
  const r = s / m;
  return m * Math.sqrt(1 + r * r);
}

/** Lower Cholesky in place (upper part zeroed); 0, or j+1 when leading minor j is not positive (twin of kernels.c). */
export function choleskyTs(n: number, a: Float64Array): number {
  for (let j = 0; j < n; j++) {
    const jo = j * n;
    let s = a[jo + j];
    for (let p = 0; p < j; p++) s -= a[jo + p] * a[jo + p];
    if (!(s > 0)) return j + 1;
    const dj = Math.sqrt(s);
    const inv = 1 / dj;
    a[jo + j] = dj;
    for (let i = j + 1; i < n; i++) {
      const io = i * n;
      let t = a[io + j];
      for (let p = 0; p < j; p++) t -= a[io + p] * a[jo + p];
      a[io + j] = t * inv;
    }
  }
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) a[i * n + j] = 0;
  return 0;
}

/**
 * LU with partial pivoting in place (twin of kernels.c `lu`): unit L below the diagonal, U on
 * and above; row i of P·A is row perm[i] of A. A pivot ≤ `zero` (or not finite) is skipped.
 * @returns the number of skipped pivots; stats[0], stats[1] the smallest and largest |pivot|
 */
export function luTs(n: number, a: Float64Array, perm: Int32Array, zero: number, stats: Float64Array): number {
  let singular = 0;
  let pmin = Infinity;
  let pmax = 0;
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let k = 0; k < n; k++) {
    let piv = k;
    let best = Math.abs(a[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]);
      if (v > best) {
        best = v;
        piv = i;
      }
    }
    if (!(best > zero) || !Number.isFinite(best)) {
      singular++;
      continue;
    }
    if (best < pmin) pmin = best;
    if (best > pmax) pmax = best;
    const ko = k * n;
    if (piv !== k) {
      const po = piv * n;
      for (let j = 0; j < n; j++) {
        const t = a[ko + j];
        a[ko + j] = a[po + j];
        a[po + j] = t;
      }
      const t = perm[k];
      perm[k] = perm[piv];
      perm[piv] = t;
    }
    const inv = 1 / a[ko + k];
    for (let i = k + 1; i < n; i++) {
      const io = i * n;
      const l = (a[io + k] *= inv);
      if (l === 0) continue;
      for (let j = k + 1; j < n; j++) a[io + j] -= l * a[ko + j];
    }
  }
  stats[0] = pmin;
  stats[1] = pmax;
  return singular;
}
