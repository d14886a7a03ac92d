/**
 * Property hunt over every export of quire/newton (issue 16): NaN, ±∞, ±1e300, subnormals, n = 1
 * (one point, one neuron), constant inputs, zero and singular Gram matrices, λ at its edges. Each call
 * must return finite values or throw a QuireError naming the function (contract.ts); a per-call
 * watchdog turns a hang into a failure. fast-check runs with a fixed seed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as newton from '../../src/newton/index.js';
import { contract, deepFinite, nasty, params } from './guard.js';

const small = fc.double({ min: -3, max: 3, noNaN: true });
const num = fc.oneof(small, nasty);
const lambda = fc.oneof(
  fc.constantFrom(1e-3, 0, -1, 5e-324, 1e-300, 1e300, Number.NaN, Infinity),
  fc.double({ min: 1e-6, max: 10, noNaN: true }),
);

/** A small model over data drawn from `num` (M points, N neurons, possibly frozen). */
const modelArb = fc
  .record({
    M: fc.integer({ min: 1, max: 6 }),
    N: fc.integer({ min: 1, max: 5 }),
    frozen: fc.boolean(),
    constant: fc.boolean(),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .chain(({ M, N, frozen, constant, seed }) =>
    fc.tuple(fc.array(num, { minLength: M, maxLength: M }), fc.array(num, { minLength: M, maxLength: M })).map(([x, y]) => ({
      x: constant ? x.map(() => x[0]) : x,
      y,
      N,
      frozen,
      seed,
    })),
  );

function build(d: { x: number[]; y: number[]; N: number; frozen: boolean; seed: number }): newton.TanhRegression {
  const m = new newton.TanhRegression(d.x, d.y, { width: d.N, freezeFirstLayer: d.frozen, seed: d.seed });
  m.evaluate();
  return m;
}

describe('newton: every export returns finite values or a QuireError naming itself', () => {
  it('model: TanhRegression and its methods (evaluate, lossAt, predict, vjp, jvp, gradient, hvp, jacobian, ntk), initParams', () => {
    fc.assert(
      fc.property(modelArb, fc.array(num, { minLength: 1, maxLength: 40 }), (d, v) => {
        if (contract('TanhRegression', () => build(d).loss) === 'error') return;
        const m = build(d);
        const P = m.nParams;
        const vP = Float64Array.from({ length: P }, (_, i) => v[i % v.length]);
        const vM = Float64Array.from({ length: m.points }, (_, i) => v[i % v.length]);
        // documented: Infinity when the loss overflows (a diverged trial), never NaN
        contract(
          'TanhRegression.lossAt',
          () => m.lossAt(vP),
          (l) => !Number.isNaN(l as number),
        );
        contract('TanhRegression.predict', () => m.predict(v));
        contract('TanhRegression.vjp', () => m.vjp(vM));
        contract('TanhRegression.jvp', () => m.jvp(vP));
        contract('TanhRegression.hvp', () => m.hvp(vP));
        contract('TanhRegression.gradient', () => m.gradient());
        contract('TanhRegression.jacobian', () => m.jacobian());
        contract('TanhRegression.ntk', () => m.ntk());
      }),
      params(150),
    );
    fc.assert(
      fc.property(nasty, nasty, (w, s) => {
        contract('initParams', () => newton.initParams(Math.abs(w) > 100 ? w : Math.round(w), s));
      }),
      params(100),
    );
  }, 60_000);

  it('Hessian and steps: hessianBlocks, denseHessian, exactNewtonDirection, newtonDirection, gaussNewtonDirection, conjugateGradient, symmetricEigenvalues3', () => {
    fc.assert(
      fc.property(modelArb, lambda, (d, lam) => {
        let m: newton.TanhRegression;
        try {
          m = build(d);
        } catch {
          return;
        }
        contract('hessianBlocks', () => newton.hessianBlocks(m));
        contract('denseHessian', () => newton.denseHessian(m));
        contract('exactNewtonDirection', () => newton.exactNewtonDirection(m, lam));
        contract('newtonDirection', () => newton.newtonDirection(m, lam, { cgIters: 20 }));
        contract('gaussNewtonDirection', () => newton.gaussNewtonDirection(m, lam));
      }),
      params(150),
    );
    fc.assert(
      fc.property(fc.array(num, { minLength: 1, maxLength: 4 }), fc.array(num, { minLength: 1, maxLength: 4 }), nasty, (diag, b, tol) => {
        const n = b.length;
        const B = Float64Array.from(b);
        contract('conjugateGradient', () =>
          newton.conjugateGradient(
            (v, out) => {
              for (let i = 0; i < n; i++) out[i] = diag[i % diag.length] * v[i];
            },
            B,
            { tol: Math.abs(tol), maxIter: 10 },
          ),
        );
      }),
      params(150),
    );
    fc.assert(
      fc.property(fc.array(num, { minLength: 6, maxLength: 6 }), (a) => {
        contract('symmetricEigenvalues3', () => newton.symmetricEigenvalues3(a[0], a[1], a[2], a[3], a[4], a[5]));
      }),
      params(200),
    );
  }, 60_000);

  it('kernels: gramSpectrum, nntkSpectrum, nntkGram, projectOnModes, linearizedOneStepLoss, lambdaForWidth (singular and zero Grams)', () => {
    const gram = fc.integer({ min: 1, max: 4 }).chain((M) =>
      fc
        .tuple(fc.constant(M), fc.array(num, { minLength: M * M, maxLength: M * M }), fc.constantFrom('psd', 'zero', 'raw', 'rank1'))
        .map(([M, a, kind]) => {
          const K = new Float64Array(M * M);
          for (let i = 0; i < M; i++)
            for (let j = 0; j < M; j++) {
              let s = 0;
              if (kind === 'psd') for (let k = 0; k < M; k++) s += a[i * M + k] * a[j * M + k];
              else if (kind === 'rank1') s = a[i] * a[j];
              else if (kind === 'raw') s = 0.5 * (a[i * M + j] + a[j * M + i]);
              K[i * M + j] = s;
            }
          return { M, K };
        }),
    );
    fc.assert(
      fc.property(gram, lambda, fc.array(num, { minLength: 1, maxLength: 4 }), ({ M, K }, lam, r0) => {
        const r = Float64Array.from({ length: M }, (_, i) => r0[i % r0.length]);
        if (contract('gramSpectrum', () => newton.gramSpectrum(K, M)) === 'ok') {
          const spec = newton.gramSpectrum(K, M);
          contract('projectOnModes', () => newton.projectOnModes(r, spec));
          contract('linearizedOneStepLoss', () => newton.linearizedOneStepLoss(spec, r, lam));
          contract('nntkSpectrum', () => newton.nntkSpectrum(spec.values, lam, M));
        }
        contract('nntkGram', () => newton.nntkGram(K, M, lam));
      }),
      params(200),
    );
    fc.assert(
      fc.property(nasty, nasty, nasty, (l0, w, b) => {
        contract('lambdaForWidth', () => newton.lambdaForWidth(l0, w, b));
      }),
      params(200),
    );
  }, 60_000);

  it('training and data: train (every optimizer), autoLearningRate, recordSchedule, makeData, coefficientErrors', () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.constantFrom(...newton.optimizerNames),
        lambda,
        fc.constantFrom('exact', 'cg') as fc.Arbitrary<'exact' | 'cg'>,
        fc.boolean(),
        (d, opt, lam, solver, adapt) => {
          let m: newton.TanhRegression;
          try {
            m = build(d);
          } catch {
            return;
          }
          // documented: lambda is NaN for gd/adam, lr is NaN for the second-order methods
          contract(
            'train',
            () => newton.train(m, { optimizer: opt, iters: 5, lambda: lam, solver, adaptLambda: adapt, records: 3 }),
            (v) => {
              const r = v as newton.TrainResult;
              const first = opt === 'gd' || opt === 'adam';
              return deepFinite({ ...r, lambda: first ? [] : r.lambda, lr: first ? r.lr : 0 });
            },
          );
          contract('autoLearningRate', () => newton.autoLearningRate(build(d)));
        },
      ),
      params(150),
    );
    fc.assert(
      fc.property(nasty, nasty, (it, n) => {
        contract('recordSchedule', () =>
          newton.recordSchedule(Math.abs(it) < 1e7 ? Math.round(it) : it, Math.abs(n) < 1e4 ? Math.round(n) : n),
        );
      }),
      params(150),
    );
    fc.assert(
      fc.property(fc.constantFrom(...newton.targetIds, 'nope'), nasty, fc.array(num, { maxLength: 12 }), (t, pts, f) => {
        contract('makeData', () => newton.makeData(t as newton.TargetId, Math.abs(pts) < 1e5 ? Math.round(pts) : pts));
        const x = f.map((_, i) => i / Math.max(1, f.length - 1));
        contract('coefficientErrors', () => newton.coefficientErrors(t as newton.TargetId, x, f));
      }),
      params(150),
    );
  }, 60_000);
});

describe('newton: regression tests for what the hunt found (each failed before its fix)', () => {
  it('recordSchedule hung on iters = 1.8e308, n = ∞; makeData threw a RangeError for 4.5e15 points', () => {
    expect(() => newton.recordSchedule(Number.MAX_VALUE, Infinity)).toThrow(/recordSchedule: iters/);
    expect(() => newton.makeData('multi', 4471174189997169)).toThrow(/makeData: points/);
    expect(() => newton.initParams(3, -5e-324)).toThrow(/initParams: seed/);
  });
  it('huge y or x gave an infinite loss or a NaN NTK silently', () => {
    expect(() => new newton.TanhRegression([0], [1e300], { width: 1 })).toThrow(/TanhRegression: y is too large/);
    expect(() => new newton.TanhRegression([0, -1.34e154], [0, 0], { width: 3 })).toThrow(/TanhRegression: x\[1\]/);
  });
  it('gramSpectrum returned NaN for entries near 1.8e308; nntkGram and gaussNewtonDirection named choleskySolve', () => {
    const K = Float64Array.from([0, 0.25, 0, 2e-162, 0.25, 0, 0, 0, 0, 0, 0, 8.9e307, 2e-162, 0, 8.9e307, 1e300]);
    const spec = newton.gramSpectrum(K, 4);
    expect(spec.values.every(Number.isFinite)).toBe(true);
    expect(spec.values[0]).toBeCloseTo(8.9e307, -300);
    expect(() => newton.nntkGram(Float64Array.from([0, 0, 0, 0, 0, 30, 0, 30, 0]), 3, 1e-6)).toThrow(
      /nntkGram: K \+ λM I is not positive definite/,
    );
  });
  it('conjugateGradient reported an infinite residual for b near 1e154; linearizedOneStepLoss overflowed', () => {
    const r = newton.conjugateGradient((v, o) => o.set(v), Float64Array.of(1.34e154, 0));
    expect(r.x[0]).toBeCloseTo(1.34e154, -140);
    expect(Number.isFinite(r.residualNorm)).toBe(true);
    const spec = newton.gramSpectrum(new Float64Array(9), 3);
    expect(newton.linearizedOneStepLoss(spec, [7.7e153, 7.7e153, 7.7e153], 1e-3)).toBeCloseTo((3 * 7.7e153 * 7.7e153) / 6, -290);
  });
  it('symmetricEigenvalues3 returned NaN for NaN entries and overflowed for entries near 1e300', () => {
    expect(() => newton.symmetricEigenvalues3(0, 0, 0, Number.NaN, 0, 0)).toThrow(/symmetricEigenvalues3: entry d/);
    const ev = newton.symmetricEigenvalues3(1e300, 0, 0, 2e300, 0, 3e300);
    expect(ev[0]).toBeCloseTo(1e300, -290);
    expect(ev[2]).toBeCloseTo(3e300, -290);
  });
});
