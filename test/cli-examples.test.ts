/**
 * Every command's `--help` ends with a working example (src/cli/examples.ts), and the fast
 * examples run here (the slow ones in cli-examples.e2e.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/program.js';
import { commandPath, EXAMPLES, leafCommands } from '../src/cli/examples.js';
import { runCli } from './cli-helpers.js';
import { defineExampleTests, exampleArgv } from './cli-examples-shared.js';

describe('CLI examples', () => {
  it('every leaf command has examples, and each example names that command', async () => {
    const program = await buildProgram(['node', 'quire', '--help']);
    const leaves = program.commands.flatMap(leafCommands).map(commandPath).sort();
    expect(leaves.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(EXAMPLES).sort()).toEqual(leaves);
    for (const [path, ex] of Object.entries(EXAMPLES)) {
      expect(ex.lines.length).toBeGreaterThan(0);
      for (const line of ex.lines) expect(exampleArgv(line).slice(0, path.split(' ').length).join(' ')).toBe(path);
    }
  });

  it('every --help ends with its examples', () => {
    for (const [path, ex] of Object.entries(EXAMPLES)) {
      const r = runCli([...path.split(' '), '--help']);
      expect(r.code, path).toBe(0);
      expect(r.stdout.trimEnd().endsWith(ex.lines.map((l) => `  ${l}`).join('\n')), `${path}:\n${r.stdout}`).toBe(true);
    }
  });

  defineExampleTests('test');
});
