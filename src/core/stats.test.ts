import { describe, expect, it } from 'vitest';
import * as s from './stats.js';

// Reference values from scipy 1.17.1 (fixtures/README.md lists the calls).
describe('distributions vs scipy', () => {
  it('normal quantile is tail-safe', () => {
    expect(s.normalQuantile(1e-20)).toBeCloseTo(-9.262340089798409, 12);
    expect(s.normalQuantile(1e-300)).toBeCloseTo(-37.0470962993612, 11);
    expect(s.normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(s.normalIsf(1e-20)).toBeCloseTo(9.262340089798409, 12);
    expect(s.normalSf(10) / 7.61985302416047e-24).toBeCloseTo(1, 12);
    expect(s.normalQuantile(0.5)).toBe(0);
    expect(() => s.normalQuantile(-0.1)).toThrow(/normalQuantile: p must be a probability/);
  });

  it('chi-square, noncentral chi-square', () => {
    expect(s.chi2Sf(100, 3) / 1.5541594313896026e-21).toBeCloseTo(1, 10);
    expect(s.chi2Cdf(3.5, 4)).toBeCloseTo(0.522121655511276, 13);
    expect(s.chi2Quantile(0.95, 7)).toBeCloseTo(14.067140449340169, 10);
    expect(s.ncx2Cdf(3, 2, 1)).toBeCloseTo(0.6206436532195437, 13);
    expect(s.ncx2Sf(50, 10, 20)).toBeCloseTo(0.03559282256461013, 13);
    expect(s.ncx2Sf(200, 50, 100)).toBeCloseTo(0.017978089847512858, 12);
    expect(s.ncx2Cdf(7, 5, 0)).toBeCloseTo(s.chi2Cdf(7, 5), 15);
  });

  it('t, beta, gamma', () => {
    expect(s.tQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 11);
    expect(s.tSf(3, 5)).toBeCloseTo(0.015049623948731293, 13);
    expect(s.betaCdf(0.3, 2, 5)).toBeCloseTo(0.579825, 13);
    expect(s.gammaCdf(2.5, 3)).toBeCloseTo(0.45618688411667035, 13);
    expect(s.gammaCdf(2.5, 3) + s.gammaSf(2.5, 3)).toBeCloseTo(1, 14);
  });

  it('cauchy survival is accurate far out (closed form 1/(πx))', () => {
    expect(s.cauchySf(1e10) * Math.PI * 1e10).toBeCloseTo(1, 10);
    expect(s.cauchySf(0)).toBe(0.5);
    expect(s.cauchyCdf(1)).toBeCloseTo(0.75, 15);
  });
});

describe('summaries', () => {
  it('mean, variance, quantile (type 7) closed forms', () => {
    expect(s.mean([1, 2, 3, 4])).toBe(2.5);
    expect(s.variance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 14);
    expect(s.quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 14);
    expect(s.median([5, 1, 3])).toBe(3);
    expect(() => s.mean([])).toThrow(/must not be empty/);
  });

  it('linear regression recovers an exact line; interval covers the truth on noisy data', () => {
    const fit = s.linearRegression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]);
    expect(fit.slope.estimate).toBeCloseTo(2, 14);
    expect(fit.intercept).toBeCloseTo(1, 13);
    expect(fit.r2).toBeCloseTo(1, 14);
    const noisy = s.linearRegression([1, 2, 3, 4], [2.1, 3.9, 6.2, 7.8]);
    expect(noisy.slope.estimate).toBeCloseTo(1.94, 13);
    expect(noisy.slope.se).toBeCloseTo(0.09055385138137415, 12);
    expect(() => s.linearRegression([1, 1, 1], [1, 2, 3])).toThrow(/spread of x/);
  });

  it('Wilson interval (closed form) and paired differences', () => {
    const w = s.wilsonInterval(0, 10);
    expect(w.lower).toBeCloseTo(0, 15);
    expect(w.upper).toBeCloseTo(0.2775327998628892, 10);
    const d = s.pairedDifference([2, 3, 4, 5], [1, 2, 3, 4.5]);
    expect(d.estimate).toBeCloseTo(0.875, 14);
    expect(d.lower).toBeLessThan(d.estimate);
    expect(d.pvalue).toBeLessThan(0.05);
  });
});
