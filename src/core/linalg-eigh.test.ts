// Symmetric eigen kernels above the panel width of the blocked tridiagonalisation: scipy
// fixtures (values), orthonormal vectors and A V = V Λ, and the WASM kernels against their TS
// twins (issue 21).
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as la from './linalg.js';
import { formQtTs, ormtrTs, stedcTs, sterfTs, tqlTs, tridiagTs } from './linalg-ts.js';
import { kernels } from './wasm/index.js';
import { Rng } from './rng.js';

const fx = JSON.parse(readFileSync(new URL('./fixtures/eigh-large.json', import.meta.url), 'utf8'));
const B = (b: 'wasm' | 'ts') => la.setBackend(b);

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}
function sym(r: Rng, n: number): la.Mat {
  const g = r.fillNormal(new Float64Array(n * n));
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s[i * n + j] = g[i * n + j] + g[j * n + i];
  return la.mat(n, n, s);
}
function fixtureMatrices(): { name: string; A: la.Mat; values: number[] }[] {
  const n = 150;
  const sin = la.mat(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sin.data[i * n + j] = Math.sin(i * j + 1);
  const g = 12;
  const grid = la.mat(g * g, g * g);
  for (let a = 0; a < g; a++)
    for (let b = 0; b < g; b++) {
      const k = a * g + b;
      grid.data[k * g * g + k] = 4;
      if (a + 1 < g) grid.data[k * g * g + k + g] = grid.data[(k + g) * g * g + k] = -1;
      if (b + 1 < g) grid.data[k * g * g + k + 1] = grid.data[(k + 1) * g * g + k] = -1;
    }
  const m = 260;
  const kms = la.mat(m, m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) kms.data[i * m + j] = 0.5 ** Math.abs(i - j);
  return [
    { name: 'sin150', A: sin, values: fx.sin150_values },
    { name: 'grid12', A: grid, values: fx.grid12_values },
    { name: 'kms260', A: kms, values: fx.kms260_values },
  ];
}
/** ‖VᵀV − I‖max and ‖AV − VΛ‖max / (1 + ‖Λ‖max) */
function residuals(A: la.Mat, values: Float64Array, V: la.Mat): [number, number] {
  const n = A.rows;
  const VtV = la.matmul(la.transpose(V), V);
  let orth = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) orth = Math.max(orth, Math.abs(VtV.data[i * n + j] - (i === j ? 1 : 0)));
  const AV = la.matmul(A, V);
  let res = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) res = Math.max(res, Math.abs(AV.data[i * n + j] - V.data[i * n + j] * values[j]));
  const scale = 1 + Math.max(Math.abs(values[0]), Math.abs(values[n - 1]));
  return [orth, res / scale];
}

describe('linalg.eigh at blocked sizes', () => {
  afterEach(() => void B('wasm'));

  it('matches scipy.linalg.eigh (sin150, 12×12 grid Laplacian, KMS 260) on both backends', () => {
    for (const b of ['wasm', 'ts'] as const) {
      B(b);
      for (const { name, A, values } of fixtureMatrices()) {
        const scale = Math.max(Math.abs(values[0]), Math.abs(values[values.length - 1]));
        const e = la.eigh(A);
        expect(maxAbsDiff(e.values, values), `${b} ${name}`).toBeLessThan(1e-13 * scale * 4);
        expect(maxAbsDiff(la.eigvalsh(A), values), `${b} ${name} values only`).toBeLessThan(1e-13 * scale * 4);
        const [orth, res] = residuals(A, e.values, e.vectors);
        expect(orth, `${b} ${name} orthonormal`).toBeLessThan(1e-13);
        expect(res, `${b} ${name} A V = V Λ`).toBeLessThan(1e-13);
      }
    }
  });

  it('WASM tridiag equals its TS twin (d, e, τ and reflectors) across panel boundaries', () => {
    const w = kernels();
    expect(w).not.toBeNull();
    const r = new Rng(77);
    for (const n of [2, 3, 31, 32, 33, 64, 65, 97, 130]) {
      const S = sym(r, n);
      const a = S.data.slice();
      const d = new Float64Array(n);
      const e = new Float64Array(n);
      const tau = new Float64Array(n);
      tridiagTs(n, a, d, e, tau);
      const ps = w!.f64(S.data);
      const pd = w!.f64(n);
      const pe = w!.f64(n);
      const pt = w!.f64(n);
      w!.ex.tridiag(n, ps, pd, pe, pt, w!.f64(w!.ex.tridiagWork(n)));
      const scale = 1 + Math.abs(d[0]) + Math.abs(e[0]);
      expect(maxAbsDiff(w!.viewF64(pd, n), d)).toBeLessThan(1e-11 * scale);
      expect(maxAbsDiff(w!.viewF64(pe, n - 1), e.subarray(0, n - 1))).toBeLessThan(1e-11 * scale);
      expect(maxAbsDiff(w!.viewF64(pt, n - 1), tau.subarray(0, n - 1))).toBeLessThan(1e-11);
      const wa = w!.viewF64(ps, n * n);
      let dv = 0;
      for (let k = 0; k < n - 1; k++) for (let j = k + 1; j < n; j++) dv = Math.max(dv, Math.abs(wa[k * n + j] - a[k * n + j]));
      expect(dv).toBeLessThan(1e-9);
      // the panel width changes nothing but rounding: unblocked (nb = 1) and other widths agree
      for (const nb of [1, 5, 64]) {
        const a2 = S.data.slice();
        const d2 = new Float64Array(n);
        const e2 = new Float64Array(n);
        tridiagTs(n, a2, d2, e2, new Float64Array(n), nb);
        expect(maxAbsDiff(d2, d)).toBeLessThan(1e-11 * scale);
        expect(maxAbsDiff(e2.subarray(0, n - 1), e.subarray(0, n - 1))).toBeLessThan(1e-11 * scale);
      }
      // Q T Qᵀ = S
      if (n <= 65) {
        const W = new Float64Array(n * n);
        formQtTs(n, a, tau, W);
        const T = la.mat(n, n);
        for (let i = 0; i < n; i++) {
          T.data[i * n + i] = d[i];
          if (i + 1 < n) T.data[i * n + i + 1] = T.data[(i + 1) * n + i] = e[i];
        }
        const Q = la.transpose(la.mat(n, n, W));
        const QTQt = la.matmul(la.matmul(Q, T), la.mat(n, n, W));
        expect(maxAbsDiff(QTQt.data, S.data)).toBeLessThan(1e-12 * scale * n);
      }
    }
  });

  it('divide and conquer (WASM and TS twin) vs QL on tridiagonals: values, orthonormal rows, T z = λ z', () => {
    const w = kernels()!;
    const r = new Rng(11);
    const kinds = ['random', 'wilkinson', 'clustered', 'laplacian', 'split', 'glued'] as const;
    for (const n of [33, 64, 100, 257]) {
      for (const kind of kinds) {
        const d = new Float64Array(n);
        const e = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          if (kind === 'random') [d[i], e[i]] = [r.normal(), r.normal()];
          else if (kind === 'wilkinson') [d[i], e[i]] = [Math.abs(i - (n - 1) / 2), 1];
          else if (kind === 'clustered') [d[i], e[i]] = [i % 3 === 0 ? 1 : 1 + 1e-12 * i, i % 7 === 0 ? 1e-14 : 1e-3];
          else if (kind === 'laplacian') [d[i], e[i]] = [2, -1];
          else if (kind === 'split')
            [d[i], e[i]] = [i % 5, i % 16 === 15 ? 0 : 0.5]; // exact zero couplings
          else [d[i], e[i]] = [Math.floor(i / 20), i % 20 === 19 ? 1e-10 : 1]; // glued Wilkinson-like blocks
        }
        e[n - 1] = 0;
        const ref = d.slice();
        expect(tqlTs(n, ref, e.slice(), null)).toBe(0);
        const scale = Math.max(Math.abs(ref[0]), Math.abs(ref[n - 1]), 1);
        const pd = w.f64(d);
        const pe = w.f64(e);
        const pZ = w.f64(n * n);
        expect(w.ex.stedc(n, pd, pe, pZ, w.f64(w.ex.stedcWork(n)), w.i32(w.ex.stedcIWork(n)))).toBe(0);
        const wv = w.viewF64(pd, n).slice();
        const wZ = w.viewF64(pZ, n * n).slice();
        const tv = d.slice();
        const tZ = new Float64Array(n * n);
        expect(stedcTs(n, tv, e.slice(), tZ)).toBe(0);
        for (const [name, vals, Zt] of [
          ['wasm', wv, wZ],
          ['ts', tv, tZ],
        ] as const) {
          const tag = `${name} ${kind} n=${n}`;
          expect(maxAbsDiff(vals, ref), tag).toBeLessThan(1e-13 * scale * 8);
          for (let i = 1; i < n; i++) expect(vals[i], tag).toBeGreaterThanOrEqual(vals[i - 1]);
          const G = la.matmul(la.mat(n, n, Zt), la.transpose(la.mat(n, n, Zt)));
          expect(maxAbsDiff(G.data, la.eye(n).data), `${tag} orthonormal`).toBeLessThan(1e-13);
          let res = 0;
          for (let q = 0; q < n; q++)
            for (let i = 0; i < n; i++) {
              let s = (d[i] - vals[q]) * Zt[q * n + i];
              if (i > 0) s += e[i - 1] * Zt[q * n + i - 1];
              if (i < n - 1) s += e[i] * Zt[q * n + i + 1];
              res = Math.max(res, Math.abs(s));
            }
          expect(res, `${tag} residual`).toBeLessThan(1e-13 * scale * 4);
        }
      }
    }
  });

  it('eigh by divide and conquer equals eigh by QL (both backends); ormtr and formQt equal their TS twins bit for bit', () => {
    const r = new Rng(12);
    for (const n of [8, 40, 97, 180]) {
      const S = sym(r, n);
      for (const b of ['wasm', 'ts'] as const) {
        B(b);
        const dc = la.eighFlat(S.data, n, true);
        const ql = la.eighFlat(S.data, n, true, { solver: 'ql' });
        const scale = 1 + Math.abs(ql.values[0]) + Math.abs(ql.values[n - 1]);
        expect(maxAbsDiff(dc.values, ql.values), `${b} n=${n}`).toBeLessThan(1e-12 * scale);
        // simple random spectra: the same vectors up to sign
        for (let j = 0; j < n; j++) {
          let dot = 0;
          for (let i = 0; i < n; i++) dot += dc.vectors![i * n + j] * ql.vectors![i * n + j];
          expect(Math.abs(Math.abs(dot) - 1), `${b} n=${n} vector ${j}`).toBeLessThan(1e-8);
        }
        const [orth, res] = residuals(S, dc.values, la.mat(n, n, dc.vectors!));
        expect(orth).toBeLessThan(1e-13);
        expect(res).toBeLessThan(1e-13);
      }
      B('wasm');
      const w = kernels()!;
      const a = S.data.slice();
      const tau = new Float64Array(n);
      tridiagTs(n, a, new Float64Array(n), new Float64Array(n), tau);
      const Z = r.fillNormal(new Float64Array(n * n));
      const pa = w.f64(a);
      const pt = w.f64(tau);
      const pZ = w.f64(Z);
      w.ex.ormtr(n, pa, pt, pZ, w.f64(w.ex.ormtrWork(n)));
      const Zt = Z.slice();
      ormtrTs(n, a, tau, Zt);
      // the twins build the same reflector panels (reflectorPanel) and sum alike: the same bits
      expect(maxAbsDiff(w.viewF64(pZ, n * n), Zt)).toBe(0);
      const Wt = new Float64Array(n * n);
      formQtTs(n, a, tau, Wt);
      const pW = w.f64(n * n);
      w.ex.formQt(n, w.f64(a), w.f64(tau), pW, w.f64(64 * n + 2048));
      expect(maxAbsDiff(w.viewF64(pW, n * n), Wt)).toBe(0);
    }
  });

  it('deflation-heavy matrices: identity plus rank one, block diagonal, a repeated spectrum', () => {
    for (const b of ['wasm', 'ts'] as const) {
      B(b);
      const n = 120;
      const u = Float64Array.from({ length: n }, (_, i) => Math.cos(i));
      const A = la.mat(n, n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) A.data[i * n + j] = (i === j ? 3 : 0) + 1e-3 * u[i] * u[j];
      const blocks = la.mat(n, n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) if (Math.floor(i / 30) === Math.floor(j / 30)) blocks.data[i * n + j] = 1 / (1 + Math.abs(i - j));
      const rep = la.mat(n, n);
      const Q = la.eigh(sym(new Rng(4), n)).vectors;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += Q.data[i * n + k] * Q.data[j * n + k] * (k % 4);
          rep.data[i * n + j] = s;
        }
      for (const [name, M] of [
        ['I + uuᵀ', A],
        ['blocks', blocks],
        ['repeated', rep],
      ] as const) {
        const e = la.eigh(M);
        const ql = la.eighFlat(M.data, n, false, { solver: 'ql' }).values;
        expect(maxAbsDiff(e.values, ql), `${b} ${name}`).toBeLessThan(1e-13 * 8);
        const [orth, res] = residuals(M, e.values, e.vectors);
        expect(orth, `${b} ${name}`).toBeLessThan(1e-13);
        expect(res, `${b} ${name}`).toBeLessThan(1e-13);
      }
    }
  });

  it('eigenvalues only: root-free PWK QL (sterf, WASM and TS twin) equals QL on hard tridiagonals', () => {
    const w = kernels()!;
    const r = new Rng(13);
    for (const n of [1, 2, 3, 10, 64, 300]) {
      for (const kind of ['random', 'wilkinson', 'graded', 'laplacian', 'split', 'tiny']) {
        const d = new Float64Array(n);
        const e = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          if (kind === 'random') [d[i], e[i]] = [r.normal(), r.normal()];
          else if (kind === 'wilkinson') [d[i], e[i]] = [Math.abs(i - (n - 1) / 2), 1];
          else if (kind === 'graded') [d[i], e[i]] = [10 ** (-i % 12), 10 ** (-(i % 12) - 0.5)];
          else if (kind === 'laplacian') [d[i], e[i]] = [2, -1];
          else if (kind === 'split') [d[i], e[i]] = [i % 5, i % 16 === 15 ? 0 : 0.5];
          else [d[i], e[i]] = [1e-300 * (i % 3), 1e-301];
        }
        e[n - 1] = 0;
        // the reference: QL on 2^s·T (QL itself loses accuracy near the underflow threshold), scaled back
        const s2 = kind === 'tiny' ? 2 ** 996 : 1;
        const ref = d.map((x) => x * s2);
        expect(
          tqlTs(
            n,
            ref,
            e.map((x) => x * s2),
            null,
          ),
        ).toBe(0);
        for (let i = 0; i < n; i++) ref[i] /= s2;
        const scale = Math.max(Math.abs(ref[0]), Math.abs(ref[n - 1]));
        const tv = d.slice();
        expect(sterfTs(n, tv, e.slice())).toBe(0);
        const pd = w.f64(d);
        expect(w.ex.sterf(n, pd, w.f64(e))).toBe(0);
        const wv = w.viewF64(pd, n);
        const tag = `${kind} n=${n}`;
        expect(maxAbsDiff(tv, ref), tag).toBeLessThanOrEqual(1e-13 * scale * 8);
        expect(maxAbsDiff(wv, ref), tag).toBeLessThanOrEqual(1e-13 * scale * 8);
        for (let i = 1; i < n; i++) expect(wv[i], tag).toBeGreaterThanOrEqual(wv[i - 1]);
      }
    }
    // eigvalsh goes through sterf; solver 'ql' through QL
    for (const b of ['wasm', 'ts'] as const) {
      B(b);
      const S = sym(r, 90);
      const v = la.eigvalsh(S);
      const q = la.eighFlat(S.data, 90, false, { solver: 'ql' }).values;
      expect(maxAbsDiff(v, q)).toBeLessThan(1e-12 * (1 + Math.abs(q[0]) + Math.abs(q[89])));
    }
  });
});
