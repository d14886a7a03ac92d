/**
 * Compact undirected graphs in CSR form (compressed sparse rows, typed arrays).
 * Every edge {u, v} is stored twice (u→v and v→u); neighbour lists are sorted; there are
 * no self-loops and no multi-edges. Optional edge weights are *lengths* (dissimilarities,
 * ≥ 0), as used by the weighted shortest-path distance.
 */
import { QuireError } from '../core/errors.js';

export interface Graph {
  /** number of vertices */
  n: number;
  /** offsets[v]..offsets[v+1] index v's neighbours; length n + 1 */
  offsets: Int32Array;
  /** neighbour vertex ids, sorted within each row; length 2·edges */
  neighbors: Int32Array;
  /** edge lengths aligned with `neighbors`, or null for an unweighted graph */
  weights: Float64Array | null;
}

/** A growable undirected edge list (u, v, w); `w` is only stored when `weighted`. */
export class EdgeList {
  u: Int32Array;
  v: Int32Array;
  w: Float64Array;
  size = 0;
  private readonly weighted: boolean;
  constructor(capacity = 64, weighted = true) {
    if (!(Number.isInteger(capacity) && capacity >= 0 && capacity <= 2 ** 30))
      throw new QuireError(`EdgeList: capacity is ${capacity}, expected an integer in [0, 2^30]`);
    this.weighted = weighted;
    this.u = new Int32Array(capacity);
    this.v = new Int32Array(capacity);
    this.w = new Float64Array(weighted ? capacity : 0);
  }
  add(a: number, b: number, weight = 1): void {
    if (this.size === this.u.length) {
      const c = Math.max(16, this.size * 2); // capacity 0 doubled to 0 and lost every edge
      const nu = new Int32Array(c);
      nu.set(this.u);
      this.u = nu;
      const nv = new Int32Array(c);
      nv.set(this.v);
      this.v = nv;
      if (this.weighted) {
        const nw = new Float64Array(c);
        nw.set(this.w);
        this.w = nw;
      }
    }
    this.u[this.size] = a;
    this.v[this.size] = b;
    if (this.weighted) this.w[this.size] = weight;
    this.size++;
  }
}

/**
 * Build a CSR graph from an edge list. Self-loops are dropped; duplicate edges are merged
 * (their weights combined by `merge`: 'min' keeps the shortest length, 'sum' adds).
 * One counting scatter by source, then a stable sort of each row by target (insertion sort for
 * short rows, an index sort for long ones): O(n + m log d_max), one random pass over memory.
 * @param n - number of vertices (≥ 1); every endpoint must be in [0, n)
 * @param edges - undirected edges
 * @param weighted - keep the weights (default false)
 * @throws QuireError if n is not an integer ≥ 1 or an endpoint is outside [0, n)
 */
export function graphFromEdges(n: number, edges: EdgeList, weighted = false, merge: 'min' | 'sum' = 'min'): Graph {
  if (!Number.isInteger(n) || n < 1) throw new QuireError(`graphFromEdges: n must be an integer ≥ 1, got ${n}`);
  if (!(edges instanceof EdgeList)) throw new QuireError('graphFromEdges: edges must be an EdgeList');
  const m = edges.size;
  const eu = edges.u;
  const ev = edges.v;
  let m2 = 0;
  for (let e = 0; e < m; e++) {
    const a = eu[e];
    const b = ev[e];
    if (!(a >= 0 && a < n && b >= 0 && b < n))
      throw new QuireError(`graphFromEdges: edge ${e} = (${a}, ${b}) has an endpoint outside [0, ${n})`);
    if (a !== b) m2 += 2;
  }
  // one scatter by source, in edge order (rows then hold (dst, edge id) pairs in edge order)
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const a = eu[e];
    const b = ev[e];
    if (a === b) continue;
    start[a + 1]++;
    start[b + 1]++;
  }
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n);
  const dst = new Int32Array(m2);
  const eid = new Int32Array(m2);
  for (let e = 0; e < m; e++) {
    const a = eu[e];
    const b = ev[e];
    if (a === b) continue;
    let k = fill[a]++;
    dst[k] = b;
    eid[k] = e;
    k = fill[b]++;
    dst[k] = a;
    eid[k] = e;
  }
  // stable sort of each row by target (equal targets keep edge order, so 'sum' adds in edge order)
  for (let v = 0; v < n; v++) sortRowStable(dst, eid, start[v], start[v + 1]);
  // merge duplicates within each row
  const offsets = new Int32Array(n + 1);
  const nb = new Int32Array(m2);
  const nw = weighted && edges.w.length >= m ? new Float64Array(m2) : null;
  const w = edges.w;
  let q = 0;
  for (let v = 0; v < n; v++) {
    offsets[v] = q;
    let last = -1;
    for (let k = start[v]; k < start[v + 1]; k++) {
      const x = dst[k];
      if (x === last) {
        if (nw) nw[q - 1] = merge === 'min' ? Math.min(nw[q - 1], w[eid[k]]) : nw[q - 1] + w[eid[k]];
      } else {
        nb[q] = x;
        if (nw) nw[q] = w[eid[k]];
        q++;
        last = x;
      }
    }
  }
  offsets[n] = q;
  return { n, offsets, neighbors: q === m2 ? nb : nb.slice(0, q), weights: nw ? (q === m2 ? nw : nw.slice(0, q)) : null };
}

/** Sort keys[lo, hi) ascending, carrying vals, stably. */
function sortRowStable(keys: Int32Array, vals: Int32Array, lo: number, hi: number): void {
  const len = hi - lo;
  if (len < 2) return;
  if (len <= 32) {
    for (let i = lo + 1; i < hi; i++) {
      const k = keys[i];
      const x = vals[i];
      let j = i - 1;
      while (j >= lo && keys[j] > k) {
        keys[j + 1] = keys[j];
        vals[j + 1] = vals[j];
        j--;
      }
      keys[j + 1] = k;
      vals[j + 1] = x;
    }
    return;
  }
  // long rows (hubs): already sorted is common (edges arrive in order); else a stable index sort
  let sorted = true;
  for (let i = lo + 1; i < hi && sorted; i++) if (keys[i - 1] > keys[i]) sorted = false;
  if (sorted) return;
  const idx = Array.from({ length: len }, (_, i) => i);
  idx.sort((p, q) => keys[lo + p] - keys[lo + q] || p - q);
  const k2 = keys.slice(lo, hi);
  const v2 = vals.slice(lo, hi);
  for (let i = 0; i < len; i++) {
    keys[lo + i] = k2[idx[i]];
    vals[lo + i] = v2[idx[i]];
  }
}

/** Number of undirected edges. */
export function edgeCount(g: Graph): number {
  return g.neighbors.length / 2;
}

/** Degree of every vertex. */
export function degrees(g: Graph): Int32Array {
  const d = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) d[v] = g.offsets[v + 1] - g.offsets[v];
  return d;
}

/** True when u and v are adjacent (binary search in u's sorted row). */
export function hasEdge(g: Graph, u: number, v: number): boolean {
  let lo = g.offsets[u];
  let hi = g.offsets[u + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = g.neighbors[mid];
    if (x === v) return true;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The edges u < v as [u, v, weight] rows (weight 1 for an unweighted graph). */
export function edgeList(g: Graph): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let u = 0; u < g.n; u++) {
    for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) {
      const v = g.neighbors[p];
      if (u < v) out.push([u, v, g.weights ? g.weights[p] : 1]);
    }
  }
  return out;
}

/** Connected components: a component id per vertex (0-based, in order of first vertex) and their count. */
export function connectedComponents(g: Graph): { labels: Int32Array; count: number } {
  const labels = new Int32Array(g.n).fill(-1);
  const stack = new Int32Array(g.n);
  let count = 0;
  for (let s = 0; s < g.n; s++) {
    if (labels[s] !== -1) continue;
    let top = 0;
    stack[top++] = s;
    labels[s] = count;
    while (top > 0) {
      const u = stack[--top];
      for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) {
        const v = g.neighbors[p];
        if (labels[v] === -1) {
          labels[v] = count;
          stack[top++] = v;
        }
      }
    }
    count++;
  }
  return { labels, count };
}

/** Degree statistics: min, max, mean, and the degree histogram (index = degree). */
export function degreeStats(g: Graph): { min: number; max: number; mean: number; histogram: number[] } {
  const d = degrees(g);
  let min = Infinity;
  let max = -Infinity;
  let s = 0;
  for (let v = 0; v < g.n; v++) {
    if (d[v] < min) min = d[v];
    if (d[v] > max) max = d[v];
    s += d[v];
  }
  const histogram = new Array<number>(Math.max(0, max) + 1).fill(0);
  for (let v = 0; v < g.n; v++) histogram[d[v]]++;
  return { min, max, mean: g.n > 0 ? s / g.n : 0, histogram };
}
