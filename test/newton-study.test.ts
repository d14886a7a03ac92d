import { describe, expect, it } from 'vitest';
import { runStudy, resolveConfig } from '../src/studies/runner.js';
import { newtonStudy } from '../src/studies/newton/index.js';
import type { Study, StudyConfig } from '../src/studies/types.js';

const study = newtonStudy as unknown as Study<StudyConfig>;
const tiny = {
  seeds: 2,
  width: 32,
  points: 16,
  itersFirstOrder: 40,
  itersSecondOrder: 10,
  records: 6,
  kernelWidths: [16, 32, 64],
  oneStepWidths: [16, 32, 64],
};

describe('newton study under the claim protocol', () => {
  it('emits the protocol fields, a sanity check outside the Holm family, negative controls and deviations', async () => {
    const res = await runStudy(study, { profile: 'quick', overrides: tiny });
    const ids = res.claims.map((c) => c.id);
    expect(ids).toEqual([
      'gd-spectral-bias',
      'newton-uniform',
      'newton-beats-gd',
      'nntk-deterministic-limit',
      'newton-approaches-nntk',
      'one-step-convergence',
    ]);
    for (const c of res.claims) {
      expect(c.protocol).not.toBeNull();
      expect(c.pValues).not.toBeNull();
      expect(c.negativeControl !== null || c.noNegativeControl !== undefined).toBe(true);
    }
    const sanity = res.claims.find((c) => c.id === 'nntk-deterministic-limit')!;
    expect(sanity.kind).toBe('sanity');
    expect(sanity.pValues!.family).toBe(1);
    expect(res.claims.find((c) => c.id === 'gd-spectral-bias')!.pValues!.family).toBe(5);
    expect(res.deviations.some((d) => d.includes('pre-registered end ratio'))).toBe(true);
    // the one-step regime table: λ_N against |λ_min(S)| and the exact inertia of H + λ_N I
    const table = res.tables!.find((t) => t.id === 'one-step-regime')!;
    expect(table.rows.length).toBe(3 * 5);
    for (const r of table.rows) {
      const ratio = r[4] as number;
      const neg = r[5] as number;
      if (ratio > 1.5) expect(neg).toBe(0); // λ_N > |λ_min(S)| makes H + λ_N I positive definite
    }
    // the post-hoc uniformity index is still reported, beside the judged end ratio
    expect(typeof res.metrics.uniformityNewton).toBe('number');
    expect(res.claims.find((c) => c.id === 'newton-uniform')!.uncertainty).toMatch(/uniformity index/);
  }, 60_000);

  it('the schema rejects a bad config before any work, naming the field', () => {
    expect(() => resolveConfig(study, { profile: 'quick', overrides: { beta: 0.3 } })).toThrow(/beta/);
    expect(() => resolveConfig(study, { profile: 'quick', overrides: { seeds: 1 } })).toThrow(/seeds/);
  });
});
