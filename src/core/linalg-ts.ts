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

/**
 * The compact WY panel of tridiagTs's reflectors k0 … k0+nb−1 (twin of kernels.c
 * `reflectorPanel`, shared by formQtTs and ormtrTs): over rows and columns k0+1 … n−1
 * (m = n − k0 − 1), H_k0 ··· H_k0+nb−1 = I − V T Vᵀ with
 *   Vt (nb × m, row-major): row r = reflector k0+r, zeros before its leading 1 (all zeros when τ = 0);
 *   T (nb × nb, leading dimension ldt, upper): T[i][i] = τ_i, T[0:i, i] = −τ_i T[0:i, 0:i] (Vt[0:i] · v_i).
 * scratch: nb doubles.
 */
function reflectorPanel(
  n: number,
  a: Float64Array,
  tau: Float64Array,
  k0: number,
  nb: number,
  Vt: Float64Array,
  T: Float64Array,
  ldt: number,
  scratch: Float64Array,
): void {
  const m = n - k0 - 1;
  for (let r = 0; r < nb; r++) {
    const k = k0 + r;
    const vo = r * m;
    const so = k * n + k + 1;
    for (let j = 0; j < r; j++) Vt[vo + j] = 0;
    for (let j = r; j < m; j++) Vt[vo + j] = a[so + j - r];
    if (tau[k] === 0) for (let j = 0; j < m; j++) Vt[vo + j] = 0;
  }
  for (let c = 0; c < nb; c++) {
    const t = tau[k0 + c];
    for (let p = 0; p < c; p++) scratch[p] = dotLikeWasm(Vt, p * m + c, Vt, c * m + c, m - c);
    for (let r = 0; r < c; r++) {
      let sum = 0;
      for (let p = r; p < c; p++) sum += T[r * ldt + p] * scratch[p];
      T[r * ldt + c] = -t * sum;
    }
    T[c * ldt + c] = t;
    for (let r = c + 1; r < nb; r++) T[r * ldt + c] = 0;
  }
}

const QNB = 32;
const ORNB = 64;

/**
 * W = Qᵀ from the reflectors left by tridiagTs, QNB at a time in compact WY form: the trailing
 * block Y ← Y − (Y V) Tᵀ Vᵀ (twin of kernels.c `formQt`, on gemmTs).
 */
export function formQtTs(n: number, a: Float64Array, tau: Float64Array, W: Float64Array): void {
  W.fill(0);
  for (let i = 0; i < n; i++) W[i * n + i] = 1;
  const Vt = new Float64Array(QNB * n);
  const Z = new Float64Array(QNB * n);
  const T = new Float64Array(QNB * QNB);
  const Z2 = new Float64Array(QNB);
  for (let k1 = n - 2; k1 > 0;) {
    const k0 = Math.max(k1 - QNB, 0);
    const nb = k1 - k0;
    const m = n - k0 - 1;
    reflectorPanel(n, a, tau, k0, nb, Vt, T, QNB, Z2);
    // Z = Yb · V (m × nb), Yb = W[k0+1.., k0+1..]
    const yo = (k0 + 1) * n + k0 + 1;
    for (let i = 0; i < m; i++) {
      for (let r = 0; r < nb; r++) Z[i * nb + r] = dotLikeWasm(W, yo + i * n + r, Vt, r * m + r, m - r);
    }
    // Z ← −Z·Tᵀ
    for (let i = 0; i < m; i++) {
      const zo = i * nb;
      for (let r = 0; r < nb; r++) {
        let sum = 0;
        for (let p = r; p < nb; p++) sum += T[r * QNB + p] * Z[zo + p];
        Z2[r] = -sum;
      }
      for (let r = 0; r < nb; r++) Z[zo + r] = Z2[r];
    }
    // Yb += Z · Vt
    const P = gemmTs(Z.subarray(0, m * nb), Vt.subarray(0, nb * m), m, nb, m);
    for (let i = 0; i < m; i++) {
      const wo = yo + i * n;
      const po = i * m;
      for (let j = 0; j < m; j++) W[wo + j] += P[po + j];
    }
    k1 = k0;
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

// ---------------------------------------------------------------------------------------------
// divide and conquer on the tridiagonal (twin of kernels.c stedc: dstedc/dlaed0–4)

const EPS_DC = 1.1102230246251565e-16;
const DCLEAF = 32;

/** Root i of 1/ρ + Σ z_j²/(d_j − λ) (d strictly increasing, k ≥ 2); delta[j] = d_j − λ from the nearer pole. */
function laed4(k: number, d: Float64Array, z: Float64Array, rho: number, i: number, delta: Float64Array, off: number): number {
  const rhoinv = 1 / rho;
  let o: number;
  let p0: number;
  let p1: number;
  let lo: number;
  let hi: number;
  let tau: number;
  if (i < k - 1) {
    const del = d[i + 1] - d[i];
    const mid = del / 2;
    let c = rhoinv;
    for (let j = 0; j < k; j++) if (j !== i && j !== i + 1) c += (z[j] * z[j]) / (d[j] - d[i] - mid);
    const zi2 = z[i] * z[i];
    const zj2 = z[i + 1] * z[i + 1];
    const w = c + zi2 / -mid + zj2 / (del - mid);
    if (w > 0) {
      o = i;
      lo = 0;
      hi = mid;
      const a = c * del + zi2 + zj2;
      const b = zi2 * del;
      const disc = Math.sqrt(Math.abs(a * a - 4 * b * c));
      tau = a > 0 ? (2 * b) / (a + disc) : (a - disc) / (2 * c);
    } else {
      o = i + 1;
      lo = -mid;
      hi = 0;
      const a = c * del - zi2 - zj2;
      const b = zj2 * del;
      const disc = Math.sqrt(Math.abs(a * a + 4 * b * c));
      tau = a < 0 ? (2 * b) / (a - disc) : -(a + disc) / (2 * c);
    }
    p0 = i;
    p1 = i + 1;
  } else {
    let zz = 0;
    for (let j = 0; j < k; j++) zz += z[j] * z[j];
    o = k - 1;
    lo = 0;
    hi = rho * zz;
    tau = hi / 2;
    p0 = k - 2;
    p1 = k - 1;
  }
  if (!(tau > lo && tau < hi)) tau = 0.5 * (lo + hi);
  const dorg = d[o];
  for (let iter = 0; iter < 400; iter++) {
    let psi = 0;
    let dpsi = 0;
    let phi = 0;
    let dphi = 0;
    let err = 0;
    for (let j = 0; j < k; j++) {
      const dj = d[j] - dorg - tau;
      delta[off + j] = dj;
      const t = z[j] / dj;
      const zt = z[j] * t;
      if (j <= p0) {
        psi += zt;
        dpsi += t * t;
      } else {
        phi += zt;
        dphi += t * t;
      }
      err += Math.abs(zt);
    }
    const w = rhoinv + psi + phi;
    const dw = dpsi + dphi;
    if (Math.abs(w) <= EPS_DC * (8 * err + 2 * rhoinv + Math.abs(tau) * dw)) break;
    if (w < 0) lo = Math.max(lo, tau);
    else hi = Math.min(hi, tau);
    if (hi - lo <= 4 * EPS_DC * Math.max(Math.abs(lo), Math.abs(hi))) break;
    const d0 = delta[off + p0];
    const d1 = delta[off + p1];
    const c = w - d0 * dpsi - d1 * dphi;
    const a = (d0 + d1) * w - d0 * d1 * dw;
    const b = d0 * d1 * w;
    let eta = -w / dw;
    if (c !== 0) {
      const disc = a * a - 4 * b * c;
      if (disc >= 0) {
        const sq = Math.sqrt(disc);
        const r1 = (a + (a >= 0 ? sq : -sq)) / (2 * c);
        const r2 = r1 !== 0 ? b / (c * r1) : 0;
        let best = 0;
        let ok = false;
        for (const r of [r1, r2])
          if (w * r < 0 && tau + r > lo && tau + r < hi && (!ok || Math.abs(r) < Math.abs(best))) {
            best = r;
            ok = true;
          }
        if (ok) eta = best;
      }
    } else if (a !== 0 && w * (b / a) < 0) eta = b / a;
    if (!(tau + eta > lo && tau + eta < hi) || w * eta >= 0) eta = ((w < 0 ? hi : lo) - tau) / 2;
    if (eta === 0) break;
    tau += eta;
  }
  for (let j = 0; j < k; j++) delta[off + j] = d[j] - dorg - tau;
  return dorg + tau;
}

function hypotDc(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  const m = a > b ? a : b;
  const s = a > b ? b : a;
  if (m === 0) return 0;
  const r = s / m;
  return m * Math.sqrt(1 + r * r);
}

/** Merge of the solved halves of the block at off (size n, split m) coupled by β u uᵀ, u = e_{m−1} + σ e_m (twin of dcMerge). */
function dcMerge(N: number, off: number, n: number, m: number, beta: number, sigma: number, dd: Float64Array, Zt: Float64Array): void {
  const row = (r: number) => (off + r) * N + off;
  const z = new Float64Array(n);
  const rs2 = Math.SQRT1_2;
  for (let j = 0; j < m; j++) z[j] = Zt[row(j) + m - 1] * rs2;
  for (let j = m; j < n; j++) z[j] = sigma * Zt[row(j) + m] * rs2;
  const rho = 2 * beta;
  const idx = new Int32Array(n);
  for (let a = 0, b = m, t = 0; t < n; t++) idx[t] = b >= n || (a < m && dd[off + a] <= dd[off + b]) ? a++ : b++;
  const ds = new Float64Array(n);
  const zs = new Float64Array(n);
  const typ = new Int32Array(n);
  let dmax = 0;
  let zmax = 0;
  for (let t = 0; t < n; t++) {
    ds[t] = dd[off + idx[t]];
    zs[t] = z[idx[t]];
    typ[t] = idx[t] < m ? 1 : 2;
    dmax = Math.max(dmax, Math.abs(ds[t]));
    zmax = Math.max(zmax, Math.abs(zs[t]));
  }
  const tol = 8 * EPS_DC * Math.max(dmax, zmax);
  const nd: number[] = [];
  const df: number[] = [];
  if (rho * zmax > tol) {
    let pj = -1;
    for (let j = 0; j < n; j++) {
      if (rho * Math.abs(zs[j]) <= tol) {
        df.push(j);
        continue;
      }
      if (pj < 0) {
        pj = j;
        continue;
      }
      let s = zs[pj];
      let c = zs[j];
      const tau = hypotDc(c, s);
      const t = ds[j] - ds[pj];
      c /= tau;
      s = -s / tau;
      if (Math.abs(t * c * s) <= tol) {
        zs[j] = tau;
        zs[pj] = 0;
        const xo = row(idx[pj]);
        const yo = row(idx[j]);
        for (let q = 0; q < n; q++) {
          const x = Zt[xo + q];
          const y = Zt[yo + q];
          Zt[xo + q] = c * x + s * y;
          Zt[yo + q] = c * y - s * x;
        }
        typ[j] |= typ[pj];
        const tt = ds[pj] * c * c + ds[j] * s * s;
        ds[j] = ds[pj] * s * s + ds[j] * c * c;
        ds[pj] = tt;
        df.push(pj);
      } else nd.push(pj);
      pj = j;
    }
    if (pj >= 0) nd.push(pj);
  } else for (let j = 0; j < n; j++) df.push(j);
  const k = nd.length;
  const ord: number[] = [];
  for (const want of [1, 3, 2]) for (let r = 0; r < k; r++) if (typ[nd[r]] === want) ord.push(r);
  const k1 = ord.filter((r) => typ[nd[r]] === 1).length;
  const k3 = ord.filter((r) => typ[nd[r]] === 3).length;
  const dl = Float64Array.from(nd, (j) => ds[j]);
  const zl = Float64Array.from(nd, (j) => zs[j]);
  const lam = new Float64Array(k);
  const S = new Float64Array(k * k);
  if (k === 1) {
    lam[0] = dl[0] + rho * zl[0] * zl[0];
    S[0] = 1;
  } else if (k > 1) {
    for (let i = 0; i < k; i++) lam[i] = laed4(k, dl, zl, rho, i, S, i * k);
    const zh = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      let w = S[j * k + j];
      for (let i = 0; i < k; i++) if (i !== j) w *= S[i * k + j] / (dl[j] - dl[i]);
      const r = Math.sqrt(Math.abs(w));
      zh[j] = zl[j] < 0 ? -r : r;
    }
    const tmp = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let s = 0;
      for (let r = 0; r < k; r++) {
        const j = ord[r];
        tmp[r] = zh[j] / S[i * k + j];
        s += tmp[r] * tmp[r];
      }
      s = 1 / Math.sqrt(s);
      for (let r = 0; r < k; r++) S[i * k + r] = tmp[r] * s;
    }
  }
  // New rows: S · Old, split by the block structure (cols < m use rows [0, k1+k3), cols ≥ m rows [k1, k))
  const New = new Float64Array(n * n);
  for (let i = 0; i < k; i++) {
    for (let r = 0; r < k; r++) {
      const sir = S[i * k + r];
      const xo = row(idx[nd[ord[r]]]);
      if (r < k1 + k3) for (let c = 0; c < m; c++) New[i * n + c] += sir * Zt[xo + c];
      if (r >= k1) for (let c = m; c < n; c++) New[i * n + c] += sir * Zt[xo + c];
    }
  }
  for (let t = 0; t < df.length; t++) {
    const xo = row(idx[df[t]]);
    for (let c = 0; c < n; c++) New[(k + t) * n + c] = Zt[xo + c];
  }
  const val = new Float64Array(n);
  const src = new Int32Array(n);
  for (let i = 0; i < k; i++) {
    val[i] = lam[i];
    src[i] = i;
  }
  for (let t = 0; t < df.length; t++) {
    val[k + t] = ds[df[t]];
    src[k + t] = k + t;
  }
  for (let i = 1; i < n; i++) {
    const x = val[i];
    const s = src[i];
    let j = i - 1;
    while (j >= 0 && val[j] > x) {
      val[j + 1] = val[j];
      src[j + 1] = src[j];
      j--;
    }
    val[j + 1] = x;
    src[j + 1] = s;
  }
  for (let t = 0; t < n; t++) {
    dd[off + t] = val[t];
    const yo = row(t);
    for (let c = 0; c < n; c++) Zt[yo + c] = New[src[t] * n + c];
  }
}

function dcRec(N: number, off: number, n: number, d: Float64Array, e: Float64Array, Zt: Float64Array): number {
  if (n <= DCLEAF) {
    const W = new Float64Array(n * n);
    for (let i = 0; i < n; i++) W[i * n + i] = 1;
    const r = tqlTs(n, d.subarray(off, off + n), e.subarray(off, off + n), W);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) Zt[(off + i) * N + off + j] = W[i * n + j];
    return r;
  }
  const m = n >> 1;
  const rho = e[off + m - 1];
  const beta = Math.abs(rho);
  d[off + m - 1] -= beta;
  d[off + m] -= beta;
  const r = dcRec(N, off, m, d, e, Zt) || dcRec(N, off + m, n - m, d, e, Zt);
  if (r) return r;
  dcMerge(N, off, n, m, beta, rho < 0 ? -1 : 1, d, Zt);
  return 0;
}

/**
 * Divide and conquer on the symmetric tridiagonal (d, e: e[i] = T[i+1][i], e[n−1] scratch):
 * d ← eigenvalues ascending, Zt (n×n) ← the eigenvectors as rows. Twin of kernels.c `stedc`.
 * @returns 0, or 1 when a QL leaf did not converge
 */
export function stedcTs(n: number, d: Float64Array, e: Float64Array, Zt: Float64Array): number {
  Zt.fill(0);
  let big = 0;
  for (let i = 0; i < n; i++) big = Math.max(big, Math.abs(d[i]));
  for (let i = 0; i + 1 < n; i++) big = Math.max(big, Math.abs(e[i]));
  if (big === 0) {
    for (let i = 0; i < n; i++) Zt[i * n + i] = 1;
    return 0;
  }
  let sc = 1;
  while (big * sc > 2) sc *= 0.5;
  while (big * sc < 0.5) sc *= 2;
  for (let i = 0; i < n; i++) d[i] *= sc;
  for (let i = 0; i + 1 < n; i++) e[i] *= sc;
  const r = dcRec(n, 0, n, d, e, Zt);
  for (let i = 0; i < n; i++) d[i] /= sc;
  return r;
}

/**
 * Z ← Q Z for the Q = H_0 ··· H_{n−3} left by tridiagTs, ORNB reflectors at a time in compact WY
 * form: Z_b ← (I − V T Vᵀ) Z_b (twin of kernels.c `ormtr`, on gemmTs).
 */
export function ormtrTs(n: number, a: Float64Array, tau: Float64Array, Z: Float64Array): void {
  const Vt = new Float64Array(ORNB * n);
  const Vn = new Float64Array(ORNB * n);
  const T = new Float64Array(ORNB * ORNB);
  const scratch = new Float64Array(ORNB);
  for (let k1 = n - 2; k1 > 0;) {
    const k0 = Math.max(k1 - ORNB, 0);
    const nb = k1 - k0;
    const m = n - k0 - 1;
    reflectorPanel(n, a, tau, k0, nb, Vt, T, ORNB, scratch);
    for (let i = 0; i < m; i++) for (let r = 0; r < nb; r++) Vn[i * nb + r] = -Vt[r * m + i];
    const Zb = Z.subarray((k0 + 1) * n, n * n);
    const P = gemmTs(Vt.subarray(0, nb * m), Zb, nb, m, n);
    // P ← T P (T upper: row r uses rows ≥ r, so top-down in place)
    for (let r = 0; r < nb; r++) {
      const ro = r * n;
      const trr = T[r * ORNB + r];
      for (let j = 0; j < n; j++) P[ro + j] *= trr;
      for (let p = r + 1; p < nb; p++) {
        const t = T[r * ORNB + p];
        const po = p * n;
        for (let j = 0; j < n; j++) P[ro + j] += t * P[po + j];
      }
    }
    gemmTs(Vn.subarray(0, m * nb), P, m, nb, n, Zb as Float64Array<ArrayBuffer>, true);
    k1 = k0;
  }
}

function lae2(a: number, b: number, c: number): [number, number] {
  const sm = a + c;
  const adf = Math.abs(a - c);
  const ab = Math.abs(b + b);
  const acmx = Math.abs(a) > Math.abs(c) ? a : c;
  const acmn = Math.abs(a) > Math.abs(c) ? c : a;
  const rt = adf > ab ? adf * Math.sqrt(1 + (ab / adf) ** 2) : adf < ab ? ab * Math.sqrt(1 + (adf / ab) ** 2) : ab * Math.SQRT2;
  if (sm === 0) return [0.5 * rt, -0.5 * rt];
  const rt1 = 0.5 * (sm < 0 ? sm - rt : sm + rt);
  return [rt1, (acmx / rt1) * acmn - (b / rt1) * b];
}

/**
 * Eigenvalues of the symmetric tridiagonal (d, e; e destroyed) by the root-free Pal–Walker–Kahan
 * QL/QR (dsterf): d ← eigenvalues ascending. Twin of kernels.c `sterf`.
 * @returns 0, or 1 when more than 30·n iterations were needed
 */
export function sterfTs(n: number, d: Float64Array, e: Float64Array): number {
  const eps = 1.1102230246251565e-16;
  const eps2 = eps * eps;
  if (n <= 1) return 0;
  let big = 0;
  for (let i = 0; i < n; i++) big = Math.max(big, Math.abs(d[i]));
  for (let i = 0; i + 1 < n; i++) big = Math.max(big, Math.abs(e[i]));
  if (big === 0) return 0;
  let sc = 1;
  while (big * sc > 2) sc *= 0.5;
  while (big * sc < 0.5) sc *= 2;
  for (let i = 0; i < n; i++) d[i] *= sc;
  for (let i = 0; i + 1 < n; i++) e[i] *= sc;
  const nmaxit = 30 * n;
  let jtot = 0;
  let fail = false;
  let l1 = 0;
  while (l1 < n) {
    if (l1 > 0) e[l1 - 1] = 0;
    let m = l1;
    for (; m < n - 1; m++)
      if (Math.abs(e[m]) <= Math.sqrt(Math.abs(d[m])) * Math.sqrt(Math.abs(d[m + 1])) * eps) {
        e[m] = 0;
        break;
      }
    let l = l1;
    let lend = m;
    const lsv = l;
    const lendsv = lend;
    l1 = m + 1;
    if (lend === l) continue;
    for (let i = l; i < lend; i++) e[i] *= e[i];
    if (Math.abs(d[lend]) < Math.abs(d[l])) {
      lend = lsv;
      l = lendsv;
    }
    if (lend >= l) {
      while (l <= lend) {
        if (l !== lend) {
          for (m = l; m < lend; m++) if (Math.abs(e[m]) <= eps2 * Math.abs(d[m] * d[m + 1])) break;
        } else m = lend;
        if (m < lend) e[m] = 0;
        let p = d[l];
        if (m === l) {
          l++;
          continue;
        }
        if (m === l + 1) {
          [d[l], d[l + 1]] = lae2(d[l], Math.sqrt(e[l]), d[l + 1]);
          e[l] = 0;
          l += 2;
          continue;
        }
        if (jtot === nmaxit) break;
        jtot++;
        const rte = Math.sqrt(e[l]);
        let sigma = (d[l + 1] - p) / (2 * rte);
        let r = hypot(sigma, 1);
        sigma = p - rte / (sigma + (sigma >= 0 ? r : -r));
        let c = 1;
        let s = 0;
        let gamma = d[m] - sigma;
        p = gamma * gamma;
        for (let i = m - 1; i >= l; i--) {
          const bb = e[i];
          r = p + bb;
          if (i !== m - 1) e[i + 1] = s * r;
          const oldc = c;
          c = p / r;
          s = bb / r;
          const oldgam = gamma;
          const alpha = d[i];
          gamma = c * (alpha - sigma) - s * oldgam;
          d[i + 1] = oldgam + (alpha - gamma);
          p = c !== 0 ? (gamma * gamma) / c : oldc * bb;
        }
        e[l] = s * p;
        d[l] = sigma + gamma;
      }
    } else {
      while (l >= lend) {
        for (m = l; m > lend; m--) if (Math.abs(e[m - 1]) <= eps2 * Math.abs(d[m] * d[m - 1])) break;
        if (m > lend) e[m - 1] = 0;
        let p = d[l];
        if (m === l) {
          l--;
          continue;
        }
        if (m === l - 1) {
          [d[l], d[l - 1]] = lae2(d[l], Math.sqrt(e[l - 1]), d[l - 1]);
          e[l - 1] = 0;
          l -= 2;
          continue;
        }
        if (jtot === nmaxit) break;
        jtot++;
        const rte = Math.sqrt(e[l - 1]);
        let sigma = (d[l - 1] - p) / (2 * rte);
        let r = hypot(sigma, 1);
        sigma = p - rte / (sigma + (sigma >= 0 ? r : -r));
        let c = 1;
        let s = 0;
        let gamma = d[m] - sigma;
        p = gamma * gamma;
        for (let i = m; i < l; i++) {
          const bb = e[i];
          r = p + bb;
          if (i !== m) e[i - 1] = s * r;
          const oldc = c;
          c = p / r;
          s = bb / r;
          const oldgam = gamma;
          const alpha = d[i + 1];
          gamma = c * (alpha - sigma) - s * oldgam;
          d[i] = oldgam + (alpha - gamma);
          p = c !== 0 ? (gamma * gamma) / c : oldc * bb;
        }
        e[l - 1] = s * p;
        d[l] = sigma + gamma;
      }
    }
    if (jtot === nmaxit) {
      fail = true;
      break;
    }
  }
  for (let i = 0; i < n; i++) d[i] /= sc;
  if (fail) return 1;
  d.subarray(0, n).sort();
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

/**
 * The rotations of bidiagonal QR sweeps on the rows of X (row length len): sweep sw rotates rows
 * (j, j+1), j = hdr[2sw] … hdr[2sw] + hdr[2sw+1] − 1 in order, (x_j, x_{j+1}) ← (c·x_j + s·x_{j+1},
 * −s·x_j + c·x_{j+1}) with the (c, s) pairs in cs. Twin of kernels.c `rotSweeps` (same bits).
 */
export function rotSweepsTs(len: number, X: Float64Array, hdr: Int32Array, nsw: number, cs: Float64Array): void {
  let r = 0;
  for (let sw = 0; sw < nsw; sw++) {
    const k = hdr[2 * sw];
    const cnt = hdr[2 * sw + 1];
    for (let j = k; j < k + cnt; j++) {
      const c = cs[r];
      const s = cs[r + 1];
      r += 2;
      const xo = j * len;
      const yo = xo + len;
      for (let i = 0; i < len; i++) {
        const x = X[xo + i];
        const y = X[yo + i];
        X[xo + i] = c * x + s * y;
        X[yo + i] = -s * x + c * y;
      }
    }
  }
}

/**
 * x·y over len entries summed as kernels.c `dot` does (four running sums by i mod 4 combined as
 * (s0 + s2) + (s1 + s3), then the tail in order), so the twins agree to the bit.
 */
function dotLikeWasm(x: Float64Array, xo: number, y: Float64Array, yo: number, len: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    s0 += x[xo + i] * y[yo + i];
    s1 += x[xo + i + 1] * y[yo + i + 1];
    s2 += x[xo + i + 2] * y[yo + i + 2];
    s3 += x[xo + i + 3] * y[yo + i + 3];
  }
  let s = s0 + s2 + (s1 + s3);
  for (; i < len; i++) s += x[xo + i] * y[yo + i];
  return s;
}

/**
 * Householder bidiagonalisation of an m×n A (m ≥ n) given as a = Aᵀ (n×m row-major, overwritten),
 * LINPACK dsvdc's loop (see linalg-svd.ts): left reflectors in the rows of a (copied to Ut when
 * given), right ones in e (copied to Vt when given). Twin of kernels.c `bidiag` (same bits).
 */
export function bidiagTs(
  m: number,
  n: number,
  a: Float64Array,
  s: Float64Array,
  e: Float64Array,
  work: Float64Array,
  Ut: Float64Array | null,
  Vt: Float64Array | null,
): void {
  const nct = Math.min(m - 1, n);
  const nrt = Math.max(0, Math.min(n - 2, m));
  for (let k = 0; k < Math.max(nct, nrt); k++) {
    const ko = k * m;
    if (k < nct) {
      let big = 0;
      for (let i = k; i < m; i++) big = Math.max(big, Math.abs(a[ko + i]));
      let nrm = 0;
      if (big > 0) {
        let ss = 0;
        for (let i = k; i < m; i++) {
          const x = a[ko + i] / big;
          ss += x * x;
        }
        nrm = big * Math.sqrt(ss);
      }
      s[k] = nrm;
      if (s[k] !== 0) {
        if (a[ko + k] < 0) s[k] = -s[k];
        const inv = 1 / s[k];
        for (let i = k; i < m; i++) a[ko + i] *= inv;
        a[ko + k] += 1;
      }
      s[k] = -s[k];
    }
    for (let j = k + 1; j < n; j++) {
      const jo = j * m;
      if (k < nct && s[k] !== 0) {
        let t = dotLikeWasm(a, ko + k, a, jo + k, m - k);
        t = -t / a[ko + k];
        for (let i = k; i < m; i++) a[jo + i] += t * a[ko + i];
      }
      e[j] = a[jo + k];
    }
    if (Ut && k < nct) for (let i = k; i < m; i++) Ut[k * m + i] = a[ko + i];
    if (k < nrt) {
      let big = 0;
      for (let i = k + 1; i < n; i++) big = Math.max(big, Math.abs(e[i]));
      let nrm = 0;
      if (big > 0) {
        let ss = 0;
        for (let i = k + 1; i < n; i++) {
          const x = e[i] / big;
          ss += x * x;
        }
        nrm = big * Math.sqrt(ss);
      }
      e[k] = nrm;
      if (e[k] !== 0) {
        if (e[k + 1] < 0) e[k] = -e[k];
        const inv = 1 / e[k];
        for (let i = k + 1; i < n; i++) e[i] *= inv;
        e[k + 1] += 1;
      }
      e[k] = -e[k];
      if (k + 1 < m && e[k] !== 0) {
        work.fill(0, k + 1, m);
        for (let j = k + 1; j < n; j++) {
          const ej = e[j];
          if (ej === 0) continue;
          const jo = j * m;
          for (let i = k + 1; i < m; i++) work[i] += ej * a[jo + i];
        }
        for (let j = k + 1; j < n; j++) {
          const t = -e[j] / e[k + 1];
          if (t === 0) continue;
          const jo = j * m;
          for (let i = k + 1; i < m; i++) a[jo + i] += t * work[i];
        }
      }
      if (Vt) for (let i = k + 1; i < n; i++) Vt[k * n + i] = e[i];
    }
  }
}
