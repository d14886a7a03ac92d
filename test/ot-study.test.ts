import { describe, expect, it } from 'vitest';
import { otStudy } from '../src/studies/ot/index.js';

describe('study ot (tiny config)', () => {
  it('returns every declared claim, in order, with verdicts and intervals, figures with small inline data, and is deterministic', async () => {
    const config = {
      ...otStudy.configs.quick,
      nMax: 400,
      sizes: 3,
      reps: 3,
      iterations: 40,
      gridPoints: 5,
      problemN: 200,
      problemIterations: 30,
      projections: 5,
      graphGrid: 201,
      problemSeeds: 2,
    };
    let last = 0;
    const out = await otStudy.run(config, (done, total) => {
      expect(done).toBeLessThanOrEqual(total);
      last = done / total;
    });
    expect(last).toBe(1);
    expect(out.claims.map((c) => c.id)).toEqual(otStudy.claims.map((c) => c.id));
    expect(out.claims.map((c) => c.id)).toContain('graphical-convergence');
    for (const c of out.claims) {
      expect(['holds', 'fails', 'inconclusive']).toContain(c.verdict);
      expect(c.interval).not.toBeNull();
      expect(c.interval![0]).toBeLessThanOrEqual(c.effect);
      expect(c.interval![1]).toBeGreaterThanOrEqual(c.effect);
    }
    for (const f of out.figures) expect(JSON.stringify(f.spec).length).toBeLessThan(200_000);
    const again = await otStudy.run(config, () => {});
    expect(again.metrics).toEqual(out.metrics);
  });
});
