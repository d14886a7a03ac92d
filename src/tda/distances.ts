/**
 * Graph dissimilarities: hop counts (BFS), weighted shortest paths (Dijkstra), diffusion
 * distance and resistance distance, each as a dense n×n `DistanceMatrix`.
 *
 * Disconnected graphs: the shortest-path and resistance distances between components are
 * `Infinity`; `capInfinite` replaces them by a finite value before Rips persistence (the
 * pipeline uses 2 × the largest finite distance, so components merge last). The diffusion
 * distance is finite on any graph (each walk stays in its component).
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions, type PartialOptionsOf } from '../core/schema.js';
import { connectedComponents, type Graph } from './graph.js';
import type { DistanceMatrix } from './rips.js';
import { eighFlat, spdInverseFlat } from '../core/linalg.js';

export const DISTANCE_TYPES = ['shortest', 'weighted', 'diffusion', 'resistance'] as const;
export type DistanceType = (typeof DISTANCE_TYPES)[number];

function checkGraph(fn: string, g: Graph): void {
  if (g === null || typeof g !== 'object' || !(g.offsets instanceof Int32Array) || !(g.neighbors instanceof Int32Array)) {
    throw new QuireError(`${fn}: graph must be a CSR Graph {n, offsets, neighbors, weights}`);
  }
  if (!Number.isInteger(g.n) || g.n < 1 || g.offsets.length !== g.n + 1)
    throw new QuireError(`${fn}: graph has n = ${g.n} but ${g.offsets.length} offsets`);
  if (g.weights) {
    for (let p = 0; p < g.weights.length; p++) {
      if (!(g.weights[p] >= 0) || g.weights[p] === Infinity)
        throw new QuireError(`${fn}: graph weight ${p} = ${g.weights[p]} must be finite and ≥ 0`);
    }
  }
}

/** BFS hop counts from every source; Infinity between components. O(n(n + m)). */
export function shortestPathKernel(g: Graph): DistanceMatrix {
  const n = g.n;
  const D = new Float64Array(n * n).fill(Infinity);
  const queue = new Int32Array(n);
  const dist = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    dist.fill(-1);
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = queue[head++];
      const du = dist[u] + 1;
      for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) {
        const v = g.neighbors[p];
        if (dist[v] < 0) {
          dist[v] = du;
          queue[tail++] = v;
        }
      }
    }
    const row = s * n;
    for (let v = 0; v < n; v++) if (dist[v] >= 0) D[row + v] = dist[v];
  }
  return { n, data: D };
}

/**
 * Unweighted shortest-path (hop-count) distance d(a, b) = min number of edges on an a–b path.
 * @param graph - CSR graph (weights ignored)
 * @returns n×n matrix; Infinity between different components
 * @throws QuireError on a malformed graph
 * @example shortestPathDistances(cycle(6)).data[3] // 3
 */
export function shortestPathDistances(graph: Graph): DistanceMatrix {
  checkGraph('shortestPathDistances', graph);
  return shortestPathKernel(graph);
}

/** Dijkstra from every source with edge lengths (1 where the graph is unweighted). */
export function weightedShortestPathKernel(g: Graph): DistanceMatrix {
  const n = g.n;
  const D = new Float64Array(n * n).fill(Infinity);
  const w = g.weights;
  // a shortest path is simple, so its length is at most the sum of all edge lengths: when that
  // is finite no path length overflows (an overflow would read as "different components")
  if (w) {
    let total = 0;
    for (let p = 0; p < w.length; p++) total += w[p] / 2;
    if (total === Infinity)
      throw new QuireError(
        'weightedShortestPathDistances: graph weights sum past the largest double, so path lengths could overflow; rescale them',
      );
  }
  // binary heap keyed by tentative distance (lazy deletion)
  let hk = new Float64Array(64);
  let hv = new Int32Array(64);
  const done = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    const row = s * n;
    done.fill(0);
    let size = 0;
    const push = (k: number, v: number): void => {
      if (size === hk.length) {
        const nk = new Float64Array(size * 2);
        nk.set(hk);
        hk = nk;
        const nv = new Int32Array(size * 2);
        nv.set(hv);
        hv = nv;
      }
      let i = size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (hk[p] <= k) break;
        hk[i] = hk[p];
        hv[i] = hv[p];
        i = p;
      }
      hk[i] = k;
      hv[i] = v;
    };
    D[row + s] = 0;
    push(0, s);
    while (size > 0) {
      const du = hk[0];
      const u = hv[0];
      // pop
      size--;
      if (size > 0) {
        const lk = hk[size];
        const lv = hv[size];
        let i = 0;
        for (;;) {
          let c = 2 * i + 1;
          if (c >= size) break;
          if (c + 1 < size && hk[c + 1] < hk[c]) c++;
          if (lk <= hk[c]) break;
          hk[i] = hk[c];
          hv[i] = hv[c];
          i = c;
        }
        hk[i] = lk;
        hv[i] = lv;
      }
      if (done[u]) continue;
      done[u] = 1;
      for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) {
        const v = g.neighbors[p];
        const nd = du + (w ? w[p] : 1);
        if (nd < D[row + v]) {
          D[row + v] = nd;
          push(nd, v);
        }
      }
    }
  }
  return { n, data: D };
}

/**
 * Weighted shortest-path distance d(a, b) = min over a–b paths of Σ edge lengths (Dijkstra).
 * @param graph - CSR graph; its weights are the lengths (1 if unweighted), finite and ≥ 0
 * @returns n×n matrix; Infinity between different components
 * @throws QuireError on a malformed graph, a negative/infinite weight, or weights whose sum overflows
 * @example weightedShortestPathDistances(hvg).data // symmetric, zero diagonal
 */
export function weightedShortestPathDistances(graph: Graph): DistanceMatrix {
  checkGraph('weightedShortestPathDistances', graph);
  return weightedShortestPathKernel(graph);
}

export const diffusionSchema = defineSchema({
  t: { type: 'integer', min: 0, default: 0, description: 'number of lazy-walk steps; 0 means 2 × the hop diameter (teaspoon)' },
});
export type DiffusionOptions = PartialOptionsOf<typeof diffusionSchema>;

/** Largest finite hop distance (0 for a graph without edges). */
export function hopDiameter(g: Graph): number {
  const D = shortestPathKernel(g).data;
  let m = 0;
  for (let i = 0; i < D.length; i++) if (D[i] !== Infinity && D[i] > m) m = D[i];
  return m;
}

/** Diffusion distance kernel through the symmetric eigendecomposition (see `diffusionDistances`). */
export function diffusionKernel(g: Graph, t: number): DistanceMatrix {
  const n = g.n;
  const steps = t > 0 ? t : 2 * hopDiameter(g);
  const deg = new Float64Array(n);
  for (let v = 0; v < n; v++) deg[v] = g.offsets[v + 1] - g.offsets[v];
  // S = D^{-1/2} A D^{-1/2}; an isolated vertex gets a self-loop (its walk stays put)
  const S = new Float64Array(n * n);
  for (let u = 0; u < n; u++) {
    if (deg[u] === 0) {
      S[u * n + u] = 1;
      continue;
    }
    for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) {
      const v = g.neighbors[p];
      S[u * n + v] = 1 / Math.sqrt(deg[u] * deg[v]);
    }
  }
  for (let v = 0; v < n; v++) if (deg[v] === 0) deg[v] = 1;
  const { values, vectors } = eighFlat(S, n) as { values: Float64Array; vectors: Float64Array };
  // F[a, r] = U[a, r] / sqrt(deg a) · λ_r^t with λ_r = (1 + μ_r)/2 the lazy-walk eigenvalues
  const F = new Float64Array(n * n);
  const lam = new Float64Array(n);
  for (let r = 0; r < n; r++) lam[r] = Math.pow(Math.min(1, Math.max(0, (1 + values[r]) / 2)), steps);
  for (let a = 0; a < n; a++) {
    const s = 1 / Math.sqrt(deg[a]);
    for (let r = 0; r < n; r++) F[a * n + r] = vectors[a * n + r] * s * lam[r];
  }
  const D = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < a; b++) {
      let s = 0;
      for (let r = 0; r < n; r++) {
        const d = F[a * n + r] - F[b * n + r];
        s += d * d;
      }
      const d = Math.sqrt(s);
      D[a * n + b] = d;
      D[b * n + a] = d;
    }
  }
  return { n, data: D };
}

/**
 * Diffusion distance of the lazy random walk P = ½(I + D⁻¹A):
 * D_t(a, b) = sqrt( Σ_k (Pᵗ[a,k] − Pᵗ[b,k])² / deg_k ).
 * Computed exactly through the eigendecomposition of S = D^{-1/2} A D^{-1/2} = U M Uᵀ:
 * D_t(a, b)² = Σ_r λ_r^{2t} (U[a,r]/√deg_a − U[b,r]/√deg_b)², λ_r = (1 + μ_r)/2.
 * Isolated vertices get a self-loop (they stay put, deg 1). Finite on disconnected graphs.
 * @param graph - CSR graph (weights ignored)
 * @param options.t - steps t ≥ 1; 0 (default) uses t = 2 × hop diameter, as teaspoon does
 * @throws QuireError on a malformed graph
 * @example diffusionDistances(cycle(8)).data[1] // ≈ 0.0763 (t = 8)
 * @see Coifman & Lafon, Appl. Comput. Harmon. Anal. 21 (2006); teaspoon PHN diffusion_distance
 */
export function diffusionDistances(graph: Graph, options: DiffusionOptions = {}): DistanceMatrix {
  const o = parseOptions('diffusionDistances', diffusionSchema, options);
  checkGraph('diffusionDistances', graph);
  return diffusionKernel(graph, o.t);
}

/** Resistance distance kernel, per connected component (see `resistanceDistances`). */
export function resistanceKernel(g: Graph): DistanceMatrix {
  const n = g.n;
  const D = new Float64Array(n * n).fill(Infinity);
  const { labels, count } = connectedComponents(g);
  for (let c = 0; c < count; c++) {
    const members: number[] = [];
    for (let v = 0; v < n; v++) if (labels[v] === c) members.push(v);
    const m = members.length;
    if (m === 1) {
      D[members[0] * n + members[0]] = 0;
      continue;
    }
    const local = new Int32Array(n).fill(-1);
    members.forEach((v, i) => (local[v] = i));
    // L + J/m is invertible on a connected component; L⁺ = (L + J/m)⁻¹ − J/m
    const L = new Float64Array(m * m).fill(1 / m);
    for (let i = 0; i < m; i++) {
      const u = members[i];
      for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) {
        const j = local[g.neighbors[p]];
        L[i * m + j] -= 1;
        L[i * m + i] += 1;
      }
    }
    const Li = spdInverseFlat(L, m);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        const r = i === j ? 0 : Math.max(0, Li[i * m + i] + Li[j * m + j] - 2 * Li[i * m + j]);
        D[members[i] * n + members[j]] = r;
      }
    }
  }
  // symmetrize exactly
  for (let a = 0; a < n; a++) for (let b = 0; b < a; b++) D[b * n + a] = D[a * n + b];
  return { n, data: D };
}

/**
 * Effective resistance R(a, b) = L⁺_aa + L⁺_bb − 2 L⁺_ab with unit conductances, where L is
 * the graph Laplacian; computed per connected component. A metric; on a tree it equals
 * the hop distance.
 * @param graph - CSR graph (weights ignored)
 * @returns n×n matrix; Infinity between different components
 * @throws QuireError on a malformed graph
 * @example resistanceDistances(cycle(4)).data[1] // 0.75 (= 1·3/4)
 * @see Klein & Randić, J. Math. Chem. 12 (1993) 81
 */
export function resistanceDistances(graph: Graph): DistanceMatrix {
  checkGraph('resistanceDistances', graph);
  return resistanceKernel(graph);
}

/**
 * A graph distance by name: 'shortest' (hops), 'weighted' (Dijkstra on lengths),
 * 'diffusion' (t = 2 × diameter) or 'resistance'.
 * @throws QuireError on an unknown kind or a malformed graph
 */
export function graphDistances(graph: Graph, kind: DistanceType, options: DiffusionOptions = {}): DistanceMatrix {
  switch (kind) {
    case 'shortest':
      return shortestPathDistances(graph);
    case 'weighted':
      return weightedShortestPathDistances(graph);
    case 'diffusion':
      return diffusionDistances(graph, options);
    case 'resistance':
      return resistanceDistances(graph);
    default:
      throw new QuireError(
        `graphDistances: kind must be one of ${DISTANCE_TYPES.map((t) => `'${t}'`).join(', ')}, got ${JSON.stringify(kind)}`,
      );
  }
}

/**
 * Replace infinite entries (pairs in different components) by `factor` × the largest finite
 * entry (1 if there is none), in a copy. For factor ≥ 2 the result is still a metric when
 * the input is one on each component: the triangle inequality holds across components.
 * @param D - distance matrix, finite or +Infinity entries
 * @param factor - finite, ≥ 1 (default 2)
 * @throws QuireError if factor is out of range or factor × the largest entry overflows
 * @example capInfinite({ n: 2, data: Float64Array.from([0, Infinity, Infinity, 0]) }).data // [0, 2, 2, 0]
 */
export function capInfinite(D: DistanceMatrix, factor = 2): DistanceMatrix {
  if (!(factor >= 1) || !Number.isFinite(factor)) throw new QuireError(`capInfinite: factor must be a finite number ≥ 1, got ${factor}`);
  let m = 0;
  let infinite = false;
  for (let i = 0; i < D.data.length; i++) {
    if (D.data[i] === Infinity) infinite = true;
    else if (D.data[i] > m) m = D.data[i];
  }
  const cap = factor * (m > 0 ? m : 1);
  if (cap === Infinity && infinite)
    throw new QuireError(`capInfinite: factor ${factor} × the largest finite entry ${m} overflows the largest double`);
  const out = Float64Array.from(D.data);
  for (let i = 0; i < out.length; i++) if (out[i] === Infinity) out[i] = cap;
  return { n: D.n, data: out };
}
