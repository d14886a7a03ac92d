import { describe, expect, it } from 'vitest';
import { controlStudy, type ControlConfig } from '../src/studies/control/index.js';
import { runLipschitz } from '../src/studies/control/lipschitz.js';
import { bootstrap, seedTaskBootstrap } from '../src/studies/control/agent.js';

const tiny: ControlConfig = {
  seed: 2,
  tasks: 3,
  margins: [1.2, 3],
  fixedMultiples: [1.5],
  claimMargin: 1.2,
  trainTasks: 3,
  testTasks: 3,
  agentSteps: 20,
  agentHidden: 8,
  agentBatch: 32,
  statesPerTask: 16,
  reachTol: 0.05,
  horizon: 40,
  agentSeeds: 2,
  gateRate: 0.9,
  maxDoublings: 0,
};

describe('control study', () => {
  it('the Lipschitz part is deterministic for a seed, and its analytic and finite-difference estimates agree', () => {
    const a = runLipschitz(tiny, () => {});
    const b = runLipschitz(tiny, () => {});
    expect(a.rows.map((r) => r.analytic)).toEqual(b.rows.map((r) => r.analytic));
    for (const r of a.rows) expect(Math.abs(r.analytic - r.fd)).toBeLessThan(1e-4 * r.analytic);
    // fixed γ = 1.5·max γ* is feasible at every sampled task
    expect(a.rows.every((r) => r.infeasible === 0)).toBe(true);
  });

  it('bootstrap: a statistic that ignores the resample has a zero-width interval at its value', () => {
    const r = bootstrap(5, 7, () => 0.25, 1, 200);
    expect(r).toEqual({ estimate: 0.25, lower: 0.25, upper: 0.25 });
    const m = bootstrap(4, 4, (a) => Array.from(a).reduce((s, i) => s + i, 0) / a.length, 1, 500);
    expect(m.estimate).toBe(1.5);
    expect(m.lower).toBeGreaterThanOrEqual(0);
    expect(m.upper).toBeLessThanOrEqual(3);
  });

  it('a tiny run returns every claim with a verdict, small figures and both tables', async () => {
    const calls: number[] = [];
    const out = await controlStudy.run(tiny, (d, t) => calls.push(d / t));
    expect(out.claims.map((c) => c.id)).toEqual(controlStudy.claims.map((c) => c.id));
    for (const c of out.claims) expect(['holds', 'fails', 'inconclusive']).toContain(c.verdict);
    for (const f of out.figures) expect(JSON.stringify(f.spec).length).toBeLessThan(400_000);
    expect(out.tables?.map((t) => t.id)).toEqual(['lipschitz', 'agents']);
    expect(Math.max(...calls)).toBeLessThanOrEqual(1);
    // every claim is on the protocol, with a negative control or the reason it has none
    for (const c of out.claims) {
      expect(c.protocol).not.toBeNull();
      expect(c.negativeControl !== null || typeof c.noNegativeControl === 'string').toBe(true);
    }
    // 20 Adam steps cannot teach the agents the task: their gate fails and their claims are not judged
    for (const id of ['safety-gap-exceeds-execution-gap', 'safe-map-harder-to-learn']) {
      const c = out.claims.find((x) => x.id === id);
      expect(c?.gate?.passed).toBe(false);
      expect(c?.verdict).toBe('inconclusive');
      expect(c?.reason).toMatch(/competence gate failed/);
    }
    // our LQR bound is a bound: the sanity claim holds, labelled as ours
    const b = out.claims.find((x) => x.id === 'lqr-bound-exceeds-estimate');
    expect(b?.kind).toBe('sanity');
    expect(b?.origin).toBe('ours');
    expect(b?.verdict).toBe('holds');
    expect(b?.effect).toBeGreaterThan(1);
  }, 120_000);

  it('the agent bootstrap resamples seeds: a statistic of the seed only has an interval spanning the seed values', () => {
    const vals = [1, 2, 3];
    const r = seedTaskBootstrap(3, 4, 4, (s) => Array.from(s, (k) => vals[k]).reduce((a, x) => a + x, 0) / s.length, 5, 400);
    expect(r.estimate).toBe(2);
    expect(Math.min(...r.replicates)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...r.replicates)).toBeLessThanOrEqual(3);
    expect(new Set(r.replicates).size).toBeGreaterThan(3);
  });
});

describe('control study config', () => {
  it('rejects a claimMargin outside the margin sweep before any work, naming it', async () => {
    const { runStudy } = await import('../src/studies/runner.js');
    await expect(runStudy(controlStudy as never, { profile: 'quick', overrides: { claimMargin: 1.5 } })).rejects.toThrow(
      /claimMargin 1.5 must be one of margins/,
    );
    await expect(runStudy(controlStudy as never, { profile: 'quick', overrides: { gateRate: 1.5 } })).rejects.toThrow(/gateRate/);
  });
});
