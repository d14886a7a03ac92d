// CLI start-up cost: median CPU seconds (user + sys) of a command over several runs, minus
// the same for `node -e 0`. Usage: node scripts/startup-cpu.mjs [runs] -- <cmd> [args…]
// e.g. node scripts/startup-cpu.mjs 7 -- node dist/bin/quire.js --version
import { spawnSync } from 'node:child_process';

const sep = process.argv.indexOf('--');
const runs = Number(sep > 2 ? process.argv[2] : 7);
const cmd = process.argv.slice(sep + 1);
if (sep < 0 || cmd.length === 0) {
  console.error('usage: node scripts/startup-cpu.mjs [runs] -- <cmd> [args…]');
  process.exit(2);
}

/** CPU seconds (user + sys) of one child process, measured by /usr/bin/time. */
function cpu(argv) {
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', ...argv], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  const [u, s] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return u + s;
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = [];
const meas = [];
for (let i = 0; i < runs; i++) {
  base.push(cpu([process.execPath, '-e', '0']));
  meas.push(cpu(cmd));
}
const b = median(base);
const m = median(meas);
console.log(
  `${cmd.join(' ')}: CPU ${m.toFixed(3)} s; node -e 0: ${b.toFixed(3)} s; beyond node: ${(m - b).toFixed(3)} s (median of ${runs})`,
);
