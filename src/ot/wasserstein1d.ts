/**
 * Exact 1-D Wasserstein distances between weighted samples, via the quantile functions:
 * W_p^p(μ, ν) = ∫₀¹ |F_μ⁻¹(t) − F_ν⁻¹(t)|^p dt, computed by sorting both samples and merging
 * their cumulative weights (the monotone coupling is optimal in 1-D for every p ≥ 1).
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { assertFiniteArray, assertWeights } from '../core/validate.js';
import { cumulativeWeights, sortedCost, sortedGrad, sortedPieces } from './kernels.js';
import { argsort, sortInPlace, sortScratch } from './sort.js';

/** Parameters of the 1-D Wasserstein distance. */
export const wasserstein1dSchema = defineSchema({
  p: { type: 'number', min: 1, default: 1, description: 'order p ≥ 1 of the transport cost |x − y|^p' },
});

/** Options of {@link wasserstein1d}: the order and optional sample weights. */
export interface Wasserstein1dOptions extends Partial<OptionsOf<typeof wasserstein1dSchema>> {
  /** non-negative weights of u (same length, not all zero; normalized internally). Default uniform. */
  uWeights?: ArrayLike<number>;
  /** non-negative weights of v (same length, not all zero; normalized internally). Default uniform. */
  vWeights?: ArrayLike<number>;
}

interface Checked {
  p: number;
  uWeights: ArrayLike<number> | null;
  vWeights: ArrayLike<number> | null;
}

/** Validate (u, v, options) for a public 1-D function named `fn`. */
export function check1d(fn: string, u: unknown, v: unknown, options: Wasserstein1dOptions | undefined): Checked {
  assertFiniteArray(fn, 'u', u);
  assertFiniteArray(fn, 'v', v);
  const { uWeights, vWeights, ...rest } = options ?? {};
  const { p } = parseOptions(fn, wasserstein1dSchema, rest);
  if (uWeights !== undefined) assertWeights(fn, 'uWeights', uWeights, (u as ArrayLike<number>).length, 'u');
  if (vWeights !== undefined) assertWeights(fn, 'vWeights', vWeights, (v as ArrayLike<number>).length, 'v');
  return { p, uWeights: uWeights ?? null, vWeights: vWeights ?? null };
}

/**
 * A power of two σ such that σ·u and σ·v have largest magnitude in [1, 2), or 1 when the inputs
 * are already moderate (max |x| in [1e-100, 1e100]): W_p(σu, σv) = σ W_p(u, v) exactly, and the
 * powers |x − y|^p then neither overflow (u = [1e308, 0] gave Infinity) nor underflow.
 */
export function scaleOf(u: ArrayLike<number>, v: ArrayLike<number>): number {
  let mx = 0;
  for (let i = 0; i < u.length; i++) mx = Math.max(mx, Math.abs(u[i]));
  for (let i = 0; i < v.length; i++) mx = Math.max(mx, Math.abs(v[i]));
  if (mx === 0 || (mx >= 1e-100 && mx <= 1e100)) return 1;
  // clamp so that σ itself stays finite (subnormal inputs then land near 2^−70, still safe for powers)
  const e = Math.max(-1000, Math.floor(Math.log2(mx)));
  // 2^−e as a product of two powers so that neither factor overflows or is subnormal
  return Math.pow(2, -Math.trunc(e / 2)) * Math.pow(2, -(e - Math.trunc(e / 2)));
}

/** Multiply a copy of x by σ (x itself when σ = 1). */
export function scaled(x: ArrayLike<number>, sigma: number): ArrayLike<number> {
  if (sigma === 1) return x;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] * sigma;
  return out;
}

/**
 * W_p of validated inputs, scaled before taking powers: W_p(u, v) = W_p(σu, σv)/σ.
 */
function distanceScaled(u: ArrayLike<number>, v: ArrayLike<number>, c: Checked, fn = 'wasserstein1d'): number {
  const sigma = scaleOf(u, v);
  const w = costPow(scaled(u, sigma), scaled(v, sigma), c);
  const d = (c.p === 1 ? w : Math.pow(w, 1 / c.p)) / sigma;
  if (!Number.isFinite(d)) throw new QuireError(`${fn}: W_p exceeds the float64 range for these inputs (above 1.8e308)`);
  return d;
}

/** W_p^p of validated inputs (the kernel behind the public functions). */
export function costPow(u: ArrayLike<number>, v: ArrayLike<number>, c: Checked): number {
  if (c.uWeights === null && c.vWeights === null) {
    const scratch = sortScratch(Math.max(u.length, v.length));
    const us = sortInPlace(Float64Array.from(u), scratch);
    const vs = sortInPlace(Float64Array.from(v), scratch);
    return sortedCost(us, null, vs, null, c.p);
  }
  const a = argsort(u);
  const b = argsort(v);
  const cu = c.uWeights === null ? null : cumulativeWeights(c.uWeights, a.order);
  const cv = c.vWeights === null ? null : cumulativeWeights(c.vWeights, b.order);
  return sortedCost(a.sorted, cu, b.sorted, cv, c.p);
}

/**
 * Wasserstein distance W_p between two weighted 1-D samples, via the quantile functions:
 * W_p = (∫₀¹ |F_u⁻¹(t) − F_v⁻¹(t)|^p dt)^{1/p}. Samples may have different sizes.
 * O((n + m) log(n + m)) time; the sorts are numeric typed-array sorts.
 * @param u - sample positions (finite numbers, non-empty)
 * @param v - sample positions (finite numbers, non-empty)
 * @param options.p - order, p ≥ 1 (default 1)
 * @param options.uWeights - non-negative, same length as u, not all zero (default uniform)
 * @param options.vWeights - non-negative, same length as v, not all zero (default uniform)
 * @returns W_p (not W_p^p; see {@link wasserstein1dPow})
 * @throws QuireError if an input is empty or non-finite, p < 1, or the weights are invalid
 * @example wasserstein1d([0, 1, 3], [5, 6, 8]) // 5
 * @example wasserstein1d([0, 1], [0, 1], { uWeights: [3, 1], vWeights: [2, 2] }) // 0.25
 * @see Peyré & Cuturi, Computational Optimal Transport (2019), Remark 2.30
 */
export function wasserstein1d(u: ArrayLike<number>, v: ArrayLike<number>, options?: Wasserstein1dOptions): number {
  return distanceScaled(u, v, check1d('wasserstein1d', u, v, options));
}

/**
 * W_p^p = ∫₀¹ |F_u⁻¹(t) − F_v⁻¹(t)|^p dt between two weighted 1-D samples (the transport
 * cost itself, as POT's `wasserstein_1d` and `emd2_1d` return it).
 * @param u - sample positions (finite numbers, non-empty)
 * @param v - sample positions (finite numbers, non-empty)
 * @param options - as {@link wasserstein1d}
 * @returns W_p^p ≥ 0
 * @throws QuireError as {@link wasserstein1d}
 * @example wasserstein1dPow([2, 0], [0, 3], { p: 2 }) // 0.5 (POT emd2_1d docstring)
 * @see Peyré & Cuturi, Computational Optimal Transport (2019), Remark 2.30
 */
export function wasserstein1dPow(u: ArrayLike<number>, v: ArrayLike<number>, options?: Wasserstein1dOptions): number {
  const fn = 'wasserstein1dPow';
  const c = check1d(fn, u, v, options);
  const sigma = scaleOf(u, v);
  const w = costPow(scaled(u, sigma), scaled(v, sigma), c) / Math.pow(sigma, c.p);
  if (!Number.isFinite(w)) {
    throw new QuireError(`${fn}: W_p^p overflows float64 for these inputs (W_p = ${distanceScaled(u, v, c, fn)}); use wasserstein1d`);
  }
  return w;
}

/**
 * Batched W_p (or W_p^p): one distance per pair (us[k], vs[k]), uniform weights. Each pair
 * may have its own sizes.
 * @param us - list of samples (each finite, non-empty)
 * @param vs - list of samples, same count as us
 * @param options.p - order p ≥ 1 (default 1)
 * @param options.power - return W_p^p instead of W_p (default false)
 * @returns Float64Array of length us.length
 * @throws QuireError if the lists differ in length, or any sample is empty or non-finite
 * @example wasserstein1dBatch([[0, 1, 3], [0]], [[5, 6, 8], [2]]) // Float64Array [5, 2]
 * @see Flamary et al., POT (JMLR 2021), `ot.wasserstein_1d` (batched over trailing axes)
 */
export function wasserstein1dBatch(
  us: ArrayLike<number>[],
  vs: ArrayLike<number>[],
  options?: { p?: number; power?: boolean },
): Float64Array {
  const fn = 'wasserstein1dBatch';
  if (!Array.isArray(us) || !Array.isArray(vs)) throw new QuireError(`${fn}: us and vs must be arrays of samples`);
  if (us.length !== vs.length) throw new QuireError(`${fn}: vs has length ${vs.length}, expected ${us.length} (the length of us)`);
  if (us.length === 0) throw new QuireError(`${fn}: us must not be empty`);
  const { power, ...rest } = options ?? {};
  const { p } = parseOptions(fn, wasserstein1dSchema, rest);
  if (power !== undefined && typeof power !== 'boolean') throw new QuireError(`${fn}: power must be true or false`);
  let cap = 0;
  for (let k = 0; k < us.length; k++) {
    assertFiniteArray(fn, `us[${k}]`, us[k]);
    assertFiniteArray(fn, `vs[${k}]`, vs[k]);
    cap = Math.max(cap, us[k].length, vs[k].length);
  }
  const scratch = sortScratch(cap);
  const out = new Float64Array(us.length);
  for (let k = 0; k < us.length; k++) {
    const sigma = scaleOf(us[k], vs[k]);
    const w = sortedCost(
      sortInPlace(Float64Array.from(scaled(us[k], sigma)), scratch),
      null,
      sortInPlace(Float64Array.from(scaled(vs[k], sigma)), scratch),
      null,
      p,
    );
    out[k] = power === true ? w / Math.pow(sigma, p) : (p === 1 ? w : Math.pow(w, 1 / p)) / sigma;
    if (!Number.isFinite(out[k])) throw new QuireError(`${fn}: W_p^p of pair ${k} overflows float64; use power: false`);
  }
  return out;
}

/** An optimal 1-D transport plan in sparse form: mass[k] moves from u[from[k]] to v[to[k]]. */
export interface Plan1d {
  from: Int32Array;
  to: Int32Array;
  mass: Float64Array;
  /** the transport cost Σ mass·|u_from − v_to|^p = W_p^p */
  cost: number;
}

/**
 * The optimal (monotone, north-west-corner) transport plan between two weighted 1-D
 * samples, with at most n + m − 1 non-zero entries; masses are normalized to sum to 1.
 * The plan is optimal for every convex cost |x − y|^p, p ≥ 1.
 * @param u - sample positions (finite numbers, non-empty)
 * @param v - sample positions (finite numbers, non-empty)
 * @param options - as {@link wasserstein1d}; p only sets the reported cost
 * @returns the sparse plan (indices into the original, unsorted u and v) and its cost W_p^p
 * @throws QuireError as {@link wasserstein1d}
 * @example planToDense(emd1d([2, 0], [0, 3], { p: 2 }), 2, 2) // [[0, 0.5], [0.5, 0]], cost 0.5
 * @see Peyré & Cuturi, Computational Optimal Transport (2019), Prop. 2.17; POT `ot.emd_1d`
 */
export function emd1d(u: ArrayLike<number>, v: ArrayLike<number>, options?: Wasserstein1dOptions): Plan1d {
  const c = check1d('emd1d', u, v, options);
  const a = argsort(u);
  const b = argsort(v);
  const cu = c.uWeights === null ? null : cumulativeWeights(c.uWeights, a.order);
  const cv = c.vWeights === null ? null : cumulativeWeights(c.vWeights, b.order);
  const pcs = sortedPieces(u.length, cu, v.length, cv);
  const gu = new Float64Array(u.length);
  const gv = new Float64Array(v.length);
  const cost = sortedGrad(a.sorted, b.sorted, pcs, c.p, gu, gv);
  if (!Number.isFinite(cost))
    throw new QuireError(`emd1d: the plan's cost W_p^p overflows float64 for these inputs; use wasserstein1d for W_p`);
  const from = new Int32Array(pcs.count);
  const to = new Int32Array(pcs.count);
  for (let k = 0; k < pcs.count; k++) {
    from[k] = a.order[pcs.i[k]];
    to[k] = b.order[pcs.j[k]];
  }
  return { from, to, mass: pcs.mass.slice(0, pcs.count), cost };
}

/**
 * The dense n × m matrix of a sparse plan.
 * @param plan - from {@link emd1d}
 * @param n - length of u; m - length of v
 * @returns rows of length m
 * @example planToDense(emd1d([2, 0], [0, 3]), 2, 2) // [[0, 0.5], [0.5, 0]]
 */
export function planToDense(plan: Plan1d, n: number, m: number): number[][] {
  const fn = 'planToDense';
  if (!Number.isInteger(n) || !(n >= 1) || !Number.isInteger(m) || !(m >= 1) || n * m > 2 ** 26)
    throw new QuireError(`${fn}: n and m must be integers ≥ 1 with n·m ≤ ${2 ** 26}, got n = ${n}, m = ${m}`);
  if (plan === null || typeof plan !== 'object' || !plan.mass || !plan.from || !plan.to)
    throw new QuireError(`${fn}: plan must be { from, to, mass } (from emd1d)`);
  for (let k = 0; k < plan.mass.length; k++) {
    const i = plan.from[k];
    const j = plan.to[k];
    if (!(Number.isInteger(i) && i >= 0 && i < n && Number.isInteger(j) && j >= 0 && j < m && Number.isFinite(plan.mass[k])))
      throw new QuireError(`${fn}: plan entry ${k} (from ${i}, to ${j}, mass ${plan.mass[k]}) is outside the ${n} × ${m} plan`);
  }
  const out = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  for (let k = 0; k < plan.mass.length; k++) out[plan.from[k]][plan.to[k]] += plan.mass[k];
  return out;
}
