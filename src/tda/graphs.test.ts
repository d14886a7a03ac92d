import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../core/rng.js';
import { QuireError } from '../core/errors.js';
import { degreeStats, edgeCount, edgeList, hasEdge } from './graph.js';
import {
  buildGraph,
  horizontalVisibilityGraph,
  knnGraph,
  naturalVisibilityGraph,
  ordinalPartitionGraph,
  ordinalPatterns,
  recurrenceGraph,
} from './graphs.js';

/** A double as an exact rational: [numerator, denominator] BigInts (from its decimal-free binary expansion). */
function exact(x: number): [bigint, bigint] {
  let den = 1n;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2; // exact: doubling a double only changes its exponent
    den *= 2n;
  }
  return [BigInt(v), den];
}

/** O(n³) brute-force NVG straight from the definition, in exact rational arithmetic:
 * k blocks (i, j) unless (x_k − x_i)(j − i) < (x_j − x_i)(k − i). */
function nvgBrute(y: number[]): Set<string> {
  const s = new Set<string>();
  const q = y.map(exact);
  // a/b − c/d > 0 ⟺ ad − cb > 0 (b, d > 0)
  const sub = (a: [bigint, bigint], c: [bigint, bigint]): [bigint, bigint] => [a[0] * c[1] - c[0] * a[1], a[1] * c[1]];
  for (let i = 0; i < y.length; i++) {
    for (let j = i + 1; j < y.length; j++) {
      let ok = true;
      for (let k = i + 1; k < j && ok; k++) {
        const lhs = sub(q[k], q[i]);
        const rhs = sub(q[j], q[i]);
        // lhs·(j−i) < rhs·(k−i), both over positive denominators
        if (!(lhs[0] * rhs[1] * BigInt(j - i) < rhs[0] * lhs[1] * BigInt(k - i))) ok = false;
      }
      if (ok) s.add(`${i}-${j}`);
    }
  }
  return s;
}
/** Brute-force HVG straight from the definition x_k < min(x_i, x_j). */
function hvgBrute(y: number[]): Set<string> {
  const s = new Set<string>();
  for (let i = 0; i < y.length; i++) {
    for (let j = i + 1; j < y.length; j++) {
      let ok = true;
      for (let k = i + 1; k < j; k++) if (!(y[k] < Math.min(y[i], y[j]))) ok = false;
      if (ok) s.add(`${i}-${j}`);
    }
  }
  return s;
}
const edgeSet = (g: ReturnType<typeof naturalVisibilityGraph>): Set<string> => new Set(edgeList(g).map(([u, v]) => `${u}-${v}`));
const series = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 3, maxLength: 40 });

describe('visibility graphs', () => {
  it('HVG degree law of i.i.d. noise: P(k) = (1/3)(2/3)^(k-2), mean 4 (Luque et al. 2009)', () => {
    const r = new Rng(7);
    const n = 200_000;
    const y = r.fillUniform(new Float64Array(n));
    const { histogram, mean } = degreeStats(horizontalVisibilityGraph(y));
    expect(mean).toBeCloseTo(4, 2);
    for (let k = 2; k <= 8; k++) {
      const p = (1 / 3) * (2 / 3) ** (k - 2);
      const se = Math.sqrt((p * (1 - p)) / n);
      expect(Math.abs(histogram[k] / n - p)).toBeLessThan(5 * se);
    }
  });

  it('HVG of a period-5 series has mean degree 4(1 − 1/(2T)) = 3.6 (Núñez et al.)', () => {
    const base = [0.3, 0.9, 0.1, 0.7, 0.5];
    const y = Array.from({ length: 50_000 }, (_, i) => base[i % 5]);
    expect(degreeStats(horizontalVisibilityGraph(y)).mean).toBeCloseTo(3.6, 3);
  });

  it('NVG of a strictly convex series is complete; concave and collinear series give a path, as does the HVG of a monotone series', () => {
    const n = 20;
    const t = Array.from({ length: n }, (_, i) => i);
    expect(edgeCount(naturalVisibilityGraph(t.map((i) => i * i)))).toBe(190);
    for (const y of [t.map((i) => -i * i), t.map((i) => Math.log(1 + i)), t.map((i) => 0.125 * i + 0.375)]) {
      const g = naturalVisibilityGraph(y);
      expect(edgeCount(g)).toBe(n - 1);
      for (let i = 0; i + 1 < n; i++) expect(hasEdge(g, i, i + 1)).toBe(true);
    }
    const h = horizontalVisibilityGraph(t.map((i) => i * 1.5));
    expect(edgeCount(h)).toBe(n - 1);
  });

  it('divide-and-conquer NVG equals brute force; stack HVG equals the definition; HVG ⊆ NVG', () => {
    fc.assert(
      fc.property(series, (ys) => {
        const nvg = edgeSet(naturalVisibilityGraph(ys));
        const hvg = edgeSet(horizontalVisibilityGraph(ys));
        expect(nvg).toEqual(nvgBrute(ys));
        expect(hvg).toEqual(hvgBrute(ys));
        for (const e of hvg) expect(nvg.has(e)).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('one exact tie rule in both graphs: HVG ⊆ NVG on float-noisy periodic series and near-ties (issue 16, item 15)', () => {
    const sine = Array.from({ length: 40 }, (_, t) => Math.sin((2 * Math.PI * t) / 5));
    const nvg = edgeSet(naturalVisibilityGraph(sine));
    const hvg = edgeSet(horizontalVisibilityGraph(sine));
    expect(hvg.has('6-16')).toBe(true);
    expect(nvg.has('6-16')).toBe(true); // missing under the old relative tolerance of 1e-12
    for (const e of hvg) expect(nvg.has(e)).toBe(true);
    expect(nvg).toEqual(nvgBrute(sine));
    // near-ties at every scale: a few levels plus noise of a few ulps, scaled to 1e±300 and subnormals
    const level = fc.integer({ min: -3, max: 3 });
    const ulps = fc.integer({ min: -2, max: 2 });
    const scale = fc.constantFrom(1, 1e-300, 1e300, 5e-324 * 2 ** 20, 0.1);
    fc.assert(
      fc.property(fc.array(fc.tuple(level, ulps), { minLength: 3, maxLength: 14 }), scale, (pts, sc) => {
        const ys = pts.map(([l, u]) => l * sc * (1 + u * Number.EPSILON));
        const n1 = edgeSet(naturalVisibilityGraph(ys));
        const h1 = edgeSet(horizontalVisibilityGraph(ys));
        expect(n1).toEqual(nvgBrute(ys));
        expect(h1).toEqual(hvgBrute(ys));
        for (const e of h1) expect(n1.has(e)).toBe(true);
      }),
      { seed: 16, numRuns: 400 },
    );
  });

  it('weights are the chosen edge lengths', () => {
    const g = naturalVisibilityGraph([0, 3, 0, 4], { weight: 'distance' });
    const rows = edgeList(g);
    const e13 = rows.find(([u, v]) => u === 1 && v === 3)!;
    expect(e13[2]).toBeCloseTo(Math.sqrt(4 + 1), 12);
    expect(naturalVisibilityGraph([0, 3, 0], { weight: 'none' }).weights).toBeNull();
    const h = edgeList(horizontalVisibilityGraph([0, 3, 0, 4], { weight: 'horizontal' }));
    expect(h.find(([u, v]) => u === 1 && v === 3)![2]).toBe(2);
  });

  it('a constant series gives a path (equal heights block, collinear points block)', () => {
    const y = new Array(10).fill(2);
    expect(edgeCount(naturalVisibilityGraph(y))).toBe(9);
    expect(edgeCount(horizontalVisibilityGraph(y))).toBe(9);
  });

  it('rejects NaN, infinities and series shorter than 3', () => {
    expect(() => naturalVisibilityGraph([1, NaN, 2])).toThrow(/series\[1\] = NaN/);
    expect(() => horizontalVisibilityGraph([1, 2])).toThrow(QuireError);
    expect(() => naturalVisibilityGraph([1, 2, Infinity])).toThrow(/not a finite number/);
    expect(() => naturalVisibilityGraph([1, 2, 3], { weight: 'bogus' as 'none' })).toThrow(/weight must be one of/);
  });
});

describe('ordinal partition network', () => {
  it('a monotone series is a single pattern, hence a single vertex', () => {
    const { graph, patterns } = ordinalPartitionGraph([1, 2, 3, 4, 5, 6, 7], { order: 3 });
    expect(graph.n).toBe(1);
    expect(edgeCount(graph)).toBe(0);
    expect(patterns[0]).toBe(0);
  });

  it('patterns are permutation codes in [0, d!) and all 6 appear in long noise (d = 3)', () => {
    const y = new Rng(3).fillNormal(new Float64Array(5000));
    const codes = ordinalPatterns(y, 3, 1);
    expect(new Set(codes).size).toBe(6);
    expect(Math.max(...codes)).toBe(5);
    const { graph } = ordinalPartitionGraph(y, { order: 3 });
    expect(graph.n).toBe(6);
    // transition lengths are 1 / counts: the counts sum to the number of non-self transitions
    let nonSelf = 0;
    for (let i = 0; i + 1 < codes.length; i++) if (codes[i] !== codes[i + 1]) nonSelf++;
    const total = edgeList(graph).reduce((s, [, , w]) => s + 1 / w, 0);
    expect(total).toBeCloseTo(nonSelf, 8);
  });

  it('rejects a series too short for the order', () => {
    expect(() => ordinalPartitionGraph([1, 2, 3], { order: 3 })).toThrow(/too short/);
  });
});

describe('proximity networks', () => {
  it('k-NN: every vertex has degree ≥ k and edges join true nearest neighbours', () => {
    const y = new Rng(5).fillNormal(new Float64Array(60));
    const g = knnGraph(y, { k: 3, dimension: 2, delay: 2 });
    expect(g.n).toBe(58);
    expect(degreeStats(g).min).toBeGreaterThanOrEqual(3);
    // the nearest neighbour of point 0 is adjacent to it
    const pts = Array.from({ length: 58 }, (_, i) => [y[i], y[i + 2]]);
    let best = -1;
    let bd = Infinity;
    for (let j = 1; j < 58; j++) {
      const d = Math.hypot(pts[0][0] - pts[j][0], pts[0][1] - pts[j][1]);
      if (d < bd) {
        bd = d;
        best = j;
      }
    }
    expect(hasEdge(g, 0, best)).toBe(true);
  });

  it('ε-recurrence: edges are exactly the pairs within ε; the rate sets the edge density', () => {
    const y = new Rng(6).fillNormal(new Float64Array(40));
    const g = recurrenceGraph(y, { epsilon: 0.8, dimension: 1 });
    let expected = 0;
    for (let i = 0; i < 40; i++) for (let j = 0; j < i; j++) if (Math.abs(y[i] - y[j]) <= 0.8) expected++;
    expect(edgeCount(g)).toBe(expected);
    const h = recurrenceGraph(y, { recurrenceRate: 0.2, dimension: 1 });
    expect(edgeCount(h)).toBe(Math.ceil(0.2 * 780));
  });

  it('buildGraph dispatches and rejects unknown types', () => {
    expect(buildGraph('hvg', [3, 1, 2]).n).toBe(3);
    expect(() => buildGraph('bogus' as 'nvg', [1, 2, 3])).toThrow(/type must be one of/);
    expect(() => knnGraph([1, 2, 3], { k: 4 })).toThrow(/embedded points/);
  });
});
