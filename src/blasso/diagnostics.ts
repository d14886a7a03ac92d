/**
 * Recovery diagnostics on the torus: optimal matching of estimated to true spikes
 * (Hungarian algorithm on torus distances, after clustering nearby estimated particles),
 * and the flat (bounded-Lipschitz / Kantorovich–Rubinstein) distance between two signed
 * measures, computed exactly as a min-cost transport with creation/destruction at cost 1.
 */
import { QuireError } from '../core/errors.js';
import { assertMeasure, tdiff, torusDistance, type SpikeMeasure } from './measure.js';

/**
 * Minimum-cost assignment: min over injections π of Σ_i cost[i, π(i)] (Kuhn–Munkres with
 * potentials, O(rows²·cols)). Costs are scaled by their largest magnitude first (the assignment
 * is invariant to it), so costs near ±1.8e308 cannot overflow the potentials.
 * @param cost - row-major rows×cols finite costs
 * @param rows - number of rows, 0 ≤ rows ≤ cols
 * @param cols - number of columns
 * @returns assignment[row] = column (distinct columns)
 * @throws QuireError on a non-integer size, rows > cols, a length mismatch or a non-finite cost
 * @example hungarian(Float64Array.of(4, 1, 2, 3), 2, 2) // [1, 0]
 * @see Kuhn (1955), "The Hungarian method for the assignment problem"
 */
export function hungarian(cost: ArrayLike<number>, rows: number, cols: number): Int32Array {
  const fn = 'hungarian';
  if (!(Number.isInteger(rows) && rows >= 0 && rows <= 100_000))
    throw new QuireError(`${fn}: rows must be an integer in [0, 100000], got ${rows}`);
  if (!(Number.isInteger(cols) && cols >= rows && cols <= 100_000))
    throw new QuireError(`${fn}: cols must be an integer ≥ rows (${rows}) and ≤ 100000, got ${cols}`);
  if (cost === null || typeof cost !== 'object' || cost.length !== rows * cols)
    throw new QuireError(`${fn}: cost has length ${cost?.length}, expected ${rows * cols} (rows × cols)`);
  let scale = 0;
  for (let i = 0; i < cost.length; i++) {
    if (!Number.isFinite(cost[i])) throw new QuireError(`${fn}: cost[${i}] must be finite, got ${cost[i]}`);
    scale = Math.max(scale, Math.abs(cost[i]));
  }
  const c = Float64Array.from(cost, (v) => (scale > 0 ? v / scale : 0));
  return hungarianKernel(c, rows, cols);
}

/** Unchecked kernel of `hungarian` (finite costs of moderate size, rows ≤ cols). */
function hungarianKernel(cost: Float64Array, rows: number, cols: number): Int32Array {
  const INF = Infinity;
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const p = new Int32Array(cols + 1); // p[j] = row (1-based) matched to column j
  const way = new Int32Array(cols + 1);
  const minv = new Float64Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  for (let i = 1; i <= rows; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(INF);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = cost[(i0 - 1) * cols + (j - 1)] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const assign = new Int32Array(rows).fill(-1);
  for (let j = 1; j <= cols; j++) if (p[j] > 0) assign[p[j] - 1] = j - 1;
  return assign;
}

/**
 * Merge particles closer than `radius` (greedy, largest |a| first): amplitudes add,
 * the position is the |a|-weighted torus mean around the cluster's seed.
 * @param mu - a measure
 * @param radius - torus distance, ≥ 0
 * @returns the clustered measure
 * @throws QuireError on malformed input
 * @example clusterSpikes(spikes(1, [0.1, 0.1005], [1, 1]), 0.01) // one spike of mass 2
 */
export function clusterSpikes(mu: SpikeMeasure, radius: number): SpikeMeasure {
  assertMeasure('clusterSpikes', 'mu', mu);
  if (!(radius >= 0 && radius < 0.5)) throw new QuireError(`clusterSpikes: radius must be in [0, 0.5), got ${radius}`);
  const d = mu.dim;
  const n = mu.amplitudes.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => Math.abs(mu.amplitudes[b]) - Math.abs(mu.amplitudes[a]));
  const seeds: number[] = [];
  const cPos: number[][] = [];
  const cAmp: number[] = [];
  const cW: number[] = [];
  const cSum: number[][] = [];
  for (const i of order) {
    let found = -1;
    for (let c = 0; c < seeds.length && found < 0; c++) if (torusDistance(mu.positions, i, mu.positions, seeds[c], d) < radius) found = c;
    const w = Math.abs(mu.amplitudes[i]);
    if (found < 0) {
      seeds.push(i);
      cPos.push(Array.from(mu.positions.subarray(i * d, i * d + d)));
      cAmp.push(mu.amplitudes[i]);
      cW.push(w);
      cSum.push(new Array<number>(d).fill(0));
    } else {
      cAmp[found] += mu.amplitudes[i];
      cW[found] += w;
      for (let c = 0; c < d; c++) cSum[found][c] += w * tdiff(mu.positions[i * d + c], cPos[found][c]);
    }
  }
  const k = seeds.length;
  const pos = new Float64Array(k * d);
  for (let c = 0; c < k; c++) {
    for (let e = 0; e < d; e++) {
      const v = cPos[c][e] + (cW[c] > 0 ? cSum[c][e] / cW[c] : 0);
      pos[c * d + e] = v - Math.floor(v);
    }
  }
  return { dim: mu.dim, positions: pos, amplitudes: Float64Array.from(cAmp) };
}

/** Recovery error of an estimate against the truth. */
export interface RecoveryError {
  /** true spikes matched to an estimated cluster */
  matched: number;
  /** largest torus distance over matched pairs (Infinity if a true spike is unmatched) */
  maxPositionError: number;
  /** mean torus distance over matched pairs (Infinity if none is matched) */
  meanPositionError: number;
  /** largest |a_est − a_true| over true spikes (unmatched ones count |a_true|) */
  maxAmplitudeError: number;
  /** Σ|a| of estimated clusters not matched to any true spike */
  spuriousMass: number;
  /** number of estimated clusters (after clustering) */
  clusters: number;
}

/**
 * Recovery error: cluster the estimate at `clusterRadius`, then match true spikes to
 * clusters by the Hungarian algorithm on torus distance (a minimum-cost perfect matching of
 * the smaller set into the larger), and report position and amplitude errors.
 * @param estimate - estimated measure
 * @param truth - true measure (same dimension)
 * @param options.clusterRadius - torus distance for clustering the estimate (default 0.01)
 * @returns matched count, max/mean position error, max amplitude error, spurious mass
 * @throws QuireError on malformed input or mismatched dimensions
 * @example recoveryError(fit.measure, truth).maxPositionError
 * @see Kuhn (1955), "The Hungarian method for the assignment problem"
 */
export function recoveryError(estimate: SpikeMeasure, truth: SpikeMeasure, options: { clusterRadius?: number } = {}): RecoveryError {
  const fn = 'recoveryError';
  assertMeasure(fn, 'estimate', estimate);
  assertMeasure(fn, 'truth', truth, estimate.dim);
  const radius = options.clusterRadius ?? 0.01;
  if (!(radius >= 0 && radius < 0.5)) throw new QuireError(`${fn}: clusterRadius must be in [0, 0.5), got ${radius}`);
  const est = clusterSpikes(estimate, radius);
  const d = est.dim;
  const k = truth.amplitudes.length;
  const c = est.amplitudes.length;
  if (k === 0) {
    let s = 0;
    for (let i = 0; i < c; i++) s += Math.abs(est.amplitudes[i]);
    return { matched: 0, maxPositionError: 0, meanPositionError: 0, maxAmplitudeError: 0, spuriousMass: s, clusters: c };
  }
  const truthToEst = new Int32Array(k).fill(-1);
  if (c > 0) {
    if (k <= c) {
      const cost = new Float64Array(k * c);
      for (let i = 0; i < k; i++) for (let j = 0; j < c; j++) cost[i * c + j] = torusDistance(truth.positions, i, est.positions, j, d);
      truthToEst.set(hungarianKernel(cost, k, c));
    } else {
      const cost = new Float64Array(c * k);
      for (let j = 0; j < c; j++) for (let i = 0; i < k; i++) cost[j * k + i] = torusDistance(truth.positions, i, est.positions, j, d);
      const a = hungarianKernel(cost, c, k);
      for (let j = 0; j < c; j++) truthToEst[a[j]] = j;
    }
  }
  let maxPos = 0;
  let sumPos = 0;
  let maxAmp = 0;
  let matched = 0;
  const usedEst = new Uint8Array(c);
  for (let i = 0; i < k; i++) {
    const j = truthToEst[i];
    if (j < 0) {
      maxPos = Infinity;
      maxAmp = Math.max(maxAmp, Math.abs(truth.amplitudes[i]));
      continue;
    }
    usedEst[j] = 1;
    matched++;
    const dist = torusDistance(truth.positions, i, est.positions, j, d);
    maxPos = Math.max(maxPos, dist);
    sumPos += dist;
    maxAmp = Math.max(maxAmp, Math.abs(est.amplitudes[j] - truth.amplitudes[i]));
  }
  let spurious = 0;
  for (let j = 0; j < c; j++) if (!usedEst[j]) spurious += Math.abs(est.amplitudes[j]);
  return {
    matched,
    maxPositionError: maxPos,
    meanPositionError: matched > 0 ? sumPos / matched : Infinity,
    maxAmplitudeError: maxAmp,
    spuriousMass: spurious,
    clusters: c,
  };
}

/**
 * Flat distance between signed measures on the torus,
 * ‖μ − ν‖_flat = sup { ∫ f d(μ − ν) : ‖f‖∞ ≤ 1, Lip(f) ≤ 1 },
 * computed exactly by its primal: with ρ = μ − ν = ρ⁺ − ρ⁻, the cheapest way to move mass
 * of ρ⁺ onto ρ⁻ at cost min(dist, 2) per unit, or to create/destroy it at cost 1 per unit.
 * Solved as a balanced transportation problem (a dummy node on each side) by successive
 * shortest paths (Bellman–Ford on the residual graph).
 * @param mu - a measure
 * @param nu - a measure of the same dimension
 * @returns the flat distance (≥ 0; 0 iff μ = ν)
 * @throws QuireError on malformed input or mismatched dimensions
 * @example flatDistance(spikes(1, [0.1], [1]), spikes(1, [0.15], [1])) // 0.05
 * @see Hanin (1992), "Kantorovich–Rubinstein norm and its application in the theory of Lipschitz spaces"
 */
export function flatDistance(mu: SpikeMeasure, nu: SpikeMeasure): number {
  const fn = 'flatDistance';
  assertMeasure(fn, 'mu', mu);
  assertMeasure(fn, 'nu', nu, mu.dim);
  const d = mu.dim;
  // atoms of ρ = μ − ν
  const nm = mu.amplitudes.length;
  const nn = nu.amplitudes.length;
  const all = new Float64Array((nm + nn) * d);
  all.set(mu.positions);
  all.set(nu.positions, nm * d);
  const w = new Float64Array(nm + nn);
  for (let i = 0; i < nm; i++) w[i] = mu.amplitudes[i];
  for (let i = 0; i < nn; i++) w[nm + i] = -nu.amplitudes[i];
  const plus: number[] = [];
  const minus: number[] = [];
  for (let i = 0; i < w.length; i++) {
    if (w[i] > 0) plus.push(i);
    else if (w[i] < 0) minus.push(i);
  }
  const P = plus.length + 1; // + dummy source (supplies |ρ⁻|)
  const N = minus.length + 1; // + dummy sink (absorbs |ρ⁺|)
  let massPlus = 0;
  let massMinus = 0;
  for (const i of plus) massPlus += w[i];
  for (const i of minus) massMinus -= w[i];
  if (massPlus + massMinus === 0) return 0;
  const supply = new Float64Array(P);
  const demand = new Float64Array(N);
  plus.forEach((i, a) => (supply[a] = w[i]));
  supply[P - 1] = massMinus;
  minus.forEach((i, b) => (demand[b] = -w[i]));
  demand[N - 1] = massPlus;
  const cost = new Float64Array(P * N);
  for (let a = 0; a < P; a++) {
    for (let b = 0; b < N; b++) {
      const dummyA = a === P - 1;
      const dummyB = b === N - 1;
      cost[a * N + b] = dummyA && dummyB ? 0 : dummyA || dummyB ? 1 : Math.min(2, torusDistance(all, plus[a], all, minus[b], d));
    }
  }
  return transportCost(supply, demand, cost, P, N);
}

/** Balanced transportation problem by successive shortest paths (small dense instances). */
function transportCost(supply: Float64Array, demand: Float64Array, cost: Float64Array, P: number, N: number): number {
  const flow = new Float64Array(P * N);
  const sup = Float64Array.from(supply);
  const dem = Float64Array.from(demand);
  let total = 0;
  for (let i = 0; i < P; i++) total += sup[i];
  const eps = 1e-14 * Math.max(1, total);
  const V = P + N;
  const dist = new Float64Array(V);
  const prev = new Int32Array(V);
  for (let iter = 0; iter < 100 * (V + 1); iter++) {
    // Bellman–Ford from all sources with remaining supply; forward edges a→b (cost c), backward b→a (−c) where flow > 0
    dist.fill(Infinity);
    prev.fill(-1);
    let any = false;
    for (let a = 0; a < P; a++) {
      if (sup[a] > eps) {
        dist[a] = 0;
        any = true;
      }
    }
    if (!any) break;
    for (let round = 0; round < V; round++) {
      let changed = false;
      for (let a = 0; a < P; a++) {
        if (dist[a] === Infinity) continue;
        for (let b = 0; b < N; b++) {
          const nd = dist[a] + cost[a * N + b];
          if (nd < dist[P + b] - 1e-15) {
            dist[P + b] = nd;
            prev[P + b] = a;
            changed = true;
          }
        }
      }
      for (let b = 0; b < N; b++) {
        if (dist[P + b] === Infinity) continue;
        for (let a = 0; a < P; a++) {
          if (flow[a * N + b] <= eps) continue;
          const nd = dist[P + b] - cost[a * N + b];
          if (nd < dist[a] - 1e-15) {
            dist[a] = nd;
            prev[a] = P + b;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    // cheapest sink with remaining demand
    let tb = -1;
    for (let b = 0; b < N; b++) if (dem[b] > eps && dist[P + b] < Infinity && (tb < 0 || dist[P + b] < dist[P + tb])) tb = b;
    if (tb < 0) break;
    // bottleneck
    let amount = dem[tb];
    let node = P + tb;
    while (prev[node] >= 0) {
      const pnode = prev[node];
      if (node >= P) node = pnode;
      else {
        const b = pnode - P;
        amount = Math.min(amount, flow[node * N + b]);
        node = pnode;
      }
    }
    amount = Math.min(amount, sup[node]);
    const src = node;
    node = P + tb;
    while (prev[node] >= 0) {
      const pnode = prev[node];
      if (node >= P) flow[pnode * N + (node - P)] += amount;
      else flow[node * N + (pnode - P)] -= amount;
      node = pnode;
    }
    sup[src] -= amount;
    dem[tb] -= amount;
  }
  let c = 0;
  for (let i = 0; i < P * N; i++) if (flow[i] > 0) c += flow[i] * cost[i];
  return c;
}
