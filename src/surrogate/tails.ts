/**
 * Tail analysis of surrogate errors over a Monte Carlo test set: the per-sample error
 * distribution (mean, quantiles, maximum) and the errors of the output statistics (mean field,
 * variance field, quantile fields).
 */
import { QuireError } from '../core/errors.js';
import { assertInteger } from '../core/validate.js';

/** Per-sample errors: e_s = max_p |û_sp − u_sp| (sup norm) and ‖û_s − u_s‖₂/‖u_s‖₂ (relative L2). */
export interface SampleErrors {
  max: Float64Array;
  relL2: Float64Array;
}

function checkPair(fn: string, pred: Float64Array, truth: Float64Array, size: number): number {
  assertInteger(fn, 'size', size, 1);
  if (pred.length !== truth.length)
    throw new QuireError(`${fn}: pred has length ${pred.length}, expected ${truth.length} (the length of truth)`);
  if (truth.length === 0 || truth.length % size !== 0)
    throw new QuireError(`${fn}: truth has length ${truth.length}, expected a positive multiple of ${size}`);
  return truth.length / size;
}

/**
 * Per-sample errors of row-major [count, P] predictions against the truth.
 * @throws QuireError on mismatched or empty inputs
 * @example sampleErrors(new Float64Array([1, 2]), new Float64Array([1, 1]), 2).max // [1]
 */
export function sampleErrors(pred: Float64Array, truth: Float64Array, size: number): SampleErrors {
  const n = checkPair('sampleErrors', pred, truth, size);
  const max = new Float64Array(n);
  const relL2 = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    let m = 0;
    let e2 = 0;
    let t2 = 0;
    for (let p = s * size; p < (s + 1) * size; p++) {
      const e = Math.abs(pred[p] - truth[p]);
      if (e > m) m = e;
      e2 += e * e;
      t2 += truth[p] * truth[p];
    }
    max[s] = m;
    relL2[s] = t2 > 0 ? Math.sqrt(e2 / t2) : Math.sqrt(e2);
  }
  return { max, relL2 };
}

/** Sorted copy (typed-array sort). */
function sorted(x: ArrayLike<number>): Float64Array {
  return Float64Array.from(x).sort();
}

/** Quantile of a sorted array, linear interpolation (type 7). */
export function sortedQuantile(s: Float64Array, q: number): number {
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

/** Summary of an error distribution. */
export interface TailSummary {
  count: number;
  mean: number;
  median: number;
  q90: number;
  q99: number;
  q999: number;
  max: number;
  /** max / mean */
  worstOverMean: number;
}

/**
 * Mean, quantiles (50, 90, 99, 99.9 %), maximum and max/mean of per-sample errors.
 * @throws QuireError if e is empty or has a non-finite entry
 * @example tailSummary([1, 1, 1, 9]).worstOverMean // 3
 */
export function tailSummary(e: ArrayLike<number>): TailSummary {
  if (!e || e.length === 0) throw new QuireError('tailSummary: e is empty, expected at least one error');
  let sum = 0;
  for (let i = 0; i < e.length; i++) {
    if (!Number.isFinite(e[i])) throw new QuireError(`tailSummary: e[${i}] is ${e[i]}, expected a finite number`);
    sum += e[i];
  }
  const s = sorted(e);
  const mean = sum / e.length;
  const max = s[s.length - 1];
  return {
    count: e.length,
    mean,
    median: sortedQuantile(s, 0.5),
    q90: sortedQuantile(s, 0.9),
    q99: sortedQuantile(s, 0.99),
    q999: sortedQuantile(s, 0.999),
    max,
    worstOverMean: max / mean,
  };
}

/** Pointwise statistics of an ensemble of fields [count, P]. */
export interface FieldStats {
  mean: Float64Array;
  variance: Float64Array;
  /** one field per requested level */
  quantiles: Float64Array[];
  levels: number[];
}

/**
 * Pointwise mean, (unbiased) variance and quantile fields of row-major [count, P] fields.
 * @param levels - quantile levels in (0, 1) (default [0.05, 0.5, 0.95, 0.99])
 * @throws QuireError on fewer than 2 samples or a bad level
 */
export function fieldStats(fields: Float64Array, size: number, levels: number[] = [0.05, 0.5, 0.95, 0.99]): FieldStats {
  assertInteger('fieldStats', 'size', size, 1);
  const n = fields.length / size;
  if (!(n >= 2) || !Number.isInteger(n)) throw new QuireError(`fieldStats: fields has ${n} rows of ${size}, expected an integer ≥ 2`);
  for (const q of levels) if (!(q > 0 && q < 1)) throw new QuireError(`fieldStats: level ${q} is not in (0, 1)`);
  const mean = new Float64Array(size);
  const variance = new Float64Array(size);
  const quantiles = levels.map(() => new Float64Array(size));
  const col = new Float64Array(n);
  for (let p = 0; p < size; p++) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      col[i] = fields[i * size + p];
      s += col[i];
    }
    const m = s / n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (col[i] - m) ** 2;
    mean[p] = m;
    variance[p] = v / (n - 1);
    col.sort();
    levels.forEach((q, k) => (quantiles[k][p] = sortedQuantile(col, q)));
  }
  return { mean, variance, quantiles, levels };
}

/** Relative sup-norm error max_p|a − b| / max_p|b| of one statistic field. */
export function relativeFieldError(a: Float64Array, b: Float64Array): number {
  let e = 0;
  let s = 0;
  for (let p = 0; p < b.length; p++) {
    e = Math.max(e, Math.abs(a[p] - b[p]));
    s = Math.max(s, Math.abs(b[p]));
  }
  return s > 0 ? e / s : e;
}

/** Relative errors of the surrogate's output statistics against the solver's. */
export interface StatisticErrors {
  mean: number;
  variance: number;
  /** per level */
  quantiles: { level: number; error: number }[];
}

/**
 * Relative sup-norm errors of the mean, variance and quantile fields of the surrogate ensemble
 * against the solver ensemble on the same inputs.
 * @throws QuireError on mismatched inputs
 */
export function statisticErrors(pred: Float64Array, truth: Float64Array, size: number, levels?: number[]): StatisticErrors {
  checkPair('statisticErrors', pred, truth, size);
  const a = fieldStats(pred, size, levels);
  const b = fieldStats(truth, size, levels);
  return {
    mean: relativeFieldError(a.mean, b.mean),
    variance: relativeFieldError(a.variance, b.variance),
    quantiles: b.levels.map((level, k) => ({ level, error: relativeFieldError(a.quantiles[k], b.quantiles[k]) })),
  };
}

/**
 * Indices of the top `fraction` of errors (at least one), largest first.
 * @throws QuireError if fraction is not in (0, 1]
 */
export function worstIndices(e: ArrayLike<number>, fraction: number): Int32Array {
  if (!(fraction > 0 && fraction <= 1)) throw new QuireError(`worstIndices: fraction is ${fraction}, expected in (0, 1]`);
  const k = Math.max(1, Math.round(fraction * e.length));
  const idx = Int32Array.from({ length: e.length }, (_, i) => i);
  // one comparator sort over indices; not a hot path (once per model)
  const order = Array.from(idx).sort((a, b) => e[b] - e[a] || a - b);
  return Int32Array.from(order.slice(0, k));
}
