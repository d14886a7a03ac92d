// linalg.svd (U, s, V) and linalg.eig (values and vectors) against numpy.linalg.svd / .eig on
// 1 thread by CPU time: interleaved rounds (quire, then a fresh numpy process), each call timed
// by its own process's CPU time, medians over all calls, with the load average (see
// bench/linalg-gemm-cpu.ts for why CPU time).
//
//   npx tsx bench/linalg-dense-cpu.ts [--kernels svd,eig] [--rounds 5] [--sizes 200,500]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from '../src/core/rng.js';
import * as la from '../src/core/linalg.js';

const median = (x: number[]): number => {
  const s = [...x].sort((p, q) => p - q);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : 0.5 * (s[h - 1] + s[h]);
};
const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};

export async function run(): Promise<void> {
  const rounds = Number(arg('--rounds', '5'));
  const sizes = arg('--sizes', '200,500').split(',').map(Number);
  const which = arg('--kernels', 'svd,eig').split(',');
  const dir = mkdtempSync(join(tmpdir(), 'quire-svd-'));
  try {
    for (const kname of which) {
      const f = kname === 'svd' ? (A: la.Mat) => la.svd(A) : (A: la.Mat) => la.eig(A);
      for (const n of sizes) {
        const a = new Rng(9).fillNormal(new Float64Array(n * n));
        writeFileSync(join(dir, 'a.f64'), Buffer.from(a.buffer));
        const A = la.mat(n, n, a);
        f(A);
        const q: number[] = [];
        const np: number[] = [];
        const l0 = loadavg()[0];
        for (let round = 0; round < rounds; round++) {
          for (let rep = 0; rep < 3; rep++) {
            const c0 = process.cpuUsage();
            f(A);
            const c = process.cpuUsage(c0);
            q.push((c.user + c.system) / 1e3);
          }
          const script = `import numpy as np, time, json\na = np.fromfile(${JSON.stringify(join(dir, 'a.f64'))}).reshape(${n}, ${n})\nnp.linalg.${kname}(a)\nts = []\nfor _ in range(3):\n    c = time.process_time(); np.linalg.${kname}(a); ts.append((time.process_time() - c) * 1e3)\nprint(json.dumps(ts))`;
          const env = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
          const r = spawnSync('python3', ['-c', script], { encoding: 'utf8', env });
          if (r.status !== 0) throw new Error(`numpy anchor failed: ${r.stderr}`);
          np.push(...(JSON.parse(r.stdout.trim().split('\n').pop() as string) as number[]));
        }
        const mq = median(q);
        const mn = median(np);
        console.log(
          `${kname} n=${n}: quire ${mq.toFixed(1)} ms · numpy ${mn.toFixed(1)} ms CPU → ${(mq / mn).toFixed(2)}× (${rounds} interleaved rounds × 3 calls; load ${l0.toFixed(2)} → ${loadavg()[0].toFixed(2)}; kernels: ${la.backend()})`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
