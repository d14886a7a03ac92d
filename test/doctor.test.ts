/** `quire doctor` and the tests' loud skips: one line naming the tool and its install command; CI=true fails. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './cli-helpers.js';
import { haveTool } from './tools.js';
import { findTool, SYSTEM_TOOLS } from '../src/cli/doctor.js';

const saved = { PATH: process.env.PATH, CI: process.env.CI };
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.CI === undefined) delete process.env.CI;
  else process.env.CI = saved.CI;
  vi.restoreAllMocks();
});

describe('quire doctor', () => {
  it('reports each tool with what it enables and how to install a missing one', () => {
    const r = runCli(['doctor', '--json']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout) as { tools: { name: string; present: boolean; apt: string }[] };
    expect(o.tools.map((t) => t.name)).toEqual(['ripser', 'redis', 'chromium']);
    for (const t of o.tools) expect(t.present).toBe(findTool(SYSTEM_TOOLS[t.name as 'ripser'].program) !== null);
    const text = runCli(['doctor'], { env: { PATH: '/nonexistent' } });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^missing {2}ripser\n.*\n.*without it: .*\n.*install: sudo apt-get install -y ripser$/m);
    expect(text.stdout).toMatch(/missing {2}redis-server/);
  });
});

describe('loud skips', () => {
  it('a missing tool prints one line naming it and the install command; under CI=true it fails', () => {
    process.env.PATH = '/nonexistent';
    delete process.env.CI;
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(haveTool(SYSTEM_TOOLS.ripser, 'the ripser tests')).toBe(false);
    expect(err).toHaveBeenCalledTimes(1);
    expect(String(err.mock.calls[0][0])).toBe(
      'quire tests: SKIPPING the ripser tests: ripser not found (install: sudo apt-get install -y ripser)\n',
    );
    process.env.CI = 'true';
    expect(() => haveTool(SYSTEM_TOOLS.ripser, 'the ripser tests')).toThrow(/CI=true requires every tool/);
  });
});
