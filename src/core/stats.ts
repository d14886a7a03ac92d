/**
 * Distributions and summary statistics. CDFs and quantiles come from individual @stdlib
 * packages (accurate to ~1e-15 against scipy). Survival functions use the upper
 * incomplete gamma directly so that far tails keep their relative accuracy, and the
 * normal quantile goes through erfcinv (stdlib's own loses the far tail).
 */
import erfc from '@stdlib/math-base-special-erfc';
import erfcinv from '@stdlib/math-base-special-erfcinv';
import gammainc from '@stdlib/math-base-special-gammainc';
import gammaln from '@stdlib/math-base-special-gammaln';
import betainc from '@stdlib/math-base-special-betainc';
import chisqQuantileStd from '@stdlib/stats-base-dists-chisquare-quantile';
import gammaQuantileStd from '@stdlib/stats-base-dists-gamma-quantile';
import betaQuantileStd from '@stdlib/stats-base-dists-beta-quantile';
import tCdfStd from '@stdlib/stats-base-dists-t-cdf';
import tQuantileStd from '@stdlib/stats-base-dists-t-quantile';
import fCdfStd from '@stdlib/stats-base-dists-f-cdf';
import { assertFiniteArray, assertInRange, assertInteger, assertSameLength } from './validate.js';

const SQRT2 = Math.SQRT2;

export { gammaln };

/** Standard normal CDF Φ(x) (via erfc, accurate in the lower tail). */
export function normalCdf(x: number, mean = 0, sd = 1): number {
  return 0.5 * erfc(-(x - mean) / (sd * SQRT2));
}

/** Standard normal survival 1 − Φ(x), accurate in the upper tail. */
export function normalSf(x: number, mean = 0, sd = 1): number {
  return 0.5 * erfc((x - mean) / (sd * SQRT2));
}

/**
 * Normal quantile Φ⁻¹(p), tail-safe: −√2·erfcinv(2p) for p < ½ and its mirror above,
 * matching scipy's ndtri down to p = 1e-300.
 * @example normalQuantile(1e-20) // −9.262340089798408
 */
export function normalQuantile(p: number, mean = 0, sd = 1): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  const z = p < 0.5 ? -SQRT2 * erfcinv(2 * p) : SQRT2 * erfcinv(2 * (1 - p));
  return mean + sd * z;
}

/** Inverse survival function of the standard normal: z with 1 − Φ(z) = q, accurate for tiny q. */
export function normalIsf(q: number): number {
  return -normalQuantile(q);
}

/** χ²(k) CDF. */
export function chi2Cdf(x: number, k: number): number {
  if (x <= 0) return 0;
  return gammainc(x / 2, k / 2, true, false);
}

/** χ²(k) survival function, by the upper regularized incomplete gamma (no cancellation). */
export function chi2Sf(x: number, k: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, k / 2, true, true);
}

/** χ²(k) quantile. */
export function chi2Quantile(p: number, k: number): number {
  return chisqQuantileStd(p, k);
}

/** Gamma(shape, rate) CDF. */
export function gammaCdf(x: number, shape: number, rate = 1): number {
  if (x <= 0) return 0;
  return gammainc(x * rate, shape, true, false);
}

/** Gamma(shape, rate) survival function. */
export function gammaSf(x: number, shape: number, rate = 1): number {
  if (x <= 0) return 1;
  return gammainc(x * rate, shape, true, true);
}

/** Gamma(shape, rate) quantile. */
export function gammaQuantile(p: number, shape: number, rate = 1): number {
  return gammaQuantileStd(p, shape, rate);
}

/** Beta(a, b) CDF (regularized incomplete beta). */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return betainc(x, a, b, true, false);
}

/** Beta(a, b) survival function (upper regularized incomplete beta). */
export function betaSf(x: number, a: number, b: number): number {
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  return betainc(x, a, b, true, true);
}

/** Beta(a, b) quantile. */
export function betaQuantile(p: number, a: number, b: number): number {
  return betaQuantileStd(p, a, b);
}

/** Student t(ν) CDF. */
export function tCdf(x: number, nu: number): number {
  return tCdfStd(x, nu);
}

/** Student t(ν) survival function, by symmetry (accurate in the upper tail). */
export function tSf(x: number, nu: number): number {
  return tCdfStd(-x, nu);
}

/** Student t(ν) quantile. */
export function tQuantile(p: number, nu: number): number {
  return tQuantileStd(p, nu);
}

/** F(d1, d2) CDF. */
export function fCdf(x: number, d1: number, d2: number): number {
  return fCdfStd(x, d1, d2);
}

/** Standard Cauchy survival function, accurate for large x: atan(1/x)/π. */
export function cauchySf(x: number): number {
  return x > 0 ? Math.atan(1 / x) / Math.PI : 0.5 - Math.atan(x) / Math.PI;
}

/** Standard Cauchy CDF. */
export function cauchyCdf(x: number): number {
  return cauchySf(-x);
}

function poissonLogPmf(j: number, mu: number): number {
  return j * Math.log(mu) - mu - gammaln(j + 1);
}

/**
 * Noncentral χ²(k, λ) CDF or survival function, as the Poisson(λ/2) mixture of central
 * χ²(k + 2j), summed outward from the mode until the remaining weight is < 1e-17.
 */
function ncx2(x: number, k: number, lambda: number, upper: boolean): number {
  if (lambda === 0) return upper ? chi2Sf(x, k) : chi2Cdf(x, k);
  if (x <= 0) return upper ? 1 : 0;
  const mu = lambda / 2;
  const mode = Math.floor(mu);
  const term = (j: number) => Math.exp(poissonLogPmf(j, mu)) * (upper ? chi2Sf(x, k + 2 * j) : chi2Cdf(x, k + 2 * j));
  let sum = term(mode);
  for (let j = mode + 1; ; j++) {
    const w = Math.exp(poissonLogPmf(j, mu));
    sum += term(j);
    if (w < 1e-17 && j > mu) break;
    if (j - mode > 100000) break;
  }
  for (let j = mode - 1; j >= 0; j--) {
    const w = Math.exp(poissonLogPmf(j, mu));
    sum += term(j);
    if (w < 1e-17) break;
  }
  return Math.min(1, Math.max(0, sum));
}

/** Noncentral χ²(k, λ) CDF. @example ncx2Cdf(3, 2, 1) // 0.62064365321954 (scipy.stats.ncx2.cdf) (scipy.stats.ncx2.cdf) */
export function ncx2Cdf(x: number, k: number, lambda: number): number {
  return ncx2(x, k, lambda, false);
}

/** Noncentral χ²(k, λ) survival function. */
export function ncx2Sf(x: number, k: number, lambda: number): number {
  return ncx2(x, k, lambda, true);
}

// ---------------------------------------------------------------- summaries

/** Arithmetic mean. @throws QuireError on empty or non-finite input */
export function mean(x: ArrayLike<number>): number {
  assertFiniteArray('mean', 'x', x);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}

/** Sample variance (divisor n − 1). */
export function variance(x: ArrayLike<number>): number {
  assertFiniteArray('variance', 'x', x, { minLength: 2 });
  const m = mean(x);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] - m) * (x[i] - m);
  return s / (x.length - 1);
}

/** Sample standard deviation (divisor n − 1). */
export function std(x: ArrayLike<number>): number {
  return Math.sqrt(variance(x));
}

/** Quantile with linear interpolation between order statistics (numpy's default, type 7). */
export function quantile(x: ArrayLike<number>, q: number): number {
  assertFiniteArray('quantile', 'x', x);
  assertInRange('quantile', 'q', q, 0, 1);
  const s = Float64Array.from(x).sort();
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

/** Median. */
export function median(x: ArrayLike<number>): number {
  return quantile(x, 0.5);
}

/** An estimate with a confidence interval. */
export interface Estimate {
  estimate: number;
  lower: number;
  upper: number;
  /** standard error of the estimate */
  se: number;
  /** confidence level of [lower, upper] */
  level: number;
}

/** Mean with a t-based confidence interval. */
export function meanCI(x: ArrayLike<number>, level = 0.95): Estimate {
  assertFiniteArray('meanCI', 'x', x, { minLength: 2 });
  assertInRange('meanCI', 'level', level, 0, 1);
  const m = mean(x);
  const se = std(x) / Math.sqrt(x.length);
  const t = tQuantile(0.5 + level / 2, x.length - 1);
  return { estimate: m, lower: m - t * se, upper: m + t * se, se, level };
}

/**
 * Paired differences a − b: mean with a t interval, and the two-sided t-test p-value.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>, level = 0.95): Estimate & { pvalue: number } {
  assertFiniteArray('pairedDifference', 'a', a, { minLength: 2 });
  assertFiniteArray('pairedDifference', 'b', b, { minLength: 2 });
  assertSameLength('pairedDifference', 'b', b.length, 'a', a.length);
  const d = Array.from(a, (v, i) => v - b[i]);
  const ci = meanCI(d, level);
  const tstat = ci.se > 0 ? ci.estimate / ci.se : ci.estimate === 0 ? 0 : Infinity * Math.sign(ci.estimate);
  const pvalue = Number.isFinite(tstat) ? 2 * tSf(Math.abs(tstat), d.length - 1) : 0;
  return { ...ci, pvalue };
}

/** Wilson score interval for a binomial proportion. */
export function wilsonInterval(successes: number, n: number, level = 0.95): Estimate {
  assertInteger('wilsonInterval', 'n', n, 1);
  assertInteger('wilsonInterval', 'successes', successes, 0, n);
  const z = normalQuantile(0.5 + level / 2);
  const p = successes / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { estimate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), se: Math.sqrt((p * (1 - p)) / n), level };
}

/** Ordinary least-squares line y = intercept + slope·x, with a t interval on the slope. */
export interface LinearFit {
  slope: Estimate;
  intercept: number;
  r2: number;
  n: number;
}

/**
 * Simple linear regression (e.g. of log-log data for a rate exponent).
 * @throws QuireError if fewer than 3 points, lengths differ, or x is constant
 */
export function linearRegression(x: ArrayLike<number>, y: ArrayLike<number>, level = 0.95): LinearFit {
  assertFiniteArray('linearRegression', 'x', x, { minLength: 3 });
  assertFiniteArray('linearRegression', 'y', y, { minLength: 3 });
  assertSameLength('linearRegression', 'y', y.length, 'x', x.length);
  const n = x.length;
  const mx = mean(x);
  const my = mean(y);
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - mx) ** 2;
    sxy += (x[i] - mx) * (y[i] - my);
    syy += (y[i] - my) ** 2;
  }
  if (!(sxx > 0)) {
    assertInRange('linearRegression', 'the spread of x', sxx, Number.MIN_VALUE, Infinity);
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (y[i] - intercept - slope * x[i]) ** 2;
  const se = Math.sqrt(sse / (n - 2) / sxx);
  const t = tQuantile(0.5 + level / 2, n - 2);
  return {
    slope: { estimate: slope, lower: slope - t * se, upper: slope + t * se, se, level },
    intercept,
    r2: syy > 0 ? 1 - sse / syy : 1,
    n,
  };
}
