import { describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.js';
import { TanhRegression, makeData, train } from '../src/newton/index.js';

describe('quire newton train', () => {
  it('--json prints one object whose final loss matches the library run with the same seed', () => {
    const r = runCli([
      'newton',
      'train',
      '--optimizer',
      'newton',
      '--width',
      '32',
      '--points',
      '24',
      '--iters',
      '20',
      '--seed',
      '3',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const { x, y } = makeData('multi', 24);
    const lib = train(new TanhRegression(x, y, { width: 32, seed: 3 }), { optimizer: 'newton', iters: 20 });
    expect(out.finalLoss).toBe(lib.finalLoss);
    expect(out.finalLoss).toBeLessThan(out.initialLoss);
    expect(Object.keys(out.frequencyErrors)).toEqual(['x', 'sin 2πx', 'sin 8πx', 'sin 10πx', 'sin 16πx']);
    expect(out.curve[0].iteration).toBe(0);
    expect(out.curve[out.curve.length - 1].iteration).toBe(20);
  });

  it('prints a loss table and per-frequency errors for GD', () => {
    const r = runCli(['newton', 'train', '--optimizer', 'gd', '--width', '16', '--points', '16', '--iters', '10']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/step size/);
    expect(r.stdout).toMatch(/sin 16πx/);
  });

  it('spectrum --json gives descending NTK eigenvalues and NNTK eigenvalues in [0, 1)', () => {
    const r = runCli(['newton', 'spectrum', '--width', '100', '--points', '16', '--top', '5', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.ntk).toHaveLength(5);
    for (let i = 1; i < 5; i++) expect(out.ntk[i]).toBeLessThanOrEqual(out.ntk[i - 1]);
    for (let i = 0; i < 5; i++) expect(out.nntk[i]).toBeCloseTo(out.ntk[i] / (out.ntk[i] + out.lambda * 16), 12);
  });

  it('bad input exits 2 with quire: error: and prints nothing on stdout', () => {
    const r = runCli(['newton', 'train', '--points', '3', '--width', '4']);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith('quire: error:'), r.stderr).toBe(true);
    expect(r.stderr).toMatch(/--points must be ≥ 5/);
    expect(r.stdout).toBe('');
  });
});
