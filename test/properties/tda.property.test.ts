/**
 * Property hunt over every export of quire/tda (issue 16): series with subnormals, ±1e±300,
 * exact ties, constant and periodic values, n < 3, NaN/±Infinity; graphs with isolated
 * vertices and huge or zero edge lengths; distance matrices with huge or equal entries and
 * n = 1; bars with huge and equal values; tiny and degenerate training sets (one class, one
 * series per class, constant series). Each call must return finite, documented values, or
 * throw a QuireError naming the argument. Documented non-finite values: essential bars die at
 * Infinity; graph distances are Infinity between components; bottleneckDistance is Infinity
 * when the essential counts differ. fast-check runs with a fixed seed; the guard's watchdog
 * turns a hang into a failing property.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EdgeList,
  graphFromEdges,
  edgeCount,
  degrees,
  degreeStats,
  hasEdge,
  edgeList,
  connectedComponents,
  naturalVisibilityGraph,
  horizontalVisibilityGraph,
  ordinalPartitionGraph,
  ordinalPatterns,
  delayEmbedding,
  knnGraph,
  recurrenceGraph,
  buildGraph,
  checkSeries,
  shortestPathDistances,
  weightedShortestPathDistances,
  diffusionDistances,
  resistanceDistances,
  graphDistances,
  hopDiameter,
  capInfinite,
  ripsPersistence,
  ripsPersistenceOfPoints,
  pointCloudDistances,
  enclosingRadius,
  toDistanceMatrix,
  finiteBars,
  linspace,
  persistenceLandscape,
  bettiCurve,
  persistentEntropy,
  summaryStatistics,
  persistenceImage,
  TopologicalFeaturizer,
  bottleneckDistance,
  Standardizer,
  LogisticRegression,
  accuracy,
  zNormalize,
  seriesDiagrams,
  TdaClassifier,
  flagMatrix,
  dtwDistance,
  nearestNeighborEuclidean,
  nearestNeighborDtw,
  stratifiedFolds,
  cvAccuracy,
  selectPipeline,
  fitAuto,
  GRAPH_TYPES,
  DISTANCE_TYPES,
  SUMMARY_NAMES,
  type Graph,
  type Bar,
  type Diagrams,
  type DistanceMatrix,
} from '../../src/tda/index.js';
import { returnsOrQuireError } from './guard.js';

const RUNS = (numRuns: number) => ({ seed: 1616, numRuns });
const LIMIT = 30_000;

/** Values that break series code: ties, huge, tiny, subnormal; NaN and ±Infinity rarely. */
const value = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -5, max: 5, noNaN: true }) },
  { weight: 4, arbitrary: fc.constantFrom(0, 1, -1, 0.5, -0) },
  { weight: 2, arbitrary: fc.constantFrom(1e300, -1e300, 1e-300, 5e-324, -5e-324, 1e154, -1e200, Number.MAX_VALUE, -Number.MAX_VALUE) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity) },
);
const finiteValue = value.filter(Number.isFinite);

/** Series of length 0..14: random, constant, periodic (float-noisy sin), or scaled to the edge of the range. */
const series = fc.oneof(
  { weight: 4, arbitrary: fc.array(value, { maxLength: 14 }) },
  { weight: 1, arbitrary: fc.tuple(finiteValue, fc.integer({ min: 1, max: 10 })).map(([c, n]) => Array.from({ length: n }, () => c)) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 3, max: 14 }).map((n) => Array.from({ length: n }, (_, t) => Math.sin((2 * Math.PI * t) / 5))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 3, maxLength: 10 }),
        fc.constantFrom(1e-300, 1e300, 1e308, 5e-324),
      )
      .map(([a, s]) => a.map((x) => x * s)),
  },
);
const finiteSeries = (min = 3) => fc.array(finiteValue, { minLength: min, maxLength: 12 });

function finiteArray(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

/** A CSR graph is well formed: sorted symmetric rows, no self-loops, finite lengths ≥ 0. */
function checkGraphShape(g: Graph): void {
  expect(g.offsets.length).toBe(g.n + 1);
  expect(g.offsets[g.n]).toBe(g.neighbors.length);
  for (let u = 0; u < g.n; u++) {
    for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) {
      const v = g.neighbors[p];
      expect(v >= 0 && v < g.n && v !== u).toBe(true);
      if (p > g.offsets[u]) expect(g.neighbors[p - 1] < v).toBe(true);
      expect(hasEdge(g, v, u)).toBe(true);
    }
  }
  if (g.weights) {
    expect(g.weights.length).toBe(g.neighbors.length);
    for (const w of g.weights) expect(Number.isFinite(w) && w >= 0, `edge length ${w}`).toBe(true);
  }
}

/** Diagrams: finite births, deaths ≥ births (Infinity for essential classes), never NaN. */
function checkDiagrams(dg: Diagrams, dims: number): void {
  expect(dg.length).toBe(dims);
  for (const bars of dg)
    for (const [b, d] of bars) {
      expect(Number.isFinite(b), `birth ${b}`).toBe(true);
      expect(d === Infinity || (Number.isFinite(d) && d >= b), `death ${d}`).toBe(true);
    }
}

/** A distance matrix: symmetric, zero diagonal, entries ≥ 0 finite or Infinity. */
function checkDistances(D: DistanceMatrix, infinityAllowed: boolean): void {
  const n = D.n;
  for (let i = 0; i < n; i++) {
    expect(D.data[i * n + i]).toBe(0);
    for (let j = 0; j < n; j++) {
      const v = D.data[i * n + j];
      expect(v >= 0 && (Number.isFinite(v) || (infinityAllowed && v === Infinity)), `D[${i}][${j}] = ${v}`).toBe(true);
      expect(v).toBe(D.data[j * n + i]);
    }
  }
}

/** Random edge lists on n ≤ 8 vertices with lengths that include 0, subnormal and huge values. */
const edgeInput = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: n - 1 }),
        fc.integer({ min: 0, max: n - 1 }),
        fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.constantFrom(0, 5e-324, 1e300, Number.MAX_VALUE)),
      ),
      { maxLength: 14 },
    ),
  }),
);
function makeGraph(n: number, edges: [number, number, number][], weighted: boolean): Graph {
  const e = new EdgeList(2);
  for (const [a, b, w] of edges) e.add(a, b, w);
  return graphFromEdges(n, e, weighted);
}

describe('tda graphs', () => {
  it(
    'graphFromEdges → CSR invariants; edgeCount, degrees, degreeStats, edgeList, hasEdge, connectedComponents agree',
    () => {
      fc.assert(
        fc.property(edgeInput, fc.boolean(), ({ n, edges }, weighted) => {
          const g = makeGraph(n, edges, weighted);
          checkGraphShape(g);
          const deg = degrees(g);
          let sum = 0;
          for (const d of deg) sum += d;
          expect(edgeCount(g)).toBe(sum / 2);
          const list = edgeList(g);
          expect(list.length).toBe(edgeCount(g));
          for (const [u, v, w] of list) {
            expect(u < v && hasEdge(g, u, v) && hasEdge(g, v, u)).toBe(true);
            expect(Number.isFinite(w)).toBe(true);
          }
          const distinct = new Set(edges.filter(([a, b]) => a !== b).map(([a, b]) => `${Math.min(a, b)},${Math.max(a, b)}`));
          expect(list.length).toBe(distinct.size);
          const st = degreeStats(g);
          expect(st.histogram.reduce((a, b) => a + b, 0)).toBe(n);
          expect(st.mean).toBeCloseTo(sum / n, 12);
          expect(st.min <= st.max).toBe(true);
          const cc = connectedComponents(g);
          expect(cc.count >= 1 && cc.count <= n).toBe(true);
          for (const [u, v] of list) expect(cc.labels[u]).toBe(cc.labels[v]);
          // hop diameter: the largest finite hop distance
          const hd = hopDiameter(g);
          expect(Number.isInteger(hd) && hd >= 0 && hd < n).toBe(true);
        }),
        RUNS(200),
      );
    },
    LIMIT,
  );

  it(
    'graphFromEdges rejects a bad vertex count or endpoint with a QuireError',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(0, -1, 2.5, Number.NaN, Infinity), (n) => {
          const r = returnsOrQuireError(() => graphFromEdges(n, new EdgeList(2)), 'n');
          expect(r.ok).toBe(false);
        }),
        RUNS(10),
      );
      const e = new EdgeList();
      e.add(0, 3);
      expect(returnsOrQuireError(() => graphFromEdges(3, e)).ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'every construction returns a well-formed graph with finite lengths, or a QuireError naming series/options',
    () => {
      fc.assert(
        fc.property(
          series,
          fc.constantFrom(...GRAPH_TYPES),
          fc.record({
            weight: fc.constantFrom('none', 'distance', 'horizontal', 'vertical', 'abs_slope' as const),
            order: fc.integer({ min: 1, max: 5 }),
            delay: fc.integer({ min: 1, max: 3 }),
            k: fc.integer({ min: 0, max: 5 }),
            dimension: fc.integer({ min: 1, max: 4 }),
            epsilon: fc.constantFrom(0, 0.5, 1e300, 5e-324),
            recurrenceRate: fc.constantFrom(0.1, 0.5, 1e-9, 0.999),
          }),
          (s, type, opts) => {
            const r = returnsOrQuireError(() => buildGraph(type, s, opts));
            const nonFinite = s.some((x) => !Number.isFinite(x));
            if (nonFinite || s.length < 3) expect(r.ok).toBe(false);
            if (!r.ok) return;
            checkGraphShape(r.value);
            // each named construction agrees with buildGraph
            const g2 =
              type === 'nvg'
                ? naturalVisibilityGraph(s, { weight: opts.weight })
                : type === 'hvg'
                  ? horizontalVisibilityGraph(s, { weight: opts.weight })
                  : type === 'transition'
                    ? ordinalPartitionGraph(s, { order: opts.order, delay: opts.delay }).graph
                    : type === 'knn'
                      ? knnGraph(s, { k: opts.k, dimension: opts.dimension, delay: opts.delay })
                      : recurrenceGraph(s, {
                          epsilon: opts.epsilon,
                          recurrenceRate: opts.recurrenceRate,
                          dimension: opts.dimension,
                          delay: opts.delay,
                        });
            expect(Array.from(g2.neighbors)).toEqual(Array.from(r.value.neighbors));
          },
        ),
        RUNS(250),
      );
    },
    LIMIT,
  );

  it(
    'HVG ⊆ NVG on every finite series (one tie rule for both), including huge and subnormal values',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            finiteSeries(),
            series.filter((s) => s.length >= 3 && s.every(Number.isFinite)),
          ),
          (s) => {
            if (Math.max(...s) - Math.min(...s) === Infinity) return; // refused: see checkSeries
            const h = horizontalVisibilityGraph(s, { weight: 'none' });
            const nv = naturalVisibilityGraph(s, { weight: 'none' });
            for (const [u, v] of edgeList(h)) expect(hasEdge(nv, u, v), `HVG edge (${u}, ${v})`).toBe(true);
          },
        ),
        RUNS(300),
      );
    },
    LIMIT,
  );

  it(
    'ordinalPatterns are Lehmer codes in [0, d!); delayEmbedding copies the right samples; checkSeries names the argument',
    () => {
      fc.assert(
        fc.property(finiteSeries(1), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 }), (s, d, tau) => {
          const y = Float64Array.from(s);
          const codes = ordinalPatterns(y, d, tau);
          let fact = 1;
          for (let i = 2; i <= d; i++) fact *= i;
          expect(codes.length).toBe(Math.max(0, s.length - (d - 1) * tau));
          for (const c of codes) expect(c >= 0 && c < fact).toBe(true);
          const { points, count } = delayEmbedding(y, d, tau);
          expect(count).toBe(codes.length);
          for (let i = 0; i < count; i++) for (let a = 0; a < d; a++) expect(points[i * d + a]).toBe(y[i + a * tau]);
        }),
        RUNS(200),
      );
      fc.assert(
        fc.property(series, (s) => {
          const r = returnsOrQuireError(() => checkSeries('f', 'xs', s), 'xs');
          expect(r.ok).toBe(s.length >= 3 && s.every(Number.isFinite) && Math.max(...s) - Math.min(...s) < Infinity);
        }),
        RUNS(200),
      );
    },
    LIMIT,
  );
});

describe('tda distances', () => {
  it(
    'graph distances are symmetric metrics with a zero diagonal; Infinity only between components; capInfinite removes it',
    () => {
      fc.assert(
        fc.property(
          edgeInput,
          fc.boolean(),
          fc.constantFrom(...DISTANCE_TYPES),
          fc.integer({ min: 0, max: 4 }),
          ({ n, edges }, weighted, kind, t) => {
            const g = makeGraph(n, edges, weighted);
            const r = returnsOrQuireError(() => graphDistances(g, kind, { t }));
            if (!r.ok) {
              // only huge lengths may be refused (their path sums overflow)
              expect(kind === 'weighted' && weighted, r.message).toBe(true);
              return;
            }
            const D = r.value;
            checkDistances(D, kind !== 'diffusion');
            const cc = connectedComponents(g);
            for (let i = 0; i < n; i++)
              for (let j = 0; j < n; j++)
                if (kind !== 'diffusion') expect(D.data[i * n + j] === Infinity).toBe(cc.labels[i] !== cc.labels[j]);
            const named =
              kind === 'shortest'
                ? shortestPathDistances(g)
                : kind === 'weighted'
                  ? weightedShortestPathDistances(g)
                  : kind === 'diffusion'
                    ? diffusionDistances(g, { t })
                    : resistanceDistances(g);
            expect(Array.from(named.data)).toEqual(Array.from(D.data));
            const cr = returnsOrQuireError(() => capInfinite(D));
            if (!cr.ok) {
              expect(cr.message).toMatch(/overflows/);
              return;
            }
            const C = cr.value;
            checkDistances(C, false);
            const F = flagMatrix(g, C);
            checkDistances(F, true);
            const dg = ripsPersistence(F, { maxDim: 1, precision: 'float64' });
            checkDiagrams(dg, 2);
            // H0 has exactly one essential class per component of the graph
            expect(dg[0].filter((b) => b[1] === Infinity).length).toBe(cc.count);
          },
        ),
        RUNS(150),
      );
    },
    LIMIT,
  );

  it(
    'malformed graphs, kinds and options are QuireErrors',
    () => {
      const bad: unknown[] = [null, {}, { n: 2, offsets: new Int32Array(2), neighbors: new Int32Array(0), weights: null }];
      for (const g of bad)
        for (const kind of DISTANCE_TYPES) expect(returnsOrQuireError(() => graphDistances(g as Graph, kind)).ok).toBe(false);
      const g = makeGraph(3, [[0, 1, 1]], true);
      g.weights![0] = Number.NaN;
      expect(returnsOrQuireError(() => weightedShortestPathDistances(g), 'weight').ok).toBe(false);
      expect(returnsOrQuireError(() => graphDistances(g, 'bogus' as 'shortest'), 'kind').ok).toBe(false);
      for (const f of [0.5, Number.NaN, Infinity])
        expect(returnsOrQuireError(() => capInfinite({ n: 1, data: new Float64Array(1) }, f), 'factor').ok).toBe(false);
      for (const t of [-1, 0.5, Number.NaN])
        expect(returnsOrQuireError(() => diffusionDistances(makeGraph(2, [], false), { t }), 't').ok).toBe(false);
    },
    LIMIT,
  );
});

/** Symmetric matrices with zero diagonal, entries drawn from ordinary, equal, huge, tiny and infinite values. */
const distanceMatrix = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.double({ min: 0, max: 10, noNaN: true }) },
        { weight: 3, arbitrary: fc.constantFrom(0, 1, 1, 2) },
        { weight: 2, arbitrary: fc.constantFrom(1e300, 1.7e308, 1e-300, 5e-324, 1e39, 3.5e38) },
        { weight: 1, arbitrary: fc.constant(Infinity) },
      ),
      { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 },
    )
    .map((up) => {
      const rows = Array.from({ length: n }, () => new Array<number>(n).fill(0));
      let t = 0;
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          rows[i][j] = up[t];
          rows[j][i] = up[t++];
        }
      return rows;
    }),
);

/** Number of connected components of the graph "d_ij < Infinity" (H0's essential classes). */
function components(rows: number[][]): number {
  const n = rows.length;
  const lab = new Array<number>(n).fill(-1);
  let c = 0;
  for (let s = 0; s < n; s++) {
    if (lab[s] >= 0) continue;
    const st = [s];
    lab[s] = c;
    while (st.length) {
      const u = st.pop()!;
      for (let v = 0; v < n; v++)
        if (lab[v] < 0 && rows[u][v] !== Infinity) {
          lab[v] = c;
          st.push(v);
        }
    }
    c++;
  }
  return c;
}

describe('tda Rips persistence', () => {
  it(
    'ripsPersistence: one essential H0 class per component (huge and equal entries, n = 1), finite births, both precisions agree on H0 counts',
    () => {
      fc.assert(
        fc.property(
          distanceMatrix,
          fc.integer({ min: 0, max: 2 }),
          fc.constantFrom('float32', 'float64' as const),
          (rows, maxDim, precision) => {
            const r = returnsOrQuireError(() => ripsPersistence(rows, { maxDim, precision }));
            if (!r.ok) {
              // float32 refuses a range it cannot hold, and says what to use instead
              expect(precision === 'float32' && /single precision/.test(r.message), r.message).toBe(true);
              return;
            }
            const dg = r.value;
            checkDiagrams(dg, maxDim + 1);
            const comps = components(rows);
            expect(dg[0].filter((b) => b[1] === Infinity).length, `rows ${JSON.stringify(rows)}`).toBe(comps);
            // H0 bars: birth 0, one bar per merge
            expect(dg[0].length).toBeLessThanOrEqual(rows.length);
            for (const [b] of dg[0]) expect(b).toBe(0);
            const D = toDistanceMatrix('t', rows);
            const er = enclosingRadius(D);
            expect(er >= 0).toBe(true);
            if (!rows.flat().includes(Infinity)) expect(Number.isFinite(er)).toBe(true);
          },
        ),
        RUNS(300),
      );
    },
    LIMIT,
  );

  it(
    'distance matrices that are not square, symmetric, non-negative or zero on the diagonal are QuireErrors naming distances',
    () => {
      const bad: unknown[] = [
        [],
        [[0, 1]],
        [
          [0, -1],
          [-1, 0],
        ],
        [[1]],
        [
          [0, 1],
          [2, 0],
        ],
        [
          [0, Number.NaN],
          [Number.NaN, 0],
        ],
        null,
        5,
        { n: 2, data: new Float64Array(3) },
      ];
      for (const m of bad) {
        const r = returnsOrQuireError(() => ripsPersistence(m as number[][]), 'distances');
        expect(r.ok).toBe(false);
      }
      for (const o of [{ maxDim: 4 }, { maxDim: -1 }, { threshold: -1 }, { threshold: Number.NaN }, { precision: 'half' }])
        expect(returnsOrQuireError(() => ripsPersistence([[0]], o as object)).ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'point clouds (huge, tiny, tied coordinates): distances finite, symmetric, correct to rounding; persistence well formed',
    () => {
      const coord = fc.oneof(
        { weight: 6, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
        { weight: 2, arbitrary: fc.constantFrom(0, 1, -1) },
        { weight: 2, arbitrary: fc.constantFrom(1e300, -1e300, 1e-300, 5e-324, 1e39, -3e38, 1e154) },
      );
      fc.assert(
        fc.property(
          fc
            .integer({ min: 1, max: 6 })
            .chain((m) =>
              fc
                .integer({ min: 1, max: 3 })
                .chain((d) => fc.array(fc.array(coord, { minLength: d, maxLength: d }), { minLength: m, maxLength: m })),
            ),
          fc.constantFrom('float32', 'float64' as const),
          (pts, precision) => {
            const r = returnsOrQuireError(() => pointCloudDistances(pts, { precision }), 'points');
            if (!r.ok) {
              // only a distance beyond the largest double may be refused
              expect(r.message).toMatch(/largest double/);
              return;
            }
            const D = r.value;
            checkDistances(D, false);
            for (let i = 0; i < pts.length; i++)
              for (let j = 0; j < i; j++) {
                const exact = Math.hypot(...pts[i].map((x, k) => x - pts[j][k]));
                if (Number.isFinite(exact)) {
                  // rounding of the coordinates (relative to the largest) and of the sum
                  const big = Math.max(...pts.flat().map(Math.abs));
                  const tol = precision === 'float32' ? 1e-6 : 1e-14;
                  expect(
                    Math.abs(D.data[i * pts.length + j] - exact) <= tol * (4 * exact + big),
                    `${D.data[i * pts.length + j]} vs ${exact}`,
                  ).toBe(true);
                }
              }
            const dg = ripsPersistenceOfPoints(pts, { precision, maxDim: 1 });
            checkDiagrams(dg, 2);
            expect(dg[0].filter((b) => b[1] === Infinity).length).toBe(1);
          },
        ),
        RUNS(300),
      );
      for (const pts of [[], [[]], [[0, 1], [0]], [[Number.NaN]], [[Infinity]]])
        expect(returnsOrQuireError(() => pointCloudDistances(pts as number[][]), 'points').ok).toBe(false);
    },
    LIMIT,
  );
});

/** Bars with finite births, deaths ≥ births or Infinity, including huge and equal values. */
const bar: fc.Arbitrary<Bar> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }))
      .map(([b, l]) => [b, b + l] as Bar),
  },
  { weight: 1, arbitrary: fc.double({ min: -5, max: 5, noNaN: true }).map((b) => [b, Infinity] as Bar) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Bar>(
      [0, 0],
      [1, 1],
      [-1e300, 1e300],
      [0, Number.MAX_VALUE],
      [-Number.MAX_VALUE, Number.MAX_VALUE],
      [5e-324, 1e-323],
      [1e300, 1e300],
    ),
  },
);
const bars = fc.array(bar, { maxLength: 8 });
const badBars: unknown[] = [null, [[1]], [[1, 0]], [[Number.NaN, 1]], [[0, Number.NaN]], [[Infinity, Infinity]], [[-Infinity, 0]], 'x'];

describe('tda vectorizations', () => {
  it(
    'landscapes, Betti curves, entropy, summary statistics and images are finite on any well-formed bars',
    () => {
      fc.assert(
        fc.property(
          bars,
          fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 6 }),
          fc.integer({ min: 1, max: 3 }),
          (bs, grid, layers) => {
            const L = persistenceLandscape(bs, grid, layers);
            expect(L.length).toBe(layers * grid.length);
            expect(finiteArray(L)).toBe(true);
            for (let k = 1; k < layers; k++)
              for (let r = 0; r < grid.length; r++) expect(L[k * grid.length + r] <= L[(k - 1) * grid.length + r]).toBe(true);
            const B = bettiCurve(bs, grid);
            for (const b of B) expect(Number.isInteger(b) && b >= 0 && b <= bs.length).toBe(true);
            const e = persistentEntropy(bs);
            expect(Number.isFinite(e) && e >= 0, `entropy ${e}`).toBe(true);
            expect(e <= Math.log2(Math.max(1, finiteBars(bs).length)) + 1e-9).toBe(true);
            const sr = returnsOrQuireError(() => summaryStatistics(bs), 'bars');
            if (sr.ok) {
              expect(sr.value.length).toBe(SUMMARY_NAMES.length);
              expect(finiteArray(sr.value), `summary ${Array.from(sr.value)}`).toBe(true);
            } else expect(sr.message).toMatch(/too large/);
            const img = persistenceImage(bs, { bLo: -1, bHi: 2, pMax: 3, sigma: 0.5 }, 3);
            expect(finiteArray(img)).toBe(true);
            for (const v of img) expect(v >= 0).toBe(true);
          },
        ),
        RUNS(300),
      );
      for (const b of badBars) {
        for (const f of <(() => unknown)[]>[
          () => persistenceLandscape(b as Bar[], [0], 1),
          () => bettiCurve(b as Bar[], [0]),
          () => persistentEntropy(b as Bar[]),
          () => summaryStatistics(b as Bar[]),
          () => persistenceImage(b as Bar[], { bLo: 0, bHi: 1, pMax: 1, sigma: 1 }, 2),
        ])
          expect(returnsOrQuireError(f, 'bars').ok).toBe(false);
      }
      expect(returnsOrQuireError(() => persistenceLandscape([], [0], 0), 'layers').ok).toBe(false);
      expect(returnsOrQuireError(() => persistenceLandscape([], [Number.NaN], 1), 'grid').ok).toBe(false);
      expect(returnsOrQuireError(() => persistenceImage([], { bLo: 0, bHi: 1, pMax: 0, sigma: 1 }, 2), 'pMax').ok).toBe(false);
      expect(returnsOrQuireError(() => persistenceImage([], { bLo: 0, bHi: 1, pMax: 1, sigma: 1 }, 0), 'pixels').ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'linspace: finite grid from start to stop with the requested count, or a QuireError',
    () => {
      fc.assert(
        fc.property(value, value, fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constantFrom(2.5, Number.NaN)), (a, b, r) => {
          const out = returnsOrQuireError(() => linspace(a, b, r));
          if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isInteger(r) && r >= 1)) {
            expect(out.ok).toBe(false);
            return;
          }
          expect(out.ok).toBe(true);
          if (!out.ok) return;
          expect(out.value.length).toBe(r);
          expect(finiteArray(out.value)).toBe(true);
          expect(out.value[0] === a).toBe(true);
          if (r > 1) expect(Math.abs(out.value[r - 1] - b) <= 4e-16 * Math.max(Math.abs(a), Math.abs(b))).toBe(true);
          for (let i = 1; i < r; i++) expect(a <= b ? out.value[i] >= out.value[i - 1] : out.value[i] <= out.value[i - 1]).toBe(true);
        }),
        RUNS(200),
      );
    },
    LIMIT,
  );

  it(
    'TopologicalFeaturizer: fit/transform give finite rows of the announced length, names aligned',
    () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(bars, bars), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 3 }), (dgs, px) => {
          const f = new TopologicalFeaturizer({ layers: 2, resolution: 4, bettiPoints: 3, imagePixels: px }).fit(dgs);
          const r = returnsOrQuireError(() => f.transform(dgs), 'samples');
          if (!r.ok) {
            expect(r.message).toMatch(/too large/);
            return;
          }
          const X = r.value;
          expect(X.length).toBe(dgs.length * f.length);
          expect(f.names().length).toBe(f.length);
          expect(finiteArray(X), `features ${Array.from(X).slice(0, 20)}`).toBe(true);
        }),
        RUNS(200),
      );
      expect(returnsOrQuireError(() => new TopologicalFeaturizer().fit([]), 'train').ok).toBe(false);
      expect(returnsOrQuireError(() => new TopologicalFeaturizer().transform([[[]]]), 'fit').ok).toBe(false);
      expect(returnsOrQuireError(() => new TopologicalFeaturizer({ layers: 0 }), 'layers').ok).toBe(false);
      expect(returnsOrQuireError(() => new TopologicalFeaturizer().fit([[[], []], [[]]]), 'diagrams').ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'bottleneckDistance: a metric on diagrams (zero on itself, symmetric), finite unless essential counts differ',
    () => {
      fc.assert(
        fc.property(bars, bars, (a, b) => {
          const d = bottleneckDistance(a, b);
          const ea = a.filter((x) => x[1] === Infinity).length;
          const eb = b.filter((x) => x[1] === Infinity).length;
          if (ea !== eb) expect(d).toBe(Infinity);
          else expect(Number.isFinite(d) && d >= 0, `d_B = ${d}`).toBe(true);
          expect(bottleneckDistance(b, a)).toBe(d);
          expect(bottleneckDistance(a, a)).toBe(0);
        }),
        RUNS(300),
      );
      for (const b of badBars) expect(returnsOrQuireError(() => bottleneckDistance(b as Bar[], []), 'a').ok).toBe(false);
    },
    LIMIT,
  );
});

/** Small feature matrices (rows × cols) with ordinary, tied, huge and tiny entries. */
const featureMatrix = fc.integer({ min: 1, max: 6 }).chain((rows) =>
  fc.integer({ min: 1, max: 3 }).chain((cols) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      X: fc.array(
        fc.oneof(
          { weight: 5, arbitrary: fc.double({ min: -5, max: 5, noNaN: true }) },
          { weight: 1, arbitrary: fc.constantFrom(0, 1e300, -1e300, 5e-324, 1e200, Number.MAX_VALUE) },
        ),
        {
          minLength: rows * cols,
          maxLength: rows * cols,
        },
      ),
      labels: fc.array(fc.constantFrom(0, 1, 2, -3.5), { minLength: rows, maxLength: rows }),
    }),
  ),
);

describe('tda classifiers', () => {
  it(
    'Standardizer: finite output with mean ≈ 0 per column, whatever the magnitude',
    () => {
      fc.assert(
        fc.property(featureMatrix, ({ rows, cols, X }) => {
          const x = Float64Array.from(X);
          const s = new Standardizer().fit(x, rows, cols);
          expect(finiteArray(s.mean) && finiteArray(s.scale), `mean ${Array.from(s.mean)} scale ${Array.from(s.scale)}`).toBe(true);
          const z = s.transform(x, rows, cols);
          expect(finiteArray(z), `z ${Array.from(z)}`).toBe(true);
          for (let j = 0; j < cols; j++) {
            let m = 0;
            for (let i = 0; i < rows; i++) m += z[i * cols + j] / rows;
            expect(Math.abs(m) < 1e-6, `column ${j} mean ${m}`).toBe(true);
          }
        }),
        RUNS(300),
      );
      expect(returnsOrQuireError(() => new Standardizer().fit(new Float64Array([Number.NaN]), 1, 1), 'X').ok).toBe(false);
      expect(returnsOrQuireError(() => new Standardizer().fit(new Float64Array(2), 1, 1), 'X').ok).toBe(false);
      expect(
        returnsOrQuireError(() => new Standardizer().fit(new Float64Array(2), 2, 1).transform(new Float64Array(2), 1, 2), 'X').ok,
      ).toBe(false);
    },
    LIMIT,
  );

  it(
    'LogisticRegression: finite probabilities summing to 1 and labels from the training set, or a QuireError (one class)',
    () => {
      fc.assert(
        fc.property(featureMatrix, ({ rows, cols, X, labels }) => {
          const x = Float64Array.from(X);
          const r = returnsOrQuireError(() => new LogisticRegression({ iterations: 50 }).fit(x, rows, cols, labels));
          if (new Set(labels).size < 2) {
            expect(r.ok).toBe(false);
            return;
          }
          if (!r.ok) {
            expect(r.message).toMatch(/X/);
            return;
          }
          const m = r.value;
          expect(finiteArray(m.weights), `weights ${Array.from(m.weights)}`).toBe(true);
          const p = m.predictProba(x, rows);
          expect(finiteArray(p)).toBe(true);
          const C = m.classes.length;
          for (let i = 0; i < rows; i++) {
            let s = 0;
            for (let c = 0; c < C; c++) s += p[i * C + c];
            expect(Math.abs(s - 1) < 1e-9).toBe(true);
          }
          const pred = m.predict(x, rows);
          for (const y of pred) expect(labels).toContain(y);
          const acc = accuracy(pred, labels);
          expect(acc >= 0 && acc <= 1).toBe(true);
        }),
        RUNS(200),
      );
      const x = new Float64Array(4);
      for (const labels of [
        [0, 0, 0, 0],
        [0, 1, 0],
        [0, 1, Number.NaN, 0],
      ])
        expect(returnsOrQuireError(() => new LogisticRegression().fit(x, 4, 1, labels), 'labels').ok).toBe(false);
      expect(returnsOrQuireError(() => new LogisticRegression().predict(x, 4), 'fit').ok).toBe(false);
      expect(returnsOrQuireError(() => new LogisticRegression({ l2: -1 }), 'l2').ok).toBe(false);
      expect(returnsOrQuireError(() => accuracy([], []), 'predicted').ok).toBe(false);
      expect(returnsOrQuireError(() => accuracy([1], [1, 2]), 'predicted').ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'dtwDistance: finite, symmetric, ≤ the Euclidean distance, zero on itself, correct at ±1e±300',
    () => {
      fc.assert(
        fc.property(series, series, fc.constantFrom(0, 1, 3, Infinity, -1, Number.NaN), (a, b, w) => {
          const r = returnsOrQuireError(() => dtwDistance(a, b, w));
          const spans = (x: number[]) => Math.max(...x) - Math.min(...x) < Infinity;
          const okIn =
            a.length >= 3 && b.length >= 3 && a.every(Number.isFinite) && b.every(Number.isFinite) && spans(a) && spans(b) && w >= 0;
          if (!okIn) expect(r.ok).toBe(false);
          if (!r.ok) {
            // valid series are refused only when their distance exceeds the largest double
            if (okIn) expect(r.message).toMatch(/largest double/);
            return;
          }
          const d = r.value;
          expect(Number.isFinite(d) && d >= 0, `dtw ${d} of ${a} and ${b}`).toBe(true);
          expect(dtwDistance(b, a, w)).toBeCloseTo(d, 9);
          expect(dtwDistance(a, a, w)).toBe(0);
          if (a.length === b.length) {
            const e = Math.hypot(...a.map((x, i) => x - b[i]));
            if (Number.isFinite(e)) expect(d <= e * (1 + 1e-12), `dtw ${d} > euclid ${e}`).toBe(true);
            if (w === 0 && Number.isFinite(e)) expect(Math.abs(d - e) <= 1e-12 * e).toBe(true);
          }
        }),
        RUNS(300),
      );
    },
    LIMIT,
  );

  it(
    '1-NN baselines: a series in the training set is its own nearest neighbour (any magnitude); tiny sets work',
    () => {
      fc.assert(
        fc.property(
          fc
            .integer({ min: 3, max: 6 })
            .chain((L) => fc.array(fc.array(finiteValue, { minLength: L, maxLength: L }), { minLength: 1, maxLength: 4 })),
          (train0) => {
            const train = train0.filter((s) => Math.max(...s) - Math.min(...s) < Infinity);
            if (train.length === 0) return;
            // series that differ at double precision only (relative to the largest value): others tie
            const big = Math.max(1e-300, ...train.flat().map(Math.abs));
            const uniq: number[][] = [];
            for (const s of train) if (uniq.every((t) => Math.max(...s.map((x, k) => Math.abs(x - t[k]))) > 1e-150 * big)) uniq.push(s);
            const labels = uniq.map((_, i) => i);
            const e = nearestNeighborEuclidean(uniq, labels, uniq);
            expect(e.predictions, `train ${JSON.stringify(uniq)}`).toEqual(labels);
            const d = nearestNeighborDtw(uniq, labels, uniq, { maxFraction: 0.5 });
            expect(d.predictions).toEqual(labels);
            expect(Number.isInteger(d.window) && d.window! >= 0).toBe(true);
            for (const v of Object.values(d.looAccuracy!)) expect(v >= 0 && v <= 1).toBe(true);
          },
        ),
        RUNS(150),
      );
      const ok = [[0, 1, 2]];
      for (const f of <(() => unknown)[]>[
        () => nearestNeighborEuclidean([], [], ok),
        () => nearestNeighborEuclidean(ok, [1, 2], ok),
        () => nearestNeighborEuclidean(ok, [Number.NaN], ok),
        () => nearestNeighborEuclidean(ok, [1], [[0, 1]]),
        () => nearestNeighborDtw(ok, [1], ok, { maxFraction: 2 }),
        () => nearestNeighborDtw(ok, [1], [[0, Number.NaN, 1]]),
      ])
        expect(returnsOrQuireError(f).ok).toBe(false);
    },
    LIMIT,
  );
});

describe('tda pipeline and auto selection', () => {
  it(
    'zNormalize: finite, mean 0 and sd 1 (or all zeros for a constant series), at any magnitude',
    () => {
      fc.assert(
        fc.property(
          series.filter((s) => s.length >= 1 && s.every(Number.isFinite)),
          (s) => {
            const z = zNormalize(Float64Array.from(s));
            expect(finiteArray(z), `z ${Array.from(z)} of ${s}`).toBe(true);
            const m = z.reduce((a, b) => a + b, 0) / z.length;
            expect(Math.abs(m) < 1e-9).toBe(true);
            const v = z.reduce((a, b) => a + b * b, 0) / z.length;
            expect(Math.abs(v - 1) < 1e-9 || v === 0, `variance ${v}`).toBe(true);
          },
        ),
        RUNS(300),
      );
    },
    LIMIT,
  );

  it(
    'seriesDiagrams: well-formed diagrams for every graph × distance × filtration, or a QuireError naming the series',
    () => {
      fc.assert(
        fc.property(
          series,
          fc.constantFrom(...GRAPH_TYPES),
          fc.constantFrom(...DISTANCE_TYPES),
          fc.constantFrom('rips', 'flag' as const),
          fc.boolean(),
          (s, graph, distance, filtration, normalize) => {
            const r = returnsOrQuireError(() => seriesDiagrams(s, { graph, distance, filtration, normalize, k: 2, dimension: 2 }));
            if (s.length < 3 || !s.every(Number.isFinite)) expect(r.ok).toBe(false);
            if (!r.ok) return;
            checkDiagrams(r.value, 2);
            expect(r.value[0].filter((b) => b[1] === Infinity).length).toBeGreaterThanOrEqual(1);
          },
        ),
        RUNS(250),
      );
    },
    LIMIT,
  );

  it(
    'TdaClassifier and the auto selection on tiny and degenerate training sets: predictions from the labels, or a QuireError',
    () => {
      const sets = fc.record({
        // one, two or three classes; one or two series per class; constant series allowed
        classes: fc.integer({ min: 1, max: 3 }),
        perClass: fc.integer({ min: 1, max: 2 }),
        constant: fc.boolean(),
        classifier: fc.constantFrom('logistic', 'forest' as const),
        L: fc.integer({ min: 5, max: 9 }),
      });
      fc.assert(
        fc.property(sets, ({ classes, perClass, constant, classifier, L }) => {
          const train: number[][] = [];
          const labels: number[] = [];
          for (let c = 0; c < classes; c++)
            for (let p = 0; p < perClass; p++) {
              train.push(Array.from({ length: L }, (_, t) => (constant ? c : Math.sin((t + p) * (c + 1)))));
              labels.push(c * 10);
            }
          const opts = {
            graph: 'hvg' as const,
            distance: 'shortest' as const,
            classifier,
            trees: 5,
            iterations: 20,
            resolution: 4,
            bettiPoints: 2,
            imagePixels: 2,
          };
          const r = returnsOrQuireError(() => new TdaClassifier(opts).fit(train, labels));
          if (classes < 2) expect(r.ok).toBe(false);
          if (r.ok) {
            const pred = r.value.predict(train);
            for (const y of pred) expect(labels).toContain(y);
            const sc = r.value.score(train, labels);
            expect(sc >= 0 && sc <= 1).toBe(true);
            const dg = r.value.diagrams(train);
            expect(r.value.predictDiagrams(dg)).toEqual(pred);
          }
          const folds = stratifiedFolds(labels, 2, 0);
          for (const f of folds) expect(f === 0 || f === 1).toBe(true);
          const dgs = new TdaClassifier(opts).diagrams(train);
          const cv = returnsOrQuireError(() => cvAccuracy(dgs, labels, opts, folds, 2));
          if (cv.ok) expect(cv.value >= 0 && cv.value <= 1, `cv ${cv.value}`).toBe(true);
          const auto = { graphs: ['hvg', 'transition'] as const, distances: ['shortest'] as const, base: opts, folds: 2 };
          const sel = returnsOrQuireError(() => selectPipeline(train, labels, auto));
          expect(sel.ok).toBe(classes >= 2 && perClass >= 2);
          if (sel.ok) {
            for (const row of sel.value.table) expect(Number.isFinite(row.cvAccuracy) || typeof row.error === 'string').toBe(true);
            const fa = fitAuto(train, labels, auto);
            for (const y of fa.classifier.predict(train)) expect(labels).toContain(y);
          }
        }),
        RUNS(20),
      );
      const ok = [[0, 1, 2, 3]];
      for (const f of <(() => unknown)[]>[
        () => new TdaClassifier().fit([], []),
        () => new TdaClassifier().fit(ok, [1, 2]),
        () => new TdaClassifier().predict(ok),
        () => new TdaClassifier({ graph: 'bogus' as 'nvg' }),
        () => selectPipeline(ok, [1], { graphs: ['bogus' as 'nvg'] }),
        () => stratifiedFolds([0, 1], 0, 0),
        () => stratifiedFolds([0, 1], 2, -1),
      ])
        expect(returnsOrQuireError(f).ok).toBe(false);
    },
    LIMIT * 2,
  );
});

/** The counterexamples the hunt found, each a fixed case that failed before its fix. */
describe('tda regressions (issue 16 hunt)', () => {
  it('graphFromEdges: a fractional or zero vertex count is a QuireError, not a RangeError', () => {
    expect(returnsOrQuireError(() => graphFromEdges(2.5, new EdgeList()), 'n').ok).toBe(false);
    expect(returnsOrQuireError(() => graphFromEdges(0, new EdgeList()), 'n').ok).toBe(false);
  });
  it('visibility and proximity graphs of huge values have finite edge lengths; an overflowing range is refused', () => {
    for (const w of naturalVisibilityGraph([1e300, 0, 0]).weights!) expect(w).toBe(w === 1 ? 1 : w); // finite
    expect(Array.from(naturalVisibilityGraph([1e300, 0, 0]).weights!).every(Number.isFinite)).toBe(true);
    const k = knnGraph([1e300, 0, -1e300, 0, 1e300], { k: 1, dimension: 2 });
    expect(Array.from(k.weights!).every(Number.isFinite)).toBe(true);
    expect(k.weights![0]).toBeCloseTo(Math.SQRT2 * 1e300, -290);
    const tiny = knnGraph([5e-324, 0, 1e-323, 0], { k: 1, dimension: 1 });
    expect(Array.from(tiny.weights!).some((w) => w > 0)).toBe(true);
    expect(returnsOrQuireError(() => naturalVisibilityGraph([-Number.MAX_VALUE, 0, Number.MAX_VALUE]), 'series').ok).toBe(false);
  });
  it('weighted shortest paths whose sums overflow are refused, not reported as disconnected', () => {
    const g = makeGraph(
      3,
      [
        [0, 1, Number.MAX_VALUE],
        [1, 2, Number.MAX_VALUE],
      ],
      true,
    );
    expect(returnsOrQuireError(() => weightedShortestPathDistances(g), 'weights').ok).toBe(false);
    expect(
      returnsOrQuireError(() => capInfinite({ n: 2, data: Float64Array.from([0, Number.MAX_VALUE, Number.MAX_VALUE, 0]) }).data).ok,
    ).toBe(true);
    expect(
      returnsOrQuireError(
        () =>
          capInfinite({
            n: 3,
            data: Float64Array.from([0, Number.MAX_VALUE, Infinity, Number.MAX_VALUE, 0, Infinity, Infinity, Infinity, 0]),
          }),
        'overflows',
      ).ok,
    ).toBe(false);
  });
  it('point clouds beyond single precision or whose squares overflow get finite, correct distances', () => {
    expect(Math.abs(pointCloudDistances([[1e300], [0]]).data[1] / 1e300 - 1)).toBeLessThan(1e-7);
    expect(pointCloudDistances([[1e300], [0]], { precision: 'float64' }).data[1]).toBe(1e300);
    expect(
      pointCloudDistances(
        [
          [1e200, 1e200],
          [0, 0],
        ],
        { precision: 'float64' },
      ).data[1],
    ).toBeCloseTo(Math.SQRT2 * 1e200, -190);
    expect(pointCloudDistances([[1e-200], [0]], { precision: 'float64' }).data[1]).toBe(1e-200);
    expect(ripsPersistenceOfPoints([[0], [0], [5e-324]])[0].length).toBe(2);
  });
  it('a non-symmetric or misshapen matrix names distances', () => {
    expect(
      returnsOrQuireError(
        () =>
          ripsPersistence([
            [0, 1],
            [2, 0],
          ]),
        'distances',
      ).ok,
    ).toBe(false);
    expect(returnsOrQuireError(() => ripsPersistence({ n: 2, data: new Float64Array(3) }), 'distances').ok).toBe(false);
  });
  it('bars of huge lifetime: entropy and bottleneck finite; summary statistics refuse instead of Infinity/NaN', () => {
    expect(
      persistentEntropy([
        [-Number.MAX_VALUE, Number.MAX_VALUE],
        [0, Number.MAX_VALUE],
      ]),
    ).toBeCloseTo(-(2 / 3) * Math.log2(2 / 3) - (1 / 3) * Math.log2(1 / 3), 12);
    expect(bottleneckDistance([[-Number.MAX_VALUE, Number.MAX_VALUE]], [])).toBe(Number.MAX_VALUE);
    expect(returnsOrQuireError(() => summaryStatistics([[-Number.MAX_VALUE, Number.MAX_VALUE]]), 'bars').ok).toBe(false);
    const g = linspace(-Number.MAX_VALUE, Number.MAX_VALUE, 3);
    expect(Array.from(g)).toEqual([-Number.MAX_VALUE, 0, Number.MAX_VALUE]);
    expect(Array.from(linspace(Number.MAX_VALUE, 0, 3))).toEqual([Number.MAX_VALUE, Number.MAX_VALUE / 2, 0]);
    expect(returnsOrQuireError(() => linspace(0, 1, 2.5), 'resolution').ok).toBe(false);
    expect(returnsOrQuireError(() => new TopologicalFeaturizer().fit([[[[0, Number.NaN]]]]), 'bars').ok).toBe(false);
  });
  it('Standardizer, LogisticRegression, DTW and 1-NN at ±1e±300', () => {
    const s = new Standardizer().fit(Float64Array.from([0, 1e200]), 2, 1);
    expect(Array.from(s.transform(Float64Array.from([0, 1e200]), 2, 1))).toEqual([-1, 1]);
    const x = Float64Array.from([0, 0, 0, 1e200]);
    expect(returnsOrQuireError(() => new LogisticRegression().fit(x, 2, 2, [1, 0]), 'X').ok).toBe(false);
    expect(dtwDistance([0, 0, 0], [1e300, 0, 0], 0)).toBe(1e300);
    expect(dtwDistance([0, 0, 0], [1e-300, 0, 0], 1)).toBe(1e-300);
    expect(
      nearestNeighborEuclidean(
        [
          [1e300, 0, 0],
          [0, 0, 1e300],
        ],
        [1, 2],
        [[0, 0, 1e300]],
      ).predictions,
    ).toEqual([2]);
    expect(
      nearestNeighborDtw(
        [
          [1e-300, 0, 0],
          [0, 0, 0],
        ],
        [1, 2],
        [[0, 0, 0]],
      ).predictions,
    ).toEqual([2]);
  });
  it('zNormalize is scale-free at ±1e308 and 1e-320 (it returned zeros); window kernels and EdgeList check their sizes', () => {
    const ref = Array.from(zNormalize(Float64Array.from([1, 1, -1])));
    for (const c of [1e308, 1e-320, -1e300])
      Array.from(zNormalize(Float64Array.from([c, c, -c]))).forEach((z, i) =>
        expect(Math.abs(z - Math.sign(c) * ref[i])).toBeLessThan(1e-12),
      );
    const y = Float64Array.from([1, 2, 3, 4]);
    expect(returnsOrQuireError(() => ordinalPatterns(y, 0, 1), 'window size').ok).toBe(false);
    expect(returnsOrQuireError(() => ordinalPatterns(y, 13, 1), 'window size').ok).toBe(false);
    expect(returnsOrQuireError(() => ordinalPatterns(y, 2, 0.5), 'delay').ok).toBe(false);
    expect(returnsOrQuireError(() => delayEmbedding(y, 0, 1), 'window size').ok).toBe(false);
    expect(returnsOrQuireError(() => delayEmbedding(y, 2, 1.5), 'delay').ok).toBe(false);
    expect(returnsOrQuireError(() => new EdgeList(-1), 'capacity').ok).toBe(false);
    const e = new EdgeList(0);
    e.add(0, 1);
    expect(edgeCount(graphFromEdges(2, e))).toBe(1);
  });
  it('cvAccuracy with no scorable fold is a QuireError, not NaN; stratifiedFolds checks k and seed', () => {
    const dgs: Diagrams[] = [[[[0, 1]]], [[[0, 2]]]];
    expect(returnsOrQuireError(() => cvAccuracy(dgs, [0, 0], {}, Int32Array.from([0, 1]), 2), 'fold').ok).toBe(false);
    expect(returnsOrQuireError(() => stratifiedFolds([0, 1], 0, 0), 'k').ok).toBe(false);
    expect(returnsOrQuireError(() => stratifiedFolds([0, 1], 2, 0.5), 'seed').ok).toBe(false);
  });
});

/** Brute-force oracles on tiny inputs: a silent wrong number fails these, not just NaN. */
describe('tda against brute force', () => {
  /** d_B by enumerating every matching of A ∪ Δ(B) with B ∪ Δ(A) (finite bars only). */
  function bruteBottleneck(A: Bar[], B: Bar[]): number {
    const m = A.length;
    const k = B.length;
    const N = m + k;
    const cost = (r: number, c: number): number => {
      if (r < m && c < k) return Math.max(Math.abs(A[r][0] - B[c][0]), Math.abs(A[r][1] - B[c][1]));
      if (r < m) return c - k === r ? (A[r][1] - A[r][0]) / 2 : Infinity;
      if (c < k) return r - m === c ? (B[c][1] - B[c][0]) / 2 : Infinity;
      return 0;
    };
    let best = Infinity;
    const used = new Array<boolean>(N).fill(false);
    const go = (r: number, worst: number): void => {
      if (worst >= best) return;
      if (r === N) {
        best = worst;
        return;
      }
      for (let c = 0; c < N; c++) {
        if (used[c]) continue;
        const w = cost(r, c);
        if (w === Infinity) continue;
        used[c] = true;
        go(r + 1, Math.max(worst, w));
        used[c] = false;
      }
    };
    go(0, 0);
    return N === 0 ? 0 : best;
  }
  const smallBar = fc.tuple(fc.integer({ min: -4, max: 4 }), fc.integer({ min: 0, max: 4 })).map(([b, l]) => [b / 2, b / 2 + l / 2] as Bar);

  it(
    'bottleneckDistance equals the minimum over all matchings (≤ 3 + 3 finite bars, ties included)',
    () => {
      fc.assert(
        fc.property(fc.array(smallBar, { maxLength: 3 }), fc.array(smallBar, { maxLength: 3 }), (a, b) => {
          const A = a.filter((x) => x[1] > x[0]);
          const B = b.filter((x) => x[1] > x[0]);
          expect(bottleneckDistance(a, b)).toBe(bruteBottleneck(A, B));
        }),
        RUNS(300),
      );
    },
    LIMIT,
  );

  it(
    'persistenceLandscape equals the k-th largest tent value at every grid point',
    () => {
      fc.assert(
        fc.property(
          fc.array(smallBar, { maxLength: 5 }),
          fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 1, maxLength: 5 }),
          fc.integer({ min: 1, max: 3 }),
          (bs, g, layers) => {
            const grid = g.map((x) => x / 3);
            const L = persistenceLandscape(bs, grid, layers);
            grid.forEach((t, r) => {
              const tents = bs.map(([b, d]) => Math.max(0, Math.min(t - b, d - t))).sort((x, y) => y - x);
              for (let k = 0; k < layers; k++) expect(L[k * grid.length + r]).toBe(tents[k] ?? 0);
            });
          },
        ),
        RUNS(200),
      );
    },
    LIMIT,
  );

  /** Kruskal: the H0 death times of a Rips filtration are the positive MST edge lengths. */
  function mstWeights(rows: number[][], threshold: number): number[] {
    const n = rows.length;
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
    const edges: [number, number, number][] = [];
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) if (rows[i][j] <= threshold && rows[i][j] < Infinity) edges.push([rows[i][j], i, j]);
    edges.sort((x, y) => x[0] - y[0]);
    const out: number[] = [];
    for (const [w, i, j] of edges) {
      const a = find(i);
      const b = find(j);
      if (a !== b) {
        parent[a] = b;
        if (w > 0) out.push(w);
      }
    }
    return out.sort((x, y) => x - y);
  }

  it(
    'ripsPersistence H0 (float64): finite deaths are the MST edge lengths, with or without a threshold; essential classes = components',
    () => {
      fc.assert(
        fc.property(distanceMatrix, fc.constantFrom(Infinity, 0.5, 1, 2, 5), (rows, thr) => {
          const opts =
            thr === Infinity ? { maxDim: 0, precision: 'float64' as const } : { maxDim: 0, precision: 'float64' as const, threshold: thr };
          const dg = ripsPersistence(rows, opts);
          const deaths = dg[0]
            .filter((b) => b[1] !== Infinity)
            .map((b) => b[1])
            .sort((x, y) => x - y);
          expect(deaths).toEqual(mstWeights(rows, thr));
          const cut = rows.map((r) => r.map((x) => (x <= thr ? x : Infinity)));
          expect(dg[0].filter((b) => b[1] === Infinity).length).toBe(components(cut));
        }),
        RUNS(300),
      );
    },
    LIMIT,
  );

  it(
    'on a forest, resistance distance equals hop distance (and weighted = hops for unit lengths)',
    () => {
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: 0, maxLength: 9 }), fc.nat(3), (parents, cut) => {
          // vertex i + 1 hangs below a vertex < i + 1; every (cut + 2)-th link is dropped (a forest)
          const edges: [number, number, number][] = [];
          parents.forEach((p, i) => {
            if ((i + 1) % (cut + 2) !== 0) edges.push([p % (i + 1), i + 1, 1]);
          });
          const g = makeGraph(parents.length + 1, edges, true);
          const R = resistanceDistances(g).data;
          const H = shortestPathDistances(g).data;
          const W = weightedShortestPathDistances(g).data;
          for (let i = 0; i < H.length; i++) {
            if (H[i] === Infinity) expect(R[i]).toBe(Infinity);
            else expect(Math.abs(R[i] - H[i]) <= 1e-9 * (1 + H[i]), `R ${R[i]} vs hops ${H[i]}`).toBe(true);
            expect(W[i]).toBe(H[i]);
          }
        }),
        RUNS(150),
      );
    },
    LIMIT,
  );

  it('flagMatrix refuses a distance matrix of another size than the graph (it read past the end: NaN entries)', () => {
    const g = makeGraph(
      3,
      [
        [0, 1, 1],
        [1, 2, 1],
      ],
      false,
    );
    expect(returnsOrQuireError(() => flagMatrix(g, { n: 2, data: new Float64Array(4) }), 'D').ok).toBe(false);
  });
});
