import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-helpers.js';
import { Rng } from '../src/core/rng.js';

function files() {
  const dir = mkdtempSync(join(tmpdir(), 'quire-spatial-'));
  const r = new Rng(3);
  const n = 25;
  const T = 60;
  const x = Array.from({ length: n }, (_, i) => -3 + (6 * i) / (n - 1));
  const phi = x.map((v) => Math.exp(-v * v));
  const rows = Array.from({ length: T }, () => {
    const a = r.normal(0, 5);
    return phi.map((p) => (a * p + r.normal(0, 0.5)).toFixed(6)).join(',');
  });
  const coords = join(dir, 'coords.csv');
  const resid = join(dir, 'R.csv');
  const fresh = join(dir, 'new.csv');
  writeFileSync(coords, 's\n' + x.join('\n') + '\n');
  writeFileSync(resid, rows.join('\n') + '\n');
  writeFileSync(fresh, '0.05\n-1.2\n2.9\n');
  return { dir, coords, resid, fresh, n, T };
}

describe('quire spatial fit', () => {
  it('--json prints one object with rank, σ², an orthonormal basis, diagnostics and kriging at new sites', () => {
    const f = files();
    const r = runCli([
      'spatial',
      'fit',
      '--coords',
      f.coords,
      '--residuals',
      f.resid,
      '--k',
      '2',
      '--tau1',
      '1',
      '--predict-coords',
      f.fresh,
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.n).toBe(f.n);
    expect(out.T).toBe(f.T);
    expect(out.rank).toBeGreaterThanOrEqual(1);
    expect(out.rank).toBeLessThanOrEqual(2);
    expect(out.sigma2).toBeGreaterThan(0);
    // ΦᵀΦ = I from the printed basis
    for (let a = 0; a < 2; a++)
      for (let b = 0; b < 2; b++) {
        const g = out.basis.reduce((s: number, row: number[]) => s + row[a] * row[b], 0);
        expect(g).toBeCloseTo(a === b ? 1 : 0, 10);
      }
    expect(out.kriging.sites).toBe(3);
    expect(out.kriging.mean).toHaveLength(f.T);
    for (let q = 0; q < 3; q++) {
      expect(out.kriging.variance[q]).toBeGreaterThanOrEqual(out.sigma2);
      const half = (out.kriging.upper[0][q] - out.kriging.lower[0][q]) / 2;
      expect(half).toBeCloseTo(1.959963984540054 * Math.sqrt(out.kriging.variance[q]), 8);
    }
  });

  it('prints a text summary without --json', () => {
    const f = files();
    const r = runCli(['spatial', 'fit', '--coords', f.coords, '--residuals', f.resid, '--k', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/effective rank L̂ = 1, σ̂² = /);
    expect(r.stdout).toMatch(/φ1: min/);
  });

  it('bad input exits 2 with quire: error:', () => {
    const f = files();
    const cases: string[][] = [
      ['spatial', 'fit', '--coords', f.coords, '--residuals', f.resid, '--k', '25'],
      ['spatial', 'fit', '--coords', join(f.dir, 'missing.csv'), '--residuals', f.resid],
    ];
    for (const args of cases) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.startsWith('quire: error:'), r.stderr).toBe(true);
    }
  });

  it('issue 16.14: --level without --predict-coords, or outside (0, 1), is an error, not silently ignored', () => {
    const f = files();
    const a = runCli(['spatial', 'fit', '--coords', f.coords, '--residuals', f.resid, '--k', '1', '--level', '1.5']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/^quire: error: spatial fit: --level .* needs --predict-coords/);
    const b = runCli([
      'spatial',
      'fit',
      '--coords',
      f.coords,
      '--residuals',
      f.resid,
      '--k',
      '1',
      '--predict-coords',
      f.fresh,
      '--level',
      '1.5',
    ]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--level must be in \(0, 1\), got 1.5/);
    expect(b.stdout).toBe('');
  });
});
