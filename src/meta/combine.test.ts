import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../core/rng.js';
import { chi2Cdf } from '../core/stats.js';
import { QuireError } from '../core/errors.js';
import { COMBINE_METHODS, combinePValues, combinePValuesRows, combinePValuesTable, type CombineMethod } from './combine.js';
import { chi2EvenCdf, chi2EvenSf, irwinHallCdf, irwinHallSaddle, stableSfAlpha1 } from './distributions.js';
import tails from '../../test/fixtures/mpmath/tails.json' with { type: 'json' };
import scipyFixture from './fixtures/scipy-combine.json' with { type: 'json' };
import stableFixture from './fixtures/stable.json' with { type: 'json' };
import irwinHallFixture from './fixtures/irwin-hall.json' with { type: 'json' };

const P3 = [0.01, 0.2, 0.3];
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('combinePValues: scipy published values (TestCombinePvalues, R metap via scipy PR 20934)', () => {
  it.each([
    ['fisher', 14.83716, 0.0215618],
    ['pearson', -1.17974, 0.0221263],
    ['tippett', 0.01, 0.029701],
    ['stouffer', 2.13179, 0.016512],
    ['mudholkar-george', 6.82871, 0.016546],
  ] as const)('%s on [0.01, 0.2, 0.3]', (method, statistic, pvalue) => {
    const r = combinePValues(P3, { method });
    expect(r.statistic).toBeCloseTo(statistic, 5);
    expect(r.pvalue).toBeCloseTo(pvalue, 6);
  });

  it('R metap values to full precision: fisher 0.02156175132483465, stouffer 0.01651203260896294', () => {
    expect(rel(combinePValues(P3).pvalue, 0.02156175132483465)).toBeLessThan(1e-13);
    expect(rel(combinePValues(P3, { method: 'stouffer' }).pvalue, 0.01651203260896294)).toBeLessThan(1e-13);
  });

  it('weighted stouffer [1, 4, 9] gives 0.14644; mudholkar-george on [.1, .1, .1] gives 0.0194625', () => {
    expect(combinePValues(P3, { method: 'stouffer', weights: [1, 4, 9] }).pvalue).toBeCloseTo(0.14644, 5);
    expect(combinePValues([0.1, 0.1, 0.1], { method: 'mudholkar-george' }).pvalue).toBeCloseTo(0.0194625, 7);
  });

  it('scipy docstring: fisher on [0.1, 0.05, 0.02, 0.3] gives (20.828626, 0.0076169); weighted stouffer 0.0095789', () => {
    const p = [0.1, 0.05, 0.02, 0.3];
    const f = combinePValues(p);
    expect(f.statistic).toBeCloseTo(20.828626, 6);
    expect(f.pvalue).toBeCloseTo(0.0076169, 7);
    expect(combinePValues(p, { method: 'stouffer', weights: [1, 2, 3, 4] }).pvalue).toBeCloseTo(0.0095789, 7);
  });
});

describe('combinePValues vs scipy 1.17.1 on 18 random rows (fixtures/scipy-combine.json)', () => {
  const map: [string, CombineMethod][] = [
    ['fisher', 'fisher'],
    ['pearson', 'pearson'],
    ['tippett', 'tippett'],
    ['stouffer', 'stouffer'],
    ['mudholkar_george', 'mudholkar-george'],
  ];
  it('statistics and p-values agree to 1e-10 relative', () => {
    let worst = 0;
    for (const row of scipyFixture.rows) {
      for (const [key, method] of map) {
        const [s, p] = (row as unknown as Record<string, [number, number]>)[key];
        const r = combinePValues(row.p, { method });
        worst = Math.max(worst, rel(r.statistic, s), rel(r.pvalue, p));
      }
      const [s, p] = row.stouffer_weighted;
      const r = combinePValues(row.p, { method: 'stouffer', weights: row.weights });
      worst = Math.max(worst, rel(r.statistic, s), rel(r.pvalue, p));
    }
    expect(worst).toBeLessThan(1e-10);
  });
});

describe('edgington (Irwin–Hall)', () => {
  it('m = 3: P(S ≤ 0.5) = 1/48 and P(S ≤ 1.5) = 1/2 (closed form)', () => {
    expect(combinePValues([0.1, 0.15, 0.25], { method: 'edgington' }).pvalue).toBeCloseTo(1 / 48, 15);
    expect(irwinHallCdf(1.5, 3)).toBeCloseTo(0.5, 15);
  });

  it('matches exact rational arithmetic to 1e-13 for m ≤ 30 (fixtures/irwin-hall.json)', () => {
    for (const c of irwinHallFixture.cases) expect(rel(irwinHallCdf(c.s, c.m), c.cdf)).toBeLessThan(1e-13);
  });

  it('issue 16.5: exact for m = 31 … 500 to 1e-12 relative, deep into the tail (mpmath/fractions fixture)', () => {
    for (const c of tails.irwinHall.filter((c) => c.m <= 500)) {
      const got = irwinHallCdf(c.s, c.m);
      if (c.cdf > 0) expect(rel(got, c.cdf)).toBeLessThan(1e-12);
      else expect(got).toBe(0); // below 1e-300: underflow is the double answer
    }
  });

  it('issue 16.5: Edgington at m = 50 equals the exact Irwin–Hall CDF (the normal approximation was off by 5.4e-4)', () => {
    const e = tails.edgington50;
    const r = combinePValues(e.p, { method: 'edgington' });
    expect(rel(r.statistic, e.sumExact)).toBeLessThan(1e-14);
    const c = tails.irwinHall.find((c) => c.m === 50 && c.s === 15);
    expect(c).toBeDefined();
    expect(rel(irwinHallCdf(15, 50), c!.cdf)).toBeLessThan(1e-12);
    // a tail the normal approximation got wrong by hundreds of orders of magnitude: P(S ≤ s) = s^50/50! for s ≤ 1
    const s = 50 / 64;
    expect(
      rel(combinePValues(Array(50).fill(1 / 64), { method: 'edgington' }).pvalue, Math.exp(50 * Math.log(s) - 148.47776695177302)),
    ).toBeLessThan(1e-12);
  });

  it('issue 16.5: past the exact-work bound, the second-order saddle point is within 1e-7 relative (m = 3000, 5000)', () => {
    for (const c of tails.irwinHall.filter((c) => c.m >= 3000)) {
      if (c.cdf > 0) {
        expect(rel(irwinHallSaddle(c.s, c.m), c.cdf)).toBeLessThan(1e-7);
        expect(rel(irwinHallCdf(c.s, c.m), c.cdf)).toBeLessThan(1e-7);
      } else expect(irwinHallCdf(c.s, c.m)).toBe(0); // 10^log10cdf is below the double range
    }
  });
});

describe('χ² with even degrees of freedom (Fisher, Pearson kernels)', () => {
  it('chi2EvenSf / chi2EvenCdf match mpmath to 1e-13 relative, h ≥ 700 and m = 1e6 included (issue 16.4)', () => {
    for (const c of tails.chi2Even) {
      if (c.sf > 1e-300) expect(rel(chi2EvenSf(c.h, c.m), c.sf)).toBeLessThan(1e-13);
      if (c.cdf > 1e-300) expect(rel(chi2EvenCdf(c.h, c.m), c.cdf)).toBeLessThan(1e-13);
    }
  });

  it('issue 16.4: Fisher at m = 1e6 is within 1e-12 of mpmath (was 1.9e-9)', () => {
    const f = tails.fisherMillion;
    const r = combinePValues(new Float64Array(f.m).fill(f.p), { method: 'fisher' });
    expect(rel(r.statistic, f.statistic)).toBeLessThan(1e-13);
    expect(rel(r.pvalue, f.pvalue)).toBeLessThan(1e-12);
  });

  it('issue 16.1: Pearson returns on 200 × 0.005, 100 × 1e-5 and 5 × 1e-70 (the series hung once its first term underflowed)', () => {
    for (const c of tails.pearson) {
      const r = combinePValues(Array(c.m).fill(c.p), { method: 'pearson' });
      expect(rel(r.statistic, c.statistic)).toBeLessThan(1e-12);
      if (c.pvalue > 1e-300) expect(rel(r.pvalue, c.pvalue)).toBeLessThan(1e-12);
      else expect(r.pvalue).toBe(0); // the true value, 10^(log10pvalue), is below the double range
    }
  }, 5000);
});

describe('zero weights (issue 16.6)', () => {
  it.each(['stouffer', 'cauchy', 'harmonic-mean', 'min-p-bonferroni'] as const)(
    '%s: a study with weight 0 drops out, even on p = 0 or 1 (was NaN)',
    (method) => {
      for (const p0 of [0, 1, 0.3]) {
        const r = combinePValues([0.01, p0, 0.2, 0.05], { method, weights: [1, 0, 2, 1] });
        const ref = combinePValues([0.01, 0.2, 0.05], { method, weights: [1, 2, 1] });
        expect(Number.isNaN(r.pvalue)).toBe(false);
        expect(rel(r.pvalue, ref.pvalue)).toBeLessThan(1e-14);
      }
    },
  );
});

describe('cauchy (ACAT) and harmonic-mean (HMP)', () => {
  it('cauchy with one p-value returns it (closed form: tan/arctan inverse)', () => {
    for (const p of [1e-12, 0.003, 0.4, 0.9]) expect(rel(combinePValues([p], { method: 'cauchy' }).pvalue, p)).toBeLessThan(1e-9);
  });

  it('cauchy with equal p-values returns that p (closed form)', () => {
    expect(rel(combinePValues([0.02, 0.02, 0.02, 0.02], { method: 'cauchy' }).pvalue, 0.02)).toBeLessThan(1e-12);
  });

  it('the α = 1 stable survival has the Pareto tail (2/π)/x far out, continuously across the x = 20 and 1e12 switches', () => {
    for (const x of [1e5, 1e9, 1e12, 1e13]) expect(rel(stableSfAlpha1(x), 2 / (Math.PI * x))).toBeLessThan(1e-3 * (1e3 / x) * Math.log(x));
    expect(rel(stableSfAlpha1(20 - 1e-9), stableSfAlpha1(20 + 1e-9))).toBeLessThan(1e-9);
  });

  it('the α = 1 stable survival matches scipy.stats.levy_stable.sf (fixtures/stable.json) to 1e-10', () => {
    stableFixture.x.forEach((x, i) => expect(rel(stableSfAlpha1(x), stableFixture.sf[i])).toBeLessThan(1e-10));
  });

  it('HMP p-value → H as H → 0 (Landau tail, Wilson 2019 eq. 4)', () => {
    const r = combinePValues([1e-9, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], { method: 'harmonic-mean' });
    expect(rel(r.pvalue, r.statistic)).toBeLessThan(0.01);
  });

  it('HMP and ACAT are calibrated under the null (rejection rate at 0.05 within a 99.9% binomial band)', () => {
    const rows = 4000;
    const cols = 40;
    const p = new Rng(11).fillUniform(new Float64Array(rows * cols));
    const band = 3.3 * Math.sqrt((0.05 * 0.95) / rows);
    for (const method of ['harmonic-mean', 'cauchy'] as const) {
      const { pvalue } = combinePValuesRows(p, rows, cols, { method });
      let k = 0;
      for (const v of pvalue) if (v <= 0.05) k++;
      expect(Math.abs(k / rows - 0.05)).toBeLessThan(band);
    }
  });
});

describe('tails and edge values', () => {
  it('fisher keeps relative accuracy far in the tail (closed form e^{-h} Σ h^k/k!)', () => {
    // m = 2, p = [1e-200, 1e-200]: h = 400 ln 10, sf = e^{-h}(1 + h)
    const h = 400 * Math.LN10;
    expect(rel(combinePValues([1e-200, 1e-200]).pvalue, Math.exp(-h) * (1 + h))).toBeLessThan(1e-12);
  });

  it('a p-value of 0 gives a combined p of 0; all ones give 1 (fisher, tippett, stouffer, cauchy, hmp)', () => {
    for (const method of ['fisher', 'tippett', 'stouffer', 'cauchy', 'harmonic-mean', 'min-p-bonferroni'] as const) {
      expect(combinePValues([0, 0.5, 0.7], { method }).pvalue).toBe(0);
    }
    expect(combinePValues([1, 1, 1], { method: 'fisher' }).pvalue).toBe(1);
    expect(combinePValues([1, 1, 1], { method: 'edgington' }).pvalue).toBe(1);
  });

  it('min-p-bonferroni: m·min p, capped at 1; weighted: min p_i/w_i with Σw = 1 (closed form)', () => {
    expect(combinePValues(P3, { method: 'min-p-bonferroni' }).pvalue).toBeCloseTo(0.03, 15);
    expect(combinePValues([0.6, 0.9], { method: 'min-p-bonferroni' }).pvalue).toBe(1);
    expect(combinePValues([0.01, 0.5], { method: 'min-p-bonferroni', weights: [1, 3] }).pvalue).toBeCloseTo(0.01 / 0.25, 15);
  });
});

describe('vectorized rows', () => {
  it('each row equals the single-list result, for every method (cross-check of the two doors)', () => {
    const rows = 50;
    const cols = 7;
    const p = new Rng(5).fillUniform(new Float64Array(rows * cols));
    for (let k = 0; k < p.length; k++) p[k] = p[k] ** 3;
    for (const method of COMBINE_METHODS) {
      const all = combinePValuesRows(p, rows, cols, { method });
      for (let r = 0; r < rows; r++) {
        const one = combinePValues(p.subarray(r * cols, (r + 1) * cols), { method });
        expect(all.statistic[r]).toBe(one.statistic);
        expect(all.pvalue[r]).toBe(one.pvalue);
      }
    }
  });

  it('combinePValuesTable equals combinePValuesRows on the flattened table', () => {
    const t = [P3, [0.5, 0.5, 0.5]];
    const a = combinePValuesTable(t, { method: 'stouffer', weights: [1, 2, 3] });
    const b = combinePValuesRows(Float64Array.from(t.flat()), 2, 3, { method: 'stouffer', weights: [1, 2, 3] });
    expect(Array.from(a.pvalue)).toEqual(Array.from(b.pvalue));
  });
});

describe('properties (fast-check, seed 42)', () => {
  it("Fisher's statistic is χ²(2m) under the null: KS distance to the χ²(2m) CDF below the 0.1% critical value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 1e6 }), (m, seed) => {
        const rows = 2000;
        const p = new Rng(seed).fillUniform(new Float64Array(rows * m));
        for (let k = 0; k < p.length; k++) p[k] = 1 - p[k]; // (0, 1]
        const x = combinePValuesRows(p, rows, m).statistic.sort();
        let d = 0;
        for (let i = 0; i < rows; i++) {
          const F = chi2Cdf(x[i], 2 * m);
          d = Math.max(d, (i + 1) / rows - F, F - i / rows);
        }
        return d < 1.95 / Math.sqrt(rows);
      }),
      { seed: 42, numRuns: 15 },
    );
  });

  it('every method is monotone: lowering one p-value never raises the combined p', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMBINE_METHODS),
        fc.array(fc.double({ min: 1e-6, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (method, p, i, shrink) => {
          const q = p.slice();
          q[i % p.length] *= shrink;
          return combinePValues(q, { method }).pvalue <= combinePValues(p, { method }).pvalue * (1 + 1e-12) + 1e-15;
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('unweighted methods are symmetric: permuting the p-values leaves the result unchanged', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMBINE_METHODS),
        fc.array(fc.double({ min: 1e-9, max: 1, noNaN: true }), { minLength: 2, maxLength: 10 }),
        (method, p) => {
          const a = combinePValues(p, { method }).pvalue;
          const b = combinePValues(p.slice().reverse(), { method }).pvalue;
          return Math.abs(a - b) <= 1e-12 * Math.max(a, 1e-300) + 1e-15;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('bad input → QuireError naming function and argument', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['p > 1', () => combinePValues([0.2, 1.5]), /combinePValues: p\[1\] must be in \[0, 1\]/],
    ['p < 0', () => combinePValues([-0.1]), /p\[0\]/],
    ['NaN', () => combinePValues([0.2, NaN]), /p\[1\] must be a finite number/],
    ['empty', () => combinePValues([]), /p must not be empty/],
    ['unknown method', () => combinePValues(P3, { method: 'bogus' as CombineMethod }), /method must be one of/],
    ['weights length', () => combinePValues(P3, { method: 'stouffer', weights: [1, 2] }), /weights has length 2, expected 3/],
    ['negative weight', () => combinePValues(P3, { method: 'stouffer', weights: [1, -2, 1] }), /weights\[1\] must be ≥ 0/],
    ['zero weights', () => combinePValues(P3, { method: 'cauchy', weights: [0, 0, 0] }), /must not be all zero/],
    ['weights to fisher', () => combinePValues(P3, { method: 'fisher', weights: [1, 1, 1] }), /weights are not used by method 'fisher'/],
    ['unknown option', () => combinePValues(P3, { methd: 'fisher' } as never), /unknown option 'methd'/],
    ['rows shape', () => combinePValuesRows(new Float64Array(5), 2, 3), /combinePValuesRows: p has length 5, expected rows × cols = 6/],
    ['ragged table', () => combinePValuesTable([[0.1, 0.2], [0.3]]), /ragged: row 1 has 1 entries, expected 2/],
  ];
  it.each(cases)('%s', (_name, f, msg) => {
    expect(f).toThrow(QuireError);
    expect(f).toThrow(msg);
  });
});

describe('fast kernels vs core/stats (cross-check)', () => {
  it('tSfFast (A&S 26.7.3–4 series) matches core tSf to 2e-12 relative for ν ≤ 400, both tails', async () => {
    const { tSfFast } = await import('./distributions.js');
    const { tSf } = await import('../core/stats.js');
    let worst = 0;
    for (const nu of [1, 2, 3, 9, 14, 54, 55, 399])
      for (let t = -8; t <= 40; t += 0.0371) worst = Math.max(worst, rel(tSfFast(t, nu), tSf(t, nu)));
    expect(worst).toBeLessThan(2e-12);
  });

  it('normalQuantileFast (AS 241) matches core normalQuantile to 1e-13 relative from 1e-300 to 1 − 1e-15, and scipy ndtri(1e-300) to 1e-15', async () => {
    const { normalQuantileFast } = await import('./distributions.js');
    const { normalQuantile } = await import('../core/stats.js');
    let worst = 0;
    for (let e = -300; e <= -1; e += 0.173) {
      const p = 10 ** e;
      worst = Math.max(worst, rel(normalQuantileFast(p), normalQuantile(p)));
      if (p > 1e-15) worst = Math.max(worst, rel(normalQuantileFast(1 - p), normalQuantile(1 - p)));
    }
    for (let p = 0.01; p < 1; p += 0.00731)
      if (Math.abs(p - 0.5) > 1e-3) worst = Math.max(worst, rel(normalQuantileFast(p), normalQuantile(p)));
    expect(worst).toBeLessThan(1e-13);
    expect(rel(normalQuantileFast(1e-300), -37.0470962993612)).toBeLessThan(1e-15); // scipy.special.ndtri
    expect(normalQuantileFast(0)).toBe(-Infinity);
    expect(normalQuantileFast(1)).toBe(Infinity);
  });
});

describe('regressions', () => {
  it('products in the fisher / pearson / mudholkar-george kernels do not underflow (40 p-values near 0 or 1)', () => {
    const tiny = Array(40).fill(1e-20);
    expect(rel(combinePValues(tiny).statistic, -80 * Math.log(1e-20))).toBeLessThan(1e-14);
    const nearOne = Array(40).fill(1 - 1e-12);
    expect(Number.isFinite(combinePValues(nearOne, { method: 'pearson' }).statistic)).toBe(true);
    expect(rel(combinePValues(nearOne, { method: 'pearson' }).statistic, 80 * Math.log1p(-(1 - 1e-12)))).toBeLessThan(1e-3);
    expect(Number.isFinite(combinePValues(tiny, { method: 'mudholkar-george' }).statistic)).toBe(true);
  });
});
