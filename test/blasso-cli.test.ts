import { describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.js';

// Each CLI call starts tsx (seconds on a loaded machine): few calls, one per behaviour.

describe('quire blasso solve', () => {
  it('--json prints one object; FS&P reaches max|η| ≈ 1 and recovers the spikes at zero noise', () => {
    const r = runCli([
      'blasso',
      'solve',
      '--kernel',
      'fourier',
      '--dim',
      '1',
      '--spikes',
      '3',
      '--lambda',
      '0.05',
      '--method',
      'fsp',
      '--iters',
      '1500',
      '--seed',
      '2',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.method).toBe('fsp');
    expect(out.certificateMax).toBeLessThan(1.001);
    expect(out.recovery.matched).toBe(3);
    expect(out.recovery.maxPositionError).toBeLessThan(1e-3);
    expect(out.trajectory.objective.at(-1)).toBeCloseTo(out.objective, 10);
  });

  it('--batch and --step-decay run stochastic FS&P (evaluations reported); they are refused for sfw', () => {
    const r = runCli(['blasso', 'solve', '--method', 'fsp', '--iters', '300', '--batch', '13', '--step-decay', '100', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.evaluations).toBeGreaterThan(0);
    const bad = runCli(['blasso', 'solve', '--method', 'sfw', '--batch', '4']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/quire: error: blasso solve: --batch/);
  });

  it('prints a readable summary without --json', () => {
    const r = runCli(['blasso', 'solve', '--method', 'cpgd', '--particles', '8', '--iters', '200']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/method\s+cpgd/);
    expect(r.stdout).toMatch(/max \|η\|/);
  });

  it('bad input exits 2 with quire: error:', () => {
    for (const args of [
      ['--method', 'adam'],
      ['--lambda', 'abc'],
    ]) {
      const r = runCli(['blasso', 'solve', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.startsWith('quire: error:'), r.stderr).toBe(true);
    }
  }, 60_000);
});
