import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../core/rng.js';
import { detect, fitDetector, precisionRecall } from './detect.js';
import { sampleErrors, statisticErrors, tailSummary, worstIndices, fieldStats } from './tails.js';

describe('extrapolation detector', () => {
  it('constructed case: errors that grow outside the training box are found with precision and recall computed by hand', () => {
    const M = 3;
    const rng = new Rng(4);
    const train = new Float64Array(500 * M);
    rng.fillNormal(train);
    const det = fitDetector(train, M);
    // 1000 test points: the first 990 inside the box near the centre, the last 10 far out along axis 0
    const n = 1000;
    const test = new Float64Array(n * M);
    for (let s = 0; s < n; s++) for (let k = 0; k < M; k++) test[s * M + k] = s < 990 ? 0.3 * rng.normal(0, 1) : k === 0 ? 6 + s - 990 : 0;
    const r = detect(det, test);
    const err = Float64Array.from({ length: n }, (_, s) => Math.exp(Math.abs(test[s * M])));
    const worst = worstIndices(err, 0.01);
    expect(Array.from(worst).sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => 990 + i));
    const pr = precisionRecall(r.flagged, worst);
    // every far point is flagged (outside the range, d² ≫ χ²₃(0.99) = 11.34); inside points have d² ≤ small
    let insideFlagged = 0;
    for (let s = 0; s < 990; s++) insideFlagged += r.flagged[s];
    expect(pr.recall).toBe(1);
    expect(pr.precision).toBeCloseTo(10 / (10 + insideFlagged), 12);
    expect(r.outOfRange.slice(990).every((v) => v === 1)).toBe(true);
    expect(det.threshold).toBeCloseTo(11.3449, 3);
  });

  it('Mahalanobis d² equals the explicit (x − m)ᵀS⁻¹(x − m) for a 2-D case and is affine-invariant (property)', () => {
    const train = new Float64Array([0, 0, 2, 0, 0, 1, 2, 1, 1, 3]);
    const det = fitDetector(train, 2);
    // mean (1, 1); deviations (−1,−1), (1,−1), (−1,0), (1,0), (0,2) → S = [[1, 0], [0, 1.5]]
    const m = [1, 1];
    const S = [
      [1, 0],
      [0, 1.5],
    ];
    const d = S[0][0] * S[1][1] - S[0][1] ** 2;
    const x = [3, -1];
    const dx = [x[0] - m[0], x[1] - m[1]];
    const q = (S[1][1] * dx[0] ** 2 - 2 * S[0][1] * dx[0] * dx[1] + S[0][0] * dx[1] ** 2) / d;
    expect(detect(det, new Float64Array(x)).mahalanobis2[0]).toBeCloseTo(q, 12);
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (a, b) => {
        const t2 = train.map((v) => a * v + b);
        const d2 = detect(fitDetector(t2, 2), new Float64Array(x.map((v) => a * v + b))).mahalanobis2[0];
        return Math.abs(d2 - q) < 1e-8 * Math.max(1, q);
      }),
      { seed: 42, numRuns: 50 },
    );
  });

  it('precisionRecall on a small hand case and bad inputs', () => {
    const pr = precisionRecall(Uint8Array.from([1, 1, 0, 0]), [0, 2]);
    expect(pr).toMatchObject({ truePositives: 1, flagged: 2, positives: 2, precision: 0.5, recall: 0.5, flagRate: 0.5 });
    expect(() => precisionRecall([1, 0], [5])).toThrow(/precisionRecall: positives\[0\] is 5/);
    expect(() => fitDetector(new Float64Array(6), 3)).toThrow(/fitDetector: xi has 2 rows/);
    expect(() => fitDetector(new Float64Array(7), 3)).toThrow(/fitDetector: xi has length 7/);
    expect(() => fitDetector(new Float64Array(12).fill(1), 3)).toThrow(/singular/);
  });
});

describe('tail analysis', () => {
  it('tail summary: closed-form values on a known sample', () => {
    const e = Float64Array.from({ length: 1001 }, (_, i) => i / 1000);
    const t = tailSummary(e);
    expect(t.mean).toBeCloseTo(0.5, 12);
    expect(t.median).toBeCloseTo(0.5, 12);
    expect(t.q99).toBeCloseTo(0.99, 12);
    expect(t.q999).toBeCloseTo(0.999, 12);
    expect(t.max).toBe(1);
    expect(t.worstOverMean).toBeCloseTo(2, 12);
    expect(() => tailSummary([])).toThrow(/tailSummary: e is empty/);
    expect(() => tailSummary([1, NaN])).toThrow(/tailSummary: e\[1\]/);
  });

  it('per-sample errors and statistic errors: exact for a shifted ensemble, zero for identical ones', () => {
    const truth = new Float64Array([1, 2, 3, 4, 5, 6]);
    const pred = truth.map((v, i) => v + (i % 2 === 0 ? 0.5 : 0));
    const e = sampleErrors(pred, truth, 2);
    expect(Array.from(e.max)).toEqual([0.5, 0.5, 0.5]);
    expect(e.relL2[0]).toBeCloseTo(0.5 / Math.sqrt(5), 12);
    const se = statisticErrors(pred, truth, 2, [0.5]);
    expect(se.mean).toBeCloseTo(0.5 / 4, 12); // mean fields [3.5, 4] vs [3, 4]: 0.5 / max|b|
    expect(se.variance).toBeCloseTo(0, 12);
    const same = statisticErrors(truth, truth, 2);
    expect(same.mean + same.variance + same.quantiles.reduce((s, q) => s + q.error, 0)).toBe(0);
    const fs = fieldStats(truth, 2, [0.5]);
    expect(Array.from(fs.mean)).toEqual([3, 4]);
    expect(Array.from(fs.variance)).toEqual([4, 4]);
    expect(() => sampleErrors(pred, truth.subarray(0, 4), 2)).toThrow(/sampleErrors: pred has length 6, expected 4/);
    expect(() => worstIndices([1, 2], 0)).toThrow(/worstIndices: fraction/);
  });
});
