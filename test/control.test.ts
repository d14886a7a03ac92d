import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli, type CliResult } from './cli-helpers.js';
import { main } from '../src/cli/program.js';

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/**
 * Run the CLI in this process (spawning one costs seconds on a loaded machine): capture
 * stdout/stderr and turn process.exit into a thrown Exit. Two tests below spawn the real
 * binary to check the exit codes end to end.
 */
async function cli(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((stdout += String(c)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (stdout += a.join(' ') + '\n'));
  const exit = vi.spyOn(process, 'exit').mockImplementation((code?: string | number | null) => {
    throw new Exit(Number(code ?? 0));
  });
  let code = 0;
  try {
    await main(['node', 'quire', ...args]);
  } catch (e) {
    if (e instanceof Exit) code = e.code;
    else throw e;
  } finally {
    out.mockRestore();
    err.mockRestore();
    log.mockRestore();
    exit.mockRestore();
  }
  return { code, stdout, stderr };
}

let dir = '';
const f = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-control-'));
  const files: Record<string, unknown> = {
    'a.json': [[1.2]],
    'b.json': [[0.7]],
    'q.json': [[2]],
    'r.json': [[0.5]],
    'd.json': [[1]],
    'A2.json': [
      [1, 0.1],
      [0, 1],
    ],
    'B2.json': [[0.005], [0.1]],
    'D2.json': [
      [0.1, 0],
      [0, 0.1],
    ],
    'Q2.json': [
      [1, 0],
      [0, 1],
    ],
    'R2.json': [[1]],
    'rneg.json': [[-1]],
  };
  for (const [k, v] of Object.entries(files)) writeFileSync(join(dir, k), JSON.stringify(v));
  writeFileSync(join(dir, 'nan.json'), '[[NaN]]');
});

describe('quire control dare', () => {
  it('--json prints {P, K, residual} with the scalar closed form (notes §B4.1)', async () => {
    const r = await cli(['control', 'dare', '--A', f('a.json'), '--B', f('b.json'), '--Q', f('q.json'), '--R', f('r.json'), '--json']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.P[0][0]).toBeCloseTo(3.1060294810801814, 12);
    expect(o.K[0][0]).toBeCloseTo(1.2903677279268781, 12);
    expect(o.residual).toBeLessThan(1e-12);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('bad input exits 2 with quire: error: (mismatched, NaN, unstabilizable)', async () => {
    const cases: string[][] = [
      ['--A', f('A2.json'), '--B', f('b.json'), '--Q', f('Q2.json'), '--R', f('R2.json')],
      ['--A', f('nan.json'), '--B', f('b.json'), '--Q', f('q.json'), '--R', f('r.json')],
    ];
    for (const c of cases) {
      const r = await cli(['control', 'dare', ...c, '--json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^quire: error:/);
      expect(r.stdout).toBe('');
    }
    writeFileSync(f('zero.json'), '[[0]]');
    writeFileSync(f('two.json'), '[[2]]');
    const u = runCli(['control', 'dare', '--A', f('two.json'), '--B', f('zero.json'), '--Q', f('q.json'), '--R', f('r.json')]);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/^quire: error: solveDARE: no stabilizing solution/);
  });
});

describe('quire control hinf', () => {
  it('--json gives the game P and K on u at γ = 3 (notes §B4.2), feasible with gain < γ', async () => {
    for (const [g, P, K] of [[3, 3.2210111572042304, 1.424513016738268]]) {
      const r = await cli([
        'control',
        'hinf',
        '--A',
        f('a.json'),
        '--B',
        f('b.json'),
        '--D',
        f('d.json'),
        '--Q',
        f('q.json'),
        '--R',
        f('r.json'),
        '--gamma',
        String(g),
        '--json',
      ]);
      expect(r.code).toBe(0);
      const o = JSON.parse(r.stdout);
      expect(o.feasible).toBe(true);
      expect(o.P[0][0]).toBeCloseTo(P, 11);
      expect(o.K[0][0]).toBeCloseTo(K, 11);
      expect(o.closedLoopGain).toBeLessThan(g);
    }
  });

  it('an infeasible γ is reported as infeasible (exit 0, feasible: false, P and K null)', async () => {
    const r = runCli([
      'control',
      'hinf',
      '--A',
      f('a.json'),
      '--B',
      f('b.json'),
      '--D',
      f('d.json'),
      '--Q',
      f('q.json'),
      '--R',
      f('r.json'),
      '--gamma',
      '0.5',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.feasible).toBe(false);
    expect(o.P).toBeNull();
    expect(o.K).toBeNull();
    expect(typeof o.reason).toBe('string');
  });

  it('R not positive definite exits 2', async () => {
    const r = await cli([
      'control',
      'hinf',
      '--A',
      f('a.json'),
      '--B',
      f('b.json'),
      '--D',
      f('d.json'),
      '--Q',
      f('q.json'),
      '--R',
      f('rneg.json'),
      '--gamma',
      '2',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quire: error: dhinf: R must be symmetric positive definite/);
  });
});

describe('quire control lipschitz', () => {
  it('--json: the analytic estimate matches its finite-difference check (double integrator, H∞ at c = 1.05)', async () => {
    const h = JSON.parse(
      (
        await cli([
          'control',
          'lipschitz',
          '--family',
          'double-integrator',
          '--controller',
          'hinf-relative',
          '--c',
          '1.05',
          '--tasks',
          '4',
          '--json',
        ])
      ).stdout,
    );
    expect(Math.abs(h.analytic - h.fd)).toBeLessThan(1e-4 * h.analytic);
    expect(h.pairwise).toBeGreaterThan(0);
    expect(h.controller).toEqual({ kind: 'hinf-relative', c: 1.05 });
  });

  it('rejects c ≤ 1 with exit 2', async () => {
    const r = await cli(['control', 'lipschitz', '--controller', 'hinf-relative', '--c', '0.5', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quire: error: lipschitz: c must be a finite number > 1/);
  });
});
