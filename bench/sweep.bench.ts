// Sweep throughput (jobs/s) against the number of workers: serial, 1 and 2 pool threads,
// and 1 and 2 Redis/BullMQ workers (started in this process; each runs its jobs on its own
// pool thread, as `quire worker` does). Two grids of the test plugin's `spin` study, which
// holds a thread for a set wall time: 16 short jobs (250 ms: the runners' overhead shows)
// and 4 long jobs (30 s by default, QUIRE_BENCH_SWEEP_LONG_MS: longer than BullMQ's 30 s
// lock). A third grid runs a real study (meta, quick profile, 4 seeds) on 1 and 2 threads.
// Target (issue #22): 2 workers ≥ 1.8× serial on the long grid, on an idle 2-core machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type * as GridMod from '../src/sweep/grid.js';
import type * as ExecMod from '../src/sweep/execute.js';
import type * as LocalMod from '../src/sweep/local.js';
import type * as QueueMod from '../src/sweep/queue.js';
import type * as CatalogMod from '../src/studies/catalog.js';

// Threads start from the compiled dist/ when it exists (`npm run build`), as `quire` does;
// from source every thread would first compile TypeScript through tsx.
const base = existsSync(fileURLToPath(new URL('../dist/sweep/local.js', import.meta.url))) ? '../dist' : '../src';
const ext = base === '../dist' ? '.js' : '.ts';
const load = <T>(p: string) => import(new URL(`${base}/${p}${ext}`, import.meta.url).href) as Promise<T>;
const { expandGrid, parseGrid } = await load<typeof GridMod>('sweep/grid');
const { loadPlugins, pluginUrl } = await load<typeof ExecMod>('sweep/execute');
const { runSerial, runThreads } = await load<typeof LocalMod>('sweep/local');
const { cleanQueue, collect, enqueue, startWorker } = await load<typeof QueueMod>('sweep/queue');
const { loadStudy } = await load<typeof CatalogMod>('studies/catalog');
type Job = GridMod.Job;

const plugin = pluginUrl(fileURLToPath(new URL('../test/fixtures/sweep-plugin.mjs', import.meta.url)));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function timeIt(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return (performance.now() - t0) / 1000;
}

function line(grid: string, runner: string, jobs: number, seconds: number, serial: number): void {
  console.log(
    `${grid.padEnd(22)} ${runner.padEnd(18)} ${jobs} jobs in ${seconds.toFixed(2).padStart(7)} s → ${(jobs / seconds).toFixed(3)} jobs/s, ${(serial / seconds).toFixed(2)}× serial`,
  );
}

async function redisRuns(url: string, jobs: Job[], grid: string, serial: number): Promise<void> {
  for (const workers of [1, 2]) {
    await cleanQueue(url, 'all', true);
    const handles = await Promise.all(Array.from({ length: workers }, () => startWorker(url, { concurrency: 1, plugins: [plugin] })));
    const s = await timeIt(async () => {
      await enqueue(url, jobs);
      const failed = await collect(url, jobs, () => {}, { pollMs: 100 });
      if (failed.length) throw new Error(`bench: ${failed.length} jobs failed: ${failed[0].reason}`);
    });
    await Promise.all(handles.map((h) => h.close()));
    line(grid, `${workers} redis worker${workers > 1 ? 's' : ''}`, jobs.length, s, serial);
  }
}

export async function run(): Promise<void> {
  console.log(`(modules from ${base.slice(3)})`);
  const spin = (await loadPlugins([plugin]))[0];
  const longMs = Number(process.env.QUIRE_BENCH_SWEEP_LONG_MS ?? 30_000);
  const grids = [
    {
      name: 'short (16 × 250 ms)',
      jobs: expandGrid('spin', parseGrid(JSON.stringify({ seeds: { from: 1, to: 16 }, params: { spinMs: [250] } }), spin)),
    },
    {
      name: `long (4 × ${longMs / 1000} s)`,
      jobs: expandGrid('spin', parseGrid(JSON.stringify({ seeds: [1, 2, 3, 4], params: { spinMs: [longMs] } }), spin)),
    },
  ];
  const haveRedis = spawnSync('sh', ['-c', 'command -v redis-server']).status === 0;
  let redis: ReturnType<typeof spawn> | undefined;
  let url = '';
  if (haveRedis) {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    await new Promise((r) => setTimeout(r, 500));
  } else console.log('redis-server not found: Redis rows skipped (apt-get install redis-server)');
  try {
    for (const g of grids) {
      const serial = await timeIt(() => runSerial(g.jobs, () => {}, undefined, [plugin]));
      line(g.name, 'serial', g.jobs.length, serial, serial);
      for (const t of [1, 2])
        line(
          g.name,
          `${t} thread${t > 1 ? 's' : ''}`,
          g.jobs.length,
          await timeIt(() => runThreads(g.jobs, t, () => {}, undefined, [plugin])),
          serial,
        );
      if (haveRedis) await redisRuns(url, g.jobs, g.name, serial);
    }
    const meta = await loadStudy('meta');
    if (meta) {
      const jobs = expandGrid('meta', parseGrid(JSON.stringify({ seeds: [1, 2, 3, 4], params: {} }), meta));
      const serial = await timeIt(() => runSerial(jobs, () => {}));
      line('meta quick (4 seeds)', 'serial', jobs.length, serial, serial);
      for (const t of [1, 2])
        line(
          'meta quick (4 seeds)',
          `${t} thread${t > 1 ? 's' : ''}`,
          jobs.length,
          await timeIt(() => runThreads(jobs, t, () => {})),
          serial,
        );
    }
  } finally {
    redis?.kill('SIGKILL');
  }
}
