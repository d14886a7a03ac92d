import { describe, expect, it } from 'vitest';
import { fitOlsFirstStage, generateStations2d, generateSynthetic1d } from './generators.js';

describe('generators', () => {
  it('1-D: unit-norm Gaussian basis on linspace(−3, 3, N), Y = trend + signal + noise, deterministic', () => {
    const a = generateSynthetic1d({ n: 50, T: 40, seed: 3 });
    const b = generateSynthetic1d({ n: 50, T: 40, seed: 3 });
    expect(Array.from(a.Y)).toEqual(Array.from(b.Y));
    expect(a.coords[0]).toBe(-3);
    expect(a.coords[49]).toBe(3);
    let nrm = 0;
    for (const v of a.basis) nrm += v * v;
    expect(nrm).toBeCloseTo(1, 12);
    // the signal is α_t·φ(s): each row is proportional to φ
    const t = 7;
    const ratio = a.signal[t * 50 + 25] / a.basis[25];
    for (let i = 0; i < 50; i++) expect(a.signal[t * 50 + i]).toBeCloseTo(ratio * a.basis[i], 10);
    // the trend is 50 + xᵀβ exactly
    const x = a.X.subarray((t * 50 + 3) * 5, (t * 50 + 3) * 5 + 5);
    expect(a.trend[t * 50 + 3]).toBeCloseTo(50 + 10 * x[0] - 9.5 * x[1] + 2.6 * x[2] - 1.3 * x[3] + 1.2 * x[4], 9);
  });

  it('OLS first stage on noise-free data recovers the linear trend coefficients exactly', () => {
    const d = generateStations2d({ n: 30, T: 50, seed: 2, noiseStd: 0, scoreStd: 0 });
    const ols = fitOlsFirstStage(d);
    expect(ols.coef[0]).toBeCloseTo(10, 8);
    expect(ols.coef[1]).toBeCloseTo(2, 8);
    expect(ols.coef[2]).toBeCloseTo(1.5, 8);
    const d1 = generateSynthetic1d({ n: 20, T: 60, seed: 4, noiseStd: 0, eigenvalue: 0 });
    const o1 = fitOlsFirstStage(d1);
    [50, 10, -9.5, 2.6, -1.3, 1.2].forEach((b, j) => expect(o1.coef[j]).toBeCloseTo(b, 6));
  });

  it('2-D: bump basis peaks at 1, sites in [0, 1]², score variances decay by 0.49', () => {
    const d = generateStations2d({ n: 60, T: 20, seed: 1 });
    for (const c of d.coords) expect(c >= 0 && c < 1).toBe(true);
    for (const v of d.basis) expect(v > 0 && v <= 1).toBe(true);
    expect(d.scoreVariance[1] / d.scoreVariance[0]).toBeCloseTo(0.49, 12);
    expect(() => generateStations2d({ n: 2 })).toThrow(/generateStations2d: n must be in \[4/);
    expect(() => generateSynthetic1d({ ar: 1 })).toThrow(/ar must be in \(-1, 1\)/);
  });
});
