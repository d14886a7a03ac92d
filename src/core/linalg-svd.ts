/**
 * Singular value decomposition on flat arrays, the kernel behind `linalg.svd`.
 *
 * Method (Golub & Kahan 1965; Golub & Reinsch 1970, as in LINPACK dsvdc and JAMA): Householder
 * bidiagonalisation, then implicit-shift QR on the bidiagonal (Wilkinson shift from the trailing
 * 2×2 of BᵀB, splitting and deflating on negligible entries), rotations accumulated into U and V.
 * Chosen over one-sided Jacobi for speed (Jacobi needs 6–10 O(mn²) sweeps; this needs about
 * one bidiagonalisation plus O(n²) rotations per sweep), over dqds because dqds computes no
 * vectors. Accuracy: singular values to about ε·‖A‖₂ (absolute), the standard backward-stable
 * bound; tiny singular values of graded matrices are not computed to high relative accuracy
 * (one-sided Jacobi would be).
 *
 * Layout: the kernel takes Aᵀ (row-major n×m: A's columns are contiguous rows) and keeps Uᵀ and
 * Vᵀ, so every reflector and every rotation is a contiguous loop. Requires m ≥ n (the caller
 * transposes otherwise). Inner kernel: it trusts its caller (finite entries of moderate size).
 *
 * Speed: from n = 16 on, the bidiagonalisation (kernels.c `bidiag`) and the rotations of the QR
 * sweeps (`rotSweeps`, logged per sweep, Uᵀ and Vᵀ kept in WebAssembly memory) run in
 * WebAssembly, with bidiagTs / rotSweepsTs as twins (the same bits); U and V are formed by the QR
 * kernel's backward accumulation (linalg-qr.ts `formQt`, blocked on the gemm).
 */

import { formQt } from './linalg-qr.js';
import { bidiagTs, rotSweepsTs } from './linalg-ts.js';
import type { Arena } from './wasm/index.js';

const EPS = 2 ** -52;
const TINY = 2 ** -966;

/** Result of `svdKernel`: s descending (n), Uᵀ (nu×m) and Vᵀ (n×n) row-major, or null when not wanted. */
export interface SvdFactors {
  s: Float64Array;
  Ut: Float64Array | null;
  Vt: Float64Array | null;
}

/**
 * SVD of an m×n matrix (m ≥ n) given as At (n×m row-major; overwritten): A = U·diag(s)·Vᵀ.
 * `nu` is the number of left vectors wanted (n thin, m full, 0 none); `wantV` for V.
 * Returns null if the QR iteration does not converge (75·n sweeps).
 */
export function svdKernel(At: Float64Array, m: number, n: number, nu: number, wantV: boolean, w: Arena | null = null): SvdFactors | null {
  const wantU = nu > 0;
  const a = At;
  const s = new Float64Array(Math.min(m + 1, n));
  const Ut = wantU ? new Float64Array(nu * m) : null;
  const Vt = wantV ? new Float64Array(n * n) : null;
  const e = new Float64Array(n);
  const work = new Float64Array(m);
  const nct = Math.min(m - 1, n);
  const nrt = Math.max(0, Math.min(n - 2, m));

  // bidiagonalisation: reflectors from the left (columns, kept in a) and right (rows, kept in e / V);
  // kernels.c `bidiag` (f64x2 dots and updates) or its twin bidiagTs, same bits
  if (w && n >= BIDIAG_WASM_MIN) {
    const pa = w.f64(a);
    const ps = w.f64(s.length);
    const pe = w.f64(n);
    const pw = w.f64(m);
    const pu = Ut ? w.f64(Ut.length) : 0;
    const pv = Vt ? w.f64(Vt.length) : 0;
    w.ex.bidiag(m, n, pa, ps, pe, pw, pu, pv);
    a.set(w.viewF64(pa, a.length));
    s.set(w.viewF64(ps, s.length));
    e.set(w.viewF64(pe, n));
    if (Ut) Ut.set(w.viewF64(pu, Ut.length));
    if (Vt) Vt.set(w.viewF64(pv, Vt.length));
  } else bidiagTs(m, n, a, s, e, work, Ut, Vt);

  let p = Math.min(n, m + 1);
  if (nct < n) s[nct] = a[nct * m + nct];
  if (m < p) s[p - 1] = 0;
  if (nrt + 1 < p) e[nrt] = a[(p - 1) * m + nrt];
  e[p - 1] = 0;

  // U = H₀…H_{nct−1}·I[:, 0..nu) and V = G₀…G_{nrt−1}: LINPACK's reflectors I − u·uᵀ/u₀ are
  // LAPACK's I − τ·v·vᵀ with v = u/u₀ (v₀ = 1) and τ = u₀ (τ = 0 for a zero column), so the QR
  // kernel's backward accumulation (linalg-qr.ts `formQt`: blocked on gemm from 96 reflectors on,
  // LINPACK's column-by-column loop below that) forms them
  if (Ut) {
    const Ht = new Float64Array(nct * m);
    const tau = new Float64Array(nct);
    for (let k = 0; k < nct; k++) {
      if (s[k] === 0) continue;
      const ko = k * m;
      const lead = Ut[ko + k];
      tau[k] = lead;
      for (let i = k + 1; i < m; i++) Ht[ko + i] = Ut[ko + i] / lead;
    }
    Ut.set(formQt({ m, n: nct, At: Ht, tau, perm: new Int32Array(0) }, nu));
  }
  if (Vt) {
    // G_k acts on coordinates k+1..n−1: V = diag(1, V′) with V′ from the reflectors shifted by one
    const n1 = n - 1;
    const Gt = new Float64Array(nrt * n1);
    const tau = new Float64Array(nrt);
    for (let k = 0; k < nrt; k++) {
      if (e[k] === 0) continue;
      const ko = k * n;
      const lead = Vt[ko + k + 1];
      tau[k] = lead;
      for (let i = k + 2; i < n; i++) Gt[k * n1 + i - 1] = Vt[ko + i] / lead;
    }
    const Wt = n1 > 0 ? formQt({ m: n1, n: nrt, At: Gt, tau, perm: new Int32Array(0) }, n1) : new Float64Array(0);
    Vt.fill(0);
    Vt[0] = 1;
    for (let c = 0; c < n1; c++) Vt.set(Wt.subarray(c * n1, (c + 1) * n1), (c + 1) * n + 1);
  }

  // The QR sweeps rotate rows (j, j+1) of Vᵀ and Uᵀ for j = k … p−2: logged per sweep and applied
  // in batches (kernels.c `rotSweeps` on f64x2 in column chunks, or its TS twin), flushed before
  // anything else touches the rows. With WebAssembly, Uᵀ and Vᵀ live in its memory until the end.
  const big = w !== null && n >= ROT_WASM_MIN;
  const HCAP = 1024;
  const CCAP = Math.max(HCAP, 8 * n);
  let uRows: Float64Array | null = Ut;
  let vRows: Float64Array | null = Vt;
  const logs: RotLog[] = [];
  if (big) {
    const pu = Ut ? w.f64(Ut) : 0;
    const pv = Vt ? w.f64(Vt) : 0;
    const ptrs = [0, 1].map(() => ({ hdr: w.i32(2 * HCAP), cs: w.f64(2 * CCAP) }));
    if (Ut) uRows = w.viewF64(pu, Ut.length);
    if (Vt) vRows = w.viewF64(pv, Vt.length);
    for (const [X, len, px, pt] of [
      [uRows, m, pu, ptrs[0]],
      [vRows, n, pv, ptrs[1]],
    ] as const) {
      if (!X) continue;
      const hdr = w.viewI32(pt.hdr, 2 * HCAP);
      const cs = w.viewF64(pt.cs, 2 * CCAP);
      logs.push(new RotLog(X, len, hdr, cs, (nsw) => w.ex.rotSweeps(len, px, pt.hdr, nsw, pt.cs)));
    }
  } else {
    for (const [X, len] of [
      [uRows, m],
      [vRows, n],
    ] as const) {
      if (!X) continue;
      const hdr = new Int32Array(2 * HCAP);
      const cs = new Float64Array(2 * CCAP);
      logs.push(new RotLog(X, len, hdr, cs, (nsw) => rotSweepsTs(len, X, hdr, nsw, cs)));
    }
  }
  const uLog = uRows ? logs[0] : null;
  const vLog = vRows ? logs[logs.length - 1] : null;
  const flush = (): void => {
    for (const l of logs) l.flush();
  };

  // rotate rows r and q of X (row length len): (x_r, x_q) ← (c·x_r + s·x_q, −s·x_r + c·x_q)
  const rot = (X: Float64Array, len: number, r: number, q: number, cs: number, sn: number): void => {
    const ro = r * len;
    const qo = q * len;
    for (let i = 0; i < len; i++) {
      const xr = X[ro + i];
      const xq = X[qo + i];
      X[ro + i] = cs * xr + sn * xq;
      X[qo + i] = -sn * xr + cs * xq;
    }
  };

  const pp = p - 1;
  let iter = 0;
  let sweeps = 0;
  const maxSweeps = 75 * Math.max(n, 10);
  let loops = 0;
  while (p > 0) {
    // a guard on every pass, not only the QR steps: the split/deflate cases must not cycle either
    if (sweeps > maxSweeps || ++loops > 4 * maxSweeps) return null;
    let k: number;
    for (k = p - 2; k >= -1; k--) {
      if (k === -1) break;
      if (Math.abs(e[k]) <= TINY + EPS * (Math.abs(s[k]) + Math.abs(s[k + 1]))) {
        e[k] = 0;
        break;
      }
    }
    let kase: number;
    if (k === p - 2) kase = 4;
    else {
      let ks: number;
      for (ks = p - 1; ks >= k; ks--) {
        if (ks === k) break;
        const t = (ks !== p ? Math.abs(e[ks]) : 0) + (ks !== k + 1 ? Math.abs(e[ks - 1]) : 0);
        if (Math.abs(s[ks]) <= TINY + EPS * t) {
          s[ks] = 0;
          break;
        }
      }
      if (ks === k) kase = 3;
      else if (ks === p - 1) kase = 1;
      else {
        kase = 2;
        k = ks;
      }
    }
    k++;
    switch (kase) {
      case 1: {
        // deflate a negligible s(p−1)
        flush();
        let f = e[p - 2];
        e[p - 2] = 0;
        for (let j = p - 2; j >= k; j--) {
          const t = Math.hypot(s[j], f);
          const cs = s[j] / t;
          const sn = f / t;
          s[j] = t;
          if (j !== k) {
            f = -sn * e[j - 1];
            e[j - 1] = cs * e[j - 1];
          }
          if (vRows) rot(vRows, n, j, p - 1, cs, sn);
        }
        break;
      }
      case 2: {
        // split at a negligible s(k−1)
        flush();
        let f = e[k - 1];
        e[k - 1] = 0;
        for (let j = k; j < p; j++) {
          const t = Math.hypot(s[j], f);
          const cs = s[j] / t;
          const sn = f / t;
          s[j] = t;
          f = -sn * e[j];
          e[j] = cs * e[j];
          if (uRows) rot(uRows, m, j, k - 1, cs, sn);
        }
        break;
      }
      case 3: {
        // one implicit-shift QR step
        const scale = Math.max(Math.abs(s[p - 1]), Math.abs(s[p - 2]), Math.abs(e[p - 2]), Math.abs(s[k]), Math.abs(e[k]));
        const sp = s[p - 1] / scale;
        const spm1 = s[p - 2] / scale;
        const epm1 = e[p - 2] / scale;
        const sk = s[k] / scale;
        const ek = e[k] / scale;
        const b = ((spm1 + sp) * (spm1 - sp) + epm1 * epm1) / 2;
        const c = sp * epm1 * (sp * epm1);
        let shift = 0;
        if (b !== 0 || c !== 0) {
          shift = Math.sqrt(b * b + c);
          if (b < 0) shift = -shift;
          shift = c / (b + shift);
        }
        let f = (sk + sp) * (sk - sp) + shift;
        let g = sk * ek;
        vLog?.begin(k, p - 1 - k);
        uLog?.begin(k, p - 1 - k);
        for (let j = k; j < p - 1; j++) {
          let t = Math.hypot(f, g);
          let cs = f / t;
          let sn = g / t;
          if (j !== k) e[j - 1] = t;
          f = cs * s[j] + sn * e[j];
          e[j] = cs * e[j] - sn * s[j];
          g = sn * s[j + 1];
          s[j + 1] = cs * s[j + 1];
          vLog?.push(cs, sn);
          t = Math.hypot(f, g);
          cs = f / t;
          sn = g / t;
          s[j] = t;
          f = cs * e[j] + sn * s[j + 1];
          s[j + 1] = -sn * e[j] + cs * s[j + 1];
          g = sn * e[j + 1];
          e[j + 1] = cs * e[j + 1];
          uLog?.push(cs, sn); // j + 1 < p ≤ n ≤ m: a row of Uᵀ
        }
        e[p - 2] = f;
        iter++;
        sweeps++;
        break;
      }
      default: {
        // convergence: make s(k) non-negative, then sort it into place
        flush();
        if (s[k] <= 0) {
          s[k] = s[k] < 0 ? -s[k] : 0;
          if (vRows) for (let i = 0; i < n; i++) vRows[k * n + i] = -vRows[k * n + i];
        }
        while (k < pp) {
          if (s[k] >= s[k + 1]) break;
          const t = s[k];
          s[k] = s[k + 1];
          s[k + 1] = t;
          if (vRows && k < n - 1) swapRows(vRows, n, k, k + 1);
          if (uRows && k < m - 1) swapRows(uRows, m, k, k + 1);
          k++;
        }
        iter = 0;
        p--;
      }
    }
  }
  void iter;
  flush();
  if (big) {
    if (Ut) Ut.set(uRows as Float64Array);
    if (Vt) Vt.set(vRows as Float64Array);
  }
  return { s: s.subarray(0, n), Ut, Vt };
}

function swapRows(X: Float64Array, len: number, r: number, q: number): void {
  const ro = r * len;
  const qo = q * len;
  for (let i = 0; i < len; i++) {
    const t = X[ro + i];
    X[ro + i] = X[qo + i];
    X[qo + i] = t;
  }
}

/** From this n on, the bidiagonalisation runs in WebAssembly. */
const BIDIAG_WASM_MIN = 16;

/** From this n on, the sweeps' rotations run in WebAssembly (below, the copies cost more). */
const ROT_WASM_MIN = 16;

/** A log of QR sweeps over the rows of X: sweep i rotates rows (k, k+1), …, (k+cnt−1, k+cnt). */
class RotLog {
  private nsw = 0;
  private ncs = 0;
  constructor(
    readonly X: Float64Array,
    readonly len: number,
    private readonly hdr: Int32Array,
    private readonly cs: Float64Array,
    private readonly apply: (nsw: number) => void,
  ) {}
  /** Start a sweep of `cnt` rotations from row k (flushing first when the log is full). */
  begin(k: number, cnt: number): void {
    if (2 * (this.nsw + 1) > this.hdr.length || 2 * (this.ncs + cnt) > this.cs.length) this.flush();
    this.hdr[2 * this.nsw] = k;
    this.hdr[2 * this.nsw + 1] = 0;
    this.nsw++;
  }
  push(c: number, s: number): void {
    this.cs[2 * this.ncs] = c;
    this.cs[2 * this.ncs + 1] = s;
    this.ncs++;
    this.hdr[2 * this.nsw - 1]++;
  }
  flush(): void {
    if (this.nsw > 0) this.apply(this.nsw);
    this.nsw = 0;
    this.ncs = 0;
  }
}
