import { describe, expect, it } from 'vitest';
import { Rng } from './rng.js';
import { RandomForest } from './forest.js';

function xor(seed: number, n: number): { X: Float64Array; y: number[] } {
  const r = new Rng(seed);
  const X = new Float64Array(n * 3);
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = r.uniformIn(-1, 1);
    const b = r.uniformIn(-1, 1);
    X.set([a, b, r.normal()], i * 3); // the third feature is noise
    y.push(a * b > 0 ? 7 : 3);
  }
  return { X, y };
}

const acc = (p: number[], y: number[]): number => p.filter((v, i) => v === y[i]).length / y.length;

describe('RandomForest', () => {
  it('learns XOR, which no linear model can (test accuracy > 0.9; logistic regression is at chance)', () => {
    const tr = xor(1, 400);
    const te = xor(2, 400);
    const f = new RandomForest({ trees: 60, seed: 3 }).fit(tr.X, 400, 3, tr.y);
    expect(acc(f.predict(te.X, 400), te.y)).toBeGreaterThan(0.9);
    expect(f.oobAccuracy).toBeGreaterThan(0.85);
    expect(f.classes).toEqual([3, 7]);
  });

  it('grown to purity, it fits its training data; probabilities sum to 1 per row', () => {
    const tr = xor(4, 100);
    const f = new RandomForest({ trees: 25, seed: 1 }).fit(tr.X, 100, 3, tr.y);
    expect(acc(f.predict(tr.X, 100), tr.y)).toBeGreaterThan(0.97);
    const p = f.predictProba(tr.X, 100);
    for (let i = 0; i < 100; i++) expect(p[2 * i] + p[2 * i + 1]).toBeCloseTo(1, 12);
  });

  it('is seeded (same seed, same forest) and unchanged when a feature is scaled by a power of two (splits are midpoints of the sorted values)', () => {
    const tr = xor(5, 120);
    const a = new RandomForest({ trees: 20, seed: 9 }).fit(tr.X, 120, 3, tr.y);
    const b = new RandomForest({ trees: 20, seed: 9 }).fit(tr.X, 120, 3, tr.y);
    expect(Array.from(a.predictProba(tr.X, 120))).toEqual(Array.from(b.predictProba(tr.X, 120)));
    const warped = tr.X.map((v, k) => (k % 3 === 0 ? 4 * v : v));
    const c = new RandomForest({ trees: 20, seed: 9 }).fit(warped, 120, 3, tr.y);
    expect(Array.from(c.predictProba(warped, 120))).toEqual(Array.from(a.predictProba(tr.X, 120)));
  });

  it('constant features and duplicate rows do not break it; bad input throws naming the argument', () => {
    const X = Float64Array.from([1, 0, 1, 0, 1, 1, 1, 1]);
    const f = new RandomForest({ trees: 5, seed: 1, minLeaf: 1 }).fit(X, 4, 2, [0, 0, 1, 1]);
    expect(f.predict(X, 4)).toEqual([0, 0, 1, 1]);
    expect(() => new RandomForest().fit(X, 4, 2, [1, 1, 1, 1])).toThrow(/at least 2 classes/);
    expect(() => new RandomForest().fit(Float64Array.from([NaN, 1]), 2, 1, [0, 1])).toThrow(/X\[0\]\[0\] = NaN/);
    expect(() => new RandomForest({ trees: 0 })).toThrow(/trees/);
    expect(() => new RandomForest().predict(X, 4)).toThrow(/fit before/);
  });
});
