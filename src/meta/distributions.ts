/**
 * The null distributions behind the combination methods that core/stats does not have:
 * the Irwin–Hall CDF (Edgington), the maximally skewed α = 1 stable law and the Landau
 * distribution (harmonic-mean p-value), and the upper tail of the χ² with even degrees of
 * freedom as a Poisson sum (Fisher, Pearson: exact and fast enough for millions of rows).
 */
import { QuireError } from '../core/errors.js';
import { normalCdf, tSf } from '../core/stats.js';
import { logGammaPrefactor } from '../core/statsGamma.js';
import { integrate } from './quadrature.js';

/**
 * Work bound for the exact Irwin–Hall CDF: it costs about m·(⌊s⌋ + 1) multiply-adds (s on the lower
 * half); above this bound Edgington's method uses the second-order saddle-point approximation,
 * whose relative error is O(m⁻²).
 */
export const IRWIN_HALL_EXACT_WORK = 4e6;

/**
 * Irwin–Hall CDF: P(U₁ + … + U_m ≤ s) for independent U_i ~ Uniform(0, 1), exact and
 * relatively accurate in the tail. F_m(s) = Σ_{j=0}^{⌊s⌋} f_{m+1}(s − j), where f_n, the density of a
 * sum of n uniforms (the cardinal B-spline of order n), follows the Cox–de Boor recurrence
 * f_n(x) = (x f_{n−1}(x) + (n − x) f_{n−1}(x − 1))/(n − 1): every step a convex combination of
 * non-negative numbers, so no cancellation (the alternating sum (1/m!) Σ (−1)^k C(m,k)(s − k)^m loses
 * ~log₁₀ C(m, m/2) digits). Values are rescaled as they shrink, so a tail of 1e-250 keeps its
 * relative accuracy. Evaluated on the lower half (F(s) = 1 − F(m − s) above m/2). Above
 * {@link IRWIN_HALL_EXACT_WORK} multiply-adds, the saddle-point approximation {@link irwinHallSaddle}.
 * @param s - the sum (any real; 0 below 0 and 1 above m)
 * @param m - the number of uniforms (integer ≥ 1)
 * @returns F(s)
 * @example irwinHallCdf(0.5, 3) // 1/48
 * @see Irwin (1927), Hall (1927); de Boor (1972), "On calculating with B-splines"; Edgington (1972)
 */
export function irwinHallCdf(s: number, m: number): number {
  if (!(Number.isInteger(m) && m >= 1)) throw new QuireError(`irwinHallCdf: m must be an integer ≥ 1, got ${m}`);
  if (Number.isNaN(s)) return NaN;
  if (!(s > 0)) return 0;
  if (s >= m) return 1;
  if (s > m / 2) return 1 - irwinHallCdf(m - s, m);
  const J = Math.floor(s);
  if (m * (J + 1) > IRWIN_HALL_EXACT_WORK) return irwinHallSaddleKernel(s, m);
  const v = new Float64Array(J + 2);
  v[J] = 1; // f_1(s − j) = 1 only where 0 ≤ s − j < 1
  let logScale = 0;
  let lo = J; // v[j] = 0 for j < lo (f_n(x) = 0 for x ≥ n)
  for (let n = 2; n <= m + 1; n++) {
    const inv = 1 / (n - 1);
    lo = Math.max(0, Math.min(lo, J - n + 1));
    let mx = 0;
    for (let j = lo; j <= J; j++) {
      const x = s - j;
      const val = (x * v[j] + (n - x) * v[j + 1]) * inv;
      v[j] = val;
      if (val > mx) mx = val;
    }
    if (mx < 1e-200 && mx > 0) {
      for (let j = lo; j <= J; j++) v[j] *= 1e200;
      logScale -= 200 * Math.LN10;
    }
  }
  let sum = 0;
  for (let j = 0; j <= J; j++) sum += v[j];
  return Math.min(1, logScale === 0 ? sum : Math.exp(Math.log(sum) + logScale));
}

/** K(t) = log((e^t − 1)/t), the cumulant generating function of Uniform(0, 1), and its derivatives 1–4. */
function uniformCgf(t: number): [number, number, number, number, number] {
  const t2 = t * t;
  if (Math.abs(t) < 0.1) {
    return [
      t / 2 + t2 * (1 / 24 + t2 * (-1 / 2880 + t2 * (1 / 181440 - t2 / 9676800))),
      0.5 + t * (1 / 12 + t2 * (-1 / 720 + t2 * (1 / 30240 - t2 / 1209600))),
      1 / 12 + t2 * (-1 / 240 + t2 * (1 / 6048 - t2 / 172800)),
      t * (-1 / 120 + t2 * (1 / 1512 - t2 / 28800)),
      -1 / 120 + t2 * (1 / 504 - t2 / 5760),
    ];
  }
  // q = e^t/(e^t − 1), r = q(q − 1) = e^t/(e^t − 1)², written to avoid overflow on either side
  const e = t < 0 ? Math.expm1(t) : Math.expm1(-t);
  const q = t < 0 ? Math.exp(t) / e : -1 / e;
  const r = t < 0 ? Math.exp(t) / (e * e) : Math.exp(-t) / (e * e);
  const k0 = t < 0 ? Math.log(e / t) : t + Math.log(e / -t);
  return [k0, q - 1 / t, 1 / t2 - r, (2 * q - 1) * r - 2 / (t2 * t), -(6 * r + 1) * r + 6 / (t2 * t2)];
}

/**
 * Irwin–Hall lower tail by the second-order Lugannani–Rice saddle-point approximation (Daniels 1987).
 * With K the uniform's cumulant generating function and t solving K'(t) = s/m:
 * w = −√(2m(t·s/m − K(t))), u = t√(m K''(t)), l3 = K'''/(√m K''^{3/2}), l4 = K''''/(m K''²), and
 * F ≈ Φ(w) + φ(w)[1/w − 1/u − (l4/8 − 5 l3²/24)/u + l3/(2u²) + 1/u³ − 1/w³].
 * Relative error O(m⁻²) uniformly in the tail. Inner kernel: 0 < s ≤ m/2.
 * @see Daniels (1987), "Tail probability approximations", Int. Statist. Rev. 55
 */
export function irwinHallSaddle(s: number, m: number): number {
  if (!(m >= 1 && m < Infinity)) throw new QuireError(`irwinHallSaddle: m must be a finite number ≥ 1, got ${m}`);
  if (!(s > 0 && s <= m / 2))
    throw new QuireError(`irwinHallSaddle: s must be in (0, m/2] (the lower tail; use irwinHallCdf elsewhere), got ${s}`);
  return irwinHallSaddleKernel(s, m);
}

function irwinHallSaddleKernel(s: number, m: number): number {
  const sbar = s / m;
  const d = sbar - 0.5;
  const z = d * Math.sqrt(12 * m);
  if (Math.abs(z) < 1e-4) {
    // centre: the saddle-point form is 0/0; Edgeworth with the uniform's excess kurtosis −6/5
    return normalCdf(z) - (Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI)) * (-1.2 / m / 24) * (z * z * z - 3 * z);
  }
  // solve K'(t) = sbar on [−1/sbar, 0] (K' increasing; K'(−1/sbar) < sbar)
  let lo = -1 / sbar;
  let hi = 0;
  let t = Math.max(lo, (12 * d) / (1 + 12 * Math.abs(d)));
  for (let it = 0; it < 200; it++) {
    const c = uniformCgf(t);
    const f = c[1] - sbar;
    if (f > 0) hi = t;
    else lo = t;
    let next = t - f / c[2];
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    const done = Math.abs(next - t) <= 1e-15 * Math.abs(t);
    t = next;
    if (done) break;
  }
  const [k0, , k2, k3, k4] = uniformCgf(t);
  const w = -Math.sqrt(Math.max(0, 2 * m * (t * sbar - k0)));
  const u = t * Math.sqrt(m * k2);
  const l3 = k3 / (Math.sqrt(m) * Math.pow(k2, 1.5));
  const l4 = k4 / (m * k2 * k2);
  const phi = Math.exp(-0.5 * w * w) / Math.sqrt(2 * Math.PI);
  const corr = 1 / w - 1 / u - (l4 / 8 - (5 * l3 * l3) / 24) / u + l3 / (2 * u * u) + 1 / (u * u * u) - 1 / (w * w * w);
  return Math.min(1, Math.max(0, normalCdf(w) + phi * corr));
}

/** Edgington's combined p-value P(Σ U_i ≤ s) (the Irwin–Hall CDF, exact or saddle-point). */
export function edgingtonPValue(s: number, m: number): number {
  return irwinHallCdf(s, m);
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
 * P(χ²_{2m} > 2h) = P(Poisson(h) ≤ m − 1) = e^{−h} Σ_{k<m} h^k/k!. For h < 700 (and m ≤ h + 1 or
 * small) the forward sum of positive terms; otherwise relative to its largest term, with that term
 * e^{−h}h^{m−1}/(m − 1)! from Loader's saddle-point form (no cancellation between h, m log h and
 * log Γ(m), which cost Fisher's method 1.9e-9 relative at m = 1e6): backwards from k = m − 1 when
 * m − 1 ≤ h (ratios k/h ≤ 1), and as 1 − P(Poisson(h) ≥ m) when h < m − 1 (that tail is then
 * ≤ ~½, so the difference keeps its relative accuracy). Inner kernel.
 * @param h - half the statistic (≥ 0, may be +∞)
 * @param m - half the degrees of freedom (integer ≥ 1)
 * @example chi2EvenSf(1, 1) // e^{−1}
 */
export function chi2EvenSf(h: number, m: number): number {
  if (!(h > 0)) return h === 0 ? 1 : NaN;
  if (h === Infinity) return 0;
  if (h < 700 && m <= 2 * h + 50) {
    let term = Math.exp(-h);
    let sum = term;
    for (let k = 1; k < m; k++) {
      term *= h / k;
      sum += term;
      if (k > h && term < 1e-17 * sum) break;
    }
    return Math.min(1, sum);
  }
  if (m - 1 > h) return 1 - poissonUpperTail(h, m);
  // Σ_{k=0}^{m−1} h^k/k! relative to the last term, summed backwards (each ratio k/h ≤ 1)
  let rel = 1;
  let sum = 1;
  for (let k = m - 1; k >= 1; k--) {
    rel *= k / h;
    sum += rel;
    if (rel < 1e-17 * sum) break;
  }
  return Math.min(1, Math.exp(logGammaPrefactor(m - 1, h) + Math.log(sum)));
}

/**
 * P(Poisson(h) ≥ m) for 0 < h < m (the series converges: each ratio h/k < 1):
 * e^{−h}h^m/m! · Σ_{j≥0} h^j/((m + 1)…(m + j)), the leading term by Loader's form.
 */
function poissonUpperTail(h: number, m: number): number {
  let rel = 1;
  let sum = 1;
  for (let k = m + 1; ; k++) {
    rel *= h / k;
    sum += rel;
    if (rel < 1e-17 * sum) break;
  }
  return Math.min(1, Math.exp(logGammaPrefactor(m, h) + Math.log(sum)));
}

/**
 * Lower tail of χ² with 2m degrees of freedom at x = 2h: P(χ²_{2m} ≤ 2h) = P(Poisson(h) ≥ m),
 * by the series from k = m (relative to its first term, so it ends even when that term underflows,
 * which made Pearson's method hang) when h < m, and by 1 − {@link chi2EvenSf} otherwise. Inner kernel.
 */
export function chi2EvenCdf(h: number, m: number): number {
  if (!(h > 0)) return h === 0 ? 0 : NaN;
  if (h === Infinity) return 1;
  if (h >= m) return 1 - chi2EvenSf(h, m);
  return poissonUpperTail(h, m);
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
  if (Number.isNaN(x)) return NaN;
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
  if (!Number.isFinite(mu)) throw new QuireError(`landauSf: mu must be a finite number, got ${mu}`);
  if (!(sigma > 0 && sigma < Infinity)) throw new QuireError(`landauSf: sigma must be a finite number > 0, got ${sigma}`);
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
