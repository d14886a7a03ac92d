/**
 * Issue 16 regressions for quire/surrogate: each case was found by the property suite
 * (test/properties/surrogate.property.test.ts) and failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { klBasis, klEigen1d, klModesAt, klPhi1d } from './kl.js';
import { heatProblem, sampleKl } from './problem.js';
import { solveDataset, thomas } from './solver.js';
import { sineTestFunctions, weakResidual } from './weak.js';
import { fitDetector, precisionRecall } from './detect.js';
import { evaluatePredictions } from './evaluate.js';
import { surrogateScales } from './models.js';
import { fieldStats, relativeFieldError, sampleErrors, sortedQuantile, statisticErrors, tailIndex, tailSummary } from './tails.js';

describe('surrogate at the edges (issue 16)', () => {
  it('KL: a subnormal length scale is an error named by the caller; NaN and overflowing x are errors', () => {
    expect(() => klEigen1d(1, 5e-324)).toThrow(/klEigen1d: lengthScale 5e-324 is too small/);
    expect(() => klBasis(1, 1, 0)).toThrow(/^klBasis: lengthScale/);
    expect(() => heatProblem({ lengthScale: 5e-324 })).toThrow(/^heatProblem: lengthScale 5e-324 is too small/);
    const m = klEigen1d(1, 1.112536929253601e-308)[0];
    expect(() => klPhi1d(m, Number.MAX_VALUE)).toThrow(/klPhi1d: ω\(x − ½\) overflows/);
    expect(() => klPhi1d(m, Number.NaN)).toThrow(/klPhi1d: x must be a finite number/);
    expect(() => klModesAt(klBasis(2, 2, 0.3), Float64Array.of(0.5))).toThrow(/klModesAt: points has length 1/);
  });

  it('thomas validates and reports a broken elimination instead of returning NaN', () => {
    expect(() => thomas(Float64Array.of(Number.NaN), Float64Array.of(0), Float64Array.of(0), Float64Array.of(0))).toThrow(/thomas: a\[0\]/);
    expect(() => thomas(Float64Array.of(0), Float64Array.of(0), Float64Array.of(0), Float64Array.of(1))).toThrow(
      /thomas: the elimination broke down/,
    );
    expect(() => thomas(Float64Array.of(0), Float64Array.of(1, 2), Float64Array.of(0), Float64Array.of(1))).toThrow(
      /thomas: a has length 1, expected 2/,
    );
    expect(Array.from(thomas(Float64Array.of(0, -1), Float64Array.of(2, 2), Float64Array.of(-1, 0), Float64Array.of(1, 1)))).toEqual([
      1, 1,
    ]);
  });

  it('weakResidual, sampleErrors, fieldStats, relativeFieldError reject NaN and overflow instead of returning NaN/∞', () => {
    const p = heatProblem({ dim: 2, cells: 6, modes: 2 });
    const u = new Float64Array(p.size);
    u[3] = Number.NaN;
    expect(() => weakResidual(p, sineTestFunctions(p, 1), u, new Float64Array(p.size))).toThrow(/weakResidual: u\[3\]/);
    const big = Float64Array.of(0, 1e300);
    const e = sampleErrors(big, Float64Array.of(0, 0), 2);
    expect(e.max[0]).toBe(1e300);
    expect(e.relL2[0]).toBe(1e300);
    expect(() => sampleErrors(Float64Array.of(Number.NaN), Float64Array.of(0), 1)).toThrow(/sampleErrors: pred\[0\]/);
    expect(() => fieldStats(Float64Array.of(1e300, -1e300), 1)).toThrow(/fieldStats: the mean or variance at point 0 overflows/);
    expect(() => statisticErrors(Float64Array.of(1e300, -1e300), Float64Array.of(0, 0), 1)).toThrow(/^statisticErrors: /);
    expect(() => relativeFieldError(Float64Array.of(0.5), Float64Array.of(5e-324))).toThrow(
      /relativeFieldError: the relative error overflows/,
    );
  });

  it('tailSummary and sortedQuantile stay finite near MAX_VALUE; an all-zero error has worst/mean 1, not NaN', () => {
    const t = tailSummary(new Float64Array(12).fill(Number.MAX_VALUE));
    expect(t.mean).toBe(Number.MAX_VALUE);
    expect(t.worstOverMean).toBe(1);
    expect(tailSummary([0, 0, 0]).worstOverMean).toBe(1);
    expect(sortedQuantile(Float64Array.of(-Number.MAX_VALUE, Number.MAX_VALUE), 0.5)).toBe(0);
    expect(() => sortedQuantile(Float64Array.of(-Infinity, 0), 0.5)).toThrow(/sortedQuantile: s must hold finite numbers/);
    expect(() => tailIndex([0.5, 0, 0, 0], [0, 0, 0, 1], { q: 0.5 })).toThrow(/tailIndex: the oracle's q-quantile/);
  });

  it('precisionRecall: 0 (not NaN) when nothing is flagged or nothing is positive; empty flags are an error', () => {
    expect(precisionRecall([0, 0], [1])).toMatchObject({ precision: 0, recall: 0, flagRate: 0 });
    expect(precisionRecall([1, 0], [])).toMatchObject({ precision: 0, recall: 0, flagRate: 0.5 });
    expect(() => precisionRecall([], [])).toThrow(/precisionRecall: flags is empty/);
  });

  it('fitDetector, surrogateScales, evaluatePredictions: overflow and bad fractions are errors named by the function', () => {
    const xi = new Float64Array(24);
    xi[0] = 1e300;
    xi[22] = 1e300;
    expect(() => fitDetector(xi, 1)).toThrow(/fitDetector: the training covariance overflows/);
    const p = heatProblem({ cells: 4, modes: 2 });
    expect(() => surrogateScales(p, Float64Array.of(1e300, 1e300, 1e300))).not.toThrow();
    expect(surrogateScales(p, Float64Array.of(1e300, 1e300, 1e300)).sf).toBeCloseTo(1e300, -285);
    expect(() => surrogateScales(p, Float64Array.of(Number.NaN))).toThrow(/surrogateScales: f\[0\]/);
    const test = solveDataset(p, sampleKl(p, 20, 1));
    const train = sampleKl(p, 10, 2);
    expect(() => evaluatePredictions(test.u, test, p.size, train, 2, { fraction: 0 })).toThrow(/evaluatePredictions: fraction is 0/);
    const huge = Float64Array.from(test.u, (v, i) => (i === 0 ? 1e300 : v));
    expect(() => evaluatePredictions(huge, test, p.size, train, 2)).toThrow(/^evaluatePredictions: /);
    const ev = evaluatePredictions(test.u, test, p.size, train, 2);
    expect(ev.meanErrorInside === null || Number.isFinite(ev.meanErrorInside)).toBe(true);
  });
});
