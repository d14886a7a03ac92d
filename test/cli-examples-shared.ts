/** Shared by the unit and e2e example tests: run each command's `--help` examples from a copy of examples/. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { EXAMPLES } from '../src/cli/examples.js';
import { runCli } from './cli-helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Split an example line into argv (no quoting is used in examples), dropping the leading `quire`. */
export function exampleArgv(line: string): string[] {
  const parts = line.trim().split(/\s+/);
  expect(parts[0]).toBe('quire');
  return parts.slice(1);
}

/** A fresh directory holding a copy of examples/, where examples may write their outputs. */
export function exampleDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'quire-examples-'));
  cpSync(join(root, 'examples'), join(d, 'examples'), { recursive: true });
  return d;
}

/** One test per command whose examples run in this suite; all of a command's examples share a directory, in order. */
export function defineExampleTests(where: 'test' | 'e2e', dir: () => string = exampleDir): void {
  const shared = where === 'e2e' ? dir() : null; // e2e: sweep writes the store that report reads
  for (const [path, ex] of Object.entries(EXAMPLES)) {
    if (ex.run !== where) continue;
    it(`quire ${path}: every --help example runs and exits 0`, () => {
      const cwd = shared ?? dir();
      for (const line of ex.lines) {
        const r = runCli(exampleArgv(line), { cwd });
        expect(r.code, `${line}\n${r.stderr}`).toBe(0);
        expect(r.stdout.trim().length, line).toBeGreaterThan(0);
      }
    });
  }
}
