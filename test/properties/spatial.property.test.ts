/**
 * Property hunt over every export of quire/spatial (issue 16). Inputs include NaN, ±Infinity,
 * ±1e±300, subnormals, exact ties (coincident sites, constant residuals), N = 1, and
 * singular covariances. Each call must return finite, documented values or throw a
 * QuireError naming the function; a node:vm watchdog turns a hang into a failure.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as sp from '../../src/spatial/index.js';
import { contract, params as guardParams } from './guard.js';

const params = (numRuns: number) => guardParams(numRuns, 1619);

/** Numbers that break code, weighted towards ordinary values. */
const num = fc.oneof(
  { weight: 12, arbitrary: fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true }) },
  { weight: 3, arbitrary: fc.constantFrom(0, 1, -1, 0.5) },
  { weight: 1, arbitrary: fc.constantFrom(1e300, -1e300, 1e-300, 5e-324, -5e-324, 1e150, Number.MAX_VALUE) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity) },
);
/** Rows × cols of num, sometimes constant (ties), sometimes ragged. */
const rows = (r: number, c: number) =>
  fc
    .tuple(
      fc.array(fc.array(num, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
      fc.constantFrom('plain', 'plain', 'constant', 'ragged'),
    )
    .map(([a, kind]) => {
      if (kind === 'constant' && a.length) return a.map(() => a[0].slice());
      if (kind === 'ragged' && a.length) a[a.length - 1] = a[a.length - 1].slice(1);
      return a;
    });
/** Sites: 1-D numbers or 2-D rows, sometimes coincident. */
const sites = (n: number) =>
  fc.oneof(
    fc.array(num, { minLength: n, maxLength: n }),
    fc.array(fc.array(num, { minLength: 2, maxLength: 2 }), { minLength: n, maxLength: n }),
    fc.constant(Array.from({ length: n }, () => 0.5)),
    fc.constant(Array.from({ length: n }, (_, i) => i / Math.max(1, n - 1))),
  );
const size = fc.integer({ min: 1, max: 7 });

describe('quire/spatial: every export returns finite values or throws a QuireError naming itself', () => {
  it('tpsKernel, thinPlateOmega, tpsInterpolate', () => {
    fc.assert(
      fc.property(num, fc.integer({ min: 0, max: 4 }), (r, d) => {
        contract('tpsKernel', () => sp.tpsKernel(r, d));
      }),
      params(300),
    );
    fc.assert(
      fc.property(
        size.chain((n) => fc.tuple(sites(n), sites(2), rows(n, 2))),
        ([xs, ys, v]) => {
          contract('thinPlateOmega', () => sp.thinPlateOmega(xs));
          contract('tpsInterpolate', () => sp.tpsInterpolate(xs, v, ys));
        },
      ),
      params(200),
    );
  });

  it('fitSpatialAdapter, estimateCovariance, denseCovariance, krige, penalizedPca, tuneTau', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 7 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              sites(n),
              rows(fc.sample(fc.integer({ min: 1, max: 6 }), 1)[0], n),
              fc.integer({ min: 0, max: 3 }),
              fc.constantFrom(0, 1, 1e3, 1e300),
              fc.constantFrom(0, 0, 5),
            ),
          ),
        ([, xs, R, K, tau1, tau2]) => {
          let fit: ReturnType<typeof sp.fitSpatialAdapter> | null = null;
          if (contract('fitSpatialAdapter', () => (fit = sp.fitSpatialAdapter(R, xs, { K, tau1, tau2, iters: 8 }))) === 'ok' && fit) {
            const f = fit as ReturnType<typeof sp.fitSpatialAdapter>;
            let cov: ReturnType<typeof sp.estimateCovariance> | null = null;
            if (contract('estimateCovariance', () => (cov = sp.estimateCovariance(R, f))) === 'ok' && cov) {
              const c = cov as ReturnType<typeof sp.estimateCovariance>;
              contract('denseCovariance', () => sp.denseCovariance(c));
              contract('krige', () => sp.krige(c, xs, R, Array.isArray(xs[0]) ? [[0.3, 0.3]] : [0.3]));
            }
          }
          contract('penalizedPca', () => sp.penalizedPca(R, xs, { K, tau1 }));
          contract('tuneTau', () => sp.tuneTau(R, xs, { tau1: [0, tau1], tau2: [0], fit: { K: Math.max(1, K), iters: 4 } }));
        },
      ),
      params(100),
    );
  });

  it('fitMatern, krigeMatern, maternCorrelation', () => {
    fc.assert(
      fc.property(num, num, fc.constantFrom(0.5, 1.5, 2.5, 1 as never), (h, range, nu) => {
        contract('maternCorrelation', () => sp.maternCorrelation(h, range, nu));
      }),
      params(300),
    );
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((n) => fc.tuple(sites(n), rows(3, n), fc.constantFrom('0.5', '1.5', '2.5', 'fit'), fc.boolean(), num)),
        ([xs, R, nu, nugget, level]) => {
          let fit: sp.MaternFit | null = null;
          if (contract('fitMatern', () => (fit = sp.fitMatern(R, xs, { nu: nu as '0.5', nugget, maxEvals: 40 }))) === 'ok' && fit) {
            const f = fit as sp.MaternFit;
            contract('krigeMatern', () =>
              sp.krigeMatern(f, R, Array.isArray(xs[0]) ? [[0.2, 0.9]] : [0.2], { level: Math.abs(level) % 1 }),
            );
          }
        },
      ),
      params(150),
    );
  });

  it('generators, the OLS first stage and toRows', () => {
    fc.assert(
      fc.property(
        fc.record({
          n: fc.integer({ min: -1, max: 12 }),
          T: fc.integer({ min: 0, max: 6 }),
          noiseStd: num,
          scoreStd: num,
          width: num,
          ar: num,
        }),
        fc.constantFrom('bumps', 'matern', 'anisotropic', 'nonstationary'),
        fc.constantFrom('gaussian', 'rough'),
        (o, field, shape) => {
          let d: sp.SpatialData | null = null;
          if (contract('generateStations2d', () => (d = sp.generateStations2d({ ...o, field: field as 'bumps', seed: 1 }))) === 'ok' && d) {
            const dd = d as sp.SpatialData;
            contract('fitOlsFirstStage', () => sp.fitOlsFirstStage(dd));
            contract('toRows', () => sp.toRows(dd.Y, dd.T, dd.n));
          }
          contract('generateSynthetic1d', () =>
            sp.generateSynthetic1d({
              n: o.n,
              T: o.T,
              noiseStd: o.noiseStd,
              eigenvalue: o.scoreStd,
              ar: o.ar,
              shape: shape as 'rough',
              seed: 2,
            }),
          );
        },
      ),
      params(200),
    );
  });

  it('kernels: zStep, polarRetract, topEigenpairs, krigeLowRank, krigeDense', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(num, { minLength: 2 * n, maxLength: 2 * n }),
              fc.array(num, { minLength: n * n, maxLength: n * n }),
              num,
            ),
          ),
        ([n, a, m, rho]) => {
          const A = Float64Array.from(a);
          const M = Float64Array.from(m);
          contract('polarRetract', () => sp.polarRetract(Float64Array.from(a.slice(0, n)), n, 1));
          contract('zStep', () =>
            sp.zStep(
              A,
              2,
              n,
              sp.polarRetract(
                Float64Array.from({ length: n }, (_, i) => i + 1),
                n,
                1,
              ),
              1,
              rho,
            ),
          );
          const sym = (x: Float64Array, y: Float64Array) => {
            for (let i = 0; i < n; i++) {
              let s = 0;
              for (let j = 0; j < n; j++) s += 0.5 * (M[i * n + j] + M[j * n + i]) * x[j];
              y[i] = s;
            }
          };
          contract('topEigenpairs', () => sp.topEigenpairs(sym, n, 1, { maxIter: 50 } as never));
          contract('krigeLowRank', () =>
            sp.krigeLowRank(
              A.subarray(0, n),
              n,
              A.subarray(n, 2 * n),
              n,
              Float64Array.of(Math.abs(rho)),
              Math.abs(m[0]),
              A.subarray(0, n),
              1,
            ),
          );
          contract('krigeDense', () => sp.krigeDense(M, n, M, n, A.subarray(0, n), A.subarray(0, n), 1));
        },
      ),
      params(150),
    );
  });

  it('the schemas are data: every default passes its own checks', () => {
    for (const s of [sp.spatialAdapterSchema, sp.synthetic1dSchema, sp.stations2dSchema, sp.maternSchema])
      for (const p of Object.values(s)) expect(p.description.length).toBeGreaterThan(0);
  });
});
