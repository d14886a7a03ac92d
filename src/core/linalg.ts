/**
 * The float64 dense linear-algebra facade. Every system goes through these functions,
 * so hot kernels (matmul, symmetric eigen) can later be swapped for faster ones without
 * touching callers. Today they sit on ml-matrix, except matmul/gemm (a 4×4 register-blocked
 * kernel on row-major arrays, several times ml-matrix's mmul) and expm (Padé-13, which
 * ml-matrix lacks).
 */
import {
  Matrix,
  CholeskyDecomposition,
  EigenvalueDecomposition,
  LuDecomposition,
  QrDecomposition,
  SingularValueDecomposition,
} from 'ml-matrix';
import { QuireError } from './errors.js';
import { assertMatrixRows } from './validate.js';

export { Matrix };

/** A matrix from an array of rows (validated: rectangular, finite). */
export function matrix(rows: ArrayLike<ArrayLike<number>>, fn = 'matrix', name = 'rows'): Matrix {
  assertMatrixRows(fn, name, Array.from(rows as ArrayLike<ArrayLike<number>>));
  return new Matrix(Array.from(rows as ArrayLike<ArrayLike<number>>, (r) => Array.from(r)));
}

/** An r×c matrix of zeros. */
export function zeros(rows: number, cols: number): Matrix {
  return Matrix.zeros(rows, cols);
}

/** The n×n identity. */
export function eye(n: number): Matrix {
  return Matrix.eye(n, n);
}

/** A diagonal matrix. */
export function diag(values: ArrayLike<number>): Matrix {
  const n = values.length;
  const m = Matrix.zeros(n, n);
  for (let i = 0; i < n; i++) m.set(i, i, values[i]);
  return m;
}

/** A matrix view of a row-major Float64Array (copied). */
export function fromRowMajor(data: ArrayLike<number>, rows: number, cols: number): Matrix {
  const m = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) {
    const r = (m as unknown as { data: Float64Array[] }).data[i];
    for (let j = 0; j < cols; j++) r[j] = data[i * cols + j];
  }
  return m;
}

/** The row-major data of a matrix, as one Float64Array. */
export function toRowMajor(a: Matrix): Float64Array {
  const out = new Float64Array(a.rows * a.columns);
  const rows = rowsOf(a);
  for (let i = 0; i < a.rows; i++) out.set(rows[i], i * a.columns);
  return out;
}

/** The matrix as plain nested arrays (for JSON). */
export function toArray(a: Matrix): number[][] {
  return a.to2DArray();
}

function rowsOf(a: Matrix): Float64Array[] {
  return (a as unknown as { data: Float64Array[] }).data;
}

/**
 * C = A·B.
 * @throws QuireError if the inner dimensions differ
 */
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a.columns !== b.rows) {
    throw new QuireError(`matmul: inner dimensions differ: ${a.rows}×${a.columns} · ${b.rows}×${b.columns}`);
  }
  const m = a.rows;
  const k = a.columns;
  const n = b.columns;
  if (m * k * n >= 4096) return fromRowMajor(gemm(toRowMajor(a), toRowMajor(b), m, k, n), m, n);
  // small products: the i-k-j loop on the rows directly, without copies
  const c = new Matrix(m, n);
  const A = rowsOf(a);
  const B = rowsOf(b);
  const C = rowsOf(c);
  for (let i = 0; i < m; i++) {
    const ci = C[i];
    const ai = A[i];
    for (let p = 0; p < k; p++) {
      const aip = ai[p];
      if (aip === 0) continue;
      const bp = B[p];
      for (let j = 0; j < n; j++) ci[j] += aip * bp[j];
    }
  }
  return c;
}

/**
 * Row-major GEMM kernel on flat arrays: C (m×n) = A (m×k) · B (k×n). Trusts its caller.
 * A 4×4 register-blocked micro-kernel (16 accumulators held in locals, one pass over k)
 * with plain dot products for the edge rows and columns: 3–6× the i-k-j loop.
 */
export function gemm(A: Float64Array, B: Float64Array, m: number, k: number, n: number, C = new Float64Array(m * n)): Float64Array {
  const m4 = m - (m % 4);
  const n4 = n - (n % 4);
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
      C[o] = c00;
      C[o + 1] = c01;
      C[o + 2] = c02;
      C[o + 3] = c03;
      o += n;
      C[o] = c10;
      C[o + 1] = c11;
      C[o + 2] = c12;
      C[o + 3] = c13;
      o += n;
      C[o] = c20;
      C[o + 1] = c21;
      C[o + 2] = c22;
      C[o + 3] = c23;
      o += n;
      C[o] = c30;
      C[o + 1] = c31;
      C[o + 2] = c32;
      C[o + 3] = c33;
    }
  }
  // edges: the last m % 4 rows (all columns) and the last n % 4 columns of the blocked rows
  for (let i = 0; i < m; i++) {
    const ao = i * k;
    for (let j = i < m4 ? n4 : 0; j < n; j++) {
      let s = 0;
      for (let p = 0, bo = j; p < k; p++, bo += n) s += A[ao + p] * B[bo];
      C[i * n + j] = s;
    }
  }
  return C;
}

/** Aᵀ. */
export function transpose(a: Matrix): Matrix {
  return a.transpose();
}

function assertSquare(fn: string, name: string, a: Matrix): void {
  if (a.rows !== a.columns) throw new QuireError(`${fn}: ${name} must be square, got ${a.rows}×${a.columns}`);
}

/**
 * Solve A·X = B by LU with partial pivoting.
 * @throws QuireError if A is not square, the shapes differ, or A is singular
 */
export function solve(a: Matrix, b: Matrix): Matrix {
  assertSquare('solve', 'A', a);
  if (b.rows !== a.rows) throw new QuireError(`solve: B has ${b.rows} rows, expected ${a.rows} (the size of A)`);
  const lu = new LuDecomposition(a);
  if (lu.isSingular()) throw new QuireError('solve: A is singular');
  const x = lu.solve(b);
  if (!isFiniteMatrix(x)) throw new QuireError('solve: A is numerically singular');
  return x;
}

/** A⁻¹. @throws QuireError if A is singular */
export function inv(a: Matrix): Matrix {
  return solve(a, eye(a.rows));
}

/** det(A). */
export function det(a: Matrix): number {
  assertSquare('det', 'A', a);
  return new LuDecomposition(a).determinant;
}

/**
 * Lower Cholesky factor L with A = L·Lᵀ.
 * @throws QuireError if A is not symmetric positive definite
 */
export function cholesky(a: Matrix): Matrix {
  assertSquare('cholesky', 'A', a);
  const c = new CholeskyDecomposition(a);
  if (!c.isPositiveDefinite()) throw new QuireError('cholesky: A is not positive definite');
  return c.lowerTriangularMatrix;
}

/** Solve A·X = B for symmetric positive definite A. @throws QuireError if A is not SPD */
export function choleskySolve(a: Matrix, b: Matrix): Matrix {
  assertSquare('choleskySolve', 'A', a);
  const c = new CholeskyDecomposition(a);
  if (!c.isPositiveDefinite()) throw new QuireError('choleskySolve: A is not positive definite');
  return c.solve(b);
}

/**
 * Symmetric eigendecomposition A = V·diag(values)·Vᵀ, values ascending, V's columns orthonormal.
 * Only the symmetric part of A is used.
 */
export function eigSym(a: Matrix): { values: Float64Array; vectors: Matrix } {
  assertSquare('eigSym', 'A', a);
  const n = a.rows;
  const s = new Matrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s.set(i, j, 0.5 * (a.get(i, j) + a.get(j, i)));
  const e = new EigenvalueDecomposition(s, { assumeSymmetric: true });
  const vals = e.realEigenvalues;
  const order = vals.map((_, i) => i).sort((i, j) => vals[i] - vals[j]);
  const values = new Float64Array(order.map((i) => vals[i]));
  const V = e.eigenvectorMatrix;
  const vectors = new Matrix(n, n);
  for (let c = 0; c < n; c++) for (let r = 0; r < n; r++) vectors.set(r, c, V.get(r, order[c]));
  return { values, vectors };
}

/** Eigenvalues of a general real matrix, as real and imaginary parts. */
export function eig(a: Matrix): { re: Float64Array; im: Float64Array; vectors: Matrix } {
  assertSquare('eig', 'A', a);
  const e = new EigenvalueDecomposition(a);
  return { re: Float64Array.from(e.realEigenvalues), im: Float64Array.from(e.imaginaryEigenvalues), vectors: e.eigenvectorMatrix };
}

/** Thin SVD A = U·diag(s)·Vᵀ, s descending. */
export function svd(a: Matrix): { U: Matrix; s: Float64Array; V: Matrix } {
  const d = new SingularValueDecomposition(a, { autoTranspose: true });
  return { U: d.leftSingularVectors, s: Float64Array.from(d.diagonal), V: d.rightSingularVectors };
}

/** QR by Householder: A = Q·R with Q m×n orthonormal columns (m ≥ n), R n×n upper triangular. */
export function qr(a: Matrix): { Q: Matrix; R: Matrix } {
  const d = new QrDecomposition(a);
  return { Q: d.orthogonalMatrix, R: d.upperTriangularMatrix };
}

/** Frobenius norm. */
export function normFro(a: Matrix): number {
  let s = 0;
  for (const r of rowsOf(a)) for (let j = 0; j < r.length; j++) s += r[j] * r[j];
  return Math.sqrt(s);
}

/** Induced 1-norm (max absolute column sum). */
export function norm1(a: Matrix): number {
  let best = 0;
  for (let j = 0; j < a.columns; j++) {
    let s = 0;
    for (let i = 0; i < a.rows; i++) s += Math.abs(a.get(i, j));
    if (s > best) best = s;
  }
  return best;
}

/** Trace. */
export function trace(a: Matrix): number {
  let s = 0;
  for (let i = 0; i < Math.min(a.rows, a.columns); i++) s += a.get(i, i);
  return s;
}

/** True when every entry is finite. */
export function isFiniteMatrix(a: Matrix): boolean {
  for (const r of rowsOf(a)) for (let j = 0; j < r.length; j++) if (!Number.isFinite(r[j])) return false;
  return true;
}

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

function axpyInto(out: Matrix, alpha: number, x: Matrix): Matrix {
  const O = rowsOf(out);
  const X = rowsOf(x);
  for (let i = 0; i < O.length; i++) for (let j = 0; j < O[i].length; j++) O[i][j] += alpha * X[i][j];
  return out;
}

/**
 * Matrix exponential e^A by scaling and squaring with Padé approximants of degree 3–13
 * (Higham 2005, Algorithm 2.3), accurate to about machine precision relative to ‖e^A‖.
 * @throws QuireError if A is not square or has non-finite entries
 * @example expm(matrix([[0, 1], [-1, 0]])) // [[cos 1, sin 1], [−sin 1, cos 1]]
 * @see Higham, SIAM J. Matrix Anal. Appl. 26(4), 2005
 */
export function expm(a: Matrix): Matrix {
  assertSquare('expm', 'A', a);
  if (!isFiniteMatrix(a)) throw new QuireError('expm: A has non-finite entries');
  const n = a.rows;
  const I = eye(n);
  const nrm = norm1(a);
  for (const [m, theta] of THETA) {
    if (nrm <= theta) return padeSolve(a, m, I);
  }
  const s = Math.max(0, Math.ceil(Math.log2(nrm / THETA13)));
  const As = a.clone().mul(Math.pow(2, -s));
  let X = padeSolve(As, 13, I);
  for (let k = 0; k < s; k++) X = matmul(X, X);
  return X;
}

function padeSolve(A: Matrix, m: number, I: Matrix): Matrix {
  const b = PADE[m];
  const n = A.rows;
  const A2 = matmul(A, A);
  let U: Matrix;
  let V: Matrix;
  if (m < 13) {
    // powers A^0, A^2, A^4, ... up to A^(m-1)
    const pows: Matrix[] = [I, A2];
    for (let k = 4; k <= m - 1; k += 2) pows.push(matmul(pows[pows.length - 1], A2));
    const Uin = Matrix.zeros(n, n);
    V = Matrix.zeros(n, n);
    for (let k = 0; k <= m; k++) {
      const P = pows[Math.floor(k / 2)];
      if (k % 2 === 1) axpyInto(Uin, b[k], P);
      else axpyInto(V, b[k], P);
    }
    U = matmul(A, Uin);
  } else {
    const A4 = matmul(A2, A2);
    const A6 = matmul(A4, A2);
    const inner1 = Matrix.zeros(n, n);
    axpyInto(inner1, b[13], A6);
    axpyInto(inner1, b[11], A4);
    axpyInto(inner1, b[9], A2);
    const Uin = matmul(A6, inner1);
    axpyInto(Uin, b[7], A6);
    axpyInto(Uin, b[5], A4);
    axpyInto(Uin, b[3], A2);
    axpyInto(Uin, b[1], I);
    U = matmul(A, Uin);
    const inner2 = Matrix.zeros(n, n);
    axpyInto(inner2, b[12], A6);
    axpyInto(inner2, b[10], A4);
    axpyInto(inner2, b[8], A2);
    V = matmul(A6, inner2);
    axpyInto(V, b[6], A6);
    axpyInto(V, b[4], A4);
    axpyInto(V, b[2], A2);
    axpyInto(V, b[0], I);
  }
  const P = V.clone().add(U);
  const Q = V.clone().sub(U);
  return solve(Q, P);
}
