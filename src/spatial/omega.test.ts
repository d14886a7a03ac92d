import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { thinPlateOmega, tpsInterpolate, tpsKernel } from './omega.js';
import { eigSym, inv, mat } from '../core/linalg.js';
import { Rng } from '../core/rng.js';
import { QuireError } from '../core/errors.js';

/** ∫(g″)² of the natural cubic spline through (x, y): exact, from the second derivatives M_i. */
function naturalSplineRoughness(x: number[], y: number[]): number {
  const n = x.length;
  const h = x.slice(1).map((v, i) => v - x[i]);
  // tridiagonal system for M_1..M_{n-2}, M_0 = M_{n-1} = 0
  const m = n - 2;
  const a = new Float64Array(m);
  const b = new Float64Array(m);
  const c = new Float64Array(m);
  const d = new Float64Array(m);
  for (let i = 1; i <= m; i++) {
    a[i - 1] = h[i - 1] / 6;
    b[i - 1] = (h[i - 1] + h[i]) / 3;
    c[i - 1] = h[i] / 6;
    d[i - 1] = (y[i + 1] - y[i]) / h[i] - (y[i] - y[i - 1]) / h[i - 1];
  }
  for (let i = 1; i < m; i++) {
    const w = a[i] / b[i - 1];
    b[i] -= w * c[i - 1];
    d[i] -= w * d[i - 1];
  }
  const M = new Float64Array(n);
  for (let i = m - 1; i >= 0; i--) M[i + 1] = (d[i] - (i < m - 1 ? c[i] * M[i + 2] : 0)) / b[i];
  let s = 0;
  for (let i = 0; i < n - 1; i++) s += (h[i] / 3) * (M[i] * M[i] + M[i] * M[i + 1] + M[i + 1] * M[i + 1]);
  return s;
}

function quad(omega: Float64Array, f: ArrayLike<number>): number {
  const n = f.length;
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s += f[i] * omega[i * n + j] * f[j];
  return s;
}

function randomSites(seed: number, n: number, d: number): number[][] {
  const r = new Rng(seed);
  // 1-D: a jittered grid (uniform draws put near-duplicate sites, which are ill-conditioned in 1-D)
  if (d === 1) return Array.from({ length: n }, (_, i) => [(i + 0.8 * r.uniform()) / n]);
  return Array.from({ length: n }, () => Array.from({ length: d }, () => r.uniform()));
}

describe('thinPlateOmega', () => {
  it('1-D roughness fᵀΩf equals ∫(g″)² of the natural cubic spline (exact cross-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 32 }), fc.integer({ min: 1, max: 1e6 }), (n, seed) => {
        const r = new Rng(seed);
        const x = Array.from({ length: n }, () => r.uniformIn(-3, 3)).sort((a, b) => a - b);
        for (let i = 1; i < n; i++) if (x[i] - x[i - 1] < 0.02) return; // skip near-duplicates (ill-conditioned)
        const y = x.map(() => r.normal());
        const { omega } = thinPlateOmega(x);
        const ref = naturalSplineRoughness(x, y);
        expect(Math.abs(quad(omega, y) - ref)).toBeLessThan(1e-8 * Math.max(1, ref));
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('reproduces the notes’ scale: f = sin on 10 equispaced sites of [0, 2π] matches the spline roughness', () => {
    const x = Array.from({ length: 10 }, (_, i) => (2 * Math.PI * i) / 9);
    const y = x.map(Math.sin);
    const { omega } = thinPlateOmega(x);
    // a smooth function's spline roughness is close to ∫ sin² = π (exact value from the spline)
    expect(quad(omega, y)).toBeCloseTo(naturalSplineRoughness(x, y), 10);
    expect(Math.abs(quad(omega, y) - Math.PI)).toBeLessThan(0.3);
  });

  for (const d of [1, 2, 3]) {
    it(`${d}-D: Ω is symmetric PSD and annihilates constants and linear functions`, () => {
      const n = 40;
      const sites = randomSites(d, n, d);
      const { omega } = thinPlateOmega(d === 1 ? sites.map((s) => s[0]) : sites);
      const ev = eigSym(mat(n, n, omega)).values;
      const top = ev[n - 1];
      expect(top).toBeGreaterThan(0);
      expect(ev[0]).toBeGreaterThan(-1e-10 * top);
      // exactly d + 1 (numerically) zero eigenvalues
      expect(Math.abs(ev[d])).toBeLessThan(1e-11 * top);
      expect(ev[d + 1]).toBeGreaterThan(1e-11 * top);
      for (let i = 0; i < n; i++) {
        let s1 = 0;
        const sl = new Array(d).fill(0);
        for (let j = 0; j < n; j++) {
          s1 += omega[i * n + j];
          for (let c = 0; c < d; c++) sl[c] += omega[i * n + j] * sites[j][c];
        }
        expect(Math.abs(s1)).toBeLessThan(1e-11 * top);
        for (let c = 0; c < d; c++) expect(Math.abs(sl[c])).toBeLessThan(1e-11 * top);
        expect(omega[i * n + ((i + 1) % n)]).toBe(omega[((i + 1) % n) * n + i]);
      }
    });
  }

  it('2-D: equals the top-left block of L⁻¹ (null-space route vs dense inverse of the saddle system)', () => {
    const n = 25;
    const s = randomSites(7, n, 2);
    const m = n + 3;
    const L = new Float64Array(m * m);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) L[i * m + j] = tpsKernel(Math.hypot(s[i][0] - s[j][0], s[i][1] - s[j][1]), 2);
      L[i * m + n] = L[n * m + i] = 1;
      L[i * m + n + 1] = L[(n + 1) * m + i] = s[i][0];
      L[i * m + n + 2] = L[(n + 2) * m + i] = s[i][1];
    }
    const Li = inv(mat(m, m, L));
    const { omega } = thinPlateOmega(s);
    let scale = 0;
    for (let i = 0; i < n * n; i++) scale = Math.max(scale, Math.abs(omega[i]));
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) expect(Math.abs(omega[i * n + j] - Li.data[i * m + j])).toBeLessThan(1e-8 * scale);
  });

  it('rejects bad input with QuireError naming the argument', () => {
    expect(() => thinPlateOmega([])).toThrow(/thinPlateOmega: coords has 0 sites/);
    expect(() => thinPlateOmega([0, 1, Number.NaN, 3])).toThrow(/coords\[2\] must be a finite number/);
    expect(() => thinPlateOmega([[0, 1], [1, 2], [3]])).toThrow(/ragged/);
    expect(() => thinPlateOmega([[0, 1, 2, 3]])).toThrow(/1, 2 or 3 coordinates/);
    expect(() => thinPlateOmega([0, 1])).toThrow(/at least 3/);
    expect(() => thinPlateOmega([0, 1, 1, 2])).toThrow(QuireError);
    expect(() =>
      thinPlateOmega([
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
      ]),
    ).toThrow(/degenerate|singular/);
  });
});

describe('tpsInterpolate', () => {
  for (const d of [1, 2, 3]) {
    it(`${d}-D: reproduces values at the sites and affine functions everywhere`, () => {
      const n = 30;
      const sites = randomSites(10 + d, n, d);
      const r = new Rng(d);
      const vals = sites.map((s) => [r.normal(), 1 + s.reduce((a, v, c) => a + (c + 2) * v, 0)]);
      const at = tpsInterpolate(sites, vals, sites);
      for (let i = 0; i < n; i++) for (let k = 0; k < 2; k++) expect(at[i * 2 + k]).toBeCloseTo(vals[i][k], 8);
      const fresh = randomSites(99, 20, d).map((s) => s.map((v) => 2 * v - 0.5));
      const atNew = tpsInterpolate(sites, vals, fresh);
      fresh.forEach((s, q) => expect(atNew[q * 2 + 1]).toBeCloseTo(1 + s.reduce((a, v, c) => a + (c + 2) * v, 0), 8));
    });
  }

  it('rejects mismatched dimensions and sizes', () => {
    expect(() => tpsInterpolate([0, 1, 2], [[0], [1], [2]], [[0.5, 1]])).toThrow(/newCoords has 2 coordinates per site, expected 1/);
    expect(() => tpsInterpolate([0, 1, 2], [[0], [1]], [0.5])).toThrow(/values has 2 rows, expected 3/);
    expect(() => tpsInterpolate([0, 1, 2], [[0], [Number.NaN], [1]], [0.5])).toThrow(/values\[1\]\[0\] must be finite/);
  });
});
