import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-helpers.js';

describe('quire CLI (foundation)', () => {
  it('--help lists reproduce and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/reproduce/);
  });

  it("--version and -V print quire's version from package.json", () => {
    const want = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-V']) {
      const r = runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(want);
    }
  });

  it('reproduce --only nosuch exits 2 with a clear message and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'quire-cli-'));
    const r = runCli(['reproduce', '--only', 'nosuch', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quire: error: reproduce: unknown study 'nosuch'/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('an unknown option is a usage error: exit 2 with the quire prefix', () => {
    const r = runCli(['reproduce', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quire: error: unknown option '--bogus'/);
  });

  it('a bad --seed value is rejected with exit 2', () => {
    const r = runCli(['reproduce', '--seed', 'abc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quire: error:.*seed/);
  });
});
