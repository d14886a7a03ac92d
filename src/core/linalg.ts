/**
 * The float64 dense linear-algebra seam. One matrix type, `Mat`: a flat row-major
 * `Float64Array` with its shape (`data[i * cols + j]` is entry (i, j)). Public APIs accept
 * arrays of rows and convert once at the door (`fromRows`); inside quire everything is a Mat.
 *
 * The hot kernels run in WebAssembly (src/core/wasm: C compiled by clang for wasm32 with
 * SIMD128, shipped as base64): packed, cache-blocked gemm; Householder tridiagonalisation and
 * implicit QL for the symmetric eigenproblem (with an eigenvalues-only path); LU with partial
 * pivoting; Cholesky. Each has a TypeScript twin (linalg-ts.ts) used when WebAssembly is not
 * available or the operands are tiny; the tests check the twins against each other.
 * General eig, SVD and QR still sit on ml-matrix (not on any measured hot path).
 *
 * Transition: the functions also accept ml-matrix `Matrix` objects and then return Matrix
 * objects, until every system has moved to Mat.
 */
import { Matrix, EigenvalueDecomposition, QrDecomposition, SingularValueDecomposition } from 'ml-matrix';
import { QuireError } from './errors.js';
import { assertMatrixRows } from './validate.js';
import { kernels } from './wasm/index.js';
import { choleskyTs, formQtTs, gemmTs, luTs, tqlTs, tridiagTs } from './linalg-ts.js';

export { Matrix };

/** A dense float64 matrix: row-major `data` of length rows·cols. */
export interface Mat {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** Either matrix representation (Matrix only during the transition). */
export type AnyMat = Mat | Matrix;
/** Mat in → Mat out; Matrix in → Matrix out. */
export type Same<T> = T extends Matrix ? Matrix : Mat;

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

/** True for a Mat (not an ml-matrix Matrix). */
export function isMat(x: unknown): x is Mat {
  return (
    !(x instanceof Matrix) &&
    x !== null &&
    typeof x === 'object' &&
    (x as Mat).data instanceof Float64Array &&
    typeof (x as Mat).cols === 'number'
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

function asMat(a: AnyMat): Mat {
  if (a instanceof Matrix) return { rows: a.rows, cols: a.columns, data: toRowMajor(a) };
  return a;
}
function like<T extends AnyMat>(ref: T, m: Mat): Same<T> {
  return (ref instanceof Matrix ? fromRowMajor(m.data, m.rows, m.cols) : m) as Same<T>;
}

/** An ml-matrix Matrix from an array of rows (validated). Transition only: prefer `fromRows`. */
export function matrix(rows: ArrayLike<ArrayLike<number>>, fn = 'matrix', name = 'rows'): Matrix {
  const m = fromRows(rows, fn, name);
  return fromRowMajor(m.data, m.rows, m.cols);
}

/** An ml-matrix Matrix copied from row-major data. Transition only: prefer `mat`. */
export function fromRowMajor(data: ArrayLike<number>, rows: number, cols: number): Matrix {
  const m = new Matrix(rows, cols);
  const R = rowsOf(m);
  for (let i = 0; i < rows; i++) {
    const r = R[i];
    for (let j = 0; j < cols; j++) r[j] = data[i * cols + j];
  }
  return m;
}

/** The row-major data of either representation (a copy for Matrix, the data itself for Mat). */
export function toRowMajor(a: AnyMat): Float64Array {
  if (!(a instanceof Matrix)) return a.data;
  const out = new Float64Array(a.rows * a.columns);
  const R = rowsOf(a);
  for (let i = 0; i < a.rows; i++) out.set(R[i], i * a.columns);
  return out;
}

/** Nested arrays from either representation. */
export function toArray(a: AnyMat): number[][] {
  return a instanceof Matrix ? a.to2DArray() : toRows(a);
}

function rowsOf(a: Matrix): Float64Array[] {
  return (a as unknown as { data: Float64Array[] }).data;
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
export function transpose<T extends AnyMat>(a: T): Same<T> {
  if (a instanceof Matrix) return a.transpose() as Same<T>;
  const m = a as Mat;
  return like(a, mat(m.cols, m.rows, transposeFlat(m.data, m.rows, m.cols)));
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
export function matmul<T extends AnyMat>(a: T, b: T): Same<T> {
  const A = asMat(a);
  const B = asMat(b);
  if (A.cols !== B.rows) throw new QuireError(`matmul: inner dimensions differ: ${A.rows}×${A.cols} · ${B.rows}×${B.cols}`);
  return like(a, { rows: A.rows, cols: B.cols, data: gemm(A.data, B.data, A.rows, A.cols, B.cols) });
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

function assertSquare(fn: string, name: string, a: Mat): void {
  if (a.rows !== a.cols) throw new QuireError(`${fn}: ${name} must be square, got ${a.rows}×${a.cols}`);
}

/**
 * Solve A·X = B by LU with partial pivoting.
 * @throws QuireError if A is not square, the shapes differ, or A is singular
 */
export function solve<T extends AnyMat>(a: T, b: T): Same<T> {
  const A = asMat(a);
  const B = asMat(b);
  assertSquare('solve', 'A', A);
  if (B.rows !== A.rows) throw new QuireError(`solve: B has ${B.rows} rows, expected ${A.rows} (the size of A)`);
  const f = luFactorFlat(A.data, A.rows);
  if (f.singular) throw new QuireError('solve: A is singular');
  const x = luSolveFlat(f, B.data, B.cols);
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i])) throw new QuireError('solve: A is numerically singular');
  return like(a, { rows: A.rows, cols: B.cols, data: x });
}

/** A⁻¹. @throws QuireError if A is singular */
export function inv<T extends AnyMat>(a: T): Same<T> {
  const A = asMat(a);
  return like(a, solve(A, eye(A.rows)));
}

/** det(A). */
export function det(a: AnyMat): number {
  const A = asMat(a);
  assertSquare('det', 'A', A);
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
export function cholesky<T extends AnyMat>(a: T): Same<T> {
  const A = asMat(a);
  assertSquare('cholesky', 'A', A);
  const l = choleskyFlat(A.data, A.rows);
  if (!l) throw new QuireError('cholesky: A is not positive definite');
  return like(a, { rows: A.rows, cols: A.rows, data: l });
}

/** Solve A·X = B for symmetric positive definite A. @throws QuireError if A is not SPD */
export function choleskySolve<T extends AnyMat>(a: T, b: T): Same<T> {
  const A = asMat(a);
  const B = asMat(b);
  assertSquare('choleskySolve', 'A', A);
  if (B.rows !== A.rows) throw new QuireError(`choleskySolve: B has ${B.rows} rows, expected ${A.rows} (the size of A)`);
  const l = choleskyFlat(A.data, A.rows);
  if (!l) throw new QuireError('choleskySolve: A is not positive definite');
  return like(a, { rows: A.rows, cols: B.cols, data: choleskySolveFlat(l, A.rows, B.data, B.cols) });
}

// ---------------------------------------------------------------------------------------------
// symmetric eigen

/**
 * Symmetric eigendecomposition of a row-major n×n array (only its symmetric part is used):
 * values ascending and, when `vectors`, the eigenvectors as the columns of a row-major n×n
 * array. Householder tridiagonalisation, then implicit QL.
 * @throws QuireError if the QL iteration does not converge
 */
export function eighFlat(a: ArrayLike<number>, n: number, vectors = true): { values: Float64Array; vectors: Float64Array | null } {
  const values = new Float64Array(n);
  if (n === 0) return { values, vectors: vectors ? new Float64Array(0) : null };
  const w = n >= 8 ? wasm() : null;
  let fail: number;
  let V: Float64Array | null = null;
  if (w) {
    const ps = w.f64(n * n);
    const s = w.viewF64(ps, n * n);
    for (let i = 0; i < n; i++) {
      s[i * n + i] = a[i * n + i];
      for (let j = i + 1; j < n; j++) s[i * n + j] = s[j * n + i] = 0.5 * (a[i * n + j] + a[j * n + i]);
    }
    const pd = w.f64(n);
    const pe = w.f64(n);
    const pt = w.f64(n);
    const pp = w.f64(n);
    const pw = w.f64(n);
    w.ex.tridiag(n, ps, pd, pe, pt, pp, pw);
    let pW = 0;
    if (vectors) {
      pW = w.f64(n * n);
      w.ex.formQt(n, ps, pt, pW, pp);
    }
    fail = w.ex.tql(n, pd, pe, pW);
    values.set(w.viewF64(pd, n));
    if (vectors) {
      const pV = w.f64(n * n);
      w.ex.transpose(n, n, pW, pV);
      V = w.viewF64(pV, n * n).slice();
    }
  } else {
    const s = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      s[i * n + i] = a[i * n + i];
      for (let j = i + 1; j < n; j++) s[i * n + j] = s[j * n + i] = 0.5 * (a[i * n + j] + a[j * n + i]);
    }
    const e = new Float64Array(n);
    const tau = new Float64Array(n);
    tridiagTs(n, s, values, e, tau);
    let W: Float64Array | null = null;
    if (vectors) {
      W = new Float64Array(n * n);
      formQtTs(n, s, tau, W);
    }
    fail = tqlTs(n, values, e, W);
    if (W) V = transposeFlat(W, n, n);
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
export function eigh<T extends AnyMat>(a: T): { values: Float64Array; vectors: Same<T> } {
  const A = asMat(a);
  assertSquare('eigh', 'A', A);
  const r = eighFlat(A.data, A.rows, true);
  return { values: r.values, vectors: like(a, { rows: A.rows, cols: A.rows, data: r.vectors as Float64Array }) };
}

/** Eigenvalues of the symmetric part of A, ascending (no vectors: O(n²) after the O(n³) reduction). */
export function eigvalsh(a: AnyMat): Float64Array {
  const A = asMat(a);
  assertSquare('eigvalsh', 'A', A);
  return eighFlat(A.data, A.rows, false).values;
}

/** The former name of `eigh`. */
export function eigSym<T extends AnyMat>(a: T): { values: Float64Array; vectors: Same<T> } {
  const A = asMat(a);
  assertSquare('eigSym', 'A', A);
  return eigh(a);
}

// ---------------------------------------------------------------------------------------------
// general eig, SVD, QR (ml-matrix; not on a measured hot path)

/** Eigenvalues (and vectors) of a general real matrix, as real and imaginary parts. */
export function eig<T extends AnyMat>(a: T): { re: Float64Array; im: Float64Array; vectors: Same<T> } {
  const A = asMat(a);
  assertSquare('eig', 'A', A);
  const e = new EigenvalueDecomposition(fromRowMajor(A.data, A.rows, A.cols));
  return {
    re: Float64Array.from(e.realEigenvalues),
    im: Float64Array.from(e.imaginaryEigenvalues),
    vectors: like(a, asMat(e.eigenvectorMatrix)),
  };
}

/** Thin SVD A = U·diag(s)·Vᵀ, s descending. */
export function svd<T extends AnyMat>(a: T): { U: Same<T>; s: Float64Array; V: Same<T> } {
  const A = asMat(a);
  const d = new SingularValueDecomposition(fromRowMajor(A.data, A.rows, A.cols), { autoTranspose: true });
  return { U: like(a, asMat(d.leftSingularVectors)), s: Float64Array.from(d.diagonal), V: like(a, asMat(d.rightSingularVectors)) };
}

/** QR by Householder: A = Q·R with Q m×n orthonormal columns (m ≥ n), R n×n upper triangular. */
export function qr<T extends AnyMat>(a: T): { Q: Same<T>; R: Same<T> } {
  const A = asMat(a);
  const d = new QrDecomposition(fromRowMajor(A.data, A.rows, A.cols));
  return { Q: like(a, asMat(d.orthogonalMatrix)), R: like(a, asMat(d.upperTriangularMatrix)) };
}

// ---------------------------------------------------------------------------------------------
// norms and checks

/** Frobenius norm. */
export function normFro(a: AnyMat): number {
  const d = asMat(a).data;
  let s = 0;
  for (let i = 0; i < d.length; i++) s += d[i] * d[i];
  return Math.sqrt(s);
}

/** Induced 1-norm (max absolute column sum). */
export function norm1(a: AnyMat): number {
  const A = asMat(a);
  const sums = new Float64Array(A.cols);
  for (let i = 0; i < A.rows; i++) for (let j = 0; j < A.cols; j++) sums[j] += Math.abs(A.data[i * A.cols + j]);
  let best = 0;
  for (let j = 0; j < A.cols; j++) if (sums[j] > best) best = sums[j];
  return best;
}

/** Trace. */
export function trace(a: AnyMat): number {
  const A = asMat(a);
  let s = 0;
  for (let i = 0; i < Math.min(A.rows, A.cols); i++) s += A.data[i * A.cols + i];
  return s;
}

/** True when every entry is finite. */
export function isFiniteMatrix(a: AnyMat): boolean {
  const d = asMat(a).data;
  for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i])) return false;
  return true;
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
 * @throws QuireError if A is not square or has non-finite entries
 * @example expm(fromRows([[0, 1], [-1, 0]])) // [[cos 1, sin 1], [−sin 1, cos 1]]
 * @see Higham, SIAM J. Matrix Anal. Appl. 26(4), 2005
 */
export function expm<T extends AnyMat>(a: T): Same<T> {
  const A = asMat(a);
  assertSquare('expm', 'A', A);
  if (!isFiniteMatrix(A)) throw new QuireError('expm: A has non-finite entries');
  const n = A.rows;
  const I = eye(n);
  const nrm = norm1(A);
  for (const [m, theta] of THETA) {
    if (nrm <= theta) return like(a, padeSolve(A, m, I));
  }
  const s = Math.max(0, Math.ceil(Math.log2(nrm / THETA13)));
  const As = copy(A);
  const f = Math.pow(2, -s);
  for (let i = 0; i < As.data.length; i++) As.data[i] *= f;
  let X = padeSolve(As, 13, I);
  for (let k = 0; k < s; k++) X = matmul(X, X);
  return like(a, X);
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
