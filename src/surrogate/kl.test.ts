import { describe, expect, it } from 'vitest';
import { eigSym, fromRows } from '../core/linalg.js';
import { klBasis, klEigen1d, klModesAt, klPhi1d } from './kl.js';

describe('KL expansion of the exponential covariance', () => {
  it('ℓ = 0.3: the analytic eigenvalues match the published values (notes-p4_p5, oracle 4)', () => {
    const lam = klEigen1d(4, 0.3).map((m) => m.lambda);
    // the published values carry 5 significant digits
    [0.43625, 0.21682, 0.107, 0.05931].forEach((v, i) => expect(Math.abs(lam[i] - v) / v).toBeLessThan(1e-4));
  });

  it('the eigenvalues match a Nyström discretization of the covariance operator (midpoint rule, 200 points)', () => {
    const n = 200;
    const ell = 0.5;
    const rows = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Math.exp(-Math.abs(i - j) / n / ell) / n));
    const { values } = eigSym(fromRows(rows));
    const desc = Array.from(values).sort((a, b) => b - a);
    const lam = klEigen1d(6, ell).map((m) => m.lambda);
    lam.forEach((v, i) => expect(Math.abs(desc[i] - v) / v).toBeLessThan(5e-3));
  });

  it('eigenvalues decrease, sum below the trace 1, and the eigenfunctions are orthonormal on (0,1) and satisfy the integral equation', () => {
    const modes = klEigen1d(8, 0.2);
    for (let i = 1; i < modes.length; i++) expect(modes[i].lambda).toBeLessThan(modes[i - 1].lambda);
    expect(modes.reduce((s, m) => s + m.lambda, 0)).toBeLessThan(1);
    const q = 4000;
    const xs = Float64Array.from({ length: q }, (_, i) => (i + 0.5) / q);
    for (let a = 0; a < modes.length; a++)
      for (let b = 0; b <= a; b++) {
        let s = 0;
        for (const x of xs) s += klPhi1d(modes[a], x) * klPhi1d(modes[b], x);
        expect(s / q).toBeCloseTo(a === b ? 1 : 0, 5);
      }
    // ∫ C(x, y) φ(y) dy = λ φ(x) at x = 0.37
    for (const m of modes.slice(0, 4)) {
      let s = 0;
      for (const y of xs) s += (Math.exp(-Math.abs(0.37 - y) / 0.2) * klPhi1d(m, y)) / q;
      expect(s).toBeCloseTo(m.lambda * klPhi1d(m, 0.37), 5);
    }
  });

  it('2-D: the modes are the largest products λ_iλ_j of the 1-D eigenvalues, in decreasing order', () => {
    const b = klBasis(2, 6, 0.3);
    const one = klEigen1d(6, 0.3).map((m) => m.lambda);
    const prods = one.flatMap((x) => one.map((y) => x * y)).sort((p, q) => q - p);
    b.modes.forEach((m, i) => {
      expect(m.lambda).toBeCloseTo(prods[i], 14);
      expect(m.lambda).toBeCloseTo(one[m.factors[0]] * one[m.factors[1]], 14);
    });
    const pts = new Float64Array([0.2, 0.7]);
    const v = klModesAt(b, pts);
    expect(v[1]).toBeCloseTo(klPhi1d(b.modes1d[b.modes[1].factors[0]], 0.2) * klPhi1d(b.modes1d[b.modes[1].factors[1]], 0.7), 14);
  });

  it('rejects bad arguments', () => {
    expect(() => klEigen1d(0, 0.3)).toThrow(/klEigen1d: modes/);
    expect(() => klEigen1d(3, 0)).toThrow(/klEigen1d: lengthScale/);
    expect(() => klBasis(3 as 1, 3, 0.3)).toThrow(/klBasis: dim is 3/);
  });
});
