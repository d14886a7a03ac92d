/**
 * Sliced Wasserstein distances: SW_p^p(μ, ν) = E_θ W_p^p(θ#μ, θ#ν) over directions θ on the
 * unit sphere, estimated with L directions (Gaussian Monte Carlo, randomized quasi-Monte
 * Carlo, or given). All points are projected onto all directions by ONE matrix product
 * (core/linalg `gemm`), then each direction's projections are sorted with a numeric sort.
 */
import { QuireError } from '../core/errors.js';
import { gemm } from '../core/linalg.js';
import { Rng } from '../core/rng.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { normalQuantile } from '../core/stats.js';
import { assertMatrixRows } from '../core/validate.js';
import { powAbsDeriv, sortedCost, sortedPieces } from './kernels.js';
import { scaleOf, scaled } from './wasserstein1d.js';
import { iota, sortRange, sortScratch, sortWithIndex } from './sort.js';

/** A row-major matrix on a flat array (rows = points). */
export interface FlatMatrix {
  data: Float64Array;
  rows: number;
  cols: number;
}

/** Parameters of the sliced distances. */
export const slicedSchema = defineSchema({
  p: { type: 'number', min: 1, default: 2, description: 'order p ≥ 1 of the transport cost' },
  projections: { type: 'integer', min: 1, max: 100000, default: 200, description: 'number of directions L' },
  seed: { type: 'integer', min: 0, default: 0, description: 'seed of the random directions' },
  directions: { type: 'enum', values: ['gaussian', 'qmc'] as const, default: 'gaussian', description: 'how directions are drawn' },
});

/** Options of {@link slicedWasserstein}: `directions` may also be a given L × d array of directions. */
export interface SlicedOptions extends Partial<Omit<OptionsOf<typeof slicedSchema>, 'directions'>> {
  directions?: 'gaussian' | 'qmc' | Points;
}

/** Points as rows (number[][]) or a flat row-major matrix. */
export type Points = ArrayLike<ArrayLike<number>> | FlatMatrix;

function isFlat(x: unknown): x is FlatMatrix {
  return (
    x !== null && typeof x === 'object' && (x as FlatMatrix).data instanceof Float64Array && typeof (x as FlatMatrix).rows === 'number'
  );
}

/** Validate and flatten a point set. */
export function toFlat(fn: string, name: string, x: unknown): FlatMatrix {
  if (isFlat(x)) {
    const { data, rows, cols } = x;
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1 || data.length !== rows * cols) {
      throw new QuireError(`${fn}: ${name} must have rows·cols = data.length with rows, cols ≥ 1`);
    }
    for (let i = 0; i < data.length; i++) {
      if (!Number.isFinite(data[i]))
        throw new QuireError(`${fn}: ${name}[${Math.floor(i / cols)}][${i % cols}] must be a finite number, got ${data[i]}`);
    }
    return x;
  }
  const { rows, cols } = assertMatrixRows(fn, name, Array.isArray(x) ? x : Array.from(x as ArrayLike<ArrayLike<number>>));
  const data = new Float64Array(rows * cols);
  const r = x as ArrayLike<ArrayLike<number>>;
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) data[i * cols + j] = r[i][j];
  return { data, rows, cols };
}

/**
 * L unit directions in ℝ^d as a flat L × d array.
 * - 'gaussian': θ = g/‖g‖ with g ~ N(0, I_d) (uniform on the sphere), seeded;
 * - 'qmc': a randomized Halton sequence (seeded Cranley–Patterson shift) mapped to N(0, I_d) by
 *   the normal quantile and normalized, as in quasi-Monte-Carlo sliced Wasserstein.
 * @param d - dimension ≥ 1; L - number of directions ≥ 1; kind; seed - integer ≥ 0
 * @returns Float64Array of L·d numbers, each row of unit norm
 * @throws QuireError on invalid d, L, kind or seed
 * @example sphereDirections(3, 100, 'qmc', 0) // 100 unit vectors in ℝ³
 * @see Nguyen et al. (2024), Quasi-Monte Carlo for 3D sliced Wasserstein, ICLR
 */
export function sphereDirections(d: number, L: number, kind: 'gaussian' | 'qmc', seed: number): Float64Array {
  const fn = 'sphereDirections';
  if (!Number.isInteger(d) || !(d >= 1)) throw new QuireError(`${fn}: d must be an integer ≥ 1, got ${String(d)}`);
  if (!Number.isInteger(L) || !(L >= 1)) throw new QuireError(`${fn}: L must be an integer ≥ 1, got ${String(L)}`);
  if (kind !== 'gaussian' && kind !== 'qmc') throw new QuireError(`${fn}: kind must be 'gaussian' or 'qmc', got ${JSON.stringify(kind)}`);
  if (L * d > 2 ** 27) throw new QuireError(`${fn}: L·d = ${L * d} exceeds ${2 ** 27} numbers`);
  if (!Number.isInteger(seed) || !(seed >= 0) || seed > Number.MAX_SAFE_INTEGER)
    throw new QuireError(`${fn}: seed must be an integer in [0, 2^53), got ${String(seed)}`);
  const rng = new Rng(seed);
  const out = new Float64Array(L * d);
  if (kind === 'gaussian') {
    rng.fillNormal(out);
  } else {
    const primes = firstPrimes(d);
    const shift = rng.fillUniform(new Float64Array(d));
    for (let l = 0; l < L; l++) {
      for (let k = 0; k < d; k++) {
        let u = radicalInverse(l + 1, primes[k]) + shift[k];
        if (u >= 1) u -= 1;
        u = Math.min(Math.max(u, 1e-12), 1 - 1e-12);
        out[l * d + k] = normalQuantile(u);
      }
    }
  }
  for (let l = 0; l < L; l++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += out[l * d + k] ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    if (inv === 0)
      out[l * d] = 1; // measure-zero event: fall back to e₁
    else for (let k = 0; k < d; k++) out[l * d + k] *= inv;
  }
  return out;
}

function radicalInverse(i: number, b: number): number {
  let f = 1;
  let r = 0;
  while (i > 0) {
    f /= b;
    r += f * (i % b);
    i = Math.floor(i / b);
  }
  return r;
}

function firstPrimes(k: number): number[] {
  const out: number[] = [];
  for (let c = 2; out.length < k; c++) if (out.every((q) => c % q !== 0)) out.push(c);
  return out;
}

interface Prepared {
  X: FlatMatrix;
  Y: FlatMatrix;
  theta: Float64Array;
  L: number;
  p: number;
  /** the power of two the points were multiplied by (1 unless huge or tiny: see scaleOf) */
  sigma: number;
}

/** Scale both clouds by one power of two σ (copies) so that projections and powers stay finite. */
function scalePointsBy2(pr: Omit<Prepared, 'sigma'>): Prepared {
  const sigma = scaleOf(pr.X.data, pr.Y.data);
  if (sigma === 1) return { ...pr, sigma };
  const X = { ...pr.X, data: Float64Array.from(scaled(pr.X.data, sigma)) };
  const Y = { ...pr.Y, data: Float64Array.from(scaled(pr.Y.data, sigma)) };
  return { ...pr, X, Y, sigma };
}

function prepare(fn: string, X: unknown, Y: unknown, options: SlicedOptions | undefined, scale = true): Prepared {
  const scalePoints = scale ? scalePointsBy2 : (pr: Omit<Prepared, 'sigma'>): Prepared => ({ ...pr, sigma: 1 });
  const Xf = toFlat(fn, 'X', X);
  const Yf = toFlat(fn, 'Y', Y);
  if (Xf.cols !== Yf.cols) throw new QuireError(`${fn}: Y has ${Yf.cols} columns, expected ${Xf.cols} (the dimension of X)`);
  const { directions, ...rest } = options ?? {};
  const d = Xf.cols;
  if (directions !== undefined && typeof directions !== 'string') {
    const { projections: _ignored, ...rest2 } = rest;
    const o = parseOptions(fn, slicedSchema, rest2);
    const D = toFlat(fn, 'directions', directions);
    if (D.cols !== d) throw new QuireError(`${fn}: directions has ${D.cols} columns, expected ${d} (the dimension of X)`);
    const theta = D.data.slice();
    for (let l = 0; l < D.rows; l++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += theta[l * d + k] ** 2;
      if (!(s > 0)) throw new QuireError(`${fn}: directions[${l}] must be non-zero`);
      const inv = 1 / Math.sqrt(s);
      for (let k = 0; k < d; k++) theta[l * d + k] *= inv;
    }
    return scalePoints({ X: Xf, Y: Yf, theta, L: D.rows, p: o.p });
  }
  const o = parseOptions(fn, slicedSchema, { ...rest, directions });
  return scalePoints({ X: Xf, Y: Yf, theta: sphereDirections(d, o.projections, o.directions, o.seed), L: o.projections, p: o.p });
}

/** Transpose a row-major rows × cols array. */
function transposeFlat(a: Float64Array, rows: number, cols: number): Float64Array {
  const t = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j];
  return t;
}

/** Project all points onto all directions with one GEMM: (L × d)·(d × n) → L × n, row l = ⟨θ_l, x_i⟩. */
export function projectAll(theta: Float64Array, L: number, X: FlatMatrix): Float64Array {
  const fn = 'projectAll';
  if (!Number.isInteger(L) || !(L >= 1)) throw new QuireError(`${fn}: L must be an integer ≥ 1, got ${String(L)}`);
  if (X === null || typeof X !== 'object' || !(X.data?.length === X.rows * X.cols) || !(X.cols >= 1))
    throw new QuireError(`${fn}: X must be a flat matrix { data, rows, cols } with data.length = rows·cols`);
  if (!(theta?.length === L * X.cols)) throw new QuireError(`${fn}: theta has length ${theta?.length}, expected L·d = ${L * X.cols}`);
  return gemm(theta, transposeFlat(X.data, X.rows, X.cols), L, X.cols, X.rows);
}

/** Per-direction W_p^p of prepared inputs. */
function perDirection(pr: Prepared): Float64Array {
  const { X, Y, theta, L, p } = pr;
  const n = X.rows;
  const m = Y.rows;
  const PX = projectAll(theta, L, X);
  const PY = projectAll(theta, L, Y);
  const scratch = sortScratch(Math.max(n, m));
  const out = new Float64Array(L);
  for (let l = 0; l < L; l++) {
    sortRange(PX, l * n, n, scratch);
    sortRange(PY, l * m, m, scratch);
    out[l] = sortedCost(PX.subarray(l * n, (l + 1) * n), null, PY.subarray(l * m, (l + 1) * m), null, p);
  }
  return out;
}

/**
 * Sliced Wasserstein distance SW_p = ((1/L) Σ_l W_p^p(⟨θ_l, X⟩, ⟨θ_l, Y⟩))^{1/p} between two
 * uniform point clouds in ℝ^d (sizes may differ).
 * @param X - n × d points (rows), finite; Y - m × d points, same d
 * @param options.p - order ≥ 1 (default 2); options.projections - L ≥ 1 (default 200)
 * @param options.directions - 'gaussian' (default), 'qmc', or a given L × d array (rows are normalized;
 *   `projections` is then ignored and L is the number of rows)
 * @param options.seed - seed of the random directions (default 0)
 * @returns SW_p (not SW_p^p; see {@link slicedWassersteinPow})
 * @throws QuireError on empty, ragged or non-finite inputs, a dimension mismatch, p < 1
 * @example slicedWasserstein([[0, 0], [1, 1]], [[0, 0], [1, 1]]) // 0
 * @see Bonneel et al. (2015), Sliced and Radon Wasserstein barycenters; POT `sliced_wasserstein_distance`
 */
export function slicedWasserstein(X: Points, Y: Points, options?: SlicedOptions): number {
  const pr = prepare('slicedWasserstein', X, Y, options);
  const w = perDirection(pr);
  let s = 0;
  for (let l = 0; l < pr.L; l++) s += w[l];
  s /= pr.L;
  return (pr.p === 1 ? s : Math.pow(s, 1 / pr.p)) / pr.sigma;
}

/**
 * SW_p^p = (1/L) Σ_l W_p^p(⟨θ_l, X⟩, ⟨θ_l, Y⟩) and the per-direction costs.
 * @param X, Y, options - as {@link slicedWasserstein}
 * @returns { value: SW_p^p, perDirection: W_p^p per direction, directions: L × d flat }
 * @throws QuireError as {@link slicedWasserstein}
 * @example slicedWassersteinPow([[0, 0]], [[1, 0]], { directions: [[1, 0]] }).value // 1
 */
export function slicedWassersteinPow(
  X: Points,
  Y: Points,
  options?: SlicedOptions,
): { value: number; perDirection: Float64Array; directions: Float64Array } {
  const fn = 'slicedWassersteinPow';
  const pr = prepare(fn, X, Y, options);
  const w = perDirection(pr);
  const back = Math.pow(pr.sigma, pr.p);
  let s = 0;
  for (let l = 0; l < pr.L; l++) {
    s += w[l];
    w[l] /= back;
  }
  const value = s / pr.L / back;
  if (!Number.isFinite(value)) throw new QuireError(`${fn}: SW_p^p overflows float64 for these inputs; use slicedWasserstein`);
  return { value, perDirection: w, directions: pr.theta };
}

/** Options of {@link maxSlicedWasserstein}: those of the sliced distance plus ascent steps. */
export interface MaxSlicedOptions extends SlicedOptions {
  /** projected (sphere) subgradient-ascent steps from the best sampled direction (default 50) */
  iterations?: number;
  /** step size c of the rule c/√k (default 0.5) */
  step?: number;
}

/** W_p^p along θ and its gradient in θ: Σ_k π_k p|d_k|^{p−1} sign(d_k)(x_{i_k} − y_{j_k}). */
function directionalCostGrad(X: FlatMatrix, Y: FlatMatrix, theta: Float64Array, p: number, g: Float64Array): number {
  const d = X.cols;
  const n = X.rows;
  const m = Y.rows;
  const px = gemm(X.data, theta, n, d, 1);
  const py = gemm(Y.data, theta, m, d, 1);
  const ox = iota(n);
  const oy = iota(m);
  sortWithIndex(px, ox);
  sortWithIndex(py, oy);
  const pcs = sortedPieces(n, null, m, null);
  g.fill(0);
  let cost = 0;
  for (let k = 0; k < pcs.count; k++) {
    const a = pcs.i[k];
    const b = pcs.j[k];
    const diff = px[a] - py[b];
    const w = pcs.mass[k];
    cost += w * Math.pow(Math.abs(diff), p);
    const c = w * powAbsDeriv(diff, p);
    if (c === 0) continue;
    const xo = ox[a] * d;
    const yo = oy[b] * d;
    for (let q = 0; q < d; q++) g[q] += c * (X.data[xo + q] - Y.data[yo + q]);
  }
  return cost;
}

/**
 * Max-sliced Wasserstein distance max_{‖θ‖=1} W_p(⟨θ, X⟩, ⟨θ, Y⟩): the best of L sampled
 * directions, then projected subgradient ascent on the sphere (θ ← normalize(θ + c/√k · g),
 * keeping the best direction seen). A lower bound on the true maximum (the problem is
 * non-concave); ≥ every sampled direction's value.
 * @param X, Y - point clouds (rows), same dimension; options - as {@link slicedWasserstein} plus
 *   iterations (integer ≥ 0, default 50) and step (> 0, default 0.5)
 * @returns { distance: W_p along the best direction, direction: unit vector }
 * @throws QuireError as {@link slicedWasserstein}, or on invalid iterations/step
 * @example maxSlicedWasserstein([[0, 0], [0, 1]], [[3, 0], [3, 1]]).distance // ≈ 3
 * @see Deshpande et al. (2019), Max-sliced Wasserstein distance and its use for GANs, CVPR
 */
export function maxSlicedWasserstein(X: Points, Y: Points, options?: MaxSlicedOptions): { distance: number; direction: Float64Array } {
  const fn = 'maxSlicedWasserstein';
  const { iterations = 50, step = 0.5, ...rest } = options ?? {};
  if (!Number.isInteger(iterations) || !(iterations >= 0))
    throw new QuireError(`${fn}: iterations must be an integer ≥ 0, got ${String(iterations)}`);
  if (typeof step !== 'number' || !(step > 0) || !Number.isFinite(step))
    throw new QuireError(`${fn}: step must be a finite number > 0, got ${String(step)}`);
  const pr = prepare(fn, X, Y, rest);
  const w = perDirection(pr);
  const d = pr.X.cols;
  let best = 0;
  for (let l = 1; l < pr.L; l++) if (w[l] > w[best]) best = l;
  let bestVal = w[best];
  const bestDir = pr.theta.slice(best * d, (best + 1) * d);
  const theta = bestDir.slice();
  const g = new Float64Array(d);
  for (let k = 1; k <= iterations; k++) {
    const val = directionalCostGrad(pr.X, pr.Y, theta, pr.p, g);
    if (val > bestVal) {
      bestVal = val;
      bestDir.set(theta);
    }
    // Riemannian gradient: remove the radial component, normalize the step by ‖g‖
    let dot = 0;
    for (let q = 0; q < d; q++) dot += g[q] * theta[q];
    let gn = 0;
    for (let q = 0; q < d; q++) {
      g[q] -= dot * theta[q];
      gn += g[q] * g[q];
    }
    if (!(gn > 0)) break;
    const eta = step / Math.sqrt(k) / Math.sqrt(gn);
    let s = 0;
    for (let q = 0; q < d; q++) {
      theta[q] += eta * g[q];
      s += theta[q] * theta[q];
    }
    const inv = 1 / Math.sqrt(s);
    for (let q = 0; q < d; q++) theta[q] *= inv;
  }
  const finalVal = directionalCostGrad(pr.X, pr.Y, theta, pr.p, g);
  if (finalVal > bestVal) {
    bestVal = finalVal;
    bestDir.set(theta);
  }
  return { distance: (pr.p === 1 ? bestVal : Math.pow(bestVal, 1 / pr.p)) / pr.sigma, direction: bestDir };
}

/** SW_p^p and its subgradients with respect to the points. */
export interface SlicedGrad {
  /** SW_p^p */
  value: number;
  /** ∂SW_p^p/∂X, n × d row-major */
  gradX: Float64Array;
  /** ∂SW_p^p/∂Y, m × d row-major */
  gradY: Float64Array;
  directions: Float64Array;
}

/**
 * SW_p^p and its exact subgradient with respect to the points:
 * ∂SW_p^p/∂x_i = (1/L) Σ_l g_{l,i} θ_l, with g_{l,·} the 1-D subgradient of W_p^p along θ_l read
 * off that direction's sorting permutation. The sum over directions is a second GEMM
 * (n × L)·(L × d). Away from ties in every projection this is the gradient.
 * @param X, Y, options - as {@link slicedWasserstein}
 * @returns { value, gradX, gradY, directions }
 * @throws QuireError as {@link slicedWasserstein}
 * @example slicedWassersteinGrad([[0, 0]], [[1, 0]], { directions: [[1, 0]] }).gradX // [-2, 0]
 * @see Le (2026), arXiv 2605.28134; Tanguy et al. (2023), arXiv 2307.11714
 */
export function slicedWassersteinGrad(X: Points, Y: Points, options?: SlicedOptions): SlicedGrad {
  const fn = 'slicedWassersteinGrad';
  const pr = prepare(fn, X, Y, options);
  const g = slicedGradKernel(pr);
  if (pr.sigma !== 1) {
    // computed on σX, σY (σ a power of two, so the scaling is exact): SW_p^p(X, Y) = σ^{−p} SW_p^p(σX, σY)
    // and its gradient is σ^{1−p} times the scaled one; each power is applied in two halves so that
    // no factor overflows before the product (points near 1e300 gave ±∞ and NaN gradients unscaled)
    const inv = 1 / pr.sigma;
    const hv = Math.pow(inv, pr.p / 2);
    g.value = g.value * hv * hv;
    const hg = Math.pow(inv, (pr.p - 1) / 2);
    for (let i = 0; i < g.gradX.length; i++) g.gradX[i] = g.gradX[i] * hg * hg;
    for (let i = 0; i < g.gradY.length; i++) g.gradY[i] = g.gradY[i] * hg * hg;
  }
  if (!Number.isFinite(g.value)) throw new QuireError(`${fn}: SW_p^p exceeds the float64 range for these inputs (above 1.8e308)`);
  for (const a of [g.gradX, g.gradY])
    for (let i = 0; i < a.length; i++)
      if (!Number.isFinite(a[i])) throw new QuireError(`${fn}: the subgradient exceeds the float64 range for these inputs`);
  return g;
}

/** Kernel of {@link slicedWassersteinGrad} on validated flat inputs. */
export function slicedGradFlat(X: FlatMatrix, Y: FlatMatrix, theta: Float64Array, L: number, p: number): SlicedGrad {
  return slicedGradKernel({ X, Y, theta, L, p });
}

function slicedGradKernel(pr: Omit<Prepared, 'sigma'>): SlicedGrad {
  const { X, Y, theta, L, p } = pr;
  const n = X.rows;
  const m = Y.rows;
  const d = X.cols;
  const PX = projectAll(theta, L, X);
  const PY = projectAll(theta, L, Y);
  const GX = new Float64Array(n * L); // n × L (transposed layout for the second GEMM)
  const GY = new Float64Array(m * L);
  const pcs = sortedPieces(n, null, m, null);
  const scratch = sortScratch(Math.max(n, m));
  const ox = new Int32Array(n);
  const oy = new Int32Array(m);
  let total = 0;
  for (let l = 0; l < L; l++) {
    const px = PX.subarray(l * n, (l + 1) * n);
    const py = PY.subarray(l * m, (l + 1) * m);
    for (let i = 0; i < n; i++) ox[i] = i;
    for (let j = 0; j < m; j++) oy[j] = j;
    sortWithIndex(px, ox, scratch);
    sortWithIndex(py, oy, scratch);
    let cost = 0;
    for (let k = 0; k < pcs.count; k++) {
      const a = pcs.i[k];
      const b = pcs.j[k];
      const diff = px[a] - py[b];
      const w = pcs.mass[k];
      cost += w * (p === 2 ? diff * diff : Math.pow(Math.abs(diff), p));
      const c = (w * powAbsDeriv(diff, p)) / L;
      GX[ox[a] * L + l] += c;
      GY[oy[b] * L + l] -= c;
    }
    total += cost;
  }
  const gradX = gemm(GX, theta, n, L, d);
  const gradY = gemm(GY, theta, m, L, d);
  return { value: total / L, gradX, gradY, directions: theta };
}
