/**
 * A small pool of worker threads for `quire tda classify --threads N`: every job of
 * `autoJobs` (one graph × distance candidate, or one series block) is split into chunks of
 * series and run on the threads; the results come back as `fitAuto`'s `precomputed` map.
 * Threads start the way the sweep's pool starts them (tsx-boot from TypeScript source, the
 * bundled entry beside this chunk from dist/bin).
 */
import { Worker } from 'node:worker_threads';
import { QuireError } from '../core/errors.js';
import { autoJobs, type AutoJob, type AutoOptions } from '../tda/auto.js';
import type { DtwTask, TdaTask } from './tda-thread.js';
import type { NearestNeighborResult } from '../tda/baselines.js';

function spawn(): Worker {
  if (import.meta.url.endsWith('.ts'))
    return new Worker(new URL('../sweep/tsx-boot.mjs', import.meta.url), {
      workerData: { quireEntry: new URL('./tda-thread.ts', import.meta.url).href },
    });
  return new Worker(new URL('./tda-thread.js', import.meta.url));
}

/** One block job (as `autoJobs` makes them). */
export type BlockJob = AutoJob;

/** A persistent pool of block workers (idle workers do not keep the process alive). */
export interface TdaPool {
  readonly threads: number;
  /**
   * Every job on every series, split into chunks of series across the threads. A job that
   * throws on some series is left out of the map (the caller recomputes it to report its error).
   */
  run(series: readonly Float64Array[], jobs: readonly BlockJob[]): Promise<Map<string, unknown[]>>;
  close(): Promise<void>;
}

/** Start a pool of `threads` workers for block jobs (lazily: no thread starts before the first run). */
export function createTdaPool(threads: number): TdaPool {
  if (!Number.isInteger(threads) || threads < 1) throw new QuireError(`--threads: must be an integer ≥ 1, got ${threads}`);
  let workers: Worker[] = [];
  let busy = false;
  return {
    threads,
    async run(series, jobs) {
      if (busy) throw new QuireError('TdaPool.run: the pool is already running a batch');
      busy = true;
      // chunks small enough to balance the threads, large enough that messages stay cheap
      const chunk = Math.max(1, Math.min(64, Math.ceil(series.length / (2 * threads))));
      const tasks: { task: TdaTask; key: string; start: number }[] = [];
      for (const j of jobs)
        for (let s = 0; s < series.length; s += chunk)
          tasks.push({
            key: j.key,
            start: s,
            task: { id: tasks.length, block: j.block, options: j.options, series: series.slice(s, s + chunk) },
          });
      const results = new Map<string, unknown[]>(jobs.map((j) => [j.key, new Array(series.length)]));
      const failed = new Set<string>();
      const n = Math.min(threads, tasks.length);
      while (workers.length < n) workers.push(spawn());
      const active = workers.slice(0, n);
      let next = 0;
      try {
        await Promise.all(
          active.map(
            (w) =>
              new Promise<void>((resolve, reject) => {
                w.ref();
                const send = (): void => {
                  if (next >= tasks.length) {
                    w.off('message', onMessage);
                    w.off('error', reject);
                    return resolve();
                  }
                  w.postMessage(tasks[next++].task);
                };
                const onMessage = (m: { id: number; ok: boolean; out?: unknown[] }): void => {
                  const t = tasks[m.id];
                  if (m.ok && m.out) m.out.forEach((v, i) => (results.get(t.key)![t.start + i] = v));
                  else failed.add(t.key);
                  send();
                };
                w.on('message', onMessage);
                w.once('error', reject);
                send();
              }),
          ),
        );
      } catch (e) {
        // a crashed worker: drop them all, the next run starts fresh ones
        await Promise.all(workers.map((w) => w.terminate()));
        workers = [];
        throw e;
      } finally {
        for (const w of workers) w.unref();
        busy = false;
      }
      for (const k of failed) results.delete(k);
      return results;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
      workers = [];
    },
  };
}

/**
 * Compute every auto job for these training series on `threads` worker threads.
 * A job that throws on some series is left out (fitAuto then recomputes it and reports its error).
 */
export async function precomputeAuto(series: Float64Array[], options: AutoOptions, threads: number): Promise<Map<string, unknown[]>> {
  const pool = createTdaPool(threads);
  try {
    return await pool.run(series, autoJobs(options));
  } finally {
    await pool.close();
  }
}

/** 1-NN DTW (leave-one-out window) on its own worker thread, so it runs beside the TDA fit. */
export async function nearestNeighborDtwInThread(
  train: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  test: readonly ArrayLike<number>[],
): Promise<NearestNeighborResult> {
  const w = spawn();
  const task: DtwTask = {
    id: 0,
    dtw: { train: train.map((y) => Float64Array.from(y)), labels: Array.from(labels), test: test.map((y) => Float64Array.from(y)) },
  };
  try {
    return await new Promise<NearestNeighborResult>((resolve, reject) => {
      w.once('message', (m: { ok: boolean; out?: NearestNeighborResult; error?: string }) =>
        m.ok && m.out ? resolve(m.out) : reject(new QuireError(m.error ?? 'nearestNeighborDtw failed')),
      );
      w.once('error', reject);
      w.postMessage(task);
    });
  } finally {
    await w.terminate();
  }
}
