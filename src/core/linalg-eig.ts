/**
 * Eigenvalues and eigenvectors of a general real square matrix, the kernel behind `linalg.eig`.
 *
 * Method: diagonal balancing by powers of 2 (Parlett & Reinsch 1969, LAPACK dgebal without the
 * permutations), Householder reduction to upper Hessenberg form (EISPACK orthes), Francis
 * double-shift QR with exceptional shifts (EISPACK hqr2 as in JAMA; the iteration is capped, so
 * it cannot spin forever), and, when vectors are wanted, back-substitution in the real Schur form
 * and back-transformation. Complex pairs come out adjacent, the one with positive imaginary part
 * first. Row-major flat arrays; inner kernel: trusts its caller (finite entries of moderate size).
 * From n = 16 on, the Hessenberg reduction and the QR iteration run in WebAssembly (kernels.c
 * `hessenberg`, `hqrIter`: these loops line for line, the same bits).
 */
import { gemm } from './linalg.js';
import type { Arena } from './wasm/index.js';

const EPS = 2 ** -52;
/** From this n on, hqr2's QR iteration runs in WebAssembly. */
const HQR_WASM_MIN = 16;

/** Scale D (powers of 2) so rows and columns of D⁻¹·A·D have comparable norms; A is overwritten. */
export function balance(A: Float64Array, n: number): Float64Array {
  const d = new Float64Array(n).fill(1);
  const RADIX = 2;
  const SCLFAC = 2;
  const FACTOR = 0.95;
  let noconv = true;
  for (let sweep = 0; noconv && sweep < 100; sweep++) {
    noconv = false;
    for (let i = 0; i < n; i++) {
      let c = 0;
      let r = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        c += Math.abs(A[j * n + i]);
        r += Math.abs(A[i * n + j]);
      }
      if (c === 0 || r === 0) continue;
      let g = r / RADIX;
      let f = 1;
      const s = c + r;
      while (c < g && f < 2 ** 500) {
        f *= SCLFAC;
        c *= SCLFAC * SCLFAC;
        g = r / RADIX;
        r /= SCLFAC;
      }
      g = r * RADIX;
      while (c >= g && f > 2 ** -500) {
        f /= SCLFAC;
        c /= SCLFAC * SCLFAC;
        g = r * RADIX;
        r *= SCLFAC;
      }
      if ((c + r) / f < FACTOR * s) {
        noconv = true;
        d[i] *= f;
        const fi = 1 / f;
        for (let j = 0; j < n; j++) A[i * n + j] *= fi;
        for (let j = 0; j < n; j++) A[j * n + i] *= f;
      }
    }
  }
  return d;
}

/**
 * Reduce to Hessenberg form keeping the Householder vectors, then (if wanted) accumulate V.
 * H is overwritten with the Hessenberg matrix (zeros below the subdiagonal).
 */
export function hessenbergReduce(H: Float64Array, n: number, wantV: boolean, w: Arena | null = null): Float64Array | null {
  if (w && n >= HQR_WASM_MIN) {
    // kernels.c hessenberg: this function line for line (the same bits)
    const ph = w.f64(H);
    const pv = wantV ? w.f64(n * n) : 0;
    const pu = w.f64(n * n);
    const ps = w.f64(n);
    const pf = w.f64(n);
    w.ex.hessenberg(n, ph, pv, pu, ps, pf);
    H.set(w.viewF64(ph, n * n));
    return wantV ? w.viewF64(pv, n * n).slice() : null;
  }
  const high = n - 1;
  const us: (Float64Array | null)[] = new Array<Float64Array | null>(n).fill(null);
  const hs = new Float64Array(n);
  const f = new Float64Array(n);
  for (let m = 1; m < high; m++) {
    let scale = 0;
    for (let i = m; i <= high; i++) scale += Math.abs(H[i * n + m - 1]);
    if (scale === 0) continue;
    const u = new Float64Array(n);
    let h = 0;
    for (let i = high; i >= m; i--) {
      u[i] = H[i * n + m - 1] / scale;
      h += u[i] * u[i];
    }
    let g = Math.sqrt(h);
    if (u[m] > 0) g = -g;
    h -= u[m] * g;
    u[m] -= g;
    // H = (I − u·uᵀ/h)·H on rows m..high (columns m..n−1; column m−1 becomes scale·g·e_m)
    f.fill(0, m, n);
    for (let i = m; i <= high; i++) {
      const ui = u[i];
      if (ui === 0) continue;
      const io = i * n;
      for (let j = m; j < n; j++) f[j] += ui * H[io + j];
    }
    for (let j = m; j < n; j++) f[j] /= h;
    for (let i = m; i <= high; i++) {
      const ui = u[i];
      if (ui === 0) continue;
      const io = i * n;
      for (let j = m; j < n; j++) H[io + j] -= f[j] * ui;
    }
    // H = H·(I − u·uᵀ/h) on columns m..high
    for (let i = 0; i <= high; i++) {
      const io = i * n;
      let s = 0;
      for (let j = m; j <= high; j++) s += u[j] * H[io + j];
      s /= h;
      if (s === 0) continue;
      for (let j = m; j <= high; j++) H[io + j] -= s * u[j];
    }
    H[m * n + m - 1] = scale * g;
    for (let i = m + 1; i <= high; i++) H[i * n + m - 1] = 0;
    us[m] = u;
    hs[m] = h;
  }
  if (!wantV) return null;
  // V = P₁·P₂·…, accumulated backwards: V := P_m·V on rows/columns m..high
  const V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  for (let m = high - 1; m >= 1; m--) {
    const u = us[m];
    if (!u) continue;
    const h = hs[m];
    f.fill(0, m, n);
    for (let i = m; i <= high; i++) {
      const ui = u[i];
      if (ui === 0) continue;
      const io = i * n;
      for (let j = m; j <= high; j++) f[j] += ui * V[io + j];
    }
    for (let j = m; j <= high; j++) f[j] /= h;
    for (let i = m; i <= high; i++) {
      const ui = u[i];
      if (ui === 0) continue;
      const io = i * n;
      for (let j = m; j <= high; j++) V[io + j] -= f[j] * ui;
    }
  }
  return V;
}

/** Complex division (xr + i·xi)/(yr + i·yi) (Smith's algorithm). */
function cdiv(xr: number, xi: number, yr: number, yi: number): [number, number] {
  if (Math.abs(yr) > Math.abs(yi)) {
    const r = yi / yr;
    const d = yr + r * yi;
    return [(xr + r * xi) / d, (xi - r * xr) / d];
  }
  const r = yr / yi;
  const d = yi + r * yr;
  return [(r * xr + xi) / d, (r * xi - xr) / d];
}

/** Eigenvalues (wr, wi) and, when V was given, the eigenvectors in JAMA's real layout (columns; a complex pair as re, im columns). */
export interface HqrResult {
  wr: Float64Array;
  wi: Float64Array;
  /** eigenvector columns (n×n row-major) when wanted: real λ → its vector; a pair λ, λ̄ (λ first, Im λ > 0) → columns re, im of λ's vector */
  vectors: Float64Array | null;
}

/**
 * Francis double-shift QR on an upper Hessenberg H (overwritten). With V (the Hessenberg
 * transformation, overwritten), the eigenvectors are formed. Returns null if an eigenvalue
 * takes more than 30·max(n, 10) iterations.
 */
export function hqr2(H: Float64Array, nn: number, V: Float64Array | null, w0: Arena | null = null): HqrResult | null {
  const wantT = V !== null;
  const d = new Float64Array(nn);
  const e = new Float64Array(nn);
  const low = 0;
  const high = nn - 1;
  let n = nn - 1;
  let exshift = 0;
  let p = 0;
  let q = 0;
  let r = 0;
  let s = 0;
  let z = 0;
  let t: number;
  let w: number;
  let x: number;
  let y: number;
  let norm = 0;
  for (let i = 0; i < nn; i++) for (let j = Math.max(i - 1, 0); j < nn; j++) norm += Math.abs(H[i * nn + j]);
  let iter = 0;
  const maxIter = 30 * Math.max(nn, 10);
  const at = (i: number, j: number): number => H[i * nn + j];
  // the iteration in WebAssembly (kernels.c hqrIter: this loop line for line, the same bits)
  if (w0 && nn >= HQR_WASM_MIN) {
    const ph = w0.f64(H);
    const pv = V ? w0.f64(V) : 0;
    const pd = w0.f64(nn);
    const pe = w0.f64(nn);
    if (w0.ex.hqrIter(nn, ph, pv, pd, pe, norm) !== 0) return null;
    H.set(w0.viewF64(ph, nn * nn));
    if (V) V.set(w0.viewF64(pv, nn * nn));
    d.set(w0.viewF64(pd, nn));
    e.set(w0.viewF64(pe, nn));
    n = low - 1;
  }
  while (n >= low) {
    let l = n;
    while (l > low) {
      s = Math.abs(at(l - 1, l - 1)) + Math.abs(at(l, l));
      if (s === 0) s = norm;
      if (Math.abs(at(l, l - 1)) <= EPS * s) break;
      l--;
    }
    if (l === n) {
      // one root
      H[n * nn + n] += exshift;
      d[n] = H[n * nn + n];
      e[n] = 0;
      n--;
      iter = 0;
    } else if (l === n - 1) {
      // two roots
      w = at(n, n - 1) * at(n - 1, n);
      p = (at(n - 1, n - 1) - at(n, n)) / 2;
      q = p * p + w;
      z = Math.sqrt(Math.abs(q));
      H[n * nn + n] += exshift;
      H[(n - 1) * nn + n - 1] += exshift;
      x = at(n, n);
      if (q >= 0) {
        z = p >= 0 ? p + z : p - z;
        d[n - 1] = x + z;
        d[n] = d[n - 1];
        if (z !== 0) d[n] = x - w / z;
        e[n - 1] = 0;
        e[n] = 0;
        if (wantT) {
          x = at(n, n - 1);
          s = Math.abs(x) + Math.abs(z);
          p = x / s;
          q = z / s;
          r = Math.sqrt(p * p + q * q);
          p /= r;
          q /= r;
          const r1 = (n - 1) * nn;
          const r2 = n * nn;
          for (let j = n - 1; j < nn; j++) {
            z = H[r1 + j];
            H[r1 + j] = q * z + p * H[r2 + j];
            H[r2 + j] = q * H[r2 + j] - p * z;
          }
          for (let i = 0; i <= n; i++) {
            const io = i * nn;
            z = H[io + n - 1];
            H[io + n - 1] = q * z + p * H[io + n];
            H[io + n] = q * H[io + n] - p * z;
          }
          const Vm = V;
          for (let i = low; i <= high; i++) {
            const io = i * nn;
            z = Vm[io + n - 1];
            Vm[io + n - 1] = q * z + p * Vm[io + n];
            Vm[io + n] = q * Vm[io + n] - p * z;
          }
        }
      } else {
        d[n - 1] = x + p;
        d[n] = x + p;
        e[n - 1] = z;
        e[n] = -z;
      }
      n -= 2;
      iter = 0;
    } else {
      // no convergence yet
      x = at(n, n);
      y = 0;
      w = 0;
      if (l < n) {
        y = at(n - 1, n - 1);
        w = at(n, n - 1) * at(n - 1, n);
      }
      if (iter > 0 && iter % 20 === 10) {
        // Wilkinson's exceptional shift
        exshift += x;
        for (let i = low; i <= n; i++) H[i * nn + i] -= x;
        s = Math.abs(at(n, n - 1)) + Math.abs(at(n - 1, n - 2));
        x = y = 0.75 * s;
        w = -0.4375 * s * s;
      }
      if (iter > 0 && iter % 20 === 0) {
        // MATLAB's ad hoc shift
        s = (y - x) / 2;
        s = s * s + w;
        if (s > 0) {
          s = Math.sqrt(s);
          if (y < x) s = -s;
          s = x - w / ((y - x) / 2 + s);
          for (let i = low; i <= n; i++) H[i * nn + i] -= s;
          exshift += s;
          x = y = w = 0.964;
        }
      }
      iter++;
      if (iter > maxIter) return null;
      // look for two consecutive small subdiagonal elements
      let m = n - 2;
      while (m >= l) {
        z = at(m, m);
        r = x - z;
        s = y - z;
        p = (r * s - w) / at(m + 1, m) + at(m, m + 1);
        q = at(m + 1, m + 1) - z - r - s;
        r = at(m + 2, m + 1);
        s = Math.abs(p) + Math.abs(q) + Math.abs(r);
        p /= s;
        q /= s;
        r /= s;
        if (m === l) break;
        if (
          Math.abs(at(m, m - 1)) * (Math.abs(q) + Math.abs(r)) <
          EPS * (Math.abs(p) * (Math.abs(at(m - 1, m - 1)) + Math.abs(z) + Math.abs(at(m + 1, m + 1))))
        ) {
          break;
        }
        m--;
      }
      for (let i = m + 2; i <= n; i++) {
        H[i * nn + i - 2] = 0;
        if (i > m + 2) H[i * nn + i - 3] = 0;
      }
      // double QR step on rows l..n and columns m..n
      const jEnd = wantT ? nn : n + 1;
      const iStart = wantT ? 0 : l;
      for (let k = m; k <= n - 1; k++) {
        const notlast = k !== n - 1;
        if (k !== m) {
          p = at(k, k - 1);
          q = at(k + 1, k - 1);
          r = notlast ? at(k + 2, k - 1) : 0;
          x = Math.abs(p) + Math.abs(q) + Math.abs(r);
          if (x === 0) continue;
          p /= x;
          q /= x;
          r /= x;
        }
        s = Math.sqrt(p * p + q * q + r * r);
        if (p < 0) s = -s;
        if (s !== 0) {
          if (k !== m) H[k * nn + k - 1] = -s * x;
          else if (l !== m) H[k * nn + k - 1] = -H[k * nn + k - 1];
          p += s;
          x = p / s;
          y = q / s;
          z = r / s;
          q /= p;
          r /= p;
          const k0 = k * nn;
          const k1 = k0 + nn;
          const k2 = k1 + nn;
          for (let j = k; j < jEnd; j++) {
            p = H[k0 + j] + q * H[k1 + j];
            if (notlast) {
              p += r * H[k2 + j];
              H[k2 + j] -= p * z;
            }
            H[k0 + j] -= p * x;
            H[k1 + j] -= p * y;
          }
          const iEnd = Math.min(n, k + 3);
          for (let i = iStart; i <= iEnd; i++) {
            const io = i * nn;
            p = x * H[io + k] + y * H[io + k + 1];
            if (notlast) {
              p += z * H[io + k + 2];
              H[io + k + 2] -= p * r;
            }
            H[io + k] -= p;
            H[io + k + 1] -= p * q;
          }
          if (V) {
            for (let i = low; i <= high; i++) {
              const io = i * nn;
              p = x * V[io + k] + y * V[io + k + 1];
              if (notlast) {
                p += z * V[io + k + 2];
                V[io + k + 2] -= p * r;
              }
              V[io + k] -= p;
              V[io + k + 1] -= p * q;
            }
          }
        }
      }
    }
  }
  if (!V) return { wr: d, wi: e, vectors: null };

  // back-substitute to find the vectors of the upper triangular (quasi-) form
  if (norm === 0) return { wr: d, wi: e, vectors: V };
  for (n = nn - 1; n >= 0; n--) {
    p = d[n];
    q = e[n];
    if (q === 0) {
      // real vector
      let l = n;
      H[n * nn + n] = 1;
      for (let i = n - 1; i >= 0; i--) {
        w = at(i, i) - p;
        r = 0;
        for (let j = l; j <= n; j++) r += at(i, j) * at(j, n);
        if (e[i] < 0) {
          z = w;
          s = r;
        } else {
          l = i;
          if (e[i] === 0) {
            H[i * nn + n] = w !== 0 ? -r / w : -r / (EPS * norm);
          } else {
            x = at(i, i + 1);
            y = at(i + 1, i);
            q = (d[i] - p) * (d[i] - p) + e[i] * e[i];
            t = (x * s - z * r) / q;
            H[i * nn + n] = t;
            H[(i + 1) * nn + n] = Math.abs(x) > Math.abs(z) ? (-r - w * t) / x : (-s - y * t) / z;
          }
          t = Math.abs(at(i, n));
          if (EPS * t * t > 1) for (let j = i; j <= n; j++) H[j * nn + n] /= t;
        }
      }
    } else if (q < 0) {
      // complex vector
      let l = n - 1;
      if (Math.abs(at(n, n - 1)) > Math.abs(at(n - 1, n))) {
        H[(n - 1) * nn + n - 1] = q / at(n, n - 1);
        H[(n - 1) * nn + n] = -(at(n, n) - p) / at(n, n - 1);
      } else {
        const [cr, ci] = cdiv(0, -at(n - 1, n), at(n - 1, n - 1) - p, q);
        H[(n - 1) * nn + n - 1] = cr;
        H[(n - 1) * nn + n] = ci;
      }
      H[n * nn + n - 1] = 0;
      H[n * nn + n] = 1;
      for (let i = n - 2; i >= 0; i--) {
        let ra = 0;
        let sa = 0;
        for (let j = l; j <= n; j++) {
          ra += at(i, j) * at(j, n - 1);
          sa += at(i, j) * at(j, n);
        }
        w = at(i, i) - p;
        if (e[i] < 0) {
          z = w;
          r = ra;
          s = sa;
        } else {
          l = i;
          if (e[i] === 0) {
            const [cr, ci] = cdiv(-ra, -sa, w, q);
            H[i * nn + n - 1] = cr;
            H[i * nn + n] = ci;
          } else {
            x = at(i, i + 1);
            y = at(i + 1, i);
            let vr = (d[i] - p) * (d[i] - p) + e[i] * e[i] - q * q;
            const vi = (d[i] - p) * 2 * q;
            if (vr === 0 && vi === 0) vr = EPS * norm * (Math.abs(w) + Math.abs(q) + Math.abs(x) + Math.abs(y) + Math.abs(z));
            const [cr, ci] = cdiv(x * r - z * ra + q * sa, x * s - z * sa - q * ra, vr, vi);
            H[i * nn + n - 1] = cr;
            H[i * nn + n] = ci;
            if (Math.abs(x) > Math.abs(z) + Math.abs(q)) {
              H[(i + 1) * nn + n - 1] = (-ra - w * at(i, n - 1) + q * at(i, n)) / x;
              H[(i + 1) * nn + n] = (-sa - w * at(i, n) - q * at(i, n - 1)) / x;
            } else {
              const [c2r, c2i] = cdiv(-r - y * at(i, n - 1), -s - y * at(i, n), z, q);
              H[(i + 1) * nn + n - 1] = c2r;
              H[(i + 1) * nn + n] = c2i;
            }
          }
          t = Math.max(Math.abs(at(i, n - 1)), Math.abs(at(i, n)));
          if (EPS * t * t > 1) {
            for (let j = i; j <= n; j++) {
              H[j * nn + n - 1] /= t;
              H[j * nn + n] /= t;
            }
          }
        }
      }
    }
  }
  // back-transform: vectors = V·triu(H)
  const T = new Float64Array(nn * nn);
  for (let i = 0; i < nn; i++) for (let j = i; j < nn; j++) T[i * nn + j] = H[i * nn + j];
  return { wr: d, wi: e, vectors: gemm(V, T, nn, nn, nn) };
}
