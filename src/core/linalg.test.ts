import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as la from './linalg.js';
import { choleskyTs, formQtTs, gemmTs, luTs, tqlTs, tridiagTs } from './linalg-ts.js';
import { kernels } from './wasm/index.js';
import { Rng } from './rng.js';
import { QuireError } from './errors.js';

const fixtures = JSON.parse(readFileSync(new URL('./fixtures/expm.json', import.meta.url), 'utf8'));
const eighFx = JSON.parse(readFileSync(new URL('./fixtures/eigh.json', import.meta.url), 'utf8'));

function randn(r: Rng, m: number, n: number): la.Mat {
  return la.mat(m, n, r.fillNormal(new Float64Array(m * n)));
}
function maxAbsDiff(a: la.Mat, b: la.Mat): number {
  expect([a.rows, a.cols]).toEqual([b.rows, b.cols]);
  let d = 0;
  for (let i = 0; i < a.data.length; i++) d = Math.max(d, Math.abs(a.data[i] - b.data[i]));
  return d;
}
function naive(A: Float64Array, B: Float64Array, m: number, k: number, n: number): Float64Array {
  const C = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += A[i * k + p] * B[p * n + j];
      C[i * n + j] = s;
    }
  return C;
}
function sym(r: Rng, n: number): la.Mat {
  const G = randn(r, n, n);
  return la.mat(
    n,
    n,
    G.data.map((_, idx) => G.data[idx] + G.data[(idx % n) * n + Math.floor(idx / n)]),
  );
}
const B = (b: 'wasm' | 'ts') => la.setBackend(b);

describe('linalg: Mat and the public contract', () => {
  afterEach(() => void B('wasm'));

  it('runs on WebAssembly here (the TS twins are the fallback)', () => {
    expect(kernels()).not.toBeNull();
    expect(la.backend()).toBe('wasm');
    B('ts');
    expect(la.backend()).toBe('ts');
  });

  it('mat / matmul / eigh contract: mat(rows, cols, data), Mat out, values ascending', () => {
    const A = la.mat(2, 2, [2, 1, 1, 2]);
    expect(la.isMat(A)).toBe(true);
    const C = la.matmul(A, la.eye(2));
    expect(la.isMat(C)).toBe(true);
    expect(Array.from(C.data)).toEqual([2, 1, 1, 2]);
    const { values, vectors } = la.eigh(A);
    expect(values[0]).toBeCloseTo(1, 14);
    expect(values[1]).toBeCloseTo(3, 14);
    expect(la.isMat(vectors)).toBe(true);
    expect(() => la.mat(2, 2, [1, 2, 3])).toThrow(/3 entries, expected/);
    expect(() => la.mat(-1, 2)).toThrow(QuireError);
    expect(() => la.matmul(la.mat(2, 3), la.mat(2, 3))).toThrow(/inner dimensions/);
  });

  it('fromRows validates at the door and round-trips with toRows', () => {
    expect(
      la.toRows(
        la.fromRows([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(() => la.fromRows([[1, 2], [3]])).toThrow(/ragged/);
    expect(() => la.fromRows([])).toThrow(/empty/);
    expect(() => la.fromRows([[1, Number.NaN]], 'f', 'A')).toThrow(/f: A\[0\]\[1\]/);
    expect(() => la.expm(la.fromRows([[1, 2, 3]]))).toThrow(/square/);
  });

  it('toMat (the door of public APIs) takes rows or a Mat, copies, and names the argument of a bad entry', () => {
    const M = la.fromRows([
      [1, 2],
      [3, 4],
    ]);
    const C = la.toMat('f', 'A', M);
    expect(la.toRows(la.matmul(C, C))).toEqual([
      [7, 10],
      [15, 22],
    ]);
    C.data[0] = 9;
    expect(M.data[0]).toBe(1);
    expect(la.isMat(M)).toBe(true);
    expect(la.isMat({ rows: 2, cols: 2, data: new Float64Array(3) })).toBe(false);
    expect(() => la.toMat('f', 'A', la.mat(1, 2, [1, Number.NaN]))).toThrow(/f: A\[0\]\[1\] must be a finite number/);
    expect(() => la.toMat('f', 'A', la.mat(0, 2))).toThrow(/f: A must not be empty/);
  });
});

describe('linalg: gemm (WASM packed kernel vs TS twin vs naive)', () => {
  const r = new Rng(2);
  it('every edge shape, both backends (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        (m, k, n, acc) => {
          const A = r.fillNormal(new Float64Array(m * k));
          const Bm = r.fillNormal(new Float64Array(k * n));
          const C0 = r.fillNormal(new Float64Array(m * n));
          const ref = naive(A, Bm, m, k, n);
          if (acc) for (let i = 0; i < ref.length; i++) ref[i] += C0[i];
          const w = la.gemm(A, Bm, m, k, n, C0.slice(), acc);
          const t = gemmTs(A, Bm, m, k, n, C0.slice(), acc);
          for (let i = 0; i < ref.length; i++) {
            expect(Math.abs(w[i] - ref[i])).toBeLessThan(1e-12 * (1 + k));
            expect(Math.abs(t[i] - ref[i])).toBeLessThan(1e-12 * (1 + k));
          }
        },
      ),
      { seed: 42, numRuns: 80 },
    );
  });

  it('crosses the cache blocks (m > 96, k > 256, odd n): WASM equals the TS twin', () => {
    const [m, k, n] = [131, 300, 77];
    const A = r.fillNormal(new Float64Array(m * k));
    const Bm = r.fillNormal(new Float64Array(k * n));
    const w = la.gemm(A, Bm, m, k, n);
    const t = gemmTs(A, Bm, m, k, n);
    let d = 0;
    for (let i = 0; i < w.length; i++) d = Math.max(d, Math.abs(w[i] - t[i]));
    expect(d).toBeLessThan(1e-11);
    expect(Math.abs(w[5 * n + 7] - naive(A, Bm, m, k, n)[5 * n + 7])).toBeLessThan(1e-11);
  });
});

describe('linalg: symmetric eigen', () => {
  afterEach(() => void B('wasm'));
  const r = new Rng(3);

  it('matches scipy.linalg.eigh (fixtures), on both backends', () => {
    for (const b of ['wasm', 'ts'] as const) {
      B(b);
      const S = la.fromRows(eighFx.sinA);
      const v = la.eigvalsh(S);
      eighFx.sinA_values.forEach((x: number, i: number) => expect(Math.abs(v[i] - x)).toBeLessThan(1e-13 * 12));
      const H = la.mat(
        8,
        8,
        Array.from({ length: 64 }, (_, k) => 1 / (Math.floor(k / 8) + (k % 8) + 1)),
      );
      const h = la.eigh(H).values;
      eighFx.hilbert8_values.forEach((x: number, i: number) => expect(Math.abs(h[i] - x)).toBeLessThan(1e-14));
      const L = la.mat(10, 10);
      for (let i = 0; i < 10; i++) {
        L.data[i * 10 + i] = 2;
        L.data[i * 10 + ((i + 1) % 10)] = -1;
        L.data[((i + 1) % 10) * 10 + i] = -1;
      }
      const { values, vectors } = la.eigh(L);
      eighFx.cycle10_values.forEach((x: number, i: number) => expect(Math.abs(values[i] - x)).toBeLessThan(1e-13));
      // repeated eigenvalues: vectors still orthonormal and A V = V Λ
      expect(maxAbsDiff(la.matmul(la.transpose(vectors), vectors), la.eye(10))).toBeLessThan(1e-13);
      expect(maxAbsDiff(la.matmul(L, vectors), la.matmul(vectors, la.diag(values)))).toBeLessThan(1e-13);
    }
  });

  it('ascending values, orthonormal vectors, A V = V Λ; WASM and TS twins agree (n up to 120)', () => {
    for (const n of [1, 2, 3, 5, 9, 17, 64, 120]) {
      const S = sym(r, n);
      B('wasm');
      const w = la.eigh(S);
      B('ts');
      const t = la.eigh(S);
      const scale = 1 + Math.abs(w.values[n - 1]) + Math.abs(w.values[0]);
      for (let i = 0; i < n; i++) {
        if (i > 0) expect(w.values[i]).toBeGreaterThanOrEqual(w.values[i - 1]);
        expect(Math.abs(w.values[i] - t.values[i])).toBeLessThan(1e-12 * scale);
      }
      for (const e of [w, t]) {
        expect(maxAbsDiff(la.matmul(la.transpose(e.vectors), e.vectors), la.eye(n))).toBeLessThan(1e-12 * Math.sqrt(n));
        expect(maxAbsDiff(la.matmul(S, e.vectors), la.matmul(e.vectors, la.diag(e.values)))).toBeLessThan(1e-12 * scale);
      }
      // the same vectors up to sign (random spectra are simple)
      for (let j = 0; j < n; j++) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += w.vectors.data[i * n + j] * t.vectors.data[i * n + j];
        expect(Math.abs(Math.abs(dot) - 1)).toBeLessThan(1e-8);
      }
      expect(Array.from(la.eigvalsh(S))).toEqual(Array.from(t.values).map((x) => expect.closeTo(x, 9)));
    }
  });

  it('kernel twins: tridiag, Qᵀ and QL agree between WASM and TS', () => {
    const n = 40;
    const S = sym(r, n);
    const a = S.data.slice();
    const d = new Float64Array(n);
    const e = new Float64Array(n);
    const tau = new Float64Array(n);
    tridiagTs(n, a, d, e, tau);
    const W = new Float64Array(n * n);
    formQtTs(n, a, tau, W);
    // Qᵀ S Q is the tridiagonal (d, e)
    const Q = la.transpose(la.mat(n, n, W));
    const T = la.matmul(la.matmul(la.mat(n, n, W), S), Q);
    for (let i = 0; i < n; i++) {
      expect(T.data[i * n + i]).toBeCloseTo(d[i], 10);
      if (i + 1 < n) expect(Math.abs(T.data[(i + 1) * n + i] - e[i])).toBeLessThan(1e-10);
      if (i + 2 < n) expect(Math.abs(T.data[(i + 2) * n + i])).toBeLessThan(1e-10);
    }
    expect(tqlTs(n, d, e, W)).toBe(0);
    B('wasm');
    const w = la.eigh(S);
    for (let i = 0; i < n; i++) expect(w.values[i]).toBeCloseTo(d[i], 10);
  });

  it('the eigenvalues-only path and diagonal / zero matrices', () => {
    expect(Array.from(la.eigvalsh(la.diag([3, -1, 2, 2, 0, 7, 1, 1, 5])))).toEqual([-1, 0, 1, 1, 2, 2, 3, 5, 7]);
    const z = la.eigh(la.mat(9, 9));
    expect(Array.from(z.values)).toEqual(new Array(9).fill(0));
    expect(maxAbsDiff(z.vectors, la.eye(9))).toBe(0);
    expect(() => la.eigh(la.mat(2, 3))).toThrow(/square/);
  });
});

describe('linalg: LU, Cholesky, solves (WASM vs TS)', () => {
  afterEach(() => void B('wasm'));
  const r = new Rng(4);

  it('LU and Cholesky kernels agree with their TS twins', () => {
    for (const n of [24, 33, 70]) {
      const A = randn(r, n, n);
      const w = la.luFactorFlat(A.data, n);
      const a = A.data.slice();
      const perm = new Int32Array(n);
      const stats = new Float64Array(2);
      expect(luTs(n, a, perm, 0, stats)).toBe(0);
      expect(Array.from(w.perm)).toEqual(Array.from(perm));
      for (let i = 0; i < n * n; i++) expect(Math.abs(w.lu[i] - a[i])).toBeLessThan(1e-9 * (1 + Math.abs(a[i])));
      const S = la.matmul(A, la.transpose(A));
      for (let i = 0; i < n; i++) S.data[i * n + i] += 1;
      const l = la.choleskyFlat(S.data, n) as Float64Array;
      const lt = S.data.slice();
      expect(choleskyTs(n, lt)).toBe(0);
      for (let i = 0; i < n * n; i++) expect(Math.abs(l[i] - lt[i])).toBeLessThan(1e-10 * (1 + Math.abs(lt[i])));
      expect(maxAbsDiff(la.matmul(la.mat(n, n, l), la.transpose(la.mat(n, n, l))), S)).toBeLessThan(1e-9 * n);
    }
  });

  it('solve gives a small residual; singular A throws QuireError (both backends)', () => {
    for (const b of ['wasm', 'ts'] as const) {
      B(b);
      for (const n of [8, 40]) {
        const A = randn(r, n, n);
        const b2 = randn(r, n, 2);
        expect(maxAbsDiff(la.matmul(A, la.solve(A, b2)), b2)).toBeLessThan(1e-9);
      }
      expect(() => la.solve(la.mat(2, 2, [1, 2, 2, 4]), la.eye(2))).toThrow(QuireError);
      const big = la.mat(30, 30);
      expect(() => la.solve(big, la.eye(30))).toThrow(/singular/);
    }
  });

  it('det by LU: closed forms and the permutation sign', () => {
    expect(la.det(la.mat(2, 2, [0, 1, 1, 0]))).toBe(-1);
    expect(la.det(la.mat(3, 3, [2, 0, 0, 0, 3, 0, 0, 0, 4]))).toBe(24);
    expect(la.det(la.mat(3, 3, [0, 1, 0, 0, 0, 1, 1, 0, 0]))).toBe(1);
    expect(la.det(la.mat(2, 2, [1, 2, 2, 4]))).toBe(0);
  });

  it('cholesky reconstructs SPD matrices and rejects indefinite ones; choleskySolve', () => {
    for (const n of [6, 30]) {
      const G = randn(r, n, n);
      const S = la.matmul(G, la.transpose(G));
      for (let i = 0; i < n; i++) S.data[i * n + i] += 1;
      const L = la.cholesky(S);
      expect(maxAbsDiff(la.matmul(L, la.transpose(L)), S)).toBeLessThan(1e-9);
      const x = la.choleskySolve(S, la.eye(n));
      expect(maxAbsDiff(la.matmul(S, x), la.eye(n))).toBeLessThan(1e-9);
    }
    expect(() => la.cholesky(la.mat(2, 2, [1, 2, 2, 1]))).toThrow(/positive definite/);
  });

  it('svd reconstructs A with descending singular values; qr gives orthonormal Q and upper R', () => {
    const A = randn(r, 9, 5);
    const { U, s, V } = la.svd(A);
    for (let i = 1; i < s.length; i++) expect(s[i]).toBeLessThanOrEqual(s[i - 1]);
    expect(maxAbsDiff(la.matmul(la.matmul(U, la.diag(s)), la.transpose(V)), A)).toBeLessThan(1e-10);
    const { Q, R } = la.qr(A);
    expect(maxAbsDiff(la.matmul(Q, R), A)).toBeLessThan(1e-10);
    expect(maxAbsDiff(la.matmul(la.transpose(Q), Q), la.eye(5))).toBeLessThan(1e-10);
    for (let i = 0; i < R.rows; i++) for (let j = 0; j < i; j++) expect(Math.abs(R.data[i * R.cols + j])).toBeLessThan(1e-12);
  });
});

describe('linalg: expm', () => {
  const r = new Rng(5);
  it('rotation generator (closed form)', () => {
    for (const t of [1e-3, 0.3, 1, 7, 40]) {
      const E = la.expm(la.mat(2, 2, [0, t, -t, 0]));
      expect(E.data[0]).toBeCloseTo(Math.cos(t), 12);
      expect(E.data[1]).toBeCloseTo(Math.sin(t), 12);
      expect(E.data[2]).toBeCloseTo(-Math.sin(t), 12);
    }
  });

  it('nilpotent and diagonal closed forms', () => {
    const N = la.expm(la.mat(3, 3, [0, 1, 0, 0, 0, 1, 0, 0, 0]));
    expect(maxAbsDiff(N, la.mat(3, 3, [1, 1, 0.5, 0, 1, 1, 0, 0, 1]))).toBeLessThan(1e-14);
    const D = la.expm(la.diag([-20, 0.5, 12]));
    expect(D.data[0] / Math.exp(-20)).toBeCloseTo(1, 12);
    expect(D.data[8] / Math.exp(12)).toBeCloseTo(1, 12);
  });

  it('matches scipy.linalg.expm (fixtures), for small and large norms', () => {
    const E = la.expm(la.fromRows(fixtures.A));
    expect(maxAbsDiff(E, la.fromRows(fixtures.expmA))).toBeLessThan(1e-13);
    const F = la.expm(la.fromRows(fixtures.B4));
    const ref = la.fromRows(fixtures.expmB4);
    expect(maxAbsDiff(F, ref) / la.normFro(ref)).toBeLessThan(1e-13);
  });

  it('expm(A)·expm(−A) = I (invariant), also at n = 40 (WASM gemm and LU)', () => {
    for (const n of [6, 40]) {
      const A = randn(r, n, n);
      const s = 1.5 / Math.sqrt(n);
      const P = la.matmul(
        la.expm(
          la.mat(
            n,
            n,
            A.data.map((x) => s * x),
          ),
        ),
        la.expm(
          la.mat(
            n,
            n,
            A.data.map((x) => -s * x),
          ),
        ),
      );
      expect(maxAbsDiff(P, la.eye(n))).toBeLessThan(1e-9);
    }
  });
});

describe('wasm arena limits', () => {
  it('a request beyond wasm32 memory is a QuireError naming the way out, not a RangeError', () => {
    const k = kernels();
    if (!k) return; // no WebAssembly SIMD here: the TS backend has no arena
    expect(() => k.alloc(2 ** 32)).toThrow(QuireError);
    expect(() => k.alloc(2 ** 32)).toThrow(/setBackend\('ts'\)/);
    // the arena is still usable afterwards
    const at = k.f64([1, 2, 3]);
    expect(Array.from(k.viewF64(at, 3))).toEqual([1, 2, 3]);
  });
});
