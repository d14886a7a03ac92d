import { describe, expect, it } from 'vitest';
import { fitWithCorrection, studies } from '../src/studies/meta/index.js';

describe('meta study: claim protocol (issue 18)', () => {
  it('fitWithCorrection recovers the exponent of a·m^b·exp(c/√m) exactly (closed form)', () => {
    const ms = [4, 16, 64, 256, 1024, 4096];
    const ys = ms.map((m) => Math.log(1.7) - 0.25 * Math.log(m) + 0.8 / Math.sqrt(m));
    const f = fitWithCorrection(ms, ys);
    expect(f.b).toBeCloseTo(-0.25, 12);
    expect(f.se).toBeLessThan(1e-10);
    expect(f.df).toBe(3);
  });

  it('every claim declares a protocol and a negative control or the reason it has none; identities are sanity checks', () => {
    const study = studies[0];
    for (const c of study.claims) {
      expect(c.protocol, c.id).toBeDefined();
      expect(Boolean(c.negativeControl) !== Boolean(c.noNegativeControl), c.id).toBe(true);
    }
    const kind = Object.fromEntries(study.claims.map((c) => [c.id, c.kind ?? 'paper']));
    expect(kind['rate-pooled-fixed-d']).toBe('sanity');
    expect(kind['rate-direction-fixed-d']).toBe('sanity');
    expect(study.claims.filter((c) => c.id.startsWith('rate-') && c.kind !== 'sanity').every((c) => c.origin === 'ours')).toBe(true);
    expect(study.deviations?.length).toBeGreaterThan(0);
  });
});
