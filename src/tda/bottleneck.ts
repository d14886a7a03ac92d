/**
 * Bottleneck distance between persistence diagrams:
 * d_B(A, B) = inf over matchings γ (points may go to the diagonal) of sup ‖a − γ(a)‖∞.
 */
import { QuireError } from '../core/errors.js';
import type { Bar } from './rips.js';

function check(fn: string, name: string, bars: unknown): Bar[] {
  if (!Array.isArray(bars)) throw new QuireError(`${fn}: ${name} must be an array of [birth, death] pairs`);
  bars.forEach((b: unknown, i) => {
    if (!Array.isArray(b) || b.length !== 2 || !Number.isFinite(b[0]) || Number.isNaN(b[1]) || !(b[1] >= b[0])) {
      throw new QuireError(`${fn}: ${name}[${i}] must be [birth, death] with finite birth ≤ death (death may be Infinity)`);
    }
  });
  return bars as Bar[];
}

/**
 * Bottleneck distance between two diagrams of the same homology dimension.
 * Finite points: binary search over the candidate costs (pairwise L∞ distances and
 * half-lifetimes), each checked by a perfect matching (Kuhn's augmenting paths) in the
 * bipartite graph A ∪ Δ(B) × B ∪ Δ(A). Essential classes are matched by sorted births;
 * if their numbers differ the distance is Infinity.
 * @param a - [birth, death] pairs
 * @param b - [birth, death] pairs
 * @returns d_B ≥ 0 (Infinity if the essential counts differ)
 * @throws QuireError on malformed bars
 * @example bottleneckDistance([[0, 2]], [[0, 2.5]]) // 0.5
 * @see Cohen-Steiner, Edelsbrunner & Harer, Discrete Comput. Geom. 37 (2007) (stability);
 *   Efrat, Itai & Katz, Algorithmica 31 (2001)
 */
export function bottleneckDistance(a: readonly Bar[], b: readonly Bar[]): number {
  const fn = 'bottleneckDistance';
  check(fn, 'a', a);
  check(fn, 'b', b);
  const ea = a
    .filter((x) => x[1] === Infinity)
    .map((x) => x[0])
    .sort((x, y) => x - y);
  const eb = b
    .filter((x) => x[1] === Infinity)
    .map((x) => x[0])
    .sort((x, y) => x - y);
  if (ea.length !== eb.length) return Infinity;
  let ess = 0;
  for (let i = 0; i < ea.length; i++) ess = Math.max(ess, Math.abs(ea[i] - eb[i]));
  const A = a.filter((x) => x[1] !== Infinity && x[1] > x[0]);
  const B = b.filter((x) => x[1] !== Infinity && x[1] > x[0]);
  return Math.max(ess, finiteBottleneck(A, B));
}

function finiteBottleneck(A: readonly Bar[], B: readonly Bar[]): number {
  const m = A.length;
  const k = B.length;
  if (m + k === 0) return 0;
  const N = m + k;
  // cost matrix: rows A_i (i < m) and Δ(B_j) (m + j); columns B_j (j < k) and Δ(A_i) (k + i)
  const cost = new Float64Array(N * N).fill(Infinity);
  const half = (x: Bar): number => x[1] / 2 - x[0] / 2; // never overflows
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < k; j++) cost[i * N + j] = Math.max(Math.abs(A[i][0] - B[j][0]), Math.abs(A[i][1] - B[j][1]));
    cost[i * N + k + i] = half(A[i]);
  }
  for (let j = 0; j < k; j++) {
    cost[(m + j) * N + j] = half(B[j]);
    for (let i = 0; i < m; i++) cost[(m + j) * N + k + i] = 0;
  }
  const cands = Array.from(new Set(Array.from(cost).filter((c) => c !== Infinity))).sort((x, y) => x - y);
  let lo = 0;
  let hi = cands.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (perfectMatching(cost, N, cands[mid])) hi = mid;
    else lo = mid + 1;
  }
  return cands[lo];
}

/** Is there a perfect matching using only entries with cost ≤ eps? (Kuhn's algorithm) */
function perfectMatching(cost: Float64Array, N: number, eps: number): boolean {
  const matchCol = new Int32Array(N).fill(-1);
  const seen = new Uint8Array(N);
  const tryRow = (r: number): boolean => {
    for (let c = 0; c < N; c++) {
      if (cost[r * N + c] > eps || seen[c]) continue;
      seen[c] = 1;
      if (matchCol[c] < 0 || tryRow(matchCol[c])) {
        matchCol[c] = r;
        return true;
      }
    }
    return false;
  };
  for (let r = 0; r < N; r++) {
    seen.fill(0);
    if (!tryRow(r)) return false;
  }
  return true;
}
