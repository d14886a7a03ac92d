import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { normalQuantile } from '../core/stats.js';
import { emd1d, planToDense, wasserstein1d, wasserstein1dBatch, wasserstein1dPow } from './index.js';

const fixtures = JSON.parse(readFileSync(new URL('./fixtures/scipy_wasserstein.json', import.meta.url), 'utf8')) as {
  cases: {
    u: number[];
    v: number[];
    uWeights: number[];
    vWeights: number[];
    w1_unweighted: number;
    w1_weighted: number;
    wpp_weighted: Record<string, number>;
  }[];
};

describe('wasserstein1d: published values', () => {
  it('scipy wasserstein_distance([0,1,3],[5,6,8]) = 5', () => {
    expect(wasserstein1d([0, 1, 3], [5, 6, 8])).toBeCloseTo(5, 14);
  });
  it('scipy weighted ([0,1],[0,1],[3,1],[2,2]) = 0.25', () => {
    expect(wasserstein1d([0, 1], [0, 1], { uWeights: [3, 1], vWeights: [2, 2] })).toBeCloseTo(0.25, 14);
  });
  it('POT emd2_1d([2,0],[0,3]) = 0.5 (W_2², uniform) and emd_1d plan [[0,.5],[.5,0]]', () => {
    expect(wasserstein1dPow([2, 0], [0, 3], { p: 2 })).toBeCloseTo(0.5, 14);
    const plan = emd1d([2, 0], [0, 3], { p: 2 });
    expect(plan.cost).toBeCloseTo(0.5, 14);
    expect(planToDense(plan, 2, 2)).toEqual([
      [0, 0.5],
      [0.5, 0],
    ]);
    // W_p = (W_p^p)^(1/p)
    expect(wasserstein1d([2, 0], [0, 3], { p: 2 })).toBeCloseTo(Math.sqrt(0.5), 14);
  });
  it('matches scipy (W_1, weighted, different sizes) and a numpy quantile merge (p = 1.5, 2, 3) on fixtures', () => {
    for (const c of fixtures.cases) {
      expect(wasserstein1d(c.u, c.v)).toBeCloseTo(c.w1_unweighted, 10);
      expect(wasserstein1d(c.u, c.v, { uWeights: c.uWeights, vWeights: c.vWeights })).toBeCloseTo(c.w1_weighted, 10);
      for (const p of [1.5, 2, 3]) {
        expect(wasserstein1dPow(c.u, c.v, { p, uWeights: c.uWeights, vWeights: c.vWeights })).toBeCloseTo(c.wpp_weighted[String(p)], 9);
      }
    }
  });
});

describe('wasserstein1d: closed form W_2²(N(0,1), N(1,4)) = (0−1)² + (1−2)² = 2', () => {
  it('on the quantile integral (midpoint rule over 2·10^5 quantile levels)', () => {
    const K = 200_000;
    const u = new Float64Array(K);
    const v = new Float64Array(K);
    for (let k = 0; k < K; k++) {
      const z = normalQuantile((k + 0.5) / K);
      u[k] = z;
      v[k] = 1 + 2 * z;
    }
    expect(wasserstein1dPow(u, v, { p: 2 })).toBeCloseTo(2, 3);
  });
  it('statistically on samples (n = 2·10^5 each; sd of the estimate ≈ 0.01)', () => {
    const r = new Rng(11);
    const n = 200_000;
    const a = r.fillNormal(new Float64Array(n));
    const b = r.fillNormal(new Float64Array(n), 1, 2);
    expect(Math.abs(wasserstein1dPow(a, b, { p: 2 }) - 2)).toBeLessThan(0.04);
    // W_1(N(0,1), N(μ,1)) = |μ|
    const c = r.fillNormal(new Float64Array(n), -0.7, 1);
    expect(Math.abs(wasserstein1d(a, c) - 0.7)).toBeLessThan(0.02);
  });
});

/** |a − b| ≤ tol·(1 + |b|): a relative check for costs that reach 10^6 (p = 3). */
function close(a: number, b: number, tol = 1e-10): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * (1 + Math.abs(b)));
}

const sample = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 30 });
const pArb = fc.constantFrom(1, 1.5, 2, 3);

describe('wasserstein1d: invariants (fast-check, seed 42)', () => {
  it('integer weights equal repeated points; different sizes equal repetition to a common size', () => {
    fc.assert(
      fc.property(sample, sample, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 30, maxLength: 30 }), pArb, (u, v, w, p) => {
        const uw = u.map((_, i) => w[i]);
        if (!uw.some((x) => x > 0)) uw[0] = 1;
        const rep: number[] = [];
        u.forEach((x, i) => {
          for (let k = 0; k < uw[i]; k++) rep.push(x);
        });
        const a = wasserstein1dPow(u, v, { p, uWeights: uw });
        close(a, wasserstein1dPow(rep, v, { p }));
        // uniform sizes n, m: repeat each u point m times and each v point n times
        const uu = u.flatMap((x) => Array<number>(v.length).fill(x));
        const vv = v.flatMap((x) => Array<number>(u.length).fill(x));
        close(wasserstein1dPow(u, v, { p }), wasserstein1dPow(uu, vv, { p }));
      }),
      { seed: 42, numRuns: 150 },
    );
  });
  it('symmetry, identity, translation W_p(u, u + c) = |c|, and uniform weights = no weights', () => {
    fc.assert(
      fc.property(sample, sample, pArb, fc.integer({ min: -9, max: 9 }), (u, v, p, c) => {
        close(wasserstein1d(u, v, { p }), wasserstein1d(v, u, { p }));
        expect(wasserstein1d(u, u, { p })).toBe(0);
        close(
          wasserstein1d(
            u,
            u.map((x) => x + c),
            { p },
          ),
          Math.abs(c),
        );
        close(wasserstein1d(u, v, { p, uWeights: u.map(() => 2), vWeights: v.map(() => 0.5) }), wasserstein1d(u, v, { p }));
      }),
      { seed: 42, numRuns: 150 },
    );
  });
  it('emd1d: the plan has the right marginals and its cost is W_p^p; the batch equals single calls', () => {
    fc.assert(
      fc.property(sample, sample, pArb, (u, v, p) => {
        const plan = emd1d(u, v, { p });
        const dense = planToDense(plan, u.length, v.length);
        dense.forEach((row) => expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(1 / u.length, 12));
        for (let j = 0; j < v.length; j++)
          close(
            dense.reduce((s, row) => s + row[j], 0),
            1 / v.length,
          );
        let cost = 0;
        for (let k = 0; k < plan.mass.length; k++) cost += plan.mass[k] * Math.abs(u[plan.from[k]] - v[plan.to[k]]) ** p;
        close(plan.cost, cost);
        close(plan.cost, wasserstein1dPow(u, v, { p }));
        const b = wasserstein1dBatch([u, v], [v, u], { p });
        close(b[0], wasserstein1d(u, v, { p }));
        close(b[1], wasserstein1d(u, v, { p }));
        close(wasserstein1dBatch([u], [v], { p, power: true })[0], wasserstein1dPow(u, v, { p }));
      }),
      { seed: 42, numRuns: 100 },
    );
  });
  it('large samples take the radix/bucket sort path and agree with the native sort path', () => {
    const r = new Rng(3);
    const u = r.fillNormal(new Float64Array(5000));
    const v = Float64Array.from(r.fillNormal(new Float64Array(3000)), (x) => Math.exp(2 * x)); // skewed, clustered
    const us = u.slice().sort();
    const vs = v.slice().sort();
    // equal-quantile reference by the explicit integer merge on natively sorted data
    let ref = 0;
    let i = 0;
    let j = 0;
    let prev = 0;
    while (i < us.length && j < vs.length) {
      const a = (i + 1) * vs.length;
      const b = (j + 1) * us.length;
      const next = Math.min(a, b);
      ref += (next - prev) * Math.abs(us[i] - vs[j]) ** 2;
      prev = next;
      if (a === next) i++;
      if (b === next) j++;
    }
    close(wasserstein1dPow(u, v, { p: 2 }), ref / (us.length * vs.length));
  });
});

describe('wasserstein1d: bad input throws QuireError naming function and argument', () => {
  it.each([
    ['empty u', () => wasserstein1d([], [1]), /wasserstein1d: u must not be empty/],
    ['NaN in v', () => wasserstein1d([1], [NaN]), /wasserstein1d: v\[0\] must be a finite number/],
    ['Inf in u', () => wasserstein1d([Infinity], [1]), /wasserstein1d: u\[0\]/],
    ['p < 1', () => wasserstein1d([1], [2], { p: 0.5 }), /wasserstein1d: p must be in \[1/],
    ['p NaN', () => wasserstein1dPow([1], [2], { p: NaN }), /wasserstein1dPow: p must be a finite number/],
    ['negative weight', () => wasserstein1d([1, 2], [2], { uWeights: [1, -1] }), /uWeights\[1\] must be ≥ 0/],
    ['all-zero weights', () => wasserstein1d([1, 2], [2], { vWeights: [0] }), /vWeights must not be all zero/],
    [
      'wrong-length weights',
      () => wasserstein1d([1, 2, 3, 4], [2], { uWeights: [1, 1, 1] }),
      /uWeights has length 3, expected 4 \(the length of u\)/,
    ],
    ['unknown option', () => wasserstein1d([1], [2], { q: 1 } as never), /unknown option 'q'/],
    ['emd1d NaN', () => emd1d([NaN], [1]), /emd1d: u\[0\]/],
    ['batch mismatch', () => wasserstein1dBatch([[1]], [[1], [2]]), /wasserstein1dBatch: vs has length 2, expected 1/],
    ['batch empty member', () => wasserstein1dBatch([[1], []], [[1], [2]]), /us\[1\] must not be empty/],
  ])('%s', (_name, f, msg) => {
    expect(f).toThrow(QuireError);
    expect(f).toThrow(msg);
  });
});

describe('huge and tiny finite inputs (issue 16.13: scale before taking powers)', () => {
  it('W_p of u = [1e308, 0], v = [0, 0] is 1e308 · 2^{−1/p} (was Infinity)', () => {
    expect(wasserstein1d([1e308, 0], [0, 0])).toBe(5e307);
    expect(wasserstein1d([1e308, 0], [0, 0], { p: 2 }) / (1e308 / Math.SQRT2)).toBeCloseTo(1, 14);
    expect(wasserstein1d([1e308, -1e308], [-1e308, 1e308], { p: 3 })).toBe(0);
    expect(() => wasserstein1d([1.7e308], [-1.7e308])).toThrow(/exceeds the float64 range/); // 3.4e308 is not a double
  });

  it('tiny inputs keep their scale: W_2([1e-200], [0]) = 1e-200 (the square underflowed)', () => {
    expect(wasserstein1d([1e-200], [0], { p: 2 })).toBe(1e-200);
    expect(wasserstein1d([3e-320, 0], [0, 0], { p: 4 }) / (3e-320 * 0.5 ** 0.25)).toBeCloseTo(1, 2);
  });

  it('W_p^p that overflows float64 throws QuireError naming the remedy; the batch scales too', () => {
    expect(() => wasserstein1dPow([1e200], [0], { p: 2 })).toThrow(/overflows float64.*use wasserstein1d/);
    expect(wasserstein1dPow([1e100], [0], { p: 2 })).toBeCloseTo(1e200, -186);
    expect(Array.from(wasserstein1dBatch([[1e308, 0]], [[0, 0]], { p: 2 }))[0] / (1e308 / Math.SQRT2)).toBeCloseTo(1, 14);
  });
});
