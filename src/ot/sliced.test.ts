import { describe, expect, it } from 'vitest';
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import {
  maxSlicedWasserstein,
  slicedWasserstein,
  slicedWassersteinGrad,
  slicedWassersteinPow,
  sphereDirections,
  wasserstein1d,
} from './index.js';

function cloud(r: Rng, n: number, d: number, shift = 0): number[][] {
  return Array.from({ length: n }, () => Array.from({ length: d }, () => r.normal() + shift));
}

describe('slicedWasserstein: oracles', () => {
  it('SW_2² of a translate X + v equals the mean of ⟨θ_l, v⟩² over the directions, exactly', () => {
    const r = new Rng(1);
    const X = cloud(r, 500, 5);
    const v = [0.5, -1, 2, 0, 0.3];
    const Y = X.map((x) => x.map((t, q) => t + v[q]));
    for (const directions of ['gaussian', 'qmc'] as const) {
      const res = slicedWassersteinPow(X, Y, { p: 2, projections: 64, seed: 3, directions });
      const th = res.directions;
      let ref = 0;
      for (let l = 0; l < 64; l++) {
        let dot = 0;
        for (let q = 0; q < 5; q++) dot += th[l * 5 + q] * v[q];
        ref += dot * dot;
      }
      expect(res.value).toBeCloseTo(ref / 64, 11);
      expect(slicedWasserstein(X, Y, { p: 2, projections: 64, seed: 3, directions })).toBeCloseTo(Math.sqrt(ref / 64), 11);
    }
  });
  it('expectation ‖v‖²/d with many directions (Gaussian and QMC)', () => {
    const X = [[0, 0, 0]];
    const Y = [[1, 2, 2]]; // ‖v‖² = 9, d = 3 → 3
    expect(slicedWassersteinPow(X, Y, { projections: 20000, seed: 1 }).value).toBeCloseTo(3, 1);
    expect(slicedWassersteinPow(X, Y, { projections: 4096, seed: 1, directions: 'qmc' }).value).toBeCloseTo(3, 1);
  });
  it('SW(X, X) = 0 (POT doctest); a given direction e₁ reduces to 1-D W_p of the first coordinates', () => {
    const r = new Rng(2);
    const X = cloud(r, 50, 3);
    const Y = cloud(r, 70, 3, 1);
    expect(slicedWasserstein(X, X)).toBe(0);
    expect(slicedWasserstein(X, Y, { p: 1, directions: [[2, 0, 0]] })).toBeCloseTo(
      wasserstein1d(
        X.map((x) => x[0]),
        Y.map((y) => y[0]),
      ),
      12,
    );
  });
  it('same seed → identical results; flat and row inputs agree; directions have unit norm', () => {
    const r = new Rng(4);
    const X = cloud(r, 100, 4);
    const Y = cloud(r, 80, 4, 0.5);
    const a = slicedWasserstein(X, Y, { seed: 9, projections: 30 });
    expect(slicedWasserstein(X, Y, { seed: 9, projections: 30 })).toBe(a);
    expect(slicedWasserstein(X, Y, { seed: 10, projections: 30 })).not.toBe(a);
    const flat = { data: Float64Array.from(X.flat()), rows: 100, cols: 4 };
    expect(slicedWasserstein(flat, Y, { seed: 9, projections: 30 })).toBe(a);
    for (const kind of ['gaussian', 'qmc'] as const) {
      const th = sphereDirections(4, 50, kind, 1);
      for (let l = 0; l < 50; l++) expect(Math.hypot(...th.subarray(l * 4, l * 4 + 4))).toBeCloseTo(1, 12);
    }
  });
});

describe('maxSlicedWasserstein', () => {
  it('of a translate equals ‖v‖ (attained at θ = v/‖v‖), and is ≥ every sampled direction', () => {
    const r = new Rng(6);
    const X = cloud(r, 200, 3);
    const v = [1, -2, 2];
    const Y = X.map((x) => x.map((t, q) => t + v[q]));
    const m = maxSlicedWasserstein(X, Y, { p: 2, projections: 20, iterations: 100 });
    expect(m.distance).toBeCloseTo(3, 3);
    const per = slicedWassersteinPow(X, Y, { p: 2, projections: 20 }).perDirection;
    expect(m.distance ** 2).toBeGreaterThanOrEqual(Math.max(...per) - 1e-12);
  });
});

describe('slicedWassersteinGrad: subgradient vs finite differences (no ties in any projection)', () => {
  it.each([1, 1.5, 2, 3])('p = %s', (p) => {
    const r = new Rng(7);
    const X = cloud(r, 15, 3);
    const Y = cloud(r, 11, 3, 0.7);
    const opts = { p, projections: 7, seed: 2 };
    const g = slicedWassersteinGrad(X, Y, opts);
    expect(g.value).toBeCloseTo(slicedWassersteinPow(X, Y, opts).value, 12);
    const h = 1e-6;
    for (const [i, q] of [
      [0, 0],
      [3, 2],
      [14, 1],
    ]) {
      const Xp = X.map((x) => x.slice());
      const Xm = X.map((x) => x.slice());
      Xp[i][q] += h;
      Xm[i][q] -= h;
      const fd = (slicedWassersteinPow(Xp, Y, opts).value - slicedWassersteinPow(Xm, Y, opts).value) / (2 * h);
      expect(g.gradX[i * 3 + q]).toBeCloseTo(fd, 6);
    }
    const Yp = Y.map((y) => y.slice());
    const Ym = Y.map((y) => y.slice());
    Yp[4][1] += h;
    Ym[4][1] -= h;
    const fdy = (slicedWassersteinPow(X, Yp, opts).value - slicedWassersteinPow(X, Ym, opts).value) / (2 * h);
    expect(g.gradY[4 * 3 + 1]).toBeCloseTo(fdy, 6);
  });
});

describe('sliced: bad input throws QuireError', () => {
  it.each([
    [
      'dimension mismatch',
      () => slicedWasserstein([[1, 2]], [[1, 2, 3]]),
      /slicedWasserstein: Y has 3 columns, expected 2 \(the dimension of X\)/,
    ],
    ['empty X', () => slicedWasserstein([], [[1]]), /slicedWasserstein: X must not be empty/],
    ['ragged Y', () => slicedWasserstein([[1, 2]], [[1, 2], [3]]), /slicedWasserstein: Y is ragged/],
    ['NaN', () => slicedWasserstein([[1, NaN]], [[1, 2]]), /slicedWasserstein: X\[0\]\[1\] must be a finite number/],
    ['p < 1', () => slicedWasserstein([[1]], [[2]], { p: 0 }), /slicedWasserstein: p must be in \[1/],
    ['projections 0', () => slicedWasserstein([[1]], [[2]], { projections: 0 }), /projections must be in \[1/],
    ['bad directions kind', () => slicedWasserstein([[1]], [[2]], { directions: 'sobol' as never }), /directions must be one of/],
    ['zero direction', () => slicedWasserstein([[1, 2]], [[2, 2]], { directions: [[0, 0]] }), /directions\[0\] must be non-zero/],
    ['direction dim', () => slicedWasserstein([[1, 2]], [[2, 2]], { directions: [[1, 0, 0]] }), /directions has 3 columns, expected 2/],
    ['grad NaN', () => slicedWassersteinGrad([[Infinity]], [[1]]), /slicedWassersteinGrad: X\[0\]\[0\]/],
    ['max iterations', () => maxSlicedWasserstein([[1]], [[2]], { iterations: -1 }), /iterations must be an integer ≥ 0/],
  ])('%s', (_n, f, msg) => {
    expect(f).toThrow(QuireError);
    expect(f).toThrow(msg);
  });
});

describe('huge finite inputs (issue 16.13: scale before taking powers)', () => {
  it('SW_p of points near 1e308 is finite and equals the scaled-down value times the scale', () => {
    const X = [
      [1e308, 0],
      [0, 0],
    ];
    const Y = [
      [0, 0],
      [0, 0],
    ];
    const small = slicedWasserstein(
      X.map((r) => r.map((v) => v / 1e300)),
      Y,
      { p: 2, projections: 50, seed: 3 },
    );
    const big = slicedWasserstein(X, Y, { p: 2, projections: 50, seed: 3 });
    expect(Number.isFinite(big)).toBe(true);
    expect(big / (small * 1e300)).toBeCloseTo(1, 12);
    const ms = maxSlicedWasserstein(X, Y, { p: 2, projections: 20, iterations: 5 }).distance;
    expect(Number.isFinite(ms) && ms > 0).toBe(true);
    expect(() => slicedWassersteinPow(X, Y, { p: 2 })).toThrow(/overflows float64/);
  });
});
