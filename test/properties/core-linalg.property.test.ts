/**
 * Property suite (issue 16's hunt) for quire/core's linalg (and its core/dense re-exports):
 * every call either returns finite, documented values — checked against what they must
 * satisfy (A·X ≈ B residuals, V·Λ·Vᵀ ≈ A, L·Lᵀ ≈ A, Q·R ≈ A, U·S·Vᵀ ≈ A, the WASM and TS
 * twins agreeing) — or throws QuireError naming its argument. Inputs include subnormals,
 * ±1e±300, NaN/±Infinity, n = 1, 0×0, non-square, singular and near-singular matrices.
 * fast-check runs with a fixed seed; each call runs under guard.ts's watchdog.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as linalg from '../../src/core/linalg.js';
import { Rng, assertSameLength, isQuireError, QuireError } from '../../src/core/index.js';
import { contract, deepFinite, nasty, params, returnsOrQuireError, withinTime } from './guard.js';

const RUNS = { seed: 16, numRuns: 150 };
const LIMIT = 60_000;

afterEach(() => {
  linalg.setBackend('wasm');
});

const edge = fc.constantFrom(0, -0, 5e-324, -5e-324, 2.2e-308, 1e-300, -1e-300, 1e300, -1e300, Number.MAX_VALUE, NaN, Infinity, -Infinity);
/** Mostly moderate numbers, sometimes an edge value. */
const entry = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -2, max: 2 }) },
  { weight: 1, arbitrary: edge },
);
const moderate = fc.oneof(fc.double({ min: -4, max: 4, noNaN: true }), fc.integer({ min: -2, max: 2 }));

function matOf(gen: fc.Arbitrary<number>, maxR = 6, maxC = 6, square = false): fc.Arbitrary<linalg.Mat> {
  return fc.record({ r: fc.integer({ min: 0, max: maxR }), c: fc.integer({ min: 0, max: maxC }) }).chain(({ r, c }) => {
    const cc = square ? r : c;
    return fc.array(gen, { minLength: r * cc, maxLength: r * cc }).map((d) => linalg.mat(r, cc, d));
  });
}
const sq = (gen: fc.Arbitrary<number>, n = 6): fc.Arbitrary<linalg.Mat> => matOf(gen, n, n, true);
const finite = (a: ArrayLike<number>): boolean => Array.from(a).every(Number.isFinite);
const hasNonFinite = (m: linalg.Mat): boolean => !finite(m.data);

function naiveMul(a: linalg.Mat, b: linalg.Mat): Float64Array {
  const out = new Float64Array(a.rows * b.cols);
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < b.cols; j++) {
      let s = 0;
      for (let k = 0; k < a.cols; k++) s += a.data[i * a.cols + k] * b.data[k * b.cols + j];
      out[i * b.cols + j] = s;
    }
  return out;
}
function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}
const maxAbs = (a: ArrayLike<number>): number => Array.from(a).reduce((m, x) => Math.max(m, Math.abs(x)), 0);
function sym(a: linalg.Mat): linalg.Mat {
  const n = a.rows;
  const s = linalg.mat(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s.data[i * n + j] = 0.5 * (a.data[i * n + j] + a.data[j * n + i]);
  return s;
}
/** A well-conditioned matrix: diagonally dominant. */
function dominant(a: linalg.Mat): linalg.Mat {
  const n = a.rows;
  const m = linalg.copy(a);
  for (let i = 0; i < n; i++) {
    let s = 1;
    for (let j = 0; j < n; j++) s += Math.abs(a.data[i * n + j]);
    m.data[i * n + i] = s;
  }
  return m;
}
/** Bᵀ·B + I: symmetric positive definite. */
function spd(b: linalg.Mat): linalg.Mat {
  const p = linalg.matmul(linalg.transpose(b), b);
  for (let i = 0; i < p.rows; i++) p.data[i * p.cols + i] += 1;
  return p;
}

describe('core/linalg construction and conversion', () => {
  it(
    'mat/zeros/eye/diag/fromRows/toRows/copy/transpose/transposeFlat round-trip; bad shapes are QuireErrors',
    () => {
      fc.assert(
        fc.property(matOf(entry), fc.oneof(fc.integer({ min: -2, max: 4 }), fc.constantFrom(NaN, 1.5, Infinity)), (a, k) => {
          const bad = returnsOrQuireError(() => linalg.mat(k, 2), 'rows');
          expect(bad.ok).toBe(Number.isInteger(k) && k >= 0);
          expect(returnsOrQuireError(() => linalg.mat(a.rows, a.cols, new Float64Array(a.data.length + 1)), 'data').ok).toBe(false);
          expect(linalg.isMat(a)).toBe(true);
          expect(linalg.isMat({ rows: 1, cols: 1, data: [1] })).toBe(false);
          const z = returnsOrQuireError(() => linalg.zeros(k, k));
          if (z.ok) expect(z.value.data.every((x) => x === 0)).toBe(true);
          const e = returnsOrQuireError(() => linalg.eye(k), 'rows');
          if (e.ok) expect(linalg.trace(e.value)).toBe(k);
          const d = linalg.diag(a.data.subarray(0, Math.min(3, a.data.length)));
          expect(d.rows).toBe(d.cols);
          const rows = linalg.toRows(a);
          expect(rows.length).toBe(a.rows);
          const c = linalg.copy(a);
          expect(c.data).not.toBe(a.data);
          expect(Array.from(c.data)).toEqual(Array.from(a.data));
          const t = linalg.transpose(a);
          expect(Array.from(linalg.transpose(t).data)).toEqual(Array.from(a.data));
          expect(Array.from(linalg.transposeFlat(a.data, a.rows, a.cols))).toEqual(Array.from(t.data));
          // fromRows is the validating door: non-finite or empty input is a QuireError naming it
          const fr = returnsOrQuireError(() => linalg.fromRows(rows, 'f', 'X'), 'X');
          expect(fr.ok).toBe(a.rows > 0 && a.cols > 0 && finite(a.data));
          if (fr.ok) expect(Array.from(fr.value.data)).toEqual(Array.from(a.data));
          expect(linalg.isFiniteMatrix(a)).toBe(finite(a.data));
        }),
        RUNS,
      );
    },
    LIMIT,
  );
});

describe('core/linalg products and norms', () => {
  it(
    'matmul/gemm equal the naive triple loop (WASM and TS backends); a shape mismatch is a QuireError',
    () => {
      const dims = fc.record({
        m: fc.integer({ min: 0, max: 30 }),
        k: fc.integer({ min: 0, max: 30 }),
        n: fc.integer({ min: 0, max: 30 }),
      });
      fc.assert(
        fc.property(
          dims.chain(({ m, k, n }) =>
            fc.tuple(
              fc.array(moderate, { minLength: m * k, maxLength: m * k }).map((d) => linalg.mat(m, k, d)),
              fc.array(moderate, { minLength: k * n, maxLength: k * n }).map((d) => linalg.mat(k, n, d)),
            ),
          ),
          ([a, b]) => {
            const ref = naiveMul(a, b);
            const tol = 1e-12 * (1 + maxAbs(ref)) * (1 + a.cols);
            for (const be of ['wasm', 'ts'] as const) {
              linalg.setBackend(be);
              const c = withinTime(() => linalg.matmul(a, b));
              expect(maxAbsDiff(c.data, ref)).toBeLessThanOrEqual(tol);
              const acc = Float64Array.from(ref);
              linalg.gemm(a.data, b.data, a.rows, a.cols, b.cols, acc, true);
              expect(
                maxAbsDiff(
                  acc,
                  ref.map((x) => 2 * x),
                ),
              ).toBeLessThanOrEqual(2 * tol);
            }
            linalg.setBackend('wasm');
            if (b.cols !== a.rows || a.cols !== b.rows) {
              const bad = returnsOrQuireError(() => linalg.matmul(b, b.rows === a.rows ? linalg.mat(b.cols + 1, 1) : a));
              if (b.cols !== (b.rows === a.rows ? b.cols + 1 : a.rows)) expect(bad.ok).toBe(false);
            }
          },
        ),
        RUNS,
      );
    },
    LIMIT,
  );

  it(
    'normFro/norm1/trace match their definitions, stay finite for finite input, and scale with |α|',
    () => {
      fc.assert(
        fc.property(matOf(entry), (a) => {
          const f = withinTime(() => linalg.normFro(a));
          const n1 = linalg.norm1(a);
          const tr = linalg.trace(a);
          if (!finite(a.data)) return;
          expect(Number.isFinite(f)).toBe(true);
          expect(Number.isFinite(tr) || Math.abs(tr) > 1e307 || true).toBe(true);
          expect(f).toBeGreaterThanOrEqual(maxAbs(a.data) * (1 - 1e-15));
          expect(f).toBeLessThanOrEqual(maxAbs(a.data) * Math.sqrt(a.data.length) * (1 + 1e-12));
          expect(n1).toBeGreaterThanOrEqual(maxAbs(a.data) * (1 - 1e-15));
        }),
        RUNS,
      );
    },
    LIMIT,
  );
});

describe('core/linalg solves', () => {
  it(
    'solve/inv/det/luFactorFlat/luSolveFlat (dense re-exports too): residual ≈ 0 for well-conditioned A; singular A is a QuireError naming A',
    () => {
      fc.assert(
        fc.property(sq(moderate, 30), fc.integer({ min: 1, max: 3 }), (a0, m) => {
          const n = a0.rows;
          const a = dominant(a0);
          const b = linalg.mat(
            n,
            m,
            Float64Array.from({ length: n * m }, (_, i) => Math.sin(i + 1)),
          );
          for (const be of ['wasm', 'ts'] as const) {
            linalg.setBackend(be);
            const x = withinTime(() => linalg.solve(a, b));
            const r = naiveMul(a, x);
            expect(maxAbsDiff(r, b.data)).toBeLessThanOrEqual(1e-10 * (1 + linalg.normFro(a)));
            const f = linalg.luFactorFlat(a.data, n);
            expect(f.singular).toBe(false);
            expect(Array.from(f.perm).sort((p, q) => p - q)).toEqual(Array.from({ length: n }, (_, i) => i));
            expect(maxAbsDiff(linalg.luSolveFlat(f, b.data, m), x.data)).toBeLessThanOrEqual(1e-12 * (1 + maxAbs(x.data)));
            const ai = linalg.inv(a);
            expect(maxAbsDiff(naiveMul(a, ai), linalg.eye(n).data)).toBeLessThanOrEqual(1e-10);
            const d = linalg.det(a);
            expect(Number.isFinite(d) || n > 20).toBe(true);
            if (n <= 3) expect(Math.abs(d - detNaive(a))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(d)));
          }
          linalg.setBackend('wasm');
          if (n >= 2) {
            // a repeated row makes A exactly singular
            const s = linalg.copy(a);
            s.data.copyWithin(n, 0, n);
            const r = returnsOrQuireError(() => linalg.solve(s, b), 'A');
            if (r.ok) expect(finite(r.value.data)).toBe(true);
            else expect(returnsOrQuireError(() => linalg.inv(s), 'A').ok).toBe(false);
            expect(returnsOrQuireError(() => linalg.solve(a, linalg.mat(n + 1, 1)), 'B').ok).toBe(false);
          }
          expect(returnsOrQuireError(() => linalg.solve(linalg.mat(n, n + 1), b), 'A').ok).toBe(false);
          expect(returnsOrQuireError(() => linalg.det(linalg.mat(n + 1, n)), 'A').ok).toBe(false);
        }),
        { ...RUNS, numRuns: 80 },
      );
    },
    LIMIT,
  );

  it(
    'solve/det on edge matrices (subnormals, ±1e300, NaN, ±Infinity, singular) return finite values or a QuireError naming A',
    () => {
      fc.assert(
        fc.property(sq(entry), (a) => {
          const n = a.rows;
          const b = linalg.mat(n, 1, new Float64Array(n).fill(1));
          const r = returnsOrQuireError(() => linalg.solve(a, b), 'A');
          if (r.ok) expect(finite(r.value.data)).toBe(true);
          if (hasNonFinite(a)) expect(r.ok).toBe(false);
          const d = returnsOrQuireError(() => linalg.det(a), 'A');
          if (d.ok && hasNonFinite(a)) expect(Number.isNaN(d.value) || !Number.isFinite(d.value)).toBe(true);
          const c = returnsOrQuireError(() => linalg.cholesky(a), 'A');
          if (c.ok) expect(finite(c.value.data)).toBe(true);
        }),
        { ...RUNS, numRuns: 300 },
      );
    },
    LIMIT,
  );

  it(
    'cholesky/choleskySolve/choleskyFlat/choleskySolveFlat: L·Lᵀ = A, lower triangular, residual ≈ 0; non-SPD is a QuireError naming A',
    () => {
      fc.assert(
        fc.property(matOf(moderate, 30, 30), (b0) => {
          const a = spd(b0);
          const n = a.rows;
          const rhs = linalg.mat(
            n,
            2,
            Float64Array.from({ length: 2 * n }, (_, i) => Math.cos(i)),
          );
          for (const be of ['wasm', 'ts'] as const) {
            linalg.setBackend(be);
            const L = withinTime(() => linalg.cholesky(a));
            for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(L.data[i * n + j]).toBe(0);
            const llt = naiveMul(L, linalg.transpose(L));
            expect(maxAbsDiff(llt, a.data)).toBeLessThanOrEqual(1e-12 * (1 + maxAbs(a.data)));
            const x = linalg.choleskySolve(a, rhs);
            expect(maxAbsDiff(naiveMul(a, x), rhs.data)).toBeLessThanOrEqual(1e-9 * (1 + maxAbs(a.data)));
            const lf = linalg.choleskyFlat(a.data, n);
            expect(lf).not.toBeNull();
            expect(maxAbsDiff(linalg.choleskySolveFlat(lf as Float64Array, n, rhs.data, 2), x.data)).toBeLessThanOrEqual(
              1e-12 * (1 + maxAbs(x.data)),
            );
          }
          linalg.setBackend('wasm');
          if (n >= 1) {
            const neg = linalg.copy(a);
            neg.data[0] = -1;
            expect(returnsOrQuireError(() => linalg.cholesky(neg), 'A').ok).toBe(false);
            expect(returnsOrQuireError(() => linalg.choleskySolve(neg, rhs), 'A').ok).toBe(false);
          }
        }),
        { ...RUNS, numRuns: 80 },
      );
    },
    LIMIT,
  );
});

describe('core/linalg eigen, SVD, QR, expm', () => {
  it(
    'eigh/eigSym/eigvalsh/eighFlat: values ascending, V orthonormal, V·Λ·Vᵀ ≈ sym(A); WASM and TS agree',
    () => {
      fc.assert(
        fc.property(sq(moderate, 20), (a) => {
          const n = a.rows;
          const s = sym(a);
          const scale = 1 + maxAbs(a.data) * n;
          const vals: Float64Array[] = [];
          for (const be of ['wasm', 'ts'] as const) {
            linalg.setBackend(be);
            const { values, vectors: V } = withinTime(() => linalg.eigh(a));
            for (let i = 1; i < n; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
            const vtv = naiveMul(linalg.transpose(V), V);
            expect(maxAbsDiff(vtv, linalg.eye(n).data)).toBeLessThanOrEqual(1e-12 * (1 + n));
            const rec = naiveMul(linalg.mat(n, n, naiveMul(V, linalg.diag(values))), linalg.transpose(V));
            expect(maxAbsDiff(rec, s.data)).toBeLessThanOrEqual(1e-12 * scale);
            expect(maxAbsDiff(linalg.eigvalsh(a), values)).toBeLessThanOrEqual(1e-12 * scale);
            expect(maxAbsDiff(linalg.eigSym(a).values, values)).toBeLessThanOrEqual(1e-12 * scale);
            expect(maxAbsDiff(linalg.eighFlat(a.data, n, false).values, values)).toBeLessThanOrEqual(1e-12 * scale);
            vals.push(values);
          }
          linalg.setBackend('wasm');
          expect(maxAbsDiff(vals[0], vals[1])).toBeLessThanOrEqual(1e-12 * scale);
          expect(returnsOrQuireError(() => linalg.eigh(linalg.mat(n, n + 1)), 'A').ok).toBe(false);
        }),
        { ...RUNS, numRuns: 80 },
      );
    },
    LIMIT,
  );

  // TODO(issue 16): still fails (see the coreprops report: a remaining edge case in eig/svd/qr/expm); skipped so main stays green
  it(
    'eigh/eigvalsh/eig/svd/qr/expm on edge matrices return finite values or a QuireError naming A',
    () => {
      fc.assert(
        fc.property(sq(entry, 9), (a) => {
          for (const be of ['wasm', 'ts'] as const) {
            linalg.setBackend(be);
            const e = returnsOrQuireError(() => linalg.eigh(a), 'A');
            if (e.ok) expect(finite(e.value.values) && finite(e.value.vectors.data)).toBe(true);
            const v = returnsOrQuireError(() => linalg.eigvalsh(a), 'A');
            if (v.ok) expect(finite(v.value)).toBe(true);
          }
          linalg.setBackend('wasm');
          const g = returnsOrQuireError(() => linalg.eig(a), 'A');
          if (g.ok) expect(finite(g.value.re) && finite(g.value.im)).toBe(true);
          const s = returnsOrQuireError(() => linalg.svd(a), 'A');
          if (s.ok) expect(finite(s.value.s)).toBe(true);
          const q = returnsOrQuireError(() => linalg.qr(a), 'A');
          if (q.ok) expect(finite(q.value.R.data)).toBe(true);
          // TODO(issue 16): expm hangs (> 5 s) on ‖A‖₁ ≈ 1e308 (about 1022 squarings); kept out until fixed
          const x = returnsOrQuireError(() => linalg.expm(a), 'A');
          if (x.ok) expect(finite(x.value.data)).toBe(true);
          if (hasNonFinite(a)) expect(x.ok).toBe(false);
        }),
        { ...RUNS, numRuns: 300 },
      );
    },
    LIMIT,
  );

  it(
    'eig of a symmetric matrix: real, the eigh values; svd: s descending ≥ 0, U·S·Vᵀ ≈ A; qr: Q·R ≈ A, R upper',
    () => {
      fc.assert(
        fc.property(matOf(moderate, 7, 7), (a) => {
          const scale = 1 + maxAbs(a.data) * (a.rows + a.cols);
          if (a.rows === a.cols) {
            const s = sym(a);
            const g = withinTime(() => linalg.eig(s));
            expect(maxAbs(g.im)).toBeLessThanOrEqual(1e-10 * scale);
            const re = Array.from(g.re).sort((p, q) => p - q);
            expect(maxAbsDiff(re, linalg.eigh(s).values)).toBeLessThanOrEqual(1e-10 * scale);
          }
          if (a.rows > 0 && a.cols > 0) {
            const { U, s, V } = withinTime(() => linalg.svd(a));
            for (let i = 0; i < s.length; i++) expect(s[i]).toBeGreaterThanOrEqual(0);
            for (let i = 1; i < s.length; i++) expect(s[i]).toBeLessThanOrEqual(s[i - 1]);
            const k = s.length;
            const S = linalg.mat(U.cols, V.cols);
            for (let i = 0; i < Math.min(k, U.cols, V.cols); i++) S.data[i * V.cols + i] = s[i];
            const rec = naiveMul(linalg.mat(U.rows, S.cols, naiveMul(U, S)), linalg.transpose(V));
            expect(maxAbsDiff(rec, a.data)).toBeLessThanOrEqual(1e-10 * scale);
          }
          if (a.rows >= a.cols && a.cols > 0) {
            const { Q, R } = withinTime(() => linalg.qr(a));
            expect(maxAbsDiff(naiveMul(Q, R), a.data)).toBeLessThanOrEqual(1e-10 * scale);
            for (let i = 0; i < R.rows; i++)
              for (let j = 0; j < Math.min(i, R.cols); j++) expect(Math.abs(R.data[i * R.cols + j])).toBeLessThanOrEqual(1e-12 * scale);
          }
        }),
        { ...RUNS, numRuns: 100 },
      );
    },
    LIMIT,
  );

  it(
    'expm: e^0 = I, e^diag(d) = diag(e^d), e^A·e^−A ≈ I; non-square or non-finite A is a QuireError naming A',
    () => {
      fc.assert(
        fc.property(sq(fc.double({ min: -1, max: 1, noNaN: true }), 6), fc.double({ min: -3, max: 3, noNaN: true }), (a, t) => {
          const n = a.rows;
          const e0 = linalg.expm(linalg.zeros(n, n));
          expect(maxAbsDiff(e0.data, linalg.eye(n).data)).toBe(0);
          const d = Float64Array.from({ length: n }, (_, i) => t * (i - 1));
          const ed = withinTime(() => linalg.expm(linalg.diag(d)));
          expect(maxAbsDiff(ed.data, linalg.diag(d.map(Math.exp)).data)).toBeLessThanOrEqual(1e-13 * Math.exp(Math.abs(t) * n));
          const ea = linalg.expm(a);
          const minus = linalg.mat(
            n,
            n,
            a.data.map((x) => -x),
          );
          expect(maxAbsDiff(naiveMul(ea, linalg.expm(minus)), linalg.eye(n).data)).toBeLessThanOrEqual(
            1e-12 * Math.exp(2 * linalg.norm1(a)),
          );
          expect(returnsOrQuireError(() => linalg.expm(linalg.mat(n, n + 1)), 'A').ok).toBe(false);
        }),
        RUNS,
      );
    },
    LIMIT,
  );

  it('setBackend/backend: the previous choice comes back; ts is always available', () => {
    const prev = linalg.setBackend('ts');
    expect(linalg.backend()).toBe('ts');
    expect(linalg.setBackend(prev)).toBe('ts');
    expect(['wasm', 'ts']).toContain(linalg.backend());
  });
});

describe('core errors and Rng class', () => {
  it(
    'assertSameLength throws a QuireError naming the arguments exactly when lengths differ; Rng(seed) matches rng(seed)',
    () => {
      fc.assert(
        fc.property(
          fc.array(moderate, { maxLength: 5 }),
          fc.array(moderate, { maxLength: 5 }),
          fc.integer({ min: 0, max: 1e6 }),
          (x, y, seed) => {
            const r = returnsOrQuireError(() => assertSameLength('f', 'xs', x.length, 'ys', y.length), 'xs');
            expect(r.ok).toBe(x.length === y.length);
            expect(isQuireError(new QuireError('m'))).toBe(true);
            expect(isQuireError(new Error('m'))).toBe(false);
            const a = new Rng(seed);
            const b = new Rng(seed);
            expect(a.uniform()).toBe(b.uniform());
          },
        ),
        RUNS,
      );
    },
    LIMIT,
  );
});

function detNaive(a: linalg.Mat): number {
  const n = a.rows;
  const d = a.data;
  if (n === 0) return 1;
  if (n === 1) return d[0];
  if (n === 2) return d[0] * d[3] - d[1] * d[2];
  return d[0] * (d[4] * d[8] - d[5] * d[7]) - d[1] * (d[3] * d[8] - d[5] * d[6]) + d[2] * (d[3] * d[7] - d[4] * d[6]);
}

describe('named regressions found by the props1 hunt (core/linalg)', () => {
  it('expm looped forever when ‖A‖₁ overflowed to ∞ (entries near 1.8e308: s = ∞ squarings); now a QuireError at the first overflowing square', () => {
    const a = linalg.mat(2, 2, [Number.MAX_VALUE, Number.MAX_VALUE, 0, 1]);
    expect(() => withinTime(() => linalg.expm(a), 2_000)).toThrow(/^expm: e\^A overflows in scaling and squaring/);
    // a huge nilpotent-free diagonal that stays representable after the two-factor scaling
    const d = linalg.expm(linalg.mat(1, 1, [-700]));
    expect(d.data[0] / Math.exp(-700)).toBeCloseTo(1, 12);
  });

  it('eig never returned on a 9×9 matrix of entries near 1 beside entries of 1e-300 (hqr2 stalled on subnormal products); they are flushed below 2^−200·max', () => {
    const n = 9;
    const data = Array.from({ length: n * n }, (_, k) =>
      k % 10 === 0 ? 1 + k / 100 : k % 3 === 0 ? 1e-300 : k % 3 === 1 ? -5e-324 : 3e-250,
    );
    const a = linalg.mat(n, n, data);
    const e = withinTime(() => linalg.eig(a), 2_000);
    expect(finite(e.re) && finite(e.im)).toBe(true);
    // the diagonal dominates: the eigenvalues are the diagonal entries to full precision
    const diag = Array.from({ length: n }, (_, i) => data[i * n + i]).sort((x, y) => x - y);
    expect(
      Array.from(e.re)
        .sort((x, y) => x - y)
        .every((v, i) => Math.abs(v - diag[i]) < 1e-14),
    ).toBe(true);
  });
});

describe('core/linalg helpers (props1 hunt): finite values, booleans, or a QuireError naming the function', () => {
  const ok = (v: unknown): boolean => deepFinite(v) || v === null;
  it('shape helpers and products: toMat, requireShape, requireSquare, hcat, blkdiag, rowBlock, colBlock, addScaled, mult, tmul, symmetrize, frob, scale2, isFiniteMat', () => {
    fc.assert(
      fc.property(
        matOf(entry, 4, 4),
        matOf(entry, 4, 4),
        fc.integer({ min: -1, max: 5 }),
        fc.integer({ min: -1, max: 5 }),
        nasty,
        (a, b, i, j, s) => {
          const fin = finite(a.data) && finite(b.data);
          const okFin = (v: unknown) => !fin || ok(v);
          contract(
            'toMat',
            () =>
              linalg.toMat(
                'toMat',
                'x',
                Array.from({ length: a.rows }, (_, r) => Array.from(a.data.slice(r * a.cols, (r + 1) * a.cols))),
              ),
            () => true,
          );
          // a Mat passes the door too (copied), with the same verdict as its rows
          const viaMat = returnsOrQuireError(() => linalg.toMat('toMat', 'x', a), 'x');
          expect(viaMat.ok).toBe(a.rows > 0 && a.cols > 0 && finite(a.data));
          if (viaMat.ok) {
            expect(viaMat.value.data).not.toBe(a.data);
            expect(Array.from(viaMat.value.data)).toEqual(Array.from(a.data));
          }
          contract(
            'requireShape',
            () => linalg.requireShape('requireShape', 'A', a, b.rows, b.cols, 'a test'),
            () => true,
          );
          contract(
            'requireSquare',
            () => linalg.requireSquare('requireSquare', 'A', a),
            () => true,
          );
          contract('hcat', () => linalg.hcat(a, b), okFin);
          contract('blkdiag', () => linalg.blkdiag(a, b), okFin);
          contract(
            'rowBlock',
            () => linalg.rowBlock(a, i, j),
            () => true,
          );
          contract(
            'colBlock',
            () => linalg.colBlock(a, i, j),
            () => true,
          );
          contract(
            'addScaled',
            () => linalg.addScaled(a, b, s),
            () => true,
          );
          contract(
            'mult',
            () => linalg.mult(a, b),
            () => true,
          );
          contract(
            'tmul',
            () => linalg.tmul(a, b),
            () => true,
          );
          contract(
            'symmetrize',
            () => linalg.symmetrize(a),
            () => true,
          );
          // NaN in, NaN out for these unchecked kernels (documented in linalg.ts); finite matrices give ‖A‖_F ≥ 0
          if (finite(a.data))
            contract(
              'frob',
              () => linalg.frob(a),
              (v) => (v as number) >= 0 && (Number.isFinite(v) || a.data.some((x) => Math.abs(x) > 1e154)),
            );
          contract(
            'scale2',
            () => linalg.scale2(s, i * 300),
            (v) => typeof v === 'number',
          );
          expect(linalg.isFiniteMat(a)).toBe(finite(a.data));
        },
      ),
      params(300),
    );
  });

  it(
    'solvers and spectra: luFactor, luSolve, solveOrNull, solveRightOrNull, eigenvalues, spectralRadius, spectralAbscissa, isPositiveDefinite',
    () => {
      fc.assert(
        fc.property(sq(entry, 5), matOf(moderate, 5, 2), (a, b) => {
          const f = returnsOrQuireError(() => linalg.luFactor(a));
          if (f.ok && f.value) returnsOrQuireError(() => linalg.luSolve(f.value as linalg.LU, b));
          const x = returnsOrQuireError(() => linalg.solveOrNull(a, b));
          if (x.ok && x.value) expect(finite(x.value.data)).toBe(true);
          const y = returnsOrQuireError(() => linalg.solveRightOrNull(linalg.transpose(b), a));
          if (y.ok && y.value) expect(finite(y.value.data)).toBe(true);
          const e = returnsOrQuireError(() => linalg.eigenvalues(a), 'eigenvalues');
          // documented: NaN eigenvalues for a matrix with non-finite entries (callers read NaN as 'not stable')
          if (e.ok) expect(finite(e.value.re) && finite(e.value.im)).toBe(finite(a.data) || a.rows === 0);
          const r = returnsOrQuireError(() => linalg.spectralRadius(a));
          if (r.ok) expect(r.value >= 0).toBe(finite(a.data) || a.rows === 0);
          returnsOrQuireError(() => linalg.spectralAbscissa(a));
          const pd = returnsOrQuireError(() => linalg.isPositiveDefinite(a));
          if (pd.ok) expect(typeof pd.value).toBe('boolean');
        }),
        params(200),
      );
    },
    LIMIT,
  );

  it(
    'flat kernels: choleskySolveVec, choleskyInverse, choleskySolver, spdInverseFlat, gramAB, jacobiEig, orthonormalityError',
    () => {
      fc.assert(
        fc.property(sq(moderate, 4), (b0) => {
          if (b0.rows === 0) return;
          const n = b0.rows;
          const A = spd(b0);
          const L = returnsOrQuireError(() => linalg.cholesky(A));
          if (!L.ok) return;
          const l = L.value.data;
          const rhs = Float64Array.from({ length: n }, (_, i) => i + 1);
          const x = linalg.choleskySolveVec(l, n, rhs);
          const solve = linalg.choleskySolver(l, n);
          expect(maxAbsDiff(solve(rhs), x)).toBeLessThanOrEqual(1e-9 * (maxAbs(x) + 1));
          const inv = linalg.choleskyInverse(l, n);
          const inv2 = returnsOrQuireError(() => linalg.spdInverseFlat(A.data, n));
          if (inv2.ok) expect(maxAbsDiff(inv, inv2.value)).toBeLessThanOrEqual(1e-6 * (maxAbs(inv) + 1));
          const g = linalg.gramAB(A.data, A.data, n, n, n);
          expect(finite(g)).toBe(true);
          const je = returnsOrQuireError(() => linalg.jacobiEig(sym(b0).data, n));
          if (je.ok) {
            expect(finite(je.value.values)).toBe(true);
            expect(linalg.orthonormalityError(je.value.vectors, n, n)).toBeLessThan(1e-8);
          }
        }),
        params(200),
      );
    },
    LIMIT,
  );
});

describe('core/linalg value-only decompositions and least squares (props1 hunt)', () => {
  it(
    'eigvals, svdvals, lstsq: finite or a QuireError naming the function; svdvals = svd(A).s; lstsq solves a square full-rank system',
    () => {
      fc.assert(
        fc.property(matOf(entry, 6, 6), matOf(moderate, 6, 2), (a, b) => {
          if (a.rows === a.cols) contract('eigvals', () => linalg.eigvals(a));
          let s: Float64Array | null = null;
          if (contract('svdvals', () => (s = linalg.svdvals(a))) === 'ok' && s) {
            const full = linalg.svd(a).s;
            const sv = s as Float64Array;
            const top = Math.max(...Array.from(full), 0);
            sv.forEach((x, i) => expect(Math.abs(x - full[i])).toBeLessThanOrEqual(1e-10 * top + 1e-300));
          }
          const bb = linalg.mat(
            a.rows,
            b.cols,
            Array.from({ length: a.rows * b.cols }, (_, k) => b.data[k % Math.max(1, b.data.length)] ?? 1),
          );
          contract(
            'lstsq',
            () => linalg.lstsq(a, bb),
            (v) => deepFinite((v as { X: linalg.Mat }).X.data),
          );
        }),
        params(200),
      );
      const A = linalg.mat(2, 2, [2, 1, 1, 3]);
      const x = linalg.lstsq(A, linalg.mat(2, 1, [3, 5])).X;
      expect(maxAbsDiff(x.data, [0.8, 1.4])).toBeLessThan(1e-14);
    },
    LIMIT,
  );
});
