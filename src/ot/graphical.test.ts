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

  it('branch and bound gives the same distance as a scan of every piece, on the same grid (long staircases, shifted, general chains)', () => {
    // reference: the same grid samples, exact distance to every segment and both rays, no window, no pruning
    const reference = (A: MonotoneGraph, B: MonotoneGraph, lo: number, hi: number, points: number): number => {
      const at = (G: MonotoneGraph, v: number): [number, number] => {
        const m = G.x.length;
        const s = (j: number) => G.x[j] + G.g[j];
        if (v <= s(0)) return [v - G.g[0], G.g[0]];
        if (v >= s(m - 1)) return [v - G.g[m - 1], G.g[m - 1]];
        let j = 0;
        while (j + 1 < m && s(j + 1) <= v) j++;
        const span = s(j + 1) - s(j);
        const f = span > 0 ? (v - s(j)) / span : 0;
        return [G.x[j] + f * (G.x[j + 1] - G.x[j]), G.g[j] + f * (G.g[j + 1] - G.g[j])];
      };
      const dist = (G: MonotoneGraph, px: number, pg: number): number => {
        const m = G.x.length;
        let best = Math.min(
          px <= G.x[0] ? Math.abs(pg - G.g[0]) : Math.hypot(px - G.x[0], pg - G.g[0]),
          px >= G.x[m - 1] ? Math.abs(pg - G.g[m - 1]) : Math.hypot(px - G.x[m - 1], pg - G.g[m - 1]),
        );
        for (let j = 0; j + 1 < m; j++) {
          const dx = G.x[j + 1] - G.x[j];
          const dg = G.g[j + 1] - G.g[j];
          const L = dx * dx + dg * dg;
          let f = L > 0 ? ((px - G.x[j]) * dx + (pg - G.g[j]) * dg) / L : 0;
          f = f < 0 ? 0 : f > 1 ? 1 : f;
          best = Math.min(best, Math.hypot(px - G.x[j] - f * dx, pg - G.g[j] - f * dg));
        }
        return best;
      };
      let sup = 0;
      for (let k = 0; k < points; k++) {
        const v = lo + (k * (hi - lo)) / (points - 1);
        const [ax, ag] = at(A, v);
        const [bx, bg] = at(B, v);
        sup = Math.max(sup, dist(B, ax, ag), dist(A, bx, bg));
      }
      return sup;
    };
    const r = new Rng(29);
    const chain = (k: number): MonotoneGraph => {
      // a general monotone chain (diagonal pieces), not a staircase
      const x = new Float64Array(k);
      const g = new Float64Array(k);
      for (let j = 1; j < k; j++) {
        x[j] = x[j - 1] + (r.uniform() < 0.3 ? 0 : r.uniform() * 0.05);
        g[j] = g[j - 1] + (r.uniform() < 0.3 ? 0 : r.uniform() * 0.02);
      }
      return { x, g };
    };
    const cases: [MonotoneGraph, MonotoneGraph][] = [
      [absSumGraph(Array.from({ length: 300 }, () => r.uniform() - 0.5)), absSumGraph([0])],
      [absSumGraph(Array.from({ length: 300 }, () => (r.uniform() - 0.5) * 0.05)), absSumGraph([0.25])], // a wrong population
      [
        absSumGraph(Array.from({ length: 200 }, () => r.normal(0, 0.3))),
        absSumGraph(Array.from({ length: 150 }, () => r.normal(0.1, 0.2))),
      ],
      [chain(400), chain(250)],
    ];
    for (const [A, B] of cases) {
      const H = graphHausdorff(A, B, { sMin: -2, sMax: 2, gridPoints: 801 });
      expect(H.distance).toBeCloseTo(reference(A, B, -2, 2, 801), 13);
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
