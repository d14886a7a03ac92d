/**
 * A small pool of worker threads for `quire tda classify --threads N`: every job of
 * `autoJobs` (one graph × distance candidate, or one series block) is split into chunks of
 * series and run on the threads; the results come back as `fitAuto`'s `precomputed` map.
 * Threads start the way the sweep's pool starts them (tsx-boot from TypeScript source, the
 * bundled entry beside this chunk from dist/bin).
 */
import { Worker } from 'node:worker_threads';
import { QuireError } from '../core/errors.js';
import { autoJobs, type AutoOptions } from '../tda/auto.js';
import type { DtwTask, TdaTask } from './tda-thread.js';
import type { NearestNeighborResult } from '../tda/baselines.js';

function spawn(): Worker {
  if (import.meta.url.endsWith('.ts'))
    return new Worker(new URL('../sweep/tsx-boot.mjs', import.meta.url), {
      workerData: { quireEntry: new URL('./tda-thread.ts', import.meta.url).href },
    });
  return new Worker(new URL('./tda-thread.js', import.meta.url));
}

/**
 * Compute every auto job for these training series on `threads` worker threads.
 * A job that throws on some series is left out (fitAuto then recomputes it and reports its error).
 */
export async function precomputeAuto(series: Float64Array[], options: AutoOptions, threads: number): Promise<Map<string, unknown[]>> {
  if (!Number.isInteger(threads) || threads < 1) throw new QuireError(`--threads: must be an integer ≥ 1, got ${threads}`);
  const jobs = autoJobs(options);
  const chunk = Math.max(1, Math.ceil(series.length / threads));
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
  const workers = Array.from({ length: Math.min(threads, tasks.length) }, spawn);
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= tasks.length) return resolve();
              w.postMessage(tasks[next++].task);
            };
            w.on('message', (m: { id: number; ok: boolean; out?: unknown[] }) => {
              const t = tasks[m.id];
              if (m.ok && m.out) m.out.forEach((v, i) => (results.get(t.key)![t.start + i] = v));
              else failed.add(t.key);
              send();
            });
            w.once('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  for (const k of failed) results.delete(k);
  return results;
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
