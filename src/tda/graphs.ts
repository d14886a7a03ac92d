/**
 * Five ways to turn a univariate time series into a graph (three families):
 * - visibility: natural (NVG) and horizontal (HVG) visibility graphs;
 * - transition: the ordinal-pattern transition network (OPN);
 * - proximity: k-nearest-neighbour and ε-recurrence networks on a delay embedding.
 *
 * All return a CSR `Graph` with edge *lengths* as weights (see each function).
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions, type PartialOptionsOf } from '../core/schema.js';
import { EdgeList, graphFromEdges, type Graph } from './graph.js';
import { maxAbs, rescaleFactor } from './scale.js';

export const GRAPH_TYPES = ['nvg', 'hvg', 'transition', 'knn', 'recurrence'] as const;
export type GraphType = (typeof GRAPH_TYPES)[number];

/** x · 2^1074 as an exact BigInt (every finite double is a multiple of 2^−1074). */
function scaledBig(x: number): bigint {
  const f = new Float64Array([x]);
  const bits = new BigUint64Array(f.buffer)[0];
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  const mag = exp === 0 ? frac : (frac | 0x10000000000000n) << BigInt(exp - 1);
  return bits >> 63n ? -mag : mag;
}

/**
 * Exact sign of (y_j − y_m)·d_k − (y_k − y_m)·d_j for positive integers d_j, d_k: the
 * slope of point j seen from m against the slope of point k (both on the same side).
 * A floating-point evaluation decides when it is farther from 0 than its error bound
 * (4u times the sum of magnitudes, with a wide margin); otherwise the sign is computed in
 * exact integer arithmetic. This is the one tie rule of both visibility graphs: ties are
 * exact, and a point exactly on the line of sight (or at exactly equal height) blocks it.
 */
function slopeCompare(ym: number, yj: number, dj: number, yk: number, dk: number): number {
  const det = (yj - ym) * dk - (yk - ym) * dj;
  const err = 1e-14 * ((Math.abs(yj) + Math.abs(ym)) * dk + (Math.abs(yk) + Math.abs(ym)) * dj);
  if (Number.isFinite(det) && Number.isFinite(err) && Math.abs(det) > err) return Math.sign(det);
  const M = scaledBig(ym);
  const e = (scaledBig(yj) - M) * BigInt(dk) - (scaledBig(yk) - M) * BigInt(dj);
  return e > 0n ? 1 : e < 0n ? -1 : 0;
}

/** The window arguments of ordinalPatterns and delayEmbedding (a fractional delay read undefined samples). */
function checkWindow(fn: string, y: Float64Array, size: number, delay: number, maxSize: number): void {
  if (!(y instanceof Float64Array)) throw new QuireError(`${fn}: y must be a Float64Array`);
  if (!(Number.isInteger(size) && size >= 1 && size <= maxSize))
    throw new QuireError(`${fn}: the window size is ${size}, expected an integer in [1, ${maxSize}]`);
  if (!(Number.isInteger(delay) && delay >= 1)) throw new QuireError(`${fn}: delay is ${delay}, expected an integer ≥ 1`);
}

/** Check a series: finite numbers, length ≥ 3, max − min finite (differences of values must not overflow). */
export function checkSeries(fn: string, name: string, x: unknown): Float64Array {
  if (x === null || typeof x !== 'object' || typeof (x as ArrayLike<number>).length !== 'number') {
    throw new QuireError(`${fn}: ${name} must be an array of numbers`);
  }
  const a = x as ArrayLike<unknown>;
  if (a.length < 3) throw new QuireError(`${fn}: ${name} must have at least 3 values, got ${a.length}`);
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new QuireError(`${fn}: ${name}[${i}] = ${String(v)} is not a finite number`);
    out[i] = v;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < out.length; i++) {
    if (out[i] < lo) lo = out[i];
    if (out[i] > hi) hi = out[i];
  }
  if (hi - lo === Infinity)
    throw new QuireError(`${fn}: ${name} spans ${lo} to ${hi}: their difference overflows the largest double; rescale the series`);
  return out;
}

export const visibilitySchema = defineSchema({
  weight: {
    type: 'enum',
    values: ['none', 'distance', 'horizontal', 'vertical', 'abs_slope'] as const,
    default: 'distance',
    description: "edge length: Euclidean distance between (t, x) points, |Δt|, |Δx|, |Δx/Δt|, or 'none' (unweighted)",
  },
});
export type VisibilityOptions = PartialOptionsOf<typeof visibilitySchema>;

function visWeight(kind: string, i: number, j: number, yi: number, yj: number): number {
  const dt = j - i;
  const dy = yj - yi;
  switch (kind) {
    case 'distance':
      return Math.hypot(dt, dy);
    case 'horizontal':
      return Math.abs(dt);
    case 'vertical':
      return Math.abs(dy);
    case 'abs_slope':
      return Math.abs(dy / dt);
    default:
      return 1;
  }
}

/**
 * Natural visibility graph: t_i ~ t_j (i < j) iff every k in (i, j) lies strictly below the
 * line joining (i, x_i) and (j, x_j): x_k < x_j + (x_i − x_j)(j − k)/(j − i).
 *
 * Divide and conquer (Lan et al. 2015): the maximum of an interval splits it, since no
 * line crosses it; from the maximum, a sweep keeps the largest slope so far and a point
 * is visible iff its slope exceeds it. O(n log n) on average, O(n²) for a monotone series.
 * @param series - at least 3 finite values
 * @param options.weight - edge length kind (default 'distance')
 * @returns the undirected NVG in CSR form
 * @throws QuireError on NaN/infinite values or fewer than 3 points
 * @example naturalVisibilityGraph([1, 3, 2, 4]) // edges 0–1, 1–2, 1–3, 2–3
 * @see Lacasa et al., PNAS 105 (2008) 4972; Lan et al., Physica A 431 (2015) (fast NVG)
 */
export function naturalVisibilityGraph(series: ArrayLike<number>, options: VisibilityOptions = {}): Graph {
  const o = parseOptions('naturalVisibilityGraph', visibilitySchema, options);
  const y = checkSeries('naturalVisibilityGraph', 'series', series);
  return nvgKernel(y, o.weight);
}

/** Unchecked NVG kernel (see `naturalVisibilityGraph`). */
export function nvgKernel(y: Float64Array, weight: string): Graph {
  const n = y.length;
  const edges = new EdgeList(Math.max(16, 4 * n), weight !== 'none');
  const stackL = new Int32Array(n + 1);
  const stackR = new Int32Array(n + 1);
  let top = 0;
  stackL[top] = 0;
  stackR[top++] = n - 1;
  while (top > 0) {
    top--;
    const l = stackL[top];
    const r = stackR[top];
    if (r <= l) continue;
    let m = l;
    for (let i = l + 1; i <= r; i++) if (y[i] > y[m]) m = i;
    const ym = y[m];
    // k: the point of largest slope seen so far from m (exact comparisons; see slopeCompare)
    let k = -1;
    for (let j = m + 1; j <= r; j++) {
      if (k < 0 || slopeCompare(ym, y[j], j - m, y[k], k - m) > 0) {
        edges.add(m, j, visWeight(weight, m, j, ym, y[j]));
        k = j;
      }
    }
    k = -1;
    for (let j = m - 1; j >= l; j--) {
      if (k < 0 || slopeCompare(ym, y[j], m - j, y[k], m - k) > 0) {
        edges.add(j, m, visWeight(weight, j, m, y[j], ym));
        k = j;
      }
    }
    if (m - 1 > l) {
      stackL[top] = l;
      stackR[top++] = m - 1;
    }
    if (r > m + 1) {
      stackL[top] = m + 1;
      stackR[top++] = r;
    }
  }
  return graphFromEdges(n, edges, weight !== 'none');
}

/**
 * Horizontal visibility graph: t_i ~ t_j (i < j) iff x_k < min(x_i, x_j) for all k in (i, j);
 * equal heights block. O(n) with a stack of strictly decreasing heights.
 * For i.i.d. continuous noise the degree law is P(k) = (1/3)(2/3)^(k−2), mean degree 4.
 * @param series - at least 3 finite values
 * @param options.weight - edge length kind (default 'distance')
 * @throws QuireError on NaN/infinite values or fewer than 3 points
 * @example horizontalVisibilityGraph([1, 3, 2, 4]) // edges 0–1, 1–2, 1–3, 2–3
 * @see Luque, Lacasa et al., Phys. Rev. E 80 (2009) 046103
 */
export function horizontalVisibilityGraph(series: ArrayLike<number>, options: VisibilityOptions = {}): Graph {
  const o = parseOptions('horizontalVisibilityGraph', visibilitySchema, options);
  const y = checkSeries('horizontalVisibilityGraph', 'series', series);
  return hvgKernel(y, o.weight);
}

/** Unchecked HVG kernel (see `horizontalVisibilityGraph`). */
export function hvgKernel(y: Float64Array, weight: string): Graph {
  const n = y.length;
  const edges = new EdgeList(Math.max(16, 2 * n), weight !== 'none');
  const stack = new Int32Array(n);
  let top = 0;
  for (let j = 0; j < n; j++) {
    const yj = y[j];
    while (top > 0 && y[stack[top - 1]] < yj) {
      const i = stack[--top];
      edges.add(i, j, visWeight(weight, i, j, y[i], yj));
    }
    if (top > 0) {
      const i = stack[top - 1];
      edges.add(i, j, visWeight(weight, i, j, y[i], yj));
      if (y[i] === yj) top--;
    }
    stack[top++] = j;
  }
  return graphFromEdges(n, edges, weight !== 'none');
}

export const ordinalSchema = defineSchema({
  order: { type: 'integer', min: 2, max: 8, default: 3, description: 'pattern length (embedding dimension) d' },
  delay: { type: 'integer', min: 1, default: 1, description: 'delay τ between pattern entries' },
});
export type OrdinalOptions = PartialOptionsOf<typeof ordinalSchema>;

/**
 * Ordinal pattern of every window (x_i, x_{i+τ}, …, x_{i+(d−1)τ}), encoded as the Lehmer
 * code of its stable argsort (ties: earlier index ranks lower), in [0, d!).
 * @throws QuireError unless y is a Float64Array, order an integer in [1, 12] (12! fits an
 *   Int32) and delay an integer ≥ 1
 */
export function ordinalPatterns(y: Float64Array, order: number, delay: number): Int32Array {
  checkWindow('ordinalPatterns', y, order, delay, 12);
  const N = y.length - (order - 1) * delay;
  const out = new Int32Array(Math.max(0, N));
  const perm = new Int32Array(order);
  for (let i = 0; i < N; i++) {
    // stable insertion sort of window indices by value
    for (let a = 0; a < order; a++) {
      const v = y[i + a * delay];
      let b = a - 1;
      while (b >= 0 && y[i + perm[b] * delay] > v) {
        perm[b + 1] = perm[b];
        b--;
      }
      perm[b + 1] = a;
    }
    let code = 0;
    for (let a = 0; a < order; a++) {
      let smaller = 0;
      for (let b = a + 1; b < order; b++) if (perm[b] < perm[a]) smaller++;
      code = code * (order - a) + smaller;
    }
    out[i] = code;
  }
  return out;
}

/**
 * Ordinal-pattern transition network: one vertex per observed ordinal pattern (in order of
 * first appearance), an edge between the patterns of consecutive windows i → i+1
 * (self-transitions dropped, direction ignored). Edge length = 1 / (number of
 * transitions between the two patterns), so frequent transitions are short.
 * A monotone series has a single pattern, hence a single vertex.
 * @param series - finite values, at least max(3, (d−1)τ + 2)
 * @param options.order - pattern length d, 2–8 (default 3)
 * @param options.delay - τ ≥ 1 (default 1)
 * @returns the graph and `patterns[v]`, the Lehmer code of vertex v
 * @throws QuireError on bad values or a series too short for one transition
 * @example ordinalPartitionGraph([1, 3, 2, 4, 3, 5]).graph.n // 2 (patterns 'up-down' and 'down-up')
 * @see McCullough et al., Chaos 25 (2015) 053101; Myers, Munch & Khasawneh, Chaos 29 (2019)
 */
export function ordinalPartitionGraph(series: ArrayLike<number>, options: OrdinalOptions = {}): { graph: Graph; patterns: Int32Array } {
  const fn = 'ordinalPartitionGraph';
  const o = parseOptions(fn, ordinalSchema, options);
  const y = checkSeries(fn, 'series', series);
  if (y.length < (o.order - 1) * o.delay + 2) {
    throw new QuireError(
      `${fn}: series of length ${y.length} is too short for order ${o.order} and delay ${o.delay} (need ≥ ${(o.order - 1) * o.delay + 2})`,
    );
  }
  return opnKernel(y, o.order, o.delay);
}

/** Unchecked OPN kernel. */
export function opnKernel(y: Float64Array, order: number, delay: number): { graph: Graph; patterns: Int32Array } {
  const codes = ordinalPatterns(y, order, delay);
  const id = new Map<number, number>();
  const node = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    let v = id.get(codes[i]);
    if (v === undefined) {
      v = id.size;
      id.set(codes[i], v);
    }
    node[i] = v;
  }
  const edges = new EdgeList(Math.max(16, codes.length));
  for (let i = 0; i + 1 < codes.length; i++) if (node[i] !== node[i + 1]) edges.add(node[i], node[i + 1], 1);
  const g = graphFromEdges(id.size, edges, true, 'sum');
  const w = g.weights as Float64Array;
  for (let p = 0; p < w.length; p++) w[p] = 1 / w[p];
  const patterns = new Int32Array(id.size);
  for (const [code, v] of id) patterns[v] = code;
  return { graph: g, patterns };
}

/**
 * Delay embedding z_i = (x_i, x_{i+τ}, …, x_{i+(m−1)τ}), i = 0..N−1, N = n − (m−1)τ.
 * @returns N×m row-major coordinates
 * @throws QuireError unless y is a Float64Array, dim an integer in [1, 64] and delay an integer ≥ 1
 */
export function delayEmbedding(y: Float64Array, dim: number, delay: number): { points: Float64Array; count: number } {
  checkWindow('delayEmbedding', y, dim, delay, 64);
  const N = y.length - (dim - 1) * delay;
  const points = new Float64Array(Math.max(0, N) * dim);
  for (let i = 0; i < N; i++) for (let a = 0; a < dim; a++) points[i * dim + a] = y[i + a * delay];
  return { points, count: Math.max(0, N) };
}

function embeddedDistances(fn: string, y: Float64Array, dim: number, delay: number): { D: Float64Array; N: number } {
  // beyond ±2^500 squares overflow, below 2^−500 they vanish: compute on exactly rescaled values
  const s = rescaleFactor(maxAbs(y));
  if (s !== 1) {
    const r = embeddedDistances(
      fn,
      y.map((v) => v * s),
      dim,
      delay,
    );
    for (let i = 0; i < r.D.length; i++) {
      r.D[i] /= s;
      if (r.D[i] === Infinity)
        throw new QuireError(`${fn}: series is too large: a distance between embedded points exceeds the largest double; rescale it`);
    }
    return r;
  }
  const { points, count: N } = delayEmbedding(y, dim, delay);
  const D = new Float64Array(N * N);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let a = 0; a < dim; a++) {
        const d = points[i * dim + a] - points[j * dim + a];
        s += d * d;
      }
      const d = Math.sqrt(s);
      D[i * N + j] = d;
      D[j * N + i] = d;
    }
  }
  return { D, N };
}

export const knnSchema = defineSchema({
  k: { type: 'integer', min: 1, default: 4, description: 'number of nearest neighbours' },
  dimension: { type: 'integer', min: 1, max: 64, default: 3, description: 'delay-embedding dimension m' },
  delay: { type: 'integer', min: 1, default: 1, description: 'delay-embedding delay τ' },
});
export type KnnOptions = PartialOptionsOf<typeof knnSchema>;

function checkEmbeddable(fn: string, n: number, dim: number, delay: number, need: number): void {
  const N = n - (dim - 1) * delay;
  if (N < need)
    throw new QuireError(
      `${fn}: series of length ${n} gives ${N} embedded points with dimension ${dim} and delay ${delay}; need at least ${need}`,
    );
}

/**
 * k-NN proximity network: vertices are the delay-embedded points z_i; i ~ j when j is among
 * the k nearest neighbours of i (Euclidean; ties to the smaller index) or vice versa.
 * Edge length = ‖z_i − z_j‖.
 * @param options.k - neighbours, 1 ≤ k < N (default 4)
 * @param options.dimension - embedding dimension m (default 3)
 * @param options.delay - embedding delay τ (default 1)
 * @throws QuireError on bad values or when fewer than k + 1 points are embedded
 * @example knnGraph([0, 1, 0, 1, 0, 1, 0], { k: 1, dimension: 1 }) // two groups of coincident points
 * @see Khor & Small, Chaos 26 (2016); Myers, Munch & Khasawneh, Chaos 29 (2019)
 */
export function knnGraph(series: ArrayLike<number>, options: KnnOptions = {}): Graph {
  const fn = 'knnGraph';
  const o = parseOptions(fn, knnSchema, options);
  const y = checkSeries(fn, 'series', series);
  checkEmbeddable(fn, y.length, o.dimension, o.delay, o.k + 1);
  return knnKernel(y, o.k, o.dimension, o.delay);
}

/** Unchecked k-NN kernel. */
export function knnKernel(y: Float64Array, k: number, dim: number, delay: number): Graph {
  const { D, N } = embeddedDistances('knnGraph', y, dim, delay);
  const edges = new EdgeList(N * k + 1);
  const taken = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    taken.fill(0);
    taken[i] = 1;
    for (let r = 0; r < k; r++) {
      let best = -1;
      let bd = Infinity;
      for (let j = 0; j < N; j++) {
        if (taken[j]) continue;
        const d = D[i * N + j];
        if (d < bd) {
          bd = d;
          best = j;
        }
      }
      if (best < 0) break;
      taken[best] = 1;
      edges.add(i, best, bd);
    }
  }
  return graphFromEdges(N, edges, true);
}

export const recurrenceSchema = defineSchema({
  epsilon: { type: 'number', min: 0, default: 0, description: 'recurrence radius ε; 0 means: set by recurrenceRate' },
  recurrenceRate: {
    type: 'number',
    min: 0,
    max: 1,
    exclusive: true,
    default: 0.1,
    description: 'when epsilon is 0: ε is this quantile of the pairwise distances',
  },
  dimension: { type: 'integer', min: 1, max: 64, default: 3, description: 'delay-embedding dimension m' },
  delay: { type: 'integer', min: 1, default: 1, description: 'delay-embedding delay τ' },
});
export type RecurrenceOptions = PartialOptionsOf<typeof recurrenceSchema>;

/**
 * ε-recurrence network: i ~ j (i ≠ j) iff ‖z_i − z_j‖ ≤ ε on the delay embedding.
 * Edge length = ‖z_i − z_j‖. The graph may be disconnected (see the distances' README notes).
 * @param options.epsilon - ε ≥ 0; 0 (default) derives ε from recurrenceRate
 * @param options.recurrenceRate - in (0, 1): ε = that quantile of the pairwise distances (default 0.1)
 * @throws QuireError on bad values or fewer than 2 embedded points
 * @example recurrenceGraph([0, 1, 0, 1, 0], { epsilon: 0.5, dimension: 1 }).n // 5
 * @see Marwan et al., Phys. Rep. 438 (2007); Donner et al., New J. Phys. 12 (2010)
 */
export function recurrenceGraph(series: ArrayLike<number>, options: RecurrenceOptions = {}): Graph {
  const fn = 'recurrenceGraph';
  const o = parseOptions(fn, recurrenceSchema, options);
  const y = checkSeries(fn, 'series', series);
  checkEmbeddable(fn, y.length, o.dimension, o.delay, 2);
  return recurrenceKernel(y, o.epsilon, o.recurrenceRate, o.dimension, o.delay);
}

/** Unchecked ε-recurrence kernel. */
export function recurrenceKernel(y: Float64Array, epsilon: number, rate: number, dim: number, delay: number): Graph {
  const { D, N } = embeddedDistances('recurrenceGraph', y, dim, delay);
  let eps = epsilon;
  if (!(eps > 0)) {
    const m = (N * (N - 1)) / 2;
    const all = new Float64Array(m);
    let t = 0;
    for (let i = 1; i < N; i++) for (let j = 0; j < i; j++) all[t++] = D[i * N + j];
    all.sort();
    eps = all[Math.min(m - 1, Math.max(0, Math.ceil(rate * m) - 1))];
  }
  const edges = new EdgeList(64);
  for (let i = 1; i < N; i++) for (let j = 0; j < i; j++) if (D[i * N + j] <= eps) edges.add(j, i, D[i * N + j]);
  return graphFromEdges(N, edges, true);
}

/** Options accepted by `buildGraph`: the union of the constructions' options. */
export interface BuildGraphOptions {
  weight?: VisibilityOptions['weight'];
  order?: number;
  delay?: number;
  k?: number;
  dimension?: number;
  epsilon?: number;
  recurrenceRate?: number;
}

/**
 * Build a graph of the given type; options irrelevant to the type are ignored.
 * @throws QuireError on an unknown type or invalid options/series
 * @example buildGraph('hvg', [3, 1, 2]).n // 3
 */
export function buildGraph(type: GraphType, series: ArrayLike<number>, options: BuildGraphOptions = {}): Graph {
  switch (type) {
    case 'nvg':
      return naturalVisibilityGraph(series, { weight: options.weight });
    case 'hvg':
      return horizontalVisibilityGraph(series, { weight: options.weight });
    case 'transition':
      return ordinalPartitionGraph(series, { order: options.order, delay: options.delay }).graph;
    case 'knn':
      return knnGraph(series, { k: options.k, dimension: options.dimension, delay: options.delay });
    case 'recurrence':
      return recurrenceGraph(series, {
        epsilon: options.epsilon,
        recurrenceRate: options.recurrenceRate,
        dimension: options.dimension,
        delay: options.delay,
      });
    default:
      throw new QuireError(`buildGraph: type must be one of ${GRAPH_TYPES.map((t) => `'${t}'`).join(', ')}, got ${JSON.stringify(type)}`);
  }
}
