import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-helpers.js';

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
    'ragged.json': [[1, 2], [3]],
    'rneg.json': [[-1]],
  };
  for (const [k, v] of Object.entries(files)) writeFileSync(join(dir, k), JSON.stringify(v));
  writeFileSync(join(dir, 'nan.json'), '[[NaN]]');
});

describe('quire control dare', () => {
  it('--json prints {P, K, residual} with the scalar closed form (notes §B4.1)', () => {
    const r = runCli(['control', 'dare', '--A', f('a.json'), '--B', f('b.json'), '--Q', f('q.json'), '--R', f('r.json'), '--json']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.P[0][0]).toBeCloseTo(3.1060294810801814, 12);
    expect(o.K[0][0]).toBeCloseTo(1.2903677279268781, 12);
    expect(o.residual).toBeLessThan(1e-12);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('double integrator K and the continuous variant', () => {
    const r = runCli(['control', 'dare', '--A', f('A2.json'), '--B', f('B2.json'), '--Q', f('Q2.json'), '--R', f('R2.json'), '--json']);
    expect(JSON.parse(r.stdout).K[0][1]).toBeCloseTo(1.6355961850466294, 11);
    const c = runCli(['control', 'dare', '--continuous', '--A', f('d.json'), '--B', f('d.json'), '--Q', f('d.json'), '--R', f('d.json'), '--json']);
    expect(JSON.parse(c.stdout).P[0][0]).toBeCloseTo(1 + Math.SQRT2, 12);
  });

  it('bad input exits 2 with quire: error: (mismatched, ragged, NaN, missing file, unstabilizable)', () => {
    const cases: string[][] = [
      ['--A', f('A2.json'), '--B', f('b.json'), '--Q', f('Q2.json'), '--R', f('R2.json')],
      ['--A', f('ragged.json'), '--B', f('b.json'), '--Q', f('q.json'), '--R', f('r.json')],
      ['--A', f('nan.json'), '--B', f('b.json'), '--Q', f('q.json'), '--R', f('r.json')],
      ['--A', f('nosuch.json'), '--B', f('b.json'), '--Q', f('q.json'), '--R', f('r.json')],
    ];
    for (const c of cases) {
      const r = runCli(['control', 'dare', ...c, '--json']);
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
  it('--json gives the game P and K on u at γ = 5 and 3 (notes §B4.2), feasible with gain < γ', () => {
    for (const [g, P, K] of [
      [5, 3.1446761123952034, 1.3354554644610714],
      [3, 3.2210111572042304, 1.424513016738268],
    ]) {
      const r = runCli(['control', 'hinf', '--A', f('a.json'), '--B', f('b.json'), '--D', f('d.json'), '--Q', f('q.json'), '--R', f('r.json'), '--gamma', String(g), '--json']);
      expect(r.code).toBe(0);
      const o = JSON.parse(r.stdout);
      expect(o.feasible).toBe(true);
      expect(o.P[0][0]).toBeCloseTo(P, 11);
      expect(o.K[0][0]).toBeCloseTo(K, 11);
      expect(o.closedLoopGain).toBeLessThan(g);
    }
  });

  it('an infeasible γ is reported as infeasible (exit 0, feasible: false, P and K null)', () => {
    const r = runCli(['control', 'hinf', '--A', f('a.json'), '--B', f('b.json'), '--D', f('d.json'), '--Q', f('q.json'), '--R', f('r.json'), '--gamma', '0.5', '--json']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.feasible).toBe(false);
    expect(o.P).toBeNull();
    expect(o.K).toBeNull();
    expect(typeof o.reason).toBe('string');
  });

  it('R not positive definite and a bad --gamma exit 2', () => {
    const r = runCli(['control', 'hinf', '--A', f('a.json'), '--B', f('b.json'), '--D', f('d.json'), '--Q', f('q.json'), '--R', f('rneg.json'), '--gamma', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quire: error: dhinf: R must be symmetric positive definite/);
    const g = runCli(['control', 'hinf', '--A', f('a.json'), '--B', f('b.json'), '--D', f('d.json'), '--Q', f('q.json'), '--R', f('r.json'), '--gamma', 'x']);
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/^quire: error:/);
  });
});

describe('quire control lipschitz', () => {
  it('--json: the analytic estimate matches its finite-difference check; H∞ near γ* exceeds LQR (double integrator)', () => {
    const l = JSON.parse(runCli(['control', 'lipschitz', '--family', 'double-integrator', '--tasks', '6', '--json']).stdout);
    const h = JSON.parse(runCli(['control', 'lipschitz', '--family', 'double-integrator', '--controller', 'hinf-relative', '--c', '1.05', '--tasks', '6', '--json']).stdout);
    expect(Math.abs(l.analytic - l.fd)).toBeLessThan(1e-5 * l.analytic);
    expect(h.analytic).toBeGreaterThan(l.analytic);
    expect(h.controller).toEqual({ kind: 'hinf-relative', c: 1.05 });
  });

  it('rejects a bad family, a missing --gamma and c ≤ 1 with exit 2', () => {
    for (const args of [
      ['--family', 'nosuch'],
      ['--controller', 'hinf'],
      ['--controller', 'hinf-relative', '--c', '0.5'],
      ['--tasks', '1'],
    ]) {
      const r = runCli(['control', 'lipschitz', ...args, '--json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^quire: error:/);
    }
  });
});
