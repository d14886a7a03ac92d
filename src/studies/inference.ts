/**
 * The tests a claim may be judged by. Each turns data into `Evidence`: an estimate, a
 * two-sided interval at level 1 − 2α, and one-sided p-values against any threshold, so
 * one rule (`judgeEvidence`) can decide a directional claim, an equivalence claim, or a
 * negative control, and `holm` can correct a family of claims.
 *
 * Convention: `alpha` is the one-sided level of each direction. The interval is the
 * 1 − 2α two-sided interval, so "the interval lies wholly above θ" is exactly
 * "pAbove(θ) < α" (for the t, normal and exact binomial tests; bootstrap and rank tests
 * agree up to the discreteness of their null distributions).
 */
import { QuireError } from '../core/errors.js';
import { betaCdf, betaQuantile, normalCdf, normalQuantile, normalSf, quantile, tCdf, tQuantile, tSf } from '../core/stats.js';
import { assertFiniteArray, assertInRange, assertInteger } from '../core/validate.js';

/** What a test says about an effect. */
export interface Evidence {
  estimate: number;
  /** two-sided interval at level 1 − 2·alpha */
  interval: [number, number];
  alpha: number;
  /** sample size the test used (seeds, data sets, trials, …) */
  n: number;
  /** e.g. "one-sample t over 5 paired seeds" */
  test: string;
  /** p-value for the alternative effect > θ (H0: effect ≤ θ) */
  pAbove(theta: number): number;
  /** p-value for the alternative effect < θ (H0: effect ≥ θ) */
  pBelow(theta: number): number;
}

/** How a claim reads its evidence. */
export type Rule =
  | { kind: 'greater'; threshold: number }
  | { kind: 'less'; threshold: number }
  /** equivalence: the effect lies in [lower, upper] (two one-sided tests) */
  | { kind: 'within'; lower: number; upper: number };

const DEFAULT_ALPHA = 0.025;

function checkAlpha(fn: string, alpha: number): void {
  assertInRange(fn, 'alpha', alpha, 1e-12, 0.5);
}

/** One-sided p-values of the claim ("holds") and of its opposite ("fails") under a rule. */
export function rulePValues(e: Evidence, rule: Rule): { holds: number; fails: number } {
  switch (rule.kind) {
    case 'greater':
      return { holds: e.pAbove(rule.threshold), fails: e.pBelow(rule.threshold) };
    case 'less':
      return { holds: e.pBelow(rule.threshold), fails: e.pAbove(rule.threshold) };
    case 'within':
      // TOST: equivalence needs both one-sided rejections; a miss needs either one.
      return {
        holds: Math.max(e.pAbove(rule.lower), e.pBelow(rule.upper)),
        fails: Math.min(e.pBelow(rule.lower), e.pAbove(rule.upper)),
      };
  }
}

/** Text of a rule, for the report. */
export function describeRule(rule: Rule, alpha: number, adjusted: boolean): string {
  const lvl = `${adjusted ? 'Holm-adjusted ' : ''}one-sided p < ${alpha}`;
  switch (rule.kind) {
    case 'greater':
      return `holds if effect > ${rule.threshold} (${lvl}); fails if effect < ${rule.threshold} at the same level; otherwise inconclusive`;
    case 'less':
      return `holds if effect < ${rule.threshold} (${lvl}); fails if effect > ${rule.threshold} at the same level; otherwise inconclusive`;
    case 'within':
      return `holds if effect is within [${rule.lower}, ${rule.upper}] (two one-sided tests, ${lvl}); fails if it is outside at the same level; otherwise inconclusive`;
  }
}

// ------------------------------------------------------------------ t and normal

/**
 * One-sample t test on `values` (e.g. paired differences over seeds).
 * @throws QuireError on fewer than 2 values or a non-finite value
 */
export function tEvidence(values: ArrayLike<number>, opts: { alpha?: number; unit?: string } = {}): Evidence {
  const alpha = opts.alpha ?? DEFAULT_ALPHA;
  checkAlpha('tEvidence', alpha);
  assertFiniteArray('tEvidence', 'values', values, { minLength: 2 });
  const n = values.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += values[i];
  m /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - m) ** 2;
  const se = Math.sqrt(ss / (n - 1) / n);
  return locationEvidence(m, se, n - 1, alpha, n, `one-sample t over ${n} ${opts.unit ?? 'values'}`);
}

/**
 * Evidence from an estimate with a standard error, judged on a t(df) or (df = Infinity)
 * normal reference distribution, e.g. a regression slope with df = points − 2.
 */
export function estimateEvidence(estimate: number, se: number, opts: { df?: number; alpha?: number; n: number; test: string }): Evidence {
  const alpha = opts.alpha ?? DEFAULT_ALPHA;
  checkAlpha('estimateEvidence', alpha);
  if (!Number.isFinite(estimate)) throw new QuireError(`estimateEvidence: estimate must be finite, got ${estimate}`);
  if (!(se >= 0) || !Number.isFinite(se)) throw new QuireError(`estimateEvidence: se must be finite and ≥ 0, got ${se}`);
  const df = opts.df ?? Infinity;
  if (!(df > 0)) throw new QuireError(`estimateEvidence: df must be > 0, got ${df}`);
  return locationEvidence(estimate, se, df, alpha, opts.n, opts.test);
}

function locationEvidence(m: number, se: number, df: number, alpha: number, n: number, test: string): Evidence {
  const crit = Number.isFinite(df) ? tQuantile(1 - alpha, df) : -normalQuantile(alpha);
  const sf = (t: number) => (Number.isFinite(df) ? tSf(t, df) : normalSf(t));
  const cdf = (t: number) => (Number.isFinite(df) ? tCdf(t, df) : normalCdf(t));
  // A zero standard error (all seeds equal) makes the test exact: the effect is m.
  const pAbove = (theta: number) => (se > 0 ? sf((m - theta) / se) : m > theta ? 0 : 1);
  const pBelow = (theta: number) => (se > 0 ? cdf((m - theta) / se) : m < theta ? 0 : 1);
  return { estimate: m, interval: [m - crit * se, m + crit * se], alpha, n, test, pAbove, pBelow };
}

// ------------------------------------------------------------------ bootstrap

/**
 * Percentile-bootstrap evidence: `replicates` are the statistic recomputed on resamples.
 * p-values count replicates on the null side, with the +1 correction.
 * @throws QuireError on fewer than 20 replicates
 */
export function bootstrapEvidence(
  estimate: number,
  replicates: ArrayLike<number>,
  opts: { alpha?: number; n: number; test?: string },
): Evidence {
  const alpha = opts.alpha ?? DEFAULT_ALPHA;
  checkAlpha('bootstrapEvidence', alpha);
  assertFiniteArray('bootstrapEvidence', 'replicates', replicates, { minLength: 20 });
  const sorted = Float64Array.from(replicates).sort();
  const B = sorted.length;
  const countAtMost = (t: number) => upperBound(sorted, t);
  const countBelow = (t: number) => lowerBound(sorted, t);
  return {
    estimate,
    interval: [quantile(sorted, alpha), quantile(sorted, 1 - alpha)],
    alpha,
    n: opts.n,
    test: opts.test ?? `percentile bootstrap (${B} resamples) over ${opts.n}`,
    pAbove: (t) => (1 + countAtMost(t)) / (B + 1),
    pBelow: (t) => (1 + (B - countBelow(t))) / (B + 1),
  };
}

function lowerBound(a: Float64Array, t: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(a: Float64Array, t: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ------------------------------------------------------------------ binomial

/**
 * Exact binomial test of a success rate (e.g. "reaches the goal on ≥ 90 % of tasks"),
 * with the Clopper–Pearson interval.
 */
export function binomialEvidence(successes: number, n: number, opts: { alpha?: number; unit?: string } = {}): Evidence {
  const alpha = opts.alpha ?? DEFAULT_ALPHA;
  checkAlpha('binomialEvidence', alpha);
  assertInteger('binomialEvidence', 'n', n, 1);
  assertInteger('binomialEvidence', 'successes', successes, 0, n);
  const x = successes;
  // P(X ≥ x | p) = I_p(x, n − x + 1); P(X ≤ x | p) = 1 − I_p(x + 1, n − x).
  const pAbove = (p: number) => (x === 0 ? 1 : p <= 0 ? 0 : p >= 1 ? 1 : betaCdf(p, x, n - x + 1));
  const pBelow = (p: number) => (x === n ? 1 : p <= 0 ? 1 : p >= 1 ? 0 : 1 - betaCdf(p, x + 1, n - x));
  const lower = x === 0 ? 0 : betaQuantile(alpha, x, n - x + 1);
  const upper = x === n ? 1 : betaQuantile(1 - alpha, x + 1, n - x);
  return { estimate: x / n, interval: [lower, upper], alpha, n, test: `exact binomial over ${n} ${opts.unit ?? 'trials'}`, pAbove, pBelow };
}

// ------------------------------------------------------------------ rank tests

/**
 * Sign test on the median of `values` (e.g. paired differences over data sets). Values
 * equal to θ are dropped, as is usual. The interval is the order-statistic interval.
 */
export function signEvidence(values: ArrayLike<number>, opts: { alpha?: number; unit?: string } = {}): Evidence {
  const alpha = opts.alpha ?? DEFAULT_ALPHA;
  checkAlpha('signEvidence', alpha);
  assertFiniteArray('signEvidence', 'values', values, { minLength: 1 });
  const s = Float64Array.from(values).sort();
  const n = s.length;
  const tail = (k: number, m: number) => binomUpperTail(k, m); // P(Bin(m, ½) ≥ k)
  const counts = (t: number) => {
    let above = 0;
    let below = 0;
    for (const v of s) {
      if (v > t) above++;
      else if (v < t) below++;
    }
    return { above, below };
  };
  // Largest k with P(Bin(n, ½) ≤ k − 1) ≤ α: then [s_(k), s_(n−k+1)] covers the median at ≥ 1 − 2α.
  let k = 0;
  while (k < n && 1 - binomUpperTail(k + 1, n) <= alpha) k++;
  const interval: [number, number] = k >= 1 ? [s[k - 1], s[n - k]] : [-Infinity, Infinity];
  return {
    estimate: quantile(s, 0.5),
    interval,
    alpha,
    n,
    test: `exact sign test over ${n} ${opts.unit ?? 'values'}`,
    pAbove: (t) => {
      const { above, below } = counts(t);
      return above + below === 0 ? 1 : tail(above, above + below);
    },
    pBelow: (t) => {
      const { above, below } = counts(t);
      return above + below === 0 ? 1 : tail(below, above + below);
    },
  };
}

/** P(Bin(m, ½) ≥ k). */
function binomUpperTail(k: number, m: number): number {
  if (k <= 0) return 1;
  if (k > m) return 0;
  return betaCdf(0.5, k, m - k + 1);
}

/**
 * Wilcoxon signed-rank test on `values` (e.g. paired accuracy differences over data
 * sets), with the Hodges–Lehmann estimate (median of Walsh averages) and its interval.
 * Exact null distribution when there are no ties and n ≤ 60, else the normal
 * approximation with tie and continuity corrections. Zeros (values equal to θ) are
 * dropped (Wilcoxon's convention, scipy's `zero_method='wilcox'`).
 */
export function wilcoxonEvidence(values: ArrayLike<number>, opts: { alpha?: number; unit?: string } = {}): Evidence {
  const alpha = opts.alpha ?? DEFAULT_ALPHA;
  checkAlpha('wilcoxonEvidence', alpha);
  assertFiniteArray('wilcoxonEvidence', 'values', values, { minLength: 1 });
  const x = Array.from(values);
  const n = x.length;
  const walsh: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) walsh.push((x[i] + x[j]) / 2);
  walsh.sort((a, b) => a - b);
  const W = walsh.length;
  // Interval: the k-th smallest and largest Walsh averages, k from the exact null of T+.
  let k = 0;
  if (n <= 60) {
    const dist = signedRankNull(n);
    while (k < W && cumulative(dist, k) <= alpha) k++; // P(T+ ≤ k − 1) ≤ α
  } else {
    const mu = (n * (n + 1)) / 4;
    const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
    k = Math.max(0, Math.floor(mu + normalQuantile(alpha) * sigma + 0.5));
  }
  const interval: [number, number] = k >= 1 ? [walsh[k - 1], walsh[W - k]] : [-Infinity, Infinity];
  const p = (theta: number, side: 'above' | 'below') =>
    signedRankP(
      x.map((v) => v - theta),
      side,
    );
  return {
    estimate: quantile(walsh, 0.5),
    interval,
    alpha,
    n,
    test: `Wilcoxon signed-rank over ${n} ${opts.unit ?? 'values'}`,
    pAbove: (t) => p(t, 'above'),
    pBelow: (t) => p(t, 'below'),
  };
}

/** Null distribution of T+ for n untied, non-zero values: counts / 2^n as probabilities. */
function signedRankNull(n: number): Float64Array {
  const max = (n * (n + 1)) / 2;
  let f = new Float64Array(max + 1);
  f[0] = 1;
  for (let r = 1; r <= n; r++) {
    const g = new Float64Array(max + 1);
    for (let s = 0; s <= max; s++) {
      if (f[s] === 0) continue;
      g[s] += f[s] / 2;
      if (s + r <= max) g[s + r] += f[s] / 2;
    }
    f = g;
  }
  return f;
}
function cumulative(dist: Float64Array, k: number): number {
  let c = 0;
  for (let i = 0; i <= k && i < dist.length; i++) c += dist[i];
  return c;
}

/** One-sided p-value of the signed-rank statistic for median(d) > 0 ('above') or < 0 ('below'). */
function signedRankP(d: number[], side: 'above' | 'below'): number {
  const nz = d.filter((v) => v !== 0);
  const n = nz.length;
  if (n === 0) return 1;
  const order = nz.map((v, i) => ({ a: Math.abs(v), i })).sort((p, q) => p.a - q.a);
  const ranks = new Float64Array(n);
  let tieTerm = 0;
  let ties = false;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && order[j + 1].a === order[i].a) j++;
    const r = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k].i] = r;
    const t = j - i + 1;
    if (t > 1) {
      ties = true;
      tieTerm += t * t * t - t;
    }
    i = j + 1;
  }
  let tPlus = 0;
  for (let i = 0; i < n; i++) if (nz[i] > 0) tPlus += ranks[i];
  const stat = side === 'above' ? tPlus : (n * (n + 1)) / 2 - tPlus; // the T on the alternative's side
  if (!ties && n <= 60) {
    const dist = signedRankNull(n);
    // P(T ≥ stat) under the null (T+ and T− share the symmetric null).
    let p = 0;
    for (let s = Math.ceil(stat - 1e-9); s < dist.length; s++) p += dist[s];
    return Math.min(1, p);
  }
  const mu = (n * (n + 1)) / 4;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48);
  if (!(sigma > 0)) return 1;
  return normalSf((stat - mu - 0.5) / sigma);
}

// ------------------------------------------------------------------ multiplicity and power

/**
 * Holm's step-down adjustment: adjusted p_(i) = max_{j ≤ i} min(1, (k − j + 1)·p_(j)),
 * in the input order.
 */
export function holm(pvalues: readonly number[]): number[] {
  const k = pvalues.length;
  const idx = pvalues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const out = new Array<number>(k);
  let running = 0;
  idx.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (k - rank) * p));
    out[i] = running;
  });
  return out;
}

/**
 * Minimum detectable effect of a one-sided one-sample t test, in units of the standard
 * deviation of one observation: (t_{1−α, n−1} + t_{power, n−1}) / √n.
 */
export function mdeT(n: number, alpha = DEFAULT_ALPHA, power = 0.8): number {
  assertInteger('mdeT', 'n', n, 2);
  checkAlpha('mdeT', alpha);
  assertInRange('mdeT', 'power', power, 0.5, 0.9999);
  return (tQuantile(1 - alpha, n - 1) + tQuantile(power, n - 1)) / Math.sqrt(n);
}

/** MDE of a normal-approximation test with standard error `se`: (z_{1−α} + z_power)·se. */
export function mdeNormal(se: number, alpha = DEFAULT_ALPHA, power = 0.8): number {
  checkAlpha('mdeNormal', alpha);
  return (normalQuantile(1 - alpha) + normalQuantile(power)) * se;
}

/**
 * Smallest success rate p₁ > p₀ that an exact one-sided binomial test over n trials
 * detects with the given power (a rate claim's MDE is p₁ − p₀).
 */
export function mdeBinomial(n: number, p0: number, alpha = DEFAULT_ALPHA, power = 0.8): number {
  assertInteger('mdeBinomial', 'n', n, 1);
  assertInRange('mdeBinomial', 'p0', p0, 0, 1);
  checkAlpha('mdeBinomial', alpha);
  // critical count c: smallest with P(X ≥ c | p0) ≤ α
  let c = 0;
  while (c <= n && binomTail(c, n, p0) > alpha) c++;
  if (c > n) return Infinity;
  let lo = p0;
  let hi = 1;
  for (let it = 0; it < 60; it++) {
    const mid = (lo + hi) / 2;
    if (binomTail(c, n, mid) >= power) hi = mid;
    else lo = mid;
  }
  return hi - p0;
}
function binomTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return betaCdf(p, k, n - k + 1);
}

/**
 * MDE of the Wilcoxon signed-rank test in units of σ, by its asymptotic relative
 * efficiency 3/π to the t test under normality.
 */
export function mdeWilcoxon(n: number, alpha = DEFAULT_ALPHA, power = 0.8): number {
  return mdeT(Math.max(2, n), alpha, power) * Math.sqrt(Math.PI / 3);
}
