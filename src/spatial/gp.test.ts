import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { QuireError } from '../core/errors.js';
import { choleskyFlat } from '../core/linalg.js';
import { fitMatern, krigeMatern, maternCorrelation, type MaternNu } from './gp.js';
import fixture from './fixtures/matern.json' with { type: 'json' };

/** T replicates of a Matérn field (+ nugget) at the sites, by Cholesky. */
function simulate(sites: number[][], T: number, range: number, nu: MaternNu, variance: number, nugget: number, seed: number): number[][] {
  const n = sites.length;
  const C = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      C[i * n + j] =
        variance * maternCorrelation(Math.hypot(sites[i][0] - sites[j][0], sites[i][1] - sites[j][1]), range, nu) + (i === j ? 1e-10 : 0);
  const L = choleskyFlat(C, n)!;
  const rng = new Rng(seed);
  const rows: number[][] = [];
  for (let t = 0; t < T; t++) {
    const z = rng.fillNormal(new Float64Array(n));
    const row = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let k = 0; k <= i; k++) s += L[i * n + k] * z[k];
      row[i] = 3 + s + rng.normal(0, Math.sqrt(nugget));
    }
    rows.push(row);
  }
  return rows;
}

function sitesIn(n: number, seed: number): number[][] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => [rng.uniform(), rng.uniform()]);
}

describe('maternCorrelation', () => {
  it('has the closed forms at ν = ½, 3⁄2, 5⁄2 (h = ℓ)', () => {
    expect(maternCorrelation(1, 1, 0.5)).toBeCloseTo(Math.exp(-1), 15);
    expect(maternCorrelation(2, 2, 1.5)).toBeCloseTo((1 + Math.sqrt(3)) * Math.exp(-Math.sqrt(3)), 15);
    expect(maternCorrelation(0.5, 0.5, 2.5)).toBeCloseTo((1 + Math.sqrt(5) + 5 / 3) * Math.exp(-Math.sqrt(5)), 15);
    expect(maternCorrelation(0, 0.3, 1.5)).toBe(1);
  });

  it('equals the general Bessel-K formula (scipy, fixtures/matern.json) to 1e-12', () => {
    for (const r of fixture.rows) {
      expect(Math.abs(maternCorrelation(r.h, r.range, r.nu as MaternNu) - r.rho)).toBeLessThan(1e-12);
    }
  });

  it('rejects a negative distance, a zero range and an unsupported ν', () => {
    expect(() => maternCorrelation(-1, 1, 0.5)).toThrow(/h must be/);
    expect(() => maternCorrelation(1, 0, 0.5)).toThrow(/range/);
    expect(() => maternCorrelation(1, 1, 1 as MaternNu)).toThrow(QuireError);
  });
});

describe('fitMatern', () => {
  const sites = sitesIn(60, 3);
  const rows = simulate(sites, 300, 0.2, 1.5, 2, 0.1, 7);

  it('recovers range, sill and nugget of simulated Matérn data (ν = 3⁄2 fixed)', () => {
    const fit = fitMatern(rows, sites, { nu: '1.5' });
    expect(fit.nu).toBe(1.5);
    // measured: ℓ̂ = 0.1995, ŝ² = 2.006, nugget 0.1008
    expect(Math.abs(fit.range / 0.2 - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.variance / 2 - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.nugget / 0.1 - 1)).toBeLessThan(0.1);
    expect(fit.mean).toBeCloseTo(3, 0);
  });

  it('picks the true smoothness by likelihood when ν is fitted', () => {
    const fit = fitMatern(rows, sites, { nu: 'fit' });
    expect(fit.nu).toBe(1.5);
    expect(fit.logLikByNu['1.5']).toBeGreaterThan(fit.logLikByNu['0.5']!);
    expect(fit.logLikByNu['1.5']).toBeGreaterThan(fit.logLikByNu['2.5']!);
  });

  it('rejects constant residuals, coincident sites and ragged rows', () => {
    expect(() => fitMatern([[1, 1, 1]], [0, 1, 2])).toThrow(/constant/);
    expect(() => fitMatern([[1, 2, 3]], [0, 0, 0])).toThrow(/coincide/);
    expect(() => fitMatern([[1, 2]], [0, 1, 2])).toThrow(/row 0 has 2 entries/);
    expect(() => fitMatern([[1, 2, 3]], [0, 1, 2], { nu: '3' as never })).toThrow(QuireError);
  });
});

describe('krigeMatern', () => {
  it('interpolates the data at a zero nugget (variance 0 at the sites)', () => {
    const sites = sitesIn(25, 11);
    const rows = simulate(sites, 80, 0.3, 2.5, 1, 0, 5);
    const fit = fitMatern(rows, sites, { nu: '2.5', nugget: false });
    expect(fit.nugget).toBe(0);
    const k = krigeMatern(fit, [rows[0]], sites.slice(0, 5));
    for (let q = 0; q < 5; q++) {
      expect(k.mean[q]).toBeCloseTo(rows[0][q], 6);
      expect(k.variance[q]).toBeLessThan(1e-6 * fit.variance);
    }
  });

  it('equals the two-site closed form μ + ρ(r − μ), var = s²(1 + η) − s²ρ²/(1 + η)', () => {
    const fit = fitMatern(
      [
        [0, 1],
        [1, 0],
        [2, 1.5],
        [0.5, 0.5],
      ].map((r) => [...r, 0.3]),
      [0, 1, 5],
      { nu: '0.5' },
    );
    // predict at site 0's position from site 0 alone would need a one-site fit; instead check a far site
    const far = krigeMatern(fit, [[1, 2, 3]], [1e6]);
    expect(far.mean[0]).toBeCloseTo(fit.mean, 10);
    expect(far.variance[0]).toBeCloseTo(fit.variance + fit.nugget, 10);
    const lvl = krigeMatern(fit, [[1, 2, 3]], [1e6], { level: 0.5 });
    expect(lvl.upper[0] - lvl.mean[0]).toBeCloseTo(0.6744897501960817 * Math.sqrt(fit.variance + fit.nugget), 10);
  });

  it('rejects a bad level and a dimension mismatch', () => {
    const fit = fitMatern([[0, 1, 2.5]], [0, 1, 2]);
    expect(() => krigeMatern(fit, [[0, 1, 2]], [0.5], { level: 1 })).toThrow(/level/);
    expect(() => krigeMatern(fit, [[0, 1, 2]], [[0.5, 0.5]])).toThrow(/coordinates per site/);
  });
});
