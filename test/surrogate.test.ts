import { describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.js';

const expectUserError = (args: string[], re: RegExp) => {
  const r = runCli(args);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr.startsWith('quire: error:')).toBe(true);
  expect(r.stderr).toMatch(re);
  expect(r.stdout).toBe('');
};

describe('quire surrogate', () => {
  it('solve --json at ξ = 0, μ = 0 gives u = x(1 − x)/(2κ) (f ≡ 1, exact for 3-point FD)', () => {
    const r = runCli(['surrogate', 'solve', '--cells', '8', '--modes', '3', '--kappa', '2', '--xi', '0,0,0', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.u).toHaveLength(7);
    o.points.forEach((x: number, i: number) => {
      expect(o.f[i]).toBeCloseTo(1, 14);
      expect(o.u[i]).toBeCloseTo((x * (1 - x)) / 4, 14);
    });
    expect(o.uMax).toBeCloseTo(1 / 16, 14);
  });

  it('train --json reports consistent tails, statistics and detector figures', () => {
    const r = runCli([
      'surrogate',
      'train',
      '--model',
      'fcnn',
      '--loss',
      'weak',
      '--cells',
      '16',
      '--steps',
      '30',
      '--hidden',
      '8',
      '--train-samples',
      '40',
      '--test-samples',
      '300',
      '--batch-size',
      '20',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.model).toBe('fcnn');
    expect(o.loss).toBe('weak');
    expect(o.finalLoss).toBeLessThan(o.firstLoss);
    const t = o.supError;
    expect(t.count).toBe(300);
    expect(t.median).toBeLessThanOrEqual(t.q99);
    expect(t.q99).toBeLessThanOrEqual(t.max);
    expect(t.worstOverMean).toBeCloseTo(t.max / t.mean, 10);
    expect(o.detector.worst).toBe(3);
    expect(o.detector.either.recall).toBeGreaterThanOrEqual(o.detector.range.recall);
    expect(o.statistics.quantiles.map((q: { level: number }) => q.level)).toEqual([0.05, 0.5, 0.95, 0.99]);
  }, 30000);

  it('bad input exits 2 with quire: error:', () => {
    expectUserError(['surrogate', 'solve', '--xi', '1,2'], /sourceFromKl: xi has length 2, expected 6/);
    expectUserError(
      ['surrogate', 'train', '--train-samples', '10', '--batch-size', '20', '--steps', '1'],
      /surrogate train: --batch-size is 20, expected ≤ --train-samples \(10\)/,
    );
    // issue 16.14: the default batch size (32) against 20 samples is caught up front, before any solve
    expectUserError(['surrogate', 'train', '--train-samples', '20'], /--batch-size is 32, expected ≤ --train-samples \(20\)/);
    expectUserError(['surrogate', 'train', '--train-samples', '5', '--batch-size', '4'], /--train-samples must exceed --modes/);
  }, 45000);
});
