import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterSpikes, flatDistance, hungarian, recoveryError, spikes, totalVariation } from './index.js';

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(n - 1)) for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  return out;
}

describe('hungarian', () => {
  it('finds the minimum-cost assignment (cross-check with brute force over injections)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 24, maxLength: 24 }),
        (rows, extra, vals) => {
          const cols = rows + extra;
          const cost = Float64Array.from(vals.slice(0, rows * cols));
          const a = hungarian(cost, rows, cols);
          let got = 0;
          for (let i = 0; i < rows; i++) got += cost[i * cols + a[i]];
          expect(new Set(a).size).toBe(rows);
          let best = Infinity;
          for (const p of permutations(cols)) {
            let s = 0;
            for (let i = 0; i < rows; i++) s += cost[i * cols + p[i]];
            best = Math.min(best, s);
          }
          expect(got).toBeCloseTo(best, 10);
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });
});

describe('flat distance', () => {
  it('closed forms: moving mass a by t costs a·min(t, 2); ‖μ − 0‖ = |μ|; mass mismatch costs its size', () => {
    expect(flatDistance(spikes(1, [0.1], [1]), spikes(1, [0.15], [1]))).toBeCloseTo(0.05, 14);
    expect(flatDistance(spikes(1, [0.05], [2]), spikes(1, [0.95], [2]))).toBeCloseTo(0.2, 14); // wraps around the torus
    expect(flatDistance(spikes(2, [[0.1, 0.1]], [1]), spikes(2, [[0.13, 0.14]], [1]))).toBeCloseTo(0.05, 14);
    expect(flatDistance(spikes(1, [0.2, 0.7], [1, 0.5]), spikes(1, [], []))).toBeCloseTo(1.5, 14);
    // +1 at 0.2 and −0.5 at 0.7: move 0.5 over 0.5 (0.25), destroy the remaining 0.5 (0.5)
    expect(flatDistance(spikes(1, [0.2, 0.7], [1, -0.5]), spikes(1, [], []))).toBeCloseTo(0.75, 14);
    expect(flatDistance(spikes(1, [0.3], [1]), spikes(1, [0.3], [0.4]))).toBeCloseTo(0.6, 14);
    // a +1 and a −1 spike 0.1 apart: cancel by transport (0.1) rather than destroy both (2)
    expect(flatDistance(spikes(1, [0.3, 0.4], [1, -1]), spikes(1, [], []))).toBeCloseTo(0.1, 14);
  });

  it('is a metric on random measures: symmetric, zero on equal inputs, triangle inequality, ≤ |μ| + |ν|', () => {
    const atom = fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }));
    const meas = fc.array(atom, { minLength: 0, maxLength: 5 }).map((a) =>
      spikes(
        1,
        a.map((t) => t[0]),
        a.map((t) => t[1]),
      ),
    );
    fc.assert(
      fc.property(meas, meas, meas, (a, b, c) => {
        const ab = flatDistance(a, b);
        expect(ab).toBeCloseTo(flatDistance(b, a), 9);
        expect(flatDistance(a, a)).toBeCloseTo(0, 12);
        expect(ab).toBeLessThanOrEqual(flatDistance(a, c) + flatDistance(c, b) + 1e-9);
        expect(ab).toBeLessThanOrEqual(totalVariation(a) + totalVariation(b) + 1e-9);
      }),
      { seed: 42, numRuns: 80 },
    );
  });
});

describe('recovery error', () => {
  it('reports the matched position and amplitude errors of a perturbed truth', () => {
    const truth = spikes(1, [0.1, 0.5, 0.98], [1, -1, 0.5]);
    const est = spikes(1, [0.502, 0.0, 0.1, 0.7], [-0.9, 0.55, 1, 0.01]);
    const r = recoveryError(est, truth);
    expect(r.matched).toBe(3);
    expect(r.maxPositionError).toBeCloseTo(0.02, 12); // 0.98 ↔ 0.0 across the wrap
    expect(r.meanPositionError).toBeCloseTo((0 + 0.002 + 0.02) / 3, 12);
    expect(r.maxAmplitudeError).toBeCloseTo(0.1, 12);
    expect(r.spuriousMass).toBeCloseTo(0.01, 12);
  });

  it('clusters split particles before matching; a missed spike gives infinite position error', () => {
    const truth = spikes(1, [0.2, 0.6], [1, 1]);
    const split = spikes(1, [0.2, 0.2004, 0.6], [0.5, 0.5, 1]);
    expect(clusterSpikes(split, 0.01).amplitudes.length).toBe(2);
    const r = recoveryError(split, truth);
    expect(r.maxPositionError).toBeCloseTo(0.0002, 12);
    expect(r.maxAmplitudeError).toBeCloseTo(0, 12);
    const miss = recoveryError(spikes(1, [0.2], [1]), truth);
    expect(miss.matched).toBe(1);
    expect(miss.maxPositionError).toBe(Infinity);
    expect(miss.maxAmplitudeError).toBe(1);
  });

  it('rejects mismatched dimensions and bad radii', () => {
    expect(() => recoveryError(spikes(1, [0.1], [1]), spikes(2, [[0.1, 0.2]], [1]))).toThrow(/recoveryError: truth.dim is 2, expected 1/);
    expect(() => flatDistance(spikes(1, [0.1], [1]), spikes(2, [[0.1, 0.2]], [1]))).toThrow(/flatDistance: nu.dim is 2, expected 1/);
    expect(() => clusterSpikes(spikes(1, [0.1], [1]), -1)).toThrow(/clusterSpikes: radius/);
  });
});
