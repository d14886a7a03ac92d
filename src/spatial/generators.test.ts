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

  it("1-D 'rough' shape: unit norm, e^{−s²}·cos(4πs) up to scale, many sign changes", () => {
    const d = generateSynthetic1d({ n: 128, T: 10, seed: 1, shape: 'rough' });
    let nrm = 0;
    let changes = 0;
    for (let i = 0; i < 128; i++) {
      nrm += d.basis[i] ** 2;
      if (i > 0 && Math.sign(d.basis[i]) !== Math.sign(d.basis[i - 1])) changes++;
    }
    expect(nrm).toBeCloseTo(1, 12);
    // cos(4πs) has 24 zeros on [−3, 3]
    expect(changes).toBe(24);
    const s = d.coords[40];
    const scale = d.basis[64] / (Math.exp(-(d.coords[64] ** 2)) * Math.cos(4 * Math.PI * d.coords[64]));
    expect(d.basis[40]).toBeCloseTo(scale * Math.exp(-s * s) * Math.cos(4 * Math.PI * s), 12);
  });

  it("'bumps' is unchanged by the field option (same draws as before)", () => {
    const a = generateStations2d({ n: 30, T: 20, seed: 9 });
    const b = generateStations2d({ n: 30, T: 20, seed: 9, field: 'bumps' });
    expect(Array.from(a.Y)).toEqual(Array.from(b.Y));
    expect(a.signalCovariance).toBeUndefined();
  });

  it('full-rank fields: the sample covariance of the signal converges to signalCovariance', () => {
    for (const field of ['matern', 'anisotropic', 'nonstationary'] as const) {
      const d = generateStations2d({ n: 12, T: 6000, seed: 4, field, ar: 0.5 });
      expect(d.k0).toBe(0);
      expect(d.basis.length).toBe(0);
      const C = d.signalCovariance!;
      const n = 12;
      let num = 0;
      let den = 0;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let t = 0; t < d.T; t++) s += d.signal[t * n + i] * d.signal[t * n + j];
          num += (s / d.T - C[i * n + j]) ** 2;
          den += C[i * n + j] ** 2;
        }
      // effective sample size T(1 − a)/(1 + a) = 2000: relative Frobenius error ≈ 3 %
      expect(Math.sqrt(num / den)).toBeLessThan(0.08);
    }
  });

  it('full-rank fields: closed-form covariances (variance scoreStd²/2, anisotropic metric, amplitude ½ + s₁)', () => {
    const v = 4.5;
    const m32 = (h: number) => (1 + Math.sqrt(3) * h) * Math.exp(-Math.sqrt(3) * h);
    const iso = generateStations2d({ n: 10, T: 2, seed: 2, field: 'matern' });
    const an = generateStations2d({ n: 10, T: 2, seed: 2, field: 'anisotropic' });
    const ns = generateStations2d({ n: 10, T: 2, seed: 2, field: 'nonstationary' });
    const x = iso.coords;
    const [i, j] = [1, 6];
    const dx = x[i * 2] - x[j * 2];
    const dy = x[i * 2 + 1] - x[j * 2 + 1];
    expect(iso.signalCovariance![i * 10 + j]).toBeCloseTo(v * m32(Math.hypot(dx, dy) / 0.2), 12);
    const along = (Math.cos(Math.PI / 6) * dx + Math.sin(Math.PI / 6) * dy) / 2;
    const across = (-Math.sin(Math.PI / 6) * dx + Math.cos(Math.PI / 6) * dy) * 2;
    expect(an.signalCovariance![i * 10 + j]).toBeCloseTo(v * m32(Math.hypot(along, across) / 0.2), 12);
    expect(ns.signalCovariance![i * 10 + i]).toBeCloseTo(v * (0.5 + x[i * 2]) ** 2, 12);
    const w = Math.hypot(x[i * 2] ** 2 - x[j * 2] ** 2, dy) / 0.2;
    expect(ns.signalCovariance![i * 10 + j]).toBeCloseTo(v * (0.5 + x[i * 2]) * (0.5 + x[j * 2]) * m32(w), 12);
    expect(() => generateStations2d({ field: 'gp' as never })).toThrow(/field/);
  });
});
