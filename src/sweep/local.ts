/**
 * The local runner: jobs on a pool of worker threads (default: one per core), each
 * thread running `executeJob`. Results come back to the main thread, which alone writes
 * the store, so the file never sees concurrent writers.
 */
import type { Job } from './grid.js';
import type { JobOutcome } from './execute.js';
import { executeJob, loadPlugins } from './execute.js';
import { ThreadPool } from './pool.js';

/** Run jobs serially in this thread (the reference for determinism checks). */
export async function runSerial(
  jobs: Job[],
  onDone: (job: Job, outcome: JobOutcome) => void,
  signal?: AbortSignal,
  plugins: readonly string[] = [],
): Promise<void> {
  const loaded = await loadPlugins(plugins);
  for (const job of jobs) {
    // Let the event loop turn between jobs, so a pending SIGINT handler can run and abort.
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) return;
    onDone(job, await executeJob(job, loaded));
  }
}

/**
 * Run jobs on a pool of `workers` threads, reused across jobs. Calls `onDone` in
 * completion order. Rejects on the first failed job after the running ones settle;
 * `signal` stops handing out new jobs.
 */
export async function runThreads(
  jobs: Job[],
  workers: number,
  onDone: (job: Job, outcome: JobOutcome) => void,
  signal?: AbortSignal,
  plugins: readonly string[] = [],
): Promise<void> {
  if (jobs.length === 0) return;
  const pool = new ThreadPool(Math.max(1, Math.min(workers, jobs.length)), plugins);
  let next = 0;
  let failure: Error | null = null;
  const lane = async () => {
    while (!failure && !signal?.aborted && next < jobs.length) {
      const job = jobs[next++];
      try {
        onDone(job, await pool.run(job));
      } catch (e) {
        failure ??= e as Error;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: pool.size }, lane));
  } finally {
    await pool.close();
  }
  if (failure) throw failure;
}
