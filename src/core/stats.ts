/**
 * Distributions and summary statistics. CDFs and quantiles come from individual @stdlib
 * packages (accurate to ~1e-15 against scipy). Survival functions use the upper
 * incomplete gamma directly so that far tails keep their relative accuracy, and the
 * normal quantile goes through erfcinv (stdlib's own loses the far tail).
 */
import erfc from '@stdlib/math-base-special-erfc';
import erfcinv from '@stdlib/math-base-special-erfcinv';
import gammainc from '@stdlib/math-base-special-gammainc';
import gammalnStd from '@stdlib/math-base-special-gammaln';
import betainc from '@stdlib/math-base-special-betainc';
import gammaQuantileStd from '@stdlib/stats-base-dists-gamma-quantile';
import betaQuantileStd from '@stdlib/stats-base-dists-beta-quantile';
import tCdfStd from '@stdlib/stats-base-dists-t-cdf';
import tQuantileStd from '@stdlib/stats-base-dists-t-quantile';
import { assertFinite, assertFiniteArray, assertInRange, assertInteger, assertPositive, assertSameLength } from './validate.js';
import { QuireError } from './errors.js';
import { GAMMA_LARGE_SHAPE, log1pmx, logGammaPrefactor, poissonPmf, regularizedGamma, regularizedGammaInverse } from './statsGamma.js';

const SQRT2 = Math.SQRT2;

/** log|Γ(x)|: +∞ at the poles 0, −1, −2, … and at ±∞ (as scipy), and above x ≈ 2.55e305 where lnΓ overflows. */
export function gammaln(x: number): number {
  return x === -Infinity ? Infinity : gammalnStd(x);
}

/**
 * The edge contract of the distributions (issue 16): a NaN evaluation point x gives NaN (as scipy);
 * a NaN or out-of-domain parameter or probability throws a QuireError naming it; and a value the
 * underlying method cannot give (NaN, or a probability outside [0, 1]) throws instead of returning.
 */
function probability(fn: string, name: string, p: number): void {
  if (!(p >= 0 && p <= 1)) throw new QuireError(`${fn}: ${name} must be a probability in [0, 1], got ${p}`);
}

/** A shape or degrees of freedom: finite and > 0. */
function shapeParam(fn: string, name: string, v: number): void {
  assertPositive(fn, name, v);
}

/** Checked result of a CDF or survival function: a probability, NaN only for a NaN x. */
function checkedProb(fn: string, x: number, v: number): number {
  if (v >= 0 && v <= 1) return v;
  if (Number.isNaN(x)) return NaN;
  throw new QuireError(`${fn}: no accurate value at these parameters (the method returned ${v}); x = ${x}`);
}

/**
 * Shapes above which the @stdlib incomplete beta loses accuracy near the mean (2.6e-4 relative at
 * a = b = 1e8, values outside [0, 1] from 1e10; 3e-10 at 1e7 against scipy): beyond it the beta,
 * F and t routines throw a QuireError naming the parameter instead of returning a wrong number.
 */
export const BETA_MAX_SHAPE = 1e7;

function betaShape(fn: string, name: string, v: number): void {
  shapeParam(fn, name, v);
  if (v > BETA_MAX_SHAPE)
    throw new QuireError(`${fn}: ${name} = ${v} exceeds ${BETA_MAX_SHAPE}, beyond which the incomplete beta is not accurate`);
}

/** Standard normal CDF Φ(x) (via erfc, accurate in the lower tail). */
export function normalCdf(x: number, mean = 0, sd = 1): number {
  if (mean !== 0 || sd !== 1) normalParams('normalCdf', mean, sd);
  return 0.5 * erfc(-(x - mean) / sd / SQRT2);
}

function normalParams(fn: string, mean: number, sd: number): void {
  assertFinite(fn, 'mean', mean);
  assertPositive(fn, 'sd', sd);
}

/** Standard normal survival 1 − Φ(x), accurate in the upper tail. */
export function normalSf(x: number, mean = 0, sd = 1): number {
  if (mean !== 0 || sd !== 1) normalParams('normalSf', mean, sd);
  return 0.5 * erfc((x - mean) / sd / SQRT2);
}

/**
 * Normal quantile Φ⁻¹(p), tail-safe: −√2·erfcinv(2p) for p < ½ and its mirror above,
 * matching scipy's ndtri down to p = 1e-300.
 * @param p - probability in [0, 1] (0 → −∞, 1 → +∞)
 * @throws QuireError if p is outside [0, 1] or NaN
 * @example normalQuantile(1e-20) // −9.262340089798408
 */
export function normalQuantile(p: number, mean = 0, sd = 1): number {
  probability('normalQuantile', 'p', p);
  if (mean !== 0 || sd !== 1) normalParams('normalQuantile', mean, sd);
  const z = p < 0.5 ? -SQRT2 * erfcinv(2 * p) : SQRT2 * erfcinv(2 * (1 - p));
  return mean + sd * z;
}

/** Inverse survival function of the standard normal: z with 1 − Φ(z) = q, accurate for tiny q. */
export function normalIsf(q: number): number {
  probability('normalIsf', 'q', q);
  return -normalQuantile(q);
}

/**
 * Regularized incomplete gamma P(a, x) (upper = false) or Q(a, x): stdlib below
 * GAMMA_LARGE_SHAPE (accurate to ~1e-14 there), core/statsGamma above (stdlib is off by 2 % at
 * a = 1000 and NaN from a ≈ 2500).
 */
function incGamma(x: number, a: number, upper: boolean): number {
  if (Number.isNaN(x) || Number.isNaN(a)) return NaN;
  if (x <= 0) return upper ? 1 : 0;
  if (x === Infinity) return upper ? 0 : 1;
  if (a === 0) return upper ? 0 : 1; // shape 0 (e.g. k = 5e-324 halved): a point mass at 0
  if (a < 1e-300) {
    // stdlib is NaN here; Q(a, x) = a·E1(x) + O(a²)
    const q = a * expint1(x);
    return upper ? q : 1 - q;
  }
  return a >= GAMMA_LARGE_SHAPE ? regularizedGamma(a, x, upper) : gammainc(x, a, true, upper);
}

/** Exponential integral E1(x) for x > 0: the power series below 1, the continued fraction above. */
function expint1(x: number): number {
  if (x <= 1) {
    let sum = 0;
    let term = 1;
    for (let k = 1; k < 40; k++) {
      term *= -x / k;
      sum += term / k;
    }
    return -0.5772156649015329 - Math.log(x) - sum;
  }
  // modified Lentz on e^{x} E1(x) = 1/(x + 1 − 1²/(x + 3 − 2²/(x + 5 − …)))
  let b = x + 1;
  let c = 1e300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 200; i++) {
    const an = -i * i;
    b += 2;
    d = 1 / (an * d + b);
    c = b + an / c;
    const del = c * d;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h * Math.exp(-x);
}

/** χ²(k) CDF. @example chi2Cdf(3.84, 1) // 0.94996 */
export function chi2Cdf(x: number, k: number): number {
  shapeParam('chi2Cdf', 'k', k);
  return incGamma(x / 2, k / 2, false);
}

/**
 * χ²(k) survival function, by the upper regularized incomplete gamma (no cancellation), accurate
 * to ~1e-13 relative for any k (Temme's expansion above k = 2e8).
 * @example chi2Sf(2922.54, 3000) // 0.841370… (mpmath)
 */
export function chi2Sf(x: number, k: number): number {
  shapeParam('chi2Sf', 'k', k);
  return incGamma(x / 2, k / 2, true);
}

/**
 * χ²(k) quantile. @example chi2Quantile(0.95, 2000) // 2105.15… (mpmath)
 */
export function chi2Quantile(p: number, k: number): number {
  probability('chi2Quantile', 'p', p);
  shapeParam('chi2Quantile', 'k', k);
  if (k / 2 === 0) return 0; // k = 5e-324: a point mass at 0
  return 2 * gammaQuantileOf('chi2Quantile', p, k / 2, 1);
}

/** Gamma(shape, rate) CDF. */
export function gammaCdf(x: number, shape: number, rate = 1): number {
  shapeParam('gammaCdf', 'shape', shape);
  shapeParam('gammaCdf', 'rate', rate);
  return incGamma(x * rate, shape, false);
}

/** Gamma(shape, rate) survival function. */
export function gammaSf(x: number, shape: number, rate = 1): number {
  shapeParam('gammaSf', 'shape', shape);
  shapeParam('gammaSf', 'rate', rate);
  return incGamma(x * rate, shape, true);
}

/** Gamma(shape, rate) quantile (for shape ≥ 100 by safeguarded Newton on the accurate CDF). */
export function gammaQuantile(p: number, shape: number, rate = 1): number {
  probability('gammaQuantile', 'p', p);
  shapeParam('gammaQuantile', 'shape', shape);
  shapeParam('gammaQuantile', 'rate', rate);
  return gammaQuantileOf('gammaQuantile', p, shape, rate);
}

function gammaQuantileOf(fn: string, p: number, shape: number, rate: number): number {
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  let q = shape >= GAMMA_LARGE_SHAPE ? regularizedGammaInverse(shape, p, false) / rate : gammaQuantileStd(p, shape, rate);
  // stdlib returns NaN for very small shapes (e.g. 5e-301): fall back to the safeguarded Newton inversion
  if (Number.isNaN(q)) q = regularizedGammaInverse(shape, p, false) / rate;
  if (!(q >= 0 && q < Infinity))
    throw new QuireError(`${fn}: the quantile at p = ${p} is not representable for shape = ${shape}, rate = ${rate} (got ${q})`);
  return q;
}

/** Beta(a, b) CDF (regularized incomplete beta). */
export function betaCdf(x: number, a: number, b: number): number {
  betaShape('betaCdf', 'a', a);
  betaShape('betaCdf', 'b', b);
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return checkedProb('betaCdf', x, betainc(x, a, b, true, false));
}

/** Beta(a, b) survival function (upper regularized incomplete beta). */
export function betaSf(x: number, a: number, b: number): number {
  betaShape('betaSf', 'a', a);
  betaShape('betaSf', 'b', b);
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  return checkedProb('betaSf', x, betainc(x, a, b, true, true));
}

/** Beta(a, b) quantile. */
export function betaQuantile(p: number, a: number, b: number): number {
  probability('betaQuantile', 'p', p);
  betaShape('betaQuantile', 'a', a);
  betaShape('betaQuantile', 'b', b);
  const v = betaQuantileStd(p, a, b);
  if (!(v >= 0 && v <= 1)) throw new QuireError(`betaQuantile: no accurate value at a = ${a}, b = ${b} (the method returned ${v})`);
  return v;
}

/** Student t(ν) CDF. */
export function tCdf(x: number, nu: number): number {
  tParam('tCdf', nu);
  if (nu === Infinity) return normalCdf(x);
  // the upper half as 1 − (lower tail): stdlib's own upper half is off by up to 5e-10 absolute
  // (tCdf(5.2508, 41.98) gave 0.99999764767; 1 − 2.35183e-6 is right)
  return checkedProb('tCdf', x, x > 0 ? 1 - tCdfStd(-x, nu) : tCdfStd(x, nu));
}

function tParam(fn: string, nu: number): void {
  if (!(nu > 0)) throw new QuireError(`${fn}: nu must be > 0 (degrees of freedom; Infinity is the normal), got ${nu}`);
}

/** Student t(ν) survival function, by symmetry (accurate in the upper tail). */
export function tSf(x: number, nu: number): number {
  tParam('tSf', nu);
  if (nu === Infinity) return normalSf(x);
  return checkedProb('tSf', x, x < 0 ? 1 - tCdfStd(x, nu) : tCdfStd(-x, nu));
}

/** Student t(ν) quantile. */
export function tQuantile(p: number, nu: number): number {
  probability('tQuantile', 'p', p);
  tParam('tQuantile', nu);
  if (p === 0 || p === 1) return p === 0 ? -Infinity : Infinity;
  const v = nu === Infinity ? normalQuantile(p) : tQuantileStd(p, nu);
  if (!Number.isFinite(v))
    throw new QuireError(`tQuantile: the quantile at p = ${p} exceeds the float64 range for nu = ${nu} (returned ${v})`);
  return v;
}

/** F(d1, d2) CDF. */
export function fCdf(x: number, d1: number, d2: number): number {
  betaShape('fCdf', 'd1', d1 / 2 || d1);
  betaShape('fCdf', 'd2', d2 / 2 || d2);
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  // I_z(d1/2, d2/2) at z = d1 x/(d1 x + d2) = 1/(1 + r), r = d2/(d1 x), formed without overflow (d1·x may
  // exceed 1e308); for z > ½ through the complement 1 − I_{1−z}(d2/2, d1/2) so that the argument stays small
  const r = d2 / d1 / x;
  if (r === Infinity) return 0;
  const v = r >= 1 ? betainc(1 / (1 + r), d1 / 2, d2 / 2, true, false) : betainc(r / (1 + r), d2 / 2, d1 / 2, true, true);
  return checkedProb('fCdf', x, v);
}

/** Standard Cauchy survival function, accurate for large x: atan(1/x)/π. */
export function cauchySf(x: number): number {
  return x > 0 ? Math.atan(1 / x) / Math.PI : 0.5 - Math.atan(x) / Math.PI;
}

/** Standard Cauchy CDF. */
export function cauchyCdf(x: number): number {
  return cauchySf(-x);
}

/** Poisson means above which the noncentral χ² uses the saddle-point approximation (O(√μ) terms below it). */
export const NCX2_SERIES_MAX_MU = 1e10;

/**
 * Noncentral χ²(k, λ) CDF or survival function, as the Poisson(μ = λ/2) mixture
 * Σ_j P(J = j) · T(k/2 + j, x/2) of central tails T = P or Q. Only the term at the Poisson mode
 * calls the incomplete gamma; the others follow by the exact recurrences
 * Q(a + 1, y) = Q(a, y) + D(a), P(a − 1, y) = P(a, y) + D(a − 1), D(a) = y^a e^{−y}/Γ(a + 1),
 * run outward from the mode in the direction where they add (and by the subtracting ones, clamped,
 * in the direction where the terms shrink), until the remaining terms fall below 1e-17 of the sum.
 * No cap on the number of terms: it is O(√μ) by construction. For μ > {@link NCX2_SERIES_MAX_MU}
 * the Lugannani–Rice saddle-point approximation is used (relative error O(1/λ) < 1e-10).
 */
function ncx2(x: number, k: number, lambda: number, upper: boolean): number {
  if (Number.isNaN(x) || Number.isNaN(k) || Number.isNaN(lambda)) return NaN;
  if (lambda === 0) return upper ? chi2Sf(x, k) : chi2Cdf(x, k);
  if (x <= 0) return upper ? 1 : 0;
  if (x === Infinity) return upper ? 0 : 1;
  if (lambda === Infinity || k === Infinity) return upper ? 1 : 0;
  if (x / 2 === 0) return upper ? 1 : 0; // x is the smallest subnormal: x/2 underflows, and so does the mass below it
  const mu = lambda / 2;
  if (mu > NCX2_SERIES_MAX_MU) return ncx2Saddle(x, k, lambda, upper);
  const y = x / 2;
  const a0 = k / 2;
  const jm = Math.floor(mu);
  const wm = poissonPmf(jm, mu);
  const tm = incGamma(y, a0 + jm, upper);
  const dm = Math.exp(logGammaPrefactor(a0 + jm, y));
  // Neumaier-compensated: millions of like-sized terms would otherwise lose ~1e-13
  let sum = wm * tm;
  let comp = 0;
  const add = (v: number): void => {
    const tt = sum + v;
    comp += Math.abs(sum) >= Math.abs(v) ? sum - tt + v : v - tt + sum;
    sum = tt;
  };
  // upward: a → a + 1
  let w = wm;
  let t = tm;
  let d = dm;
  let prev = sum;
  for (let j = jm + 1; ; j++) {
    // recurrences, re-anchored every 256 steps so rounding cannot drift over millions of terms
    if ((j & 255) === 0) {
      t = upper ? t + d : t - d;
      w = poissonPmf(j, mu);
      d = Math.exp(logGammaPrefactor(a0 + j, y));
    } else {
      w *= mu / j;
      t = upper ? t + d : t - d;
      d *= y / (a0 + j);
    }
    if (t < 0) t = 0;
    if (t > 1) t = 1;
    const term = w * t;
    add(term);
    // past the mode the term ratio r decreases, so the rest is at most term·r/(1 − r)
    if (j > mu && term < prev) {
      const r = term / prev;
      if (term * r <= 1e-17 * sum * (1 - r)) break;
    } else if (j > mu && term === 0) break;
    prev = term;
  }
  // downward: a → a − 1
  w = wm;
  t = tm;
  d = dm;
  for (let j = jm - 1; j >= 0; j--) {
    if ((j & 255) === 0) {
      w = poissonPmf(j, mu);
      d = Math.exp(logGammaPrefactor(a0 + j, y)); // D(a0 + j)
    } else {
      w *= (j + 1) / mu;
      if (d !== 0) d *= (a0 + j + 1) / y; // D(a0 + j) (0 stays 0: y may be subnormal)
    }
    t = upper ? t - d : t + d;
    if (t < 0) t = 0;
    if (t > 1) t = 1;
    add(w * t);
    // below the mode the weight ratio j/μ decreases (and Q with it), so the rest is at most w·r/(1 − r)
    const r = j / mu;
    if (w * (upper ? t : 1) * r <= 1e-17 * sum * (1 - r)) break;
  }
  return Math.min(1, Math.max(0, sum + comp));
}

/**
 * Lugannani–Rice saddle-point tail of the noncentral χ²(k, λ), with cumulant generating function
 * K(t) = −(k/2) log(1 − 2t) + λt/(1 − 2t). In u = 1/(1 − 2t̂): k u + λ u² = x,
 * w² = k(u − 1 − log u) + λ(u − 1)² (no cancellation), v = t̂ √K''(t̂), K'' = 2k u² + 4λ u³;
 * sf ≈ Φ̄(w) + φ(w)(1/v − 1/w).
 */
function ncx2Saddle(x: number, k: number, lambda: number, upper: boolean): number {
  const u = x / (k / 2 + Math.hypot(k / 2, Math.sqrt(lambda) * Math.sqrt(x)));
  const um1 = (x - lambda - k) / lambda / (k / lambda + u + 1);
  const w2 = -k * log1pmx(um1) + lambda * um1 * um1;
  const w = (um1 >= 0 ? 1 : -1) * Math.sqrt(Math.max(0, w2));
  const phi = Math.exp(-0.5 * w * w) / Math.sqrt(2 * Math.PI);
  let corr: number;
  if (Math.abs(w) < 1e-6) {
    // the limit of 1/v − 1/w as w → 0: −κ₃/(6 κ₂^{3/2})
    corr = -(1 + lambda / 2 / (k / 2 + lambda)) / (3 * Math.sqrt(k / 2 + lambda));
  } else {
    // v = t̂ √K'' with t̂ = (u − 1)/(2u), K'' = 4u²(k/2 + λu)
    const v = um1 * Math.sqrt(k / 2 + lambda * u);
    corr = 1 / v - 1 / w;
  }
  const sf = normalSf(w) + phi * corr;
  const cdf = normalCdf(w) - phi * corr;
  return Math.min(1, Math.max(0, upper ? sf : cdf));
}

/** Noncentral χ²(k, λ) CDF. @example ncx2Cdf(3, 2, 1) // 0.62064365321954 (scipy.stats.ncx2.cdf) */
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
  if (Number.isFinite(s)) return s / x.length;
  // the sum overflowed (entries near ±1.8e308): average the scaled entries instead
  s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] / x.length;
  return s;
}

/** var(x/c) and the scale c (1 for ordinary magnitudes): variance = v·c², sd = c·√v, so neither overflows early. */
function scaledVariance(x: ArrayLike<number>): { v: number; c: number } {
  let c = 0;
  for (let i = 0; i < x.length; i++) c = Math.max(c, Math.abs(x[i]));
  if (c === 0) return { v: 0, c: 1 };
  if (c < 1e150 && c > 1e-150) c = 1; // ordinary magnitudes: no scaling (bit-identical to the plain formula)
  const m = c === 1 ? mean(x) : mean(Array.from(x, (t) => t / c));
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] / c - m) * (x[i] / c - m);
  return { v: s / (x.length - 1), c };
}

/**
 * Sample variance (divisor n − 1), scaled so that huge entries do not overflow early.
 * @throws QuireError on fewer than 2 or non-finite values, or if the variance itself exceeds the float64 range
 */
export function variance(x: ArrayLike<number>): number {
  assertFiniteArray('variance', 'x', x, { minLength: 2 });
  const { v, c } = scaledVariance(x);
  const out = v * c * c;
  if (!Number.isFinite(out)) throw new QuireError(`variance: the variance of x exceeds the float64 range (largest |x| = ${c})`);
  return out;
}

/** Sample standard deviation (divisor n − 1); finite whenever the entries are. */
export function std(x: ArrayLike<number>): number {
  assertFiniteArray('std', 'x', x, { minLength: 2 });
  const { v, c } = scaledVariance(x);
  return c * Math.sqrt(v);
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
  assertFiniteArray('median', 'x', x);
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
  const lower = m - t * se;
  const upper = m + t * se;
  if (!Number.isFinite(lower) || !Number.isFinite(upper))
    throw new QuireError('meanCI: the interval exceeds the float64 range (entries near ±1.8e308)');
  return { estimate: m, lower, upper, se, level };
}

/**
 * Paired differences a − b: mean with a t interval, and the two-sided t-test p-value.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>, level = 0.95): Estimate & { pvalue: number } {
  assertFiniteArray('pairedDifference', 'a', a, { minLength: 2 });
  assertFiniteArray('pairedDifference', 'b', b, { minLength: 2 });
  assertSameLength('pairedDifference', 'b', b.length, 'a', a.length);
  assertInRange('pairedDifference', 'level', level, 0, 1);
  const d = Array.from(a, (v, i) => v - b[i]);
  assertFiniteArray('pairedDifference', 'a − b (the differences overflow)', d, { minLength: 2 });
  let ci: Estimate;
  try {
    ci = meanCI(d, level);
  } catch (e) {
    throw new QuireError(`pairedDifference: ${(e as Error).message}`);
  }
  const tstat = ci.se > 0 ? ci.estimate / ci.se : ci.estimate === 0 ? 0 : Infinity * Math.sign(ci.estimate);
  const pvalue = Number.isFinite(tstat) ? 2 * tSf(Math.abs(tstat), d.length - 1) : 0;
  return { ...ci, pvalue };
}

/** Wilson score interval for a binomial proportion. */
export function wilsonInterval(successes: number, n: number, level = 0.95): Estimate {
  assertInteger('wilsonInterval', 'n', n, 1);
  assertInteger('wilsonInterval', 'successes', successes, 0, n);
  if (!(level >= 0 && level < 1)) throw new QuireError(`wilsonInterval: level must be in [0, 1), got ${level}`);
  if (!Number.isFinite(n * n)) throw new QuireError(`wilsonInterval: n = ${n} is too large (n² overflows)`);
  const z = normalIsf((1 - level) / 2); // not normalQuantile(0.5 + level/2): that rounds to 1 (z = ∞) near level 1
  const p = successes / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  // clamped to [0, 1] and around p: rounding put the lower end at 2.8e-17 > p = 0 for 0 of 5
  const lower = successes === 0 ? 0 : Math.min(p, Math.max(0, centre - half));
  const upper = successes === n ? 1 : Math.max(p, Math.min(1, centre + half));
  return { estimate: p, lower, upper, se: Math.sqrt((p * (1 - p)) / n), level };
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
  if (![sxx, syy, sxy, slope, intercept, se, sse].every(Number.isFinite)) {
    throw new QuireError('linearRegression: the fit overflows float64 (entries near ±1e308 or spreads near 1e-300); rescale x or y');
  }
  return {
    slope: { estimate: slope, lower: slope - t * se, upper: slope + t * se, se, level },
    intercept,
    r2: syy > 0 ? 1 - sse / syy : 1,
    n,
  };
}
