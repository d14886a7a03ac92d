import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'quire-meta-'));
const csv = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('quire meta combine', () => {
  it('--json with one row prints {method, statistic, pvalue} (scipy published fisher 0.0215618)', () => {
    const r = runCli(['meta', 'combine', '--method', 'fisher', '--json', '0.01', '0.2', '0.3']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['method', 'statistic', 'pvalue']);
    expect(out.method).toBe('fisher');
    expect(out.pvalue).toBeCloseTo(0.0215618, 7);
  });

  it('weights: stouffer [1,4,9] gives 0.14644 (scipy published); plain output labels both numbers', () => {
    const r = runCli(['meta', 'combine', '--method', 'stouffer', '--weights', '1,4,9', '0.01', '0.2', '0.3']);
    expect(r.code).toBe(0);
    const m = /^stouffer: statistic = (\S+), p-value = (\S+)\n$/.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    const [s, p] = [Number(m![1]), Number(m![2])];
    expect(s).toBeCloseTo(1.05182, 5);
    expect(p).toBeCloseTo(0.14644, 5);
  });

  it('--input with several rows prints {method, results: [...]}, one per row', () => {
    const f = csv('rows.csv', '0.01,0.2,0.3\n0.1,0.1,0.1\n');
    const r = runCli(['meta', 'combine', '--method', 'mudholkar-george', '--input', f, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.method).toBe('mudholkar-george');
    expect(out.results).toHaveLength(2);
    expect(out.results[0].pvalue).toBeCloseTo(0.016546, 6);
    expect(out.results[1].pvalue).toBeCloseTo(0.0194625, 7);
  });

  it.each([
    ['p > 1', ['0.2', '1.5'], /p\[1\] must be in \[0, 1\]/],
    ['NaN', ['0.2', 'nan'], /p-value 2 must be a number/],
    ['empty list', [], /no p-values given/],
    ['unknown method', ['--method', 'bogus', '0.1'], /method must be one of/],
    ['weights of the wrong length', ['--method', 'stouffer', '--weights', '1,2', '0.1', '0.2', '0.3'], /weights has length 2, expected 3/],
    ['negative weights', ['--method', 'stouffer', '--weights', '1,-2', '0.1', '0.2'], /weights\[1\] must be ≥ 0/],
    ['malformed CSV', ['--input', csv('bad.csv', '0.1,0.2\n0.3,x\n')], /line 2, field 2: expected a number/],
  ])('%s → exit 2 with "quire: error:"', (_name, args, msg) => {
    const r = runCli(['meta', 'combine', ...(args as string[])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quire: error:/);
    expect(r.stderr).toMatch(msg);
    expect(r.stdout).toBe('');
  });
});
