import { describe, expect, it } from 'vitest';
import { topEigenpairs } from './eigs.js';
import { jacobiEig, choleskyFlat, choleskySolveVec } from '../core/linalg.js';
import { eigSym, mat } from '../core/linalg.js';
import { Rng } from '../core/rng.js';
import { thinPlateOmega } from './omega.js';

function randomSym(seed: number, n: number): Float64Array {
  const r = new Rng(seed);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      const v = r.normal();
      a[i * n + j] = v;
      a[j * n + i] = v;
    }
  return a;
}
const matOp = (a: Float64Array, n: number) => (v: Float64Array, out: Float64Array) => {
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a[i * n + j] * v[j];
    out[i] = s;
  }
};

describe('jacobiEig', () => {
  it('matches eigSym (descending) on random symmetric matrices', () => {
    for (const n of [1, 2, 5, 12]) {
      const a = randomSym(n, n);
      const { values, vectors } = jacobiEig(a, n);
      const ref = eigSym(mat(n, n, a)).values;
      for (let i = 0; i < n; i++) expect(values[i]).toBeCloseTo(ref[n - 1 - i], 10);
      // A v = λ v
      for (let c = 0; c < n; c++)
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let j = 0; j < n; j++) s += a[i * n + j] * vectors[j * n + c];
          expect(s).toBeCloseTo(values[c] * vectors[i * n + c], 9);
        }
    }
  });
});

describe('topEigenpairs', () => {
  it('finds the k algebraically largest eigenpairs of an indefinite matrix (cross-check with eigSym)', () => {
    const n = 80;
    const a = randomSym(3, n);
    const res = topEigenpairs(matOp(a, n), n, 4, { tol: 1e-10 });
    const ref = eigSym(mat(n, n, a)).values;
    expect(res.converged).toBe(true);
    for (let i = 0; i < 4; i++) expect(res.values[i]).toBeCloseTo(ref[n - 1 - i], 8);
  });

  it('with the (τΩ + sI)⁻¹ preconditioner, converges on the stiff operator A − τΩ and agrees with the dense solution', () => {
    const n = 120;
    const x = Array.from({ length: n }, (_, i) => -3 + (6 * i) / (n - 1));
    const { omega } = thinPlateOmega(x);
    const r = new Rng(5);
    const T = 60;
    const Z = new Float64Array(T * n);
    for (let t = 0; t < T; t++) {
      const a = r.normal(0, 5);
      for (let i = 0; i < n; i++) Z[t * n + i] = a * Math.exp(-x[i] * x[i]) + r.normal(0, 1);
    }
    const tau = 1e3;
    const M = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let t = 0; t < T; t++) s += Z[t * n + i] * Z[t * n + j];
        M[i * n + j] = s - tau * omega[i * n + j];
      }
    const P = new Float64Array(n * n);
    for (let i = 0; i < n * n; i++) P[i] = tau * omega[i];
    for (let i = 0; i < n; i++) P[i * n + i] += 10;
    const L = choleskyFlat(P, n)!;
    const res = topEigenpairs(matOp(M, n), n, 3, {
      tol: 1e-10,
      precondition: (rr, _th, out) => {
        out.set(rr);
        choleskySolveVec(L, n, out);
      },
    });
    const ref = eigSym(mat(n, n, M));
    expect(res.converged).toBe(true);
    for (let k = 0; k < 3; k++) {
      expect(res.values[k] / ref.values[n - 1 - k]).toBeCloseTo(1, 8);
      let ip = 0;
      for (let i = 0; i < n; i++) ip += res.vectors[i * 3 + k] * ref.vectors.data[i * n + n - 1 - k];
      expect(Math.abs(ip)).toBeCloseTo(1, 6);
    }
    expect(res.matvecs).toBeLessThan(n);
  });

  it('is exact when k = n − 1 (the search space fills up)', () => {
    const n = 6;
    const a = randomSym(9, n);
    const res = topEigenpairs(matOp(a, n), n, n - 1);
    const ref = eigSym(mat(n, n, a)).values;
    for (let i = 0; i < n - 1; i++) expect(res.values[i]).toBeCloseTo(ref[n - 1 - i], 10);
  });
});
