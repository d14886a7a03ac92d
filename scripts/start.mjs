// `npm start`: build if needed, then run the quick reproduce and write report/.
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, ['dist/bin/quire.js', 'reproduce', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
