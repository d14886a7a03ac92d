import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { cbf } from '../data/synthetic.js';
import { naturalVisibilityGraph } from './graphs.js';
import { seriesDiagrams } from './pipeline.js';
import { autocorrelationDelay, paa, PositionalFeaturizer, sublevelPersistence, takensEmbedding } from './series-features.js';
import { TopologyClassifier } from './blocks.js';

/**
 * Brute force: the bar of the local minimum at i dies at the lowest level at which i
 * reaches an older point (smaller value, or equal value and smaller index), i.e. the min
 * over both directions of the max of y along the path to the nearest older point.
 */
function bruteSublevel(y: number[]): Map<number, number> {
  const n = y.length;
  const older = (j: number, i: number): boolean => y[j] < y[i] || (y[j] === y[i] && j < i);
  const out = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (!((i === 0 || !older(i - 1, i)) && (i === n - 1 || !older(i + 1, i)))) continue;
    let death = Infinity;
    for (const step of [-1, 1]) {
      let m = y[i];
      for (let j = i + step; j >= 0 && j < n; j += step) {
        m = Math.max(m, y[j]);
        if (older(j, i)) {
          death = Math.min(death, m);
          break;
        }
      }
    }
    if (death > y[i]) out.set(i, death);
  }
  return out;
}

describe('series topology: PAA, sublevel persistence, Takens', () => {
  it('paa: frame means, exact with fractional frames; the total mass is kept', () => {
    expect(Array.from(paa([1, 2, 3, 4], 2))).toEqual([1.5, 3.5]);
    // n = 5, m = 2: frames [0, 2.5) and [2.5, 5)
    const p = paa([1, 2, 3, 4, 5], 2);
    expect(p[0]).toBeCloseTo((1 + 2 + 0.5 * 3) / 2.5, 14);
    expect(p[1]).toBeCloseTo((0.5 * 3 + 4 + 5) / 2.5, 14);
    const r = new Rng(3);
    const y = Array.from({ length: 641 }, () => r.normal());
    const q = paa(y, 128);
    expect(q.length).toBe(128);
    expect((q.reduce((a, b) => a + b, 0) * 641) / 128).toBeCloseTo(
      y.reduce((a, b) => a + b, 0),
      9,
    );
    expect(Array.from(paa([1, 2], 5))).toEqual([1, 2]);
    expect(() => paa([1], 0)).toThrow(/m must be/);
  });

  it('sublevel persistence equals the brute-force elder rule, ties included', () => {
    const r = new Rng(11);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + r.int(30);
      const y = Array.from({ length: n }, () => r.int(6)); // many ties
      const { bars, positions } = sublevelPersistence(y);
      const brute = bruteSublevel(y);
      const got = new Map<number, number>();
      bars.forEach((b, k) => got.set(positions[k], b[1]));
      expect(got).toEqual(brute);
      bars.forEach((b, k) => expect(b[0]).toBe(y[positions[k]]));
      // exactly one essential bar, at the global minimum
      expect(bars.filter((b) => b[1] === Infinity)).toEqual([[Math.min(...y), Infinity]]);
    }
    expect(sublevelPersistence([0, 2, 1, 3]).bars).toEqual([
      [1, 2],
      [0, Infinity],
    ]);
    expect(() => sublevelPersistence([0, NaN])).toThrow(/not finite/);
  });

  it('takens embedding and the autocorrelation delay', () => {
    expect(takensEmbedding([1, 2, 3, 4], 2, 1)).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(() => takensEmbedding([1, 2], 3, 1)).toThrow(/too short/);
    // sin with period 40: autocorrelation cos(2πτ/40) < 1/e first at τ = 8 (cos(2π·8/40) = 0.309)
    const y = Array.from({ length: 400 }, (_, i) => Math.sin((2 * Math.PI * i) / 40));
    expect(autocorrelationDelay(y, 20)).toBe(8);
  });

  it('positional features tell a series from its time reversal, where every graph diagram cannot', () => {
    const y = cbf(1, 5, { length: 128 }).series[1]; // a bell: a ramp up, then a drop
    const rev = Float64Array.from(y).reverse();
    // the visibility graph of the reversal is the mirror image: identical diagrams
    const a = seriesDiagrams(rev, { graph: 'nvg', distance: 'weighted' });
    const b = seriesDiagrams(y, { graph: 'nvg', distance: 'weighted' });
    const sorted = (bars: [number, number][]) => [...bars].sort((p, q) => p[0] - q[0] || p[1] - q[1]).flat();
    for (let k = 0; k < 2; k++) {
      const sa = sorted(a[k]);
      const sb = sorted(b[k]);
      expect(sa.length).toBe(sb.length);
      sa.forEach((v, i) => (v === Infinity ? expect(sb[i]).toBe(Infinity) : expect(sb[i]).toBeCloseTo(v, 9)));
    }
    expect(naturalVisibilityGraph(rev).n).toBe(128);
    const f = new PositionalFeaturizer().fit([[sublevelPersistence(y)], [sublevelPersistence(rev)]]);
    const X = f.transform([[sublevelPersistence(y)], [sublevelPersistence(rev)]]);
    const L = f.length;
    let diff = 0;
    for (let j = 0; j < L; j++) diff += Math.abs(X[j] - X[L + j]);
    expect(diff).toBeGreaterThan(0.1);
  });

  it('a classifier on sub/superlevel blocks separates CBF (bell vs funnel are reversals)', () => {
    const tr = cbf(10, 1, { length: 128 });
    const te = cbf(20, 2, { length: 128 });
    const acc = new TopologyClassifier(['sublevel', 'derivative'], { trees: 60 }).fit(tr.series, tr.labels).score(te.series, te.labels);
    expect(acc).toBeGreaterThan(0.85);
    expect(() => new TopologyClassifier([])).toThrow(/non-empty/);
    expect(() => new TopologyClassifier(['nope' as 'graph'])).toThrow(/unknown block/);
  });
});

describe('fastNormalCdf', () => {
  it('is within 2e-7 of the exact normal CDF', async () => {
    const { normalCdf } = await import('../core/stats.js');
    const { fastNormalCdf } = await import('./series-features.js');
    for (let x = -9; x <= 9; x += 0.01) expect(Math.abs(fastNormalCdf(x) - normalCdf(x))).toBeLessThan(2e-7);
  });
});
