/**
 * Property hunt over every export of quire/surrogate (issue 16). Inputs include NaN, ±Infinity,
 * ±1e±300, subnormals, exact ties, n = 1, constant inputs and zero vectors. Each call must
 * return finite, documented values or throw a QuireError naming the function; a node:vm
 * watchdog turns a hang into a failure.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import * as su from '../../src/surrogate/index.js';
import { contract, contractAsync, params as guardParams } from './guard.js';

const params = (numRuns: number) => guardParams(numRuns, 1620);

const num = fc.oneof(
  { weight: 12, arbitrary: fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true }) },
  { weight: 3, arbitrary: fc.constantFrom(0, 1, -1, 0.5) },
  { weight: 1, arbitrary: fc.constantFrom(1e300, -1e300, 1e-300, 5e-324, -5e-324, 1e150, Number.MAX_VALUE) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity) },
);
const vec = (n: number) =>
  fc
    .tuple(fc.array(num, { minLength: n, maxLength: n }), fc.constantFrom('plain', 'plain', 'constant', 'zero'))
    .map(([a, kind]) => Float64Array.from(kind === 'constant' ? a.map(() => a[0] ?? 0) : kind === 'zero' ? a.map(() => 0) : a));
const small = (lo: number, hi: number) => fc.oneof(fc.integer({ min: lo, max: hi }), fc.constantFrom(0, -1, 1.5, Number.NaN, 1e9));
const spec = fc.record({
  dim: fc.constantFrom(1, 2, 3, 1.5),
  cells: small(2, 8),
  modes: small(1, 4),
  lengthScale: num,
  sigma: num,
  mu: num,
  kappa: num,
});

describe('quire/surrogate: every export returns finite values or throws a QuireError naming itself', () => {
  it('KL: klEigen1d, klPhi1d, klBasis, klModesAt', () => {
    fc.assert(
      fc.property(small(1, 6), num, num, fc.constantFrom(1, 2, 3), (modes, ell, x, dim) => {
        let modesOut: su.KlMode1d[] | null = null;
        if (contract('klEigen1d', () => (modesOut = su.klEigen1d(modes, ell))) === 'ok' && modesOut)
          for (const m of modesOut as su.KlMode1d[]) contract('klPhi1d', () => su.klPhi1d(m, x));
        let basis: su.KlBasis | null = null;
        if (contract('klBasis', () => (basis = su.klBasis(dim as 1, modes, ell))) === 'ok' && basis) {
          const b = basis as su.KlBasis;
          contract('klModesAt', () =>
            su.klModesAt(
              b,
              Float64Array.from({ length: 3 * b.dim }, () => x),
            ),
          );
        }
      }),
      params(200),
    );
  });

  it('problem and solver: heatProblem, sourceFromKl, sourceInto, sampleKl, thomas, applyOperator, solveHeat, solveDataset, operatorMatrix', () => {
    fc.assert(
      fc.property(spec, vec(4), fc.integer({ min: -1, max: 5 }), (o, xi, count) => {
        let pb: su.HeatProblem | null = null;
        if (contract('heatProblem', () => (pb = su.heatProblem(o as never))) !== 'ok' || !pb) return;
        const p = pb as su.HeatProblem;
        const M = p.spec.modes;
        const x = xi.subarray(0, Math.min(M, xi.length));
        contract('sourceFromKl', () => su.sourceFromKl(p, x));
        contract('sourceInto', () => {
          const out = new Float64Array(p.size);
          su.sourceInto(p, x, 0, out, 0);
          return out;
        });
        contract('sampleKl', () => su.sampleKl(p, count, 3));
        const f = Float64Array.from({ length: p.size }, (_, i) => xi[i % xi.length]);
        contract('applyOperator', () => su.applyOperator(p, f));
        contract('solveHeat', () => su.solveHeat(p, f));
        contract('solveDataset', () =>
          su.solveDataset(
            p,
            Float64Array.from({ length: 2 * M }, (_, i) => xi[i % xi.length]),
          ),
        );
        contract('operatorMatrix', () => su.operatorMatrix(p));
      }),
      params(150),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(vec(n), vec(n), vec(n), vec(n))),
        ([a, b, c, d]) => {
          contract('thomas', () => su.thomas(a, b, c, d));
        },
      ),
      params(300),
    );
  });

  it('weak form: sineTestFunctions, weakResidual, weakMatrices', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2), fc.integer({ min: 2, max: 6 }), small(1, 6), vec(25), (dim, cells, order, v) => {
        const p = su.heatProblem({ dim: dim as 1, cells, modes: 2 });
        let tests: su.TestFunctions | null = null;
        if (contract('sineTestFunctions', () => (tests = su.sineTestFunctions(p, order))) !== 'ok' || !tests) return;
        const t = tests as su.TestFunctions;
        const u = Float64Array.from({ length: p.size }, (_, i) => v[i % v.length]);
        contract('weakResidual', () => su.weakResidual(p, t, u, u));
        contract('weakMatrices', () => su.weakMatrices(p, t));
      }),
      params(150),
    );
  });

  it('tails: sampleErrors, sampleSupNorms, sortedQuantile, tailSummary, fieldStats, relativeFieldError, statisticErrors, worstIndices, tailIndex', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), vec(12), vec(12), num, (size, a, b, q) => {
        contract('sampleErrors', () => su.sampleErrors(a, b, size));
        contract('sampleSupNorms', () => su.sampleSupNorms(b, size));
        contract('sortedQuantile', () => su.sortedQuantile(Float64Array.from(a).sort(), q));
        contract('tailSummary', () => su.tailSummary(a));
        contract('fieldStats', () => su.fieldStats(a, size, [Math.abs(q) % 1]));
        contract('relativeFieldError', () => su.relativeFieldError(a, b));
        contract('statisticErrors', () => su.statisticErrors(a, b, size));
        contract('worstIndices', () => su.worstIndices(a, q));
        contract('tailIndex', () => su.tailIndex(a, b, { q: Math.abs(q) % 1 }));
      }),
      params(300),
    );
  });

  it('detection and evaluation: fitDetector, detect, precisionRecall, evaluatePredictions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), vec(24), vec(6), num, (dim, xi, ys, level) => {
        let det: su.ExtrapolationDetector | null = null;
        if (contract('fitDetector', () => (det = su.fitDetector(xi, dim, level))) === 'ok' && det) {
          const d = det as su.ExtrapolationDetector;
          contract('detect', () => su.detect(d, ys.subarray(0, dim * Math.floor(ys.length / dim))));
        }
        contract('precisionRecall', () =>
          su.precisionRecall(
            Array.from(ys, (v) => (v > 0 ? 1 : 0)),
            Array.from(xi.subarray(0, 2), (v) => Math.trunc(v)),
          ),
        );
        const p = su.heatProblem({ cells: 4, modes: 2 });
        const test = su.solveDataset(p, su.sampleKl(p, 20, 1));
        const train = su.sampleKl(p, 10, 2);
        const pred = Float64Array.from(test.u, (u, i) => u + xi[i % xi.length]);
        contract('evaluatePredictions', () => su.evaluatePredictions(pred, test, p.size, train, 2, { fraction: Math.abs(level) % 1 }));
      }),
      params(200),
    );
  });

  it('models: surrogateScales, trainSurrogate, predictSurrogate, deeponetAt, disposeSurrogate', async () => {
    const p = su.heatProblem({ cells: 4, modes: 2 });
    const ds = su.solveDataset(p, su.sampleKl(p, 8, 1));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('fcnn', 'deeponet'),
        fc.constantFrom('data', 'strong', 'weak'),
        fc.oneof(fc.constantFrom(1e-3, 1, 0.5), num),
        fc.constantFrom(1, 4, 8, 9),
        vec(3),
        async (model, loss, lr, batchSize, x) => {
          contract('surrogateScales', () =>
            su.surrogateScales(
              p,
              Float64Array.from({ length: p.size }, (_, i) => x[i % 3]),
            ),
          );
          const s = (await contractAsync('trainSurrogate', () =>
            su.trainSurrogate(p, ds, {
              model: model as 'fcnn',
              loss: loss as 'data',
              steps: 2,
              hidden: 4,
              latent: 2,
              batchSize,
              lr,
              seed: 1,
            }),
          )) as su.Surrogate | null;
          if (!s) return;
          contract('predictSurrogate', () => su.predictSurrogate(s, ds));
          if (model === 'deeponet')
            contract('deeponetAt', () =>
              su.deeponetAt(
                s,
                ds.f.subarray(0, p.size),
                Float64Array.from(x, (v) => Math.abs(v) % 1),
              ),
            );
          su.disposeSurrogate(s);
        },
      ),
      params(16),
    );
  }, 120_000);
});
