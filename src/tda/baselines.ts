/**
 * The UCR archive's reference classifiers, so a user sees at once whether topology helps:
 * 1-NN with the Euclidean distance and 1-NN with dynamic time warping under a Sakoe–Chiba
 * band whose width is chosen by leave-one-out on the training set (Dau et al. 2019).
 * Series are used as given (the archive's series are already z-normalized).
 */
import { QuireError } from '../core/errors.js';
import { checkSeries } from './graphs.js';
import { maxAbs, rescaleFactor } from './scale.js';

function checkSet(fn: string, name: string, series: readonly ArrayLike<number>[], length?: number): Float64Array[] {
  if (!Array.isArray(series) || series.length === 0) throw new QuireError(`${fn}: ${name} must be a non-empty array of series`);
  const out = series.map((s, i) => checkSeries(fn, `${name}[${i}]`, s));

  const L = length ?? out[0].length;
  out.forEach((s, i) => {
    if (s.length !== L)
      throw new QuireError(`${fn}: ${name}[${i}] has length ${s.length}, expected ${L} (1-NN baselines need equal-length series)`);
  });
  return out;
}

/**
 * Nearest neighbours do not change under a common exact rescaling; it keeps the squared
 * distances inside the double range (no Infinity ties, no subnormal differences lost).
 */
function rescaleSets(...sets: Float64Array[][]): void {
  let big = 0;
  for (const set of sets) for (const x of set) big = Math.max(big, maxAbs(x));
  const c = rescaleFactor(big);
  if (c !== 1) for (const set of sets) for (const x of set) for (let i = 0; i < x.length; i++) x[i] *= c;
}

function checkLabels(fn: string, labels: ArrayLike<number>, n: number): void {
  if (labels.length !== n) throw new QuireError(`${fn}: labels has length ${labels.length}, expected ${n} (one per training series)`);
  for (let i = 0; i < n; i++) if (!Number.isFinite(labels[i])) throw new QuireError(`${fn}: labels[${i}] = ${labels[i]} is not finite`);
}

/** Squared Euclidean distance, abandoning once it exceeds `cutoff`. */
function sqEuclid(a: Float64Array, b: Float64Array, cutoff: number): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) {
    const d = a[k] - b[k];
    s += d * d;
    if (s > cutoff) return s;
  }
  return s;
}

/**
 * DTW with squared pointwise cost under a Sakoe–Chiba band |i − j| ≤ w, returning the
 * accumulated squared cost (Infinity once every cell of a row exceeds `cutoff`).
 * w = 0 is the squared Euclidean distance; w ≥ n − 1 is unconstrained DTW.
 */
export function dtwKernel(a: Float64Array, b: Float64Array, w: number, cutoff = Infinity, buf?: Float64Array): number {
  const n = a.length;
  const m = b.length;
  const band = Math.max(w, Math.abs(n - m));
  const W = m + 1;
  const rows = buf && buf.length >= 2 * W ? buf : new Float64Array(2 * W);
  let prev = 0;
  let cur = W;
  rows.fill(Infinity, 0, 2 * W);
  rows[0] = 0;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    rows.fill(Infinity, cur, cur + W);
    let rowMin = Infinity;
    const ai = a[i - 1];
    for (let j = lo; j <= hi; j++) {
      const d = ai - b[j - 1];
      const best = Math.min(rows[prev + j - 1], rows[prev + j], rows[cur + j - 1]);
      const v = d * d + best;
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cutoff) return Infinity;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return rows[prev + m];
}

/**
 * DTW distance sqrt(min over warping paths in the band of Σ (a_i − b_j)²).
 * @param window - Sakoe–Chiba half-width w ≥ 0 in samples (Infinity: unconstrained)
 * @example dtwDistance([0, 1, 2], [0, 0, 1, 2], Infinity) // 0
 * @see Sakoe & Chiba, IEEE Trans. ASSP 26 (1978); Dau et al., IEEE/CAA J. Autom. Sinica 6 (2019)
 */
export function dtwDistance(a: ArrayLike<number>, b: ArrayLike<number>, window: number): number {
  const x = checkSeries('dtwDistance', 'a', a);
  const y = checkSeries('dtwDistance', 'b', b);
  if (!(window >= 0)) throw new QuireError(`dtwDistance: window must be ≥ 0 (samples), got ${window}`);
  const w = Number.isFinite(window) ? Math.floor(window) : Math.max(x.length, y.length);
  // beyond ±2^500 squares overflow, below 2^−500 they vanish: an exact power-of-two rescaling
  const c = rescaleFactor(maxAbs(x, y));
  if (c === 1) return Math.sqrt(dtwKernel(x, y, w));
  const d =
    Math.sqrt(
      dtwKernel(
        x.map((v) => v * c),
        y.map((v) => v * c),
        w,
      ),
    ) / c;
  if (d === Infinity) throw new QuireError('dtwDistance: a and b are too far apart: their DTW distance exceeds the largest double');
  return d;
}

/** Upper and lower envelopes of q within ±w (LB_Keogh). */
function envelope(q: Float64Array, w: number): { up: Float64Array; lo: Float64Array } {
  const n = q.length;
  const up = new Float64Array(n);
  const lo = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let u = -Infinity;
    let l = Infinity;
    for (let k = Math.max(0, i - w); k <= Math.min(n - 1, i + w); k++) {
      if (q[k] > u) u = q[k];
      if (q[k] < l) l = q[k];
    }
    up[i] = u;
    lo[i] = l;
  }
  return { up, lo };
}

/** LB_Keogh(c, envelope of q) ≤ DTW_w(q, c)², abandoning past `cutoff`. */
function lbKeogh(c: Float64Array, env: { up: Float64Array; lo: Float64Array }, cutoff: number): number {
  let s = 0;
  for (let i = 0; i < c.length; i++) {
    const v = c[i];
    if (v > env.up[i]) s += (v - env.up[i]) ** 2;
    else if (v < env.lo[i]) s += (env.lo[i] - v) ** 2;
    if (s > cutoff) return s;
  }
  return s;
}

/**
 * Index of the nearest training series to q under DTW_w (ties: the first), skipping `skip`.
 * Exact: candidates are visited in order of Euclidean distance (an upper bound of DTW for
 * equal lengths), pruned by LB_Keogh and by early abandoning.
 */
function nearestDtw(q: Float64Array, train: Float64Array[], w: number, skip: number, buf: Float64Array): number {
  const n = train.length;
  const ed = new Float64Array(n);
  for (let i = 0; i < n; i++) ed[i] = i === skip ? Infinity : sqEuclid(q, train[i], Infinity);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => ed[a] - ed[b] || a - b);
  if (w === 0) return order[0];
  const env = envelope(q, w);
  let best = Infinity;
  let arg = -1;
  for (const i of order) {
    if (i === skip) continue;
    if (lbKeogh(train[i], env, best) > best) continue;
    const d = dtwKernel(q, train[i], w, best, buf);
    if (d < best || (d === best && i < arg)) {
      best = d;
      arg = i;
    }
  }
  return arg;
}

/** Result of a 1-NN baseline. */
export interface NearestNeighborResult {
  predictions: number[];
  /** DTW only: the chosen Sakoe–Chiba half-width in samples and as a fraction of the length */
  window?: number;
  windowFraction?: number;
  /** DTW only: leave-one-out training accuracy of each candidate window (fraction → accuracy) */
  looAccuracy?: Record<string, number>;
}

/**
 * 1-NN Euclidean classifier (the UCR archive's first baseline); ties go to the first series.
 * @throws QuireError on empty sets, unequal lengths, NaN values or a label count mismatch
 * @example nearestNeighborEuclidean([[0, 0, 0], [5, 5, 5]], [1, 2], [[4, 4, 5]]).predictions // [2]
 */
export function nearestNeighborEuclidean(
  train: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  test: readonly ArrayLike<number>[],
): NearestNeighborResult {
  const fn = 'nearestNeighborEuclidean';
  const tr = checkSet(fn, 'train', train);
  checkLabels(fn, labels, tr.length);
  const te = checkSet(fn, 'test', test, tr[0].length);
  rescaleSets(tr, te);
  return {
    predictions: te.map((q) => {
      let best = Infinity;
      let arg = 0;
      tr.forEach((c, i) => {
        const d = sqEuclid(q, c, best);
        if (d < best) {
          best = d;
          arg = i;
        }
      });
      return labels[arg];
    }),
  };
}

/**
 * 1-NN DTW with the Sakoe–Chiba window learned by leave-one-out on the training set over
 * the fractions 0, 1, …, `maxFraction`·100 % of the series length (UCR's "DTW learned w";
 * ties go to the smaller window).
 * @param options.maxFraction - largest window tried, as a fraction of the length (default 0.2)
 * @throws QuireError on empty sets, unequal lengths, NaN values or a label count mismatch
 */
export function nearestNeighborDtw(
  train: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  test: readonly ArrayLike<number>[],
  options: { maxFraction?: number } = {},
): NearestNeighborResult {
  const fn = 'nearestNeighborDtw';
  const tr = checkSet(fn, 'train', train);
  checkLabels(fn, labels, tr.length);
  const te = checkSet(fn, 'test', test, tr[0].length);
  rescaleSets(tr, te);
  const maxFraction = options.maxFraction ?? 0.2;
  if (!(maxFraction >= 0 && maxFraction <= 1)) throw new QuireError(`${fn}: maxFraction must be in [0, 1], got ${maxFraction}`);
  const L = tr[0].length;
  const buf = new Float64Array(2 * (L + 1));
  const looAccuracy: Record<string, number> = {};
  let bestW = 0;
  let bestFrac = 0;
  let bestAcc = -1;
  const seen = new Set<number>();
  for (let pct = 0; pct <= Math.round(maxFraction * 100); pct++) {
    const w = Math.round((pct / 100) * L);
    if (seen.has(w)) continue;
    seen.add(w);
    let ok = 0;
    if (tr.length > 1) for (let i = 0; i < tr.length; i++) if (labels[nearestDtw(tr[i], tr, w, i, buf)] === labels[i]) ok++;
    const acc = tr.length > 1 ? ok / tr.length : 0;
    looAccuracy[String(pct / 100)] = acc;
    if (acc > bestAcc) {
      bestAcc = acc;
      bestW = w;
      bestFrac = pct / 100;
    }
  }
  return {
    predictions: te.map((q) => labels[nearestDtw(q, tr, bestW, -1, buf)]),
    window: bestW,
    windowFraction: bestFrac,
    looAccuracy,
  };
}
