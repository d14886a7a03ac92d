/**
 * Small dense kernels on row-major Float64Arrays, used by the Riccati, Lyapunov and
 * sensitivity solvers. They trust their callers (shapes are checked at the public API).
 * A `Mat` is `{ rows, cols, data }` with `data[i * cols + j]` the (i, j) entry.
 */
import { type FlatLu, luFactorFlat, luSolveFlat } from '../core/dense.js';
import { Matrix, eig, fromRowMajor, gemm, toRowMajor } from '../core/linalg.js';
import { QuireError } from '../core/errors.js';
import { assertMatrixRows } from '../core/validate.js';

/** A row-major dense matrix. */
export interface Mat {
  rows: number;
  cols: number;
  data: Float64Array;
}

/** What the public API accepts as a matrix: an ml-matrix `Matrix` or an array of rows. */
export type MatrixInput = Matrix | ArrayLike<ArrayLike<number>>;

export function mat(rows: number, cols: number, data: Float64Array = new Float64Array(rows * cols)): Mat {
  return { rows, cols, data };
}

export function identity(n: number): Mat {
  const m = mat(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

export function copy(a: Mat): Mat {
  return mat(a.rows, a.cols, a.data.slice());
}

/**
 * Validate a public matrix argument (rectangular, non-empty, finite) and copy it into a Mat.
 * @throws QuireError naming `fn` and `name`
 */
export function toMat(fn: string, name: string, x: unknown): Mat {
  if (x instanceof Matrix) {
    const d = toRowMajor(x);
    for (let i = 0; i < d.length; i++) {
      if (!Number.isFinite(d[i])) {
        throw new QuireError(`${fn}: ${name}[${Math.floor(i / x.columns)}][${i % x.columns}] must be a finite number, got ${d[i]}`);
      }
    }
    if (x.rows === 0 || x.columns === 0) throw new QuireError(`${fn}: ${name} must not be empty`);
    return mat(x.rows, x.columns, d);
  }
  const rows = x === null || typeof x !== 'object' ? x : Array.from(x as ArrayLike<ArrayLike<number>>);
  const { rows: r, cols: c } = assertMatrixRows(fn, name, rows);
  const out = mat(r, c);
  const rr = rows as ArrayLike<number>[];
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out.data[i * c + j] = rr[i][j];
  return out;
}

/** The Mat as an ml-matrix Matrix. */
export function toMatrix(a: Mat): Matrix {
  return fromRowMajor(a.data, a.rows, a.cols);
}

/** The Mat as nested arrays. */
export function toRows(a: Mat): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < a.rows; i++) out.push(Array.from(a.data.subarray(i * a.cols, (i + 1) * a.cols)));
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

export function transpose(a: Mat): Mat {
  const out = mat(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) out.data[j * a.rows + i] = a.data[i * a.cols + j];
  return out;
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
  const w = c1 - c0;
  const out = mat(a.rows, w);
  for (let i = 0; i < a.rows; i++) out.data.set(a.data.subarray(i * a.cols + c0, i * a.cols + c1), i * w);
  return out;
}

/** Rows r0..r1-1 of A. */
export function rowBlock(a: Mat, r0: number, r1: number): Mat {
  return mat(r1 - r0, a.cols, a.data.slice(r0 * a.cols, r1 * a.cols));
}

/** An LU factorization with partial pivoting (packed), or null when singular. */
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
  // ml-matrix's EVD throws a TypeError (or may not terminate) on non-finite entries: report NaN eigenvalues
  if (!isFiniteMat(a)) return { re: new Array<number>(a.rows).fill(NaN), im: new Array<number>(a.rows).fill(NaN) };
  // ml-matrix's QR iteration does not terminate on some finite matrices mixing 1e±300 and subnormal
  // entries (property hunt, issue 16): scale to unit size by a power of 2 and flush entries below
  // 1e-290 of the largest to 0 (an absolute perturbation ≤ 1e-290·n·max|a_ij|, far below rounding)
  let amax = 0;
  for (let i = 0; i < a.data.length; i++) amax = Math.max(amax, Math.abs(a.data[i]));
  if (amax === 0) return { re: new Array<number>(a.rows).fill(0), im: new Array<number>(a.rows).fill(0) };
  const k = -Math.round(Math.log2(amax));
  const b = mat(a.rows, a.cols);
  for (let i = 0; i < a.data.length; i++) b.data[i] = Math.abs(a.data[i]) < 1e-290 * amax ? 0 : scale2(a.data[i], k);
  const e = eig(toMatrix(b));
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

/** The smallest eigenvalue of a symmetric Mat (via Cholesky attempts is cheaper, but this is for small blocks). */
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
