import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'quire-ot-cli-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const u = file('u.csv', '0\n1\n3\n');
const v = file('v.csv', '5\n6\n8\n');
const a = file('a.csv', '0\n1\n');
const wu = file('wu.csv', '3\n1\n');
const wv = file('wv.csv', '2\n2\n');
const X = file('X.csv', '0,0\n1,2\n2,1\n-1,0.5\n');
// Y = X + (1, -2): SW_2² = mean over directions of ⟨θ, v⟩², SW_2 ≤ ‖v‖ = √5
const Y = file('Y.csv', '1,-2\n2,0\n3,-1\n0,-1.5\n');

describe('quire ot wasserstein', () => {
  it('--json prints {"p","distance"} with distance = W_p (scipy: 5; weighted: 0.25)', () => {
    const r = runCli(['ot', 'wasserstein', '--json', u, v]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ p: 1, distance: 5 });
    const w = runCli(['ot', 'wasserstein', '--json', '--u-weights', wu, '--v-weights', wv, a, a]);
    expect(w.code).toBe(0);
    const o = JSON.parse(w.stdout) as { p: number; distance: number };
    expect(Object.keys(o)).toEqual(['p', 'distance']);
    expect(o.distance).toBeCloseTo(0.25, 14);
  });
  it('W_2, not W_2²: POT emd2_1d([2,0],[0,3]) = 0.5 → distance √0.5', () => {
    const r = runCli(['ot', 'wasserstein', '--p', '2', '--json', file('b.csv', '2\n0\n'), file('c.csv', '0\n3\n')]);
    expect(JSON.parse(r.stdout)).toEqual({ p: 2, distance: expect.closeTo(Math.sqrt(0.5), 14) });
  });
  it.each([
    ['p < 1', ['--p', '0.5', u, v], /p must be in \[1/],
    ['wrong-length weights', ['--u-weights', file('three.csv', '1\n1\n1\n'), a, a], /uWeights has length 3, expected 2/],
  ])('%s → exit 2 with quire: error:', (_n, args, msg) => {
    const r = runCli(['ot', 'wasserstein', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quire: error: /);
    expect(r.stderr).toMatch(msg);
    expect(r.stdout).toBe('');
  });
});

describe('quire ot sliced', () => {
  it('--json prints {"p","projections","distance"}; a translate gives SW_2 < ‖v‖', () => {
    const r = runCli(['ot', 'sliced', '--json', '--projections', '500', '--seed', '3', X, Y]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout) as { p: number; projections: number; distance: number };
    expect(Object.keys(o)).toEqual(['p', 'projections', 'distance']);
    expect(o.p).toBe(2);
    expect(o.projections).toBe(500);
    // E SW_2² = ‖v‖²/d = 2.5 for d = 2
    expect(o.distance ** 2).toBeCloseTo(2.5, 0);
    expect(o.distance).toBeLessThan(Math.sqrt(5));
  });
  it.each([['dimension mismatch', [X, file('Z.csv', '1,2,3\n')], /Y has 3 columns, expected 2/]])(
    '%s → exit 2 with quire: error:',
    (_n, args, msg) => {
      const r = runCli(['ot', 'sliced', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^quire: error: /);
      expect(r.stderr).toMatch(msg);
    },
  );
});
