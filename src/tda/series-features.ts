/**
 * Topology of the series itself, aware of where and in which direction events happen:
 * - `paa`: piecewise aggregate approximation (the downsampling step that keeps graph
 *   constructions and Rips filtrations on long series affordable);
 * - `sublevelPersistence`: 0-dimensional sublevel-set persistence of the series as a
 *   function on the path graph (lower-star filtration, elder rule), each bar with the
 *   position of the local minimum that gives birth to it; superlevel sets through −y;
 * - `takensEmbedding`: the delay-embedding point cloud (giotto-tda's standard route to
 *   Vietoris–Rips diagrams of a single series);
 * - `PositionalFeaturizer`: vectorizes positioned bars by persistence-weighted images on
 *   (position, birth value) at two scales, fitted on train only.
 * None of these is invariant to time reversal or to shifting an event in time.
 */
import { QuireError } from '../core/errors.js';
import type { Bar } from './rips.js';

/**
 * Piecewise aggregate approximation: the mean of y over m equal frames of [0, n), a value
 * that straddles two frames contributing to each in proportion (exact for any n, m).
 * Returns a copy of y when m ≥ n.
 * @param y - finite values
 * @param m - frames, integer ≥ 1
 * @throws QuireError on m < 1 or an empty y
 * @example paa([1, 2, 3, 4], 2) // [1.5, 3.5]
 * @see Keogh et al., Knowledge and Information Systems 3 (2001) 263–286
 */
export function paa(y: ArrayLike<number>, m: number): Float64Array {
  if (!Number.isInteger(m) || m < 1) throw new QuireError(`paa: m must be an integer ≥ 1, got ${m}`);
  const n = y.length;
  if (n === 0) throw new QuireError('paa: y must be non-empty');
  if (m >= n) return Float64Array.from(y);
  const out = new Float64Array(m);
  const w = n / m;
  for (let i = 0; i < m; i++) {
    const a = i * w;
    const b = (i + 1) * w;
    let s = 0;
    for (let j = Math.floor(a); j < Math.min(n, Math.ceil(b)); j++) s += y[j] * (Math.min(b, j + 1) - Math.max(a, j));
    out[i] = s / w;
  }
  return out;
}

/** Positioned 0-dimensional bars: bars[i] born at index positions[i] (the local minimum). */
export interface PositionedBars {
  bars: Bar[];
  positions: number[];
  /** length of the series (positions are in 0 … n − 1) */
  n: number;
}

/**
 * 0-dimensional persistence of the sublevel sets {t : y(t) ≤ s} of a series on the path
 * graph (vertex i enters at y[i], edge (i, i+1) at max(y[i], y[i+1])). By the elder rule,
 * when two components meet at y[i] the one with the higher minimum dies. Zero-length bars
 * are omitted; the global minimum's bar is essential (death Infinity). Ties in value are
 * broken by index, so the result is deterministic. O(n log n).
 * @param y - finite values, length ≥ 1
 * @returns bars with the index of each bar's birth (its local minimum), in order of death
 * @throws QuireError on a non-finite value
 * @example sublevelPersistence([0, 2, 1, 3]).bars // [[1, 2], [0, Infinity]]
 * @see Edelsbrunner & Harer, Computational Topology (2010), §VII.1 (lower-star filtrations)
 */
export function sublevelPersistence(y: ArrayLike<number>): PositionedBars {
  const n = y.length;
  if (n === 0) throw new QuireError('sublevelPersistence: y must be non-empty');
  for (let i = 0; i < n; i++) if (!Number.isFinite(y[i])) throw new QuireError(`sublevelPersistence: y[${i}] = ${y[i]} is not finite`);
  return sublevelKernel(y);
}

/** Unchecked `sublevelPersistence`. */
export function sublevelKernel(y: ArrayLike<number>): PositionedBars {
  const n = y.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => y[a] - y[b] || a - b);
  const rank = new Int32Array(n);
  order.forEach((v, r) => (rank[v] = r));
  const parent = new Int32Array(n).fill(-1); // -1: not yet entered
  const birth = new Int32Array(n); // root → index of its minimum
  const find = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  };
  const bars: Bar[] = [];
  const positions: number[] = [];
  for (const v of order) {
    parent[v] = v;
    birth[v] = v;
    for (const u of [v - 1, v + 1]) {
      if (u < 0 || u >= n || parent[u] < 0) continue;
      const a = find(u);
      const b = find(v);
      if (a === b) continue;
      // the younger component (later minimum in the total order) dies at y[v]
      const [old, young] = rank[birth[a]] < rank[birth[b]] ? [a, b] : [b, a];
      const by = y[birth[young]];
      if (y[v] > by) {
        bars.push([by, y[v]]);
        positions.push(birth[young]);
      }
      parent[young] = old;
    }
  }
  bars.push([y[order[0]], Infinity]);
  positions.push(order[0]);
  return { bars, positions, n };
}

/** Superlevel-set persistence of y as the sublevel persistence of −y (bars in −y's values). */
export function superlevelKernel(y: ArrayLike<number>): PositionedBars {
  const m = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) m[i] = -y[i];
  return sublevelKernel(m);
}

/**
 * The delay-embedding point cloud x_t = (y_t, y_{t+τ}, …, y_{t+(d−1)τ}), t = 0 … n − 1 − (d − 1)τ.
 * @throws QuireError when the series is too short for d and τ
 * @example takensEmbedding([1, 2, 3, 4], 2, 1) // [[1, 2], [2, 3], [3, 4]]
 * @see Takens, Lecture Notes in Math. 898 (1981); giotto-tda SingleTakensEmbedding
 */
export function takensEmbedding(y: ArrayLike<number>, dimension: number, delay: number): number[][] {
  if (!Number.isInteger(dimension) || dimension < 1)
    throw new QuireError(`takensEmbedding: dimension must be an integer ≥ 1, got ${dimension}`);
  if (!Number.isInteger(delay) || delay < 1) throw new QuireError(`takensEmbedding: delay must be an integer ≥ 1, got ${delay}`);
  const m = y.length - (dimension - 1) * delay;
  if (m < 1)
    throw new QuireError(`takensEmbedding: a series of length ${y.length} is too short for dimension ${dimension}, delay ${delay}`);
  const out: number[][] = [];
  for (let t = 0; t < m; t++) {
    const p: number[] = [];
    for (let k = 0; k < dimension; k++) p.push(y[t + k * delay]);
    out.push(p);
  }
  return out;
}

/**
 * The delay at which the autocorrelation of y first falls below 1/e (at least 1, at most
 * maxDelay): a cheap, standard choice of τ for a delay embedding.
 * @throws QuireError on maxDelay not an integer ≥ 1, an empty y or a non-finite value
 */
export function autocorrelationDelay(y: ArrayLike<number>, maxDelay: number): number {
  if (!Number.isInteger(maxDelay) || maxDelay < 1)
    throw new QuireError(`autocorrelationDelay: maxDelay must be an integer ≥ 1, got ${maxDelay}`);
  const n = y.length;
  if (n === 0) throw new QuireError('autocorrelationDelay: y must be non-empty');
  for (let i = 0; i < n; i++) if (!Number.isFinite(y[i])) throw new QuireError(`autocorrelationDelay: y[${i}] = ${y[i]} is not finite`);
  let m = 0;
  for (let i = 0; i < n; i++) m += y[i];
  m /= n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (y[i] - m) ** 2;
  if (!(v > 0)) return 1;
  for (let tau = 1; tau <= maxDelay; tau++) {
    let c = 0;
    for (let i = 0; i + tau < n; i++) c += (y[i] - m) * (y[i + tau] - m);
    if (c / v < Math.exp(-1)) return tau;
  }
  return Math.max(1, maxDelay);
}

/**
 * Φ(x) to ≈ 1e-7 absolute (Abramowitz & Stegun 7.1.26 for erf): image pixels need no more,
 * and it is several times cheaper than the exact normal CDF.
 */
export function fastNormalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  if (z > 6) return x > 0 ? 1 : 0;
  const t = 1 / (1 + 0.3275911 * z);
  const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-z * z);
  return x >= 0 ? 1 - 0.5 * y : 0.5 * y;
}

/** The persistence-weighted image window of positioned bars. */
interface PosRange {
  vLo: number;
  vHi: number;
}

/**
 * Positioned bars → persistence-weighted images on (position in [0, 1], birth value), at a
 * coarse and a fine time scale, plus the essential bar's (birth value, position). Each bar
 * (b, d) born at t adds its persistence d − b (the essential bar: the series' range)
 * spread by a Gaussian one pixel wide in each direction, integrated over each pixel with
 * erf. The value window is learned on train only.
 * @example new PositionalFeaturizer().fit(trainBars).transform(testBars)
 */
export class PositionalFeaturizer {
  ranges: PosRange[] | null = null;
  /** (time pixels, value pixels) per scale */
  readonly scales: readonly [number, number][];

  constructor(
    scales: readonly [number, number][] = [
      [4, 3],
      [16, 4],
    ],
  ) {
    for (const [a, b] of scales)
      if (!Number.isInteger(a) || a < 1 || !Number.isInteger(b) || b < 1)
        throw new QuireError(`PositionalFeaturizer: scales must be pairs of integers ≥ 1, got [${a}, ${b}]`);
    this.scales = scales;
  }

  /** Learn each channel's value window from the training samples (samples × channels). */
  fit(train: readonly (readonly PositionedBars[])[]): this {
    if (train.length === 0) throw new QuireError('PositionalFeaturizer.fit: train must be non-empty');
    const ch = train[0].length;
    const ranges: PosRange[] = [];
    for (let c = 0; c < ch; c++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const s of train) {
        if (s.length !== ch) throw new QuireError(`PositionalFeaturizer.fit: every sample must have ${ch} channels`);
        for (const [b] of s[c].bars) {
          if (b < lo) lo = b;
          if (b > hi) hi = b;
        }
      }
      if (!(hi > lo)) {
        lo = Number.isFinite(lo) ? lo - 0.5 : 0;
        hi = lo + 1;
      }
      ranges.push({ vLo: lo, vHi: hi });
    }
    this.ranges = ranges;
    return this;
  }

  get length(): number {
    if (!this.ranges) throw new QuireError('PositionalFeaturizer: call fit before transform');
    let per = 2;
    for (const [a, b] of this.scales) per += a * b;
    return this.ranges.length * per;
  }

  transform(samples: readonly (readonly PositionedBars[])[]): Float64Array {
    const ranges = this.ranges;
    if (!ranges) throw new QuireError('PositionalFeaturizer: call fit before transform');
    const L = this.length;
    const X = new Float64Array(samples.length * L);
    samples.forEach((s, i) => {
      if (s.length !== ranges.length)
        throw new QuireError(`PositionalFeaturizer.transform: sample ${i} has ${s.length} channels, expected ${ranges.length}`);
      let off = i * L;
      for (let c = 0; c < ranges.length; c++) {
        const { bars, positions, n } = s[c];
        const { vLo, vHi } = ranges[c];
        let top = -Infinity;
        for (const [b, d] of bars) {
          if (d !== Infinity && d > top) top = d;
          if (b > top) top = b;
        }
        const pos = positions.map((p) => (n > 1 ? p / (n - 1) : 0.5));
        for (const [tp, vp] of this.scales) {
          const st = 1 / tp;
          const sv = (vHi - vLo) / vp;
          const ct = new Float64Array(tp);
          const cv = new Float64Array(vp);
          for (let k = 0; k < bars.length; k++) {
            const [b, d] = bars[k];
            const w = (d === Infinity ? top : d) - b;
            if (!(w > 0)) continue;
            let prev = fastNormalCdf((0 - pos[k]) / st);
            for (let a = 0; a < tp; a++) {
              const next = fastNormalCdf(((a + 1) / tp - pos[k]) / st);
              ct[a] = next - prev;
              prev = next;
            }
            prev = fastNormalCdf((vLo - b) / sv);
            for (let a = 0; a < vp; a++) {
              const next = fastNormalCdf((vLo + ((a + 1) * (vHi - vLo)) / vp - b) / sv);
              cv[a] = next - prev;
              prev = next;
            }
            for (let a = 0; a < tp; a++) for (let q = 0; q < vp; q++) X[off + a * vp + q] += w * ct[a] * cv[q];
          }
          off += tp * vp;
        }
        const e = bars.findIndex((b) => b[1] === Infinity);
        X[off++] = e >= 0 ? bars[e][0] : 0;
        X[off++] = e >= 0 ? pos[e] : 0.5;
      }
    });
    return X;
  }
}
