/**
 * Vectorizations of persistence diagrams: persistence landscapes, Betti curves, persistent
 * entropy and summary statistics, and a fit/transform featurizer whose sampling grid is
 * learned on the training diagrams only (as giotto-tda's `PersistenceLandscape.fit`).
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions, type OptionsOf, type PartialOptionsOf } from '../core/schema.js';
import { normalCdf } from '../core/stats.js';
import type { Bar, Diagrams } from './rips.js';

function checkBars(fn: string, bars: unknown): Bar[] {
  if (!Array.isArray(bars)) throw new QuireError(`${fn}: bars must be an array of [birth, death] pairs`);
  for (let i = 0; i < bars.length; i++) {
    const b = bars[i] as unknown;
    if (!Array.isArray(b) || b.length !== 2) throw new QuireError(`${fn}: bars[${i}] must be a [birth, death] pair`);
    const [x, y] = b as number[];
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new QuireError(`${fn}: bars[${i}] birth = ${String(x)} is not finite`);
    if (typeof y !== 'number' || Number.isNaN(y) || !(y >= x))
      throw new QuireError(`${fn}: bars[${i}] death = ${String(y)} must be ≥ birth (${x}) or Infinity`);
  }
  return bars as Bar[];
}

/** The finite bars of a diagram (essential classes dropped). */
export function finiteBars(bars: readonly Bar[]): Bar[] {
  return bars.filter((b) => b[1] !== Infinity);
}

/**
 * Evenly spaced grid of `resolution` points from start to stop (inclusive).
 * @throws QuireError unless start and stop are finite and resolution is an integer ≥ 1
 */
export function linspace(start: number, stop: number, resolution: number): Float64Array {
  if (!Number.isFinite(start) || !Number.isFinite(stop))
    throw new QuireError(`linspace: start and stop must be finite, got ${start} and ${stop}`);
  if (!Number.isInteger(resolution) || resolution < 1)
    throw new QuireError(`linspace: resolution must be an integer ≥ 1, got ${resolution}`);
  const g = new Float64Array(resolution);
  if (resolution === 1) {
    g[0] = start;
    return g;
  }
  if (Number.isFinite((stop - start) * (resolution - 1))) {
    for (let i = 0; i < resolution; i++) g[i] = start + ((stop - start) * i) / (resolution - 1);
  } else {
    // (stop − start)·i overflows: step by half-differences from the nearer end
    const h = stop / 2 - start / 2;
    for (let i = 0; i < resolution; i++) {
      const f = i / (resolution - 1);
      g[i] = f <= 0.5 ? start + h * (2 * f) : stop - h * (2 * (1 - f));
    }
  }
  return g;
}

/**
 * Persistence landscape λ_k(t) = k-th largest value of max(0, min(t − b, d − t)) over the
 * finite bars (b, d), sampled at the grid points, for k = 1..layers.
 * @param bars - [birth, death] pairs (infinite bars are ignored)
 * @param grid - sample points (finite)
 * @param layers - number of layers k ≥ 1
 * @returns layers × grid.length, row-major (layer 1 first)
 * @throws QuireError on malformed bars or layers < 1
 * @example persistenceLandscape([[1, 3]], linspace(0, 4, 9), 1) // [0,0,0,0.5,1,0.5,0,0,0]
 * @see Bubenik, J. Mach. Learn. Res. 16 (2015) 77–102, Def. 3
 */
export function persistenceLandscape(bars: readonly Bar[], grid: ArrayLike<number>, layers: number): Float64Array {
  const fn = 'persistenceLandscape';
  checkBars(fn, bars);
  if (!Number.isInteger(layers) || layers < 1) throw new QuireError(`${fn}: layers must be an integer ≥ 1, got ${layers}`);
  for (let i = 0; i < grid.length; i++) if (!Number.isFinite(grid[i])) throw new QuireError(`${fn}: grid[${i}] is not finite`);
  return landscapeKernel(finiteBars(bars), grid, layers);
}

/** Unchecked landscape kernel over finite bars. */
export function landscapeKernel(bars: readonly Bar[], grid: ArrayLike<number>, layers: number): Float64Array {
  const R = grid.length;
  const out = new Float64Array(layers * R);
  const top = new Float64Array(layers);
  for (let r = 0; r < R; r++) {
    const t = grid[r];
    top.fill(0);
    for (let i = 0; i < bars.length; i++) {
      const v = Math.min(t - bars[i][0], bars[i][1] - t);
      if (v <= top[layers - 1]) continue;
      let k = layers - 1;
      while (k > 0 && top[k - 1] < v) {
        top[k] = top[k - 1];
        k--;
      }
      top[k] = v;
    }
    for (let k = 0; k < layers; k++) out[k * R + r] = top[k];
  }
  return out;
}

/**
 * Betti curve β(t) = #{bars with b ≤ t < d}, at the grid points (infinite bars count).
 * @example bettiCurve([[0, 2], [1, Infinity]], [0.5, 1.5, 3]) // [1, 2, 1]
 */
export function bettiCurve(bars: readonly Bar[], grid: ArrayLike<number>): Float64Array {
  checkBars('bettiCurve', bars);
  const out = new Float64Array(grid.length);
  for (let r = 0; r < grid.length; r++) {
    let c = 0;
    for (const [b, d] of bars) if (b <= grid[r] && grid[r] < d) c++;
    out[r] = c;
  }
  return out;
}

/**
 * Persistent entropy E = −Σ p_i log₂ p_i with p_i = ℓ_i / Σ ℓ, ℓ_i = d_i − b_i over finite
 * bars of positive length (giotto-tda convention: base 2, unnormalized); 0 for no bars.
 * @example persistentEntropy(Array.from({ length: 8 }, () => [0, 1])) // 3
 * @see Chintakunta et al., Pattern Recognition 48 (2015); Atienza et al. (2019)
 */
export function persistentEntropy(bars: readonly Bar[]): number {
  checkBars('persistentEntropy', bars);
  return entropyKernel(finiteBars(bars));
}

function entropyKernel(bars: readonly Bar[]): number {
  let L = 0;
  for (const [b, d] of bars) L += d - b;
  if (L === Infinity) return entropyScaled(bars);
  if (!(L > 0)) return 0;
  let e = 0;
  for (const [b, d] of bars) {
    const p = (d - b) / L;
    if (p > 0) e -= p * Math.log2(p);
  }
  return e;
}

/** The same where Σℓ overflows: p_i is scale-free, so take half-lifetimes relative to the longest. */
function entropyScaled(bars: readonly Bar[]): number {
  let top = 0;
  for (const [b, d] of bars) top = Math.max(top, d / 2 - b / 2);
  let L = 0;
  for (const [b, d] of bars) L += (d / 2 - b / 2) / top;
  let e = 0;
  for (const [b, d] of bars) {
    const p = (d / 2 - b / 2) / top / L;
    if (p > 0) e -= p * Math.log2(p);
  }
  return e;
}

/** Names of the summary statistics, in the order `summaryStatistics` returns them. */
export const SUMMARY_NAMES = [
  'count',
  'total_persistence',
  'entropy',
  'mean_lifetime',
  'std_lifetime',
  'skew_lifetime',
  'q90_lifetime',
  'max_lifetime',
  'second_lifetime',
  'second_to_max',
  'mean_birth',
  'mean_death',
  'landscape_l1',
  'landscape_l2',
] as const;

/**
 * Topological summary statistics of the finite bars: count, total persistence Σℓ,
 * persistent entropy, mean/std/skewness/90% quantile of lifetimes, the longest and second
 * longest lifetimes and their ratio, mean birth and death, and the L1/L2 norms of the
 * first landscape (trapezoid rule on 1024 points over its support; a single bar of
 * length ℓ has ‖λ₁‖₁ = ℓ²/4).
 * @returns values in the order of `SUMMARY_NAMES` (zeros for an empty diagram)
 * @throws QuireError on malformed bars, or bars so long that a statistic overflows the largest double
 */
export function summaryStatistics(bars: readonly Bar[]): Float64Array {
  checkBars('summaryStatistics', bars);
  return checkSummary('summaryStatistics', 'bars', summaryKernel(finiteBars(bars)));
}

/** Lifetimes beyond ~1e154 make the landscape norms (∝ ℓ²) overflow: an error, never a silent Infinity. */
function checkSummary(fn: string, name: string, out: Float64Array): Float64Array {
  for (let i = 0; i < out.length; i++)
    if (!Number.isFinite(out[i]))
      throw new QuireError(
        `${fn}: ${name} are too large: the summary statistic ${SUMMARY_NAMES[i]} overflows the largest double; rescale the diagram`,
      );
  return out;
}

function summaryKernel(bars: readonly Bar[]): Float64Array {
  const out = new Float64Array(SUMMARY_NAMES.length);
  const m = bars.length;
  if (m === 0) return out;
  const life = new Float64Array(m);
  let sum = 0;
  let sb = 0;
  let sd = 0;
  for (let i = 0; i < m; i++) {
    life[i] = bars[i][1] - bars[i][0];
    sum += life[i];
    sb += bars[i][0];
    sd += bars[i][1];
  }
  const mean = sum / m;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < m; i++) {
    const c = life[i] - mean;
    m2 += c * c;
    m3 += c * c * c;
  }
  m2 /= m;
  m3 /= m;
  const sorted = Float64Array.from(life).sort();
  const q = 0.9 * (m - 1);
  const lo = Math.floor(q);
  const q90 = sorted[lo] + (q - lo) * ((sorted[Math.min(m - 1, lo + 1)] ?? sorted[lo]) - sorted[lo]);
  const max = sorted[m - 1];
  const second = m > 1 ? sorted[m - 2] : 0;
  const { l1, l2 } = firstLandscapeNorms(bars);
  out.set([
    m,
    sum,
    entropyKernel(bars),
    mean,
    Math.sqrt(m2),
    m2 > 0 ? m3 / m2 ** 1.5 : 0,
    q90,
    max,
    second,
    max > 0 ? second / max : 0,
    sb / m,
    sd / m,
    l1,
    l2,
  ]);
  return out;
}

/**
 * L1 and L2 norms of λ₁, exactly. λ₁ is the upper envelope of the tents of the bars; a bar
 * inside another ([b′, d′] ⊆ [b, d]) never shows, and the remaining bars, sorted by birth,
 * have increasing deaths, so between two consecutive peaks only those two tents matter.
 * ∫λ₁ = Σ p²/4 − Σ L²/4 and ∫λ₁² = Σ p³/12 − Σ L³/12, with p = d − b each kept bar's
 * persistence and L = max(0, d_i − b_{i+1}) each consecutive overlap.
 */
export function firstLandscapeNorms(bars: readonly Bar[]): { l1: number; l2: number } {
  const sorted = bars.filter((b) => b[1] > b[0] && b[1] !== Infinity).sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  let l1 = 0;
  let l2 = 0;
  let lastDeath = -Infinity;
  for (const [b, d] of sorted) {
    if (d <= lastDeath) continue; // inside an earlier bar
    const p = d - b;
    l1 += (p * p) / 4;
    l2 += (p * p * p) / 12;
    const L = lastDeath - b;
    if (L > 0) {
      l1 -= (L * L) / 4;
      l2 -= (L * L * L) / 12;
    }
    lastDeath = d;
  }
  return { l1, l2: Math.sqrt(Math.max(0, l2)) };
}

/**
 * Persistence image (Adams et al. 2017): each finite bar (b, d) becomes the point
 * (b, p = d − b), weighted by w(p) = min(1, p / pMax), and spread by a Gaussian of width σ;
 * the image is the integral of the sum over each pixel of the grid
 * [bLo, bHi] × [0, pMax] (pixels × pixels, birth-major), computed exactly with erf.
 * When bHi ≤ bLo (all births equal, e.g. H0 of a Rips filtration) the birth axis has one
 * pixel covering the whole line, so the image is a persistence profile.
 * @param bars - [birth, death] pairs (infinite bars are ignored)
 * @param range - { bLo, bHi, pMax, sigma }: pMax and sigma > 0
 * @param pixels - pixels per side ≥ 1
 * @returns pixels² values (birth index major) or `pixels` values on a degenerate birth axis
 * @see Adams et al., Persistence images, J. Mach. Learn. Res. 18 (2017) 1–35
 */
export function persistenceImage(
  bars: readonly Bar[],
  range: { bLo: number; bHi: number; pMax: number; sigma: number },
  pixels: number,
): Float64Array {
  const fn = 'persistenceImage';
  checkBars(fn, bars);
  if (!Number.isInteger(pixels) || pixels < 1) throw new QuireError(`${fn}: pixels must be an integer ≥ 1, got ${pixels}`);
  for (const k of ['bLo', 'bHi', 'pMax', 'sigma'] as const)
    if (!Number.isFinite(range[k])) throw new QuireError(`${fn}: range.${k} = ${range[k]} is not finite`);
  if (!(range.pMax > 0) || !(range.sigma > 0)) throw new QuireError(`${fn}: range.pMax and range.sigma must be > 0`);
  return imageKernel(finiteBars(bars), range, pixels);
}

function imageKernel(bars: readonly Bar[], range: { bLo: number; bHi: number; pMax: number; sigma: number }, pixels: number): Float64Array {
  const flat = !(range.bHi > range.bLo);
  const nb = flat ? 1 : pixels;
  const out = new Float64Array(nb * pixels);
  const { bLo, bHi, pMax, sigma } = range;
  const cb = new Float64Array(nb);
  const cp = new Float64Array(pixels);
  for (const [b, d] of bars) {
    const p = d - b;
    if (!(p > 0)) continue;
    const w = Math.min(1, p / pMax);
    if (flat) cb[0] = 1;
    else {
      let prev = normalCdf((bLo - b) / sigma);
      for (let i = 0; i < nb; i++) {
        const next = normalCdf((bLo + ((bHi - bLo) * (i + 1)) / nb - b) / sigma);
        cb[i] = next - prev;
        prev = next;
      }
    }
    let prev = normalCdf((0 - p) / sigma);
    for (let j = 0; j < pixels; j++) {
      const next = normalCdf((((j + 1) * pMax) / pixels - p) / sigma);
      cp[j] = next - prev;
      prev = next;
    }
    for (let i = 0; i < nb; i++) {
      if (cb[i] === 0) continue;
      for (let j = 0; j < pixels; j++) out[i * pixels + j] += w * cb[i] * cp[j];
    }
  }
  return out;
}

export const featurizerSchema = defineSchema({
  layers: { type: 'integer', min: 1, max: 20, default: 5, description: 'landscape layers k' },
  resolution: { type: 'integer', min: 2, max: 1000, default: 100, description: 'landscape samples per layer' },
  bettiPoints: { type: 'integer', min: 0, max: 1000, default: 10, description: 'Betti-curve samples (0: none)' },
  imagePixels: { type: 'integer', min: 0, max: 100, default: 0, description: 'persistence image pixels per side (0: none)' },
});
export type FeaturizerOptions = PartialOptionsOf<typeof featurizerSchema>;

/**
 * Diagrams → fixed-length feature vectors: per homology dimension, the landscape
 * (layers × resolution) on a grid [min birth, max death] learned by `fit` from the
 * training diagrams' finite bars, the `SUMMARY_NAMES` statistics, and a Betti curve on
 * the same grid. Never fit on test data.
 * @example const f = new TopologicalFeaturizer({ layers: 3 }).fit(trainDiagrams); f.transform(testDiagrams)
 */
export class TopologicalFeaturizer {
  readonly options: OptionsOf<typeof featurizerSchema>;
  /** per dimension: [start, stop] of the sampling grid (set by fit) */
  ranges: [number, number][] | null = null;
  /** per dimension: the persistence-image window and Gaussian width (set by fit) */
  images: { bLo: number; bHi: number; pMax: number; sigma: number }[] = [];

  constructor(options: FeaturizerOptions = {}) {
    this.options = parseOptions('TopologicalFeaturizer', featurizerSchema, options);
  }

  /** Learn the grid per dimension from the finite bars of the training diagrams. */
  fit(train: readonly Diagrams[]): this {
    if (!Array.isArray(train) || train.length === 0)
      throw new QuireError('TopologicalFeaturizer.fit: train must be a non-empty array of diagrams');
    const dims = train[0].length;
    const ranges: [number, number][] = [];
    const images: { bLo: number; bHi: number; pMax: number; sigma: number }[] = [];
    const px = Math.max(1, this.options.imagePixels);
    for (let k = 0; k < dims; k++) {
      let lo = Infinity;
      let hi = -Infinity;
      let bLo = Infinity;
      let bHi = -Infinity;
      let pMax = 0;
      for (const dg of train) {
        if (!Array.isArray(dg) || dg.length !== dims)
          throw new QuireError(`TopologicalFeaturizer.fit: every sample must have ${dims} diagrams`);
        checkBars('TopologicalFeaturizer.fit: train', dg[k]);
        for (const [b, d] of dg[k]) {
          if (d === Infinity) continue;
          if (b < lo) lo = b;
          if (d > hi) hi = d;
          if (b < bLo) bLo = b;
          if (b > bHi) bHi = b;
          if (d - b > pMax) pMax = d - b;
        }
      }
      ranges.push(hi > lo ? [lo, hi] : [0, 1]);
      if (!(pMax > 0)) images.push({ bLo: 0, bHi: 0, pMax: 1, sigma: 1 / px });
      else {
        const flat = !(bHi - bLo > 1e-9 * pMax);
        images.push({ bLo, bHi: flat ? bLo : bHi, pMax, sigma: Math.max(pMax, flat ? 0 : bHi - bLo) / px });
      }
    }
    this.ranges = ranges;
    this.images = images;
    return this;
  }

  /** Feature length per sample. */
  get length(): number {
    if (!this.ranges) throw new QuireError('TopologicalFeaturizer: call fit before transform');
    const o = this.options;
    let L = this.ranges.length * (o.layers * o.resolution + SUMMARY_NAMES.length + o.bettiPoints);
    for (const im of this.images) L += this.imageSize(im);
    return L;
  }

  private imageSize(im: { bLo: number; bHi: number }): number {
    const p = this.options.imagePixels;
    return im.bHi > im.bLo ? p * p : p;
  }

  /** Feature names, aligned with the columns of `transform`. */
  names(): string[] {
    const o = this.options;
    const out: string[] = [];
    (this.ranges ?? []).forEach((_, k) => {
      for (let l = 0; l < o.layers; l++) for (let r = 0; r < o.resolution; r++) out.push(`H${k}_landscape${l + 1}_${r}`);
      for (const s of SUMMARY_NAMES) out.push(`H${k}_${s}`);
      for (let r = 0; r < o.bettiPoints; r++) out.push(`H${k}_betti_${r}`);
      const im = this.images[k];
      if (o.imagePixels > 0 && im) {
        const nb = im.bHi > im.bLo ? o.imagePixels : 1;
        for (let i = 0; i < nb; i++) for (let j = 0; j < o.imagePixels; j++) out.push(`H${k}_image_${i}_${j}`);
      }
    });
    return out;
  }

  /** One feature row per sample (samples × length, row-major). */
  transform(samples: readonly Diagrams[]): Float64Array {
    if (!this.ranges) throw new QuireError('TopologicalFeaturizer: call fit before transform');
    const o = this.options;
    const L = this.length;
    const X = new Float64Array(samples.length * L);
    const grids = this.ranges.map(([a, b]) => linspace(a, b, o.resolution));
    const bgrids = this.ranges.map(([a, b]) => linspace(a, b, Math.max(1, o.bettiPoints)));
    samples.forEach((dg, s) => {
      if (!Array.isArray(dg) || dg.length !== this.ranges!.length) {
        throw new QuireError(
          `TopologicalFeaturizer.transform: sample ${s} has ${Array.isArray(dg) ? dg.length : 'no'} diagrams, expected ${this.ranges!.length}`,
        );
      }
      let off = s * L;
      for (let k = 0; k < dg.length; k++) {
        const fin = finiteBars(checkBars(`TopologicalFeaturizer.transform: samples[${s}]`, dg[k]));
        X.set(landscapeKernel(fin, grids[k], o.layers), off);
        off += o.layers * o.resolution;
        X.set(checkSummary('TopologicalFeaturizer.transform', `samples[${s}] bars`, summaryKernel(fin)), off);
        off += SUMMARY_NAMES.length;
        if (o.bettiPoints > 0) {
          X.set(bettiCurve(dg[k], bgrids[k]), off);
          off += o.bettiPoints;
        }
        if (o.imagePixels > 0) {
          const img = imageKernel(fin, this.images[k], o.imagePixels);
          X.set(img, off);
          off += img.length;
        }
      }
    });
    return X;
  }
}
