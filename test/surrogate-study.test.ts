import { describe, expect, it } from 'vitest';
import { surrogateStudy } from '../src/studies/surrogate/study.js';
import { resolveConfig, runStudy } from '../src/studies/runner.js';
import type { Study, StudyConfig } from '../src/studies/types.js';

const study = surrogateStudy as unknown as Study<StudyConfig>;
const tiny = {
  cells: 8,
  modes: 3,
  trainSamples: 40,
  testSamples: 400,
  combos: ['fcnn-weak', 'deeponet-data'],
  steps: 5,
  hidden: 8,
  latent: 4,
  batchSize: 8,
  bootstrap: 40,
};

describe('surrogate study under the claim protocol', () => {
  it('validates its config before any work (schema, and batchSize ≤ trainSamples)', async () => {
    expect(() => resolveConfig(study, { profile: 'quick', overrides: { bootstrap: 5 } })).toThrow(/surrogate: bootstrap must be in \[20/);
    await expect(runStudy(study, { profile: 'quick', overrides: { ...tiny, batchSize: 41 } })).rejects.toThrow(
      /batchSize is 41, expected ≤ trainSamples \(40\)/,
    );
  });

  it('emits protocol fields, gates and negative controls; untrained models fail the competence gate → inconclusive', async () => {
    const res = await runStudy(study, { profile: 'quick', overrides: tiny });
    expect(res.claims.map((c) => c.id)).toEqual(['worst-vs-mean', 'extrapolation', 'detector', 'fcnn-weak-best']);
    for (const c of res.claims) {
      expect(c.protocol).not.toBeNull();
      expect(c.pValues!.family).toBe(4);
      expect(c.negativeControl).not.toBeNull();
      expect(c.gate).not.toBeNull();
    }
    // 5 steps train nothing: relative L2 ≫ 0.3, so every gated claim is inconclusive with the reason
    const w = res.claims[0];
    expect(w.gate!.passed).toBe(false);
    expect(w.verdict).toBe('inconclusive');
    expect(w.reason).toMatch(/competence gate failed/);
    // the oracle negative control of the tail index is 1 by construction
    expect(w.negativeControl!.effect).toBeCloseTo(1, 12);
    expect(res.metrics.tailIndexOracle).toBeCloseTo(1, 12);
    expect(res.deviations.length).toBeGreaterThan(0);
  }, 120_000);
});
