import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cbf } from '../data/synthetic.js';
import { parseOptions } from '../core/schema.js';
import { distanceOfGraph, graphOfSeries, pipelineSchema, zNormalize } from './pipeline.js';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Rng } from '../core/rng.js';
import { pointCloudDistances, ripsPersistence, ripsPersistenceOfPoints, type Bar, type DistanceMatrix } from './rips.js';
import { shortestPathDistances } from './distances.js';
import { cycleGraph } from './test-helpers.js';
import { haveTool, TOOLS } from '../../test/tools.js';

const hasRipser = haveTool(TOOLS.ripser, 'the ripser cross-checks in src/tda/rips.test.ts');

/** Run Debian's ripser binary on a lower-triangular distance matrix. */
function ripserBinary(D: DistanceMatrix, dim: number, threshold?: number): number[][][] {
  const n = D.n;
  const lines: string[] = [];
  for (let i = 1; i < n; i++) lines.push(Array.from({ length: i }, (_, j) => String(D.data[i * n + j])).join(','));
  const args = ['--format', 'lower-distance', '--dim', String(dim)];
  if (threshold !== undefined) args.push('--threshold', String(threshold));
  const out = execFileSync('ripser', args, { input: lines.join('\n') + '\n' }).toString();
  const dg: number[][][] = Array.from({ length: dim + 1 }, () => []);
  let cur = -1;
  for (const l of out.split('\n')) {
    const m = /persistence intervals in dim (\d+)/.exec(l);
    if (m) cur = Number(m[1]);
    const b = /\[([^,]+),([^)]*)\)/.exec(l);
    if (b && cur >= 0) dg[cur].push([Number(b[1]), b[2].trim() === '' ? Infinity : Number(b[2])]);
  }
  return dg;
}
/** Canonical form at ripser's 6 printed significant digits. */
const canon = (bars: ArrayLike<ArrayLike<number>>): string[] =>
  Array.from(bars, (b) => `${Number(b[0].toPrecision(6))},${b[1] === Infinity ? 'inf' : Number(b[1].toPrecision(6))}`).sort();

/** Prim's MST edge lengths, sorted. */
function mstLengths(D: Float64Array, n: number): number[] {
  const inTree = new Uint8Array(n);
  const best = new Float64Array(n).fill(Infinity);
  best[0] = 0;
  const out: number[] = [];
  for (let it = 0; it < n; it++) {
    let u = -1;
    for (let v = 0; v < n; v++) if (!inTree[v] && (u < 0 || best[v] < best[u])) u = v;
    inTree[u] = 1;
    if (it > 0) out.push(best[u]);
    for (let v = 0; v < n; v++) if (!inTree[v] && D[u * n + v] < best[v]) best[v] = D[u * n + v];
  }
  return out.sort((a, b) => a - b);
}

describe('Vietoris–Rips persistence', () => {
  it('H0 deaths are the MST edge lengths (single linkage), with one essential class', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 0, max: 1e6 }), (n, seed) => {
        const r = new Rng(seed);
        const pts = Array.from({ length: n }, () => [r.normal(), r.normal()]);
        const D = pointCloudDistances(pts, { precision: 'float64' });
        const dg = ripsPersistence(D, { maxDim: 0, precision: 'float64' });
        const finite = dg[0].filter((b) => b[1] !== Infinity).map((b) => b[1]);
        expect(dg[0].filter((b) => b[1] === Infinity)).toHaveLength(1);
        expect(finite.sort((a, b) => a - b)).toEqual(mstLengths(D.data, n));
      }),
      { seed: 42, numRuns: 50 },
    );
  });

  it('n points equally spaced on the unit circle: one H1 bar [2 sin(π/n), 2 sin(π⌈n/3⌉/n))', () => {
    for (const n of [12, 13, 15, 20]) {
      const pts = Array.from({ length: n }, (_, i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
      const dg = ripsPersistenceOfPoints(pts, { precision: 'float64' });
      expect(dg[1]).toHaveLength(1);
      expect(dg[1][0][0]).toBeCloseTo(2 * Math.sin(Math.PI / n), 10);
      expect(dg[1][0][1]).toBeCloseTo(2 * Math.sin((Math.PI * Math.ceil(n / 3)) / n), 10);
    }
    expect(
      ripsPersistenceOfPoints(
        [
          [1, 0],
          [0, 1],
          [-1, 0],
          [0, -1],
        ].concat([]),
      )[1],
    ).toEqual([[Math.fround(Math.SQRT2), 2]]);
  });

  it('cycle graph C_n with the hop metric: one H1 bar [1, ⌈n/3⌉)', () => {
    for (const n of [6, 7, 8, 9, 12, 13]) {
      const dg = ripsPersistence(shortestPathDistances(cycleGraph(n)), { maxDim: 2 });
      expect(dg[1]).toEqual([[1, Math.ceil(n / 3)]]);
    }
  });

  it('an octahedron (cross-polytope) has one H2 bar', () => {
    const pts = [
      [1, 0, 0],
      [-1, 0, 0],
      [0, 1, 0],
      [0, -1, 0],
      [0, 0, 1],
      [0, 0, -1],
    ];
    const dg = ripsPersistenceOfPoints(pts, { maxDim: 2, precision: 'float64' });
    expect(dg[2]).toHaveLength(1);
    expect(dg[2][0][0]).toBeCloseTo(Math.SQRT2, 12);
    expect(dg[2][0][1]).toBeCloseTo(2, 12);
  });

  it('infinite entries mean "no edge": two components give two essential H0 classes', () => {
    const I = Infinity;
    const dg = ripsPersistence([
      [0, 1, I, I],
      [1, 0, I, I],
      [I, I, 0, 2],
      [I, I, 2, 0],
    ]);
    expect(dg[0].filter((b) => b[1] === Infinity)).toHaveLength(2);
    expect(dg[0].filter((b) => b[1] !== Infinity).map((b) => b[1])).toEqual([1, 2]);
  });

  it('entries near 1e300 or 1e-300 are scaled by a power of two, not rounded to Infinity or 0 (issue 16, item 13)', () => {
    for (const u of [1e300, 1e-300, 3e38, 1e-40]) {
      const D = [
        [0, u, 2 * u],
        [u, 0, 1.5 * u],
        [2 * u, 1.5 * u, 0],
      ];
      const f32 = ripsPersistence(D);
      expect(f32[0].filter((b) => b[1] === Infinity)).toHaveLength(1);
      const deaths = f32[0].map((b) => b[1]).filter((d) => d !== Infinity);
      expect(deaths[0] / u).toBeCloseTo(1, 6); // single-precision rounding of the scaled entry
      expect(deaths[1] / u).toBeCloseTo(1.5, 6);
      expect(ripsPersistence(D, { precision: 'float64' })[0]).toEqual([
        [0, u],
        [0, 1.5 * u],
        [0, Infinity],
      ]);
    }
    // a range wider than single precision cannot be kept in float32: an error, not a wrong diagram
    const wide = [
      [0, 1, 1e300],
      [1, 0, 1e300],
      [1e300, 1e300, 0],
    ];
    expect(() => ripsPersistence(wide)).toThrow(/precision 'float64'/);
    expect(ripsPersistence(wide, { precision: 'float64' })[0]).toEqual([
      [0, 1],
      [0, 1e300],
      [0, Infinity],
    ]);
  });

  it('a matrix symmetric only up to rounding (Dijkstra from each end) is read by its lower triangle, and terminates', () => {
    // this k-NN graph's Dijkstra matrix differs from its transpose in the last bit; float64 Rips used to loop forever
    const y = cbf(10, 1, { length: 64 }).series[2];
    const o = parseOptions('test', pipelineSchema, { graph: 'knn', distance: 'weighted' });
    const D = distanceOfGraph(graphOfSeries(zNormalize(y), o), o);
    let asym = 0;
    for (let i = 0; i < D.n; i++) for (let j = 0; j < i; j++) if (D.data[i * D.n + j] !== D.data[j * D.n + i]) asym++;
    expect(asym).toBeGreaterThan(0);
    const lower = Float64Array.from(D.data);
    for (let i = 0; i < D.n; i++) for (let j = 0; j < i; j++) lower[j * D.n + i] = lower[i * D.n + j];
    const a = ripsPersistence(D, { precision: 'float64' });
    expect(a).toEqual(ripsPersistence({ n: D.n, data: lower }, { precision: 'float64' }));
    expect(a[1].length).toBeGreaterThan(5);
  });

  it('a threshold truncates: bars born below it survive as essential classes', () => {
    const n = 12;
    const pts = Array.from({ length: n }, (_, i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
    const dg = ripsPersistenceOfPoints(pts, { threshold: 1, precision: 'float64' });
    expect(dg[1]).toHaveLength(1);
    expect(dg[1][0][1]).toBe(Infinity);
    const low = ripsPersistenceOfPoints(pts, { threshold: 0.3, precision: 'float64' });
    expect(low[0].filter((b: Bar) => b[1] === Infinity)).toHaveLength(12);
  });

  it('identical to the stored output of ripser 1.2.1 on point clouds (fixtures/ripser-clouds.json, H0–H2)', () => {
    const fx = JSON.parse(readFileSync(new URL('./fixtures/ripser-clouds.json', import.meta.url), 'utf8')) as {
      cases: { points: number[][]; diagrams: (number | null)[][][] }[];
    };
    expect(fx.cases.length).toBeGreaterThan(0);
    for (const c of fx.cases) {
      const ours = ripsPersistenceOfPoints(c.points, { maxDim: 2 });
      for (let k = 0; k <= 2; k++) expect(canon(ours[k])).toEqual(canon(c.diagrams[k].map((b) => [b[0] as number, b[1] ?? Infinity])));
    }
  });

  it.skipIf(!hasRipser)('diagrams identical to the ripser binary on random point clouds (H0–H2)', () => {
    const r = new Rng(2024);
    for (let trial = 0; trial < 12; trial++) {
      const n = 15 + r.int(45);
      const dim = 2 + r.int(3);
      const pts = Array.from({ length: n }, () => Array.from({ length: dim }, () => r.normal()));
      const D = pointCloudDistances(pts);
      const ours = ripsPersistence(D, { maxDim: 2 });
      const ref = ripserBinary(D, 2);
      for (let k = 0; k <= 2; k++) expect(canon(ours[k])).toEqual(canon(ref[k]));
    }
  });

  it.skipIf(!hasRipser)('identical to the ripser binary with a threshold, with ties (integer distances)', () => {
    const r = new Rng(99);
    for (let trial = 0; trial < 8; trial++) {
      const n = 20 + r.int(20);
      const data = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < i; j++) {
          const v = 1 + r.int(6);
          data[i * n + j] = v;
          data[j * n + i] = v;
        }
      const D = { n, data };
      const thr = trial % 2 === 0 ? 3 : undefined;
      const ours = ripsPersistence(D, { maxDim: 2, threshold: thr });
      const ref = ripserBinary(D, 2, thr);
      for (let k = 0; k <= 2; k++) expect(canon(ours[k])).toEqual(canon(ref[k]));
    }
  });

  it('rejects non-symmetric, negative, NaN, non-square matrices and bad options', () => {
    expect(() =>
      ripsPersistence([
        [0, 1],
        [2, 0],
      ]),
    ).toThrow(/not symmetric/);
    expect(() =>
      ripsPersistence([
        [0, -1],
        [-1, 0],
      ]),
    ).toThrow(/≥ 0/);
    expect(() =>
      ripsPersistence([
        [0, NaN],
        [NaN, 0],
      ]),
    ).toThrow(/NaN/);
    expect(() => ripsPersistence([[0, 1], [1]])).toThrow(/square/);
    expect(() =>
      ripsPersistence([
        [1, 1],
        [1, 0],
      ]),
    ).toThrow(/diagonal/);
    expect(() => ripsPersistence([])).toThrow(/empty/);
    expect(() => ripsPersistence([[0]], { maxDim: 4 })).toThrow(/maxDim/);
    expect(() => ripsPersistenceOfPoints([[0, 1], [1]])).toThrow(/ragged/);
  });
});
