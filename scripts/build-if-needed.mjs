// Build dist/ (tsc library + esbuild CLI bundle, scripts/build.mjs) when it is missing or older
// than any file under src/ or package.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stamp = 'dist/bin/quire.js';
const stale = !existsSync(stamp) || newest('src') > statSync(stamp).mtimeMs || statSync('package.json').mtimeMs > statSync(stamp).mtimeMs;
if (stale) {
  process.stderr.write('building quire (tsc + esbuild)…\n');
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
