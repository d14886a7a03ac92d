/**
 * `quire doctor`: which optional system tools are present, and what each one enables.
 * quire itself needs only Node ≥ 20; these Debian packages add cross-checks and back-ends.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { action, printJson } from './common.js';
import { version } from './version.js';

export interface SystemTool {
  /** the program: a name on PATH, or an absolute path */
  program: string;
  /** the Debian package that provides it */
  apt: string;
  /** what it enables */
  enables: string;
  /** what works without it */
  without: string;
}

/** The optional system tools (also in the README, and used by the tests' loud skips). */
export const SYSTEM_TOOLS: Record<'ripser' | 'redis' | 'chromium', SystemTool> = {
  ripser: {
    program: 'ripser',
    apt: 'ripser',
    enables: 'cross-checks of tda persistence against the ripser binary (tests) and the tda bench anchor',
    without: 'quire tda works fully; those tests skip and the bench prints no ripser ratio',
  },
  redis: {
    program: 'redis-server',
    apt: 'redis-server',
    enables: 'distributed sweeps (quire sweep --queue, quire worker, quire queue) and their tests',
    without: 'local sweeps on threads (quire sweep --workers N) work; Redis tests skip',
  },
  chromium: {
    program: '/usr/bin/chromium',
    apt: 'chromium',
    enables: 'the browser lab end-to-end tests (npm run test:e2e)',
    without: 'npm run lab still builds and serves the lab for your own browser',
  },
};

/** The command that installs every optional tool. */
export const INSTALL_ALL = `sudo apt-get install -y ${Object.values(SYSTEM_TOOLS)
  .map((t) => t.apt)
  .join(' ')}`;

/** Where a program is (absolute path), or null when it cannot be found. */
export function findTool(program: string): string | null {
  if (program.startsWith('/')) return existsSync(program) ? program : null;
  const r = spawnSync('/bin/sh', ['-c', `command -v ${program}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : null;
}

export function register(program: Command): void {
  program
    .command('doctor')
    .description('check the optional system tools (ripser, redis-server, chromium) and say what each enables')
    .option('--json', 'print one JSON object {quire, node, tools: [{name, program, present, path, apt, enables, without}]}')
    .action(
      action((o: { json?: boolean }) => {
        const tools = Object.entries(SYSTEM_TOOLS).map(([name, t]) => {
          const path = findTool(t.program);
          return { name, program: t.program, present: path !== null, path, apt: t.apt, enables: t.enables, without: t.without };
        });
        if (o.json) return printJson({ quire: version, node: process.versions.node, tools });
        const lines = [`quire ${version} on Node ${process.versions.node} (needs ≥ 20): ok`, ''];
        for (const t of tools) {
          lines.push(`${t.present ? 'present' : 'missing'}  ${t.program}${t.path && t.path !== t.program ? ` (${t.path})` : ''}`);
          lines.push(`         enables: ${t.enables}`);
          if (!t.present) lines.push(`         without it: ${t.without}`, `         install: sudo apt-get install -y ${t.apt}`);
        }
        const missing = tools.filter((t) => !t.present).length;
        lines.push('', missing === 0 ? 'all optional tools are present' : `${missing} optional tool(s) missing; all: ${INSTALL_ALL}`);
        process.stdout.write(lines.join('\n') + '\n');
      }),
    );
}
