/**
 * Exact subgradients of sampled transport costs with respect to the sample positions, read
 * off the sorting permutation, and the chain rule to the parameters of a model given as a
 * value plus a Jacobian-vector (or vector-Jacobian) product.
 */
import { QuireError } from '../core/errors.js';
import { assertFiniteArray } from '../core/validate.js';
import { cumulativeWeights, sortedGrad, sortedPieces } from './kernels.js';
import { argsort } from './sort.js';
import { check1d, scaleOf, scaled, type Wasserstein1dOptions } from './wasserstein1d.js';

/** A value with its (sub)gradients with respect to both samples. */
export interface Grad1d {
  /** W_p^p */
  value: number;
  /** ∂W_p^p/∂u_i, length n */
  gradU: Float64Array;
  /** ∂W_p^p/∂v_j, length m */
  gradV: Float64Array;
}

/**
 * W_p^p between two weighted 1-D samples and its subgradient with respect to the sample
 * positions. With the monotone coupling π (from the sort), W_p^p = Σ_k π_k |u_{i_k} − v_{j_k}|^p
 * and ∂/∂u_i = Σ_{k: i_k = i} π_k · p|u_i − v_{j_k}|^{p−1} sign(u_i − v_{j_k}) (and minus that for
 * v). For uniform equal-size samples and p = 2 this is (2/n)(u_i − v_(rank u_i)). Away from ties
 * the cost is differentiable there and this is its gradient; at ties it is one element of the
 * (Clarke) subdifferential, the one given by the stable sort order.
 * @param u - sample positions (finite, non-empty); v - likewise
 * @param options - as {@link wasserstein1d} (p ≥ 1, optional weights)
 * @returns { value: W_p^p, gradU, gradV }
 * @throws QuireError on empty or non-finite samples, p < 1, or invalid weights
 * @example wasserstein1dGrad([0, 1], [1, 3], { p: 2 }).gradU // [-1, -2]
 * @see Le (2026), arXiv 2605.28134 (empirical subgradients of sorting formulas)
 */
export function wasserstein1dGrad(u: ArrayLike<number>, v: ArrayLike<number>, options?: Wasserstein1dOptions): Grad1d {
  const fn = 'wasserstein1dGrad';
  const c = check1d(fn, u, v, options);
  // on σu, σv (σ a power of two: exact) so that the powers neither overflow nor underflow, then
  // W_p^p × σ^{−p} and the gradients × σ^{1−p}, each power in two halves (u = [0], v = [1e300] gave ∞)
  const sigma = scaleOf(u, v);
  const g = grad1dKernel(scaled(u, sigma), c.uWeights, scaled(v, sigma), c.vWeights, c.p);
  if (sigma !== 1) {
    const hv = Math.pow(1 / sigma, c.p / 2);
    g.value = g.value * hv * hv;
    const hg = Math.pow(1 / sigma, (c.p - 1) / 2);
    for (let i = 0; i < g.gradU.length; i++) g.gradU[i] = g.gradU[i] * hg * hg;
    for (let j = 0; j < g.gradV.length; j++) g.gradV[j] = g.gradV[j] * hg * hg;
  }
  if (!Number.isFinite(g.value)) throw new QuireError(`${fn}: W_p^p exceeds the float64 range for these inputs (above 1.8e308)`);
  for (const a of [g.gradU, g.gradV])
    for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) throw new QuireError(`${fn}: the subgradient exceeds the float64 range`);
  return g;
}

/** Kernel of {@link wasserstein1dGrad} (trusted inputs). */
export function grad1dKernel(
  u: ArrayLike<number>,
  uWeights: ArrayLike<number> | null,
  v: ArrayLike<number>,
  vWeights: ArrayLike<number> | null,
  p: number,
): Grad1d {
  const n = u.length;
  const m = v.length;
  const a = argsort(u);
  const b = argsort(v);
  const cu = uWeights === null ? null : cumulativeWeights(uWeights, a.order);
  const cv = vWeights === null ? null : cumulativeWeights(vWeights, b.order);
  const pcs = sortedPieces(n, cu, m, cv);
  const gus = new Float64Array(n);
  const gvs = new Float64Array(m);
  const value = sortedGrad(a.sorted, b.sorted, pcs, p, gus, gvs);
  const gradU = new Float64Array(n);
  const gradV = new Float64Array(m);
  for (let k = 0; k < n; k++) gradU[a.order[k]] = gus[k];
  for (let k = 0; k < m; k++) gradV[b.order[k]] = gvs[k];
  return { value, gradU, gradV };
}

/**
 * A model x = f(θ) ∈ ℝ^N of parameters θ ∈ ℝ^P, given by its value and at least one of a
 * Jacobian-vector product (forward mode, J·t) or a vector-Jacobian product (reverse mode, Jᵀ·g).
 */
export interface DifferentiableModel {
  /** number of parameters P */
  dim: number;
  /** x = f(θ), a Float64Array of length N */
  value(theta: Float64Array): Float64Array;
  /** J(θ)·t for a tangent t ∈ ℝ^P, length N */
  jvp?(theta: Float64Array, tangent: Float64Array): Float64Array;
  /** J(θ)ᵀ·g for a cotangent g ∈ ℝ^N, length P */
  vjp?(theta: Float64Array, cotangent: Float64Array): Float64Array;
}

/**
 * Chain rule from sample positions to parameters: ∇_θ L(f(θ)) = J_f(θ)ᵀ ∇_x L. With a VJP
 * this is one call; with only a JVP it is assembled from P calls, component k being
 * ⟨∇_x L, J·e_k⟩. For piecewise-smooth L (sorting formulas) and smooth f this gives an
 * element of the Clarke subdifferential of θ ↦ L(f(θ)) wherever L is differentiable at f(θ).
 * @param model - the model (dim ≥ 1, with jvp or vjp)
 * @param theta - parameters, length model.dim, finite
 * @param gradX - the (sub)gradient of the loss with respect to x = f(θ), length N
 * @returns ∇_θ, length P
 * @throws QuireError if the model has neither jvp nor vjp, or lengths mismatch
 * @example chainRule({ dim: 1, value: (t) => t, vjp: (_t, g) => g }, new Float64Array([2]), new Float64Array([3])) // [3]
 * @see Le (2026), arXiv 2605.28134; Bolte & Pauwels (2021), conservative Jacobians
 */
export function chainRule(model: DifferentiableModel, theta: ArrayLike<number>, gradX: ArrayLike<number>): Float64Array {
  const fn = 'chainRule';
  if (model === null || typeof model !== 'object' || typeof model.value !== 'function') {
    throw new QuireError(`${fn}: model must have a value(theta) function`);
  }
  if (!Number.isInteger(model.dim) || !(model.dim >= 1))
    throw new QuireError(`${fn}: model.dim must be an integer ≥ 1, got ${String(model.dim)}`);
  assertFiniteArray(fn, 'theta', theta);
  assertFiniteArray(fn, 'gradX', gradX);
  if (theta.length !== model.dim) throw new QuireError(`${fn}: theta has length ${theta.length}, expected ${model.dim} (model.dim)`);
  const th = Float64Array.from(theta);
  const g = Float64Array.from(gradX);
  if (model.vjp !== undefined) {
    let out: Float64Array;
    try {
      out = model.vjp(th, g);
    } catch (e) {
      if (e instanceof QuireError) throw new QuireError(`${fn}: ${e.message}`);
      throw e;
    }
    if (out.length !== model.dim) throw new QuireError(`${fn}: model.vjp returned length ${out.length}, expected ${model.dim}`);
    for (let k = 0; k < out.length; k++)
      if (!Number.isFinite(out[k])) throw new QuireError(`${fn}: model.vjp returned a non-finite entry (${out[k]}) at ${k}`);
    return out;
  }
  if (model.jvp === undefined) throw new QuireError(`${fn}: model must provide jvp or vjp`);
  const out = new Float64Array(model.dim);
  const e = new Float64Array(model.dim);
  for (let k = 0; k < model.dim; k++) {
    e.fill(0);
    e[k] = 1;
    const jv = model.jvp(th, e);
    if (jv.length !== g.length)
      throw new QuireError(`${fn}: model.jvp returned length ${jv.length}, expected ${g.length} (the length of gradX)`);
    let s = 0;
    for (let i = 0; i < g.length; i++) s += g[i] * jv[i];
    out[k] = s;
  }
  return out;
}
