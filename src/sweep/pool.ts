/**
 * A pool of worker threads that run sweep jobs. Threads are started once and reused
 * across jobs (a study's modules load once per thread, not once per job). Used by the
 * local runner and by `quire worker`, so a job never runs on the thread that renews
 * BullMQ's locks: however long a job computes, the main thread's event loop stays free.
 *
 * A thread that dies (an uncaught error, out of memory) fails only the job it held; the
 * pool starts a fresh thread for the next job.
 */
import { Worker } from 'node:worker_threads';
import { QuireError } from '../core/errors.js';
import type { Job } from './grid.js';
import type { JobOutcome } from './execute.js';

type Reply = { ok: true; outcome: JobOutcome } | { ok: false; error: { message: string; name: string; stack?: string } };

function spawnThread(plugins: string[]): Worker {
  // From TypeScript source (tests, tsx) the thread must register the tsx loader itself.
  if (import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./tsx-boot.mjs', import.meta.url), {
      workerData: { quireEntry: new URL('./thread.ts', import.meta.url).href, plugins },
    });
  }
  return new Worker(new URL('./thread.js', import.meta.url), { workerData: { plugins } });
}

/** Rebuild an error sent across the thread boundary, keeping its name (QuireError stays a QuireError). */
function reviveError(e: { message: string; name: string; stack?: string }): Error {
  if (e.name === 'QuireError') return new QuireError(e.message);
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

interface Task {
  job: Job;
  resolve: (o: JobOutcome) => void;
  reject: (e: Error) => void;
}

export class ThreadPool {
  readonly size: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();
  private readonly queue: Task[] = [];
  private started = 0;
  private closed = false;

  private readonly plugins: string[];

  /**
   * @param size - threads at most (started on demand)
   * @param plugins - plugin modules (file URLs) every thread loads once
   * @throws QuireError unless size is an integer ≥ 1
   */
  constructor(size: number, plugins: readonly string[] = []) {
    if (!Number.isInteger(size) || !(size >= 1)) throw new QuireError(`ThreadPool: size must be an integer ≥ 1, got ${size}`);
    this.size = size;
    this.plugins = [...plugins];
  }

  /** Threads started so far (they are started on demand and reused). */
  get threadsStarted(): number {
    return this.started;
  }

  /** Run one job on a pool thread. */
  run(job: Job): Promise<JobOutcome> {
    if (this.closed) return Promise.reject(new Error('ThreadPool: closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let w = this.idle.pop();
      if (!w) {
        if (this.busy.size + this.idle.length >= this.size) return;
        w = spawnThread(this.plugins);
        this.started++;
      }
      this.dispatch(w, this.queue.shift() as Task);
    }
  }

  private dispatch(w: Worker, task: Task): void {
    this.busy.add(w);
    const settle = () => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      this.busy.delete(w);
    };
    const onMessage = (m: Reply) => {
      settle();
      if (!this.closed) this.idle.push(w);
      if (m.ok) task.resolve(m.outcome);
      else task.reject(reviveError(m.error));
      this.pump();
    };
    const onError = (e: Error) => {
      // The thread is dead: fail its job, drop it, let the next job start a fresh one.
      settle();
      void w.terminate();
      task.reject(e);
      this.pump();
    };
    const onExit = (code: number) => onError(new Error(`sweep worker thread exited with code ${code} while running job ${task.job.id}`));
    w.on('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
    w.postMessage(task.job);
  }

  /** Stop every thread; pending jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('ThreadPool: closed'));
    const all = [...this.idle.splice(0), ...this.busy];
    this.busy.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
