import { describe, expect, it } from 'vitest';
import { tuneTau } from './tune.js';
import { generateStations2d, toRows } from './generators.js';

describe('tuneTau', () => {
  const d = generateStations2d({ n: 50, T: 60, seed: 4 });
  const R = new Float64Array(d.T * d.n);
  for (let i = 0; i < R.length; i++) R[i] = d.Y[i] - d.trend[i];
  const rows = toRows(R, d.T, d.n);
  const coords = Array.from({ length: d.n }, (_, i) => [d.coords[2 * i], d.coords[2 * i + 1]]);

  it('scores every grid pair and returns the one with the smallest validation RMSE', () => {
    const res = tuneTau(rows, coords, { tau1: [0, 1, 100], tau2: [0, 1], fit: { K: 3, iters: 10 } });
    expect(res.scores).toHaveLength(6);
    const min = Math.min(...res.scores.map((s) => s.rmse));
    expect(res.best.rmse).toBe(min);
    // kriging the held-out sites beats predicting the residual mean (RMSE ≈ sd of the residuals there)
    let ss = 0;
    for (const v of R) ss += v * v;
    expect(res.best.rmse).toBeLessThan(Math.sqrt(ss / R.length));
  });

  it('rejects bad grids and fractions', () => {
    expect(() => tuneTau(rows, coords, { tau1: [] })).toThrow(/grids must not be empty/);
    expect(() => tuneTau(rows, coords, { tau1: [-1] })).toThrow(/grid values must be finite and ≥ 0/);
    expect(() => tuneTau(rows, coords, { valFraction: 0.9 })).toThrow(/valFraction must be in \(0, 0.5\]/);
    expect(() => tuneTau(rows, coords, { fit: { K: 45 } })).toThrow(/K = 45 must be less than the 40 fitting sites/);
  });
});
