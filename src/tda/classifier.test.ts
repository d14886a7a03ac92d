import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { accuracy, LogisticRegression, Standardizer } from './classifier.js';
import { seriesDiagrams, TdaClassifier, zNormalize } from './pipeline.js';
import { cbf } from '../data/synthetic.js';

function blobs(seed: number, perClass: number, centers: number[][]): { X: Float64Array; y: number[] } {
  const r = new Rng(seed);
  const d = centers[0].length;
  const X = new Float64Array(perClass * centers.length * d);
  const y: number[] = [];
  let row = 0;
  centers.forEach((c, k) => {
    for (let i = 0; i < perClass; i++, row++) {
      for (let j = 0; j < d; j++) X[row * d + j] = c[j] + r.normal();
      y.push(k);
    }
  });
  return { X, y };
}

describe('standardizer and logistic regression', () => {
  it('standardized train columns have mean 0 and variance 1; constant columns are only centred', () => {
    const X = Float64Array.from([1, 5, 2, 5, 3, 5, 4, 5]);
    const s = new Standardizer().fit(X, 4, 2);
    const Z = s.transform(X, 4, 2);
    const c0 = [Z[0], Z[2], Z[4], Z[6]];
    expect(c0.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
    expect(c0.reduce((a, b) => a + b * b, 0) / 4).toBeCloseTo(1, 14);
    expect([Z[1], Z[3]]).toEqual([0, 0]);
    expect(() => s.transform(X, 2, 4)).toThrow(/columns/);
  });

  it('the fitted weights are a stationary point: the penalized gradient vanishes', () => {
    const { X, y } = blobs(1, 30, [
      [0, 0],
      [1.5, 0.5],
      [0, 2],
    ]);
    const m = new LogisticRegression({ l2: 0.1, iterations: 5000, tolerance: 1e-10 }).fit(X, 90, 2, y);
    const P = m.predictProba(X, 90);
    const g = new Float64Array(3 * 3);
    for (let i = 0; i < 90; i++)
      for (let c = 0; c < 3; c++) {
        const r = (P[i * 3 + c] - (y[i] === c ? 1 : 0)) / 90;
        for (let j = 0; j < 2; j++) g[j * 3 + c] += X[i * 2 + j] * r;
        g[6 + c] += r;
      }
    for (let j = 0; j < 2; j++) for (let c = 0; c < 3; c++) g[j * 3 + c] += 0.1 * m.weights[j * 3 + c];
    for (const v of g) expect(Math.abs(v)).toBeLessThan(1e-6);
  });

  it('separable blobs are classified well; accuracy does not depend on label coding (0/1 vs −1/1)', () => {
    const { X, y } = blobs(2, 40, [
      [0, 0],
      [4, 4],
    ]);
    const a = new LogisticRegression().fit(X, 80, 2, y).predict(X, 80);
    const ym = y.map((v) => (v === 0 ? -1 : 1));
    const b = new LogisticRegression().fit(X, 80, 2, ym).predict(X, 80);
    expect(accuracy(a, y)).toBeGreaterThan(0.95);
    expect(accuracy(b, ym)).toBe(accuracy(a, y));
  });

  it('rejects a single class, NaN features and mismatched labels', () => {
    const X = Float64Array.from([1, 2, 3, 4]);
    expect(() => new LogisticRegression().fit(X, 2, 2, [1, 1])).toThrow(/at least 2 classes/);
    expect(() => new LogisticRegression().fit(Float64Array.from([1, NaN, 3, 4]), 2, 2, [0, 1])).toThrow(/not finite/);
    expect(() => new LogisticRegression().fit(X, 2, 2, [0])).toThrow(/labels has length 1/);
    expect(() => accuracy([1], [1, 2])).toThrow(/length/);
  });
});

describe('pipeline', () => {
  it('z-normalization: zero mean, unit variance; a constant series maps to zeros', () => {
    const z = zNormalize(Float64Array.from([1, 2, 3, 4]));
    expect(z.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
    expect(Array.from(zNormalize(Float64Array.from([5, 5, 5])))).toEqual([0, 0, 0]);
  });

  it('diagrams are invariant to positive affine maps of the series (normalize = true)', () => {
    const y = cbf(1, 4).series[0];
    for (const graph of ['nvg', 'hvg', 'knn'] as const) {
      const a = seriesDiagrams(y, { graph, distance: 'shortest' });
      const b = seriesDiagrams(
        y.map((v) => 3 * v + 7),
        { graph, distance: 'shortest' },
      );
      expect(b).toEqual(a);
    }
  });

  it('a constant series and a 3-point series go through every graph and distance', () => {
    for (const graph of ['nvg', 'hvg', 'transition', 'knn', 'recurrence'] as const)
      for (const distance of ['shortest', 'weighted', 'diffusion', 'resistance'] as const) {
        const dg = seriesDiagrams(new Array(12).fill(1), { graph, distance, k: 2 });
        expect(dg[0].filter((b) => b[1] === Infinity)).toHaveLength(1);
      }
    expect(seriesDiagrams([1, 3, 2], { graph: 'hvg' })[0].length).toBeGreaterThan(0);
    expect(() => seriesDiagrams([1, NaN, 2, 3])).toThrow(/series\[1\] = NaN/);
    expect(() => seriesDiagrams([1, 2])).toThrow(/at least 3/);
  });

  it('CBF: the TDA classifier (k-NN graph, weighted paths) is well above chance (1/3) on held-out data', () => {
    const train = cbf(10, 1, { length: 64 });
    const test = cbf(20, 2, { length: 64 });
    const clf = new TdaClassifier({ graph: 'knn', distance: 'weighted', layers: 3, resolution: 25, iterations: 300 }).fit(
      train.series,
      train.labels,
    );
    expect(clf.score(test.series, test.labels)).toBeGreaterThan(0.5);
    expect(() => new TdaClassifier().predict(test.series)).toThrow(/fit before/);
    expect(() => new TdaClassifier({ graph: 'bogus' as 'nvg' })).toThrow(/graph must be one of/);
  });
});
