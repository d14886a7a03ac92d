import { describe, expect, it } from 'vitest';
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { mergeEValues, pToE } from './evalues.js';

describe('mergeEValues', () => {
  it('product of [2, 4, 0.5] is 4, implied p 0.25 (closed form)', () => {
    const r = mergeEValues([2, 4, 0.5], { method: 'product' });
    expect(r.evalue).toBeCloseTo(4, 14);
    expect(r.pvalue).toBeCloseTo(0.25, 14);
  });

  it('weighted mean of [1, 3] with weights [1, 3] is 2.5; implied p capped at 1 for e < 1', () => {
    expect(mergeEValues([1, 3], { weights: [1, 3] }).evalue).toBeCloseTo(2.5, 14);
    expect(mergeEValues([0.2, 0.4]).pvalue).toBe(1);
  });

  it('product does not overflow for many large factors (log domain): 400 × e = 10 → 1e400 = Infinity only at the end', () => {
    expect(mergeEValues(Array(400).fill(10), { method: 'product' }).pvalue).toBe(0);
    expect(mergeEValues([...Array(300).fill(10), ...Array(300).fill(0.1)], { method: 'product' }).evalue).toBeCloseTo(1, 9);
  });

  it('calibrated p-values are valid e-values: E[κ p^{κ−1}] = 1 under uniform p (closed form, Monte Carlo within 4 se)', () => {
    const r = new Rng(3);
    const n = 200_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const e = pToE(1 - r.uniform(), 0.7);
      s += e;
      s2 += e * e;
    }
    const mean = s / n;
    const se = Math.sqrt((s2 / n - mean * mean) / n);
    expect(Math.abs(mean - 1)).toBeLessThan(4 * se);
    expect(pToE(0.01, 0.5)).toBeCloseTo(5, 14);
  });

  it('bad input throws QuireError naming the argument', () => {
    expect(() => mergeEValues([])).toThrow(/mergeEValues: e must not be empty/);
    expect(() => mergeEValues([1, -1])).toThrow(/e\[1\] must be ≥ 0/);
    expect(() => mergeEValues([1, NaN])).toThrow(QuireError);
    expect(() => mergeEValues([1, 2], { method: 'max' as never })).toThrow(/method must be one of 'mean', 'product'/);
    expect(() => mergeEValues([1, 2], { weights: [1] })).toThrow(/weights has length 1, expected 2/);
    expect(() => mergeEValues([1, 2], { method: 'product', weights: [1, 1] })).toThrow(/weights are not used/);
    expect(() => pToE(1.2)).toThrow(/pToE: p must be in \[0, 1\]/);
    expect(() => pToE(0.5, 1)).toThrow(/kappa must be in \(0, 1\)/);
  });
});
