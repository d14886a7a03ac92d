/**
 * Property hunt (issue 16) over the position-aware tda exports added for issue 17: PAA,
 * sublevel persistence with positions, Takens embedding, the autocorrelation delay, the
 * positional featurizer, the feature-block kernels, TopologyClassifier and the auto jobs.
 * Oracles: PAA preserves the integral; sublevel persistence of a series with distinct values
 * has one bar per local minimum, each born at its minimum's value; Takens points are windows.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  paa,
  sublevelPersistence,
  takensEmbedding,
  autocorrelationDelay,
  PositionalFeaturizer,
  TopologyClassifier,
  autoJobKey,
  autoJobs,
  blockKernel,
  representKernel,
  cvAccuracyBlocks,
  stratifiedFolds,
  TdaClassifier,
  GRAPH_TYPES,
  DISTANCE_TYPES,
  firstLandscapeNorms,
} from '../../src/tda/index.js';
import { returnsOrQuireError, params } from './guard.js';

const LIMIT = 60_000;
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const seriesOf = (min: number, max: number) => fc.array(finite, { minLength: min, maxLength: max });
const distinct = (min: number, max: number) =>
  fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: min, maxLength: max }).map((a) => a.map((v) => v / 7));

describe('tda position-aware series topology', () => {
  it(
    'paa preserves the integral (mean over frames × frame width = sum), copies when m ≥ n, refuses bad m',
    () => {
      fc.assert(
        fc.property(seriesOf(1, 40), fc.integer({ min: 1, max: 50 }), (y, m) => {
          const out = paa(y, m);
          if (m >= y.length) {
            expect(Array.from(out)).toEqual(y);
            return;
          }
          expect(out.length).toBe(m);
          const sum = y.reduce((a, b) => a + b, 0);
          const scale = y.reduce((a, b) => a + Math.abs(b), 0) + 1;
          expect(Math.abs(out.reduce((a, b) => a + b, 0) * (y.length / m) - sum) <= 1e-9 * scale).toBe(true);
        }),
        params(300),
      );
      for (const m of [0, -1, 1.5, NaN]) expect(returnsOrQuireError(() => paa([1, 2], m), 'm').ok).toBe(false);
      expect(returnsOrQuireError(() => paa([], 1)).ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'sublevelPersistence on distinct values: one bar per local minimum, born at its value and position; superlevel by −y',
    () => {
      fc.assert(
        fc.property(distinct(1, 30), (y) => {
          const { bars, positions, n } = sublevelPersistence(y);
          expect(n).toBe(y.length);
          const minima = y.filter((v, i) => (i === 0 || y[i - 1] > v) && (i === y.length - 1 || y[i + 1] > v)).length;
          expect(bars.length).toBe(minima);
          expect(bars.filter((b) => b[1] === Infinity).length).toBe(1);
          bars.forEach((b, i) => {
            expect(b[0]).toBe(y[positions[i]]);
            expect(b[1] > b[0]).toBe(true);
          });
          // the essential bar is the global minimum
          expect(bars[bars.length - 1][0]).toBe(Math.min(...y));
        }),
        params(300),
      );
      for (const bad of [[], [1, NaN], [Infinity]]) expect(returnsOrQuireError(() => sublevelPersistence(bad), 'y').ok).toBe(false);
      // time reversal moves the positions: the features are not reversal invariant
      const y = [0, 3, 1, 4, 2, 5];
      const r = sublevelPersistence([...y].reverse());
      expect(sublevelPersistence(y).positions).not.toEqual(r.positions);
    },
    LIMIT,
  );

  it(
    'takensEmbedding returns the windows (y_t, y_{t+τ}, …); refuses bad d, τ and short series',
    () => {
      fc.assert(
        fc.property(seriesOf(1, 30), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (y, d, tau) => {
          const r = returnsOrQuireError(() => takensEmbedding(y, d, tau));
          const m = y.length - (d - 1) * tau;
          if (m < 1) {
            expect(r.ok).toBe(false);
            return;
          }
          expect(r.ok).toBe(true);
          const pts = takensEmbedding(y, d, tau);
          expect(pts.length).toBe(m);
          pts.forEach((p, t) => expect(p).toEqual(Array.from({ length: d }, (_, k) => y[t + k * tau])));
        }),
        params(300),
      );
      for (const [d, t] of [
        [0, 1],
        [2, 0],
        [1.5, 1],
        [2, NaN],
      ])
        expect(returnsOrQuireError(() => takensEmbedding([1, 2, 3], d, t)).ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'autocorrelationDelay is an integer in [1, max(1, maxDelay)] and 1 for a constant series',
    () => {
      fc.assert(
        fc.property(seriesOf(2, 40), fc.integer({ min: 1, max: 20 }), (y, maxDelay) => {
          const tau = autocorrelationDelay(y, maxDelay);
          expect(Number.isInteger(tau) && tau >= 1 && tau <= Math.max(1, maxDelay)).toBe(true);
        }),
        params(300),
      );
      expect(autocorrelationDelay([2, 2, 2, 2], 3)).toBe(1);
      // regression: maxDelay NaN returned NaN; a NaN value was accepted
      for (const [y, m] of [
        [[1, 2, 3], NaN],
        [[1, 2, 3], 0],
        [[1, NaN, 3], 2],
        [[], 2],
      ] as [number[], number][])
        expect(returnsOrQuireError(() => autocorrelationDelay(y, m)).ok).toBe(false);
      // a period-8 sine decorrelates below 1/e at lag 2 (cos(2π·2/8) = 0 < 1/e < cos(2π/8))
      const sine = Array.from({ length: 400 }, (_, t) => Math.sin((2 * Math.PI * t) / 8));
      expect(autocorrelationDelay(sine, 10)).toBe(2);
    },
    LIMIT,
  );

  it(
    'PositionalFeaturizer: fitted on train, finite features of one length; transform before fit and channel mismatches are errors',
    () => {
      fc.assert(
        fc.property(fc.array(distinct(2, 20), { minLength: 1, maxLength: 5 }), (ys) => {
          const samples = ys.map((y) => [sublevelPersistence(y)]);
          const f = new PositionalFeaturizer();
          expect(returnsOrQuireError(() => f.transform(samples)).ok).toBe(false);
          f.fit(samples);
          const X = f.transform(samples);
          expect(X.every(Number.isFinite)).toBe(true);
          expect(X.length % samples.length).toBe(0);
          expect(returnsOrQuireError(() => f.transform([[samples[0][0], samples[0][0]]])).ok).toBe(false);
        }),
        params(100),
      );
      expect(returnsOrQuireError(() => new PositionalFeaturizer([[0, 2]])).ok).toBe(false);
      expect(returnsOrQuireError(() => new PositionalFeaturizer().fit([])).ok).toBe(false);
    },
    LIMIT,
  );
});

describe('tda feature blocks and auto jobs', () => {
  const opts = new TdaClassifier({}).options;
  const twoClasses = (seed: number) => {
    const series: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 8; i++) {
      const c = i % 2;
      series.push(Array.from({ length: 32 }, (_, t) => (c ? Math.sin(t / 2 + seed) : t < 16 ? t / 16 : 0) + ((i * 31 + t * 17) % 7) / 70));
      labels.push(c);
    }
    return { series, labels };
  };

  it(
    'blockKernel and representKernel give finite representations for every block; TopologyClassifier predicts known labels',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
          const { series, labels } = twoClasses(seed);
          for (const block of ['sublevel', 'derivative', 'takens'] as const) {
            const r = returnsOrQuireError(() => blockKernel(Float64Array.from(series[0]), block, opts));
            expect(r.ok, `${block}: ${r.ok ? '' : r.message}`).toBe(true);
          }
          const reps = series.map((s) => representKernel(Float64Array.from(s), ['sublevel', 'derivative'], opts));
          expect(reps.length).toBe(series.length);
          const clf = new TopologyClassifier(['sublevel', 'derivative']).fit(series, labels);
          const pred = clf.predict(series);
          expect(pred.every((p) => p === 0 || p === 1)).toBe(true);
          const fold = stratifiedFolds(labels, 2, seed);
          const acc = cvAccuracyBlocks(reps, labels, ['sublevel', 'derivative'], {}, fold, 2);
          expect(acc >= 0 && acc <= 1).toBe(true);
        }),
        params(4),
      );
      expect(returnsOrQuireError(() => new TopologyClassifier([])).ok).toBe(false);
    },
    LIMIT,
  );

  it('autoJobs: one job per graph × distance candidate and per non-graph block, with unique keys from autoJobKey', () => {
    const jobs = autoJobs({});
    const keys = jobs.map((j) => j.key);
    expect(new Set(keys).size).toBe(keys.length);
    const graphJobs = jobs.filter((j) => j.block === 'graph');
    expect(graphJobs.length).toBe(GRAPH_TYPES.length * DISTANCE_TYPES.length);
    for (const j of graphJobs) expect(j.key).toBe(autoJobKey({ graph: j.options.graph, distance: j.options.distance }));
    for (const j of jobs.filter((j) => j.block !== 'graph')) expect(j.key).toBe(autoJobKey({ block: j.block }));
    expect(autoJobs({ featureSets: [['sublevel']] }).map((j) => j.key)).toEqual(['block:sublevel']);
  });
});

describe('tda exact landscape norms', () => {
  it('firstLandscapeNorms equals the L1/L2 norms of the upper envelope of the tents, integrated on a fine grid', () => {
    const bar = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
      .map(([a, b]) => [a / 4, (a + b) / 4] as [number, number]);
    fc.assert(
      fc.property(fc.array(bar, { maxLength: 8 }), fc.boolean(), (bars, withEssential) => {
        const all: [number, number][] = withEssential ? [...bars, [0, Infinity]] : bars;
        const { l1, l2 } = firstLandscapeNorms(all);
        // brute force: λ₁(t) = max over finite bars of the tent min(t − b, d − t)⁺, on a grid with the kinks (multiples of 1/8) as nodes
        const N = 20 * 8 * 8;
        const h = 20 / N;
        let i1 = 0;
        let i2 = 0;
        const lam = (t: number) => bars.reduce((m, [b, d]) => Math.max(m, Math.min(t - b, d - t)), 0);
        for (let k = 0; k < N; k++) {
          const a = lam(k * h);
          const c = lam((k + 1) * h);
          i1 += (h * (a + c)) / 2;
          i2 += (h * (a * a + a * c + c * c)) / 3; // exact for a linear piece
        }
        expect(Math.abs(l1 - i1) <= 1e-9 * (1 + i1)).toBe(true);
        expect(Math.abs(l2 - Math.sqrt(i2)) <= 1e-9 * (1 + Math.sqrt(i2))).toBe(true);
      }),
      params(300),
    );
  });
});
