import { describe, expect, it } from 'vitest';
import { QuireError } from '../core/errors.js';
import { splitSeeds } from '../core/rng.js';
import { normalIsf } from '../core/stats.js';
import {
  chi2SumTest,
  combinedLocalTest,
  localStatistics,
  pooledTest,
  randomDirection,
  sharedDirectionTest,
  simulateTrials,
} from './normalMeans.js';
import { exactPower, monteCarloPower, monteCarloPowerCurve, separationRate } from './power.js';

const base = { m: 20, n: 1, d: 50, norm: 1 } as const;

describe('exact power (notes-p1_p9.md §2.2, checked there with scipy)', () => {
  it('d = 50, m = 20, n = 1, ‖f‖² = 1, α = 0.05: chi2-sum 0.116, pooled 0.551', () => {
    expect(exactPower({ protocol: 'chi2-sum', ...base })).toBeCloseTo(0.116, 3);
    expect(exactPower({ protocol: 'pooled', ...base })).toBeCloseTo(0.551, 3);
  });

  it('power at ‖f‖ = 0 is the level α for every exact protocol (invariant)', () => {
    for (const protocol of ['pooled', 'chi2-sum', 'stouffer-direction'] as const) {
      expect(exactPower({ protocol, ...base, norm: 0, alpha: 0.07 })).toBeCloseTo(0.07, 9);
    }
  });

  it('stouffer-direction with d = 1 is the two-sided z-test power Φ̄(z − b) + Φ(−z − b) (closed form)', () => {
    const b = Math.sqrt(20) * 0.5;
    const z = normalIsf(0.025);
    const expected = 1 - 0.5 * (1 + erf((z - b) / Math.SQRT2)) + 0.5 * (1 + erf((-z - b) / Math.SQRT2));
    expect(exactPower({ protocol: 'stouffer-direction', m: 20, n: 1, d: 1, norm: 0.5 })).toBeCloseTo(expected, 6);
  });

  it('exact power agrees with Monte Carlo within its 99.9% band (cross-check, 3 protocols)', () => {
    for (const protocol of ['pooled', 'chi2-sum', 'stouffer-direction'] as const) {
      const exact = exactPower({ protocol, ...base, norm: 1.3 });
      const mc = monteCarloPower({ protocol, ...base, norm: 1.3, reps: 3000, seed: 9 });
      expect(Math.abs(mc.estimate - exact)).toBeLessThan(3.3 * Math.sqrt((exact * (1 - exact)) / 3000));
    }
  });
});

describe('the noise bank reproduces the full simulation (cross-check of two code paths)', () => {
  it('rejection counts equal those of simulateTrials + pooledTest / chi2SumTest / sharedDirectionTest / combinedLocalTest', () => {
    const reps = 40;
    const m = 6;
    const d = 5;
    const n = 2;
    const rho = 0.6;
    const seed = 17;
    const f = [rho, 0, 0, 0, 0];
    const counts = { pooled: 0, 'chi2-sum': 0, 'stouffer-direction': 0, combined: 0 };
    const repSeeds = splitSeeds(seed, reps);
    const alpha = 0.3;
    for (let r = 0; r < reps; r++) {
      const [zSeed, uSeed] = splitSeeds(repSeeds[r], 2);
      const t = simulateTrials(f, { m, n, seed: zSeed });
      if (pooledTest(t).pvalue <= alpha) counts.pooled++;
      if (chi2SumTest(t).pvalue <= alpha) counts['chi2-sum']++;
      if (sharedDirectionTest(t, randomDirection(d, uSeed)).pvalue <= alpha) counts['stouffer-direction']++;
      if (combinedLocalTest(t, { method: 'stouffer' }).pvalue <= alpha) counts.combined++;
    }
    for (const protocol of ['pooled', 'chi2-sum', 'stouffer-direction', 'combined'] as const) {
      const mc = monteCarloPower({ protocol, combiner: 'stouffer', m, n, d, norm: rho, alpha, reps, seed });
      expect(mc.rejections).toBe(counts[protocol]);
    }
    expect(counts.pooled).toBeGreaterThan(0);
  });

  it('curves from one bank equal single-point estimates; the same seed gives identical results', () => {
    const opts = { protocol: 'combined' as const, combiner: 'cauchy' as const, m: 8, n: 1, d: 10, reps: 300, seed: 4 };
    const curve = monteCarloPowerCurve([0, 0.5, 1], opts);
    expect(curve[2].rejections).toBe(monteCarloPower({ ...opts, norm: 1 }).rejections);
    expect(monteCarloPowerCurve([0, 0.5, 1], opts)).toEqual(curve);
  });
});

describe('local statistics', () => {
  it('chi2 statistic is n‖X_j‖² with p = P(χ²_d ≥ T); max-abs and projection p-values are in [0, 1] (closed form)', () => {
    const t = simulateTrials([0.3, -0.2, 0.1], { m: 4, n: 3, seed: 2 });
    const c = localStatistics(t, 'chi2');
    const x = t.x;
    expect(c.statistic[1]).toBeCloseTo(3 * (x[3] ** 2 + x[4] ** 2 + x[5] ** 2), 12);
    // the χ²_3 median is 2.3659738843753377: the p-value is ½ there
    expect(c.pvalue[1] > 0.5).toBe(c.statistic[1] < 2.3659738843753377);
    const u = randomDirection(3, 1);
    expect(u.reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 14);
    for (const s of [localStatistics(t, 'max-abs'), localStatistics(t, 'projection', u)])
      for (const p of s.pvalue) expect(p >= 0 && p <= 1).toBe(true);
  });
});

describe('separation rate', () => {
  it('pooled exact rate scales exactly as (mn)^{-1/2}: ρ(4m) = ρ(m)/2 (closed form: power depends on mnρ² only)', () => {
    const a = separationRate({ protocol: 'pooled', m: 10, n: 1, d: 16, exact: true, relTol: 1e-8 }).rho;
    const b = separationRate({ protocol: 'pooled', m: 40, n: 1, d: 16, exact: true, relTol: 1e-8 }).rho;
    expect(b / a).toBeCloseTo(0.5, 6);
  });

  it('the bracket straddles the target power 1 − β (invariant of bisection)', () => {
    const r = separationRate({ protocol: 'chi2-sum', m: 16, n: 1, d: 8, beta: 0.2, exact: true, relTol: 1e-6 });
    expect(exactPower({ protocol: 'chi2-sum', m: 16, n: 1, d: 8, norm: r.bracket[1] })).toBeGreaterThanOrEqual(0.8);
    expect(exactPower({ protocol: 'chi2-sum', m: 16, n: 1, d: 8, norm: r.bracket[0] })).toBeLessThan(0.8);
    expect(r.bracket[1] / r.bracket[0]).toBeLessThan(1 + 1e-6);
  });

  it('simulated rate lands near the exact rate and is deterministic for a fixed seed', () => {
    const opts = { protocol: 'chi2-sum' as const, m: 32, n: 1, d: 8, reps: 2000, seed: 5 };
    const sim = separationRate(opts);
    const exact = separationRate({ ...opts, exact: true });
    expect(Math.abs(sim.rho / exact.rho - 1)).toBeLessThan(0.05);
    expect(separationRate(opts)).toEqual(sim);
  });
});

describe('bad input → QuireError', () => {
  it.each([
    ['unknown protocol', () => exactPower({ protocol: 'bogus' as never, ...base }), /exactPower: protocol must be one of/],
    ['combined has no exact power', () => exactPower({ protocol: 'combined', ...base }), /no closed-form power/],
    ['negative norm', () => exactPower({ protocol: 'pooled', ...base, norm: -1 }), /norm must be in \[0, Infinity\]/],
    ['alpha out of range', () => exactPower({ protocol: 'pooled', ...base, alpha: 1 }), /alpha must be in \(0, 1\)/],
    ['m not an integer', () => monteCarloPower({ protocol: 'pooled', ...base, m: 2.5 }), /m must be an integer/],
    ['n = 0', () => monteCarloPower({ protocol: 'pooled', ...base, n: 0 }), /n must be in \(0, Infinity\)/],
    ['missing d', () => separationRate({ protocol: 'pooled', m: 2, n: 1 } as never), /option 'd' is required/],
    ['exact combined', () => separationRate({ protocol: 'combined', m: 2, n: 1, d: 2, exact: true }), /no exact power/],
    ['empty f', () => simulateTrials([], { m: 2, n: 1, seed: 1 }), /simulateTrials: f must not be empty/],
    [
      'projection needs a direction',
      () => localStatistics(simulateTrials([1], { m: 2, n: 1, seed: 1 }), 'projection'),
      /needs a direction/,
    ],
    [
      'wrong-length direction',
      () => sharedDirectionTest(simulateTrials([1, 0], { m: 2, n: 1, seed: 1 }), [1]),
      /direction has length 1, expected 2/,
    ],
  ] as [string, () => unknown, RegExp][])('%s', (_name, f, msg) => {
    expect(f).toThrow(QuireError);
    expect(f).toThrow(msg);
  });
});

function erf(x: number): number {
  // Abramowitz–Stegun 7.1.26 is too coarse; use the series/continued form via the complementary normal
  return x >= 0 ? 1 - 2 * tailNormal(x * Math.SQRT2) : -erf(-x);
}
function tailNormal(z: number): number {
  // P(N > z) by numerical integration of the density on [z, z + 40] (independent of core/stats)
  const h = 1e-3;
  let s = 0;
  for (let t = z + h / 2; t < z + 40; t += h) s += Math.exp(-0.5 * t * t);
  return (s * h) / Math.sqrt(2 * Math.PI);
}
