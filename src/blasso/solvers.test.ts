import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  certificateMax,
  cpgd,
  forward,
  fsp,
  fspHorizonFree,
  makeOperator,
  makeProblem,
  objective,
  recoveryError,
  slidingFrankWolfe,
  solve,
  spikes,
  birthSchedule,
} from './index.js';

describe('single spike: closed-form amplitude a* = a₀ − λ/‖φ‖²', () => {
  for (const [dim, fcut] of [
    [1, 4],
    [2, 2],
  ] as const) {
    it(`Fourier d=${dim}, fc=${fcut}: FS&P and SFW give a* = a₀ − λ/(2fc+1)^d at x₀`, () => {
      const op = makeOperator({ dim, fc: fcut });
      const x0 = dim === 1 ? [0.3] : [[0.3, 0.72]];
      const truth = spikes(dim, x0, [1.2]);
      const y = forward(op, truth);
      const lambda = 0.3;
      const aStar = 1.2 - lambda / (2 * fcut + 1) ** dim;
      for (const res of [fsp(op, y, { lambda, iters: 1500, seed: 3 }), slidingFrankWolfe(op, y, { lambda })]) {
        const rec = recoveryError(res.measure, truth);
        expect(rec.maxPositionError).toBeLessThan(1e-6);
        let total = 0;
        for (const a of res.measure.amplitudes) total += a;
        expect(total).toBeCloseTo(aStar, 5);
        expect(rec.spuriousMass).toBeLessThan(1e-6);
      }
    });
  }
});

describe('exact recovery at zero noise', () => {
  const op = makeOperator({ fc: 10 });
  const truth = spikes(1, [0.11, 0.46, 0.76], [1, -0.7, 0.5]); // separation 0.3 ≥ 2/fc
  const y = forward(op, truth);
  it('SFW (λ = 1e-3) and FS&P (λ = 1e-2) recover positions to 1e-4', () => {
    const s = slidingFrankWolfe(op, y, { lambda: 1e-3 });
    const rs = recoveryError(s.measure, truth);
    expect(rs.matched).toBe(3);
    expect(rs.maxPositionError).toBeLessThan(1e-4);
    expect(rs.maxAmplitudeError).toBeLessThan(1e-3);
    const f = fsp(op, y, { lambda: 1e-2, iters: 3000, seed: 1 });
    const rf = recoveryError(f.measure, truth);
    expect(rf.matched).toBe(3);
    expect(rf.maxPositionError).toBeLessThan(1e-4);
    expect(rf.spuriousMass).toBeLessThan(0.02);
  });
});

describe('FS&P optimality', () => {
  it('max|η| ≤ 1 + 1e-3 at FS&P’s solution and F matches SFW’s to 1e-4 (Fourier and Gaussian, d = 1, 2)', () => {
    const cases = [
      { kernel: 'fourier', dim: 1, spikes: 4, fc: 6, seed: 3 },
      { kernel: 'gaussian', dim: 1, spikes: 3, seed: 5 },
      { kernel: 'gaussian', dim: 2, spikes: 2, seed: 2, samples: 12, sigma: 0.08 },
    ] as const;
    for (const c of cases) {
      const p = makeProblem(c);
      const lambda = 0.1;
      const f = fsp(p.op, p.y, { lambda, iters: 2000, seed: 7, recordEvery: 2000 });
      const s = slidingFrankWolfe(p.op, p.y, { lambda });
      expect(f.certificateMax).toBeLessThan(1 + 1e-3);
      expect(s.certificateMax).toBeLessThan(1 + 1e-6);
      expect(Math.abs(f.objective - s.objective) / s.objective).toBeLessThan(1e-4);
      // SFW's reported objective is the objective of its measure
      expect(objective(p.op, p.y, s.measure, lambda)).toBeCloseTo(s.objective, 12);
      expect(certificateMax(p.op, p.y, f.measure, lambda).value).toBeCloseTo(f.certificateMax, 6);
    }
  });

  it('from few particles with the wrong signs CPGD stalls (max|η| ≫ 1) where FS&P escapes', () => {
    const p = makeProblem({ kernel: 'fourier', dim: 1, spikes: 4, fc: 6, seed: 3 });
    const c = cpgd(p.op, p.y, { lambda: 0.1, particles: 2, signs: 'positive', iters: 2000, seed: 1 });
    const f = fsp(p.op, p.y, { lambda: 0.1, particles: 2, signs: 'positive', iters: 2000, seed: 1 });
    expect(c.certificateMax).toBeGreaterThan(2);
    expect(f.certificateMax).toBeLessThan(1.001);
    expect(f.objective).toBeLessThan(c.objective);
    expect(f.births).toBeGreaterThan(0);
  });

  it('the horizon-free variant also reaches the optimum; its schedule decreases τ and grows q', () => {
    const p = makeProblem({ kernel: 'fourier', dim: 1, spikes: 3, fc: 6, seed: 11 });
    const h = fspHorizonFree(p.op, p.y, { lambda: 0.1, iters: 2000, seed: 2 });
    const s = slidingFrankWolfe(p.op, p.y, { lambda: 0.1 });
    expect(h.certificateMax).toBeLessThan(1 + 1e-3);
    expect(Math.abs(h.objective - s.objective) / s.objective).toBeLessThan(1e-4);
    const a = birthSchedule(0.05, 8, 10, 0);
    const b = birthSchedule(0.05, 8, 10, 1000);
    expect(a).toEqual({ tolerance: 0.05, candidates: 8 });
    expect(b.tolerance).toBeCloseTo(0.05 / Math.sqrt(101), 14);
    expect(b.candidates).toBe(Math.ceil(8 * (1 + Math.log(101))));
  });
});

describe('CPGD invariants', () => {
  it('mirror updates never flip a sign and, with small steps, the objective decreases monotonically', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (seed) => {
        const p = makeProblem({ kernel: 'fourier', dim: 1, spikes: 3, fc: 5, seed });
        const init = spikes(1, [0.1, 0.3, 0.5, 0.7, 0.9], [0.2, -0.2, 0.2, -0.2, 0.2]);
        const r = cpgd(p.op, p.y, { lambda: 0.1, iters: 300, recordEvery: 1, stepWeights: 0.002, stepPositions: 1e-5 }, init);
        for (let i = 0; i < 5; i++) expect(Math.sign(r.measure.amplitudes[i])).toBe(Math.sign(init.amplitudes[i]));
        const o = r.trajectory.objective;
        for (let k = 1; k < o.length; k++) expect(o[k]).toBeLessThanOrEqual(o[k - 1] + 1e-12);
      }),
      { seed: 42, numRuns: 8 },
    );
  });

  it('over-parameterised CPGD reaches the SFW objective (cross-check)', () => {
    const p = makeProblem({ kernel: 'gaussian', dim: 1, spikes: 2, seed: 4 });
    const c = cpgd(p.op, p.y, { lambda: 0.1, particles: 20, iters: 1500, recordEvery: 1500 });
    const s = slidingFrankWolfe(p.op, p.y, { lambda: 0.1 });
    expect(Math.abs(c.objective - s.objective) / s.objective).toBeLessThan(1e-3);
  });

  it('is deterministic: the same seed gives bit-identical measures', () => {
    const p = makeProblem({ spikes: 3, seed: 9 });
    const a = fsp(p.op, p.y, { lambda: 0.1, iters: 300, seed: 5 });
    const b = fsp(p.op, p.y, { lambda: 0.1, iters: 300, seed: 5 });
    expect(Array.from(b.measure.positions)).toEqual(Array.from(a.measure.positions));
    expect(Array.from(b.measure.amplitudes)).toEqual(Array.from(a.measure.amplitudes));
    expect(b.trajectory.objective).toEqual(a.trajectory.objective);
  });

  it('records a trajectory with objective, certificate max, particles and non-decreasing time', () => {
    const p = makeProblem({ spikes: 2, seed: 1 });
    const r = solve(p.op, p.y, 'fsp', { lambda: 0.1, iters: 200, recordEvery: 20 });
    expect(r.trajectory.iteration).toEqual([0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200]);
    for (let k = 1; k < r.trajectory.time.length; k++) expect(r.trajectory.time[k]).toBeGreaterThanOrEqual(r.trajectory.time[k - 1]);
    expect(r.trajectory.particles.at(-1)).toBe(r.measure.amplitudes.length);
    expect(r.trajectory.objective.at(-1)).toBeCloseTo(r.objective, 10);
  });
});

describe('bad input', () => {
  const op = makeOperator({ fc: 3 });
  const y = new Float64Array(7);
  it('rejects bad options and measurements', () => {
    expect(() => cpgd(op, y, { lambda: -1 })).toThrow(/cpgd: lambda must be in \(0, Infinity\)/);
    expect(() => cpgd(op, y, {} as never)).toThrow(/cpgd: option 'lambda' is required/);
    expect(() => fsp(op, [1, 2, 3], { lambda: 1 })).toThrow(/fsp: y has length 3, expected 7/);
    expect(() => fsp(op, y, { lambda: 1, deathThreshold: 2 })).toThrow(/fsp: deathThreshold must be in/);
    expect(() => fsp(op, y, { lambda: 1, iters: 1.5 })).toThrow(/fsp: iters must be an integer/);
    expect(() => slidingFrankWolfe(op, [1, 2, Number.NaN, 0, 0, 0, 0], { lambda: 1 })).toThrow(/slidingFrankWolfe: y/);
    expect(() => cpgd(op, y, { lambda: 1 }, spikes(1, [0.2], [0]))).toThrow(/cpgd: initial.amplitudes\[0\] is 0/);
    expect(() => solve(op, y, 'adam' as never, { lambda: 1 })).toThrow(/solve: method must be one of/);
    expect(() => makeProblem({ spikes: 40, fc: 6 })).toThrow(/randomSpikes: could not place 40 spikes/);
    expect(() => certificateMax(op, y, spikes(1, [], []), 1, { grid: 3 })).toThrow(/certificateMax: grid/);
  });
});

describe('issue 19: SFW merges and prunes; equal-budget accounting; stochastic gradients', () => {
  it('SFW merges spikes that slid onto each other (noisy Gaussian data, small λ) and stays optimal', () => {
    const p = makeProblem({ kernel: 'gaussian', dim: 1, spikes: 3, noise: 0.3, seed: 1 });
    const r = slidingFrankWolfe(p.op, p.y, { lambda: 0.01 });
    const x = Array.from(r.measure.positions).sort((a, b) => a - b);
    for (let i = 1; i < x.length; i++) expect(x[i] - x[i - 1]).toBeGreaterThan(1e-3);
    expect(1 - x[x.length - 1] + x[0]).toBeGreaterThan(1e-3);
    expect(r.merges).toBeGreaterThan(0);
    expect(r.certificateMax).toBeLessThan(1 + 1e-3);
    // without merging the same run keeps near-duplicates (the reviewer's finding)
    const raw = slidingFrankWolfe(p.op, p.y, { lambda: 0.01, mergeRadius: 0 });
    const xr = Array.from(raw.measure.positions).sort((a, b) => a - b);
    let minGap = Infinity;
    for (let i = 1; i < xr.length; i++) minGap = Math.min(minGap, xr[i] - xr[i - 1]);
    expect(minGap).toBeLessThan(1e-3);
    expect(r.measure.amplitudes.length).toBeLessThan(raw.measure.amplitudes.length);
    expect(r.objective).toBeLessThanOrEqual(raw.objective * (1 + 1e-6));
  });

  it('counts particle-gradient evaluations: CPGD does exactly particles × iterations', () => {
    const p = makeProblem({ spikes: 2, seed: 3 });
    expect(cpgd(p.op, p.y, { lambda: 0.1, particles: 7, iters: 50, seed: 1 }).evaluations).toBe(350);
    const f = fsp(p.op, p.y, { lambda: 0.1, iters: 100, seed: 1 });
    expect(f.evaluations).toBeGreaterThan(0);
    // stochastic gradients count batch/m of a full evaluation per particle
    const s = cpgd(p.op, p.y, { lambda: 0.1, particles: 4, iters: 10, seed: 1, batch: p.op.size });
    expect(s.evaluations).toBeCloseTo(40, 10);
  });

  it('stochastic FS&P (random-feature gradients, decaying steps) approaches the optimum; deterministic per seed', () => {
    const p = makeProblem({ spikes: 3, seed: 5 });
    const ref = slidingFrankWolfe(p.op, p.y, { lambda: 0.1 });
    const opts = { lambda: 0.1, iters: 3000, seed: 2, batch: p.op.size, stepDecay: 100 };
    const a = fsp(p.op, p.y, opts);
    const b = fsp(p.op, p.y, opts);
    expect(a.objective).toBe(b.objective);
    expect((a.objective - ref.objective) / ref.objective).toBeLessThan(1e-2);
    expect((a.objective - ref.objective) / ref.objective).toBeGreaterThan(-1e-9);
    // batch 0 is the exact method
    expect(fsp(p.op, p.y, { lambda: 0.1, iters: 200, seed: 2, batch: 0 }).objective).toBe(
      fsp(p.op, p.y, { lambda: 0.1, iters: 200, seed: 2 }).objective,
    );
  });
});
