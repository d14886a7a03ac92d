/*
 * quire's WebAssembly kernels (float64, row-major), built by scripts/build-wasm.mjs with
 *   clang --target=wasm32 -msimd128 -O3 -nostdlib
 * into kernels.gen.ts (base64). No libc: everything here is self-contained. The memory is
 * exported; the caller (src/core/wasm/index.ts) places operands above __heap_base.
 * Every kernel has a pure-TypeScript twin in src/core/linalg-ts.ts / src/core/sort.ts that
 * the tests check against this one.
 */
#include <wasm_simd128.h>
#include <stdint.h>

typedef double f64;
typedef int32_t i32;
typedef uint32_t u32;
typedef uint64_t u64;
#define EXPORT(name) __attribute__((export_name(#name)))
#define INLINE static inline __attribute__((always_inline))

INLINE f64 fabs_(f64 x) { return __builtin_fabs(x); }
INLINE f64 sqrt_(f64 x) { return __builtin_sqrt(x); }
INLINE f64 hypot_(f64 a, f64 b) {
  a = fabs_(a);
  b = fabs_(b);
  f64 m = a > b ? a : b, s = a > b ? b : a;
  if (m == 0) return 0;
  f64 r = s / m;
  return m * sqrt_(1 + r * r);
}

/* ------------------------------------------------------------------------------------------ */
/* GEMM: C (m×n) = A (m×k) · B (k×n) [+ C], row-major with leading dimensions. Packed panels   */
/* (Goto/BLIS layout), an MR×NR micro-kernel on f64x2.                                          */
/* ------------------------------------------------------------------------------------------ */
#define MR 4
#define NR 4
/* cache blocking; overridable with -D for experiments (bench/linalg-gemm-cpu.ts). MC and NC do
 * not change any result (each C entry sums its k products in order within a KC block); KC does.
 * Tried on this machine (L1d 32 KiB, L2 1 MiB per core; bench/linalg-gemm-cpu.ts, interleaved, CPU
 * time): MC 144/192/256, KC 128/384 (+MC 192), NC 512, and clang's -disable-lsr (loads with folded
 * offsets) — none differed from these values beyond the ±15 % run-to-run spread of a shared machine */
#ifndef KC
#define KC 256
#endif
#ifndef MC
#define MC 96
#endif
#ifndef NC
#define NC 2048
#endif
static f64 Apack[MC * KC] __attribute__((aligned(16)));
static f64 Bpack[KC * NC] __attribute__((aligned(16)));

static void packA(const f64 *A, i32 lda, i32 mc, i32 kc, f64 *out) {
  for (i32 i0 = 0; i0 < mc; i0 += MR) {
    i32 mr = mc - i0 < MR ? mc - i0 : MR;
    const f64 *a = A + (long)i0 * lda;
    if (mr == MR) {
      const f64 *a0 = a, *a1 = a + lda, *a2 = a + 2 * lda, *a3 = a + 3 * lda;
      for (i32 p = 0; p < kc; p++) {
        out[0] = a0[p];
        out[1] = a1[p];
        out[2] = a2[p];
        out[3] = a3[p];
        out += MR;
      }
    } else {
      for (i32 p = 0; p < kc; p++) {
        for (i32 r = 0; r < MR; r++) out[r] = r < mr ? a[(long)r * lda + p] : 0;
        out += MR;
      }
    }
  }
}

static void packB(const f64 *B, i32 ldb, i32 kc, i32 nc, f64 *out) {
  for (i32 j0 = 0; j0 < nc; j0 += NR) {
    i32 nr = nc - j0 < NR ? nc - j0 : NR;
    const f64 *b = B + j0;
    if (nr == NR) {
      for (i32 p = 0; p < kc; p++) {
        wasm_v128_store(out, wasm_v128_load(b));
        wasm_v128_store(out + 2, wasm_v128_load(b + 2));
        b += ldb;
        out += NR;
      }
    } else {
      for (i32 p = 0; p < kc; p++) {
        for (i32 c = 0; c < NR; c++) out[c] = c < nr ? b[c] : 0;
        b += ldb;
        out += NR;
      }
    }
  }
}

/* C[0..mr, 0..nr) += Apanel · Bpanel over kc */
static void micro(i32 kc, const f64 *a, const f64 *b, f64 *C, i32 ldc, i32 mr, i32 nr) {
  v128_t c00 = wasm_f64x2_splat(0), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  for (i32 p = 0; p < kc; p++) {
    v128_t b0 = wasm_v128_load(b), b1 = wasm_v128_load(b + 2);
    v128_t a0 = wasm_v128_load64_splat(a), a1 = wasm_v128_load64_splat(a + 1);
    c00 = wasm_f64x2_add(c00, wasm_f64x2_mul(a0, b0));
    c01 = wasm_f64x2_add(c01, wasm_f64x2_mul(a0, b1));
    c10 = wasm_f64x2_add(c10, wasm_f64x2_mul(a1, b0));
    c11 = wasm_f64x2_add(c11, wasm_f64x2_mul(a1, b1));
    v128_t a2 = wasm_v128_load64_splat(a + 2), a3 = wasm_v128_load64_splat(a + 3);
    c20 = wasm_f64x2_add(c20, wasm_f64x2_mul(a2, b0));
    c21 = wasm_f64x2_add(c21, wasm_f64x2_mul(a2, b1));
    c30 = wasm_f64x2_add(c30, wasm_f64x2_mul(a3, b0));
    c31 = wasm_f64x2_add(c31, wasm_f64x2_mul(a3, b1));
    a += MR;
    b += NR;
  }
  if (mr == MR && nr == NR) {
    f64 *c = C;
    wasm_v128_store(c, wasm_f64x2_add(wasm_v128_load(c), c00));
    wasm_v128_store(c + 2, wasm_f64x2_add(wasm_v128_load(c + 2), c01));
    c += ldc;
    wasm_v128_store(c, wasm_f64x2_add(wasm_v128_load(c), c10));
    wasm_v128_store(c + 2, wasm_f64x2_add(wasm_v128_load(c + 2), c11));
    c += ldc;
    wasm_v128_store(c, wasm_f64x2_add(wasm_v128_load(c), c20));
    wasm_v128_store(c + 2, wasm_f64x2_add(wasm_v128_load(c + 2), c21));
    c += ldc;
    wasm_v128_store(c, wasm_f64x2_add(wasm_v128_load(c), c30));
    wasm_v128_store(c + 2, wasm_f64x2_add(wasm_v128_load(c + 2), c31));
  } else {
    f64 t[MR * NR] __attribute__((aligned(16)));
    wasm_v128_store(t, c00);
    wasm_v128_store(t + 2, c01);
    wasm_v128_store(t + 4, c10);
    wasm_v128_store(t + 6, c11);
    wasm_v128_store(t + 8, c20);
    wasm_v128_store(t + 10, c21);
    wasm_v128_store(t + 12, c30);
    wasm_v128_store(t + 14, c31);
    for (i32 r = 0; r < mr; r++)
      for (i32 c = 0; c < nr; c++) C[(long)r * ldc + c] += t[r * NR + c];
  }
}

/* C = A·B (+ C when accumulate != 0) */
EXPORT(gemm)
void gemm(i32 m, i32 n, i32 k, const f64 *A, i32 lda, const f64 *B, i32 ldb, f64 *C, i32 ldc, i32 accumulate) {
  if (!accumulate)
    for (i32 i = 0; i < m; i++)
      for (i32 j = 0; j < n; j++) C[(long)i * ldc + j] = 0;
  for (i32 jc = 0; jc < n; jc += NC) {
    i32 nc = n - jc < NC ? n - jc : NC;
    for (i32 pc = 0; pc < k; pc += KC) {
      i32 kc = k - pc < KC ? k - pc : KC;
      packB(B + (long)pc * ldb + jc, ldb, kc, nc, Bpack);
      for (i32 ic = 0; ic < m; ic += MC) {
        i32 mc = m - ic < MC ? m - ic : MC;
        packA(A + (long)ic * lda + pc, lda, mc, kc, Apack);
        for (i32 jr = 0; jr < nc; jr += NR) {
          i32 nr = nc - jr < NR ? nc - jr : NR;
          for (i32 ir = 0; ir < mc; ir += MR) {
            i32 mr = mc - ir < MR ? mc - ir : MR;
            micro(kc, Apack + ir * kc, Bpack + jr * kc, C + (long)(ic + ir) * ldc + jc + jr, ldc, mr, nr);
          }
        }
      }
    }
  }
}

/* ------------------------------------------------------------------------------------------ */
/* vector helpers                                                                              */
/* ------------------------------------------------------------------------------------------ */
INLINE f64 dot(const f64 *x, const f64 *y, i32 n) {
  v128_t s0 = wasm_f64x2_splat(0), s1 = s0;
  i32 i = 0;
  for (; i + 4 <= n; i += 4) {
    s0 = wasm_f64x2_add(s0, wasm_f64x2_mul(wasm_v128_load(x + i), wasm_v128_load(y + i)));
    s1 = wasm_f64x2_add(s1, wasm_f64x2_mul(wasm_v128_load(x + i + 2), wasm_v128_load(y + i + 2)));
  }
  s0 = wasm_f64x2_add(s0, s1);
  f64 s = wasm_f64x2_extract_lane(s0, 0) + wasm_f64x2_extract_lane(s0, 1);
  for (; i < n; i++) s += x[i] * y[i];
  return s;
}

/* y += a·x */
INLINE void axpy(f64 a, const f64 *x, f64 *y, i32 n) {
  v128_t va = wasm_f64x2_splat(a);
  i32 i = 0;
  for (; i + 2 <= n; i += 2) wasm_v128_store(y + i, wasm_f64x2_add(wasm_v128_load(y + i), wasm_f64x2_mul(va, wasm_v128_load(x + i))));
  for (; i < n; i++) y[i] += a * x[i];
}

/* ------------------------------------------------------------------------------------------ */
/* Symmetric eigen: blocked Householder tridiagonalisation (dsytrd), Qᵀ by blocked backward    */
/* accumulation, implicit QL (tql2) whose rotations act on rows of W = Vᵀ (contiguous).        */
/* ------------------------------------------------------------------------------------------ */

/*
 * Blocked Householder tridiagonalisation (LAPACK dsytrd/dlatrd, lower). The matrix is
 * symmetric, so the row-major array is also its column-major storage: "column j" of the lower
 * triangle is row j at entries j..n−1, contiguous. Only those entries are read or written.
 * Panels of TNB columns are reduced with a lower-triangle symv and the panel's pending update
 * applied as V Wᵀ + W Vᵀ corrections; then the trailing matrix takes the rank-2·TNB update
 * A −= V Wᵀ + W Vᵀ on the packed gemm, by block rows of its upper part.
 *
 * a: n×n symmetric (full storage, row-major; destroyed: row k holds reflector k at entries
 * k+1.. with a leading 1, tau[k] its scale, H_k = I − τ v vᵀ); d[0..n), e[0..n−1) the
 * tridiagonal (e[i] = T[i+1][i]). ws: scratch of tridiagWork(n) = 5·TNB·n + n doubles.
 */
#define TNB 32
#define TMB 96
EXPORT(tridiagWork)
i32 tridiagWork(i32 n) { return 5 * TNB * n + n; }

/* y[c..n) = A22 · v over the lower triangle of rows/cols c..n−1 (row j, entries j..n−1) */
static void symvLower(i32 n, const f64 *a, i32 c, const f64 *v, f64 *y) {
  for (i32 j = c; j < n; j++) y[j] = 0;
  i32 j = c;
  for (; j + 2 <= n; j += 2) {
    const f64 *r0 = a + (long)j * n, *r1 = r0 + n;
    f64 v0 = v[j], v1 = v[j + 1];
    /* the 2×2 diagonal block */
    f64 s0 = r0[j] * v0 + r0[j + 1] * v1;
    f64 s1 = r0[j + 1] * v0 + r1[j + 1] * v1;
    i32 i = j + 2;
    v128_t vs0 = wasm_f64x2_splat(0), vs1 = vs0, b0 = wasm_f64x2_splat(v0), b1 = wasm_f64x2_splat(v1);
    if (i < n && (i & 1)) {
      /* peel one to align on even indices (rows start 16-byte aligned when n is even) */
      s0 += r0[i] * v[i];
      s1 += r1[i] * v[i];
      y[i] += v0 * r0[i] + v1 * r1[i];
      i++;
    }
    for (; i + 2 <= n; i += 2) {
      v128_t x0 = wasm_v128_load(r0 + i), x1 = wasm_v128_load(r1 + i), vv = wasm_v128_load(v + i);
      vs0 = wasm_f64x2_add(vs0, wasm_f64x2_mul(x0, vv));
      vs1 = wasm_f64x2_add(vs1, wasm_f64x2_mul(x1, vv));
      v128_t yy = wasm_v128_load(y + i);
      yy = wasm_f64x2_add(yy, wasm_f64x2_add(wasm_f64x2_mul(b0, x0), wasm_f64x2_mul(b1, x1)));
      wasm_v128_store(y + i, yy);
    }
    for (; i < n; i++) {
      s0 += r0[i] * v[i];
      s1 += r1[i] * v[i];
      y[i] += v0 * r0[i] + v1 * r1[i];
    }
    y[j] += s0 + wasm_f64x2_extract_lane(vs0, 0) + wasm_f64x2_extract_lane(vs0, 1);
    y[j + 1] += s1 + wasm_f64x2_extract_lane(vs1, 0) + wasm_f64x2_extract_lane(vs1, 1);
  }
  if (j < n) y[j] += a[(long)j * n + j] * v[j];
}

EXPORT(tridiag)
void tridiag(i32 n, f64 *a, f64 *d, f64 *e, f64 *tau, f64 *ws) {
  if (n == 1) {
    d[0] = a[0];
    return;
  }
  f64 *Wt = ws;                    /* TNB × n: row p = w of panel column p (absolute index) */
  f64 *Y = Wt + (long)TNB * n;     /* 2·TNB × m: rows v_p then w_p over the trailing indices */
  f64 *X = Y + 2L * TNB * n;       /* m × 2·TNB: −w, −v as columns */
  f64 *y = X + 2L * TNB * n;       /* n */
  for (i32 k0 = 0; k0 < n; k0 += TNB) {
    i32 b = n - k0 < TNB ? n - k0 : TNB;
    for (i32 jj = 0; jj < b; jj++) {
      i32 i = k0 + jj;
      f64 *ri = a + (long)i * n;
      /* bring column i (row i, entries i..) up to date with the panel's earlier columns */
      for (i32 p = 0; p < jj; p++) {
        const f64 *vp = a + (long)(k0 + p) * n, *wp = Wt + (long)p * n;
        axpy(-wp[i], vp + i, ri + i, n - i);
        axpy(-vp[i], wp + i, ri + i, n - i);
      }
      d[i] = ri[i];
      if (i == n - 1) break;
      i32 m = n - i - 1;
      f64 *x = ri + i + 1;
      f64 alpha = x[0];
      f64 xn2 = m > 1 ? dot(x + 1, x + 1, m - 1) : 0;
      f64 *w = Wt + (long)jj * n;
      if (xn2 == 0) {
        e[i] = alpha;
        tau[i] = 0;
        for (i32 r = i + 1; r < n; r++) w[r] = 0;
        continue;
      }
      f64 beta = sqrt_(alpha * alpha + xn2);
      if (alpha > 0) beta = -beta;
      f64 t = (beta - alpha) / beta;
      f64 sc = 1 / (alpha - beta);
      for (i32 r = 1; r < m; r++) x[r] *= sc;
      x[0] = 1;
      e[i] = beta;
      tau[i] = t;
      const f64 *v = ri; /* v[r] = ri[r] for r > i */
      symvLower(n, a, i + 1, v, y);
      /* − (V Wᵀ + W Vᵀ) v over the panel's earlier columns */
      for (i32 p = 0; p < jj; p++) {
        const f64 *vp = a + (long)(k0 + p) * n, *wp = Wt + (long)p * n;
        f64 sw = dot(wp + i + 1, v + i + 1, m), sv = dot(vp + i + 1, v + i + 1, m);
        axpy(-sw, vp + i + 1, y + i + 1, m);
        axpy(-sv, wp + i + 1, y + i + 1, m);
      }
      /* w = τ y − (τ/2)(τ yᵀv) v */
      f64 h = 0.5 * t * t * dot(y + i + 1, v + i + 1, m);
      for (i32 r = i + 1; r < n; r++) w[r] = t * y[r] - h * v[r];
    }
    i32 s = k0 + b;
    if (s >= n) break;
    /* trailing update of rows/cols s..n−1 (upper part of each row): M += X·Y */
    i32 m = n - s, b2 = 2 * b;
    for (i32 p = 0; p < b; p++) {
      const f64 *vp = a + (long)(k0 + p) * n + s, *wp = Wt + (long)p * n + s;
      f64 *yv = Y + (long)p * m, *yw = Y + (long)(b + p) * m;
      for (i32 c = 0; c < m; c++) {
        yv[c] = vp[c];
        yw[c] = wp[c];
        X[(long)c * b2 + p] = -wp[c];
        X[(long)c * b2 + b + p] = -vp[c];
      }
    }
    for (i32 r0 = 0; r0 < m; r0 += TMB) {
      i32 mb = m - r0 < TMB ? m - r0 : TMB;
      gemm(mb, m - r0, b2, X + (long)r0 * b2, b2, Y + r0, m, a + (long)(s + r0) * n + s + r0, n, 1);
    }
  }
}

/*
 * The compact WY panel of tridiag's reflectors k0 … k0+nb−1 (in a, tau), acting on rows and
 * columns k0+1 … n−1 (m = n − k0 − 1), so that H_k0 ··· H_k0+nb−1 = I − V T Vᵀ:
 *   Vt (nb × m, row-major): row r = reflector k0+r, zeros before its leading 1 (all zeros when τ = 0);
 *   T (nb × nb, leading dimension ldt, upper): T[i][i] = τ_i, T[0:i, i] = −τ_i T[0:i, 0:i] (Vt[0:i] · v_i)
 * (dlarft, forward, rowwise). scratch: nb doubles. Shared by formQt and ormtr.
 */
static void reflectorPanel(i32 n, const f64 *a, const f64 *tau, i32 k0, i32 nb, f64 *Vt, f64 *T, i32 ldt, f64 *scratch) {
  i32 m = n - k0 - 1;
  for (i32 r = 0; r < nb; r++) {
    i32 k = k0 + r;
    f64 *vr = Vt + (long)r * m;
    for (i32 j = 0; j < r; j++) vr[j] = 0;
    const f64 *src = a + (long)k * n + k + 1;
    for (i32 j = r; j < m; j++) vr[j] = src[j - r];
    if (tau[k] == 0)
      for (i32 j = 0; j < m; j++) vr[j] = 0;
  }
  for (i32 c = 0; c < nb; c++) {
    f64 t = tau[k0 + c];
    for (i32 p = 0; p < c; p++) scratch[p] = dot(Vt + (long)p * m + c, Vt + (long)c * m + c, m - c);
    for (i32 r = 0; r < c; r++) {
      f64 sum = 0;
      for (i32 p = r; p < c; p++) sum += T[r * ldt + p] * scratch[p];
      T[r * ldt + c] = -t * sum;
    }
    T[c * ldt + c] = t;
    for (i32 r = c + 1; r < nb; r++) T[r * ldt + c] = 0;
  }
}

/*
 * W = Qᵀ (n×n) from the reflectors left in a by tridiag, NB reflectors at a time in compact
 * WY form (reflectorPanel: H_k0···H_k1−1 = I − V T Vᵀ, T upper triangular): Y ← Y − (Y V) Tᵀ Vᵀ
 * by two gemms on the trailing block. ws: scratch of 2·NB·n + 2·NB·NB doubles.
 */
#define QNB 32
EXPORT(formQt)
void formQt(i32 n, const f64 *a, const f64 *tau, f64 *W, f64 *ws) {
  for (long i = 0; i < (long)n * n; i++) W[i] = 0;
  for (i32 i = 0; i < n; i++) W[(long)i * n + i] = 1;
  f64 *Vt = ws;                  /* nb × m, row-major */
  f64 *Z = ws + (long)QNB * n;   /* m × nb */
  f64 *T = Z + (long)QNB * n;    /* nb × nb */
  f64 *Z2 = T + QNB * QNB;       /* nb scratch */
  for (i32 k1 = n - 2; k1 > 0;) {
    i32 k0 = k1 - QNB > 0 ? k1 - QNB : 0;
    i32 nb = k1 - k0, m = n - k0 - 1;
    reflectorPanel(n, a, tau, k0, nb, Vt, T, QNB, Z2);
    /* Z = Yb · V (m × nb): Yb rows/cols k0+1.., V = Vtᵀ; computed as rows of dots */
    f64 *Yb = W + (long)(k0 + 1) * n + k0 + 1;
    for (i32 i = 0; i < m; i++) {
      const f64 *yi = Yb + (long)i * n;
      for (i32 r = 0; r < nb; r++) Z[(long)i * nb + r] = dot(yi + r, Vt + (long)r * m + r, m - r);
    }
    /* Z ← −Z·Tᵀ (row by row: z_i ← −Σ_p T[r][p] z_i[p], p ≥ r) */
    for (i32 i = 0; i < m; i++) {
      f64 *zi = Z + (long)i * nb;
      for (i32 r = 0; r < nb; r++) {
        f64 sum = 0;
        for (i32 p = r; p < nb; p++) sum += T[r * QNB + p] * zi[p];
        Z2[r] = -sum;
      }
      for (i32 r = 0; r < nb; r++) zi[r] = Z2[r];
    }
    /* Yb += Z · Vt */
    gemm(m, m, nb, Z, nb, Vt, m, Yb, n, 1);
    k1 = k0;
  }
}

/*
 * The rotations of the QL sweeps are logged and applied to W in column chunks of CW: a chunk
 * of all n rows stays in cache while every logged sweep passes over it, instead of every
 * sweep streaming all of W. Within a sweep (i = m−1 … l, rotating rows i and i+1) the new row
 * i is carried to the next rotation in a local buffer.
 */
#define CW 32
static void applyLog(i32 n, f64 *W, const i32 *hdr, i32 nsw, const f64 *cs) {
  v128_t car[CW / 2];
  for (i32 j0 = 0; j0 < n; j0 += CW) {
    i32 cw = n - j0 < CW ? n - j0 : CW;
    i32 cv = cw >> 1;
    const f64 *r = cs;
    for (i32 sw = 0; sw < nsw; sw++) {
      i32 l = hdr[2 * sw], m = hdr[2 * sw + 1];
      f64 *rm = W + (long)m * n + j0;
      for (i32 q = 0; q < cv; q++) car[q] = wasm_v128_load(rm + 2 * q);
      f64 tail = cw & 1 ? rm[cw - 1] : 0;
      for (i32 i = m - 1; i >= l; i--) {
        f64 c = r[0], s = r[1];
        r += 2;
        f64 *xi = W + (long)i * n + j0, *yi = xi + n;
        v128_t vc = wasm_f64x2_splat(c), vs = wasm_f64x2_splat(s);
        for (i32 q = 0; q < cv; q++) {
          v128_t x = wasm_v128_load(xi + 2 * q), y = car[q];
          wasm_v128_store(yi + 2 * q, wasm_f64x2_add(wasm_f64x2_mul(vs, x), wasm_f64x2_mul(vc, y)));
          car[q] = wasm_f64x2_sub(wasm_f64x2_mul(vc, x), wasm_f64x2_mul(vs, y));
        }
        if (cw & 1) {
          f64 x = xi[cw - 1];
          yi[cw - 1] = s * x + c * tail;
          tail = c * x - s * tail;
        }
      }
      f64 *rl = W + (long)l * n + j0;
      for (i32 q = 0; q < cv; q++) wasm_v128_store(rl + 2 * q, car[q]);
      if (cw & 1) rl[cw - 1] = tail;
    }
  }
}

/*
 * Implicit QL with shifts on the tridiagonal (d, e: e[i] = T[i+1][i], e[n-1] scratch); when
 * W != 0 its rows i, i+1 are rotated with each rotation (so W = Qᵀ on entry gives Vᵀ), through
 * a log of hcap sweeps (hdr: 2·hcap i32) and cscap rotations (cs: 2·cscap f64), flushed when
 * full. Sorts ascending (with W's rows). Returns 0, or 1 when an eigenvalue took > 60 iterations.
 */
EXPORT(tql)
i32 tql(i32 n, f64 *d, f64 *e, f64 *W, i32 *hdr, i32 hcap, f64 *cs, i32 cscap) {
  const f64 eps = 2.220446049250313e-16;
  e[n - 1] = 0;
  f64 f = 0, tst1 = 0;
  i32 nsw = 0, ncs = 0;
  for (i32 l = 0; l < n; l++) {
    f64 t = fabs_(d[l]) + fabs_(e[l]);
    if (t > tst1) tst1 = t;
    i32 m = l;
    while (m < n - 1 && !(fabs_(e[m]) <= eps * tst1)) m++;
    if (m > l) {
      i32 iter = 0;
      do {
        if (++iter > 60) return 1;
        if (W && (nsw == hcap || ncs + (m - l) > cscap)) {
          applyLog(n, W, hdr, nsw, cs);
          nsw = 0;
          ncs = 0;
        }
        f64 g = d[l];
        f64 p = (d[l + 1] - g) / (2 * e[l]);
        f64 r = hypot_(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        f64 dl1 = d[l + 1];
        f64 h = g - d[l];
        for (i32 i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[m];
        f64 c = 1, c2 = 1, c3 = 1, el1 = e[l + 1], s = 0, s2 = 0;
        if (W) {
          hdr[2 * nsw] = l;
          hdr[2 * nsw + 1] = m;
          nsw++;
        }
        for (i32 i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = hypot_(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          if (W) {
            cs[2 * ncs] = c;
            cs[2 * ncs + 1] = s;
            ncs++;
          }
        }
        p = -s * s2 * c3 * el1 * e[l] / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (fabs_(e[l]) > eps * tst1);
    }
    d[l] += f;
    e[l] = 0;
  }
  if (W && nsw) applyLog(n, W, hdr, nsw, cs);
  /* selection sort, ascending */
  for (i32 i = 0; i < n - 1; i++) {
    i32 k = i;
    f64 p = d[i];
    for (i32 j = i + 1; j < n; j++)
      if (d[j] < p) {
        k = j;
        p = d[j];
      }
    if (k != i) {
      d[k] = d[i];
      d[i] = p;
      if (W) {
        f64 *x = W + (long)i * n, *y = W + (long)k * n;
        for (i32 j = 0; j < n; j++) {
          f64 tmp = x[j];
          x[j] = y[j];
          y[j] = tmp;
        }
      }
    }
  }
  return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Divide and conquer on the symmetric tridiagonal (LAPACK dstedc/dlaed0–4): split T at the     */
/* middle by a rank-one tear, solve the halves (QL below DCLEAF), merge: deflation of tiny z    */
/* and of close poles by Givens rotations (dlaed2), the secular equation per root with the      */
/* origin at the nearer pole (so every d_j − λ_i is accurate), Gu–Eisenstat recomputation of z  */
/* (orthogonal vectors without extra precision), and the eigenvector update on the gemm, split  */
/* by the block structure (upper-only / mixed / lower-only rows).                               */
/* Eigenvectors are kept as ROWS (Zt[i] = eigenvector i), so permutations and rotations are     */
/* contiguous and the update is New = S · Old.                                                  */
/* ------------------------------------------------------------------------------------------ */
#define DCLEAF 32
static const f64 EPS = 1.1102230246251565e-16; /* dlamch('E'): half an ulp of 1 */

/* Root i (0-based, ascending) of 1/ρ + Σ z_j²/(d_j − λ) for strictly increasing d (k ≥ 2);
 * delta[j] = d_j − λ computed from the nearer pole. Returns λ. */
static f64 laed4(i32 k, const f64 *d, const f64 *z, f64 rho, i32 i, f64 *delta) {
  f64 rhoinv = 1 / rho;
  i32 o, p0, p1;
  f64 lo, hi, tau;
  if (i < k - 1) {
    f64 del = d[i + 1] - d[i], mid = del / 2;
    f64 c = rhoinv;
    for (i32 j = 0; j < k; j++)
      if (j != i && j != i + 1) c += z[j] * z[j] / ((d[j] - d[i]) - mid);
    f64 zi2 = z[i] * z[i], zj2 = z[i + 1] * z[i + 1];
    f64 w = c + zi2 / (-mid) + zj2 / (del - mid);
    if (w > 0) {
      o = i;
      lo = 0;
      hi = mid;
      f64 a = c * del + zi2 + zj2, b = zi2 * del, disc = sqrt_(fabs_(a * a - 4 * b * c));
      tau = a > 0 ? 2 * b / (a + disc) : (a - disc) / (2 * c);
    } else {
      o = i + 1;
      lo = -mid;
      hi = 0;
      f64 a = c * del - zi2 - zj2, b = zj2 * del, disc = sqrt_(fabs_(a * a + 4 * b * c));
      tau = a < 0 ? 2 * b / (a - disc) : -(a + disc) / (2 * c);
    }
    p0 = i;
    p1 = i + 1;
  } else {
    f64 zz = 0;
    for (i32 j = 0; j < k; j++) zz += z[j] * z[j];
    o = k - 1;
    lo = 0;
    hi = rho * zz;
    tau = hi / 2;
    p0 = k - 2;
    p1 = k - 1;
  }
  if (!(tau > lo && tau < hi)) tau = 0.5 * (lo + hi);
  f64 dorg = d[o];
  for (i32 iter = 0; iter < 400; iter++) {
    f64 psi = 0, dpsi = 0, phi = 0, dphi = 0, err = 0;
    for (i32 j = 0; j < k; j++) {
      f64 dj = (d[j] - dorg) - tau;
      delta[j] = dj;
      f64 t = z[j] / dj, zt = z[j] * t;
      if (j <= p0) {
        psi += zt;
        dpsi += t * t;
      } else {
        phi += zt;
        dphi += t * t;
      }
      err += fabs_(zt);
    }
    f64 w = rhoinv + psi + phi, dw = dpsi + dphi;
    if (fabs_(w) <= EPS * (8 * err + 2 * rhoinv + fabs_(tau) * dw)) break;
    if (w < 0) lo = tau > lo ? tau : lo;
    else hi = tau < hi ? tau : hi;
    f64 am = fabs_(lo) > fabs_(hi) ? fabs_(lo) : fabs_(hi);
    if (hi - lo <= 4 * EPS * am) break;
    /* middle way: c + s/δ_p0 + S/δ_p1 matching ψ, φ and their derivatives */
    f64 d0 = delta[p0], d1 = delta[p1];
    f64 c = w - d0 * dpsi - d1 * dphi;
    f64 a = (d0 + d1) * w - d0 * d1 * dw;
    f64 b = d0 * d1 * w;
    f64 eta = -w / dw; /* Newton unless the model gives a root in the bracket */
    if (c != 0) {
      f64 disc = a * a - 4 * b * c;
      if (disc >= 0) {
        f64 sq = sqrt_(disc);
        f64 r1 = (a + (a >= 0 ? sq : -sq)) / (2 * c);
        f64 r2 = r1 != 0 ? b / (c * r1) : 0;
        f64 best = 0;
        i32 ok = 0;
        for (i32 q = 0; q < 2; q++) {
          f64 r = q ? r2 : r1;
          if (w * r < 0 && tau + r > lo && tau + r < hi && (!ok || fabs_(r) < fabs_(best))) {
            best = r;
            ok = 1;
          }
        }
        if (ok) eta = best;
      }
    } else if (a != 0 && w * (b / a) < 0) eta = b / a;
    if (!(tau + eta > lo && tau + eta < hi) || w * eta >= 0) eta = ((w < 0 ? hi : lo) - tau) / 2;
    if (eta == 0) break;
    tau += eta;
  }
  for (i32 j = 0; j < k; j++) delta[j] = (d[j] - dorg) - tau;
  return dorg + tau;
}

/* rows x, y (length n) ← (c x + s y, c y − s x) */
INLINE void rot(f64 *x, f64 *y, i32 n, f64 c, f64 s) {
  v128_t vc = wasm_f64x2_splat(c), vs = wasm_f64x2_splat(s);
  i32 j = 0;
  for (; j + 2 <= n; j += 2) {
    v128_t a = wasm_v128_load(x + j), b = wasm_v128_load(y + j);
    wasm_v128_store(x + j, wasm_f64x2_add(wasm_f64x2_mul(vc, a), wasm_f64x2_mul(vs, b)));
    wasm_v128_store(y + j, wasm_f64x2_sub(wasm_f64x2_mul(vc, b), wasm_f64x2_mul(vs, a)));
  }
  for (; j < n; j++) {
    f64 a = x[j], b = y[j];
    x[j] = c * a + s * b;
    y[j] = c * b - s * a;
  }
}

/*
 * Merge the solved halves of the block (rows/cols off..off+n−1 of Zt, ld N; halves of sizes m
 * and n−m, d[off..] ascending within each) coupled by β (u uᵀ) with u = e_{m−1} + σ e_m.
 * ws: 2N² + 10N doubles, iw: 8N i32.
 */
static void dcMerge(i32 N, i32 off, i32 n, i32 m, f64 beta, f64 sigma, f64 *dd, f64 *Zt, f64 *ws, i32 *iw) {
  f64 *Old = ws, *Del = Old + (long)N * N, *v = Del + (long)N * N;
  f64 *z = v, *ds = z + N, *zs = ds + N, *dl = zs + N, *zl = dl + N, *lam = zl + N, *zh = lam + N, *val = zh + N,
      *tmp = val + N, *dv = tmp + N;
  i32 *idx = iw, *typ = idx + N, *nd = typ + N, *ord = nd + N, *src = ord + N, *df = src + N;
  f64 *d = dd + off;
#define ROW(r) (Zt + (long)(off + (r)) * N + off)
  const f64 rs2 = 0.70710678118654752440;
  for (i32 j = 0; j < m; j++) z[j] = ROW(j)[m - 1] * rs2;
  for (i32 j = m; j < n; j++) z[j] = sigma * ROW(j)[m] * rs2;
  f64 rho = 2 * beta;
  /* merge the two ascending halves */
  for (i32 a = 0, b = m, t = 0; t < n; t++) idx[t] = (b >= n || (a < m && d[a] <= d[b])) ? a++ : b++;
  f64 dmax = 0, zmax = 0;
  for (i32 t = 0; t < n; t++) {
    ds[t] = d[idx[t]];
    zs[t] = z[idx[t]];
    typ[t] = idx[t] < m ? 1 : 2;
    if (fabs_(ds[t]) > dmax) dmax = fabs_(ds[t]);
    if (fabs_(zs[t]) > zmax) zmax = fabs_(zs[t]);
  }
  f64 tol = 8 * EPS * (dmax > zmax ? dmax : zmax);
  i32 k = 0, nde = 0, pj = -1;
  if (rho * zmax > tol) {
    for (i32 j = 0; j < n; j++) {
      if (rho * fabs_(zs[j]) <= tol) {
        df[nde++] = j;
        continue;
      }
      if (pj < 0) {
        pj = j;
        continue;
      }
      f64 s = zs[pj], c = zs[j], tau = hypot_(c, s), t = ds[j] - ds[pj];
      c /= tau;
      s = -s / tau;
      if (fabs_(t * c * s) <= tol) {
        zs[j] = tau;
        zs[pj] = 0;
        rot(ROW(idx[pj]), ROW(idx[j]), n, c, s);
        typ[j] |= typ[pj];
        f64 tt = ds[pj] * c * c + ds[j] * s * s;
        ds[j] = ds[pj] * s * s + ds[j] * c * c;
        ds[pj] = tt;
        df[nde++] = pj;
      } else nd[k++] = pj;
      pj = j;
    }
    if (pj >= 0) nd[k++] = pj;
  } else
    for (i32 j = 0; j < n; j++) df[nde++] = j;
  /* order the non-deflated rows: upper-only, mixed, lower-only */
  i32 k1 = 0, k3 = 0, q = 0;
  for (i32 r = 0; r < k; r++) k1 += typ[nd[r]] == 1, k3 += typ[nd[r]] == 3;
  for (i32 pass = 1; pass <= 3; pass++) {
    i32 want = pass == 1 ? 1 : pass == 2 ? 3 : 2;
    for (i32 r = 0; r < k; r++)
      if (typ[nd[r]] == want) ord[q++] = r;
  }
  for (i32 r = 0; r < k; r++) {
    dl[r] = ds[nd[r]];
    zl[r] = zs[nd[r]];
  }
  if (k == 1) {
    lam[0] = dl[0] + rho * zl[0] * zl[0];
    Del[0] = 1;
  } else if (k > 1) {
    for (i32 i = 0; i < k; i++) lam[i] = laed4(k, dl, zl, rho, i, Del + (long)i * k);
    /* Gu–Eisenstat: ẑ_j² = Π_i (λ_i − d_j) / Π_{i≠j} (d_i − d_j) (up to the factor ρ) */
    for (i32 j = 0; j < k; j++) {
      f64 w = Del[(long)j * k + j];
      for (i32 i = 0; i < k; i++)
        if (i != j) w *= Del[(long)i * k + j] / (dl[j] - dl[i]);
      f64 r = sqrt_(fabs_(w));
      zh[j] = zl[j] < 0 ? -r : r;
    }
    /* S[i][r] = ẑ_j / (d_j − λ_i), j = ord[r], rows normalised */
    for (i32 i = 0; i < k; i++) {
      f64 *row = Del + (long)i * k, s = 0;
      for (i32 r = 0; r < k; r++) {
        i32 j = ord[r];
        tmp[r] = zh[j] / row[j];
        s += tmp[r] * tmp[r];
      }
      s = 1 / sqrt_(s);
      for (i32 r = 0; r < k; r++) row[r] = tmp[r] * s;
    }
  }
  /* gather the non-deflated rows (in type order) into Old[0, k), the deflated ones after */
  for (i32 r = 0; r < n; r++) {
    const f64 *x = ROW(r < k ? idx[nd[ord[r]]] : idx[df[r - k]]);
    f64 *y = Old + (long)r * n;
    for (i32 c = 0; c < n; c++) y[c] = x[c];
  }
  /* block rows [0, k) ← S · Old by the block structure, rows [k, n) ← the deflated */
  if (k == 1) {
    for (i32 c = 0; c < n; c++) ROW(0)[c] = Old[c];
  } else if (k > 1) {
    gemm(k, m, k1 + k3, Del, k, Old, n, ROW(0), N, 0);
    gemm(k, n - m, k - k1, Del + k1, k, Old + (long)k1 * n + m, n, ROW(0) + m, N, 0);
  }
  for (i32 r = k; r < n; r++) {
    const f64 *x = Old + (long)r * n;
    f64 *y = ROW(r);
    for (i32 c = 0; c < n; c++) y[c] = x[c];
  }
  /* ascending: λ (sorted) and the deflated values (nearly sorted) by insertion */
  for (i32 i = 0; i < k; i++) {
    val[i] = lam[i];
    src[i] = i;
  }
  for (i32 t = 0; t < nde; t++) {
    val[k + t] = ds[df[t]];
    src[k + t] = k + t;
  }
  for (i32 i = 1; i < n; i++) {
    f64 x = val[i];
    i32 s = src[i], j = i - 1;
    while (j >= 0 && val[j] > x) {
      val[j + 1] = val[j];
      src[j + 1] = src[j];
      j--;
    }
    val[j + 1] = x;
    src[j + 1] = s;
  }
  /* rows in place: new row t = current row src[t], by cycles (typ marks the rows done) */
  for (i32 t = 0; t < n; t++) {
    d[t] = val[t];
    typ[t] = 0;
  }
  for (i32 t = 0; t < n; t++) {
    if (typ[t] || src[t] == t) continue;
    for (i32 c = 0; c < n; c++) tmp[c] = ROW(t)[c];
    i32 j = t;
    for (;;) {
      typ[j] = 1;
      i32 s = src[j];
      f64 *y = ROW(j);
      if (s == t) {
        for (i32 c = 0; c < n; c++) y[c] = tmp[c];
        break;
      }
      const f64 *x = ROW(s);
      for (i32 c = 0; c < n; c++) y[c] = x[c];
      j = s;
    }
  }
#undef ROW
  (void)dv;
}

static i32 dcRec(i32 N, i32 off, i32 n, f64 *d, f64 *e, f64 *Zt, f64 *ws, i32 *iw) {
  if (n <= DCLEAF) {
    f64 *W = ws, *cs = ws + n * n;
    for (i32 i = 0; i < n * n; i++) W[i] = 0;
    for (i32 i = 0; i < n; i++) W[i * n + i] = 1;
    i32 r = tql(n, d + off, e + off, W, iw, 4 * n, cs, 16 * n);
    for (i32 i = 0; i < n; i++)
      for (i32 j = 0; j < n; j++) Zt[(long)(off + i) * N + off + j] = W[i * n + j];
    return r;
  }
  i32 m = n / 2;
  f64 rho = e[off + m - 1], beta = fabs_(rho);
  d[off + m - 1] -= beta;
  d[off + m] -= beta;
  i32 r = dcRec(N, off, m, d, e, Zt, ws, iw);
  if (!r) r = dcRec(N, off + m, n - m, d, e, Zt, ws, iw);
  if (r) return r;
  dcMerge(N, off, n, m, beta, rho < 0 ? -1 : 1, d, Zt, ws, iw);
  return 0;
}

EXPORT(stedcWork)
i32 stedcWork(i32 n) { return 2 * n * n + 10 * n + 32 * n + 1024; }
EXPORT(stedcIWork)
i32 stedcIWork(i32 n) { return 8 * n + 256; }

/*
 * Eigen-decomposition of the symmetric tridiagonal (d, e: e[i] = T[i+1][i], e[n−1] scratch) by
 * divide and conquer: d ← eigenvalues ascending, Zt (n×n) ← eigenvectors as rows. ws:
 * stedcWork(n) doubles, iw: stedcIWork(n) i32. Returns 0, or 1 when a QL leaf failed.
 */
EXPORT(stedc)
i32 stedc(i32 n, f64 *d, f64 *e, f64 *Zt, f64 *ws, i32 *iw) {
  for (long i = 0; i < (long)n * n; i++) Zt[i] = 0;
  f64 big = 0;
  for (i32 i = 0; i < n; i++) big = fabs_(d[i]) > big ? fabs_(d[i]) : big;
  for (i32 i = 0; i + 1 < n; i++) big = fabs_(e[i]) > big ? fabs_(e[i]) : big;
  if (big == 0) {
    for (i32 i = 0; i < n; i++) Zt[(long)i * n + i] = 1;
    return 0;
  }
  /* scale by a power of two near 1/max|T| (exact) */
  f64 sc = 1, inv = 1;
  while (big * sc > 2) sc *= 0.5;
  while (big * sc < 0.5) sc *= 2;
  inv = 1 / sc;
  for (i32 i = 0; i < n; i++) d[i] *= sc;
  for (i32 i = 0; i + 1 < n; i++) e[i] *= sc;
  i32 r = dcRec(n, 0, n, d, e, Zt, ws, iw);
  for (i32 i = 0; i < n; i++) d[i] *= inv;
  return r;
}

/*
 * Z ← Q Z for the Q = H_0 H_1 ··· H_{n−3} of tridiag (reflectors in a, tau), Z n×n row-major,
 * ORNB reflectors at a time in compact WY form (reflectorPanel): Z_b ← (I − V T Vᵀ) Z_b by two gemms.
 * ws: ormtrWork(n) doubles.
 */
#define ORNB 64
EXPORT(ormtrWork)
i32 ormtrWork(i32 n) { return 3 * ORNB * n + ORNB * ORNB + 64; }
EXPORT(ormtr)
void ormtr(i32 n, const f64 *a, const f64 *tau, f64 *Z, f64 *ws) {
  f64 *Vt = ws;                   /* nb × m */
  f64 *Vn = Vt + (long)ORNB * n;  /* m × nb: −V */
  f64 *P = Vn + (long)ORNB * n;   /* nb × n */
  f64 *T = P + (long)ORNB * n;    /* nb × nb */
  for (i32 k1 = n - 2; k1 > 0;) {
    i32 k0 = k1 - ORNB > 0 ? k1 - ORNB : 0;
    i32 nb = k1 - k0, m = n - k0 - 1;
    reflectorPanel(n, a, tau, k0, nb, Vt, T, ORNB, P);
    for (i32 i = 0; i < m; i++)
      for (i32 r = 0; r < nb; r++) Vn[(long)i * nb + r] = -Vt[(long)r * m + i];
    f64 *Zb = Z + (long)(k0 + 1) * n;
    gemm(nb, n, m, Vt, m, Zb, n, P, n, 0);
    /* P ← T P (T upper: row r uses rows ≥ r, so top-down in place) */
    for (i32 r = 0; r < nb; r++) {
      f64 *pr = P + (long)r * n;
      f64 trr = T[r * ORNB + r];
      for (i32 j = 0; j < n; j++) pr[j] *= trr;
      for (i32 p = r + 1; p < nb; p++) axpy(T[r * ORNB + p], P + (long)p * n, pr, n);
    }
    gemm(m, n, nb, Vn, nb, P, n, Zb, n, 1);
    k1 = k0;
  }
}

/*
 * Householder reduction to upper Hessenberg form (linalg-eig.ts hessenbergReduce, line for line:
 * sequential sums, elementwise updates, the same bits): H (n×n row-major) overwritten; when V is
 * non-null, V = P₁·P₂·… accumulated backwards. U: n×n scratch (row m = the reflector of step m),
 * hs: n, f: n doubles.
 */
EXPORT(hessenberg)
void hessenberg(i32 n, f64 *H, f64 *V, f64 *U, f64 *hs, f64 *f) {
  i32 high = n - 1;
  for (i32 m = 0; m < n; m++) hs[m] = 0;
  for (i32 m = 1; m < high; m++) {
    f64 scale = 0;
    for (i32 i = m; i <= high; i++) scale += fabs_(H[(long)i * n + m - 1]);
    if (scale == 0) continue;
    f64 *u = U + (long)m * n;
    for (i32 i = 0; i < n; i++) u[i] = 0;
    f64 h = 0;
    for (i32 i = high; i >= m; i--) {
      u[i] = H[(long)i * n + m - 1] / scale;
      h += u[i] * u[i];
    }
    f64 g = sqrt_(h);
    if (u[m] > 0) g = -g;
    h -= u[m] * g;
    u[m] -= g;
    for (i32 j = m; j < n; j++) f[j] = 0;
    for (i32 i = m; i <= high; i++) {
      f64 ui = u[i];
      if (ui == 0) continue;
      const f64 *hi = H + (long)i * n;
      for (i32 j = m; j < n; j++) f[j] += ui * hi[j];
    }
    for (i32 j = m; j < n; j++) f[j] /= h;
    for (i32 i = m; i <= high; i++) {
      f64 ui = u[i];
      if (ui == 0) continue;
      f64 *hi = H + (long)i * n;
      for (i32 j = m; j < n; j++) hi[j] -= f[j] * ui;
    }
    for (i32 i = 0; i <= high; i++) {
      f64 *hi = H + (long)i * n;
      f64 sm = 0;
      for (i32 j = m; j <= high; j++) sm += u[j] * hi[j];
      sm /= h;
      if (sm == 0) continue;
      for (i32 j = m; j <= high; j++) hi[j] -= sm * u[j];
    }
    H[(long)m * n + m - 1] = scale * g;
    for (i32 i = m + 1; i <= high; i++) H[(long)i * n + m - 1] = 0;
    hs[m] = h;
  }
  if (!V) return;
  for (long i = 0; i < (long)n * n; i++) V[i] = 0;
  for (i32 i = 0; i < n; i++) V[(long)i * n + i] = 1;
  for (i32 m = high - 1; m >= 1; m--) {
    if (hs[m] == 0) continue;
    const f64 *u = U + (long)m * n;
    f64 h = hs[m];
    for (i32 j = m; j < n; j++) f[j] = 0;
    for (i32 i = m; i <= high; i++) {
      f64 ui = u[i];
      if (ui == 0) continue;
      const f64 *vi = V + (long)i * n;
      for (i32 j = m; j <= high; j++) f[j] += ui * vi[j];
    }
    for (i32 j = m; j <= high; j++) f[j] /= h;
    for (i32 i = m; i <= high; i++) {
      f64 ui = u[i];
      if (ui == 0) continue;
      f64 *vi = V + (long)i * n;
      for (i32 j = m; j <= high; j++) vi[j] -= f[j] * ui;
    }
  }
}

/*
 * The Francis double-shift QR iteration of hqr2 (linalg-eig.ts, the EISPACK/JAMA loop) on an
 * upper Hessenberg H (nn×nn row-major, overwritten), with V (the Hessenberg transformation,
 * updated) when non-null: d, e get the eigenvalues' real and imaginary parts. Line for line the
 * TS loop (scalar, the same operations in the same order: the same bits). norm: Σ|H_ij| over the
 * Hessenberg part. Returns 0, or 1 when an eigenvalue took more than 30·max(nn, 10) iterations.
 */
EXPORT(hqrIter)
i32 hqrIter(i32 nn, f64 *H, f64 *V, f64 *d, f64 *e, f64 norm) {
  const f64 EPS52 = 2.220446049250313e-16;
  i32 wantT = V != 0;
  i32 low = 0, high = nn - 1;
  i32 n = nn - 1;
  f64 exshift = 0, p = 0, q = 0, r = 0, s = 0, z = 0, w, x, y;
  i32 iter = 0;
  i32 maxIter = 30 * (nn > 10 ? nn : 10);
#define AT(i, j) H[(long)(i) * nn + (j)]
  while (n >= low) {
    i32 l = n;
    while (l > low) {
      s = fabs_(AT(l - 1, l - 1)) + fabs_(AT(l, l));
      if (s == 0) s = norm;
      if (fabs_(AT(l, l - 1)) <= EPS52 * s) break;
      l--;
    }
    if (l == n) {
      AT(n, n) += exshift;
      d[n] = AT(n, n);
      e[n] = 0;
      n--;
      iter = 0;
    } else if (l == n - 1) {
      w = AT(n, n - 1) * AT(n - 1, n);
      p = (AT(n - 1, n - 1) - AT(n, n)) / 2;
      q = p * p + w;
      z = sqrt_(fabs_(q));
      AT(n, n) += exshift;
      AT(n - 1, n - 1) += exshift;
      x = AT(n, n);
      if (q >= 0) {
        z = p >= 0 ? p + z : p - z;
        d[n - 1] = x + z;
        d[n] = d[n - 1];
        if (z != 0) d[n] = x - w / z;
        e[n - 1] = 0;
        e[n] = 0;
        if (wantT) {
          x = AT(n, n - 1);
          s = fabs_(x) + fabs_(z);
          p = x / s;
          q = z / s;
          r = sqrt_(p * p + q * q);
          p /= r;
          q /= r;
          f64 *r1 = H + (long)(n - 1) * nn, *r2 = H + (long)n * nn;
          for (i32 j = n - 1; j < nn; j++) {
            z = r1[j];
            r1[j] = q * z + p * r2[j];
            r2[j] = q * r2[j] - p * z;
          }
          for (i32 i = 0; i <= n; i++) {
            f64 *hi = H + (long)i * nn;
            z = hi[n - 1];
            hi[n - 1] = q * z + p * hi[n];
            hi[n] = q * hi[n] - p * z;
          }
          for (i32 i = low; i <= high; i++) {
            f64 *vi = V + (long)i * nn;
            z = vi[n - 1];
            vi[n - 1] = q * z + p * vi[n];
            vi[n] = q * vi[n] - p * z;
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
      x = AT(n, n);
      y = 0;
      w = 0;
      if (l < n) {
        y = AT(n - 1, n - 1);
        w = AT(n, n - 1) * AT(n - 1, n);
      }
      if (iter > 0 && iter % 20 == 10) {
        exshift += x;
        for (i32 i = low; i <= n; i++) AT(i, i) -= x;
        s = fabs_(AT(n, n - 1)) + fabs_(AT(n - 1, n - 2));
        x = y = 0.75 * s;
        w = -0.4375 * s * s;
      }
      if (iter > 0 && iter % 20 == 0) {
        s = (y - x) / 2;
        s = s * s + w;
        if (s > 0) {
          s = sqrt_(s);
          if (y < x) s = -s;
          s = x - w / ((y - x) / 2 + s);
          for (i32 i = low; i <= n; i++) AT(i, i) -= s;
          exshift += s;
          x = y = w = 0.964;
        }
      }
      iter++;
      if (iter > maxIter) return 1;
      i32 m = n - 2;
      while (m >= l) {
        z = AT(m, m);
        r = x - z;
        s = y - z;
        p = (r * s - w) / AT(m + 1, m) + AT(m, m + 1);
        q = AT(m + 1, m + 1) - z - r - s;
        r = AT(m + 2, m + 1);
        s = fabs_(p) + fabs_(q) + fabs_(r);
        p /= s;
        q /= s;
        r /= s;
        if (m == l) break;
        if (fabs_(AT(m, m - 1)) * (fabs_(q) + fabs_(r)) <
            EPS52 * (fabs_(p) * (fabs_(AT(m - 1, m - 1)) + fabs_(z) + fabs_(AT(m + 1, m + 1)))))
          break;
        m--;
      }
      for (i32 i = m + 2; i <= n; i++) {
        AT(i, i - 2) = 0;
        if (i > m + 2) AT(i, i - 3) = 0;
      }
      i32 jEnd = wantT ? nn : n + 1;
      i32 iStart = wantT ? 0 : l;
      for (i32 k = m; k <= n - 1; k++) {
        i32 notlast = k != n - 1;
        if (k != m) {
          p = AT(k, k - 1);
          q = AT(k + 1, k - 1);
          r = notlast ? AT(k + 2, k - 1) : 0;
          x = fabs_(p) + fabs_(q) + fabs_(r);
          if (x == 0) continue;
          p /= x;
          q /= x;
          r /= x;
        }
        s = sqrt_(p * p + q * q + r * r);
        if (p < 0) s = -s;
        if (s != 0) {
          if (k != m) AT(k, k - 1) = -s * x;
          else if (l != m) AT(k, k - 1) = -AT(k, k - 1);
          p += s;
          x = p / s;
          y = q / s;
          z = r / s;
          q /= p;
          r /= p;
          f64 *h0 = H + (long)k * nn, *h1 = h0 + nn, *h2 = h1 + nn;
          for (i32 j = k; j < jEnd; j++) {
            p = h0[j] + q * h1[j];
            if (notlast) {
              p += r * h2[j];
              h2[j] -= p * z;
            }
            h0[j] -= p * x;
            h1[j] -= p * y;
          }
          i32 iEnd = n < k + 3 ? n : k + 3;
          for (i32 i = iStart; i <= iEnd; i++) {
            f64 *hi = H + (long)i * nn;
            p = x * hi[k] + y * hi[k + 1];
            if (notlast) {
              p += z * hi[k + 2];
              hi[k + 2] -= p * r;
            }
            hi[k] -= p;
            hi[k + 1] -= p * q;
          }
          if (V) {
            for (i32 i = low; i <= high; i++) {
              f64 *vi = V + (long)i * nn;
              p = x * vi[k] + y * vi[k + 1];
              if (notlast) {
                p += z * vi[k + 2];
                vi[k + 2] -= p * r;
              }
              vi[k] -= p;
              vi[k + 1] -= p * q;
            }
          }
        }
      }
    }
  }
#undef AT
  return 0;
}

/*
 * Householder bidiagonalisation of an m×n A (m ≥ n) given as a = Aᵀ (n×m row-major, overwritten),
 * LINPACK dsvdc's loop as in linalg-svd.ts (its twin, same bits: the dots there sum like `dot`):
 * left reflectors u_k (I − u uᵀ/u_k) kept in row k of a and copied to Ut (when non-null, nu×m),
 * right reflectors in e and copied to Vt (when non-null, n×n); s and e get the pre-bidiagonal
 * values LINPACK's QR phase starts from. work: m doubles.
 */
EXPORT(bidiag)
void bidiag(i32 m, i32 n, f64 *a, f64 *s, f64 *e, f64 *work, f64 *Ut, f64 *Vt) {
  i32 nct = m - 1 < n ? m - 1 : n;
  i32 nrt = n - 2 < m ? n - 2 : m;
  if (nrt < 0) nrt = 0;
  i32 kmax = nct > nrt ? nct : nrt;
  for (i32 k = 0; k < kmax; k++) {
    f64 *ak = a + (long)k * m;
    if (k < nct) {
      f64 big = 0;
      for (i32 i = k; i < m; i++) {
        f64 x = fabs_(ak[i]);
        if (x > big) big = x;
      }
      f64 nrm = 0;
      if (big > 0) {
        f64 ss = 0;
        for (i32 i = k; i < m; i++) {
          f64 x = ak[i] / big;
          ss += x * x;
        }
        nrm = big * sqrt_(ss);
      }
      s[k] = nrm;
      if (s[k] != 0) {
        if (ak[k] < 0) s[k] = -s[k];
        f64 inv = 1 / s[k];
        for (i32 i = k; i < m; i++) ak[i] *= inv;
        ak[k] += 1;
      }
      s[k] = -s[k];
    }
    for (i32 j = k + 1; j < n; j++) {
      f64 *aj = a + (long)j * m;
      if (k < nct && s[k] != 0) {
        f64 t = dot(ak + k, aj + k, m - k);
        t = -t / ak[k];
        axpy(t, ak + k, aj + k, m - k);
      }
      e[j] = aj[k];
    }
    if (Ut && k < nct)
      for (i32 i = k; i < m; i++) Ut[(long)k * m + i] = ak[i];
    if (k < nrt) {
      f64 big = 0;
      for (i32 i = k + 1; i < n; i++) {
        f64 x = fabs_(e[i]);
        if (x > big) big = x;
      }
      f64 nrm = 0;
      if (big > 0) {
        f64 ss = 0;
        for (i32 i = k + 1; i < n; i++) {
          f64 x = e[i] / big;
          ss += x * x;
        }
        nrm = big * sqrt_(ss);
      }
      e[k] = nrm;
      if (e[k] != 0) {
        if (e[k + 1] < 0) e[k] = -e[k];
        f64 inv = 1 / e[k];
        for (i32 i = k + 1; i < n; i++) e[i] *= inv;
        e[k + 1] += 1;
      }
      e[k] = -e[k];
      if (k + 1 < m && e[k] != 0) {
        for (i32 i = k + 1; i < m; i++) work[i] = 0;
        for (i32 j = k + 1; j < n; j++) {
          f64 ej = e[j];
          if (ej == 0) continue;
          axpy(ej, a + (long)j * m + k + 1, work + k + 1, m - k - 1);
        }
        for (i32 j = k + 1; j < n; j++) {
          f64 t = -e[j] / e[k + 1];
          if (t == 0) continue;
          axpy(t, work + k + 1, a + (long)j * m + k + 1, m - k - 1);
        }
      }
      if (Vt)
        for (i32 i = k + 1; i < n; i++) Vt[(long)k * n + i] = e[i];
    }
  }
}

/*
 * The rotations of bidiagonal QR sweeps (linalg-svd.ts), applied to the rows of X (row length
 * len, row-major): sweep sw rotates rows (j, j+1) for j = k … k+cnt−1 in that order, each
 *   (x_j, x_{j+1}) ← (c·x_j + s·x_{j+1}, c·x_{j+1} − s·x_j),
 * with hdr[2sw] = k, hdr[2sw+1] = cnt and the (c, s) pairs in cs. Column chunks of CW entries,
 * the row being rotated carried in registers from one rotation to the next (as applyLog).
 * Same operations as the TypeScript loop, so the same bits.
 */
EXPORT(rotSweeps)
void rotSweeps(i32 len, f64 *X, const i32 *hdr, i32 nsw, const f64 *cs) {
  v128_t car[CW / 2];
  for (i32 j0 = 0; j0 < len; j0 += CW) {
    i32 cw = len - j0 < CW ? len - j0 : CW;
    i32 cv = cw >> 1;
    const f64 *r = cs;
    for (i32 sw = 0; sw < nsw; sw++) {
      i32 k = hdr[2 * sw], cnt = hdr[2 * sw + 1];
      f64 *rk = X + (long)k * len + j0;
      for (i32 q = 0; q < cv; q++) car[q] = wasm_v128_load(rk + 2 * q);
      f64 tail = cw & 1 ? rk[cw - 1] : 0;
      for (i32 j = k; j < k + cnt; j++) {
        f64 c = r[0], s = r[1];
        r += 2;
        f64 *xj = X + (long)j * len + j0, *yj = xj + len;
        v128_t vc = wasm_f64x2_splat(c), vs = wasm_f64x2_splat(s);
        for (i32 q = 0; q < cv; q++) {
          v128_t x = car[q], y = wasm_v128_load(yj + 2 * q);
          wasm_v128_store(xj + 2 * q, wasm_f64x2_add(wasm_f64x2_mul(vc, x), wasm_f64x2_mul(vs, y)));
          car[q] = wasm_f64x2_sub(wasm_f64x2_mul(vc, y), wasm_f64x2_mul(vs, x));
        }
        if (cw & 1) {
          f64 x = tail, y = yj[cw - 1];
          xj[cw - 1] = c * x + s * y;
          tail = c * y - s * x;
        }
      }
      f64 *rl = X + (long)(k + cnt) * len + j0;
      for (i32 q = 0; q < cv; q++) wasm_v128_store(rl + 2 * q, car[q]);
      if (cw & 1) rl[cw - 1] = tail;
    }
  }
}

/* eigenvalues of [[a, b], [b, c]]: rt1 (larger |·|), rt2 (dlae2) */
static void lae2(f64 a, f64 b, f64 c, f64 *rt1, f64 *rt2) {
  f64 sm = a + c, df = a - c, adf = fabs_(df), tb = b + b, ab = fabs_(tb);
  f64 acmx = fabs_(a) > fabs_(c) ? a : c, acmn = fabs_(a) > fabs_(c) ? c : a, rt;
  if (adf > ab) rt = adf * sqrt_(1 + (ab / adf) * (ab / adf));
  else if (adf < ab) rt = ab * sqrt_(1 + (adf / ab) * (adf / ab));
  else rt = ab * 1.4142135623730951;
  if (sm != 0) {
    *rt1 = 0.5 * (sm < 0 ? sm - rt : sm + rt);
    *rt2 = (acmx / *rt1) * acmn - (b / *rt1) * b;
  } else {
    *rt1 = 0.5 * rt;
    *rt2 = -0.5 * rt;
  }
}

/*
 * Eigenvalues of the symmetric tridiagonal (d, e: e[i] = T[i+1][i]; e is destroyed) by the
 * root-free Pal–Walker–Kahan variant of QL/QR (LAPACK dsterf): it iterates on e² and needs no
 * square root per rotation. d ← eigenvalues ascending. Returns 0, or 1 when more than 30·n
 * iterations were needed.
 */
EXPORT(sterf)
i32 sterf(i32 n, f64 *d, f64 *e) {
  const f64 eps = 1.1102230246251565e-16, eps2 = eps * eps;
  if (n <= 1) return 0;
  f64 big = 0;
  for (i32 i = 0; i < n; i++) big = fabs_(d[i]) > big ? fabs_(d[i]) : big;
  for (i32 i = 0; i + 1 < n; i++) big = fabs_(e[i]) > big ? fabs_(e[i]) : big;
  if (big == 0) return 0;
  /* scale to max |T| ≈ 1 by a power of two (exact), so e² neither overflows nor loses range */
  f64 sc = 1;
  while (big * sc > 2) sc *= 0.5;
  while (big * sc < 0.5) sc *= 2;
  for (i32 i = 0; i < n; i++) d[i] *= sc;
  for (i32 i = 0; i + 1 < n; i++) e[i] *= sc;
  i32 nmaxit = 30 * n, jtot = 0, fail = 0;
  i32 l1 = 0;
  while (l1 < n) {
    if (l1 > 0) e[l1 - 1] = 0;
    i32 m = l1;
    for (; m < n - 1; m++)
      if (fabs_(e[m]) <= sqrt_(fabs_(d[m])) * sqrt_(fabs_(d[m + 1])) * eps) {
        e[m] = 0;
        break;
      }
    i32 l = l1, lsv = l, lend = m, lendsv = lend;
    l1 = m + 1;
    if (lend == l) continue;
    for (i32 i = l; i < lend; i++) e[i] *= e[i];
    if (fabs_(d[lend]) < fabs_(d[l])) {
      lend = lsv;
      l = lendsv;
    }
    if (lend >= l) {
      /* QL */
      while (l <= lend) {
        if (l != lend) {
          for (m = l; m < lend; m++)
            if (fabs_(e[m]) <= eps2 * fabs_(d[m] * d[m + 1])) break;
        } else m = lend;
        if (m < lend) e[m] = 0;
        f64 p = d[l];
        if (m == l) {
          d[l] = p;
          l++;
          continue;
        }
        if (m == l + 1) {
          f64 rt1, rt2;
          lae2(d[l], sqrt_(e[l]), d[l + 1], &rt1, &rt2);
          d[l] = rt1;
          d[l + 1] = rt2;
          e[l] = 0;
          l += 2;
          continue;
        }
        if (jtot == nmaxit) break;
        jtot++;
        f64 rte = sqrt_(e[l]);
        f64 sigma = (d[l + 1] - p) / (2 * rte);
        f64 r = hypot_(sigma, 1);
        sigma = p - rte / (sigma + (sigma >= 0 ? r : -r));
        f64 c = 1, s = 0, gamma = d[m] - sigma;
        p = gamma * gamma;
        for (i32 i = m - 1; i >= l; i--) {
          f64 bb = e[i];
          r = p + bb;
          if (i != m - 1) e[i + 1] = s * r;
          f64 oldc = c;
          c = p / r;
          s = bb / r;
          f64 oldgam = gamma, alpha = d[i];
          gamma = c * (alpha - sigma) - s * oldgam;
          d[i + 1] = oldgam + (alpha - gamma);
          p = c != 0 ? (gamma * gamma) / c : oldc * bb;
        }
        e[l] = s * p;
        d[l] = sigma + gamma;
      }
    } else {
      /* QR */
      while (l >= lend) {
        for (m = l; m > lend; m--)
          if (fabs_(e[m - 1]) <= eps2 * fabs_(d[m] * d[m - 1])) break;
        if (m > lend) e[m - 1] = 0;
        f64 p = d[l];
        if (m == l) {
          d[l] = p;
          l--;
          continue;
        }
        if (m == l - 1) {
          f64 rt1, rt2;
          lae2(d[l], sqrt_(e[l - 1]), d[l - 1], &rt1, &rt2);
          d[l] = rt1;
          d[l - 1] = rt2;
          e[l - 1] = 0;
          l -= 2;
          continue;
        }
        if (jtot == nmaxit) break;
        jtot++;
        f64 rte = sqrt_(e[l - 1]);
        f64 sigma = (d[l - 1] - p) / (2 * rte);
        f64 r = hypot_(sigma, 1);
        sigma = p - rte / (sigma + (sigma >= 0 ? r : -r));
        f64 c = 1, s = 0, gamma = d[m] - sigma;
        p = gamma * gamma;
        for (i32 i = m; i < l; i++) {
          f64 bb = e[i];
          r = p + bb;
          if (i != m) e[i - 1] = s * r;
          f64 oldc = c;
          c = p / r;
          s = bb / r;
          f64 oldgam = gamma, alpha = d[i + 1];
          gamma = c * (alpha - sigma) - s * oldgam;
          d[i] = oldgam + (alpha - gamma);
          p = c != 0 ? (gamma * gamma) / c : oldc * bb;
        }
        e[l - 1] = s * p;
        d[l] = sigma + gamma;
      }
    }
    if (jtot == nmaxit) {
      fail = 1;
      break;
    }
  }
  for (i32 i = 0; i < n; i++) d[i] /= sc;
  if (fail) return 1;
  /* ascending (selection sort, O(n²) comparisons, no swaps of vectors) */
  for (i32 i = 0; i < n - 1; i++) {
    i32 k = i;
    for (i32 j = i + 1; j < n; j++)
      if (d[j] < d[k]) k = j;
    f64 t = d[i];
    d[i] = d[k];
    d[k] = t;
  }
  return 0;
}

/* a (n×n) ← aᵀ in place, by 32×32 tiles */
EXPORT(transposeSquare)
void transposeSquare(i32 n, f64 *a) {
  for (i32 i0 = 0; i0 < n; i0 += 32)
    for (i32 j0 = i0; j0 < n; j0 += 32) {
      i32 i1 = i0 + 32 < n ? i0 + 32 : n, j1 = j0 + 32 < n ? j0 + 32 : n;
      for (i32 i = i0; i < i1; i++)
        for (i32 j = j0 > i + 1 ? j0 : i + 1; j < j1; j++) {
          f64 t = a[(long)i * n + j];
          a[(long)i * n + j] = a[(long)j * n + i];
          a[(long)j * n + i] = t;
        }
    }
}

/* out (c×r) = inᵀ for in r×c, blocked */
EXPORT(transpose)
void transpose(i32 r, i32 c, const f64 *in, f64 *out) {
  for (i32 i0 = 0; i0 < r; i0 += 32)
    for (i32 j0 = 0; j0 < c; j0 += 32) {
      i32 i1 = i0 + 32 < r ? i0 + 32 : r, j1 = j0 + 32 < c ? j0 + 32 : c;
      for (i32 i = i0; i < i1; i++)
        for (i32 j = j0; j < j1; j++) out[(long)j * r + i] = in[(long)i * c + j];
    }
}

/* ------------------------------------------------------------------------------------------ */
/* LU with partial pivoting and Cholesky (row-major, right-looking, SIMD row updates)          */
/* ------------------------------------------------------------------------------------------ */

/* In place. perm: n. Returns the number of skipped (zero / non-finite) pivots; stats[0..1] =
 * smallest, largest |pivot|. A pivot ≤ zero counts as zero. */
EXPORT(lu)
i32 lu(i32 n, f64 *a, i32 *perm, f64 zero, f64 *stats) {
  i32 singular = 0;
  f64 pmin = 1.0 / 0.0, pmax = 0;
  for (i32 i = 0; i < n; i++) perm[i] = i;
  for (i32 k = 0; k < n; k++) {
    i32 piv = k;
    f64 best = fabs_(a[(long)k * n + k]);
    for (i32 i = k + 1; i < n; i++) {
      f64 v = fabs_(a[(long)i * n + k]);
      if (v > best) {
        best = v;
        piv = i;
      }
    }
    if (!(best > zero) || best - best != 0) {
      singular++;
      continue;
    }
    if (best < pmin) pmin = best;
    if (best > pmax) pmax = best;
    if (piv != k) {
      f64 *x = a + (long)k * n, *y = a + (long)piv * n;
      for (i32 j = 0; j < n; j++) {
        f64 t = x[j];
        x[j] = y[j];
        y[j] = t;
      }
      i32 t = perm[k];
      perm[k] = perm[piv];
      perm[piv] = t;
    }
    f64 *rk = a + (long)k * n;
    f64 inv = 1 / rk[k];
    for (i32 i = k + 1; i < n; i++) {
      f64 *ri = a + (long)i * n;
      f64 l = (ri[k] *= inv);
      if (l == 0) continue;
      axpy(-l, rk + k + 1, ri + k + 1, n - k - 1);
    }
  }
  stats[0] = pmin;
  stats[1] = pmax;
  return singular;
}

/* Lower Cholesky in place (upper part zeroed); returns 0, or j+1 when the leading minor j fails. */
EXPORT(cholesky)
i32 cholesky(i32 n, f64 *a) {
  for (i32 j = 0; j < n; j++) {
    f64 *rj = a + (long)j * n;
    f64 s = rj[j] - dot(rj, rj, j);
    if (!(s > 0)) return j + 1;
    f64 dj = sqrt_(s), inv = 1 / dj;
    rj[j] = dj;
    for (i32 i = j + 1; i < n; i++) {
      f64 *ri = a + (long)i * n;
      ri[j] = (ri[j] - dot(ri, rj, j)) * inv;
    }
  }
  for (i32 i = 0; i < n; i++)
    for (i32 j = i + 1; j < n; j++) a[(long)i * n + j] = 0;
  return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Sorting float64 (ascending; NaN-free input): keys are the IEEE bits made order-preserving   */
/* as unsigned 64-bit integers; an MSD bucket sort on the key range (2^11 buckets a level,     */
/* stable scatter) finishes buckets of ≤ 32 by insertion sort. Stable, so the index variant is  */
/* a stable argsort.                                                                           */
/* ------------------------------------------------------------------------------------------ */
#define SB 11
#define SNB (1 << SB)
#define SMALL 32

/* −0 maps to the key of +0: the two compare equal (ties, kept in input order) and come out as +0 */
INLINE u64 tokey(u64 b) {
  b = b == 0x8000000000000000ull ? 0 : b;
  return b ^ ((u64)((int64_t)b >> 63) | 0x8000000000000000ull);
}
INLINE u64 fromkey(u64 k) { return k ^ (((k >> 63) - 1) | 0x8000000000000000ull); }

static void isort(u64 *k, i32 *ix, i32 n) {
  for (i32 i = 1; i < n; i++) {
    u64 x = k[i];
    i32 j = i - 1;
    if (ix) {
      i32 xi = ix[i];
      while (j >= 0 && k[j] > x) {
        k[j + 1] = k[j];
        ix[j + 1] = ix[j];
        j--;
      }
      k[j + 1] = x;
      ix[j + 1] = xi;
    } else {
      while (j >= 0 && k[j] > x) {
        k[j + 1] = k[j];
        j--;
      }
      k[j + 1] = x;
    }
  }
}

static void msd(u64 *k, u64 *tk, i32 *ix, i32 *tix, i32 n, i32 *cnt) {
  if (n <= SMALL) {
    isort(k, ix, n);
    return;
  }
  u64 lo = k[0], hi = k[0];
  for (i32 i = 1; i < n; i++) {
    u64 x = k[i];
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (lo == hi) return;
  u64 span = hi - lo;
  i32 bits = 64 - __builtin_clzll(span);
  i32 sh = bits > SB ? bits - SB : 0;
  i32 nb = (i32)(span >> sh) + 1;
  for (i32 b = 0; b <= nb; b++) cnt[b] = 0;
  for (i32 i = 0; i < n; i++) cnt[((k[i] - lo) >> sh) + 1]++;
  for (i32 b = 0; b < nb; b++) cnt[b + 1] += cnt[b];
  /* cnt[b] = start of bucket b; scatter advances cnt[b] to the end of b (= start of b+1) */
  if (ix) {
    for (i32 i = 0; i < n; i++) {
      i32 d = cnt[(k[i] - lo) >> sh]++;
      tk[d] = k[i];
      tix[d] = ix[i];
    }
    for (i32 i = 0; i < n; i++) ix[i] = tix[i];
  } else {
    for (i32 i = 0; i < n; i++) tk[cnt[(k[i] - lo) >> sh]++] = k[i];
  }
  for (i32 i = 0; i < n; i++) k[i] = tk[i];
  /* after the scatter cnt[b] is the end of bucket b; recurse (each level needs its own counts) */
  i32 start = 0;
  for (i32 b = 0; b < nb; b++) {
    i32 end = cnt[b];
    i32 len = end - start;
    if (len > 1) {
      if (len <= SMALL) isort(k + start, ix ? ix + start : 0, len);
      else msd(k + start, tk + start, ix ? ix + start : 0, ix ? tix + start : 0, len, cnt + SNB + 2);
    }
    start = end;
  }
}

/*
 * Sort x[0..n) ascending in place (with ix when non-null). keys, tkeys: n u64 scratch; tix: n
 * i32 scratch when ix; cnt: (SNB + 2) · 8 i32 scratch (depth ≤ 6 levels of 11 bits).
 */
EXPORT(sortf64)
void sortf64(f64 *x, i32 n, i32 *ix, u64 *keys, u64 *tkeys, i32 *tix, i32 *cnt) {
  const u64 *bits = (const u64 *)x;
  for (i32 i = 0; i < n; i++) keys[i] = tokey(bits[i]);
  msd(keys, tkeys, ix, tix, n, cnt);
  u64 *out = (u64 *)x;
  for (i32 i = 0; i < n; i++) out[i] = fromkey(keys[i]);
}
