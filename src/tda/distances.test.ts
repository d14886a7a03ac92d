import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../core/rng.js';
import { EdgeList, graphFromEdges, type Graph } from './graph.js';
import {
  capInfinite,
  diffusionDistances,
  graphDistances,
  hopDiameter,
  resistanceDistances,
  shortestPathDistances,
  weightedShortestPathDistances,
} from './distances.js';
import { horizontalVisibilityGraph, naturalVisibilityGraph } from './graphs.js';
import { cycleGraph, pathGraph } from './test-helpers.js';

/** Diffusion distance by explicit matrix powers of P = ½(I + D⁻¹A) (the definition). */
function diffusionDirect(g: Graph, t: number): Float64Array {
  const n = g.n;
  const P = new Float64Array(n * n);
  const deg = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    deg[u] = g.offsets[u + 1] - g.offsets[u];
    P[u * n + u] += 0.5;
    for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) P[u * n + g.neighbors[p]] += 0.5 / deg[u];
  }
  let Q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) Q[i * n + i] = 1;
  for (let s = 0; s < t; s++) {
    const R = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) for (let j = 0; j < n; j++) R[i * n + j] += Q[i * n + k] * P[k * n + j];
    Q = R;
  }
  const D = new Float64Array(n * n);
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += (Q[a * n + k] - Q[b * n + k]) ** 2 / deg[k];
      D[a * n + b] = Math.sqrt(s);
    }
  return D;
}

function randomConnectedGraph(r: Rng, n: number, extra: number): Graph {
  const e = new EdgeList();
  for (let v = 1; v < n; v++) e.add(v, r.int(v), 0.5 + r.uniform());
  for (let t = 0; t < extra; t++) e.add(r.int(n), r.int(n), 0.5 + r.uniform());
  return graphFromEdges(n, e, true);
}

describe('graph distances', () => {
  it('diffusion distances of C8 with t = 2·diam = 8 match the notes (0.0763, 0.1409, 0.1841, 0.1992)', () => {
    const g = cycleGraph(8);
    expect(hopDiameter(g)).toBe(4);
    const D = diffusionDistances(g).data;
    const want = [0.0763, 0.1409, 0.1841, 0.1992];
    for (let k = 1; k <= 4; k++) expect(D[k]).toBeCloseTo(want[k - 1], 4);
    // circulant: d(i, j) depends on |i − j| mod 8 only
    for (let i = 0; i < 8; i++) for (let j = 0; j < 8; j++) expect(D[i * 8 + j]).toBeCloseTo(D[((j - i + 8) % 8) as number], 12);
  });

  it('the eigendecomposition formula equals explicit matrix powers (random graphs, several t)', () => {
    const r = new Rng(11);
    for (const [n, t] of [
      [7, 3],
      [12, 5],
      [15, 0],
    ]) {
      const g = randomConnectedGraph(r, n, n);
      const steps = t > 0 ? t : 2 * hopDiameter(g);
      const A = diffusionDistances(g, { t }).data;
      const B = diffusionDirect(g, steps);
      for (let i = 0; i < n * n; i++) expect(A[i]).toBeCloseTo(B[i], 10);
    }
  });

  it('BFS on C_n gives min(k, n − k); Dijkstra with unit lengths agrees with BFS', () => {
    const D = shortestPathDistances(cycleGraph(9)).data;
    for (let k = 0; k < 9; k++) expect(D[k]).toBe(Math.min(k, 9 - k));
    const y = new Rng(2).fillNormal(new Float64Array(60));
    const g = horizontalVisibilityGraph(y, { weight: 'none' });
    expect(weightedShortestPathDistances(g).data).toEqual(shortestPathDistances(g).data);
  });

  it('Dijkstra satisfies the triangle inequality and edge bounds on weighted NVGs (invariant)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 3, maxLength: 25 }), (ys) => {
        const g = naturalVisibilityGraph(ys);
        const n = g.n;
        const D = weightedShortestPathDistances(g).data;
        for (let u = 0; u < n; u++)
          for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++)
            expect(D[u * n + g.neighbors[p]]).toBeLessThanOrEqual(g.weights![p] + 1e-12);
        for (let a = 0; a < n; a++)
          for (let b = 0; b < n; b++)
            for (let c = 0; c < n; c += 3) expect(D[a * n + b]).toBeLessThanOrEqual(D[a * n + c] + D[c * n + b] + 1e-9);
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('resistance: equals hops on a tree, k(n−k)/n on a cycle', () => {
    const P = resistanceDistances(pathGraph(6)).data;
    for (let k = 0; k < 6; k++) expect(P[k]).toBeCloseTo(k, 10);
    const C = resistanceDistances(cycleGraph(10)).data;
    for (let k = 0; k < 10; k++) expect(C[k]).toBeCloseTo((k * (10 - k)) / 10, 10);
  });

  it('disconnected graphs: Infinity across components for shortest/resistance, finite diffusion; capInfinite', () => {
    const e = new EdgeList();
    e.add(0, 1);
    e.add(1, 2);
    e.add(3, 4);
    const g = graphFromEdges(6, e); // vertex 5 isolated
    const S = shortestPathDistances(g).data;
    expect(S[0 * 6 + 3]).toBe(Infinity);
    expect(S[5 * 6 + 5]).toBe(0);
    expect(resistanceDistances(g).data[0 * 6 + 4]).toBe(Infinity);
    const Dd = diffusionDistances(g).data;
    for (const v of Dd) expect(Number.isFinite(v)).toBe(true);
    expect(Dd[0 * 6 + 3]).toBeGreaterThan(Dd[0 * 6 + 1]);
    const capped = capInfinite(shortestPathDistances(g));
    expect(capped.data[3]).toBe(4); // 2 × max finite (2)
    expect(() => capInfinite(capped, 0.5)).toThrow(/factor/);
  });

  it('graphDistances dispatches and rejects unknown kinds and malformed graphs', () => {
    const g = cycleGraph(5);
    expect(graphDistances(g, 'shortest').data[2]).toBe(2);
    expect(() => graphDistances(g, 'bogus' as 'shortest')).toThrow(/kind must be one of/);
    expect(() => shortestPathDistances({ n: 3, offsets: new Int32Array(2), neighbors: new Int32Array(0), weights: null })).toThrow(
      /offsets/,
    );
    expect(() => diffusionDistances(g, { t: -1 })).toThrow(/t must be/);
  });
});

describe('dense kernels', () => {
  it('core eighFlat: A v = λ v, orthonormal vectors, ascending values (random symmetric matrices)', async () => {
    const { eighFlat, spdInverseFlat } = await import('../core/linalg.js');
    const r = new Rng(5);
    for (const n of [1, 2, 7, 30]) {
      const A = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j <= i; j++) {
          const v = r.normal();
          A[i * n + j] = v;
          A[j * n + i] = v;
        }
      const { values, vectors } = eighFlat(A, n) as { values: Float64Array; vectors: Float64Array };
      for (let c = 0; c < n; c++) {
        if (c > 0) expect(values[c]).toBeGreaterThanOrEqual(values[c - 1]);
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += A[i * n + k] * vectors[k * n + c];
          expect(s).toBeCloseTo(values[c] * vectors[i * n + c], 10);
        }
        for (let c2 = 0; c2 < n; c2++) {
          let dot = 0;
          for (let k = 0; k < n; k++) dot += vectors[k * n + c] * vectors[k * n + c2];
          expect(dot).toBeCloseTo(c === c2 ? 1 : 0, 10);
        }
      }
      // SPD inverse of AᵀA + I
      const M = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) M[i * n + j] += A[k * n + i] * A[k * n + j] + (i === j && k === 0 ? 1 : 0);
      const Mi = spdInverseFlat(M, n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += M[i * n + k] * Mi[k * n + j];
          expect(s).toBeCloseTo(i === j ? 1 : 0, 8);
        }
    }
  });
});
