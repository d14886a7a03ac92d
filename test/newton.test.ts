import { afterEach, describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { runCli } from './cli-helpers.js';
import { register } from '../src/cli/newton.js';
import { TanhRegression, makeData, train } from '../src/newton/index.js';

/** Run `quire newton …` in-process (fast) and capture stdout. */
async function runInProcess(args: string[]): Promise<string> {
  const program = new Command('quire').exitOverride();
  register(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['node', 'quire', 'newton', ...args]);
  } finally {
    spy.mockRestore();
  }
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe('quire newton train', () => {
  it('--json prints one object whose final loss matches the library run with the same seed', async () => {
    const out = JSON.parse(
      await runInProcess(['train', '--optimizer', 'newton', '--width', '32', '--points', '24', '--iters', '20', '--seed', '3', '--json']),
    );
    const { x, y } = makeData('multi', 24);
    const lib = train(new TanhRegression(x, y, { width: 32, seed: 3 }), { optimizer: 'newton', iters: 20 });
    expect(out.finalLoss).toBe(lib.finalLoss);
    expect(out.finalLoss).toBeLessThan(out.initialLoss);
    expect(Object.keys(out.frequencyErrors)).toEqual(['x', 'sin 2πx', 'sin 8πx', 'sin 10πx', 'sin 16πx']);
    expect(out.curve[0].iteration).toBe(0);
    expect(out.curve[out.curve.length - 1].iteration).toBe(20);
  });

  it('prints a loss table and per-frequency errors for GD, with the auto step size 0.9·2M/μ_max', async () => {
    const out = await runInProcess(['train', '--optimizer', 'gd', '--width', '16', '--points', '16', '--iters', '10', '--json']);
    const j = JSON.parse(out);
    const text = await runInProcess(['train', '--optimizer', 'gd', '--width', '16', '--points', '16', '--iters', '10']);
    expect(text).toContain(`step size ${j.lr.toExponential(3)}`);
    expect(text).toMatch(/sin 16πx/);
    expect(j.finalLoss).toBeLessThan(j.initialLoss);
  });

  it('spectrum --json gives descending NTK eigenvalues and NNTK eigenvalues μ/(μ + λM)', async () => {
    const out = JSON.parse(await runInProcess(['spectrum', '--width', '100', '--points', '16', '--top', '5', '--json']));
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

  it('bad option values exit 2 (usage error from commander)', () => {
    const r = runCli(['newton', 'spectrum', '--width', 'abc']);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith('quire: error:'), r.stderr).toBe(true);
  });
});
