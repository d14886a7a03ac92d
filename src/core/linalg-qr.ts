/**
 * Householder QR on flat arrays, the kernel behind `linalg.qr` and `linalg.lstsq`.
 *
 * Layout: the kernels work on Aᵀ (row-major n×m, so column j of A is the contiguous row j),
 * which makes every Householder dot product and update a contiguous loop. After `qrFactorT`,
 * row j of the array holds R's column j on and above the diagonal (entries 0..j) and the
 * reflector vⱼ below it (entries j+1..m−1, vⱼ(j) = 1 implied), LAPACK's dgeqrf convention
 * (Hⱼ = I − τⱼ vⱼ vⱼᵀ, A = H₀H₁…H_{k−1}·R).
 *
 * Without pivoting and with min(m, n) ≥ QR_BLOCK_MIN, panels of QR_NB columns are factored
 * unblocked and the trailing matrix is updated with the compact WY form I − V·T·Vᵀ (Schreiber
 * & Van Loan 1989), two calls to `linalg.gemm` (WebAssembly, packed and blocked) per panel.
 * Column pivoting (Businger–Golub, with the LAPACK dlaqp2 norm downdating) is unblocked.
 * Inner kernels: they trust their callers.
 */
import { gemm } from './linalg.js';

/** Panels of this many columns in the blocked QR. */
export const QR_NB = 32;
/** Below this min(m, n), QR stays unblocked (the gemm copies cost more than they save). */
export const QR_BLOCK_MIN = 96;

/** ‖x[o .. o+len)‖₂ without overflow or harmful underflow (scaled by the largest |x|). */
function norm2(x: Float64Array, o: number, len: number): number {
  let big = 0;
  for (let i = o; i < o + len; i++) {
    const a = Math.abs(x[i]);
    if (a > big) big = a;
  }
  if (big === 0) return 0;
  if (big > 1e-150 && big < 1e150) {
    let s = 0;
    for (let i = o; i < o + len; i++) s += x[i] * x[i];
    return Math.sqrt(s);
  }
  let s = 0;
  for (let i = o; i < o + len; i++) {
    const a = x[i] / big;
    s += a * a;
  }
  return big * Math.sqrt(s);
}

/**
 * Make the reflector for row j of At (columns j..m−1 of A's column j), dlarfg style: returns τ
 * and leaves β = ∓‖x‖ at At[j, j] and v (scaled so v(j) = 1) in At[j, j+1..m).
 */
function reflector(At: Float64Array, m: number, j: number): number {
  const o = j * m;
  const alpha = At[o + j];
  const xnorm = norm2(At, o + j + 1, m - j - 1);
  if (xnorm === 0) return 0;
  const nrm = Math.hypot(alpha, xnorm);
  const beta = alpha >= 0 ? -nrm : nrm;
  const tau = (beta - alpha) / beta;
  const d = alpha - beta;
  // 1/d overflows when d is subnormal: divide then
  if (Math.abs(d) > 1e-300) {
    const inv = 1 / d;
    for (let i = o + j + 1; i < o + m; i++) At[i] *= inv;
  } else for (let i = o + j + 1; i < o + m; i++) At[i] /= d;
  At[o + j] = beta;
  return tau;
}

/** Apply Hⱼ = I − τ v vᵀ (v in row j of At, from entry j) to rows r0..r1−1 of X (row length m), entries j..m−1. */
function applyReflector(At: Float64Array, m: number, j: number, tau: number, X: Float64Array, r0: number, r1: number): void {
  if (tau === 0) return;
  const vo = j * m;
  for (let r = r0; r < r1; r++) {
    const xo = r * m;
    let w = X[xo + j];
    for (let i = j + 1; i < m; i++) w += At[vo + i] * X[xo + i];
    w *= tau;
    if (w === 0) continue;
    X[xo + j] -= w;
    for (let i = j + 1; i < m; i++) X[xo + i] -= w * At[vo + i];
  }
}

/**
 * The upper-triangular T (nb×nb, row-major) of the compact WY form H_{j0}…H_{j0+nb−1} =
 * I − V·T·Vᵀ (dlarft, forward, columnwise); V is given as Vt (nb × len rows, unit diagonal).
 */
function formT(Vt: Float64Array, nb: number, len: number, tau: Float64Array, t0: number): Float64Array {
  const T = new Float64Array(nb * nb);
  const w = new Float64Array(nb);
  for (let i = 0; i < nb; i++) {
    const ti = tau[t0 + i];
    T[i * nb + i] = ti;
    if (ti === 0) continue;
    // w = Vᵀ[0:i] · v_i
    const io = i * len;
    for (let p = 0; p < i; p++) {
      const po = p * len;
      let s = 0;
      for (let q = i; q < len; q++) s += Vt[po + q] * Vt[io + q];
      w[p] = s;
    }
    // T[0:i, i] = −τᵢ · T[0:i, 0:i] · w
    for (let p = 0; p < i; p++) {
      let s = 0;
      for (let q = p; q < i; q++) s += T[p * nb + q] * w[q];
      T[p * nb + i] = -ti * s;
    }
  }
  return T;
}

/**
 * C := C·(I − V·op(T)·Vᵀ) for a contiguous C (nc × len, row-major; its rows are columns of the
 * matrix the block reflector acts on from the left, so this is H·(Cᵀ) or Hᵀ·(Cᵀ)). `transT`
 * chooses op(T) = Tᵀ (apply H = I − V T Vᵀ from the left) or T (apply Hᵀ).
 */
function applyBlock(C: Float64Array, nc: number, len: number, Vt: Float64Array, T: Float64Array, nb: number, transT: boolean): void {
  const V = new Float64Array(len * nb);
  for (let p = 0; p < nb; p++) for (let q = 0; q < len; q++) V[q * nb + p] = Vt[p * len + q];
  const W = gemm(C, V, nc, len, nb);
  const W2 = new Float64Array(nc * nb);
  for (let r = 0; r < nc; r++) {
    const ro = r * nb;
    for (let q = 0; q < nb; q++) {
      let s = 0;
      if (transT) for (let p = q; p < nb; p++) s += W[ro + p] * T[q * nb + p];
      else for (let p = 0; p <= q; p++) s += W[ro + p] * T[p * nb + q];
      W2[ro + q] = -s;
    }
  }
  gemm(W2, Vt, nc, nb, len, C as Float64Array<ArrayBuffer>, true);
}

/** Vt (nb × (m−j0)) of reflectors j0..j0+nb−1 stored in At (unit diagonal, zeros above). */
function panelVt(At: Float64Array, m: number, j0: number, nb: number): Float64Array {
  const len = m - j0;
  const Vt = new Float64Array(nb * len);
  for (let p = 0; p < nb; p++) {
    const j = j0 + p;
    Vt[p * len + p] = 1;
    Vt.set(At.subarray(j * m + j + 1, (j + 1) * m), p * len + p + 1);
  }
  return Vt;
}

/** Apply a block reflector to rows r0..r1−1 of X (row length m), entries j0..m−1, via a contiguous copy. */
function applyBlockRows(
  X: Float64Array,
  m: number,
  r0: number,
  r1: number,
  j0: number,
  Vt: Float64Array,
  T: Float64Array,
  nb: number,
  transT: boolean,
): void {
  const nc = r1 - r0;
  if (nc <= 0) return;
  const len = m - j0;
  const C = new Float64Array(nc * len);
  for (let r = 0; r < nc; r++) C.set(X.subarray((r0 + r) * m + j0, (r0 + r + 1) * m), r * len);
  applyBlock(C, nc, len, Vt, T, nb, transT);
  for (let r = 0; r < nc; r++) X.set(C.subarray(r * len, (r + 1) * len), (r0 + r) * m + j0);
}

/** Result of `qrFactorT`: the factored Aᵀ (see the file comment), τ, and the column permutation. */
export interface QrFactors {
  m: number;
  n: number;
  /** n×m row-major: R above (in At[k, 0..k]) and the reflectors below, as described above */
  At: Float64Array;
  tau: Float64Array;
  /** column j of A·P is column perm[j] of A (identity without pivoting) */
  perm: Int32Array;
}

/**
 * Householder QR of Aᵀ given row-major (n×m; overwritten). With `pivot`, column pivoting
 * (|R₀₀| ≥ |R₁₁| ≥ …), unblocked; otherwise blocked on gemm for large matrices.
 */
export function qrFactorT(At: Float64Array, m: number, n: number, pivot = false): QrFactors {
  const k = Math.min(m, n);
  const tau = new Float64Array(k);
  const perm = new Int32Array(n);
  for (let j = 0; j < n; j++) perm[j] = j;
  if (pivot) {
    const vn1 = new Float64Array(n);
    const vn2 = new Float64Array(n);
    for (let j = 0; j < n; j++) vn1[j] = vn2[j] = norm2(At, j * m, m);
    const tol3z = Math.sqrt(2.220446049250313e-16);
    for (let j = 0; j < k; j++) {
      let p = j;
      for (let c = j + 1; c < n; c++) if (vn1[c] > vn1[p]) p = c;
      if (p !== j) {
        const tmp = At.slice(p * m, (p + 1) * m);
        At.copyWithin(p * m, j * m, (j + 1) * m);
        At.set(tmp, j * m);
        const pp = perm[p];
        perm[p] = perm[j];
        perm[j] = pp;
        vn1[p] = vn1[j];
        vn2[p] = vn2[j];
      }
      tau[j] = reflector(At, m, j);
      applyReflector(At, m, j, tau[j], At, j + 1, n);
      // downdate the remaining column norms (LAPACK dlaqp2)
      for (let c = j + 1; c < n; c++) {
        if (vn1[c] === 0) continue;
        let t = Math.abs(At[c * m + j]) / vn1[c];
        t = Math.max(0, (1 + t) * (1 - t));
        const r = vn1[c] / vn2[c];
        const t2 = t * r * r;
        if (t2 <= tol3z) {
          vn1[c] = j + 1 < m ? norm2(At, c * m + j + 1, m - j - 1) : 0;
          vn2[c] = vn1[c];
        } else vn1[c] *= Math.sqrt(t);
      }
    }
    return { m, n, At, tau, perm };
  }
  if (k < QR_BLOCK_MIN) {
    for (let j = 0; j < k; j++) {
      tau[j] = reflector(At, m, j);
      applyReflector(At, m, j, tau[j], At, j + 1, n);
    }
    return { m, n, At, tau, perm };
  }
  for (let j0 = 0; j0 < k; j0 += QR_NB) {
    const nb = Math.min(QR_NB, k - j0);
    const j1 = j0 + nb;
    for (let j = j0; j < j1; j++) {
      tau[j] = reflector(At, m, j);
      applyReflector(At, m, j, tau[j], At, j + 1, j1);
    }
    if (j1 < n) {
      const Vt = panelVt(At, m, j0, nb);
      const T = formT(Vt, nb, m - j0, tau, j0);
      applyBlockRows(At, m, j1, n, j0, Vt, T, nb, false);
    }
  }
  return { m, n, At, tau, perm };
}

/**
 * Qᵀ with Q = H₀…H_{k−1}·I[:, 0..q) (q = min(m, n) for the thin Q, m for the full one), as a
 * row-major q×m array (row c is Q's column c). Backward accumulation, blocked on gemm when large.
 */
export function formQt(f: QrFactors, q: number): Float64Array {
  const { m, At, tau } = f;
  const k = Math.min(m, f.n);
  const Qt = new Float64Array(q * m);
  for (let c = 0; c < q; c++) Qt[c * m + c] = 1;
  if (k < QR_BLOCK_MIN) {
    for (let j = k - 1; j >= 0; j--) applyReflector(At, m, j, tau[j], Qt, j, q);
    return Qt;
  }
  const last = Math.floor((k - 1) / QR_NB) * QR_NB;
  for (let j0 = last; j0 >= 0; j0 -= QR_NB) {
    const nb = Math.min(QR_NB, k - j0);
    const Vt = panelVt(At, m, j0, nb);
    const T = formT(Vt, nb, m - j0, tau, j0);
    applyBlockRows(Qt, m, j0, q, j0, Vt, T, nb, true);
  }
  return Qt;
}

/** Qᵀ·B in place for a row-major m×p B given as Bt (p×m rows: B's columns): Bt := Bt·Q. */
export function applyQtT(f: QrFactors, Bt: Float64Array, p: number): void {
  const k = Math.min(f.m, f.n);
  for (let j = 0; j < k; j++) applyReflector(f.At, f.m, j, f.tau[j], Bt, 0, p);
}

/** R (rows × n, row-major upper trapezoidal; rows = min(m, n) thin or m full) from the factored Aᵀ. */
export function formR(f: QrFactors, rows: number): Float64Array {
  const { m, n, At } = f;
  const R = new Float64Array(rows * n);
  for (let c = 0; c < n; c++) {
    const top = Math.min(c, m - 1, rows - 1);
    for (let i = 0; i <= top; i++) R[i * n + c] = At[c * m + i];
  }
  return R;
}
