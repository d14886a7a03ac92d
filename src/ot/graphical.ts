/**
 * Graphical convergence of subdifferentials, measured as a set distance. The subdifferential
 * of a convex Lipschitz function of one parameter is a maximal monotone graph: a chain of
 * horizontal segments (where the function is differentiable) and vertical segments (the whole
 * interval ∂F(x) at a kink), closed by two horizontal rays. We store it as its vertices and
 * measure the Hausdorff distance between two such graphs as sets of (x, g) points in the plane,
 * which is what "graphical convergence" means (Rockafellar & Wets, Variational Analysis, §5.E):
 * a pointwise (sup-norm) distance between derivatives cannot converge at a kink, a graph
 * distance can.
 *
 * Minty parametrization: every point of a maximal monotone graph is (J(s), s − J(s)) for one
 * s ∈ ℝ, J the resolvent (the proximal map), and along the chain |Δx| + |Δg| = |Δs|. A grid in s
 * with spacing h therefore samples a graph with gaps ≤ h, and the sampled directed distance
 * (exact distances from the grid points to the other graph) is at most h/2 below the true one.
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { assertFiniteArray } from '../core/validate.js';
import { sortInPlace } from './sort.js';

/**
 * A maximal monotone graph in the plane with bounded values: vertices (x_j, g_j), both
 * non-decreasing in j, joined by segments, and horizontal rays g = g_0 for x ≤ x_0 and
 * g = g_last for x ≥ x_last. Consecutive vertices differ in x or in g, never both (a staircase);
 * general monotone chains are allowed as well.
 */
export interface MonotoneGraph {
  x: Float64Array;
  g: Float64Array;
}

function checkGraph(fn: string, arg: string, G: MonotoneGraph): void {
  assertFiniteArray(fn, `${arg}.x`, G.x, { minLength: 1 });
  assertFiniteArray(fn, `${arg}.g`, G.g, { minLength: 1 });
  if (G.x.length !== G.g.length)
    throw new QuireError(`${fn}: ${arg}.g has length ${G.g.length}, expected ${G.x.length} (the length of ${arg}.x)`);
  for (let j = 1; j < G.x.length; j++) {
    if (!(G.x[j] >= G.x[j - 1]) || !(G.g[j] >= G.g[j - 1]))
      throw new QuireError(`${fn}: ${arg} is not monotone at vertex ${j} (x and g must both be non-decreasing)`);
  }
}

/**
 * The subdifferential graph of F(θ) = (1/n) Σ_k |θ − t_k| (the W_1 objective of a shifted sample,
 * see {@link w1ShiftGraph}): a staircase from g = −1 to g = 1 with a vertical step of 2/n at each
 * kink t_k.
 * @param kinks - the t_k (any order, n ≥ 1, finite)
 * @returns the graph (2n vertices)
 * @throws QuireError on an empty or non-finite input
 * @example absSumGraph([1]) // x = [1, 1], g = [−1, 1]: the graph of ∂|θ − 1|
 */
export function absSumGraph(kinks: ArrayLike<number>): MonotoneGraph {
  assertFiniteArray('absSumGraph', 'kinks', kinks, { minLength: 1 });
  const t = Float64Array.from(kinks);
  sortInPlace(t);
  const n = t.length;
  const x = new Float64Array(2 * n);
  const g = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    x[2 * k] = t[k];
    x[2 * k + 1] = t[k];
    g[2 * k] = (2 * k - n) / n;
    g[2 * k + 1] = (2 * (k + 1) - n) / n;
  }
  return { x, g };
}

/**
 * The subdifferential graph of the sampled objective F_n(θ) = W_1(ẑ_n + θ, ŷ_n) (equal sizes):
 * F_n(θ) = (1/n) Σ_i |θ − (y_(i) − z_(i))|, so its kinks are the sorted-sample differences.
 * @param z - model base sample; y - target sample (same length n ≥ 1)
 * @throws QuireError on different lengths or non-finite values
 */
export function w1ShiftGraph(z: ArrayLike<number>, y: ArrayLike<number>): MonotoneGraph {
  const fn = 'w1ShiftGraph';
  assertFiniteArray(fn, 'z', z, { minLength: 1 });
  assertFiniteArray(fn, 'y', y, { minLength: 1 });
  if (y.length !== z.length) throw new QuireError(`${fn}: y has length ${y.length}, expected ${z.length} (the length of z)`);
  const zs = sortInPlace(Float64Array.from(z));
  const ys = sortInPlace(Float64Array.from(y));
  const t = new Float64Array(zs.length);
  for (let i = 0; i < t.length; i++) t[i] = ys[i] - zs[i];
  return absSumGraph(t);
}

/** The Minty parameter s = x + g of each vertex (non-decreasing). */
function mintyParams(G: MonotoneGraph): Float64Array {
  const s = new Float64Array(G.x.length);
  for (let j = 0; j < s.length; j++) s[j] = G.x[j] + G.g[j];
  return s;
}

/** Index of the last vertex with s_j ≤ v (−1 if none). */
function lastAtMost(s: Float64Array, v: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The point of the graph with Minty parameter v. */
function pointAt(G: MonotoneGraph, s: Float64Array, v: number): [number, number] {
  const m = s.length;
  if (v <= s[0]) return [v - G.g[0], G.g[0]];
  if (v >= s[m - 1]) return [v - G.g[m - 1], G.g[m - 1]];
  const j = lastAtMost(s, v);
  const span = s[j + 1] - s[j];
  const f = span > 0 ? (v - s[j]) / span : 0;
  return [G.x[j] + f * (G.x[j + 1] - G.x[j]), G.g[j] + f * (G.g[j + 1] - G.g[j])];
}

function distToSegment(px: number, pg: number, ax: number, ag: number, bx: number, bg: number): number {
  const dx = bx - ax;
  const dg = bg - ag;
  const L = dx * dx + dg * dg;
  let f = L > 0 ? ((px - ax) * dx + (pg - ag) * dg) / L : 0;
  f = f < 0 ? 0 : f > 1 ? 1 : f;
  return Math.hypot(px - ax - f * dx, pg - ag - f * dg);
}

/**
 * Exact Euclidean distance from (px, pg) to the whole graph (segments and both rays). Only
 * pieces whose Minty range meets [s_p − √2 r₀, s_p + √2 r₀] can be closer than r₀, the distance
 * to the graph point with the same parameter s_p = px + pg, since |s_q − s_p| ≤ √2 |q − p|.
 * Those pieces are searched by branch and bound: the segments j = a … b of a monotone chain lie
 * in the box [x_a, x_{b+1}] × [g_a, g_{b+1}], so a run of segments whose box is no closer than the
 * best distance so far is skipped whole. The skipped segments are all at least that far, so the
 * minimum is the same number as a scan of every segment in the window (a near-vertical staircase
 * far from p, e.g. a wrong population, used to cost a scan of O(n) segments per point).
 */
function distToGraph(G: MonotoneGraph, s: Float64Array, px: number, pg: number): number {
  const sp = px + pg;
  const [qx, qg] = pointAt(G, s, sp);
  let best = Math.hypot(px - qx, pg - qg);
  if (best === 0) return 0;
  const m = s.length;
  const lo = sp - Math.SQRT2 * best;
  const hi = sp + Math.SQRT2 * best;
  // rays
  if (lo < s[0]) best = Math.min(best, px <= G.x[0] ? Math.abs(pg - G.g[0]) : Math.hypot(px - G.x[0], pg - G.g[0]));
  if (hi > s[m - 1]) best = Math.min(best, px >= G.x[m - 1] ? Math.abs(pg - G.g[m - 1]) : Math.hypot(px - G.x[m - 1], pg - G.g[m - 1]));
  if (m === 1) return Math.min(best, Math.hypot(px - G.x[0], pg - G.g[0]));
  // segments j0 … j1 (segment j joins vertices j and j + 1): those whose start s_j ≤ hi, from the one containing lo
  const j0 = Math.max(0, lastAtMost(s, lo));
  const j1 = Math.min(m - 2, lastAtMost(s, hi));
  if (j1 < j0) return best;
  const { x, g } = G;
  const boxDist = (a: number, b: number): number => {
    const dx = Math.max(0, x[a] - px, px - x[b + 1]);
    const dg = Math.max(0, g[a] - pg, pg - g[b + 1]);
    return Math.hypot(dx, dg);
  };
  const search = (a: number, b: number): void => {
    if (b - a < 8) {
      for (let j = a; j <= b; j++) {
        const d = distToSegment(px, pg, x[j], g[j], x[j + 1], g[j + 1]);
        if (d < best) best = d;
      }
      return;
    }
    const mid = (a + b) >> 1;
    const dl = boxDist(a, mid);
    const dr = boxDist(mid + 1, b);
    if (dl <= dr) {
      if (dl < best) search(a, mid);
      if (dr < best) search(mid + 1, b);
    } else {
      if (dr < best) search(mid + 1, b);
      if (dl < best) search(a, mid);
    }
  };
  if (boxDist(j0, j1) < best) search(j0, j1);
  return best;
}

/** Parameters of {@link graphHausdorff}. */
export const graphDistanceSchema = defineSchema({
  sMin: { type: 'number', default: -2, description: 'lower end of the Minty window s = x + g' },
  sMax: { type: 'number', default: 2, description: 'upper end of the Minty window (> sMin)' },
  gridPoints: { type: 'integer', min: 2, max: 10_000_000, default: 2001, description: 'grid points in s on each graph' },
});

/**
 * Hausdorff distance between two subdifferential graphs on a window: both graphs are sampled
 * on the same grid of the Minty parameter s ∈ [sMin, sMax] (gaps ≤ h = (sMax − sMin)/(gridPoints − 1)),
 * and each sample's exact distance to the other (whole) graph is taken; the larger of the two
 * directed maxima is returned. The result is within h/2 below the Hausdorff distance of the
 * windowed pieces to the whole graphs.
 * @param A - a monotone graph; B - another; options - sMin (−2), sMax (2), gridPoints (2001)
 * @returns { distance, directedAB, directedBA, h }
 * @throws QuireError on invalid graphs or options
 * @example graphHausdorff(absSumGraph([0]), absSumGraph([0.1])).distance // 0.1 (the vertical steps are 0.1 apart)
 * @see Rockafellar & Wets (1998), Variational Analysis, §4.C and §12.G (graphical convergence, Attouch's theorem)
 */
export function graphHausdorff(
  A: MonotoneGraph,
  B: MonotoneGraph,
  options?: Partial<OptionsOf<typeof graphDistanceSchema>>,
): { distance: number; directedAB: number; directedBA: number; h: number } {
  const fn = 'graphHausdorff';
  checkGraph(fn, 'A', A);
  checkGraph(fn, 'B', B);
  const o = parseOptions(fn, graphDistanceSchema, options);
  if (!(o.sMax > o.sMin)) throw new QuireError(`${fn}: sMax (${o.sMax}) must be above sMin (${o.sMin})`);
  const sA = mintyParams(A);
  const sB = mintyParams(B);
  const h = (o.sMax - o.sMin) / (o.gridPoints - 1);
  let ab = 0;
  let ba = 0;
  for (let k = 0; k < o.gridPoints; k++) {
    const v = o.sMin + k * h;
    const [ax, ag] = pointAt(A, sA, v);
    ab = Math.max(ab, distToGraph(B, sB, ax, ag));
    const [bx, bg] = pointAt(B, sB, v);
    ba = Math.max(ba, distToGraph(A, sA, bx, bg));
  }
  return { distance: Math.max(ab, ba), directedAB: ab, directedBA: ba, h };
}

/** The subdifferential of a graph at x as an interval [lo, hi] (a point where it is differentiable). */
export function graphValueAt(G: MonotoneGraph, x: number): [number, number] {
  const m = G.x.length;
  if (x < G.x[0]) return [G.g[0], G.g[0]];
  if (x > G.x[m - 1]) return [G.g[m - 1], G.g[m - 1]];
  // first vertex with x_j ≥ x, last with x_j ≤ x
  let lo = 0;
  let hi = m;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (G.x[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  if (first < m && G.x[first] === x) {
    let last = first;
    while (last + 1 < m && G.x[last + 1] === x) last++;
    return [G.g[first], G.g[last]];
  }
  // strictly between x_{first−1} and x_first: a horizontal segment (or a sloped one in a general chain)
  const a = first - 1;
  const f = (x - G.x[a]) / (G.x[first] - G.x[a]);
  const v = G.g[a] + f * (G.g[first] - G.g[a]);
  return [v, v];
}

/**
 * The pointwise (uniform) distance sup_{x ∈ [lo, hi]} d_H(A(x), B(x)) between two subdifferential
 * maps, the distance between the sets at the same x. Both maps are piecewise constant between
 * their breakpoints, so the sup is taken over every breakpoint in the window and the midpoints
 * between consecutive ones. At a kink of B that A smooths out over a width δ, this distance stays
 * near the jump of B however small δ is: it does not converge where the graphs do.
 * @param A, B - monotone graphs; lo < hi - the x-window
 * @throws QuireError on invalid graphs or window
 * @example pointwiseSupDistance(absSumGraph([0]), absSumGraph([0.01]), -1, 1) // 2: at x ∈ (0, 0.01) the values are 1 and −1
 */
export function pointwiseSupDistance(A: MonotoneGraph, B: MonotoneGraph, lo: number, hi: number): number {
  const fn = 'pointwiseSupDistance';
  checkGraph(fn, 'A', A);
  checkGraph(fn, 'B', B);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(hi > lo)) throw new QuireError(`${fn}: need finite lo < hi, got ${lo}, ${hi}`);
  const bp: number[] = [lo, hi];
  for (const G of [A, B]) for (let j = 0; j < G.x.length; j++) if (G.x[j] > lo && G.x[j] < hi) bp.push(G.x[j]);
  const xs = sortInPlace(Float64Array.from(bp));
  let sup = 0;
  const at = (x: number): void => {
    const a = graphValueAt(A, x);
    const b = graphValueAt(B, x);
    sup = Math.max(sup, Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
  };
  for (let k = 0; k < xs.length; k++) {
    at(xs[k]);
    if (k + 1 < xs.length && xs[k + 1] > xs[k]) at(0.5 * (xs[k] + xs[k + 1]));
  }
  return sup;
}

/** Parameters of {@link graphicalConvergenceRun}. */
export const graphicalRunSchema = defineSchema({
  law: {
    type: 'enum',
    values: ['uniform', 'gaussian'] as const,
    default: 'uniform',
    description: "law of z and y − μ: 'uniform' on [−½, ½] (bounded density bounded below) or 'gaussian' N(0, 1)",
  },
  mu: { type: 'number', default: 1, description: 'location μ of the target: F(θ) = |θ − μ|' },
  populationShift: {
    type: 'number',
    default: 0,
    description: 'compare with the graph of ∂|θ − (μ + shift)|: 0 is the true population, another value a wrong one',
  },
  gridPoints: { type: 'integer', min: 2, max: 10_000_000, default: 4001, description: 'grid points in the Minty parameter' },
  halfWidth: { type: 'number', min: 0, exclusive: true, default: 1, description: 'the window: θ ∈ [μ − w, μ + w] on the horizontal parts' },
});

/** The measurements of one graphical-convergence run. */
export interface GraphicalRun {
  n: number;
  /** Hausdorff distance between graph ∂F_n and graph ∂F on the window */
  hausdorff: number;
  /** sup over the θ-window of the pointwise set distance d_H(∂F_n(θ), ∂F(θ)) */
  supNorm: number;
  /** grid spacing h of the Minty grid (the Hausdorff value is at most h/2 low) */
  h: number;
}

/**
 * One run of the graphical-convergence measurement for the nonsmooth family F_n(θ) = W_1(ẑ_n + θ, ŷ_n),
 * z ~ law, y ~ μ + law (law symmetric with W_1 of a shift = |shift|), so F(θ) = |θ − μ| and
 * graph ∂F = {(θ, −1): θ ≤ μ} ∪ {μ} × [−1, 1] ∪ {(θ, 1): θ ≥ μ}. Returns the Hausdorff distance of
 * the graphs on the Minty window s ∈ [μ − 1 − w, μ + 1 + w] and the pointwise sup distance on θ ∈ [μ − w, μ + w].
 * @param n - sample size ≥ 1; seed - integer ≥ 0; options - law, mu, populationShift, gridPoints, halfWidth
 * @throws QuireError on invalid arguments
 * @example graphicalConvergenceRun(10_000, 0).hausdorff // ≈ 0.01 (~ n^{-1/2}); .supNorm ≥ 1 at every n
 * @see Le (2026), arXiv 2605.28134 (graphical convergence of empirical subdifferentials)
 */
export function graphicalConvergenceRun(n: number, seed: number, options?: Partial<OptionsOf<typeof graphicalRunSchema>>): GraphicalRun {
  const fn = 'graphicalConvergenceRun';
  if (!Number.isInteger(n) || !(n >= 1) || n > 2 ** 24)
    throw new QuireError(`${fn}: n must be an integer ≥ 1 (at most 2^24), got ${String(n)}`);
  if (!Number.isInteger(seed) || !(seed >= 0) || seed > Number.MAX_SAFE_INTEGER)
    throw new QuireError(`${fn}: seed must be an integer in [0, 2^53), got ${String(seed)}`);
  const o = parseOptions(fn, graphicalRunSchema, options);
  const popMu = o.mu + o.populationShift;
  const [a, b] = new Rng(seed).split(2);
  const z = new Float64Array(n);
  const y = new Float64Array(n);
  if (o.law === 'uniform') {
    for (let i = 0; i < n; i++) z[i] = a.uniform() - 0.5;
    for (let i = 0; i < n; i++) y[i] = o.mu + b.uniform() - 0.5;
  } else {
    a.fillNormal(z);
    b.fillNormal(y, o.mu, 1);
  }
  const emp = w1ShiftGraph(z, y);
  const pop = absSumGraph([popMu]);
  const w = o.halfWidth;
  const hd = graphHausdorff(emp, pop, { sMin: o.mu - 1 - w, sMax: o.mu + 1 + w, gridPoints: o.gridPoints });
  return { n, hausdorff: hd.distance, supNorm: pointwiseSupDistance(emp, pop, o.mu - w, o.mu + w), h: hd.h };
}
