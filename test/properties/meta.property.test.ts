/**
 * Property hunt over quire/meta and the core/stats distributions (issue 16): p-values of 0, 1,
 * 1e-300 and subnormals, ties, m = 1, zero and all-equal weights, parameters at ±1e±300. Each call
 * returns finite, documented values or throws a QuireError naming the function; a node:vm
 * watchdog turns a hang into a failure.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as st from '../../src/core/stats.js';
import {
  COMBINE_METHODS,
  PROTOCOLS,
  chi2SumTest,
  combinePValues,
  combinePValuesRows,
  combinePValuesTable,
  combinedLocalTest,
  exactPower,
  irwinHallCdf,
  irwinHallSaddle,
  landauSf,
  localStatistics,
  mergeEValues,
  monteCarloPower,
  monteCarloPowerCurve,
  pToE,
  pooledTest,
  randomDirection,
  separationRate,
  sharedDirectionTest,
  simulateTrials,
  stableSfAlpha1,
  type Trials,
} from '../../src/meta/index.js';
import { contract, deepFinite, nasty, params } from './guard.js';

/** p-values that break code, and ordinary ones. */
const pval = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 1, 1e-300, 5e-324, 1e-70, 0.005, 1e-5, 0.5, 1 - 1e-16) },
  { weight: 5, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
);
const weight = fc.oneof(fc.constantFrom(0, 1, 1e-300, 1e300, 5e-324), fc.double({ min: 0, max: 10, noNaN: true }));
const inUnit = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v <= 1;

describe('meta: combinePValues and friends never hang, never return NaN/∞ silently', () => {
  it.each(COMBINE_METHODS)(
    '%s over p in {0, 1, 1e-300, subnormal, …}, m = 1 … 300',
    (method) => {
      fc.assert(
        fc.property(
          fc.array(pval, { minLength: 1, maxLength: 300 }),
          fc.option(fc.array(weight, { minLength: 300, maxLength: 300 })),
          (p, w) => {
            const weights =
              w && ['stouffer', 'cauchy', 'harmonic-mean', 'min-p-bonferroni'].includes(method) ? w.slice(0, p.length) : undefined;
            const has0 = p.some((x, i) => x === 0 && (!weights || weights[i] > 0));
            const has1 = p.some((x, i) => x === 1 && (!weights || weights[i] > 0));
            // documented: a row holding both 0 and 1 gives NaN for stouffer and mudholkar-george (∞ − ∞, as scipy)
            const nanOk = (method === 'stouffer' || method === 'mudholkar-george') && has0 && has1;
            contract(
              'combinePValues',
              () => combinePValues(p, { method, weights }),
              (v) => {
                const r = v as { pvalue: number };
                return nanOk ? Number.isNaN(r.pvalue) || inUnit(r.pvalue) : inUnit(r.pvalue);
              },
            );
          },
        ),
        params(60),
      );
    },
    60_000,
  );

  it('combinePValuesRows rejects NaN, out-of-range and shape errors with a QuireError; accepts ties', () => {
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (p, cols) => {
        const rows = Math.max(1, Math.floor(p.length / cols));
        contract(
          'combinePValuesRows',
          () => combinePValuesRows(p, rows, cols),
          (v) => Array.from((v as { pvalue: Float64Array }).pvalue).every(inUnit),
        );
      }),
      params(200),
    );
  });

  it('irwinHallCdf is a CDF in [0, 1], monotone in s, for m up to 5000 and s anywhere', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: -1, max: 1.1, noNaN: true }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        (m, f, dt) => {
          const a = irwinHallCdf(f * m, m);
          const b = irwinHallCdf((f + dt) * m, m);
          return inUnit(a) && inUnit(b) && b >= a - 1e-12;
        },
      ),
      params(150),
    );
  });

  it('mergeEValues and pToE: finite or QuireError on nasty e-values and κ', () => {
    fc.assert(
      fc.property(
        fc.array(nasty, { minLength: 0, maxLength: 6 }),
        fc.constantFrom('mean', 'product'),
        nasty,
        nasty,
        (e, method, p, kappa) => {
          // documented: a product beyond 1.8e308 is +∞ with p-value 0
          contract(
            'mergeEValues',
            () => mergeEValues(e, { method: method as 'mean' | 'product' }),
            (v) => {
              const r = v as { evalue: number; pvalue: number };
              return inUnit(r.pvalue) && (Number.isFinite(r.evalue) || (r.evalue === Infinity && r.pvalue === 0));
            },
          );
          // documented: pToE(0) = +∞ (infinite evidence)
          contract(
            'pToE',
            () => pToE(p, kappa),
            (v) => (p === 0 ? v === Infinity : deepFinite(v)),
          );
        },
      ),
      params(300),
    );
  });

  it('exactPower and exact separationRate: finite power in [0, 1] or a QuireError, even at n = norm = 1e300', () => {
    const big = fc.constantFrom(1, 2, 50, 1e6, 1e300, 0, -1, Number.NaN, 0.5);
    fc.assert(
      fc.property(
        fc.constantFrom('pooled', 'chi2-sum', 'stouffer-direction'),
        big,
        big,
        fc.constantFrom(1, 3, 50, 1e4),
        big,
        (protocol, m, n, d, norm) => {
          contract('exactPower', () => exactPower({ protocol, m, n, d, norm }), inUnit);
        },
      ),
      params(150),
    );
    contract('separationRate', () => separationRate({ protocol: 'pooled', m: 5, n: 1e300, d: 5, exact: true }));
  }, 60_000);
});

describe('meta: the many-normal-means tests and Monte Carlo power', () => {
  const entry = fc.oneof(
    { weight: 8, arbitrary: fc.double({ min: -4, max: 4, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1e300, -1e300, 1e-300, 5e-324, Number.MAX_VALUE, Number.NaN, Infinity) },
  );
  const sizeN = fc.oneof(
    fc.constantFrom(1, 0.5, 1e-300, 1e300, 0, -1, Number.NaN, Infinity),
    fc.double({ min: 0.1, max: 100, noNaN: true }),
  );
  const trialsArb = fc
    .record({ m: fc.integer({ min: 1, max: 5 }), d: fc.integer({ min: 1, max: 4 }), n: sizeN, bad: fc.constantFrom(0, 0, 0, 1) })
    .chain(({ m, d, n, bad }) =>
      fc.array(entry, { minLength: m * d + bad, maxLength: m * d + bad }).map((x) => ({ x: Float64Array.from(x), m, d, n }) as Trials),
    );
  const stat = (v: unknown): boolean => {
    // documented: a statistic beyond 1.8e308 is +∞ with p-value 0
    const r = v as { statistic: number | Float64Array; pvalue: number | Float64Array };
    const s = typeof r.statistic === 'number' ? [r.statistic] : Array.from(r.statistic);
    const p = typeof r.pvalue === 'number' ? [r.pvalue] : Array.from(r.pvalue);
    return (
      p.every(inUnit) &&
      s.every((x, i) => Number.isFinite(x) || (x === Infinity && p[i] === 0) || (Math.abs(x) === Infinity && p.length === 1))
    );
  };

  it('simulateTrials, randomDirection, localStatistics, pooledTest, chi2SumTest, sharedDirectionTest, combinedLocalTest', () => {
    fc.assert(
      fc.property(
        trialsArb,
        fc.array(entry, { minLength: 0, maxLength: 5 }),
        fc.constantFrom('chi2', 'max-abs', 'projection', 'bogus'),
        fc.constantFrom(...COMBINE_METHODS),
        fc.integer(),
        (t, f, local, method, seed) => {
          contract('simulateTrials', () => simulateTrials(f, { m: t.m, n: t.n, seed }));
          let u: Float64Array | null = null;
          if (contract('randomDirection', () => (u = randomDirection(t.d, seed))) === 'ok') {
            const norm = Math.hypot(...(u as unknown as Float64Array));
            expect(norm).toBeCloseTo(1, 12);
          }
          const dir = u ?? [1];
          contract('localStatistics', () => localStatistics(t, local as 'chi2', dir), stat);
          contract('pooledTest', () => pooledTest(t), stat);
          contract('chi2SumTest', () => chi2SumTest(t), stat);
          contract('sharedDirectionTest', () => sharedDirectionTest(t, dir), stat);
          contract(
            'combinedLocalTest',
            () => combinedLocalTest(t, { local: local === 'max-abs' ? 'max-abs' : 'chi2', method }),
            (v) => {
              const r = v as { pvalue: number };
              return inUnit(r.pvalue) || Number.isNaN(r.pvalue); // NaN: stouffer/mudholkar-george on a row holding 0 and 1
            },
          );
        },
      ),
      params(200),
    );
  });

  it('monteCarloPower, monteCarloPowerCurve: a Wilson estimate in [0, 1], or a QuireError (work bounded: no hang at m = d = reps = 1e6)', () => {
    const size = fc.constantFrom(1, 2, 3, 7, 0, -1, 1.5, 1e300, Number.NaN);
    fc.assert(
      fc.property(
        fc.constantFrom(...PROTOCOLS),
        size,
        size,
        fc.oneof(fc.constantFrom(1e300, 0, 1e-300, 5e-324, -1, Number.NaN, Infinity), fc.double({ min: 0, max: 5, noNaN: true })),
        fc.constantFrom(1, 5, 40, 0, 1e8), // 1e8 is beyond the schema; the work bound has its own test below
        fc.constantFrom(...COMBINE_METHODS),
        (protocol, m, d, norm, reps, combiner) => {
          const est = (v: unknown) => {
            const r = v as { estimate: number; lower: number; upper: number };
            return (
              deepFinite(r) && inUnit(r.estimate) && r.lower <= r.estimate && r.estimate <= r.upper && inUnit(r.lower) && inUnit(r.upper)
            );
          };
          contract('monteCarloPower', () => monteCarloPower({ protocol, m, n: 1, d, norm, reps, combiner, seed: 3 }), est);
          contract(
            'monteCarloPowerCurve',
            () => monteCarloPowerCurve([0, norm, 1], { protocol, m, n: 2, d, reps, combiner, seed: 3 }),
            (v) => (v as unknown[]).every(est),
          );
        },
      ),
      params(60),
    );
  }, 60_000);

  it('irwinHallSaddle, stableSfAlpha1, landauSf: a probability (NaN only for NaN x) or a QuireError', () => {
    fc.assert(
      fc.property(
        nasty,
        nasty,
        nasty,
        fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.constantFrom(0, 1e300, 0.5, Number.NaN)),
        (x, mu, sigma, m) => {
          contract('irwinHallSaddle', () => irwinHallSaddle(x, m), inUnit);
          contract(
            'irwinHallCdf',
            () => irwinHallCdf(x, m),
            (v) => (Number.isNaN(x) ? Number.isNaN(v) : inUnit(v)),
          );
          contract(
            'stableSfAlpha1',
            () => stableSfAlpha1(x),
            (v) => (Number.isNaN(x) ? Number.isNaN(v) : inUnit(v)),
          );
          contract(
            'landauSf',
            () => landauSf(x, mu, sigma),
            (v) => Number.isNaN(v) || inUnit(v),
          );
        },
      ),
      params(150),
    );
  }, 60_000);

  it('irwinHallSaddle agrees with the exact Irwin–Hall tail where both apply (relative 1e-3 at m ≥ 30)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 400 }), fc.double({ min: 0.05, max: 0.5, noNaN: true }), (m, f) => {
        const s = f * m;
        const exact = irwinHallCdf(s, m);
        fc.pre(exact > 1e-300);
        return Math.abs(irwinHallSaddle(s, m) / exact - 1) < 1e-3;
      }),
      params(100),
    );
  });

  it('combinePValuesTable: rows of p-values; ragged, empty or bad tables are QuireErrors naming the function', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(pval, { minLength: 0, maxLength: 4 }), { minLength: 0, maxLength: 4 }),
        fc.constantFrom(...COMBINE_METHODS),
        (table, method) => {
          contract(
            'combinePValuesTable',
            () => combinePValuesTable(table, { method }),
            (v) => Array.from((v as { pvalue: Float64Array }).pvalue).every((p) => inUnit(p) || Number.isNaN(p)),
          );
        },
      ),
      params(200),
    );
    expect(() => combinePValuesTable([[0.5, 2]])).toThrow(/^combinePValuesTable: p/);
  });
});

describe('core/stats distributions: probabilities in [0, 1] within time for any valid parameters', () => {
  const pos = fc.oneof(
    fc.constantFrom(1e-300, 5e-324, 1e-10, 0.5, 1, 2, 99.5, 100, 1e4, 1e8, 1e15, 1e300),
    fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
  );
  const x = fc.oneof(fc.constantFrom(0, 1e-300, 5e-324, 1, 1e300, Infinity), fc.double({ min: 0, max: 1e7, noNaN: true }));
  it('chi2, gamma, noncentral χ² tails and quantiles', () => {
    fc.assert(
      fc.property(x, pos, fc.oneof(fc.constant(0), pos), fc.double({ min: 0, max: 1, noNaN: true }), (xx, k, lam, p) => {
        for (const [name, f] of [
          ['chi2Sf', () => st.chi2Sf(xx, k)],
          ['chi2Cdf', () => st.chi2Cdf(xx, k)],
          ['gammaSf', () => st.gammaSf(xx, k)],
          ['ncx2Sf', () => st.ncx2Sf(xx, k, lam)],
          ['ncx2Cdf', () => st.ncx2Cdf(xx, k, lam)],
        ] as const)
          contract(name, f, inUnit);
        contract(
          'chi2Quantile',
          () => st.chi2Quantile(p, k),
          (v) => typeof v === 'number' && v >= 0 && !Number.isNaN(v),
        );
        return true;
      }),
      params(300),
    );
  }, 60_000);

  it('normalQuantile: finite on (0, 1), ±∞ at 0 and 1, QuireError elsewhere (issue 16.13)', () => {
    fc.assert(
      fc.property(nasty, (p) => {
        const r = contract(
          'normalQuantile',
          () => st.normalQuantile(p),
          (v) => typeof v === 'number' && !Number.isNaN(v),
        );
        expect(r === 'error').toBe(!(p >= 0 && p <= 1));
      }),
      params(300),
    );
  });

  it('summaries: finite or QuireError on nasty arrays (mean, variance, quantile, meanCI, linearRegression)', () => {
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 0, maxLength: 8 }), fc.array(nasty, { minLength: 0, maxLength: 8 }), nasty, (a, b, q) => {
        contract('mean', () => st.mean(a));
        contract('variance', () => st.variance(a));
        contract('quantile', () => st.quantile(a, q));
        contract('meanCI', () => st.meanCI(a));
        contract('linearRegression', () => st.linearRegression(a, b));
        return deepFinite(0);
      }),
      params(300),
    );
  });
});

describe('named regressions found by this hunt', () => {
  it('meta: monteCarloPower at m = reps = 1e6 never returned (or died on a RangeError): a QuireError naming the work; trials with NaN entries gave NaN p-values', () => {
    expect(() => monteCarloPower({ protocol: 'pooled', m: 1e6, n: 1, d: 1e6, norm: 1, reps: 1e6 })).toThrow(
      /^monteCarloPower: reps × m × d/,
    );
    expect(() => monteCarloPowerCurve([1], { protocol: 'pooled', m: 1e6, n: 1, d: 1, reps: 1000 })).toThrow(
      /^monteCarloPowerCurve: reps × m = /,
    );
    expect(() => separationRate({ protocol: 'pooled', m: 1e4, n: 1, d: 1e4, reps: 1e5 })).toThrow(/^separationRate: reps × m × d/);
    expect(() => pooledTest({ x: Float64Array.of(Number.NaN), m: 1, d: 1, n: 1 })).toThrow(/^pooledTest: trials.x/);
    expect(() => irwinHallCdf(0.5, 2.5)).toThrow(/^irwinHallCdf: m/);
    expect(() => landauSf(1, 0, 0)).toThrow(/^landauSf: sigma/);
    expect(stableSfAlpha1(Number.NaN)).toBeNaN();
  });

  it('stouffer with a weight of 1e300 (‖w‖² overflowed: NaN) and mudholkar-george with p = 5e-324 next to p = 1 (∞ − ∞)', () => {
    expect(combinePValues([0.01, 0.2], { method: 'stouffer', weights: [1e300, 1e300] }).pvalue).toBeCloseTo(
      combinePValues([0.01, 0.2], { method: 'stouffer' }).pvalue,
      14,
    );
    expect(combinePValues([1, 1e-280, 5e-324, 0.9999999999999999], { method: 'mudholkar-george' }).pvalue).toBe(1);
    expect(Number.isFinite(combinePValues([1e-280, 5e-324, 0.5], { method: 'fisher' }).statistic)).toBe(true);
  });

  it('pToE(5e-324, 1e-300) is finite (p^{κ−1} alone overflowed); chi2Sf with k = 5e-324 is 0; ncx2Sf at x = 1e-323 is finite', () => {
    expect(pToE(5e-324, 1e-300)).toBeCloseTo(Math.exp(Math.log(1e-300) - Math.log(5e-324)), -10);
    expect(st.chi2Sf(1, 5e-324)).toBe(0);
    expect(st.ncx2Sf(1e-323, 1e-300, 1e4)).toBeCloseTo(1, 14);
    expect(st.chi2Quantile(0, 1e-300)).toBe(0);
  });

  it('variance of [−1e300, 0] exceeds the double range (QuireError) but std is 1e300/√2; meanCI and linearRegression throw instead of ±∞/NaN', () => {
    expect(() => st.variance([-1e300, 0])).toThrow(/variance: the variance of x exceeds/);
    expect(st.std([-1e300, 0]) / (1e300 / Math.SQRT2)).toBeCloseTo(1, 14);
    expect(() => st.meanCI([0, 1.7976931348623157e308])).toThrow(/meanCI/);
    expect(() => st.linearRegression([0, 1.7e308, -1.7e308], [0, 1, 2])).toThrow(/linearRegression/);
    expect(st.mean([1.7e308, 1.7e308])).toBe(1.7e308);
  });
});
