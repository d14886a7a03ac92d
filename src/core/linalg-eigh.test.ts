// Symmetric eigen kernels above the panel width of the blocked tridiagonalisation: scipy
// fixtures (values), orthonormal vectors and A V = V Λ, and the WASM kernels against their TS
// twins (issue 21).
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as la from './linalg.js';
import { formQtTs, tridiagTs } from './linalg-ts.js';
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
});
