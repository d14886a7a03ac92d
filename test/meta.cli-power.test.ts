import { describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.js';

describe('quire meta power', () => {
  it('exact chi2-sum power 0.116 and pooled 0.551 at d = 50, m = 20 (notes §2.2); --reps adds a Monte Carlo estimate', () => {
    const a = runCli([
      'meta',
      'power',
      '--m',
      '20',
      '--n',
      '1',
      '--d',
      '50',
      '--norm',
      '1',
      '--alpha',
      '0.05',
      '--method',
      'chi2-sum',
      '--json',
    ]);
    expect(a.code).toBe(0);
    const out = JSON.parse(a.stdout);
    expect(out).toMatchObject({ method: 'chi2-sum', m: 20, n: 1, d: 50, norm: 1, alpha: 0.05, exact: true });
    expect(out.power).toBeCloseTo(0.116, 3);
    const b = runCli([
      'meta',
      'power',
      '--m',
      '20',
      '--n',
      '1',
      '--d',
      '50',
      '--norm',
      '1',
      '--method',
      'pooled',
      '--reps',
      '500',
      '--seed',
      '3',
      '--json',
    ]);
    const o2 = JSON.parse(b.stdout);
    expect(o2.power).toBeCloseTo(0.551, 3);
    expect(o2.monteCarlo.reps).toBe(500);
    expect(o2.monteCarlo.lower).toBeLessThan(0.551);
    expect(o2.monteCarlo.upper).toBeGreaterThan(0.551);
  });

  it.each([
    ['unknown method', ['--method', 'bogus'], /protocol must be one of/],
    ['combined without --reps', ['--method', 'combined'], /give --reps/],
    ['alpha out of range', ['--alpha', '1.5'], /alpha must be in \(0, 1\)/],
  ])('%s → exit 2', (_name, extra, msg) => {
    const args = ['meta', 'power', '--m', '20', '--n', '1', '--d', '50', '--norm', '1', ...(extra as string[])];
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quire: error:/);
    expect(r.stderr).toMatch(msg);
  });

  it('a missing required option is a usage error (exit 2)', () => {
    const r = runCli(['meta', 'power', '--m', '20']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quire: error: required option/);
  });

  it('issue 16.2: power past the old 100 000-term cap is 1 (was 0.736, 0.977) and n = norm = 1e308 returns', () => {
    for (const extra of [
      ['--n', '1', '--norm', '1e5'],
      ['--n', '1e7', '--norm', '10'],
      ['--n', '1e308', '--norm', '1e308'],
    ]) {
      const r = runCli(['meta', 'power', '--m', '5', '--d', '5', ...extra, '--method', 'pooled', '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).power).toBe(1);
    }
  });

  it('issue 16.1: meta combine --method pearson returns on 5 p-values of 1e-70', () => {
    const r = runCli(['meta', 'combine', '--method', 'pearson', '--json', '1e-70', '1e-70', '1e-70', '1e-70', '1e-70']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).pvalue).toBe(0);
  });
});
