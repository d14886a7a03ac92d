import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../core/rng.js';
import {
  firstLandscapeNorms,
  bettiCurve,
  linspace,
  persistenceLandscape,
  persistentEntropy,
  SUMMARY_NAMES,
  summaryStatistics,
  TopologicalFeaturizer,
} from './landscapes.js';
import { bottleneckDistance } from './bottleneck.js';
import { pointCloudDistances, ripsPersistence, type Bar } from './rips.js';

describe('landscapes and summaries', () => {
  it('a single bar (1, 3) on 0:0.5:4 is the tent [0,0,0,0.5,1,0.5,0,0,0]; higher layers vanish', () => {
    const L = persistenceLandscape([[1, 3]], linspace(0, 4, 9), 2);
    expect(Array.from(L.subarray(0, 9))).toEqual([0, 0, 0, 0.5, 1, 0.5, 0, 0, 0]);
    expect(Array.from(L.subarray(9))).toEqual(new Array(9).fill(0));
  });

  it('nested bars (0, 4) ⊃ (1, 3): λ1 is the big tent, λ2 the small one; infinite bars ignored', () => {
    const g = linspace(0, 4, 9);
    const L = persistenceLandscape(
      [
        [0, 4],
        [1, 3],
        [0, Infinity],
      ],
      g,
      3,
    );
    for (let r = 0; r < 9; r++) {
      expect(L[r]).toBeCloseTo(Math.max(0, Math.min(g[r], 4 - g[r])), 15);
      expect(L[9 + r]).toBeCloseTo(Math.max(0, Math.min(g[r] - 1, 3 - g[r])), 15);
      expect(L[18 + r]).toBe(0);
    }
  });

  it('landscape layers are ordered λ1 ≥ λ2 ≥ … ≥ 0 (invariant)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true })), { maxLength: 20 }),
        (pairs) => {
          const bars: Bar[] = pairs.map(([a, b]) => [Math.min(a, b), Math.max(a, b)]);
          const L = persistenceLandscape(bars, linspace(0, 5, 21), 4);
          for (let k = 1; k < 4; k++) for (let r = 0; r < 21; r++) expect(L[k * 21 + r]).toBeLessThanOrEqual(L[(k - 1) * 21 + r]);
          for (const v of L) expect(v).toBeGreaterThanOrEqual(0);
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it('persistent entropy: 8 equal bars give log2 8 = 3; one bar gives 0', () => {
    expect(persistentEntropy(Array.from({ length: 8 }, (): Bar => [0.5, 2]))).toBeCloseTo(3, 14);
    expect(persistentEntropy([[0, 1]])).toBe(0);
  });

  it('Betti curve counts bars alive at t (b ≤ t < d)', () => {
    expect(
      Array.from(
        bettiCurve(
          [
            [0, 2],
            [1, Infinity],
          ],
          [0.5, 1.5, 2, 3],
        ),
      ),
    ).toEqual([1, 2, 1, 1]);
  });

  it('summary statistics: closed forms on a small diagram', () => {
    const s = summaryStatistics([
      [0, 1],
      [0, 3],
      [1, 2],
      [0, Infinity],
    ]);
    const get = (name: (typeof SUMMARY_NAMES)[number]): number => s[SUMMARY_NAMES.indexOf(name)];
    expect(get('count')).toBe(3);
    expect(get('total_persistence')).toBe(5);
    expect(get('max_lifetime')).toBe(3);
    expect(get('second_lifetime')).toBe(1);
    expect(get('second_to_max')).toBeCloseTo(1 / 3, 15);
    expect(get('mean_lifetime')).toBeCloseTo(5 / 3, 15);
    expect(get('landscape_l1')).toBeCloseTo(9 / 4, 3); // λ1 = the (0,3) tent: area 3²/4
    expect(Array.from(summaryStatistics([]))).toEqual(new Array(SUMMARY_NAMES.length).fill(0));
  });

  it('the featurizer grid is learned on train only, and transform has the announced length', () => {
    const train = [[[[0, 1] as Bar], [[0.2, 0.5] as Bar]]];
    const f = new TopologicalFeaturizer({ layers: 2, resolution: 5, bettiPoints: 3 }).fit(train);
    expect(f.ranges).toEqual([
      [0, 1],
      [0.2, 0.5],
    ]);
    const X = f.transform([[[[0, 10] as Bar], [[0, 10] as Bar]]]);
    expect(X.length).toBe(f.length);
    expect(f.names()).toHaveLength(f.length);
    expect(() => new TopologicalFeaturizer().transform(train)).toThrow(/fit before/);
    expect(() => new TopologicalFeaturizer({ layers: 0 })).toThrow(/layers/);
  });

  it('rejects malformed bars', () => {
    expect(() => persistenceLandscape([[2, 1]], [0], 1)).toThrow(/must be ≥ birth/);
    expect(() => persistentEntropy([[NaN, 1]])).toThrow(/not finite/);
    expect(() => bottleneckDistance([[0, 1, 2] as unknown as Bar], [])).toThrow(/\[birth, death\]/);
  });
});

describe('exact norms of the first landscape', () => {
  it('equal a fine trapezoid integration of the sampled envelope (nested, overlapping and disjoint bars)', () => {
    const r = new Rng(7);
    for (let trial = 0; trial < 30; trial++) {
      const bars: Bar[] = Array.from({ length: 1 + r.int(12) }, () => {
        const b = r.int(20) / 4;
        return [b, b + r.int(12) / 4];
      });
      const lo = Math.min(...bars.map((b) => b[0]));
      const hi = Math.max(...bars.map((b) => b[1]));
      const { l1, l2 } = firstLandscapeNorms(bars);
      if (!(hi > lo)) {
        expect(l1).toBe(0);
        continue;
      }
      // breakpoints lie on a 1/8 grid: trapezoids on a 1/64 grid are exact for a piecewise-linear λ and λ² is within 1e-4
      const R = Math.round((hi - lo) * 64) + 1;
      const lam = persistenceLandscape(bars, linspace(lo, hi, R), 1);
      let a = 0;
      let q = 0;
      for (let i = 0; i + 1 < R; i++) {
        a += (lam[i] + lam[i + 1]) / 2 / 64;
        q += (lam[i] ** 2 + lam[i] * lam[i + 1] + lam[i + 1] ** 2) / 3 / 64; // exact for a linear piece
      }
      expect(l1).toBeCloseTo(a, 10);
      expect(l2).toBeCloseTo(Math.sqrt(q), 10);
    }
  });
});

describe('bottleneck distance', () => {
  it('closed forms: shifted point, point to diagonal, essential classes', () => {
    expect(bottleneckDistance([[0, 2]], [[0, 2.5]])).toBeCloseTo(0.5, 15);
    expect(bottleneckDistance([[0, 2]], [])).toBeCloseTo(1, 15);
    expect(
      bottleneckDistance(
        [
          [0, 2],
          [1, 1.2],
        ],
        [[0, 2]],
      ),
    ).toBeCloseTo(0.1, 15);
    expect(bottleneckDistance([[0, Infinity]], [[0.3, Infinity]])).toBeCloseTo(0.3, 15);
    expect(bottleneckDistance([[0, Infinity]], [])).toBe(Infinity);
  });

  it('stability: d_B(Dgm(D), Dgm(D′)) ≤ ‖D − D′‖∞ for perturbed distance matrices (H0 and H1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0.001, max: 0.3, noNaN: true }), (seed, eps) => {
        const r = new Rng(seed);
        const n = 14;
        const pts = Array.from({ length: n }, () => [r.normal(), r.normal()]);
        const D = pointCloudDistances(pts, { precision: 'float64' });
        const E = Float64Array.from(D.data);
        let sup = 0;
        for (let i = 0; i < n; i++)
          for (let j = 0; j < i; j++) {
            const v = Math.max(0, E[i * n + j] + eps * (2 * r.uniform() - 1));
            sup = Math.max(sup, Math.abs(v - E[i * n + j]));
            E[i * n + j] = v;
            E[j * n + i] = v;
          }
        const a = ripsPersistence(D, { precision: 'float64' });
        const b = ripsPersistence({ n, data: E }, { precision: 'float64' });
        for (let k = 0; k <= 1; k++) expect(bottleneckDistance(a[k], b[k])).toBeLessThanOrEqual(sup + 1e-12);
      }),
      { seed: 42, numRuns: 40 },
    );
  });
});
