/**
 * Combining independent p-values: nine methods, one kernel per method over a flat row-major
 * table (rows × cols), with two doors: {@link combinePValues} for one list and
 * {@link combinePValuesRows} for many rows at once (validated once, no per-row allocation).
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions } from '../core/schema.js';
import { cauchySf, normalSf } from '../core/stats.js';
import { assertInteger, assertProbabilities, assertWeights } from '../core/validate.js';
import { chi2EvenCdf, chi2EvenSf, edgingtonPValue, landauSf, normalQuantileFast, tSfFast } from './distributions.js';

/** The combination methods, by name. */
export const COMBINE_METHODS = [
  'fisher',
  'pearson',
  'tippett',
  'stouffer',
  'mudholkar-george',
  'edgington',
  'cauchy',
  'harmonic-mean',
  'min-p-bonferroni',
] as const;
export type CombineMethod = (typeof COMBINE_METHODS)[number];

/** Methods that accept weights (the others reject them rather than ignore them). */
export const WEIGHTED_METHODS: readonly CombineMethod[] = ['stouffer', 'cauchy', 'harmonic-mean', 'min-p-bonferroni'];

/** The parameter schema of {@link combinePValues} (weights are an array, checked separately). */
export const combineSchema = defineSchema({
  method: {
    type: 'enum',
    values: COMBINE_METHODS,
    default: 'fisher',
    description:
      'combination rule: fisher, pearson, tippett, stouffer, mudholkar-george, edgington, cauchy (ACAT), harmonic-mean (HMP), min-p-bonferroni',
  },
});

/** Options of {@link combinePValues} and {@link combinePValuesRows}. */
export interface CombineOptions {
  /** combination rule (default 'fisher') */
  method?: CombineMethod;
  /** non-negative weights, one per p-value, not all zero; only for stouffer, cauchy, harmonic-mean, min-p-bonferroni */
  weights?: ArrayLike<number>;
}

/** A combined test: its statistic and p-value. */
export interface CombineResult {
  statistic: number;
  pvalue: number;
}

/** Many combined tests, one entry per row. */
export interface CombineRowsResult {
  statistic: Float64Array;
  pvalue: Float64Array;
}

const HALF_PI = Math.PI / 2;
/** Wilson's constant 1 + ψ(1) − log(2/π) ≈ 0.874 in the Landau location log L + 0.874. */
const HMP_LOCATION_SHIFT = 1 - 0.5772156649015329 - Math.log(2 / Math.PI);

/**
 * The kernel: combine each row of a row-major table in place into `stat` and `pval`.
 * Trusts its caller: p in [0, 1], weights (if any) of length cols, non-negative, and already
 * normalized as the method needs (sum 1 for cauchy, harmonic-mean, min-p-bonferroni).
 */
function combineKernel(
  method: CombineMethod,
  p: ArrayLike<number>,
  rows: number,
  cols: number,
  w: Float64Array | null,
  stat: Float64Array,
  pval: Float64Array,
): void {
  const m = cols;
  switch (method) {
    case 'fisher':
      for (let r = 0, o = 0; r < rows; r++, o += m) {
        // Σ log p = log Π p, with one log per row unless the running product nears underflow
        let s = 0;
        let prod = 1;
        for (let j = 0; j < m; j++) {
          const q = p[o + j];
          // a factor below 1e-20 (or 0) is logged alone, so the running product never jumps to 0 by underflow
          if (q < 1e-20) {
            s -= Math.log(q);
            continue;
          }
          prod *= q;
          if (prod < 1e-280) {
            s -= Math.log(prod);
            prod = 1;
          }
        }
        s -= Math.log(prod);
        stat[r] = 2 * s;
        pval[r] = chi2EvenSf(s, m);
      }
      return;
    case 'pearson':
      for (let r = 0, o = 0; r < rows; r++, o += m) {
        // Σ log(1 − p): log1p for p < 0.1 (keeps tiny p exact), one log of the product for the rest
        // (there log(1 − p) ≤ −0.105, so rounding 1 − p costs only ~1e-15 relative)
        let s = 0;
        let prod = 1;
        for (let j = 0; j < m; j++) {
          const q = p[o + j];
          if (q < 0.1) s -= Math.log1p(-q);
          else {
            prod *= 1 - q;
            if (prod < 1e-280) {
              s -= Math.log(prod);
              prod = 1;
            }
          }
        }
        s -= Math.log(prod);
        stat[r] = -2 * s;
        pval[r] = chi2EvenCdf(s, m);
      }
      return;
    case 'tippett':
      for (let r = 0, o = 0; r < rows; r++, o += m) {
        let mn = 1;
        for (let j = 0; j < m; j++) if (p[o + j] < mn) mn = p[o + j];
        stat[r] = mn;
        pval[r] = -Math.expm1(m * Math.log1p(-mn));
      }
      return;
    case 'stouffer': {
      let norm = 0;
      if (w) for (let j = 0; j < m; j++) norm += w[j] * w[j];
      const scale = w ? 1 / Math.sqrt(norm) : 1 / Math.sqrt(m);
      for (let r = 0, o = 0; r < rows; r++, o += m) {
        let s = 0;
        if (w) for (let j = 0; j < m; j++) s -= w[j] === 0 ? 0 : w[j] * normalQuantileFast(p[o + j]);
        else for (let j = 0; j < m; j++) s -= normalQuantileFast(p[o + j]);
        const z = s * scale;
        stat[r] = z;
        pval[r] = normalSf(z);
      }
      return;
    }
    case 'mudholkar-george': {
      const nu = 5 * m + 4;
      const factor = (Math.sqrt(3 / m) / Math.PI) * Math.sqrt(nu / (nu - 2));
      for (let r = 0, o = 0; r < rows; r++, o += m) {
        // Σ log((1 − p)/p) as log(Π(1 − p)/Π p), rescaled before under/overflow (1 − p is exact for p ≥ ½,
        // and within one ulp of 1 below, so the statistic keeps an absolute error of a few ulps)
        let s = 0;
        let num = 1;
        let den = 1;
        for (let j = 0; j < m; j++) {
          const q = p[o + j];
          // factors below 1e-20 (or 0) are logged alone: a product that underflowed to 0 would read as a true 0 or 1
          if (q < 1e-20) s -= Math.log(q);
          else den *= q;
          if (1 - q < 1e-20) s += Math.log(1 - q);
          else num *= 1 - q;
          if (num < 1e-280 || den < 1e-280) {
            s += Math.log(num) - Math.log(den);
            num = 1;
            den = 1;
          }
        }
        s += Math.log(num) - Math.log(den);
        stat[r] = s;
        pval[r] = s === Infinity ? 0 : s === -Infinity || Number.isNaN(s) ? (Number.isNaN(s) ? NaN : 1) : tSfFast(s * factor, nu);
      }
      return;
    }
    case 'edgington':
      for (let r = 0, o = 0; r < rows; r++, o += m) {
        let s = 0;
        for (let j = 0; j < m; j++) s += p[o + j];
        stat[r] = s;
        pval[r] = edgingtonPValue(s, m);
      }
      return;
    case 'cauchy':
      for (let r = 0, o = 0; r < rows; r++, o += m) {
        let t = 0;
        // tan((½ − p)π) = 1/tan(pπ): exact for tiny p, where the left form loses all digits
        if (w) for (let j = 0; j < m; j++) t += w[j] === 0 ? 0 : w[j] / Math.tan(Math.PI * p[o + j]);
        else for (let j = 0; j < m; j++) t += 1 / Math.tan(Math.PI * p[o + j]);
        if (!w) t /= m;
        stat[r] = t;
        pval[r] = t === Infinity ? 0 : cauchySf(t);
      }
      return;
    case 'harmonic-mean': {
      // a zero-weight study drops out: L counts the studies with positive weight
      let L = m;
      if (w) for (let j = 0; j < m; j++) if (w[j] === 0) L--;
      const mu = Math.log(L) + HMP_LOCATION_SHIFT;
      for (let r = 0, o = 0; r < rows; r++, o += m) {
        let inv = 0;
        if (w) for (let j = 0; j < m; j++) inv += w[j] === 0 ? 0 : w[j] / p[o + j];
        else for (let j = 0; j < m; j++) inv += 1 / p[o + j];
        if (!w) inv /= m;
        stat[r] = 1 / inv;
        pval[r] = landauSf(inv, mu, HALF_PI);
      }
      return;
    }
    case 'min-p-bonferroni':
      for (let r = 0, o = 0; r < rows; r++, o += m) {
        let mn = Infinity;
        if (w) {
          for (let j = 0; j < m; j++) {
            if (w[j] === 0) continue;
            const q = p[o + j] / (m * w[j]);
            if (q < mn) mn = q;
          }
        } else for (let j = 0; j < m; j++) if (p[o + j] < mn) mn = p[o + j];
        stat[r] = mn;
        pval[r] = Math.min(1, m * mn);
      }
      return;
  }
}

/** Check the options and the weights once; returns the method and the weights as the kernel needs them. */
function prepare(fn: string, opts: CombineOptions | undefined, cols: number): { method: CombineMethod; w: Float64Array | null } {
  const { weights, ...rest } = opts ?? {};
  const { method } = parseOptions(fn, combineSchema, rest);
  if (weights === undefined) return { method, w: null };
  if (!WEIGHTED_METHODS.includes(method)) {
    throw new QuireError(`${fn}: weights are not used by method '${method}' (only by ${WEIGHTED_METHODS.join(', ')})`);
  }
  assertWeights(fn, 'weights', weights, cols, 'each row of p-values');
  const w = Float64Array.from(weights);
  if (method === 'stouffer') {
    // Stouffer is invariant to the scale of w: divide by the largest so ‖w‖² cannot overflow (w = 1e300)
    let mx = 0;
    for (let j = 0; j < cols; j++) mx = Math.max(mx, w[j]);
    for (let j = 0; j < cols; j++) w[j] /= mx;
  } else {
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += w[j];
    for (let j = 0; j < cols; j++) w[j] /= sum;
  }
  return { method, w };
}

/**
 * Combine independent p-values into one test of the global null (all nulls true).
 *
 * With m p-values p_i (weights w_i, normalized to Σw = 1 where noted):
 * - fisher: X = −2 Σ log p_i ~ χ²_{2m}; p = P(χ²_{2m} ≥ X) (exact Poisson sum).
 * - pearson (scipy ≥ 1.9): X = 2 Σ log(1 − p_i); p = P(χ²_{2m} ≤ −X).
 * - tippett: X = min p_i; p = 1 − (1 − X)^m.
 * - stouffer: Z = Σ w_i Φ⁻¹(1 − p_i) / ‖w‖₂ ~ N(0, 1); p = 1 − Φ(Z) (unit weights by default).
 * - mudholkar-george: X = Σ log((1 − p_i)/p_i); p = P(t_ν ≥ X √(3/m)/π · √(ν/(ν − 2))), ν = 5m + 4.
 * - edgington: S = Σ p_i; p = P(Irwin–Hall_m ≤ S), exact (B-spline recurrence, relatively accurate in
 *   the tail), or second-order saddle-point where that would cost more than 4e6 steps (m ≳ 2800).
 * - cauchy (ACAT): T = Σ w_i tan((½ − p_i)π); p = 1/2 − arctan(T)/π (exact under independence,
 *   asymptotically exact in the tail under dependence).
 * - harmonic-mean (HMP): H = 1 / Σ w_i/p_i; p = P(Landau(log m + 0.874, π/2) ≥ 1/H), Wilson's
 *   asymptotically exact calibration (p ≈ H for small H; approximate for small m at large p).
 * - min-p-bonferroni: X = min p_i/(m w_i); p = min(1, m X) (w_i = 1/m by default).
 *
 * p-values of exactly 0 or 1 are allowed; a row holding both can give NaN (as in scipy) for
 * stouffer and mudholkar-george. A study with weight 0 drops out: the result equals combining the
 * others alone (so a zero weight on p = 0 or 1 no longer gives NaN).
 *
 * @param p - p-values, each in [0, 1], non-empty
 * @param options.method - one of {@link COMBINE_METHODS} (default 'fisher')
 * @param options.weights - for stouffer, cauchy, harmonic-mean, min-p-bonferroni: non-negative, length m, not all zero
 * @returns `{ statistic, pvalue }`
 * @throws QuireError if p is empty, non-finite or outside [0, 1]; if the method is unknown; if weights are
 *   given to a method that does not use them, have the wrong length, or are negative or all zero
 * @example combinePValues([0.01, 0.2, 0.3], { method: 'fisher' }) // { statistic: 14.837, pvalue: 0.0215618 }
 * @see Heard & Rubin-Delanchy (2018), "Choosing between methods of combining p-values", Biometrika 105;
 *   Liu & Xie (2020), JASA 115 (ACAT); Wilson (2019), PNAS 116 (HMP); scipy.stats.combine_pvalues
 */
export function combinePValues(p: ArrayLike<number>, options?: CombineOptions): CombineResult {
  const fn = 'combinePValues';
  assertProbabilities(fn, 'p', p);
  const { method, w } = prepare(fn, options, p.length);
  const stat = new Float64Array(1);
  const pval = new Float64Array(1);
  combineKernel(method, p, 1, p.length, w, stat, pval);
  return { statistic: stat[0], pvalue: pval[0] };
}

/**
 * Combine every row of a rows × cols table of p-values (row-major, one test per row), with
 * the same methods and formulas as {@link combinePValues}. Input is checked once and each
 * method runs as one tight loop over the flat array: no per-row allocation or dispatch.
 * @param p - rows·cols p-values in [0, 1], row-major
 * @param rows - number of tests (integer ≥ 1)
 * @param cols - p-values per test (integer ≥ 1)
 * @param options - as in {@link combinePValues}; weights have length cols and apply to every row
 * @returns `{ statistic, pvalue }`, Float64Arrays of length rows
 * @throws QuireError on a shape mismatch, a p-value outside [0, 1] or NaN, or invalid options
 * @example combinePValuesRows(Float64Array.of(0.01, 0.2, 0.3, 0.5, 0.5, 0.5), 2, 3).pvalue // [0.0215618, 0.655185]
 * @see scipy.stats.combine_pvalues(p, axis=1)
 */
export function combinePValuesRows(p: ArrayLike<number>, rows: number, cols: number, options?: CombineOptions): CombineRowsResult {
  const fn = 'combinePValuesRows';
  assertInteger(fn, 'rows', rows, 1);
  assertInteger(fn, 'cols', cols, 1);
  if (p === null || typeof p !== 'object' || p.length !== rows * cols) {
    throw new QuireError(`${fn}: p has length ${p?.length}, expected rows × cols = ${rows * cols}`);
  }
  // one tight pass (NaN fails the negated test); the generic check runs only to name the bad entry
  for (let k = 0; k < p.length; k++) {
    if (!(p[k] >= 0 && p[k] <= 1)) assertProbabilities(fn, 'p', p);
  }
  const { method, w } = prepare(fn, options, cols);
  const statistic = new Float64Array(rows);
  const pvalue = new Float64Array(rows);
  combineKernel(method, p, rows, cols, w, statistic, pvalue);
  return { statistic, pvalue };
}

/**
 * Combine a table given as an array of equal-length rows (e.g. parsed from CSV).
 * @throws QuireError if the table is empty or ragged, or as {@link combinePValuesRows}
 */
export function combinePValuesTable(table: ArrayLike<number>[], options?: CombineOptions): CombineRowsResult {
  const fn = 'combinePValuesTable';
  if (!Array.isArray(table) || table.length === 0) throw new QuireError(`${fn}: table must be a non-empty array of rows`);
  const cols = table[0]?.length ?? 0;
  if (!(cols >= 1)) throw new QuireError(`${fn}: table[0] must be a non-empty row of p-values`);
  const flat = new Float64Array(table.length * cols);
  for (let i = 0; i < table.length; i++) {
    const row = table[i];
    if (row?.length !== cols) throw new QuireError(`${fn}: table is ragged: row ${i} has ${row?.length} entries, expected ${cols}`);
    for (let j = 0; j < cols; j++) flat[i * cols + j] = row[j];
  }
  try {
    return combinePValuesRows(flat, table.length, cols, options);
  } catch (e) {
    throw new QuireError(`${fn}: ${(e as Error).message.replace(/^combinePValuesRows: /, '')}`);
  }
}
