import { describe, expect, it } from 'vitest';
import { studies } from '../src/studies/spatial/index.js';
import { resolveConfig, runStudy } from '../src/studies/runner.js';

const study = studies[0];
// a tiny config: every claim is judged, in a few seconds
const tiny = {
  n1d: 32,
  T1d: 48,
  reps1d: 2,
  nStations: 30,
  T2d: 30,
  reps2d: 2,
  iters: 10,
  pilotReps: 2,
  taus: [0, 1e3],
  taus2d: [0, 1],
};

describe('spatial study under the claim protocol', () => {
  it('validates its config against the schema before any work', () => {
    expect(() => resolveConfig(study, { profile: 'quick', overrides: { reps2d: 1 } })).toThrow(/spatial: reps2d must be in \[2, 1000\]/);
    expect(() => resolveConfig(study, { profile: 'quick', overrides: { tauReg: 0 } })).toThrow(/tauReg/);
  });

  it('emits the protocol fields for every claim, Holm across the 5 paper claims, sanity checks outside it', async () => {
    const res = await runStudy(study, { profile: 'quick', overrides: tiny });
    expect(res.claims.map((c) => c.id)).toEqual([
      'basis-recovery',
      'covariance',
      'kriging-improves',
      'beats-gp',
      'coverage',
      'sigma2',
      'penalised-pca',
    ]);
    for (const c of res.claims) {
      expect(c.protocol).not.toBeNull();
      expect(c.pValues).not.toBeNull();
      expect(c.negativeControl !== null || c.noNegativeControl !== undefined).toBe(true);
      expect(Number.isFinite(c.effect)).toBe(true);
    }
    const paper = res.claims.filter((c) => c.kind === 'paper');
    expect(paper.length).toBe(5);
    for (const c of paper) expect(c.pValues!.family).toBe(5);
    expect(res.claims.find((c) => c.id === 'beats-gp')!.origin).toBe('ours');
    expect(res.claims.find((c) => c.id === 'beats-gp')!.gate).not.toBeNull();
    // the exact reduction to penalised PCA holds at any scale
    const pca = res.claims.find((c) => c.id === 'penalised-pca')!;
    expect(pca.effect).toBeLessThan(1e-6);
    expect(pca.verdict).toBe('holds');
    expect(res.deviations.length).toBeGreaterThan(0);
    // 5 fields × 2 replications
    expect(res.tables![1].rows.length).toBe(10);
  }, 120_000);
});
