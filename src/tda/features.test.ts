import { describe, expect, it } from 'vitest';
import { cbf } from '../data/synthetic.js';
import { persistenceImage, TopologicalFeaturizer } from './landscapes.js';
import { DISTANCE_TYPES } from './distances.js';
import { GRAPH_TYPES } from './graphs.js';
import { FILTRATIONS, TdaClassifier, seriesDiagrams } from './pipeline.js';

/** Number of feature columns whose values differ across the samples. */
function varyingColumns(X: Float64Array, rows: number, cols: number): number {
  let n = 0;
  for (let j = 0; j < cols; j++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < rows; i++) {
      lo = Math.min(lo, X[i * cols + j]);
      hi = Math.max(hi, X[i * cols + j]);
    }
    if (hi - lo > 1e-12 * (1 + Math.abs(hi))) n++;
  }
  return n;
}

describe('persistence images', () => {
  it('one bar: pixels equal the product of Gaussian masses (scipy.stats.norm reference)', () => {
    // bar (0.3, 0.8): birth 0.3, persistence 0.5, weight 0.5/0.8; window [0,1] × [0,0.8], σ = 0.2, 4 × 4
    const img = persistenceImage([[0.3, 0.8]], { bLo: 0, bHi: 1, pMax: 0.8, sigma: 0.2 }, 4);
    expect(img).toHaveLength(16);
    expect(img[1 * 4 + 2]).toBeCloseTo(0.10531657660475395, 14);
    expect(img[0 * 4 + 3]).toBeCloseTo(0.050534705002994104, 14);
  });

  it('an image is additive over bars, ignores essential bars, and collapses to a profile when all births are equal', () => {
    const r = { bLo: 0, bHi: 2, pMax: 2, sigma: 0.3 };
    const a = persistenceImage([[0.2, 1]], r, 5);
    const b = persistenceImage([[1, 1.5]], r, 5);
    const ab = persistenceImage(
      [
        [0.2, 1],
        [1, 1.5],
        [0, Infinity],
      ],
      r,
      5,
    );
    for (let i = 0; i < 25; i++) expect(ab[i]).toBeCloseTo(a[i] + b[i], 15);
    const flat = persistenceImage(
      [
        [0, 1],
        [0, 0.5],
      ],
      { bLo: 0, bHi: 0, pMax: 1, sigma: 0.2 },
      6,
    );
    expect(flat).toHaveLength(6);
    expect(() => persistenceImage([[0, 1]], { bLo: 0, bHi: 1, pMax: 0, sigma: 1 }, 3)).toThrow(/pMax/);
  });

  it('the featurizer learns the image window from train only: test bars outside it do not move it', () => {
    const train = [
      [[[0, 1]], [[0.5, 1.5]]],
      [[[0, 2]], [[0.2, 0.6]]],
    ] as [number, number][][][];
    const f = new TopologicalFeaturizer({ layers: 1, resolution: 4, bettiPoints: 0, imagePixels: 3 }).fit(train);
    expect(f.images[0]).toEqual({ bLo: 0, bHi: 0, pMax: 2, sigma: 2 / 3 });
    expect(f.images[1].pMax).toBeCloseTo(1, 15);
    f.transform([[[[0, 50]], [[9, 99]]]]);
    expect(f.images[0].pMax).toBe(2);
    expect(f.names()).toHaveLength(f.length);
  });
});

describe('features on CBF carry signal', () => {
  const data = cbf(4, 7, { length: 64 });
  it('every construction, under every weighted distance and both filtrations, gives non-constant features, H0 included', () => {
    for (const filtration of FILTRATIONS)
      for (const graph of GRAPH_TYPES)
        for (const distance of DISTANCE_TYPES) {
          if (distance === 'shortest') continue; // every edge has length 1: see the diagnosis below
          const clf = new TdaClassifier({ graph, distance, filtration, layers: 2, resolution: 10, imagePixels: 4 });
          const dgs = clf.diagrams(data.series);
          const f = new TopologicalFeaturizer({ layers: 2, resolution: 10, bettiPoints: 5, imagePixels: 4 }).fit(dgs);
          const X = f.transform(dgs);
          const names = f.names();
          const varying = varyingColumns(X, dgs.length, f.length);
          expect(varying, `${graph} × ${distance} × ${filtration}`).toBeGreaterThan(10);
          // H0 features vary on their own (the H0 bars are not all [0, 1))
          const h0 = names.map((n, j) => (n.startsWith('H0_') ? j : -1)).filter((j) => j >= 0);
          const sub = new Float64Array(dgs.length * h0.length);
          for (let i = 0; i < dgs.length; i++) h0.forEach((j, c) => (sub[i * h0.length + c] = X[i * f.length + j]));
          expect(varyingColumns(sub, dgs.length, h0.length), `H0 of ${graph} × ${distance} × ${filtration}`).toBeGreaterThan(0);
        }
  });

  it('diagnosis: under the hop metric every visibility-graph edge has length 1, so every H0 bar is [0, 1)', () => {
    for (const graph of ['nvg', 'hvg'] as const) {
      const dg = seriesDiagrams(data.series[0], { graph, distance: 'shortest' });
      expect(dg[0].filter((b) => b[1] !== Infinity).every(([b, d]) => b === 0 && d === 1)).toBe(true);
      const w = seriesDiagrams(data.series[0], { graph, distance: 'weighted' });
      expect(new Set(w[0].map((b) => b[1])).size).toBeGreaterThan(5);
    }
  });
});
