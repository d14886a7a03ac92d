/**
 * Property hunt over every export of quire/control (issue 16): singular and near-singular
 * matrices, NaN, ±1e300, subnormals, n = 1, mismatched shapes. Each call must return finite,
 * documented values, or throw a QuireError whose message starts with the function's name.
 * Documented non-finite results: hinfNorm and closedLoopGain return Infinity for an unstable
 * loop. fast-check runs with a fixed seed; each property has a vitest time limit, so a hang fails.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QuireError } from '../../src/core/errors.js';
import * as control from '../../src/control/index.js';
import { mat } from '../../src/core/linalg.js';
import { contract as guardContract, deepFinite } from './guard.js';

/** The shared contract; `allow` admits documented non-finite results (Infinity for an unstable loop). */
const contract = (fn: string, call: () => unknown, allow: (r: unknown) => boolean = () => false): void => {
  guardContract(fn, call, (r) => allow(r) || deepFinite(r));
};

const SEED = 1616;
const LIMIT = 30_000 * Number(process.env.QUIRE_PROPERTY_SCALE ?? 1);

/** Entries: ordinary values, exact zeros and ties, huge, tiny, subnormal; NaN and ±Infinity rarely. */
const entry = fc.oneof(
  { weight: 10, arbitrary: fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true }) },
  { weight: 3, arbitrary: fc.constantFrom(0, 1, -1, 0.5) },
  { weight: 1, arbitrary: fc.constantFrom(1e300, -1e300, 1e-300, 5e-324, -5e-324, 1e150) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity) },
);

const matrix = (r: number, c: number) => fc.array(fc.array(entry, { minLength: c, maxLength: c }), { minLength: r, maxLength: r });

/** A square matrix, possibly made singular (a repeated row) or near-singular (a row plus 1e-14). */
const square = (n: number) =>
  fc.tuple(matrix(n, n), fc.constantFrom('plain', 'singular', 'near')).map(([a, kind]) => {
    if (n > 1 && kind !== 'plain') a[n - 1] = a[0].map((x) => x * (kind === 'near' ? 1 + 1e-14 : 1));
    return a;
  });

/** A symmetric matrix (from a square one), sometimes PSD (AAᵀ). */
const symmetric = (n: number) =>
  fc.tuple(square(n), fc.boolean()).map(([a, psd]) =>
    a.map((row, i) =>
      row.map((_, j) => {
        if (psd) {
          let s = 0;
          for (let k = 0; k < n; k++) s += a[i][k] * a[j][k];
          return s;
        }
        return i <= j ? a[i][j] : a[j][i];
      }),
    ),
  );

/** Shapes: mostly consistent (n, m), sometimes mismatched by one. */
const dims = fc.record({ n: fc.integer({ min: 1, max: 4 }), m: fc.integer({ min: 1, max: 3 }), off: fc.constantFrom(0, 0, 0, 0, 1) });

const SCALE = Number(process.env.QUIRE_PROPERTY_SCALE ?? 1);
const run = { seed: Number(process.env.QUIRE_PROPERTY_SEED ?? SEED), numRuns: 60 * SCALE, endOnFailure: true };

describe('property hunt: quire/control', () => {
  it(
    'solveStein and solveLyapunov',
    () => {
      fc.assert(
        fc.property(
          dims.chain(({ n, off }) => fc.tuple(square(n), symmetric(n + off))),
          ([F, M]) => {
            contract('solveStein', () => control.solveStein(F, M));
            contract('solveLyapunov', () => control.solveLyapunov(F, M));
          },
        ),
        run,
      );
    },
    LIMIT,
  );

  it(
    'solveDARE, solveCARE, solveDARENewton, dlqr, lqr',
    () => {
      fc.assert(
        fc.property(
          dims.chain(({ n, m, off }) => fc.tuple(square(n), matrix(n, m), symmetric(n), symmetric(m + off), fc.boolean())),
          ([A, B, Q, R, balance]) => {
            contract('solveDARE', () => control.solveDARE(A, B, Q, R, { balance }));
            contract('solveCARE', () => control.solveCARE(A, B, Q, R, { balance }));
            contract('solveDARENewton', () => control.solveDARENewton(A, B, Q, R));
            contract('dlqr', () => control.dlqr(A, B, Q, R));
            contract('lqr', () => control.lqr(A, B, Q, R));
          },
        ),
        run,
      );
    },
    LIMIT,
  );

  it(
    'dhinf, hinf, gammaStar',
    () => {
      fc.assert(
        fc.property(
          dims.chain(({ n, m, off }) =>
            fc.tuple(
              square(n),
              matrix(n, m),
              matrix(n + off, 1),
              symmetric(n),
              symmetric(m),
              fc.oneof(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.constantFrom(0, -1, Number.NaN, 1e300, 5e-324)),
            ),
          ),
          ([A, B, D, Q, R, gamma]) => {
            contract('dhinf', () => control.dhinf(A, B, D, Q, R, gamma));
            contract('hinf', () => control.hinf(A, B, D, Q, R, gamma));
          },
        ),
        { ...run, numRuns: 40 * SCALE },
      );
      // gammaStar bisects on feasibility: fewer runs
      fc.assert(
        fc.property(
          dims.chain(({ n, m }) => fc.tuple(square(n), matrix(n, m), matrix(n, 1), symmetric(n), symmetric(m), fc.boolean())),
          ([A, B, D, Q, R, discrete]) => {
            contract('gammaStar', () => control.gammaStar(A, B, D, Q, R, { discrete, relTol: 1e-4 }));
          },
        ),
        { ...run, numRuns: 15 * SCALE },
      );
    },
    LIMIT,
  );

  it(
    'hinfNorm and closedLoopGain (Infinity for an unstable loop is documented)',
    () => {
      const infOk = (r: unknown) => r === Infinity;
      fc.assert(
        fc.property(
          dims.chain(({ n, m, off }) =>
            fc.tuple(square(n), matrix(n, m), matrix(2, n + off), matrix(n, 1), symmetric(n), symmetric(m), matrix(m, n), fc.boolean()),
          ),
          ([A, B, C, D, Q, R, K, discrete]) => {
            contract('hinfNorm', () => control.hinfNorm(A, B, C, { discrete }), infOk);
            contract('closedLoopGain', () => control.closedLoopGain(A, B, D, Q, R, K, { discrete }), infOk);
            const v = (() => {
              try {
                return control.hinfNorm(A, B, C, { discrete });
              } catch {
                return null;
              }
            })();
            if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
          },
        ),
        run,
      );
    },
    LIMIT,
  );

  it(
    'dareGainDerivative and careGainDerivative',
    () => {
      fc.assert(
        fc.property(
          dims.chain(({ n, m, off }) => fc.tuple(square(n), matrix(n, m), symmetric(n), symmetric(m), symmetric(n + off), square(n))),
          ([A, B, Q, R, dQ, dA]) => {
            contract('dareGainDerivative', () => control.dareGainDerivative(A, B, Q, R, { dQ, dA }));
            contract('careGainDerivative', () => control.careGainDerivative(A, B, Q, R, { dQ, dA }));
          },
        ),
        { ...run, numRuns: 40 * SCALE },
      );
    },
    LIMIT,
  );

  it(
    'task maps: taskController, taskJacobian, lipschitz over θ in and out of the box, and bad specs',
    () => {
      const fams = [control.doubleIntegratorFamily(), control.planarQuadrotorFamily()];
      const spec = fc.oneof(
        fc.constant({ kind: 'lqr' } as control.ControllerSpec),
        fc.double({ min: 0.1, max: 50, noNaN: true }).map((gamma) => ({ kind: 'hinf', gamma }) as control.ControllerSpec),
        fc
          .oneof(fc.double({ min: 1.01, max: 5, noNaN: true }), fc.constantFrom(1, 0.5, Number.NaN))
          .map((c) => ({ kind: 'hinf-relative', c }) as control.ControllerSpec),
        fc.constantFrom({ kind: 'pid' } as unknown as control.ControllerSpec, null as unknown as control.ControllerSpec),
      );
      const theta = fc.array(fc.oneof(fc.double({ min: 0.2, max: 5, noNaN: true }), fc.constantFrom(0.2, 5, 0, -1, Number.NaN, 1e300)), {
        minLength: 1,
        maxLength: 3,
      });
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1 }), spec, theta, theta, (fi, s, t1, t2) => {
          const f = fams[fi];
          contract('taskController', () => control.taskController(f, s, t1));
          contract('taskJacobian', () => control.taskJacobian(f, s, t1));
          contract('lipschitz', () => control.lipschitz(f, s, [t1, t2]));
        }),
        { ...run, numRuns: 30 * SCALE },
      );
    },
    LIMIT,
  );

  it(
    'families, the LQR Lipschitz bound, and planarQuadrotor constants (NaN, 0, ±1e300, subnormal)',
    () => {
      const c = fc.oneof(fc.double({ min: 0.01, max: 10, noNaN: true }), fc.constantFrom(0, -1, Number.NaN, 1e300, 5e-324, Infinity));
      fc.assert(
        fc.property(c, c, c, c, (dt, mass, inertia, gravity) => {
          contract('planarQuadrotor', () => control.planarQuadrotor({ dt, mass, inertia, gravity }));
          contract('planarQuadrotorFamily', () => control.planarQuadrotorFamily({ dt, mass, inertia, gravity }));
        }),
        run,
      );
      contract('doubleIntegratorFamily', () => control.doubleIntegratorFamily());
      const f = control.doubleIntegratorFamily();
      fc.assert(
        fc.property(
          fc.constantFrom(0, -1, 1e-300, 0.2),
          fc.constantFrom(5, 1e300, Number.NaN, 0.1),
          fc.constantFrom(1, 3, 0, 2.5, 1e6),
          (lo, hi, cells) => {
            contract('lqrLipschitzBound', () => control.lqrLipschitzBound({ ...f, lower: [lo, 0.2], upper: [hi, 5] }, { cells }));
          },
        ),
        { ...run, numRuns: 30 * SCALE },
      );
    },
    LIMIT,
  );

  it(
    'agent: expertPolicy, linearizeAtGoal, scoreTask on bad tasks and options; trainAgent rejects bad options before work',
    async () => {
      const f = control.planarQuadrotorFamily();
      const K = control.taskController(f, { kind: 'lqr' }, [1, 1]).K;
      const Km = mat(2, 6, K.data.slice());
      const task = { goal: [0.5, -0.5] as [number, number], weights: [1, 1], K: Km, gamma: 3 };
      const pol = control.expertPolicy(Km);
      contract('linearizeAtGoal', () => control.linearizeAtGoal(pol, task, 6, 2));
      fc.assert(
        fc.property(
          fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom(0, -1, 1.5, Number.NaN)),
          fc.oneof(fc.double({ min: 1e-3, max: 1, noNaN: true }), fc.constantFrom(0, -1, Number.NaN, Infinity)),
          fc.constantFrom([1, 1], [1], [1, 1, 1]).map((w) => [...w]),
          fc.constantFrom(Km, mat(1, 6), mat(2, 5)),
          (horizon, reachTol, weights, Kx) => {
            contract(
              'scoreTask',
              () => control.scoreTask(f, pol, { ...task, weights, K: Kx }, { horizon, reachTol }),
              (r) => {
                // a documented Infinity: the gain of an unstable linearization
                const s = r as { gain: number; excessCost: number };
                return s.gain === Infinity && Number.isFinite(s.excessCost);
              },
            );
          },
        ),
        { ...run, numRuns: 40 * SCALE },
      );
      for (const bad of [{ steps: 0 }, { hidden: 0 }, { lr: 0 }, { lr: Number.NaN }, { batchSize: -1 }, { depth: 1.5 }, { seed: -1 }]) {
        let err: unknown = null;
        try {
          await control.trainAgent(f, [task, task], bad);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(QuireError);
        expect((err as Error).message).toMatch(/^trainAgent:/);
      }
      let err: unknown = null;
      try {
        await control.trainAgent(f, [task], {});
      } catch (e) {
        err = e;
      }
      expect((err as Error).message).toMatch(/^trainAgent: experts must hold at least 2/);
      expect(control.agentSchema.steps.min).toBe(1);
      expect(control.defaultAgentOptions.steps).toBeGreaterThan(0);
    },
    LIMIT,
  );
});
