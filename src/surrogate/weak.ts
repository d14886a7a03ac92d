/**
 * Weak-form residuals against sine test functions, by integration by parts:
 * R_j(u) = ∫ κ∇u·∇v_j − ∫ f v_j, normalized by |v_j|_{H¹} = ‖∇v_j‖_{L²} (so Σ_j R_j² is a
 * discrete H⁻¹ norm of the residual). Test functions v_j = sin(jπx) (1-D) or
 * sin(jπx)sin(kπy) (2-D, j, k ≤ J).
 *
 * For a nodal vector û (the P1 interpolant) and the vertex (trapezoid) quadrature of the load,
 * R_j = h^d · v_jᵀ (A û − f) with A the FD operator (the P1 stiffness on a uniform mesh is h^d·A;
 * in 1-D ∫κû′v_j′ = v_jᵀK û exactly, because û′ is constant on each cell and v_j − I v_j
 * vanishes at the nodes). So the exact discrete solution has R = 0.
 */
import { QuireError } from '../core/errors.js';
import { assertFiniteArray, assertInteger } from '../core/validate.js';
import type { HeatProblem } from './problem.js';
import { applyOperator } from './solver.js';

/** Sine test functions: their nodal values and gradients at the cell centres. */
export interface TestFunctions {
  /** number of test functions T */
  count: number;
  /** (j) in 1-D, (j, k) in 2-D, per test function */
  index: number[][];
  /** v_t at the interior nodes, row-major [T, P] */
  nodal: Float64Array;
  /** |v_t|_{H¹} */
  norm: Float64Array;
  /** cell centres, row-major [C, d] (C = n^d) */
  centers: Float64Array;
  /** ∂_a v_t at the cell centres, row-major [d][T, C] */
  gradAtCenters: Float64Array[];
}

/**
 * The sine test functions of order ≤ J on the problem's grid.
 * @param order - J (1-D: T = J functions; 2-D: T = J²), integer in [1, n − 1]
 * @throws QuireError if J is out of range
 * @example sineTestFunctions(heatProblem({ cells: 32 }), 8).count // 8
 */
export function sineTestFunctions(problem: HeatProblem, order: number): TestFunctions {
  assertInteger('sineTestFunctions', 'order', order, 1, problem.n - 1);
  const { dim, n, size: P, points } = problem;
  const idx: number[][] = [];
  if (dim === 1) for (let j = 1; j <= order; j++) idx.push([j]);
  else for (let j = 1; j <= order; j++) for (let k = 1; k <= order; k++) idx.push([j, k]);
  const T = idx.length;
  const C = dim === 1 ? n : n * n;
  const centers = new Float64Array(C * dim);
  if (dim === 1) for (let c = 0; c < n; c++) centers[c] = (c + 0.5) / n;
  else
    for (let b = 0; b < n; b++)
      for (let a = 0; a < n; a++) {
        centers[2 * (a + n * b)] = (a + 0.5) / n;
        centers[2 * (a + n * b) + 1] = (b + 0.5) / n;
      }
  const nodal = new Float64Array(T * P);
  const norm = new Float64Array(T);
  const grads = Array.from({ length: dim }, () => new Float64Array(T * C));
  const pi = Math.PI;
  for (let t = 0; t < T; t++) {
    const [j, k] = idx[t];
    if (dim === 1) {
      norm[t] = (j * pi) / Math.SQRT2;
      for (let p = 0; p < P; p++) nodal[t * P + p] = Math.sin(j * pi * points[p]);
      for (let c = 0; c < C; c++) grads[0][t * C + c] = j * pi * Math.cos(j * pi * centers[c]);
    } else {
      norm[t] = (pi * Math.sqrt(j * j + k * k)) / 2;
      for (let p = 0; p < P; p++) nodal[t * P + p] = Math.sin(j * pi * points[2 * p]) * Math.sin(k * pi * points[2 * p + 1]);
      for (let c = 0; c < C; c++) {
        const x = centers[2 * c];
        const y = centers[2 * c + 1];
        grads[0][t * C + c] = j * pi * Math.cos(j * pi * x) * Math.sin(k * pi * y);
        grads[1][t * C + c] = k * pi * Math.sin(j * pi * x) * Math.cos(k * pi * y);
      }
    }
  }
  return { count: T, index: idx, nodal, norm, centers, gradAtCenters: grads };
}

/**
 * The normalized weak residual of a nodal field: R̃_t = h^d v_tᵀ(A u − f) / |v_t|_{H¹}.
 * @param u - nodal values at the interior nodes (length P)
 * @param f - source at the interior nodes (length P)
 * @returns R̃ (length T); zero for the exact FD solution
 * @throws QuireError on wrong lengths
 * @example weakResidual(pb, tf, solveHeat(pb, f), f) // ≈ 0
 * @see Kharazmi, Zhang & Karniadakis, hp-VPINNs, CMAME 374 (2021), eq. (9)
 */
export function weakResidual(problem: HeatProblem, tests: TestFunctions, u: ArrayLike<number>, f: ArrayLike<number>): Float64Array {
  const P = problem.size;
  if (u.length !== P) throw new QuireError(`weakResidual: u has length ${u.length}, expected ${P}`);
  if (f.length !== P) throw new QuireError(`weakResidual: f has length ${f.length}, expected ${P}`);
  assertFiniteArray('weakResidual', 'u', u);
  assertFiniteArray('weakResidual', 'f', f);
  const r = applyOperator(problem, Float64Array.from(u));
  for (let p = 0; p < P; p++) r[p] -= f[p];
  const hd = problem.dim === 1 ? problem.h : problem.h * problem.h;
  const out = new Float64Array(tests.count);
  for (let t = 0; t < tests.count; t++) {
    let s = 0;
    for (let p = 0; p < P; p++) s += tests.nodal[t * P + p] * r[p];
    out[t] = (hd * s) / tests.norm[t];
  }
  return out;
}

/**
 * The matrices of the nodal weak residual R̃ = û Gᵀ − f Lᵀ, row-major [T, P] each:
 * G = diag(h^d/|v|) V A (stiffness part), L = diag(h^d/|v|) V (load part).
 */
export function weakMatrices(problem: HeatProblem, tests: TestFunctions): { G: Float64Array; L: Float64Array } {
  const P = problem.size;
  const T = tests.count;
  const hd = problem.dim === 1 ? problem.h : problem.h * problem.h;
  const G = new Float64Array(T * P);
  const L = new Float64Array(T * P);
  // A is symmetric: row t of V A = A v_t
  const row = new Float64Array(P);
  for (let t = 0; t < T; t++) {
    const s = hd / tests.norm[t];
    const v = tests.nodal.subarray(t * P, (t + 1) * P);
    applyOperator(problem, v, row);
    for (let p = 0; p < P; p++) {
      G[t * P + p] = s * row[p];
      L[t * P + p] = s * v[p];
    }
  }
  return { G, L };
}

/** The FD operator A as a dense row-major [P, P] matrix (for the grid-output losses). */
export function operatorMatrix(problem: HeatProblem): Float64Array {
  const P = problem.size;
  const A = new Float64Array(P * P);
  const e = new Float64Array(P);
  const col = new Float64Array(P);
  for (let q = 0; q < P; q++) {
    e[q] = 1;
    applyOperator(problem, e, col);
    e[q] = 0;
    for (let p = 0; p < P; p++) A[p * P + q] = col[p];
  }
  return A;
}
