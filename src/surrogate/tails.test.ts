import { describe, expect, it } from 'vitest';
import { heatProblem, sampleKl } from './problem.js';
import { solveDataset } from './solver.js';
import { sampleErrors, sampleSupNorms, sortedQuantile, tailIndex, tailSummary } from './tails.js';

describe('per-sample errors and norms', () => {
  it('closed forms on a hand example', () => {
    const truth = new Float64Array([1, -3, 2, 0]);
    const pred = new Float64Array([2, -3, 2, 1]);
    expect(Array.from(sampleSupNorms(truth, 2))).toEqual([3, 2]);
    const e = sampleErrors(pred, truth, 2);
    expect(Array.from(e.max)).toEqual([1, 1]);
    expect(e.relL2[0]).toBeCloseTo(1 / Math.sqrt(10), 15);
    expect(e.relL2[1]).toBeCloseTo(1 / 2, 15);
    expect(() => sampleSupNorms(new Float64Array(3), 2)).toThrow(/sampleSupNorms: truth has length 3/);
  });

  it('sortedQuantile interpolates (type 7) and rejects q outside [0, 1] or an empty array (issue 16.13)', () => {
    const s = new Float64Array([0, 1, 2, 10]);
    expect(sortedQuantile(s, 0)).toBe(0);
    expect(sortedQuantile(s, 1)).toBe(10);
    expect(sortedQuantile(s, 0.5)).toBe(1.5);
    expect(() => sortedQuantile(s, 2)).toThrow(/sortedQuantile: q is 2, expected in \[0, 1\]/);
    expect(() => sortedQuantile(s, Number.NaN)).toThrow(/sortedQuantile: q/);
    expect(() => sortedQuantile(new Float64Array(0), 0.5)).toThrow(/sortedQuantile: s is empty/);
  });
});

describe('tailIndex', () => {
  const pb = heatProblem({ dim: 1, cells: 32, modes: 6, lengthScale: 0.3, sigma: 1 });
  const norms = (n: number, seed: number) => sampleSupNorms(solveDataset(pb, sampleKl(pb, n, seed)).u, pb.size);

  it('the 5 %-relative oracle scores exactly 1 at any test-set size, while its max/mean depends on n and the draw', () => {
    const ratios: number[] = [];
    for (const [n, seed] of [
      [50, 1],
      [5000, 2],
      [20000, 3],
    ]) {
      const u = norms(n, seed);
      const e = u.map((v) => 0.05 * v);
      const t = tailIndex(e, u);
      expect(t.index).toBeCloseTo(1, 12);
      expect(t.levelRatio).toBeCloseTo(1, 12);
      ratios.push(tailSummary(e).worstOverMean);
    }
    // the old metric measured the data: max/mean of the oracle is itself far above 1 and moves with n
    expect(Math.min(...ratios.slice(1))).toBeGreaterThan(5);
    expect(ratios[0]).toBeLessThan(ratios[2]);
  });

  it('is invariant to the test-set size: a model with errors ∝ ‖u‖^1.5 scores the same TI at n = 5,000 and 20,000 (> 1), ∝ ‖u‖^0.5 scores < 1', () => {
    const a = norms(5000, 11);
    const b = norms(20000, 12);
    const heavy = (u: Float64Array) =>
      tailIndex(
        u.map((v) => 0.05 * v ** 1.5),
        u,
      ).index;
    const light = (u: Float64Array) =>
      tailIndex(
        u.map((v) => 0.05 * v ** 0.5),
        u,
      ).index;
    expect(heavy(a)).toBeGreaterThan(1.2);
    expect(Math.abs(heavy(a) / heavy(b) - 1)).toBeLessThan(0.1);
    expect(light(a)).toBeLessThan(0.9);
    expect(Math.abs(light(a) / light(b) - 1)).toBeLessThan(0.1);
  });

  it('closed form on a small example: TI = [Q(e)/mean(e)] / [Q(o)/mean(o)], scale-free in e', () => {
    const e = [1, 1, 1, 5];
    const u = [1, 1, 1, 1];
    const t = tailIndex(e, u, { q: 0.5 });
    expect(t.modelQuantile).toBe(1);
    expect(t.modelMean).toBe(2);
    expect(t.index).toBeCloseTo(0.5, 15);
    expect(
      tailIndex(
        e.map((x) => 7 * x),
        u,
        { q: 0.5 },
      ).index,
    ).toBeCloseTo(0.5, 15);
    expect(t.levelRatio).toBeCloseTo(1 / 0.05, 12);
  });

  it('rejects bad input with QuireError naming the argument', () => {
    expect(() => tailIndex([], [])).toThrow(/tailIndex: errors is empty/);
    expect(() => tailIndex([1, 2], [1])).toThrow(/tailIndex: norms has length 1, expected 2/);
    expect(() => tailIndex([1, -1], [1, 1])).toThrow(/tailIndex: errors\[1\] is -1/);
    expect(() => tailIndex([0, 0], [1, 1])).toThrow(/every error is 0/);
    expect(() => tailIndex([1, 1], [0, 0])).toThrow(/every norm is 0/);
    expect(() => tailIndex([1], [1], { q: 1 })).toThrow(/tailIndex: q is 1/);
    expect(() => tailIndex([1], [1], { oracle: 0 })).toThrow(/tailIndex: oracle is 0/);
  });
});
