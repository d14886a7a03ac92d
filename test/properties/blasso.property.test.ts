/**
 * Property hunt over every export of quire/blasso (issue 16): NaN, ±∞, ±1e300, subnormals, n = 1,
 * zero amplitudes, empty measures, λ at its edges, singular (all-equal) cost matrices. Each call must
 * return finite values or throw a QuireError naming the function (contract.ts); a per-call watchdog
 * turns a hang into a failure. fast-check runs with a fixed seed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as blasso from '../../src/blasso/index.js';
import type { SpikeMeasure } from '../../src/blasso/index.js';
import { contract, deepFinite, nasty, params } from './guard.js';

const op1 = blasso.makeOperator({ fc: 3 });
const op2 = blasso.makeOperator({ dim: 2, fc: 1 });
const opG = blasso.makeOperator({ kernel: 'gaussian', sigma: 0.1, samples: 16 });
const ops = [op1, op2, opG];

/** A measure of dimension d with n spikes whose numbers come from `num`. */
const measure = (d: 1 | 2, num: fc.Arbitrary<number>, maxN = 3) =>
  fc
    .integer({ min: 0, max: maxN })
    .chain((n) =>
      fc
        .tuple(fc.array(num, { minLength: n * d, maxLength: n * d }), fc.array(num, { minLength: n, maxLength: n }))
        .map(([p, a]): SpikeMeasure => ({ dim: d, positions: Float64Array.from(p), amplitudes: Float64Array.from(a) })),
    );
const position = fc.oneof(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), nasty);
const amplitude = fc.oneof(fc.constantFrom(0, -0), fc.double({ min: -3, max: 3, noNaN: true }), nasty);
const lambda = fc.oneof(
  fc.constantFrom(0.1, 1e-300, 5e-324, 1e300, 0, -1, Number.NaN, Infinity),
  fc.double({ min: 1e-3, max: 10, noNaN: true }),
);
const vec = (m: number) => fc.array(fc.oneof(fc.double({ min: -3, max: 3, noNaN: true }), nasty), { minLength: m, maxLength: m });
const opIdx = fc.integer({ min: 0, max: ops.length - 1 });

describe('blasso: every export returns finite values or a QuireError naming itself', () => {
  it('measures: spikes, randomSpikes, totalVariation, spikeCount, torusDiff, wrap01', () => {
    fc.assert(
      fc.property(fc.constantFrom<1 | 2>(1, 2), fc.array(nasty, { maxLength: 6 }), fc.array(nasty, { maxLength: 3 }), (d, p, a) => {
        const r = contract('spikes', () => blasso.spikes(d, p, a));
        if (r === 'ok') {
          const mu = blasso.spikes(d, p, a);
          contract('totalVariation', () => blasso.totalVariation(mu));
          expect(blasso.spikeCount(mu)).toBe(a.length);
        }
      }),
      params(150),
    );
    fc.assert(
      fc.property(nasty, nasty, (x, y) => {
        contract('torusDiff', () => blasso.torusDiff(x, y));
        contract('wrap01', () => blasso.wrap01(x));
      }),
      params(150),
    );
    fc.assert(
      fc.property(fc.integer({ min: -2, max: 40 }), fc.constantFrom<1 | 2>(1, 2), nasty, nasty, (k, d, sep, lo) => {
        contract('randomSpikes', () => blasso.randomSpikes(k, d, { minSeparation: sep, minAmplitude: lo, seed: 1 }));
      }),
      params(100),
    );
  }, 60_000);

  it('operators: makeOperator, forward, adjoint, adjointGradient', () => {
    fc.assert(
      fc.property(
        fc.record(
          { kernel: fc.constantFrom('fourier', 'gaussian'), dim: fc.constantFrom(1, 2, 3), fc: nasty, sigma: nasty, samples: nasty },
          { requiredKeys: [] },
        ),
        (o) => {
          contract('makeOperator', () => {
            const op = blasso.makeOperator(o as Partial<blasso.OperatorOptions>);
            return { size: op.size, k0: op.kernelAtZero, curvature: op.curvature };
          });
        },
      ),
      params(120),
    );
    fc.assert(
      fc.property(opIdx, measure(1, amplitude), measure(2, amplitude), fc.array(position, { maxLength: 4 }), (i, m1, m2, pts) => {
        const op = ops[i];
        const mu = op.dim === 1 ? m1 : m2;
        contract('forward', () => blasso.forward(op, { ...mu, positions: mu.positions.map((x) => x) }));
        const r = new Float64Array(op.size).fill(0.5);
        contract('adjoint', () => blasso.adjoint(op, r, pts));
        contract('adjointGradient', () => blasso.adjointGradient(op, r, pts));
      }),
      params(150),
    );
    fc.assert(
      fc.property(opIdx, vec(64), (i, v) => {
        const op = ops[i];
        const r = v.slice(0, op.size);
        while (r.length < op.size) r.push(0);
        contract('adjoint', () => blasso.adjoint(op, r, [0.25, 0.5]));
      }),
      params(120),
    );
  }, 60_000);

  it('certificate: objective, certificate, certificateMax', () => {
    fc.assert(
      fc.property(opIdx, measure(1, amplitude), measure(2, amplitude), vec(64), lambda, (i, m1, m2, v, lam) => {
        const op = ops[i];
        const mu = op.dim === 1 ? m1 : m2;
        const y = v.slice(0, op.size);
        while (y.length < op.size) y.push(1);
        contract('objective', () => blasso.objective(op, y, mu, lam));
        contract('certificate', () => blasso.certificate(op, y, mu, lam, op.dim === 1 ? [0.3] : [0.3, 0.7]));
        contract('certificateMax', () => blasso.certificateMax(op, y, mu, lam, { grid: 16, starts: 2 }));
      }),
      params(120),
    );
  }, 60_000);

  it('solvers: cpgd, fsp, fspHorizonFree, slidingFrankWolfe, solve (n = 1, zero data, NaN, ±1e300, λ edges)', () => {
    const data = fc.oneof(
      fc.constant('zeros'),
      fc.constant('one-spike'),
      fc.constant('huge'),
      fc.constant('tiny'),
      vec(64).map((v) => v),
    );
    fc.assert(
      fc.property(opIdx, data, lambda, fc.integer({ min: 0, max: 4 }), fc.constantFrom(0, 3), (i, dat, lam, particles, batch) => {
        const op = ops[i];
        let y: number[];
        if (dat === 'zeros') y = new Array<number>(op.size).fill(0);
        else if (dat === 'one-spike') y = Array.from(blasso.forward(op, blasso.spikes(op.dim, op.dim === 1 ? [0.4] : [[0.4, 0.6]], [1])));
        else if (dat === 'huge') y = Array.from(blasso.forward(op, blasso.spikes(op.dim, op.dim === 1 ? [0.4] : [[0.4, 0.6]], [1e300])));
        else if (dat === 'tiny') y = new Array<number>(op.size).fill(1e-300);
        else {
          y = (dat as number[]).slice(0, op.size);
          while (y.length < op.size) y.push(0.1);
        }
        const base = { lambda: lam, iters: 12, seed: 1, recordEvery: 4 };
        contract('cpgd', () => blasso.cpgd(op, y, { ...base, particles: Math.max(1, particles), batch }));
        contract('fsp', () => blasso.fsp(op, y, { ...base, particles, batch }));
        contract('fspHorizonFree', () => blasso.fspHorizonFree(op, y, { ...base, particles, stepDecay: 5 }));
        contract('slidingFrankWolfe', () => blasso.slidingFrankWolfe(op, y, { lambda: lam, iters: 4, slideIters: 10, grid: 32 }));
        // solve dispatches: its errors name the method it called (fsp)
        contract('fsp', () => blasso.solve(op, y, 'fsp', { lambda: lam, iters: 8 }));
      }),
      params(60),
    );
  }, 120_000);

  it('solvers reject an initial measure with a zero amplitude by name', () => {
    const y = blasso.forward(op1, blasso.spikes(1, [0.4], [1]));
    expect(() => blasso.cpgd(op1, y, { lambda: 0.1 }, blasso.spikes(1, [0.2], [0]))).toThrow(/cpgd: initial\.amplitudes\[0\]/);
  });

  it('problems and schedules: makeProblem, birthSchedule', () => {
    fc.assert(
      fc.property(fc.record({ spikes: nasty, noise: nasty, fc: nasty, separation: nasty, seed: nasty }, { requiredKeys: [] }), (o) => {
        contract('makeProblem', () => {
          const p = blasso.makeProblem(o as Partial<blasso.ProblemOptions>);
          return { y: p.y, truth: p.truth };
        });
      }),
      params(120),
    );
    fc.assert(
      fc.property(nasty, nasty, nasty, nasty, (t, q, T, k) => {
        contract('birthSchedule', () => blasso.birthSchedule(t, q, T, k));
      }),
      params(150),
    );
  }, 60_000);

  it('diagnostics: recoveryError, flatDistance, clusterSpikes, hungarian (ties, NaN, ±∞, n = 1)', () => {
    const pair = fc
      .constantFrom<1 | 2>(1, 2)
      .chain((d) => fc.tuple(measure(d, fc.oneof(position, amplitude), 4), measure(d, fc.oneof(position, amplitude), 4)));
    fc.assert(
      fc.property(pair, nasty, ([a, b], rad) => {
        // documented: the position errors are Infinity when a true spike is unmatched
        contract(
          'recoveryError',
          () => blasso.recoveryError(a, b, { clusterRadius: rad }),
          (v) => {
            const r = v as blasso.RecoveryError;
            const unmatched = r.matched < b.amplitudes.length;
            return deepFinite(unmatched ? { ...r, maxPositionError: 0, meanPositionError: 0 } : r);
          },
        );
        contract('flatDistance', () => blasso.flatDistance(a, b));
        contract('clusterSpikes', () => blasso.clusterSpikes(a, rad));
      }),
      params(150),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(nasty, { maxLength: 16 }),
        fc.boolean(),
        (r, c, v, ties) => {
          const cost = Float64Array.from({ length: r * c }, (_, i) => (ties ? 1 : (v[i] ?? 0)));
          contract('hungarian', () => blasso.hungarian(cost, r, c));
        },
      ),
      params(150),
    );
  }, 60_000);
});

describe('blasso: regression tests for what the hunt found (each failed before its fix)', () => {
  it('hungarian with more rows than columns hung; huge costs overflowed the potentials', () => {
    expect(() => blasso.hungarian(new Float64Array(0), 3, 0)).toThrow(/hungarian: cols/);
    expect(() => blasso.hungarian(Float64Array.of(1, Number.NaN), 1, 2)).toThrow(/hungarian: cost\[1\]/);
    expect(Array.from(blasso.hungarian(Float64Array.of(-1.3e208, 1e-255, 1e308, -1e308), 2, 2))).toEqual([0, 1]);
  });
  it('torusDiff and wrap01 returned NaN for NaN', () => {
    expect(() => blasso.torusDiff(Number.NaN, 0)).toThrow(/torusDiff/);
    expect(() => blasso.wrap01(Infinity)).toThrow(/wrap01/);
    expect(blasso.torusDiff(Number.MAX_VALUE, -Number.MAX_VALUE)).toBe(0);
  });
  it('forward gave NaN at a position near 1.8e308 (2πx overflowed) and ±∞ for huge amplitudes', () => {
    const f = blasso.forward(op1, { dim: 1, positions: Float64Array.of(Number.MAX_VALUE), amplitudes: Float64Array.of(1) });
    expect(Array.from(f)).toEqual(Array.from(blasso.forward(op1, blasso.spikes(1, [0], [1]))));
    expect(() => blasso.forward(op1, blasso.spikes(1, [0], [-1.3e308]))).toThrow(/forward: Φμ overflows/);
  });
  it('objective, certificate and the solvers returned ∞ for huge data or a subnormal λ', () => {
    const y = new Array<number>(op1.size).fill(0);
    y[3] = 1e300;
    const mu = blasso.spikes(1, [], []);
    expect(() => blasso.objective(op1, y, mu, 0.1)).toThrow(/objective: F\(μ\) overflows/);
    expect(() => blasso.cpgd(op1, y, { lambda: 0.1, iters: 5 })).toThrow(/cpgd: y is too large/);
    expect(() => blasso.slidingFrankWolfe(op1, [1, 0, 0, 0, 0, 0, 0], { lambda: 5e-324 })).toThrow(/slidingFrankWolfe: lambda/);
    expect(() => blasso.certificateMax(op1, [1, 0, 0, 0, 0, 0, 0], mu, 5e-324)).toThrow(/certificateMax: max\|η\| overflows/);
  });
  it('birthSchedule returned NaN for T = 0; recoveryError named clusterSpikes for its own bad option', () => {
    expect(() => blasso.birthSchedule(0.05, 8, 0, 0)).toThrow(/birthSchedule: T/);
    const mu = blasso.spikes(1, [0.1], [1]);
    expect(() => blasso.recoveryError(mu, mu, { clusterRadius: Number.NaN })).toThrow(/recoveryError: clusterRadius/);
  });
});
