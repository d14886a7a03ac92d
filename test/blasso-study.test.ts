import { describe, expect, it } from 'vitest';
import { resolveConfig, runStudy } from '../src/studies/runner.js';
import { blassoStudy } from '../src/studies/blasso/index.js';
import type { Study, StudyConfig } from '../src/studies/types.js';

const study = blassoStudy as unknown as Study<StudyConfig>;

describe('blasso study under the claim protocol', () => {
  it('emits the protocol fields, negative controls, the equal-budget table and deviations', async () => {
    const res = await runStudy(study, { profile: 'quick', overrides: { seeds: 4, iters: 128, noiseSeeds: 1, rateSeeds: 2 } });
    expect(res.claims.map((c) => c.id)).toEqual([
      'fsp-beats-cpgd',
      'cpgd-stalls',
      'certificate',
      'particles-bounded',
      'noise-recovery',
      'rate',
      'time-vs-sfw',
    ]);
    for (const c of res.claims) {
      expect(c.protocol).not.toBeNull();
      expect(c.pValues!.family).toBe(7);
      expect(c.negativeControl !== null || c.noNegativeControl !== undefined).toBe(true);
      // each claim says which gradients it uses
      const decl = blassoStudy.claims.find((d) => d.id === c.id)!;
      expect(decl.statement).toMatch(/exact gradients|stochastic/i);
    }
    const table = res.tables!.find((t) => t.id === 'success')!;
    expect(table.columns).toContain('CPGD, 30 particles, equal budget');
    expect(table.columns).toContain('FS&P stochastic, 2 particles');
    expect(table.columns).toContain('SFW (merging)');
    expect(res.metrics.medianFspEvaluations).toBeGreaterThan(128);
    expect(res.deviations.length).toBeGreaterThan(0);
  }, 60_000);

  it('the schema rejects a bad config before any work, naming the field', () => {
    expect(() => resolveConfig(study, { profile: 'quick', overrides: { iters: 4 } })).toThrow(/iters/);
    expect(() => resolveConfig(study, { profile: 'quick', overrides: { lambda: 0 } })).toThrow(/lambda/);
  });
});
