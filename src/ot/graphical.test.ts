import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import {
  absSumGraph,
  graphHausdorff,
  graphicalConvergenceRun,
  graphValueAt,
  pointwiseSupDistance,
  w1ShiftGraph,
  type MonotoneGraph,
} from './graphical.js';
import { wasserstein1d } from './wasserstein1d.js';

/** Brute force: both graphs sampled densely along every piece, exact distances to every piece (no pruning). */
function bruteHausdorff(A: MonotoneGraph, B: MonotoneGraph, lo: number, hi: number): number {
  const pieces = (G: MonotoneGraph): [number, number, number, number][] => {
    const m = G.x.length;
    const out: [number, number, number, number][] = [[lo - 10, G.g[0], G.x[0], G.g[0]]];
    for (let j = 0; j + 1 < m; j++) out.push([G.x[j], G.g[j], G.x[j + 1], G.g[j + 1]]);
    out.push([G.x[m - 1], G.g[m - 1], hi + 10, G.g[m - 1]]);
    return out;
  };
  const seg = (px: number, pg: number, [ax, ag, bx, bg]: [number, number, number, number]): number => {
    const dx = bx - ax;
    const dg = bg - ag;
    const L = dx * dx + dg * dg;
    const f = L > 0 ? Math.min(1, Math.max(0, ((px - ax) * dx + (pg - ag) * dg) / L)) : 0;
    return Math.hypot(px - ax - f * dx, pg - ag - f * dg);
  };
  const directed = (P: MonotoneGraph, Q: MonotoneGraph): number => {
    const qs = pieces(Q);
    let sup = 0;
    for (const p of pieces(P)) {
      for (let k = 0; k <= 400; k++) {
        const x = p[0] + ((p[2] - p[0]) * k) / 400;
        const g = p[1] + ((p[3] - p[1]) * k) / 400;
        if (x + g < lo || x + g > hi) continue;
        sup = Math.max(sup, Math.min(...qs.map((q) => seg(x, g, q))));
      }
    }
    return sup;
  };
  return Math.max(directed(A, B), directed(B, A));
}

describe('graphical distances between subdifferential graphs', () => {
  it('closed forms: ∂|θ| against ∂|θ − a| is a apart in Hausdorff distance, 2 apart pointwise', () => {
    for (const a of [0.05, 0.1, 0.3, 0.8]) {
      const H = graphHausdorff(absSumGraph([0]), absSumGraph([a]), { sMin: -3, sMax: 3, gridPoints: 6001 });
      expect(H.distance).toBeCloseTo(a, 9);
      expect(pointwiseSupDistance(absSumGraph([0]), absSumGraph([a]), -1, 1)).toBe(2);
    }
    expect(absSumGraph([2, 1])).toEqual({ x: Float64Array.from([1, 1, 2, 2]), g: Float64Array.from([-1, 0, 0, 1]) });
    expect(graphValueAt(absSumGraph([2, 1]), 1)).toEqual([-1, 0]);
    expect(graphValueAt(absSumGraph([2, 1]), 1.5)).toEqual([0, 0]);
  });

  it('the pruned exact distance agrees with a brute force over all pieces (random staircases)', () => {
    const r = new Rng(11);
    for (let trial = 0; trial < 6; trial++) {
      const A = absSumGraph(Array.from({ length: 5 }, () => r.normal(0, 0.5)));
      const B = absSumGraph(Array.from({ length: 7 }, () => r.normal(0.2, 0.5)));
      const H = graphHausdorff(A, B, { sMin: -2.5, sMax: 2.5, gridPoints: 20001 });
      const brute = bruteHausdorff(A, B, -2.5, 2.5);
      // both are grid samples of the same sup: within the larger grid gap
      expect(Math.abs(H.distance - brute)).toBeLessThan(0.02);
      expect(graphHausdorff(B, A, { sMin: -2.5, sMax: 2.5, gridPoints: 20001 }).distance).toBeCloseTo(H.distance, 12);
      expect(graphHausdorff(A, A).distance).toBeLessThan(1e-12);
    }
  });

  it('w1ShiftGraph is the graph of the derivative of θ ↦ W_1(ẑ + θ, ŷ) (finite differences between kinks)', () => {
    const r = new Rng(3);
    const z = Array.from({ length: 50 }, () => r.normal());
    const y = Array.from({ length: 50 }, () => r.normal(1, 1));
    const G = w1ShiftGraph(z, y);
    for (const th of [-0.5, 0.3, 0.9, 1.1, 2.5]) {
      const h = 1e-7;
      const F = (t: number): number =>
        wasserstein1d(
          z.map((v) => v + t),
          y,
          { p: 1 },
        );
      const fd = (F(th + h) - F(th - h)) / (2 * h);
      const [lo, hi] = graphValueAt(G, th);
      expect(lo).toBe(hi);
      expect(lo).toBeCloseTo(fd, 5);
    }
  });

  it('graphical convergence at the rate n^{-1/2} (uniform law), while the pointwise distance stays ≥ 1 at every n', () => {
    const seeds = Array.from({ length: 16 }, (_, i) => i);
    const meanH = (n: number): number => seeds.reduce((s, k) => s + graphicalConvergenceRun(n, k).hausdorff, 0) / seeds.length;
    const ratio = meanH(6400) / meanH(400);
    expect(ratio).toBeGreaterThan(0.15); // n^{-1/2} predicts 0.25; n^{-1} would give 0.0625
    expect(ratio).toBeLessThan(0.4); // no convergence would give 1
    for (const k of [0, 1, 2]) for (const n of [100, 5000]) expect(graphicalConvergenceRun(n, k).supNorm).toBeGreaterThanOrEqual(1);
  });

  it('a wrong population (μ shifted by 0.2) stays about 0.2 away', () => {
    for (const k of [0, 1]) {
      const H = graphicalConvergenceRun(20_000, k, { populationShift: 0.2 }).hausdorff;
      expect(H).toBeGreaterThan(0.15);
      expect(H).toBeLessThan(0.3);
    }
  });

  it('rejects invalid arguments, naming them', () => {
    expect(() => graphHausdorff({ x: Float64Array.from([1, 0]), g: Float64Array.from([0, 0]) }, absSumGraph([0]))).toThrow(
      /A is not monotone/,
    );
    expect(() => graphHausdorff(absSumGraph([0]), absSumGraph([0]), { sMin: 1, sMax: 1 })).toThrow(/sMax/);
    expect(() => w1ShiftGraph([1, 2], [1])).toThrow(/y has length 1/);
    expect(() => graphicalConvergenceRun(0, 1)).toThrow(/n must be/);
    expect(() => pointwiseSupDistance(absSumGraph([0]), absSumGraph([0]), 1, 0)).toThrow(/lo < hi/);
  });
});
