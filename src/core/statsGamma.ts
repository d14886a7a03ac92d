/**
 * Regularized incomplete gamma functions P(a, x), Q(a, x) for large shapes, and the pieces
 * that keep them accurate: Loader's Stirling error and deviance (so x^a e^{−x}/Γ(a + 1) keeps
 * full relative precision when a and x are both large), the power series and Legendre's
 * continued fraction with a relative stopping rule, and Temme's uniform asymptotic expansion
 * for very large a. core/stats uses these where @stdlib/math-base-special-gammainc is
 * inaccurate (a ≥ {@link GAMMA_LARGE_SHAPE}: at a = 1000 stdlib is off by 2 %, at a ≥ 2500 it
 * returns NaN). Inner kernels: callers check their arguments.
 * @see Loader (2000), "Fast and accurate computation of binomial probabilities";
 *   Temme (1979), "The asymptotic expansion of the incomplete gamma functions", SIAM J. Math. Anal. 10;
 *   DLMF §8.12; Numerical Recipes §6.2
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import erfc from '@stdlib/math-base-special-erfc';

/** Shapes from which core/stats uses this module instead of stdlib's gammainc. */
export const GAMMA_LARGE_SHAPE = 100;
/** Shapes from which Temme's uniform expansion (two terms, relative error O(a⁻²)) replaces the series. */
export const GAMMA_TEMME_SHAPE = 1e8;

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * log(1 + t) − t, accurate for small |t| (series) and elsewhere.
 * @param t - > −1
 */
export function log1pmx(t: number): number {
  if (Math.abs(t) < 0.25) {
    // −t²/2 + t³/3 − t⁴/4 + …
    let term = t;
    let sum = 0;
    for (let k = 2; k < 200; k++) {
      term *= -t;
      const add = term / k;
      sum += add;
      if (Math.abs(add) <= 1e-17 * Math.abs(sum)) break;
    }
    return sum;
  }
  return Math.log1p(t) - t;
}

/**
 * Stirling's error δ(a) = log Γ(a + 1) − (a + ½) log a + a − ½ log(2π), for a > 0
 * (asymptotic series for a ≥ 10, accurate to ~1e-17 absolute; direct difference below).
 */
export function stirlerr(a: number): number {
  if (a >= 10) {
    const r = 1 / (a * a);
    // 1/12, 1/360, 1/1260, 1/1680, 1/1188, 691/360360, 1/156
    return (1 / 12 - r * (1 / 360 - r * (1 / 1260 - r * (1 / 1680 - r * (1 / 1188 - r * (691 / 360360 - (r * 1) / 156)))))) / a;
  }
  return gammaln(a + 1) - (a + 0.5) * Math.log(a) + a - LOG_SQRT_2PI;
}

/**
 * Loader's deviance term bd0(a, x) = a log(a/x) + x − a ≥ 0, without cancellation when a ≈ x.
 * @param a - > 0
 * @param x - > 0
 */
export function bd0(a: number, x: number): number {
  if (Math.abs(a - x) < 0.1 * (a + x)) {
    const v = (a - x) / (a + x);
    let s = (a - x) * v;
    let ej = 2 * a * v;
    const v2 = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v2;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  const t = (x - a) / a;
  // −a·(log(1 + t) − t) keeps ~1e-16 relative for moderate t; far out, the direct form has no cancellation
  if (t > -0.5 && t < 1) return -a * log1pmx(t);
  return a * (Math.log(a) - Math.log(x)) + x - a;
}

/**
 * log of x^a e^{−x}/Γ(a + 1) (the Poisson "density" at a with mean x, for real a > 0, x > 0),
 * through Loader's form −δ(a) − bd0(a, x) − ½ log(2πa) for a ≥ 10, so that it keeps its absolute
 * accuracy (~1e-15) even when a log x and x are both of order 1e7 or more.
 */
export function logGammaPrefactor(a: number, x: number): number {
  if (a >= 10) return -stirlerr(a) - bd0(a, x) - LOG_SQRT_2PI - 0.5 * Math.log(a);
  return a * Math.log(x) - x - gammaln(a + 1);
}

/**
 * Poisson probability P(N = k) for N ~ Poisson(mu), k ≥ 0 integer, relatively accurate (Loader).
 */
export function poissonPmf(k: number, mu: number): number {
  if (mu === 0) return k === 0 ? 1 : 0;
  if (k === 0) return Math.exp(-mu);
  return Math.exp(logGammaPrefactor(k, mu));
}

/**
 * Temme's uniform asymptotic expansion (DLMF 8.12.3–8.12.4, two terms c₀, c₁):
 * Q(a, x) = ½ erfc(η√(a/2)) + R, P(a, x) = ½ erfc(−η√(a/2)) − R,
 * R = e^{−aη²/2}/√(2πa) (c₀(η) + c₁(η)/a), λ = x/a, η = sign(λ − 1)√(2(λ − 1 − log λ)).
 * Relative error O(a⁻²): below 1e-15 for a ≥ {@link GAMMA_TEMME_SHAPE}.
 */
function temme(a: number, x: number, upper: boolean): number {
  const t = (x - a) / a; // λ − 1
  const half = -log1pmx(t); // λ − 1 − log λ ≥ 0
  const eta = (t >= 0 ? 1 : -1) * Math.sqrt(2 * half);
  let c0: number;
  let c1: number;
  if (Math.abs(eta) < 1e-3) {
    // Taylor series (DLMF 8.12.10–8.12.11 coefficients)
    c0 = -1 / 3 + eta * (1 / 12 + eta * (-2 / 135 + eta * (1 / 864)));
    c1 = -1 / 540 + eta * (-1 / 288 + eta * (1 / 378));
  } else {
    c0 = 1 / t - 1 / eta;
    c1 = 1 / (eta * eta * eta) - 1 / (t * t * t) - 1 / (t * t) - 1 / (12 * t);
  }
  const r = (Math.exp(-a * half) / Math.sqrt(2 * Math.PI * a)) * (c0 + c1 / a);
  const s = eta * Math.sqrt(a / 2);
  const v = upper ? 0.5 * erfc(s) + r : 0.5 * erfc(-s) - r;
  return Math.min(1, Math.max(0, v));
}

/** P(a, x) by the power series e^{−x}x^a/Γ(a + 1) Σ_n x^n/((a + 1)…(a + n)); for x < a + 1. */
function lowerSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 10_000_000; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return Math.exp(logGammaPrefactor(a, x) + Math.log(sum));
}

/** Q(a, x) by Legendre's continued fraction (modified Lentz); for x ≥ a + 1. */
function upperFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  // e^{−x} x^a / Γ(a) = a · e^{−x} x^a / Γ(a + 1)
  return Math.exp(logGammaPrefactor(a, x) + Math.log(a * h));
}

/**
 * Regularized incomplete gamma, lower P(a, x) or upper Q(a, x) = 1 − P(a, x), for a > 0, x ≥ 0
 * (x may be +∞). Relative accuracy ~1e-14 in the smaller of the two tails; the series and the
 * fraction need O(√a) steps near x = a, so above {@link GAMMA_TEMME_SHAPE} Temme's expansion is used.
 */
export function regularizedGamma(a: number, x: number, upper: boolean): number {
  if (Number.isNaN(a) || Number.isNaN(x)) return NaN;
  if (!(x > 0)) return upper ? 1 : 0;
  if (x === Infinity) return upper ? 0 : 1;
  if (a >= GAMMA_TEMME_SHAPE) return temme(a, x, upper);
  if (x < a + 1) {
    const p = lowerSeries(a, x);
    return upper ? 1 - p : p;
  }
  const q = upperFraction(a, x);
  return upper ? q : 1 - q;
}

/**
 * Quantile of the regularized lower incomplete gamma: x with P(a, x) = p (upper = false) or
 * Q(a, x) = p (upper = true), by Newton steps on the log scale from the Wilson–Hilferty start,
 * safeguarded by a bracket; converges to ~1e-15 relative. Inner kernel: a > 0, p in [0, 1].
 */
export function regularizedGammaInverse(a: number, p: number, upper: boolean): number {
  if (Number.isNaN(a) || Number.isNaN(p)) return NaN;
  const pl = upper ? 1 - p : p;
  if (upper ? p >= 1 : p <= 0) return 0;
  if (upper ? p <= 0 : p >= 1) return Infinity;
  // work with the smaller tail for accuracy
  const useUpper = upper ? p < 0.5 : p > 0.5;
  const target = useUpper ? (upper ? p : 1 - p) : pl;
  const f = (x: number): number => regularizedGamma(a, x, useUpper) - target;
  // Wilson–Hilferty start: (x/a)^{1/3} ≈ 1 − 1/(9a) + z/(3√a)
  const z = normalQuantileTail(pl);
  const c = 1 - 1 / (9 * a) + z / (3 * Math.sqrt(a));
  let x = c > 0 ? a * c * c * c : a * Math.pow(pl * Math.exp(gammaln(a + 1)), 1 / a);
  if (!(x > 0) || !Number.isFinite(x)) x = a;
  let lo = 0;
  let hi = Infinity;
  for (let it = 0; it < 200; it++) {
    const fx = f(x);
    if (fx === 0) return x;
    // P increases in x, Q decreases
    const below = useUpper ? fx > 0 : fx < 0;
    if (below) lo = x;
    else hi = x;
    // density x^{a−1}e^{−x}/Γ(a) = a/x · prefactor
    const dens = Math.exp(logGammaPrefactor(a, x) + Math.log(a / x));
    let next = x - (useUpper ? -fx : fx) / dens;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) next = hi === Infinity ? Math.max(2 * x, lo * 2 + 1) : (lo + hi) / 2;
    if (Math.abs(next - x) <= 4e-16 * x) return next;
    x = next;
  }
  return x;
}

/** Φ⁻¹(p) for the start value only (a few digits suffice). */
function normalQuantileTail(p: number): number {
  const q = Math.min(p, 1 - p);
  if (q <= 0) return p < 0.5 ? -40 : 40;
  const t = Math.sqrt(-2 * Math.log(q));
  const z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
  return p < 0.5 ? -z : z;
}
