/**
 * Run the CLI as a child process and capture its exit code and output. Uses the bundled
 * dist/bin/quire.js when it is newer than every source file (`npm test` builds it first: a plain-node
 * start is several times cheaper), and the TypeScript source through tsx otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const distMain = join(root, 'dist/bin/quire.js');
const useDist = existsSync(distMain) && statSync(distMain).mtimeMs >= newest(join(root, 'src'));

/** The argv prefix that starts the CLI: `node dist/bin/quire.js` (the bundle) or `node --import tsx src/cli/main.ts`. */
// tsx by absolute URL: a bare `--import tsx` resolves from the child's cwd, which tests set to temp dirs.
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
export const cliArgv: string[] = useDist ? [distMain] : ['--import', tsxLoader, join(root, 'src/cli/main.ts')];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [...cliArgv, ...args], {
    cwd: opts.cwd ?? root,
    encoding: 'utf8',
    input: opts.input,
    env: { ...process.env, FORCE_COLOR: '0', ...opts.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
