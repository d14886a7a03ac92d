/**
 * The float64 dense linear-algebra seam. One matrix type, `Mat`: a flat row-major
 * `Float64Array` with its shape (`data[i * cols + j]` is entry (i, j)). Public APIs accept
 * arrays of rows and convert once at the door (`fromRows`); inside quire everything is a Mat.
 *
 * The hot kernels run in WebAssembly (src/core/wasm: C compiled by clang for wasm32 with
 * SIMD128, shipped as base64): packed, cache-blocked gemm; for the symmetric eigenproblem, blocked
 * Householder tridiagonalisation, divide and conquer for the vectors and root-free QL for the
 * values only; LU with partial pivoting; Cholesky. Each has a TypeScript twin (linalg-ts.ts) used when WebAssembly is not
 * available or the operands are tiny; the tests check the twins against each other.
 * General eig, SVD, QR and least squares are driven from TypeScript (linalg-eig.ts, linalg-svd.ts,
 * linalg-qr.ts): QR blocked on the gemm; the SVD's bidiagonalisation and QR-sweep rotations and
 * eig's Hessenberg reduction and Francis iteration in WebAssembly, each with its TS loop as the
 * twin (the same bits); U and V of the SVD formed by the QR kernel's blocked accumulation.
 */
import { QuireError } from './errors.js';
import { assertMatrixRows } from './validate.js';
import { kernels } from './wasm/index.js';
import { choleskyTs, formQtTs, gemmTs, luTs, ormtrTs, stedcTs, sterfTs, tqlTs, tridiagTs } from './linalg-ts.js';
import { applyQtT, formQt, formR, qrFactorT } from './linalg-qr.js';
import { svdKernel } from './linalg-svd.js';
import { balance, hessenbergReduce, hqr2 } from './linalg-eig.js';

/** A dense float64 matrix: row-major `data` of length rows·cols. */
export interface Mat {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

// ---------------------------------------------------------------------------------------------
// backend selection

let useWasm = true;
/** Choose the kernels: 'wasm' (default; falls back to 'ts' when unavailable) or 'ts'. Returns the previous choice. */
export function setBackend(b: 'wasm' | 'ts'): 'wasm' | 'ts' {
  const prev = useWasm ? 'wasm' : 'ts';
  useWasm = b === 'wasm';
  return prev;
}
/** The backend that runs: 'wasm' when chosen and available, else 'ts'. */
export function backend(): 'wasm' | 'ts' {
  return useWasm && kernels() !== null ? 'wasm' : 'ts';
}
function wasm(): ReturnType<typeof kernels> {
  return useWasm ? kernels() : null;
}

// ---------------------------------------------------------------------------------------------
// construction and conversion

/**
 * A Mat of the given shape over `data` (not copied; zeros when omitted).
 * @throws QuireError if the shape is not a pair of non-negative integers or data has the wrong length
 * @example linalg.mat(2, 2, Float64Array.of(1, 2, 3, 4))
 */
export function mat(rows: number, cols: number, data?: ArrayLike<number>): Mat {
  if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(cols) || cols < 0) {
    throw new QuireError(`mat: rows and cols must be non-negative integers, got ${rows}×${cols}`);
  }
  if (data === undefined) return { rows, cols, data: new Float64Array(rows * cols) };
  if (data.length !== rows * cols) throw new QuireError(`mat: data has ${data.length} entries, expected ${rows}·${cols} = ${rows * cols}`);
  return { rows, cols, data: data instanceof Float64Array ? data : Float64Array.from(data) };
}

/** True for a Mat: an object with integer rows and cols and a Float64Array data of length rows·cols. */
export function isMat(x: unknown): x is Mat {
  return (
    x !== null &&
    typeof x === 'object' &&
    (x as Mat).data instanceof Float64Array &&
    Number.isInteger((x as Mat).rows) &&
    Number.isInteger((x as Mat).cols) &&
    (x as Mat).rows >= 0 &&
    (x as Mat).cols >= 0 &&
    (x as Mat).data.length === (x as Mat).rows * (x as Mat).cols
  );
}

/**
 * A Mat from an array of rows, validated (rectangular, non-empty, finite): the door.
 * @throws QuireError naming `fn` and `name`
 */
export function fromRows(rows: ArrayLike<ArrayLike<number>>, fn = 'fromRows', name = 'rows'): Mat {
  const arr = rows === null || typeof rows !== 'object' ? rows : Array.from(rows);
  const { rows: r, cols: c } = assertMatrixRows(fn, name, arr);
  const out = new Float64Array(r * c);
  const rr = arr as ArrayLike<number>[];
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[i * c + j] = rr[i][j];
  return { rows: r, cols: c, data: out };
}

/** The Mat as nested arrays (for JSON). */
export function toRows(a: Mat): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < a.rows; i++) out.push(Array.from(a.data.subarray(i * a.cols, (i + 1) * a.cols)));
  return out;
}

/** A copy. */
export function copy(a: Mat): Mat {
  return { rows: a.rows, cols: a.cols, data: a.data.slice() };
}

/** An r×c Mat of zeros. */
export function zeros(rows: number, cols: number): Mat {
  return mat(rows, cols);
}

/** The n×n identity. */
export function eye(n: number): Mat {
  const m = mat(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

/** A diagonal Mat. */
export function diag(values: ArrayLike<number>): Mat {
  const n = values.length;
  const m = mat(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = values[i];
  return m;
}

/** Aᵀ. */
export function transpose(a: Mat): Mat {
  return mat(a.cols, a.rows, transposeFlat(a.data, a.rows, a.cols));
}

/** The transpose of a row-major r×c array (c×r). */
export function transposeFlat(a: Float64Array, r: number, c: number, out = new Float64Array(r * c)): Float64Array {
  for (let i0 = 0; i0 < r; i0 += 32) {
    const i1 = Math.min(r, i0 + 32);
    for (let j0 = 0; j0 < c; j0 += 32) {
      const j1 = Math.min(c, j0 + 32);
      for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) out[j * r + i] = a[i * c + j];
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// products

/** Below this many multiply-adds, gemm stays in TypeScript (the copies into WASM cost more). */
const GEMM_WASM_MIN = 8192;

/**
 * Row-major GEMM on flat arrays: C (m×n) = A (m×k) · B (k×n), or C += A·B when `accumulate`.
 * Trusts its caller. WebAssembly (packed, blocked, f64x2) above a few thousand multiply-adds.
 */
export function gemm(
  A: Float64Array,
  B: Float64Array,
  m: number,
  k: number,
  n: number,
  C = new Float64Array(m * n),
  accumulate = false,
): Float64Array {
  if (m * k * n >= GEMM_WASM_MIN) {
    const w = wasm();
    if (w) {
      const pa = w.f64(A.length === m * k ? A : A.subarray(0, m * k));
      const pb = w.f64(B.length === k * n ? B : B.subarray(0, k * n));
      const pc = accumulate ? w.f64(C.subarray(0, m * n)) : w.f64(m * n);
      w.ex.gemm(m, n, k, pa, k, pb, n, pc, n, accumulate ? 1 : 0);
      C.set(w.viewF64(pc, m * n));
      return C;
    }
  }
  return gemmTs(A, B, m, k, n, C, accumulate);
}

/**
 * C = A·B.
 * @throws QuireError if the inner dimensions differ
 * @example linalg.matmul(linalg.eye(2), B) // B
 */
export function matmul(A: Mat, B: Mat): Mat {
  if (A.cols !== B.rows) throw new QuireError(`matmul: inner dimensions differ: ${A.rows}×${A.cols} · ${B.rows}×${B.cols}`);
  return { rows: A.rows, cols: B.cols, data: gemm(A.data, B.data, A.rows, A.cols, B.cols) };
}

// ---------------------------------------------------------------------------------------------
// LU, Cholesky, solves

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

const LU_WASM_MIN = 24;

/**
 * LU with partial pivoting of a row-major n×n matrix (copied).
 * @param tolerance - a pivot ≤ tolerance·max|A| counts as zero (default 0: exactly zero)
 */
export function luFactorFlat(a: ArrayLike<number>, n: number, { tolerance = 0 } = {}): FlatLu {
  let scale = 0;
  if (tolerance > 0) for (let i = 0; i < n * n; i++) scale = Math.max(scale, Math.abs(a[i]));
  const zero = tolerance * scale;
  const perm = new Int32Array(n);
  const stats = new Float64Array(2);
  let lu: Float64Array;
  let nsing: number;
  const w = n >= LU_WASM_MIN ? wasm() : null;
  if (w) {
    const pa = w.f64(a);
    const pp = w.i32(n);
    const ps = w.f64(2);
    nsing = w.ex.lu(n, pa, pp, zero, ps);
    lu = w.viewF64(pa, n * n).slice();
    perm.set(w.viewI32(pp, n));
    stats.set(w.viewF64(ps, 2));
  } else {
    lu = Float64Array.from(a);
    nsing = luTs(n, lu, perm, zero, stats);
  }
  return { n, lu, perm, singular: nsing > 0, pivotMin: stats[0], pivotMax: stats[1] };
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

/** Cholesky factor L (row-major lower, A = L·Lᵀ) of a row-major SPD n×n array, or null if not SPD. */
export function choleskyFlat(a: ArrayLike<number>, n: number): Float64Array | null {
  const w = n >= LU_WASM_MIN ? wasm() : null;
  if (w) {
    const pa = w.f64(a);
    if (w.ex.cholesky(n, pa) !== 0) return null;
    return w.viewF64(pa, n * n).slice();
  }
  const l = Float64Array.from(a);
  return choleskyTs(n, l) === 0 ? l : null;
}

/** Solve L·Lᵀ·X = B (n×m, row-major) with L from choleskyFlat; returns X. */
export function choleskySolveFlat(l: Float64Array, n: number, b: ArrayLike<number>, m: number): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    const io = i * m;
    for (let p = 0; p < i; p++) {
      const f = l[i * n + p];
      if (f === 0) continue;
      const po = p * m;
      for (let j = 0; j < m; j++) x[io + j] -= f * x[po + j];
    }
    const d = 1 / l[i * n + i];
    for (let j = 0; j < m; j++) x[io + j] *= d;
  }
  for (let i = n - 1; i >= 0; i--) {
    const io = i * m;
    for (let p = i + 1; p < n; p++) {
      const f = l[p * n + i];
      if (f === 0) continue;
      const po = p * m;
      for (let j = 0; j < m; j++) x[io + j] -= f * x[po + j];
    }
    const d = 1 / l[i * n + i];
    for (let j = 0; j < m; j++) x[io + j] *= d;
  }
  return x;
}

/** x·2^e in two exact steps (2^e alone overflows for |e| > 1023). */
function pow2Scale(x: number, e: number): number {
  const h = Math.trunc(e / 2);
  return x * 2 ** h * 2 ** (e - h);
}
function finiteArray(d: ArrayLike<number>): boolean {
  for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i])) return false;
  return true;
}

/**
 * The SVD and eig kernels overflow or stall on entries near overflow or in the subnormal range:
 * reject non-finite entries, and hand them 2^−e·A (exact) for the others (subnormals beside
 * normal entries flushed: noise); the caller scales values back by 2^e (0 when A was left alone).
 */
function scaledToUnit(fn: string, A: Mat): [Mat, number] {
  let big = 0;
  for (let i = 0; i < A.data.length; i++) {
    const x = Math.abs(A.data[i]);
    if (!(x <= big)) big = x === x ? x : Infinity;
  }
  if (!Number.isFinite(big)) throw new QuireError(`${fn}: A has non-finite entries`);
  const e = big === 0 ? 0 : Math.floor(Math.log2(big));
  const e2 = e >= -400 && e <= 400 ? 0 : e;
  // issue 16: 1e-300 beside 2 made hqr2's products subnormal and eig never returned.
  // entries below 2^−200·max|A| change no singular value or eigenvalue beyond rounding (ε·‖A‖,
  // or ε^(1/n)·‖A‖ for a defective one), but their squares underflow inside the kernels and stall
  // the iterations: flush them
  const floor = big * 2 ** -200;
  const tiny = (x: number): boolean => x !== 0 && Math.abs(x) < floor;
  if (e2 === 0 && !A.data.some(tiny)) return [A, 0];
  return [{ rows: A.rows, cols: A.cols, data: A.data.map((x) => (tiny(x) ? 0 : pow2Scale(x, -e2))) }, e2];
}

function assertNonEmpty(fn: string, a: Mat): void {
  if (a.rows === 0 || a.cols === 0) throw new QuireError(`${fn}: A must be non-empty, got ${a.rows}×${a.cols}`);
}

function assertSquare(fn: string, name: string, a: Mat): void {
  if (a.rows !== a.cols) throw new QuireError(`${fn}: ${name} must be square, got ${a.rows}×${a.cols}`);
}

/**
 * Solve A·X = B by LU with partial pivoting.
 * @throws QuireError if A is not square, the shapes differ, or A is singular
 */
export function solve(A: Mat, B: Mat): Mat {
  assertSquare('solve', 'A', A);
  if (B.rows !== A.rows) throw new QuireError(`solve: B has ${B.rows} rows, expected ${A.rows} (the size of A)`);
  const f = luFactorFlat(A.data, A.rows);
  if (f.singular) throw new QuireError('solve: A is singular');
  const x = luSolveFlat(f, B.data, B.cols);
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i])) throw new QuireError('solve: A is numerically singular');
  return { rows: A.rows, cols: B.cols, data: x };
}

/** A⁻¹. @throws QuireError if A is singular */
export function inv(A: Mat): Mat {
  return solve(A, eye(A.rows));
}

/** det(A). */
export function det(A: Mat): number {
  assertSquare('det', 'A', A);
  if (!isFiniteMatrix(A)) throw new QuireError('det: A has non-finite entries');
  const n = A.rows;
  const f = luFactorFlat(A.data, n);
  if (f.singular) return 0;
  let d = 1;
  for (let i = 0; i < n; i++) d *= f.lu[i * n + i];
  // sign of the permutation
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (seen[i]) continue;
    let len = 0;
    for (let j = i; !seen[j]; j = f.perm[j]) {
      seen[j] = 1;
      len++;
    }
    if (len % 2 === 0) d = -d;
  }
  return d;
}

/**
 * Lower Cholesky factor L with A = L·Lᵀ (the lower triangle of A is used).
 * @throws QuireError if A is not symmetric positive definite
 */
export function cholesky(A: Mat): Mat {
  assertSquare('cholesky', 'A', A);
  if (!isFiniteMatrix(A)) throw new QuireError('cholesky: A has non-finite entries');
  const l = choleskyFlat(A.data, A.rows);
  if (!l) throw new QuireError('cholesky: A is not positive definite');
  return { rows: A.rows, cols: A.rows, data: l };
}

/** Solve A·X = B for symmetric positive definite A. @throws QuireError if A is not SPD */
export function choleskySolve(A: Mat, B: Mat): Mat {
  assertSquare('choleskySolve', 'A', A);
  if (B.rows !== A.rows) throw new QuireError(`choleskySolve: B has ${B.rows} rows, expected ${A.rows} (the size of A)`);
  if (!isFiniteMatrix(A)) throw new QuireError('choleskySolve: A has non-finite entries');
  const l = choleskyFlat(A.data, A.rows);
  if (!l) throw new QuireError('choleskySolve: A is not positive definite');
  return { rows: A.rows, cols: B.cols, data: choleskySolveFlat(l, A.rows, B.data, B.cols) };
}

// ---------------------------------------------------------------------------------------------
// symmetric eigen

/** out[i·n + j] (j ≥ i) = the symmetric part of a, by 32×32 tiles (the tridiagonalisation reads only these). */
function symmetricUpper(a: ArrayLike<number>, n: number, out: Float64Array): void {
  for (let i0 = 0; i0 < n; i0 += 32)
    for (let j0 = i0; j0 < n; j0 += 32) {
      const i1 = Math.min(i0 + 32, n);
      const j1 = Math.min(j0 + 32, n);
      for (let i = i0; i < i1; i++)
        for (let j = Math.max(j0, i); j < j1; j++) out[i * n + j] = i === j ? a[i * n + i] : 0.5 * (a[i * n + j] + a[j * n + i]);
    }
}

/**
 * Symmetric eigendecomposition of a row-major n×n array (only its symmetric part is used):
 * values ascending and, when `vectors`, the eigenvectors as the columns of a row-major n×n
 * array. Blocked Householder tridiagonalisation (dsytrd); then, for vectors, divide and conquer
 * on the tridiagonal (dstedc) and Q applied by blocks (dormtr), or implicit QL with Qᵀ formed
 * (`solver: 'ql'`, also the fallback if a QL leaf of divide and conquer fails); values only:
 * the root-free Pal–Walker–Kahan QL (dsterf), or implicit QL without vectors with `solver: 'ql'`
 * (and as its fallback). Both are O(n²) after the O(n³) reduction.
 * @throws QuireError if the QL iteration does not converge
 */
export function eighFlat(
  a: ArrayLike<number>,
  n: number,
  vectors = true,
  { solver = 'dc' }: { solver?: 'dc' | 'ql' } = {},
): { values: Float64Array; vectors: Float64Array | null } {
  const values = new Float64Array(n);
  if (n === 0) return { values, vectors: vectors ? new Float64Array(0) : null };
  let big = 0;
  for (let i = 0; i < n * n; i++) {
    const x = Math.abs(a[i]);
    if (!(x <= big)) big = x === x ? x : Infinity;
  }
  if (!Number.isFinite(big)) throw new QuireError('eigh: A has non-finite entries');
  // Far from 1 (subnormal or near-overflow entries), the Householder squares underflow or
  // overflow: decompose 2^−e·A (exact) instead and scale the eigenvalues back.
  const e2 = big === 0 ? 0 : Math.floor(Math.log2(big));
  if (e2 < -400 || e2 > 400) {
    const scaled = new Float64Array(n * n);
    for (let i = 0; i < n * n; i++) scaled[i] = pow2Scale(a[i], -e2);
    const r = eighFlat(scaled, n, vectors, { solver });
    for (let i = 0; i < n; i++) r.values[i] = pow2Scale(r.values[i], e2);
    if (!finiteArray(r.values)) throw new QuireError('eigh: an eigenvalue of A overflows');
    return r;
  }
  // A subnormal entry next to normal ones changes no eigenvalue, but its square underflows
  // inside the QL iteration and turns it into NaN: flush it.
  for (let i = 0; i < n * n; i++) {
    if (a[i] !== 0 && Math.abs(a[i]) < 2.2250738585072014e-308) {
      const flushed = Float64Array.from(a);
      for (let j = i; j < n * n; j++) if (Math.abs(flushed[j]) < 2.2250738585072014e-308) flushed[j] = 0;
      return eighFlat(flushed, n, vectors, { solver });
    }
  }
  const w = n >= 8 ? wasm() : null;
  let fail = 0;
  let V: Float64Array | null = null;
  if (w) {
    const ps = w.f64(n * n);
    symmetricUpper(a, n, w.viewF64(ps, n * n));
    const pd = w.f64(n);
    const pe = w.f64(n);
    const pt = w.f64(n);
    w.ex.tridiag(n, ps, pd, pe, pt, w.f64(w.ex.tridiagWork(n)));
    if (vectors && solver === 'dc') {
      const d0 = w.viewF64(pd, n).slice();
      const e0 = w.viewF64(pe, n).slice();
      const pZt = w.f64(n * n);
      fail = w.ex.stedc(n, pd, pe, pZt, w.f64(w.ex.stedcWork(n)), w.i32(w.ex.stedcIWork(n)));
      if (!fail) {
        w.ex.transposeSquare(n, pZt);
        w.ex.ormtr(n, ps, pt, pZt, w.f64(w.ex.ormtrWork(n)));
        values.set(w.viewF64(pd, n));
        V = w.viewF64(pZt, n * n).slice();
      } else {
        // a QL leaf failed: fall back to QL on the whole tridiagonal
        w.viewF64(pd, n).set(d0);
        w.viewF64(pe, n).set(e0);
      }
    }
    let done = false;
    if (!vectors && solver === 'dc') {
      // values only: root-free PWK QL (dsterf); plain QL if it does not converge
      const d0 = w.viewF64(pd, n).slice();
      const e0 = w.viewF64(pe, n).slice();
      done = w.ex.sterf(n, pd, pe) === 0;
      if (done) values.set(w.viewF64(pd, n));
      else {
        w.viewF64(pd, n).set(d0);
        w.viewF64(pe, n).set(e0);
      }
    }
    if (!V && !done) {
      let pW = 0;
      if (vectors) {
        pW = w.f64(n * n);
        w.ex.formQt(n, ps, pt, pW, w.f64(64 * n + 2048));
      }
      const hcap = 4096;
      const cscap = 1 << 17;
      const ph = vectors ? w.i32(2 * hcap) : 0;
      const pc = vectors ? w.f64(2 * cscap) : 0;
      fail = w.ex.tql(n, pd, pe, pW, ph, hcap, pc, cscap);
      values.set(w.viewF64(pd, n));
      if (vectors) {
        const pV = w.f64(n * n);
        w.ex.transpose(n, n, pW, pV);
        V = w.viewF64(pV, n * n).slice();
      }
    }
  } else {
    const s = new Float64Array(n * n);
    symmetricUpper(a, n, s);
    const e = new Float64Array(n);
    const tau = new Float64Array(n);
    tridiagTs(n, s, values, e, tau);
    if (vectors && solver === 'dc') {
      const d0 = values.slice();
      const e0 = e.slice();
      const Zt = new Float64Array(n * n);
      fail = stedcTs(n, values, e, Zt);
      if (!fail) {
        V = transposeFlat(Zt, n, n);
        ormtrTs(n, s, tau, V);
      } else {
        values.set(d0);
        e.set(e0);
      }
    }
    let done = false;
    if (!vectors && solver === 'dc') {
      const d0 = values.slice();
      const e0 = e.slice();
      done = sterfTs(n, values, e) === 0;
      if (!done) {
        values.set(d0);
        e.set(e0);
      }
    }
    if (!V && !done) {
      let W: Float64Array | null = null;
      if (vectors) {
        W = new Float64Array(n * n);
        formQtTs(n, s, tau, W);
      }
      fail = tqlTs(n, values, e, W);
      if (W) V = transposeFlat(W, n, n);
    }
  }
  if (fail) throw new QuireError('eigh: the QL iteration did not converge');
  return { values, vectors: V };
}

/**
 * Symmetric eigendecomposition A = V·diag(values)·Vᵀ: values ascending, V's columns
 * orthonormal eigenvectors. Only the symmetric part of A is used.
 * @throws QuireError if A is not square
 * @example linalg.eigh(linalg.mat(2, 2, [2, 1, 1, 2])).values // [1, 3]
 */
export function eigh(A: Mat): { values: Float64Array; vectors: Mat } {
  assertSquare('eigh', 'A', A);
  const r = eighFlat(A.data, A.rows, true);
  return { values: r.values, vectors: { rows: A.rows, cols: A.rows, data: r.vectors as Float64Array } };
}

/** Eigenvalues of the symmetric part of A, ascending (no vectors: O(n²) after the O(n³) reduction). */
export function eigvalsh(A: Mat): Float64Array {
  assertSquare('eigvalsh', 'A', A);
  return eighFlat(A.data, A.rows, false).values;
}

/** The former name of `eigh`. */
export function eigSym(A: Mat): { values: Float64Array; vectors: Mat } {
  assertSquare('eigSym', 'A', A);
  return eigh(A);
}

// ---------------------------------------------------------------------------------------------
// general eig, SVD, QR, least squares (linalg-eig.ts, linalg-svd.ts, linalg-qr.ts; hot loops in WebAssembly)

/** Eigendecomposition of a general real matrix: eigenvalues as real and imaginary parts, eigenvectors (complex, as re/im Mats) when wanted. */
export interface Eig {
  /** real parts of the eigenvalues (a complex pair is adjacent, the one with Im > 0 first; otherwise in the order the QR iteration deflates them) */
  re: Float64Array;
  im: Float64Array;
  /** column j is the eigenvector of eigenvalue j, unit 2-norm, its largest component real; null when not asked for */
  vectors: { re: Mat; im: Mat } | null;
}

function finiteOrThrow(fn: string, A: Mat): void {
  for (let i = 0; i < A.data.length; i++) {
    if (!Number.isFinite(A.data[i])) {
      throw new QuireError(`${fn}: A has a non-finite entry at (${Math.floor(i / A.cols)}, ${i % A.cols}): ${A.data[i]}`);
    }
  }
}

/**
 * Eigenvalues and (by default) eigenvectors of a general real square matrix: balancing, Hessenberg
 * reduction, Francis double-shift QR (see linalg-eig.ts). A·v = λ·v for each column.
 * @throws QuireError if A is not square, has non-finite entries, or the QR iteration does not converge
 * @example linalg.eig(linalg.mat(2, 2, [0, 1, -1, 0])) // re [0, 0], im [1, −1]
 */
export function eig(A: Mat, { vectors = true }: { vectors?: boolean } = {}): Eig {
  assertSquare('eig', 'A', A);
  finiteOrThrow('eig', A);
  const n = A.rows;
  if (n === 0) return { re: new Float64Array(0), im: new Float64Array(0), vectors: vectors ? { re: mat(0, 0), im: mat(0, 0) } : null };
  const [S, e2] = scaledToUnit('eig', A);
  const H = S === A ? A.data.slice() : S.data;
  const D = balance(H, n);
  const V = hessenbergReduce(H, n, vectors, wasm());
  const r = hqr2(H, n, V, wasm());
  if (!r) throw new QuireError('eig: the QR iteration did not converge');
  const re = r.wr.map((x) => pow2Scale(x, e2));
  const im = r.wi.map((x) => pow2Scale(x, e2));
  if (!vectors) return { re, im, vectors: null };
  const X = r.vectors as Float64Array;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) X[i * n + j] *= D[i];
  const VR = mat(n, n);
  const VI = mat(n, n);
  for (let j = 0; j < n; j++) {
    if (r.wi[j] === 0) {
      let s = 0;
      for (let i = 0; i < n; i++) s = Math.hypot(s, X[i * n + j]);
      for (let i = 0; i < n; i++) VR.data[i * n + j] = s > 0 ? X[i * n + j] / s : 0;
      continue;
    }
    // a pair: columns j (re) and j+1 (im) hold λ_j's vector; λ_{j+1} = conj(λ_j) takes the conjugate
    let s = 0;
    let big = -1;
    let br = 0;
    let bi = 0;
    for (let i = 0; i < n; i++) {
      const xr = X[i * n + j];
      const xi = X[i * n + j + 1];
      const h = Math.hypot(xr, xi);
      s = Math.hypot(s, h);
      if (h > big) {
        big = h;
        br = xr;
        bi = xi;
      }
    }
    // divide by s·(br + i·bi)/|b|: unit norm, the largest component real
    const cr = br / big;
    const ci = -bi / big;
    for (let i = 0; i < n; i++) {
      const xr = X[i * n + j] / s;
      const xi = X[i * n + j + 1] / s;
      const vr = xr * cr - xi * ci;
      const vi = xr * ci + xi * cr;
      VR.data[i * n + j] = vr;
      VI.data[i * n + j] = vi;
      VR.data[i * n + j + 1] = vr;
      VI.data[i * n + j + 1] = -vi;
    }
    j++;
  }
  return { re, im, vectors: { re: VR, im: VI } };
}

/** Eigenvalues of a general real square matrix (no vectors: the QR iteration works on the active window only). */
export function eigvals(A: Mat): { re: Float64Array; im: Float64Array } {
  assertSquare('eigvals', 'A', A);
  finiteOrThrow('eigvals', A); // errors name eigvals, not eig
  const { re, im } = eig(A, { vectors: false });
  return { re, im };
}

/**
 * Singular value decomposition A = U·diag(s)·Vᵀ, s descending and ≥ 0 (Golub–Kahan–Reinsch,
 * see linalg-svd.ts). Thin by default (k = min(m, n): U m×k, V n×k); `full` gives U m×m, V n×n.
 * @throws QuireError if A is empty, has non-finite entries, or the iteration does not converge
 * @example linalg.svd(linalg.mat(2, 2, [3, 0, 0, -4])).s // [4, 3]
 */
export function svd(A: Mat, { full = false }: { full?: boolean } = {}): { U: Mat; s: Float64Array; V: Mat } {
  assertNonEmpty('svd', A);
  finiteOrThrow('svd', A);
  const r = svdFlat(A, full ? 'full' : 'thin');
  return { U: r.U as Mat, s: r.s, V: r.V as Mat };
}

/** The singular values of A, descending (no vectors). @throws QuireError as `svd` */
export function svdvals(A: Mat): Float64Array {
  assertNonEmpty('svdvals', A);
  finiteOrThrow('svdvals', A);
  return svdFlat(A, 'none').s;
}

function svdFlat(A0: Mat, mode: 'thin' | 'full' | 'none'): { U: Mat | null; s: Float64Array; V: Mat | null } {
  const [A, e2] = scaledToUnit('svd', A0);
  const m = A.rows;
  const n = A.cols;
  const tall = m >= n;
  // the kernel wants rows ≥ cols, given transposed: for tall A pass Aᵀ, for wide A pass A itself (= (Aᵀ)ᵀ)
  const M = tall ? m : n;
  const N = tall ? n : m;
  const At = tall ? transposeFlat(A.data, m, n) : A.data.slice();
  const nu = mode === 'none' ? 0 : mode === 'full' ? M : N;
  const r = svdKernel(At, M, N, nu, mode !== 'none', wasm());
  if (!r) throw new QuireError('svd: the QR iteration did not converge');
  const s = Float64Array.from(r.s, (x) => pow2Scale(x, e2));
  if (mode === 'none') return { U: null, s, V: null };
  // kernel: (Aᵀ or A) = U'·S·V'ᵀ with U' M×nu, V' N×N given as U'ᵀ, V'ᵀ
  const Up = mat(M, nu, transposeFlat(r.Ut as Float64Array, nu, M));
  const Vp = mat(N, N, transposeFlat(r.Vt as Float64Array, N, N));
  if (tall) return { U: Up, s, V: Vp };
  // wide: A = (Aᵀ)ᵀ = V'·S·U'ᵀ, so U = V' (m×m) and V = U'
  return { U: Vp, s, V: Up };
}

/**
 * QR by Householder reflections: A·P = Q·R (P = I unless `pivoting`). Thin by default (k = min(m, n):
 * Q m×k with orthonormal columns, R k×n upper trapezoidal); `full` gives Q m×m and R m×n. With
 * `pivoting` (Businger–Golub), |R₀₀| ≥ |R₁₁| ≥ … and `perm` says which column of A each column of A·P is
 * (rank-revealing); without it, large matrices are factored in panels on the WASM gemm (see linalg-qr.ts).
 * @throws QuireError if A is empty or has non-finite entries
 * @example linalg.qr(linalg.mat(2, 1, [3, 4])).R.data // [−5]
 */
export function qr(
  A: Mat,
  { full = false, pivoting = false }: { full?: boolean; pivoting?: boolean } = {},
): { Q: Mat; R: Mat; perm: Int32Array } {
  assertNonEmpty('qr', A);
  finiteOrThrow('qr', A);
  const m = A.rows;
  const n = A.cols;
  // near overflow, the reflector sums overflow: factor 2^−e·A (exact) and scale R back
  let big = 0;
  for (let i = 0; i < A.data.length; i++) big = Math.max(big, Math.abs(A.data[i]));
  const e = big === 0 ? 0 : Math.floor(Math.log2(big));
  const e2 = e > 400 ? e : 0;
  const At = transposeFlat(A.data, m, n);
  if (e2 !== 0) for (let i = 0; i < At.length; i++) At[i] = pow2Scale(At[i], -e2);
  const f = qrFactorT(At, m, n, pivoting);
  const q = full ? m : Math.min(m, n);
  const Q = mat(m, q, transposeFlat(formQt(f, q), q, m));
  const R = mat(q, n, formR(f, q));
  if (e2 !== 0) {
    for (let i = 0; i < R.data.length; i++) R.data[i] = pow2Scale(R.data[i], e2);
    if (!finiteArray(R.data)) throw new QuireError('qr: an entry of R overflows (a column of A has a norm beyond the float64 range)');
  }
  return { Q, R, perm: f.perm };
}

/**
 * Least squares: the X minimising ‖A·X − B‖_F (B m×p), the minimum-norm one when A is rank-deficient
 * (numpy.linalg.lstsq). Column-pivoted QR; when the numerical rank (|Rᵢᵢ| > rcond·|R₀₀|) is below n, the SVD.
 * @param rcond - relative threshold for the rank (default ε·max(m, n), numpy's)
 * @throws QuireError if A is empty, the shapes differ, or an entry is not finite
 */
export function lstsq(A: Mat, B: Mat, { rcond }: { rcond?: number } = {}): { X: Mat; rank: number } {
  assertNonEmpty('lstsq', A);
  if (B.rows !== A.rows) throw new QuireError(`lstsq: B has ${B.rows} rows, expected ${A.rows} (the rows of A)`);
  finiteOrThrow('lstsq', A);
  for (let i = 0; i < B.data.length; i++) if (!Number.isFinite(B.data[i])) throw new QuireError('lstsq: B has non-finite entries');
  const m = A.rows;
  const n = A.cols;
  const p = B.cols;
  const tol = rcond ?? 2.220446049250313e-16 * Math.max(m, n);
  if (!(tol >= 0)) throw new QuireError(`lstsq: rcond must be ≥ 0, got ${rcond}`);
  if (m >= n) {
    const f = qrFactorT(transposeFlat(A.data, m, n), m, n, true);
    const r00 = Math.abs(f.At[0]);
    let rank = 0;
    while (rank < n && Math.abs(f.At[rank * m + rank]) > tol * r00) rank++;
    if (rank === n) {
      const Bt = transposeFlat(B.data, m, p);
      applyQtT(f, Bt, p);
      // back-substitute R·Y = (QᵀB)[0:n], then X[perm[j]] = Y[j]
      const X = mat(n, p);
      for (let c = 0; c < p; c++) {
        const bo = c * m;
        for (let i = n - 1; i >= 0; i--) {
          let s = Bt[bo + i];
          for (let j = i + 1; j < n; j++) s -= f.At[j * m + i] * Bt[bo + j];
          Bt[bo + i] = s / f.At[i * m + i];
        }
        for (let j = 0; j < n; j++) X.data[f.perm[j] * p + c] = Bt[bo + j];
      }
      return { X, rank };
    }
  }
  // rank-deficient or wide: X = V·diag(1/s)·Uᵀ·B on the singular values above tol·s₀
  const { U, s, V } = svdFlat(A, 'thin') as { U: Mat; s: Float64Array; V: Mat };
  const k = s.length;
  let rank = 0;
  while (rank < k && s[rank] > tol * s[0]) rank++;
  const UtB = gemm(transposeFlat(U.data, m, k), B.data, k, m, p);
  for (let i = 0; i < k; i++) for (let c = 0; c < p; c++) UtB[i * p + c] = i < rank ? UtB[i * p + c] / s[i] : 0;
  return { X: mat(n, p, gemm(V.data, UtB, n, k, p)), rank };
}

// ---------------------------------------------------------------------------------------------
// norms and checks

/** Frobenius norm (scaled by max|aᵢⱼ|, so entries near ±1e±300 neither overflow nor underflow). */
export function normFro(a: Mat): number {
  const d = a.data;
  let m = 0;
  for (let i = 0; i < d.length; i++) m = Math.max(m, Math.abs(d[i]));
  if (m === 0 || !Number.isFinite(m)) return m === 0 ? 0 : d.some(Number.isNaN) ? NaN : Infinity;
  let s = 0;
  for (let i = 0; i < d.length; i++) {
    const x = d[i] / m;
    s += x * x;
  }
  return m * Math.sqrt(s);
}

/** Induced 1-norm (max absolute column sum). */
export function norm1(A: Mat): number {
  const sums = new Float64Array(A.cols);
  for (let i = 0; i < A.rows; i++) for (let j = 0; j < A.cols; j++) sums[j] += Math.abs(A.data[i * A.cols + j]);
  let best = 0;
  for (let j = 0; j < A.cols; j++) if (sums[j] > best) best = sums[j];
  return best;
}

/** Trace. */
export function trace(A: Mat): number {
  let s = 0;
  for (let i = 0; i < Math.min(A.rows, A.cols); i++) s += A.data[i * A.cols + i];
  return s;
}

/** True when every entry is finite. */
export function isFiniteMatrix(a: Mat): boolean {
  const d = a.data;
  for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i])) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Mat helpers (formerly control's private dense.ts)

/** What public APIs accept as a matrix: an array of rows (or a Mat); copied and checked once at the door (`toMat`). */
export type MatrixInput = ArrayLike<ArrayLike<number>> | Mat;

/** The n×n identity (the name control uses). */
export const identity = eye;

/**
 * Validate a public matrix argument (rectangular, non-empty, finite) and copy it into a Mat.
 * @throws QuireError naming `fn` and `name`
 */
export function toMat(fn: string, name: string, x: unknown): Mat {
  if (isMat(x)) {
    const d = x.data;
    for (let i = 0; i < d.length; i++) {
      if (!Number.isFinite(d[i])) {
        throw new QuireError(`${fn}: ${name}[${Math.floor(i / x.cols)}][${i % x.cols}] must be a finite number, got ${d[i]}`);
      }
    }
    if (x.rows === 0 || x.cols === 0) throw new QuireError(`${fn}: ${name} must not be empty`);
    return mat(x.rows, x.cols, d.slice());
  }
  const rows = x === null || typeof x !== 'object' ? x : Array.from(x as ArrayLike<ArrayLike<number>>);
  const { rows: r, cols: c } = assertMatrixRows(fn, name, rows);
  const out = mat(r, c);
  const rr = rows as ArrayLike<number>[];
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out.data[i * c + j] = rr[i][j];
  return out;
}

export function requireSquare(fn: string, name: string, a: Mat): void {
  if (a.rows !== a.cols) throw new QuireError(`${fn}: ${name} must be square, got ${a.rows}×${a.cols}`);
}

export function requireShape(fn: string, name: string, a: Mat, rows: number, cols: number, why: string): void {
  if (a.rows !== rows || a.cols !== cols) {
    throw new QuireError(`${fn}: ${name} is ${a.rows}×${a.cols}, expected ${rows}×${cols} (${why})`);
  }
}

/** C = A·B. */
export function mul(a: Mat, b: Mat): Mat {
  return mat(a.rows, b.cols, gemm(a.data, b.data, a.rows, a.cols, b.cols));
}

/** C = Aᵀ·B without forming Aᵀ. */
export function tmul(a: Mat, b: Mat): Mat {
  const m = a.cols;
  const k = a.rows;
  const n = b.cols;
  const A = a.data;
  const B = b.data;
  const C = new Float64Array(m * n);
  for (let p = 0; p < k; p++) {
    const bo = p * n;
    const ao = p * m;
    for (let i = 0; i < m; i++) {
      const aip = A[ao + i];
      if (aip === 0) continue;
      const co = i * n;
      for (let j = 0; j < n; j++) C[co + j] += aip * B[bo + j];
    }
  }
  return mat(m, n, C);
}

/** C = A·Bᵀ without forming Bᵀ. */
export function mult(a: Mat, b: Mat): Mat {
  const m = a.rows;
  const k = a.cols;
  const n = b.rows;
  const A = a.data;
  const B = b.data;
  const C = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    const ao = i * k;
    for (let j = 0; j < n; j++) {
      const bo = j * k;
      let s = 0;
      for (let p = 0; p < k; p++) s += A[ao + p] * B[bo + p];
      C[i * n + j] = s;
    }
  }
  return mat(m, n, C);
}

/** A + s·B (new matrix). */
export function addScaled(a: Mat, b: Mat, s = 1): Mat {
  const out = a.data.slice();
  const B = b.data;
  for (let i = 0; i < out.length; i++) out[i] += s * B[i];
  return mat(a.rows, a.cols, out);
}

export function scale(a: Mat, s: number): Mat {
  const out = a.data.slice();
  for (let i = 0; i < out.length; i++) out[i] *= s;
  return mat(a.rows, a.cols, out);
}

/** (A + Aᵀ)/2 in place; returns A. */
export function symmetrize(a: Mat): Mat {
  const n = a.rows;
  const d = a.data;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = 0.5 * (d[i * n + j] + d[j * n + i]);
      d[i * n + j] = v;
      d[j * n + i] = v;
    }
  }
  return a;
}

export function frob(a: Mat): number {
  let s = 0;
  const d = a.data;
  for (let i = 0; i < d.length; i++) s += d[i] * d[i];
  return Math.sqrt(s);
}

export function isFiniteMat(a: Mat): boolean {
  const d = a.data;
  for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i])) return false;
  return true;
}

/** Horizontal concatenation [A B]. */
export function hcat(a: Mat, b: Mat): Mat {
  const out = mat(a.rows, a.cols + b.cols);
  const c = out.cols;
  for (let i = 0; i < a.rows; i++) {
    out.data.set(a.data.subarray(i * a.cols, (i + 1) * a.cols), i * c);
    out.data.set(b.data.subarray(i * b.cols, (i + 1) * b.cols), i * c + a.cols);
  }
  return out;
}

/** Block diagonal diag(A, B). */
export function blkdiag(a: Mat, b: Mat): Mat {
  const n = a.rows + b.rows;
  const c = a.cols + b.cols;
  const out = mat(n, c);
  for (let i = 0; i < a.rows; i++) out.data.set(a.data.subarray(i * a.cols, (i + 1) * a.cols), i * c);
  for (let i = 0; i < b.rows; i++) out.data.set(b.data.subarray(i * b.cols, (i + 1) * b.cols), (a.rows + i) * c + a.cols);
  return out;
}

/** Columns c0..c1-1 of A. */
export function colBlock(a: Mat, c0: number, c1: number): Mat {
  if (!(Number.isInteger(c0) && Number.isInteger(c1) && c0 >= 0 && c0 <= c1 && c1 <= a.cols))
    throw new QuireError(`colBlock: need integers 0 ≤ c0 ≤ c1 ≤ ${a.cols} (the columns of A), got c0 = ${c0}, c1 = ${c1}`);
  const w = c1 - c0;
  const out = mat(a.rows, w);
  for (let i = 0; i < a.rows; i++) out.data.set(a.data.subarray(i * a.cols + c0, i * a.cols + c1), i * w);
  return out;
}

/** Rows r0..r1-1 of A. */
export function rowBlock(a: Mat, r0: number, r1: number): Mat {
  if (!(Number.isInteger(r0) && Number.isInteger(r1) && r0 >= 0 && r0 <= r1 && r1 <= a.rows))
    throw new QuireError(`rowBlock: need integers 0 ≤ r0 ≤ r1 ≤ ${a.rows} (the rows of A), got r0 = ${r0}, r1 = ${r1}`);
  return mat(r1 - r0, a.cols, a.data.slice(r0 * a.cols, r1 * a.cols));
}

/** An LU factorization (the shared flat kernel in core) with its pivot ratio. */
export type LU = FlatLu & {
  /** smallest |pivot| / largest |pivot|, a cheap conditioning hint */
  pivotRatio: number;
};

/** LU with partial pivoting, or null when a pivot is zero or not finite. */
export function luFactor(a: Mat): LU | null {
  const f = luFactorFlat(a.data, a.rows);
  return f.singular ? null : { ...f, pivotRatio: f.pivotMin / f.pivotMax };
}

/** X = A⁻¹B for the factored A (B is n×m). */
export function luSolve(f: LU, b: Mat): Mat {
  return mat(f.n, b.cols, luSolveFlat(f, b.data, b.cols));
}

/** X = A⁻¹B, or null when A is singular. */
export function solveOrNull(a: Mat, b: Mat): Mat | null {
  const f = luFactor(a);
  if (!f) return null;
  const x = luSolve(f, b);
  return isFiniteMat(x) ? x : null;
}

/** X = B·A⁻¹ (via Aᵀ Xᵀ = Bᵀ), or null when A is singular. */
export function solveRightOrNull(b: Mat, a: Mat): Mat | null {
  const x = solveOrNull(transpose(a), transpose(b));
  return x ? transpose(x) : null;
}

/** Eigenvalues of a square Mat, as {re, im}. */
export function eigenvalues(a: Mat): { re: number[]; im: number[] } {
  // non-finite entries: NaN eigenvalues (control reads NaN as "not stable"), as scipy's eigvals
  if (!isFiniteMat(a)) return { re: new Array<number>(a.rows).fill(NaN), im: new Array<number>(a.rows).fill(NaN) };
  // the QR iteration (ml-matrix's before, issue 16) stalled on finite matrices mixing 1e±300 and subnormal
  // entries: scale to unit size by a power of 2 and flush entries below
  // 1e-290 of the largest to 0 (an absolute perturbation ≤ 1e-290·n·max|a_ij|, far below rounding)
  let amax = 0;
  for (let i = 0; i < a.data.length; i++) amax = Math.max(amax, Math.abs(a.data[i]));
  if (amax === 0) return { re: new Array<number>(a.rows).fill(0), im: new Array<number>(a.rows).fill(0) };
  const k = -Math.round(Math.log2(amax));
  const b = mat(a.rows, a.cols);
  for (let i = 0; i < a.data.length; i++) b.data[i] = Math.abs(a.data[i]) < 1e-290 * amax ? 0 : scale2(a.data[i], k);
  const e = eig(b, { vectors: false });
  return { re: Array.from(e.re, (x) => scale2(x, -k)), im: Array.from(e.im, (x) => scale2(x, -k)) };
}

/** x·2^k without overflowing the factor (|k| up to ~2000): two exact power-of-two steps. */
export function scale2(x: number, k: number): number {
  const h = Math.trunc(k / 2);
  return x * Math.pow(2, h) * Math.pow(2, k - h);
}

/** Spectral radius max |λ|. */
export function spectralRadius(a: Mat): number {
  const { re, im } = eigenvalues(a);
  let r = 0;
  for (let i = 0; i < re.length; i++) r = Math.max(r, Math.hypot(re[i], im[i]));
  return r;
}

/** Spectral abscissa max Re λ. */
export function spectralAbscissa(a: Mat): number {
  const { re } = eigenvalues(a);
  let r = -Infinity;
  for (let i = 0; i < re.length; i++) r = Math.max(r, re[i]);
  return r;
}

/** Whether the symmetric part of a square Mat is positive definite (a Cholesky attempt). */
export function isPositiveDefinite(a: Mat): boolean {
  const n = a.rows;
  const L = new Float64Array(n * n);
  const d = a.data;
  for (let j = 0; j < n; j++) {
    let s = d[j * n + j];
    for (let k = 0; k < j; k++) s -= L[j * n + k] * L[j * n + k];
    if (!(s > 0)) return false;
    const ljj = Math.sqrt(s);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let t = 0.5 * (d[i * n + j] + d[j * n + i]);
      for (let k = 0; k < j; k++) t -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = t / ljj;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// small flat kernels (formerly the spatial and tda systems' private dense.ts files)

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

/**
 * Symmetric eigendecomposition of a small row-major k×k matrix by cyclic Jacobi (high relative
 * accuracy for the tiny projected problems of the spatial system); values descending, vectors
 * as columns (row-major k×k). For anything but tiny k use `eighFlat`.
 */
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

/**
 * Inverse of a row-major symmetric positive definite n×n array by Cholesky.
 * @throws QuireError if A is not positive definite
 */
export function spdInverseFlat(a: ArrayLike<number>, n: number): Float64Array {
  const l = choleskyFlat(a, n);
  if (!l) throw new QuireError('spdInverse: the matrix is not positive definite');
  return choleskyInverse(l, n);
}

// ---------------------------------------------------------------------------------------------
// expm

// Higham (2005), "The scaling and squaring method for the matrix exponential revisited", Table 2.1 and eq. (2.3).
const PADE: Record<number, number[]> = {
  3: [120, 60, 12, 1],
  5: [30240, 15120, 3360, 420, 30, 1],
  7: [17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1],
  9: [17643225600, 8821612800, 2075673600, 302702400, 30270240, 2162160, 110880, 3960, 90, 1],
  13: [
    64764752532480000, 32382376266240000, 7771770303897600, 1187353796428800, 129060195264000, 10559470521600, 670442572800, 33522128640,
    1323241920, 40840800, 960960, 16380, 182, 1,
  ],
};
const THETA: [number, number][] = [
  [3, 1.495585217958292e-2],
  [5, 2.53939833006323e-1],
  [7, 9.504178996162932e-1],
  [9, 2.097847961257068],
];
const THETA13 = 5.371920351148152;

function axpyInto(out: Mat, alpha: number, x: Mat): Mat {
  const O = out.data;
  const X = x.data;
  for (let i = 0; i < O.length; i++) O[i] += alpha * X[i];
  return out;
}

/**
 * Matrix exponential e^A by scaling and squaring with Padé approximants of degree 3–13
 * (Higham 2005, Algorithm 2.3), accurate to about machine precision relative to ‖e^A‖.
 * @throws QuireError if A is not square, has non-finite entries, or the squarings overflow
 * @example expm(fromRows([[0, 1], [-1, 0]])) // [[cos 1, sin 1], [−sin 1, cos 1]]
 * @see Higham, SIAM J. Matrix Anal. Appl. 26(4), 2005
 */
export function expm(A: Mat): Mat {
  assertSquare('expm', 'A', A);
  if (!isFiniteMatrix(A)) throw new QuireError('expm: A has non-finite entries');
  const n = A.rows;
  const I = eye(n);
  const nrm = norm1(A);
  for (const [m, theta] of THETA) {
    if (nrm <= theta) return padeSolve(A, m, I);
  }
  // ‖A‖₁ itself overflows to ∞ for entries near 1.8e308 (s was then ∞ and the squaring loop never
  // ended): take log2 ‖A‖₁ from the norm of A/max|a_ij| instead
  let log2Norm = Math.log2(nrm);
  if (!Number.isFinite(nrm)) {
    let mx = 0;
    for (let i = 0; i < A.data.length; i++) mx = Math.max(mx, Math.abs(A.data[i]));
    const B = copy(A);
    for (let i = 0; i < B.data.length; i++) B.data[i] /= mx;
    log2Norm = Math.log2(mx) + Math.log2(norm1(B));
  }
  const s = Math.max(0, Math.ceil(log2Norm - Math.log2(THETA13)));
  const As = copy(A);
  // 2^−s in two factors: 2^−s alone underflows past s = 1074
  const f1 = Math.pow(2, -Math.floor(s / 2));
  const f2 = Math.pow(2, -(s - Math.floor(s / 2)));
  for (let i = 0; i < As.data.length; i++) As.data[i] = As.data[i] * f1 * f2;
  let X = padeSolve(As, 13, I);
  for (let k = 0; k < s; k++) {
    X = matmul(X, X);
    // the squarings overflow when ‖A‖ is huge (even where e^A itself is finite, e.g. nilpotent A):
    // stop at the first non-finite square instead of running the remaining (up to ~1000) squarings on ∞/NaN
    if (!isFiniteMatrix(X)) throw new QuireError(`expm: e^A overflows in scaling and squaring (‖A‖₁ = ${nrm}, squaring ${k + 1} of ${s})`);
  }
  return X;
}

function padeSolve(A: Mat, m: number, I: Mat): Mat {
  const b = PADE[m];
  const n = A.rows;
  const A2 = matmul(A, A);
  let U: Mat;
  let V: Mat;
  if (m < 13) {
    const pows: Mat[] = [I, A2];
    for (let k = 4; k <= m - 1; k += 2) pows.push(matmul(pows[pows.length - 1], A2));
    const Uin = zeros(n, n);
    V = zeros(n, n);
    for (let k = 0; k <= m; k++) {
      const P = pows[Math.floor(k / 2)];
      if (k % 2 === 1) axpyInto(Uin, b[k], P);
      else axpyInto(V, b[k], P);
    }
    U = matmul(A, Uin);
  } else {
    const A4 = matmul(A2, A2);
    const A6 = matmul(A4, A2);
    const inner1 = zeros(n, n);
    axpyInto(inner1, b[13], A6);
    axpyInto(inner1, b[11], A4);
    axpyInto(inner1, b[9], A2);
    const Uin = matmul(A6, inner1);
    axpyInto(Uin, b[7], A6);
    axpyInto(Uin, b[5], A4);
    axpyInto(Uin, b[3], A2);
    axpyInto(Uin, b[1], I);
    U = matmul(A, Uin);
    const inner2 = zeros(n, n);
    axpyInto(inner2, b[12], A6);
    axpyInto(inner2, b[10], A4);
    axpyInto(inner2, b[8], A2);
    V = matmul(A6, inner2);
    axpyInto(V, b[6], A6);
    axpyInto(V, b[4], A4);
    axpyInto(V, b[2], A2);
    axpyInto(V, b[0], I);
  }
  const P = copy(V);
  axpyInto(P, 1, U);
  const Q = copy(V);
  axpyInto(Q, -1, U);
  return solve(Q, P);
}
