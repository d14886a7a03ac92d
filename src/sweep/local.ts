/**
 * The local runner: jobs on a pool of worker threads (default: one per core), each
 * thread running `executeJob`. Results come back to the main thread, which alone writes
 * the store, so the file never sees concurrent writers.
 */
import { Worker } from 'node:worker_threads';
import type { Job } from './grid.js';
import type { JobOutcome } from './execute.js';
import { executeJob } from './execute.js';

type Message = { ok: true; outcome: JobOutcome } | { ok: false; error: { message: string; name: string; stack?: string } };

function spawnThread(): Worker {
  // From TypeScript source (tests, tsx) the thread must register the tsx loader itself.
  if (import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./tsx-boot.mjs', import.meta.url), {
      workerData: { quireEntry: new URL('./thread.ts', import.meta.url).href },
    });
  }
  return new Worker(new URL('./thread.js', import.meta.url));
}

/** Run jobs serially in this thread (the reference for determinism checks). */
export async function runSerial(jobs: Job[], onDone: (job: Job, outcome: JobOutcome) => void, signal?: AbortSignal): Promise<void> {
  for (const job of jobs) {
    // Let the event loop turn between jobs, so a pending SIGINT handler can run and abort.
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) return;
    onDone(job, await executeJob(job));
  }
}

/**
 * Run jobs on `workers` threads. Calls `onDone` in completion order. Rejects on the first
 * failed job after the running ones settle; `signal` stops handing out new jobs.
 */
export async function runThreads(
  jobs: Job[],
  workers: number,
  onDone: (job: Job, outcome: JobOutcome) => void,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  let failure: Error | null = null;
  const pool = Array.from({ length: Math.max(1, Math.min(workers, jobs.length)) }, () => spawnThread());
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve) => {
            const give = () => {
              if (failure || signal?.aborted || next >= jobs.length) {
                resolve();
                return;
              }
              const job = jobs[next++];
              const onMessage = (m: Message) => {
                w.off('error', onError);
                if (m.ok) {
                  onDone(job, m.outcome);
                  give();
                } else {
                  const e = new Error(m.error.message);
                  e.name = m.error.name;
                  e.stack = m.error.stack;
                  failure ??= e;
                  resolve();
                }
              };
              const onError = (e: Error) => {
                w.off('message', onMessage);
                failure ??= e;
                resolve();
              };
              w.once('message', onMessage);
              w.once('error', onError);
              w.postMessage(job);
            };
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  if (failure) throw failure;
}
