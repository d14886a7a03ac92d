/**
 * #16.9/10/11/14: output paths are checked before any work (exit 2, one `quire: error:`
 * line, nothing written), writes are atomic, the CSV header rule, `--only ,`, and help
 * ranges generated from the same schema as the checks.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliResult } from './cli-helpers.js';
import { checkOutputDir, checkOutputFile, writeFileAtomic } from '../src/cli/output.js';
import { rangeText } from '../src/cli/schema.js';
import { checkParam, type Param } from '../src/core/schema.js';
import { heatProblemSchema } from '../src/surrogate/index.js';
import { surrogateSchema } from '../src/surrogate/index.js';

const dir = () => mkdtempSync(join(tmpdir(), 'quire-out-'));

/** A user error: exit 2, exactly one stderr line starting `quire: error:`, no stack trace. */
function expectUserError(r: CliResult, pattern: RegExp) {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^quire: error: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('output paths are checked before any work', () => {
  it('reproduce --out <an existing file> fails at once and leaves the file alone', () => {
    const d = dir();
    const f = join(d, 'taken');
    writeFileSync(f, 'keep');
    expectUserError(runCli(['reproduce', '--only', 'meta', '--out', f]), /reproduce: --out: '.*taken' is a file, not a directory/);
    expect(readFileSync(f, 'utf8')).toBe('keep');
    expectUserError(runCli(['reproduce', '--only', 'meta', '--out', join(f, 'sub')]), /a parent of it is a file|is a file/);
    expect(readdirSync(d)).toEqual(['taken']);
  });

  it('reproduce --only with an empty id is an error, not "all studies"', () => {
    for (const only of [',', '', 'meta,', ' , ']) expectUserError(runCli(['reproduce', '--only', only, '--out', dir()]), /--only/);
  });

  it('report --out <file>, sweep --out <missing dir>/x and <dir>, tda graph --edges likewise', () => {
    const d = dir();
    const store = join(d, 'store.jsonl');
    writeFileSync(store, '');
    const grid = join(d, 'grid.json');
    writeFileSync(grid, '{"seeds":[1]}');
    const series = join(d, 'y.csv');
    writeFileSync(series, '1\n3\n2\n5\n4\n');
    expectUserError(runCli(['report', '--from', store, '--out', store]), /report: --out: .* is a file, not a directory/);
    expectUserError(runCli(['sweep', 'meta', '--grid', grid, '--out', join(d, 'nodir', 'x.jsonl')]), /sweep: --out: .*does not exist/);
    expectUserError(runCli(['sweep', 'meta', '--grid', grid, '--out', d]), /sweep: --out: .* is a directory/);
    expectUserError(runCli(['tda', 'graph', '--type', 'nvg', series, '--edges', join(d, 'nodir', 'e.csv')]), /--edges: .*does not exist/);
    expectUserError(runCli(['tda', 'graph', '--type', 'nvg', series, '--edges', d]), /--edges: .* is a directory/);
    expect(readdirSync(d).sort()).toEqual(['grid.json', 'store.jsonl', 'y.csv']);
    const ok = runCli(['tda', 'graph', '--type', 'nvg', series, '--edges', join(d, 'e.csv')]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(join(d, 'e.csv'), 'utf8').split('\n')[0]).toBe('source,target,weight');
    expect(readdirSync(d).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('checkOutputFile / checkOutputDir accept what can be written and name the flag otherwise', () => {
    const d = dir();
    writeFileSync(join(d, 'f'), '');
    expect(() => checkOutputFile(join(d, 'new.csv'), '--x')).not.toThrow();
    expect(() => checkOutputFile(join(d, 'f'), '--x')).not.toThrow(); // replaced atomically
    expect(() => checkOutputFile('', '--x')).toThrow(/--x: the path is empty/);
    expect(() => checkOutputFile(join(d, 'f', 'g'), '--x')).toThrow(/--x: .*parent of it is a file/);
    expect(() => checkOutputDir(join(d, 'a', 'b', 'c'), '--out')).not.toThrow(); // created later
    expect(() => checkOutputDir(d, '--out')).not.toThrow();
    expect(() => checkOutputDir(join(d, 'f'), '--out')).toThrow(/--out: .* is a file, not a directory/);
    expect(() => checkOutputDir(join(d, 'f', 'x'), '--out')).toThrow(/--out: /);
    expect(existsSync(join(d, 'a'))).toBe(false);
  });

  it('writeFileAtomic leaves no partial or temporary file when the write fails', async () => {
    const d = dir();
    mkdirSync(join(d, 'adir'));
    writeFileSync(join(d, 'adir', 'x'), '');
    await expect(writeFileAtomic(join(d, 'adir'), 'data')).rejects.toThrow(); // rename onto a non-empty directory
    expect(readdirSync(d)).toEqual(['adir']);
    await writeFileAtomic(join(d, 'ok.txt'), 'data');
    expect(readFileSync(join(d, 'ok.txt'), 'utf8')).toBe('data');
    expect(readdirSync(d).sort()).toEqual(['adir', 'ok.txt']);
  });
});

describe('CSV input rules through the CLI (#16.10)', () => {
  it('a bad first value in a one-column file is an error naming line 1, not a dropped header', () => {
    const d = dir();
    const v = join(d, 'v.csv');
    writeFileSync(v, '0\n1\n');
    for (const bad of ['0x10', 'N/A']) {
      const u = join(d, 'u.csv');
      writeFileSync(u, `${bad}\n1\n2\n`);
      expectUserError(runCli(['ot', 'wasserstein', u, v]), /u\.csv: line 1, field 1: expected a number/);
    }
    const semi = join(d, 's.csv');
    writeFileSync(semi, '1;2\n3;4\n');
    expectUserError(runCli(['ot', 'sliced', semi, semi]), /semicolon-separated/);
  });
});

describe('help and validation come from one schema (#16.14)', () => {
  it('rangeText writes the range that checkParam enforces, endpoints included or not', () => {
    const params: [string, Param][] = [...Object.entries(heatProblemSchema), ...Object.entries(surrogateSchema)];
    let checked = 0;
    for (const [key, p] of params) {
      const r = rangeText(p);
      if (!r) continue;
      const [lo, hi] = r.split(', ');
      const accepts = (v: number) => {
        try {
          checkParam('t', key, p, v);
          return true;
        } catch {
          return false;
        }
      };
      if (p.type !== 'number' && p.type !== 'integer') continue;
      if (p.min !== undefined) {
        expect(accepts(p.min), `${key} ${r}`).toBe(lo.startsWith('['));
        checked++;
      }
      if (p.max !== undefined) {
        expect(accepts(p.max), `${key} ${r}`).toBe(hi.endsWith(']'));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('surrogate train --help shows open endpoints for --kappa and --lr', () => {
    const r = runCli(['surrogate', 'train', '--help']);
    expect(r.code).toBe(0);
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(flat).toMatch(/--kappa <value> conductivity κ \(constant\) \(0, 1000000\)/);
    expect(flat).toMatch(/--lr <value> peak learning rate \(0, 1\)/);
  });

  it('spatial fit --level is checked even without --predict-coords', () => {
    const d = dir();
    const c = join(d, 'c.csv');
    writeFileSync(c, '0\n1\n2\n');
    expectUserError(runCli(['spatial', 'fit', '--coords', c, '--residuals', c, '--level', '1.5']), /--level/);
  });
});
