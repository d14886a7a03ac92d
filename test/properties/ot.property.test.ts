/**
 * Property hunt over quire/ot's distances and risks (issue 16): ±1e300, subnormals, ties, n = 1,
 * zero and all-equal weights, NaN and ±∞. Each call returns finite values or throws a QuireError
 * naming the function, within the watchdog's time.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as ot from '../../src/ot/index.js';
import { contract, deepFinite, nasty, params } from './guard.js';

const arr = fc.oneof(
  fc.array(nasty, { minLength: 0, maxLength: 6 }),
  fc.array(fc.constantFrom(1e300, -1e300, 5e-324, 0), { minLength: 1, maxLength: 4 }),
  fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 6 }),
);
const pOrder = fc.constantFrom(1, 1.5, 2, 3, 0.5, Number.NaN);

describe('ot: 1-D distances over nasty samples', () => {
  it('wasserstein1d, wasserstein1dPow, emd1d, wasserstein1dBatch', () => {
    fc.assert(
      fc.property(
        arr,
        arr,
        pOrder,
        fc.option(fc.array(fc.constantFrom(0, 1, 1e300, 5e-324, -1), { minLength: 6, maxLength: 6 })),
        (u, v, p, w) => {
          const uWeights = w ? w.slice(0, u.length) : undefined;
          contract('wasserstein1d', () => ot.wasserstein1d(u, v, { p, uWeights }));
          contract('wasserstein1dPow', () => ot.wasserstein1dPow(u, v, { p }));
          contract('emd1d', () => ot.emd1d(u, v, { p }));
          contract('wasserstein1dBatch', () => ot.wasserstein1dBatch([u], [v], { p }));
        },
      ),
      params(300),
    );
  }, 60_000);

  it('slicedWasserstein and maxSlicedWasserstein on 2-D clouds with huge entries', () => {
    const pts = fc.array(fc.tuple(fc.constantFrom(1e300, -1e300, 0, 1, 5e-324, 2.5), fc.double({ min: -3, max: 3, noNaN: true })), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(pts, pts, fc.constantFrom(1, 2), (X, Y, p) => {
        contract('slicedWasserstein', () => ot.slicedWasserstein(X, Y, { p, projections: 8 }));
        contract('maxSlicedWasserstein', () => ot.maxSlicedWasserstein(X, Y, { p, projections: 4, iterations: 3 }));
      }),
      params(100),
    );
  }, 60_000);
});

const small = fc.double({ min: -5, max: 5, noNaN: true });
const vec = (min: number, max: number) =>
  fc.array(fc.oneof({ weight: 6, arbitrary: small }, { weight: 1, arbitrary: nasty }), { minLength: min, maxLength: max });
const level = fc.oneof(
  fc.constantFrom(0, 0.5, 0.9, 0.999, 1 - 2 ** -52, 1, -0.1, Number.NaN),
  fc.double({ min: 0, max: 0.99, noNaN: true }),
);
const count = fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constantFrom(0, -1, 1.5, Number.NaN, 1e12));
/** Flat n × d clouds, sometimes with huge, subnormal or non-finite entries, sometimes ties. */
const cloud = (d: number) =>
  fc
    .tuple(
      fc.array(
        fc.array(fc.oneof({ weight: 6, arbitrary: small }, { weight: 1, arbitrary: fc.constantFrom(1e300, -1e300, 5e-324, 1e-300, 0) }), {
          minLength: d,
          maxLength: d,
        }),
        { minLength: 1, maxLength: 5 },
      ),
      fc.constantFrom('plain', 'plain', 'ties'),
    )
    .map(([rows, kind]) => (kind === 'ties' ? rows.map(() => rows[0].slice()) : rows));

describe('ot: subgradients, spectral risks, descent, problems, diagnostics, sorting', () => {
  it('wasserstein1dGrad and planToDense: finite subgradients that sum to zero (translation invariance)', () => {
    fc.assert(
      fc.property(arr, arr, pOrder, (u, v, p) => {
        let g: ot.Grad1d | null = null;
        if (contract('wasserstein1dGrad', () => (g = ot.wasserstein1dGrad(u, v, { p }))) === 'ok' && g) {
          const gg = g as ot.Grad1d;
          const s = [...gg.gradU, ...gg.gradV].reduce((a, b) => a + b, 0);
          const scale = [...gg.gradU, ...gg.gradV].reduce((a, b) => a + Math.abs(b), 0);
          expect(Math.abs(s)).toBeLessThanOrEqual(1e-9 * scale + 1e-300);
        }
        let plan: ot.Plan1d | null = null;
        if (contract('emd1d', () => (plan = ot.emd1d(u, v, { p }))) === 'ok' && plan)
          contract(
            'planToDense',
            () => ot.planToDense(plan as ot.Plan1d, u.length, v.length),
            (v2) => {
              const total = (v2 as number[][]).flat().reduce((a, b) => a + b, 0);
              return deepFinite(v2) && Math.abs(total - 1) < 1e-12;
            },
          );
        contract('planToDense', () =>
          ot.planToDense({ i: Int32Array.of(0), j: Int32Array.of(5), mass: Float64Array.of(1), cost: 0 } as unknown as ot.Plan1d, 1, 1),
        );
      }),
      params(200),
    );
  });

  it('spectralWeights, cvarWeights, spectralRisk, spectralRiskGrad, cvar, cvarGrad: weights sum to 1; risks between mean and max', () => {
    fc.assert(
      fc.property(vec(0, 7), count, level, fc.constantFrom('square', 'id', 'bad0', 'nan', 'decreasing'), (z, n, alpha, kind) => {
        const spec = {
          square: (u: number) => u * u,
          id: (u: number) => u,
          bad0: (u: number) => u + 0.5,
          nan: () => Number.NaN,
          decreasing: (u: number) => (u === 1 ? 1 : u === 0 ? 0 : 1 - u),
        }[kind];
        const sums1 = (v: unknown) => deepFinite(v) && Math.abs(Array.from(v as Float64Array).reduce((a, b) => a + b, 0) - 1) < 1e-12;
        contract('spectralWeights', () => ot.spectralWeights(n, spec), sums1);
        contract('cvarWeights', () => ot.cvarWeights(n, alpha), sums1);
        const finiteZ = z.every(Number.isFinite) && z.length > 0;
        const lo = finiteZ ? z.reduce((a, b) => a + b / z.length, 0) : 0;
        const hi = finiteZ ? Math.max(...z) : 0;
        const between = (v: unknown) =>
          typeof v === 'number' && Number.isFinite(v) && v >= lo - 1e-9 * (Math.abs(lo) + Math.abs(hi)) && v <= hi + 1e-9 * Math.abs(hi);
        if (contract('cvar', () => ot.cvar(z, alpha), between) === 'ok') {
          contract(
            'cvarGrad',
            () => ot.cvarGrad(z, alpha),
            (v) => deepFinite(v) && Math.abs((v as ot.RiskGrad).value - ot.cvar(z, alpha)) <= 1e-12 * Math.abs(hi),
          );
        }
        const w = z.length > 0 ? Array.from({ length: z.length }, (_, i) => (i === z.length - 1 ? 1 : 0)) : [];
        contract('spectralRisk', () => ot.spectralRisk(z, w));
        contract('spectralRiskGrad', () =>
          ot.spectralRiskGrad(
            z,
            w.map((x) => x * alpha),
          ),
        );
      }),
      params(300),
    );
  });

  it('linearModel and chainRule: Jᵀg by vjp equals the JVP assembly; bad models and lengths are QuireErrors', () => {
    fc.assert(
      fc.property(cloud(2), vec(0, 4), vec(0, 6), (rows, theta, g) => {
        let model: ot.DifferentiableModel | null = null;
        const flat = { data: Float64Array.from(rows.flat()), rows: rows.length, cols: 2 };
        if (contract('linearModel', () => (model = ot.linearModel(flat))) !== 'ok' || !model) return;
        const m = model as ot.DifferentiableModel;
        const r1 = contract('chainRule', () => ot.chainRule(m, theta, g));
        const r2 = contract('chainRule', () => ot.chainRule({ dim: m.dim, value: m.value, jvp: m.jvp }, theta, g));
        // a VJP model is trusted with the cotangent length (chainRule cannot know N without evaluating the model)
        if (g.length === rows.length) expect(r1).toBe(r2);
        if (r1 === 'ok' && r2 === 'ok') {
          const a = ot.chainRule(m, theta, g);
          const b = ot.chainRule({ dim: m.dim, value: m.value, jvp: m.jvp }, theta, g);
          a.forEach((x, i) => expect(Math.abs(x - b[i])).toBeLessThanOrEqual(1e-9 * (Math.abs(x) + 1)));
        }
        contract('chainRule', () => ot.chainRule({ dim: 1, value: (t: Float64Array) => t } as ot.DifferentiableModel, [1], [1]));
      }),
      params(200),
    );
  });

  it('projectBall and projectedSubgradientDescent: the projection lands in the ball; descent is finite or a QuireError', () => {
    fc.assert(
      fc.property(
        vec(0, 4),
        fc.oneof(nasty, fc.double({ min: 0, max: 10, noNaN: true })),
        fc.constantFrom('invsqrt', 'normalized', 'constant'),
        fc.constantFrom('abs', 'nan', 'huge'),
        (t, r, rule, kind) => {
          const theta = Float64Array.from(t);
          if (contract('projectBall', () => ot.projectBall(theta, r)) === 'ok') {
            const norm = Math.hypot(...theta);
            expect(norm <= r * (1 + 1e-12) || !Number.isFinite(r)).toBe(true);
          }
          const objective = {
            evaluate: (x: Float64Array) => {
              const value = kind === 'nan' ? Number.NaN : x.reduce((a, b) => a + Math.abs(b), 0) * (kind === 'huge' ? 1e308 : 1);
              return { value, grad: Float64Array.from(x, (b) => Math.sign(b) * (kind === 'huge' ? 1e308 : 1)) };
            },
            project: (x: Float64Array) => ot.projectBall(x, 10),
          };
          contract('projectedSubgradientDescent', () =>
            ot.projectedSubgradientDescent(objective, t, { iterations: 20, rule: rule as 'invsqrt' }),
          );
        },
      ),
      params(300),
    );
  });

  it('cvarRegression, fairLogistic, fairnessMetrics, fairnessFrontier, fairLogisticConstrained, swGaussianFit: finite fits or QuireErrors', () => {
    fc.assert(
      fc.property(cloud(2), vec(1, 5), fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 5 }), level, (X, y, labels, alpha) => {
        const n = X.length;
        const yy = y.slice(0, n);
        const yb = labels.slice(0, n).map((v) => Math.min(v, 1));
        const grp = labels.slice(0, n).map((_, i) => i % 2);
        contract('cvarRegression', () => ot.cvarRegression(X, yy, { alpha, iterations: 15 }));
        contract('fairLogistic', () => ot.fairLogistic(X, yb, grp, { lambda: alpha * 3, iterations: 15 }));
        contract('fairnessMetrics', () => ot.fairnessMetrics(X, yb, grp, [0.1, -0.2, alpha]));
        contract('fairnessFrontier', () => ot.fairnessFrontier({ X, y: yb, group: grp }, [0, alpha], undefined, { iterations: 10 }));
        contract('fairLogisticConstrained', () =>
          ot.fairLogisticConstrained(X, yb, grp, { epsilon: alpha + 0.01, iterations: 10, bisections: 3, lambdaMax: 4 }),
        );
        contract('swGaussianFit', () => ot.swGaussianFit(X, { samples: 8, projections: 3, iterations: 10 }));
      }),
      params(100),
    );
  }, 60_000);

  it('familyInstance, empiricalDerivative, populationSubdifferential, convergenceDiagnostic, rms', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('smooth', 'nonsmooth', 'bogus'),
        fc.oneof(fc.integer({ min: 2, max: 40 }), fc.constantFrom(1, 0, 2.5, 1e9)),
        fc.oneof(fc.integer({ min: 0, max: 99 }), fc.constantFrom(-1, 0.5)),
        nasty,
        vec(0, 5),
        (family, n, seed, theta, x) => {
          let inst: ot.FamilyInstance | null = null;
          if (contract('familyInstance', () => (inst = ot.familyInstance(family as ot.Family, n, seed))) === 'ok' && inst)
            contract('empiricalDerivative', () => ot.empiricalDerivative(inst as ot.FamilyInstance, theta));
          contract(
            'populationSubdifferential',
            () => ot.populationSubdifferential(family as ot.Family, theta),
            (v) => {
              const [lo, hi] = v as [number, number];
              return Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi;
            },
          );
          contract('convergenceDiagnostic', () => ot.convergenceDiagnostic(family as ot.Family, n, seed, { gridPoints: 3, iterations: 5 }));
          contract('rms', () => ot.rms(x));
        },
      ),
      params(150),
    );
  }, 60_000);

  it('sortInPlace, sortWithIndex, argsort: sorted, a stable permutation, ties in input order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(small, fc.constantFrom(0, -0, 1, 1, 1e300, -1e300, 5e-324)), { minLength: 0, maxLength: 12 }), (x) => {
        const a = Float64Array.from(x);
        ot.sortInPlace(a);
        for (let i = 1; i < a.length; i++) expect(a[i - 1] <= a[i]).toBe(true);
        const v = Float64Array.from(x);
        const idx = Int32Array.from(x, (_, i) => i);
        ot.sortWithIndex(v, idx);
        const { order, sorted } = ot.argsort(x);
        expect(Array.from(sorted).every((s, i) => s === v[i])).toBe(true);
        expect(Array.from(order)).toEqual(Array.from(idx));
        for (let i = 0; i < x.length; i++) expect(sorted[i] === x[order[i]]).toBe(true); // −0 and 0 tie
        for (let i = 1; i < x.length; i++) if (sorted[i - 1] === sorted[i]) expect(order[i - 1]).toBeLessThan(order[i]);
      }),
      params(300),
    );
  });

  it('sphereDirections, projectAll, slicedWassersteinPow, slicedWassersteinGrad (scaled: finite at 1e300)', () => {
    fc.assert(
      fc.property(
        cloud(2),
        cloud(2),
        fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, 1.5, 1e12)),
        fc.constantFrom('gaussian', 'qmc', 'bogus'),
        fc.constantFrom(1, 1.5, 2),
        (X, Y, L, kind, p) => {
          let dirs: Float64Array | null = null;
          if (contract('sphereDirections', () => (dirs = ot.sphereDirections(2, L, kind as 'qmc', 7))) === 'ok' && dirs) {
            const D = dirs as Float64Array;
            for (let l = 0; l < L; l++) expect(Math.hypot(D[2 * l], D[2 * l + 1])).toBeCloseTo(1, 12);
            contract('projectAll', () => ot.projectAll(D, L, { data: Float64Array.from(X.flat()), rows: X.length, cols: 2 }));
          }
          contract('projectAll', () => ot.projectAll(Float64Array.of(1, 0), 3, { data: Float64Array.of(1, 2), rows: 1, cols: 2 }));
          contract('slicedWassersteinPow', () => ot.slicedWassersteinPow(X, Y, { p, projections: 4 }));
          contract('slicedWassersteinGrad', () => ot.slicedWassersteinGrad(X, Y, { p, projections: 4 }));
        },
      ),
      params(200),
    );
  });
});

describe('ot graphical convergence (issue 18 exports): absSumGraph, w1ShiftGraph, graphHausdorff, graphValueAt, pointwiseSupDistance, graphicalConvergenceRun', () => {
  it('monotone graphs and their distances: finite, the Hausdorff distance symmetric and ≤ the pointwise sup, or a QuireError', () => {
    fc.assert(
      fc.property(vec(0, 5), vec(0, 5), nasty, fc.constantFrom(-1, 0, 1, 2), (t1, t2, x, w) => {
        let A: ReturnType<typeof ot.absSumGraph> | null = null;
        let B: ReturnType<typeof ot.absSumGraph> | null = null;
        contract('absSumGraph', () => (A = ot.absSumGraph(t1)));
        contract(
          'w1ShiftGraph',
          () =>
            (B = ot.w1ShiftGraph(
              t2,
              t2.map((v) => v + 0.5),
            )),
        );
        if (!A || !B) return;
        const GA = A as ReturnType<typeof ot.absSumGraph>;
        const GB = B as ReturnType<typeof ot.absSumGraph>;
        contract(
          'graphValueAt',
          () => ot.graphValueAt(GA, x),
          (v) => {
            const [lo, hi] = v as [number, number];
            return Number.isNaN(x) || (Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi);
          },
        );
        let d: { distance: number } | null = null;
        if (contract('graphHausdorff', () => (d = ot.graphHausdorff(GA, GB, { gridPoints: 201 }))) === 'ok' && d) {
          const back = ot.graphHausdorff(GB, GA, { gridPoints: 201 });
          expect(Math.abs((d as { distance: number }).distance - back.distance)).toBeLessThanOrEqual(1e-12 + 1e-9 * back.distance);
        }
        contract('pointwiseSupDistance', () => ot.pointwiseSupDistance(GA, GB, w, w + 1));
        contract('pointwiseSupDistance', () => ot.pointwiseSupDistance(GA, GB, w, w));
      }),
      params(150),
    );
  });

  it('graphicalConvergenceRun: finite measurements for any valid n and seed, QuireErrors otherwise', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom(0, -1, 1.5, Number.NaN)),
        fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constantFrom(-1, 0.5)),
        fc.constantFrom('uniform', 'gaussian'),
        nasty,
        (n, seed, law, mu) => {
          contract('graphicalConvergenceRun', () =>
            ot.graphicalConvergenceRun(n, seed, {
              law: law as 'uniform',
              mu: Number.isFinite(mu) && Math.abs(mu) < 1e6 ? mu : 1,
              gridPoints: 101,
            }),
          );
        },
      ),
      params(60),
    );
  }, 60_000);
});

describe('named regressions found by this hunt (ot)', () => {
  it('slicedWassersteinGrad and wasserstein1dGrad were not scaled: points near 1e300 gave ∞ values and NaN gradients', () => {
    const g1 = ot.slicedWassersteinGrad([[1e300, 0]], [[0, 0]], { p: 1, directions: [[1, 0]] });
    expect(g1.value).toBe(1e300);
    expect(Array.from(g1.gradX)).toEqual([1, 0]);
    const g2 = ot.slicedWassersteinGrad([[1e150, 0]], [[0, 0]], { p: 2, directions: [[1, 0]] });
    expect(g2.value / 1e300).toBeCloseTo(1, 14);
    expect(g2.gradX[0] / 2e150).toBeCloseTo(1, 14);
    expect(() => ot.slicedWassersteinGrad([[1e300, 0]], [[0, 0]], { p: 2, directions: [[1, 0]] })).toThrow(
      /^slicedWassersteinGrad: SW_p\^p exceeds/,
    );
    const w = ot.wasserstein1dGrad([0], [1e300], { p: 1 });
    expect([w.value, w.gradU[0], w.gradV[0]]).toEqual([1e300, -1, 1]);
    expect(() => ot.wasserstein1dGrad([0], [1e300], { p: 1.5 })).toThrow(/^wasserstein1dGrad: W_p\^p exceeds/);
    // tiny inputs keep their relative accuracy too
    const t = ot.wasserstein1dGrad([0], [3e-300], { p: 2 });
    expect(t.gradV[0] / 6e-300).toBeCloseTo(1, 14);
  });

  it('rms([1e200]) was ∞; projectBall zeroed θ = [1e200, 1e200] (‖θ‖² overflowed) and took r < 0; planToDense and projectAll read out of range', () => {
    expect(ot.rms([1e200, -1e200])).toBe(1e200);
    const th = Float64Array.of(1e200, 1e200);
    ot.projectBall(th, 1);
    expect(th[0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(() => ot.projectBall(Float64Array.of(1), -1)).toThrow(/^projectBall: r/);
    expect(() =>
      ot.planToDense({ from: Int32Array.of(0), to: Int32Array.of(5), mass: Float64Array.of(1) } as unknown as ot.Plan1d, 1, 1),
    ).toThrow(/^planToDense/);
    expect(() => ot.projectAll(Float64Array.of(1, 0), 3, { data: Float64Array.of(1, 2), rows: 1, cols: 2 })).toThrow(/^projectAll: theta/);
    expect(() => ot.spectralWeights(1e12, (u) => u)).toThrow(/^spectralWeights: n/);
    expect(() => ot.familyInstance('smooth', 10, -1)).toThrow(/^familyInstance: seed/);
    expect(() => ot.convergenceDiagnostic('smooth', 2 ** 24, 0)).toThrow(/^convergenceDiagnostic: n × /);
  });
});
