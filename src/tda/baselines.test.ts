import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../core/rng.js';
import { cbf } from '../data/synthetic.js';
import { dtwDistance, nearestNeighborDtw, nearestNeighborEuclidean } from './baselines.js';
import { accuracy } from './classifier.js';

/** DTW straight from the recurrence on the full (n+1)×(m+1) table, band |i − j| ≤ w. */
function dtwBrute(a: number[], b: number[], w: number): number {
  const n = a.length;
  const m = b.length;
  const D = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  D[0][0] = 0;
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      if (Math.abs(i - j) > Math.max(w, Math.abs(n - m))) continue;
      D[i][j] = (a[i - 1] - b[j - 1]) ** 2 + Math.min(D[i - 1][j - 1], D[i - 1][j], D[i][j - 1]);
    }
  return Math.sqrt(D[n][m]);
}

describe('1-NN baselines', () => {
  it('DTW: a repeated sample costs nothing; w = 0 is the Euclidean distance; matches the full-table recurrence', () => {
    expect(dtwDistance([0, 1, 2], [0, 0, 1, 2], Infinity)).toBe(0);
    expect(dtwDistance([1, 2, 3], [2, 2, 5], 0)).toBeCloseTo(Math.sqrt(1 + 0 + 4), 15);
    const arr = fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3, maxLength: 12 });
    fc.assert(
      fc.property(arr, arr, fc.integer({ min: 0, max: 12 }), (a, b, w) => {
        expect(dtwDistance(a, b, w)).toBeCloseTo(dtwBrute(a, b, w), 10);
        expect(dtwDistance(a, b, w + 1)).toBeLessThanOrEqual(dtwDistance(a, b, w) + 1e-12); // a wider band never costs more
      }),
      { seed: 17, numRuns: 200 },
    );
    expect(() => dtwDistance([1, 2, 3], [1, 2, 3], -1)).toThrow(/window/);
  });

  it('1-NN DTW with pruning returns the same neighbours as exhaustive search', () => {
    const r = new Rng(3);
    const train = Array.from({ length: 25 }, () => Array.from(r.fillNormal(new Float64Array(30))));
    const labels = train.map((_, i) => i);
    const test = Array.from({ length: 10 }, () => Array.from(r.fillNormal(new Float64Array(30))));
    const res = nearestNeighborDtw(train, labels, test, { maxFraction: 0.1 });
    const w = res.window!;
    test.forEach((q, k) => {
      const d = train.map((c) => dtwBrute(q, c, w));
      const best = d.indexOf(Math.min(...d));
      expect(res.predictions[k]).toBe(best);
    });
  });

  it('on CBF, 1-NN DTW with a learned window beats 1-NN Euclidean, as in the UCR archive (0.997 vs 0.852)', () => {
    const tr = cbf(10, 1);
    const te = cbf(40, 2);
    const ed = accuracy(nearestNeighborEuclidean(tr.series, tr.labels, te.series).predictions, te.labels);
    const dtw = nearestNeighborDtw(tr.series, tr.labels, te.series);
    const a = accuracy(dtw.predictions, te.labels);
    expect(a).toBeGreaterThan(ed);
    expect(a).toBeGreaterThan(0.9);
    expect(dtw.windowFraction).toBeGreaterThan(0);
    expect(Object.keys(dtw.looAccuracy!)).toHaveLength(21);
  });

  it('rejects unequal lengths, label mismatches and empty sets naming the argument', () => {
    expect(() => nearestNeighborEuclidean([[1, 2, 3]], [1], [[1, 2, 3, 4]])).toThrow(/test\[0\] has length 4, expected 3/);
    expect(() => nearestNeighborEuclidean([[1, 2, 3]], [1, 2], [[1, 2, 3]])).toThrow(/labels has length 2/);
    expect(() => nearestNeighborDtw([], [], [[1, 2, 3]])).toThrow(/train must be a non-empty/);
  });
});
