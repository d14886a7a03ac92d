/**
 * The null distributions behind the combination methods that core/stats does not have:
 * the Irwin–Hall CDF (Edgington), the maximally skewed α = 1 stable law and the Landau
 * distribution (harmonic-mean p-value), and the upper tail of the χ² with even degrees of
 * freedom as a Poisson sum (Fisher, Pearson: exact and fast enough for millions of rows).
 */
import { gammaln, normalCdf, tSf } from '../core/stats.js';
import { integrate } from './quadrature.js';

/**
 * Largest number of p-values for which Edgington's method uses the exact Irwin–Hall CDF;
 * above it, the normal approximation N(m/2, m/12). At m = 30 the alternating sum, evaluated
 * on the lower half (s ≤ m/2, upper half by symmetry), agrees with exact rational arithmetic
 * to 2e-10 relative (fixtures/irwin-hall.json); the normal approximation's absolute error is
 * below 1.2e-3 at m = 31 and shrinks like 1/m.
 */
export const EDGINGTON_EXACT_MAX_M = 30;

/**
 * Irwin–Hall CDF: P(U₁ + … + U_m ≤ s) for independent U_i ~ Uniform(0, 1),
 * F(s) = (1/m!) Σ_{k=0}^{⌊s⌋} (−1)^k C(m, k) (s − k)^m, computed on the lower half (upper
 * half by F(s) = 1 − F(m − s)) so that the tail stays relatively accurate. Inner kernel:
 * m is a positive integer ≤ {@link EDGINGTON_EXACT_MAX_M} for full accuracy.
 * @param s - the sum (any real; clamps to 0 below 0 and 1 above m)
 * @param m - the number of uniforms (integer ≥ 1)
 * @returns F(s)
 * @example irwinHallCdf(0.5, 3) // 1/48
 * @see Irwin (1927), Hall (1927); Edgington (1972), "An additive method for combining probability values"
 */
export function irwinHallCdf(s: number, m: number, coef: Float64Array = irwinHallCoefficients(m)): number {
  if (!(s > 0)) return 0;
  if (s >= m) return 1;
  if (s > m / 2) return 1 - irwinHallCdf(m - s, m, coef);
  let sum = 0;
  const kMax = Math.floor(s);
  for (let k = 0; k <= kMax; k++) {
    const t = coef[k] * Math.pow(s - k, m);
    sum += k % 2 === 0 ? t : -t;
  }
  return Math.min(1, Math.max(0, sum));
}

/** The coefficients C(m, k)/m! = 1/(k!(m − k)!), k = 0..m, of {@link irwinHallCdf}; compute once per m. */
export function irwinHallCoefficients(m: number): Float64Array {
  const c = new Float64Array(m + 1);
  for (let k = 0; k <= m; k++) c[k] = Math.exp(-gammaln(k + 1) - gammaln(m - k + 1));
  return c;
}

/**
 * Edgington's combined p-value P(Σ U_i ≤ s): exact Irwin–Hall for m ≤ {@link EDGINGTON_EXACT_MAX_M},
 * else the normal approximation Φ((s − m/2)/√(m/12)).
 */
export function edgingtonPValue(s: number, m: number, coef: Float64Array | null = null): number {
  return m <= EDGINGTON_EXACT_MAX_M ? irwinHallCdf(s, m, coef ?? irwinHallCoefficients(m)) : normalCdf((s - m / 2) / Math.sqrt(m / 12));
}

/**
 * Student-t survival P(T_ν > t) for integer ν, fast: the finite trigonometric series of
 * Abramowitz & Stegun 26.7.3–26.7.4 for A(t|ν) = P(|T| ≤ t), with x = ν/(ν + t²) = cos²θ,
 * sf = (1 − A)/2. Where that difference would cancel (sf < 1e-3), or for ν > 400, it defers
 * to core/stats tSf, so the relative error stays below ~1e-12 everywhere. Inner kernel.
 * @param t - any real
 * @param nu - degrees of freedom (integer ≥ 1)
 */
export function tSfFast(t: number, nu: number): number {
  if (nu > 400 || !Number.isFinite(t)) return tSf(t, nu);
  const neg = t < 0;
  const at = Math.abs(t);
  const c2 = nu / (nu + at * at); // cos²θ
  const sn = at / Math.sqrt(nu + at * at); // sin θ
  let a: number;
  if (nu % 2 === 0) {
    let term = 1;
    let sum = 1;
    for (let k = 1; k <= nu / 2 - 1; k++) {
      term *= (c2 * (2 * k - 1)) / (2 * k);
      sum += term;
    }
    a = sn * sum;
  } else {
    const theta = Math.atan(at / Math.sqrt(nu));
    if (nu === 1) a = (2 / Math.PI) * theta;
    else {
      let term = 1;
      let sum = 1;
      for (let k = 1; k <= (nu - 3) / 2; k++) {
        term *= (c2 * (2 * k)) / (2 * k + 1);
        sum += term;
      }
      a = (2 / Math.PI) * (theta + sn * Math.sqrt(c2) * sum);
    }
  }
  const upper = 0.5 * (1 - a);
  if (upper < 1e-3) return neg ? 1 - tSf(at, nu) : tSf(at, nu);
  return neg ? 1 - upper : upper;
}

/**
 * Upper tail of χ² with 2m degrees of freedom at x = 2h, as a Poisson sum:
 * P(χ²_{2m} > 2h) = e^{−h} Σ_{k<m} h^k/k!. Exact in floating point (no cancellation); for
 * h > 700 the sum runs backwards from its largest term in the log domain. Inner kernel.
 * @param h - half the statistic (≥ 0, may be +∞)
 * @param m - half the degrees of freedom (integer ≥ 1)
 */
export function chi2EvenSf(h: number, m: number): number {
  if (!(h > 0)) return h === 0 ? 1 : NaN;
  if (h === Infinity) return 0;
  if (h < 700) {
    let term = Math.exp(-h);
    let sum = term;
    for (let k = 1; k < m; k++) {
      term *= h / k;
      sum += term;
      if (k > h && term < 1e-17 * sum) break;
    }
    return Math.min(1, sum);
  }
  // log P = −h + (m−1) log h − log (m−1)! + log Σ_{j=0}^{m−1} Π (terms relative to the last)
  let rel = 1;
  let sum = 1;
  for (let k = m - 1; k >= 1; k--) {
    rel *= k / h;
    sum += rel;
    if (rel < 1e-17 * sum) break;
  }
  return Math.exp(-h + (m - 1) * Math.log(h) - gammaln(m) + Math.log(sum));
}

/**
 * Lower tail of χ² with 2m degrees of freedom at x = 2h: P(χ²_{2m} ≤ 2h) = P(Poisson(h) ≥ m),
 * by the series e^{−h} Σ_{k≥m} h^k/k! when h < m (relatively accurate in the lower tail) and by
 * 1 − {@link chi2EvenSf} otherwise. Inner kernel.
 */
export function chi2EvenCdf(h: number, m: number): number {
  if (!(h > 0)) return h === 0 ? 0 : NaN;
  if (h >= m) return 1 - chi2EvenSf(h, m);
  let term = Math.exp(-h + m * Math.log(h) - gammaln(m + 1));
  let sum = term;
  for (let k = m + 1; ; k++) {
    term *= h / k;
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return Math.min(1, sum);
}

const HALF_PI = Math.PI / 2;
const LOG_2_OVER_PI = Math.log(2 / Math.PI);

/**
 * Survival function of the maximally skewed stable law with α = 1, β = 1 in Nolan's S1
 * (= S0 at unit scale) parameterization, by Nolan's integral representation
 * P(Z > x) = (1/π) ∫_{−π/2}^{π/2} (1 − exp(−e^{−πx/2} V(θ))) dθ,
 * V(θ) = (2/π) ((π/2 + θ)/cos θ) exp((π/2 + θ) tan θ), evaluated in the log domain.
 * @param x - any real
 * @returns P(Z > x) (accurate to ~1e-10 relative; tail ~ (2/π)/x)
 * @example stableSfAlpha1(0) // 0.6347612984876252 (scipy.stats.levy_stable.sf(0, 1, 1))
 * @see Nolan (1997), "Numerical calculation of stable densities and distribution functions", Theorem 1
 */
export function stableSfAlpha1(x: number): number {
  if (x === Infinity) return 0;
  if (x === -Infinity) return 1;
  // leading tail term; its relative error, O(log x / x), is below 1e-10 past x = 1e12
  if (x > 1e12) return 2 / (Math.PI * x);
  const a = -HALF_PI * x;
  // in s = π/2 − θ ∈ (0, π): log V = log(2/π) + log((π − s)/sin s) + (π − s) cot s, decreasing in s
  const logit = (s: number): number =>
    a + LOG_2_OVER_PI + Math.log((Math.PI - s) / Math.sin(s)) + ((Math.PI - s) * Math.cos(s)) / Math.sin(s);
  const g = (s: number): number => -Math.expm1(-Math.exp(logit(s)));
  let total: number;
  if (x <= 20) {
    total = integrate(g, 0, Math.PI, { relTol: 1e-11 });
  } else {
    // Far out, the integrand steps from 1 to 0 in a layer of width δ ≈ s*²/π around s* ≈ 2/x, where
    // a + log V(s*) = 0: place breakpoints geometrically on both sides so no piece misses the layer.
    let lo = 1e-300;
    let hi = Math.PI;
    for (let i = 0; i < 200 && hi / lo > 1 + 1e-13; i++) {
      const mid = Math.sqrt(lo * hi);
      if (logit(mid) > 0) lo = mid;
      else hi = mid;
    }
    const sStar = hi;
    const delta = (sStar * sStar) / Math.PI;
    const points = [0];
    const below: number[] = [];
    for (let k = 0; sStar - delta * 2 ** k > 0; k++) below.push(sStar - delta * 2 ** k);
    points.push(...below.reverse(), sStar);
    for (let k = 0; sStar + delta * 2 ** k < Math.PI; k++) points.push(sStar + delta * 2 ** k);
    points.push(Math.PI);
    total = 0;
    for (let i = 0; i + 1 < points.length; i++) total += integrate(g, points[i], points[i + 1], { relTol: 1e-12 });
  }
  return Math.min(1, Math.max(0, total / Math.PI));
}

/**
 * Survival function of the Landau distribution with location μ and scale σ as parameterized in
 * Wilson's harmonicmeanp (`pLandau`: FMStable's extremal stable law, α = 1, S0): P(μ + σZ > x)
 * with Z as in {@link stableSfAlpha1}.
 */
export function landauSf(x: number, mu: number, sigma: number): number {
  return stableSfAlpha1((x - mu) / sigma);
}

/**
 * Standard normal quantile Φ⁻¹(p) by Wichura's algorithm AS 241 (PPND16): a rational
 * approximation in three regions (|p − ½| ≤ 0.425; then in r = √(−log min(p, 1 − p)) up to 5 and
 * beyond), accurate to about 1e-16 relative down to p = 1e-300 and several times faster than an
 * erfcinv-based quantile; the hot path of Stouffer's method. Inner kernel: p in [0, 1].
 * @param p - probability in [0, 1] (0 → −∞, 1 → +∞)
 * @example normalQuantileFast(0.975) // 1.959963984540054
 * @see Wichura (1988), "Algorithm AS 241: The percentage points of the normal distribution", Appl. Statist. 37(3)
 */
export function normalQuantileFast(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2509.0809287301227 * r + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) * r + 13731.69376550946) * r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((5226.495278852854 * r + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) * r + 5394.196021424751) * r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  if (r <= 0) return q < 0 ? -Infinity : Infinity;
  r = Math.sqrt(-Math.log(r));
  let v: number;
  if (r <= 5) {
    r -= 1.6;
    v =
      (((((((0.0007745450142783414 * r + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((1.0507500716444169e-9 * r + 0.0005475938084995345) * r + 0.015198666563616457) * r + 0.14810397642748008) * r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1);
  } else {
    r -= 5;
    v =
      (((((((2.0103343992922881e-7 * r + 2.7115555687434876e-5) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((2.0442631033899397e-15 * r + 1.421511758316446e-7) * r + 1.8463183175100548e-5) * r + 0.0007868691311456133) * r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1);
  }
  return q < 0 ? -v : v;
}
