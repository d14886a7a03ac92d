/**
 * The normscale study under the claim protocol (tiny overrides, so it runs in seconds): four
 * paper claims in one Holm family, each with the A/A negative control and the competence gate.
 * Oracle: after 6 steps the model cannot beat the unigram entropy, so the gate must fail and
 * every claim must be inconclusive for that reason (a gate that cannot fail would pass here).
 */
import { describe, expect, it } from 'vitest';
import { normscaleStudy } from '../src/studies/normscale/index.js';
import { runStudy } from '../src/studies/runner.js';

describe('normscale study (protocol)', () => {
  it('judges four paper claims with Holm, an A/A control and a gate that fails on an untrained model', async () => {
    const r = await runStudy(normscaleStudy as never, {
      profile: 'quick',
      overrides: { seeds: 3, steps: 6, evalBatches: 2, demoSteps: 5 },
    });
    expect(r.claims.map((c) => c.id)).toEqual([
      'removing-gamma-hurts',
      'output-decay-hurts',
      'input-decay-helps',
      'unified-beats-baseline',
    ]);
    for (const c of r.claims) {
      expect(c.kind).toBe('paper');
      expect(c.pValues?.family).toBe(4);
      expect(c.protocol?.n).toBe(3);
      expect(c.protocol?.mde).toBeGreaterThan(0);
      expect(c.negativeControl?.description).toMatch(/A\/A/);
      expect(c.gate?.passed).toBe(false);
      expect(c.verdict).toBe('inconclusive');
      expect(c.reason).toMatch(/competence gate failed/);
    }
    expect(r.deviations.length).toBeGreaterThan(0);
    expect(r.metrics.paramsBaseline).toBe(25824); // the quick model: 25.8k parameters
  });
});
