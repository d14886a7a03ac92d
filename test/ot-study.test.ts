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
      claimN: 200,
      claimIterations: 30,
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

describe('intersectionUnion (the fairness-frontier claim’s evidence)', () => {
  it('holds-p is the largest component p, fails-p is Bonferroni on the smallest, effect is the weakest component', async () => {
    const { intersectionUnion } = await import('../src/studies/ot/index.js');
    const { tEvidence } = await import('../src/studies/inference.js');
    const a = tEvidence([1, 1.2, 0.9, 1.1]);
    const b = tEvidence([0.1, -0.05, 0.2, 0.05]);
    const c = tEvidence([-0.5, -0.6, -0.4, -0.55]);
    const iu = intersectionUnion([
      { label: 'a', evidence: a },
      { label: 'b', evidence: b },
    ]);
    expect(iu.weakest).toBe('b');
    expect(iu.evidence.estimate).toBe(b.estimate);
    expect(iu.evidence.interval).toEqual(b.interval);
    expect(iu.evidence.pAbove(0)).toBe(Math.max(a.pAbove(0), b.pAbove(0)));
    expect(iu.evidence.pBelow(0)).toBeCloseTo(Math.min(1, 2 * Math.min(a.pBelow(0), b.pBelow(0))), 15);
    // one significantly negative component makes the conjunction fail (Bonferroni over 3)
    const iu3 = intersectionUnion([
      { label: 'a', evidence: a },
      { label: 'b', evidence: b },
      { label: 'c', evidence: c },
    ]);
    expect(iu3.weakest).toBe('c');
    expect(iu3.evidence.pBelow(0)).toBeCloseTo(3 * c.pBelow(0), 15);
    expect(iu3.evidence.pBelow(0)).toBeLessThan(0.025);
  });
});
