import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eigSym, mat, mul, solve } from '../core/linalg.js';
import { QuireError } from '../core/errors.js';
import {
  TanhRegression,
  denseHessian,
  exactNewtonDirection,
  gaussNewtonDirection,
  hessianBlocks,
  makeData,
  symmetricEigenvalues3,
  train,
} from './index.js';

function model(opts: { width?: number; points?: number; seed?: number; freezeFirstLayer?: boolean } = {}): TanhRegression {
  const { x, y } = makeData('fig1', opts.points ?? 10);
  const m = new TanhRegression(x, y, { width: opts.width ?? 6, seed: opts.seed ?? 2, freezeFirstLayer: opts.freezeFirstLayer ?? false });
  m.evaluate();
  return m;
}
function gradAt(m: TanhRegression, q: Float64Array): Float64Array {
  const p = m.params();
  const saved = Float64Array.from(p);
  p.set(q);
  m.evaluate();
  const g = m.gradient();
  p.set(saved);
  m.evaluate();
  return g;
}
function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

describe('exact Hessian', () => {
  it('the dense Hessian equals central differences of the gradient, and H·v equals the HVP', () => {
    const m = model();
    const P = m.nParams;
    const H = denseHessian(m);
    const p0 = Float64Array.from(m.params());
    const h = 1e-5;
    for (let j = 0; j < P; j++) {
      const a = Float64Array.from(p0);
      const b = Float64Array.from(p0);
      a[j] += h;
      b[j] -= h;
      const ga = gradAt(m, a);
      const gb = gradAt(m, b);
      for (let i = 0; i < P; i++) expect(Math.abs(H[i * P + j] - (ga[i] - gb[i]) / (2 * h))).toBeLessThan(1e-7);
    }
    const v = Float64Array.from({ length: P }, (_, i) => Math.sin(i + 1));
    const Hv = m.hvp(v);
    const dense = mul(mat(P, P, H), mat(P, 1, v)).data;
    expect(maxAbsDiff(dense, Hv)).toBeLessThan(1e-14);
  });

  it('S is block diagonal with indefinite 3×3 blocks: at least N negative eigenvalues', () => {
    const m = model({ width: 8, points: 12 });
    const N = m.width;
    const S = hessianBlocks(m);
    let neg = 0;
    for (let i = 0; i < N; i++) {
      const o = 6 * i;
      expect(S[o + 5]).toBe(0); // S_cc = 0
      const ev = symmetricEigenvalues3(S[o], S[o + 1], S[o + 2], S[o + 3], S[o + 4], S[o + 5]);
      expect(ev[0]).toBeLessThan(0);
      neg += ev.filter((v) => v < 0).length;
    }
    expect(neg).toBeGreaterThanOrEqual(N);
    expect(hessianBlocks(model({ freezeFirstLayer: true })).length).toBe(0);
  });

  it('symmetricEigenvalues3 matches a dense symmetric eigensolver (fast-check, seed 7)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: -10_000, max: 10_000 }).map((v) => v / 1000),
          { minLength: 6, maxLength: 6 },
        ),
        ([a, b, c, d, e, f]) => {
          const got = symmetricEigenvalues3(a, b, c, d, e, f);
          const ref = Array.from(eigSym(mat(3, 3, [a, b, c, b, d, e, c, e, f])).values).sort((u, v) => u - v);
          expect(maxAbsDiff(got, ref)).toBeLessThan(1e-9 * (1 + Math.max(...ref.map(Math.abs))));
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('exact Newton step', () => {
  it('solves (H + λI)p = ∇L as a dense solve does, and counts the negative eigenvalues of H + λI exactly', () => {
    for (const frozen of [false, true]) {
      const m = model({ width: 6, points: 10, freezeFirstLayer: frozen });
      const P = m.nParams;
      const H = denseHessian(m);
      const g = m.gradient();
      for (const lam of [1, 1e-1, 1e-3, 1e-6]) {
        const A = Float64Array.from(H);
        for (let i = 0; i < P; i++) A[i * P + i] += lam;
        const ref = solve(mat(P, P, A), mat(P, 1, g)).data;
        const r = exactNewtonDirection(m, lam);
        let scale = 0;
        for (const v of ref) scale = Math.max(scale, Math.abs(v));
        expect(maxAbsDiff(r.p, ref)).toBeLessThan(1e-8 * (1 + scale));
        expect(r.relativeResidual).toBeLessThan(1e-8);
        const ev = eigSym(mat(P, P, A)).values;
        expect(r.negativeEigenvalues).toBe(Array.from(ev).filter((v) => v < 0).length);
        if (!frozen) expect(r.method).toBe('woodbury');
      }
    }
  });

  it('is indefinite at small λ (so truncated CG would stop) and positive definite once λ > |λ_min(S)|', () => {
    const m = model({ width: 12, points: 10 });
    const small = exactNewtonDirection(m, 1e-6);
    expect(small.negativeEigenvalues).toBeGreaterThanOrEqual(m.width - m.points);
    const big = exactNewtonDirection(m, 1.01 * Math.abs(small.minBlockEigenvalue));
    expect(big.negativeEigenvalues).toBe(0);
  });

  it('with the first layer frozen it equals the Gauss–Newton step', () => {
    const m = model({ width: 30, points: 16, freezeFirstLayer: true });
    const a = exactNewtonDirection(m, 1e-3).p;
    const b = gaussNewtonDirection(m, 1e-3);
    expect(maxAbsDiff(a, b)).toBeLessThan(1e-9);
  });

  it('train(newton, exact) never raises the loss under λ adaptation; cg remains available', () => {
    for (const solver of ['exact', 'cg'] as const) {
      const m = model({ width: 20, points: 16, seed: 5 });
      const res = train(m, { optimizer: 'newton', solver, iters: 20, lambda: 1e-3, records: 21 });
      for (let i = 1; i < res.loss.length; i++) expect(res.loss[i]).toBeLessThanOrEqual(res.loss[i - 1]);
      expect(res.finalLoss).toBeLessThan(res.loss[0]);
    }
  });

  it('rejects a bad λ by name', () => {
    const m = model();
    expect(() => exactNewtonDirection(m, Number.NaN)).toThrow(QuireError);
    expect(() => exactNewtonDirection(m, -1)).toThrow(/lambda/);
    expect(() => exactNewtonDirection(m, Infinity)).toThrow(/lambda/);
    expect(() => exactNewtonDirection(model({ freezeFirstLayer: true, width: 30 }), 0)).toThrow(/singular/);
  });
});
