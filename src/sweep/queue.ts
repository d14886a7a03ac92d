/**
 * The distributed runner on Redis through BullMQ. `enqueue` adds jobs with their stable
 * ids as BullMQ job ids (so re-adding a job is a no-op); `startWorker` takes jobs on any
 * machine; `collect` follows the sweep, writes each finished job to the store once, and
 * reports the jobs that failed for good; `retryFailed`, `queueStatus` and `cleanQueue`
 * recover and inspect a queue.
 *
 * Jobs never run on the thread that holds their lock: a worker hands every job to its
 * thread pool (`pool.ts`), whatever its concurrency, so BullMQ's lock renewal on the main
 * thread is never starved and a job of any length keeps its lock. A worker that really
 * dies stops renewing; its job is detected as stalled after `lockDurationMs` and retried.
 * Deterministic user errors (QuireError: a bad config) fail at once, without retries.
 */
import { Queue, UnrecoverableError, Worker, type Job as BullJob } from 'bullmq';
import { isIP } from 'node:net';
import { Redis, type RedisOptions } from 'ioredis';
import { QuireError, isQuireError } from '../core/errors.js';
import type { Job } from './grid.js';
import type { JobOutcome } from './execute.js';
import { ThreadPool } from './pool.js';

export const QUEUE_NAME = 'quire-sweep';

export interface RedisTarget {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  /** rediss:// — TLS */
  tls: boolean;
}

/** The URL with its password replaced by `***`, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/**
 * Parse `redis://[[user]:password@]host[:port][/db]` or `rediss://…` (TLS).
 * @throws QuireError on anything else
 */
export function parseRedisUrl(url: string): RedisTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new QuireError(`--queue must be a URL like redis://host:port or rediss://:password@host:port, got '${redactUrl(url)}'`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new QuireError(`--queue must use redis:// or rediss:// (TLS), got '${redactUrl(url)}'`);
  }
  const port = u.port === '' ? 6379 : Number(u.port);
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new QuireError(`--queue: bad database number in '${redactUrl(url)}'`);
  const t: RedisTarget = { host: u.hostname || '127.0.0.1', port, db, tls: u.protocol === 'rediss:' };
  if (u.username) t.username = decodeURIComponent(u.username);
  if (u.password) t.password = decodeURIComponent(u.password);
  return t;
}

function connectionOptions(t: RedisTarget): RedisOptions {
  return {
    host: t.host,
    port: t.port,
    db: t.db,
    ...(t.username ? { username: t.username } : {}),
    ...(t.password ? { password: t.password } : {}),
    // SNI takes a host name, never an IP address; the certificate is still checked against the IP.
    ...(t.tls ? { tls: isIP(t.host) ? {} : { servername: t.host } } : {}),
    maxRetriesPerRequest: null,
  };
}

/**
 * Fail fast when Redis is unreachable or refuses us: one connection attempt with a short
 * timeout, no retries.
 * @throws QuireError within about `timeoutMs`
 */
export async function checkRedis(url: string, timeoutMs = 3000): Promise<void> {
  const t = parseRedisUrl(url);
  const conn = new Redis({
    ...connectionOptions(t),
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // An AUTH failure arrives as an 'error' event, then the connection closes: keep it.
  let eventError = '';
  conn.on('error', (e: Error) => {
    eventError ||= e.message;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      conn.connect().then(() => conn.ping()),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (e) {
    const msg = eventError && eventError !== (e as Error).message ? `${eventError} (${(e as Error).message})` : (e as Error).message;
    const hint = /NOAUTH|WRONGPASS|invalid password|AUTH/i.test(msg) ? ' (check the password in the URL: redis://:password@host)' : '';
    throw new QuireError(`cannot reach Redis at ${redactUrl(url)}: ${msg}${hint}`);
  } finally {
    clearTimeout(timer);
    conn.disconnect();
  }
}

function openQueue(url: string): Queue<Job, JobOutcome> {
  return new Queue<Job, JobOutcome>(QUEUE_NAME, { connection: connectionOptions(parseRedisUrl(url)) });
}

export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

/** Add jobs to the queue (ids are the stable job ids; existing ids are left alone). */
export async function enqueue(url: string, jobs: Job[], retry: RetryPolicy = { attempts: 3, backoffMs: 1000 }): Promise<void> {
  await checkRedis(url);
  const queue = openQueue(url);
  try {
    for (let i = 0; i < jobs.length; i += 500) {
      await queue.addBulk(
        jobs.slice(i, i + 500).map((j) => ({
          name: j.study,
          data: j,
          opts: {
            jobId: j.id,
            attempts: retry.attempts,
            backoff: { type: 'exponential', delay: retry.backoffMs },
            removeOnComplete: false,
            removeOnFail: false,
          },
        })),
      );
    }
  } finally {
    await queue.close();
  }
}

/**
 * Move the given jobs that are in the failed state back to waiting, with their attempt
 * counters reset. Returns how many were re-enqueued.
 */
export async function retryFailed(url: string, jobs: Job[]): Promise<number> {
  await checkRedis(url);
  const queue = openQueue(url);
  let n = 0;
  try {
    for (const j of jobs) {
      const bj = await queue.getJob(j.id);
      if (bj && (await bj.getState()) === 'failed') {
        await bj.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        n++;
      }
    }
  } finally {
    await queue.close();
  }
  return n;
}

export interface WorkerOptions {
  /** jobs at once; each runs on its own pool thread */
  concurrency: number;
  /** how long a job's lock lives without renewal; a dead worker's job is retried after this */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** how many times a stalled job may be restarted before it fails */
  maxStalledCount?: number;
  onEvent?: (event: 'active' | 'completed' | 'failed', jobId: string, detail?: string) => void;
  /** plugin modules (file URLs) whose studies this worker may run */
  plugins?: readonly string[];
}

/** Start a worker taking jobs from the queue; resolves to a handle with `close()`. */
export async function startWorker(url: string, opts: WorkerOptions): Promise<{ close: () => Promise<void> }> {
  await checkRedis(url);
  const pool = new ThreadPool(opts.concurrency, opts.plugins ?? []);
  const processor = async (bj: BullJob<Job>): Promise<JobOutcome> => {
    try {
      return await pool.run(bj.data);
    } catch (e) {
      // A bad config fails the same way every time: do not retry it.
      if (isQuireError(e)) throw new UnrecoverableError(`QuireError: ${(e as Error).message}`);
      throw e;
    }
  };
  const worker = new Worker<Job, JobOutcome>(QUEUE_NAME, processor, {
    connection: connectionOptions(parseRedisUrl(url)),
    concurrency: opts.concurrency,
    lockDuration: opts.lockDurationMs ?? 30_000,
    stalledInterval: opts.stalledIntervalMs ?? 30_000,
    maxStalledCount: opts.maxStalledCount ?? 2,
  });
  worker.on('active', (j) => opts.onEvent?.('active', j.id ?? '?'));
  worker.on('completed', (j) => opts.onEvent?.('completed', j.id ?? '?'));
  worker.on('failed', (j, err) => opts.onEvent?.('failed', j?.id ?? '?', err.message));
  worker.on('error', () => {});
  await worker.waitUntilReady();
  return {
    close: async () => {
      await worker.close();
      await pool.close();
    },
  };
}

/** A job that failed for good. */
export interface FailedJob {
  id: string;
  attempts: number;
  reason: string;
}

/**
 * Follow a sweep until every job has completed or failed for good, calling `onDone` once
 * per completed job (in completion order). Polls job states, so no completion is missed.
 * Returns the failed jobs (empty when all completed). `signal` stops following early.
 * @throws QuireError if a job is missing from the queue
 */
export async function collect(
  url: string,
  jobs: Job[],
  onDone: (job: Job, outcome: JobOutcome) => void,
  { pollMs = 300, signal }: { pollMs?: number; signal?: AbortSignal } = {},
): Promise<FailedJob[]> {
  await checkRedis(url);
  const queue = openQueue(url);
  const pending = new Map(jobs.map((j) => [j.id, j]));
  const failed: FailedJob[] = [];
  try {
    while (pending.size > 0) {
      if (signal?.aborted) break;
      for (const [id, job] of [...pending]) {
        const bj = await queue.getJob(id);
        if (!bj) throw new QuireError(`sweep: job ${id} is not in the queue (was the queue cleaned while the sweep ran?)`);
        const state = await bj.getState();
        if (state === 'completed') {
          pending.delete(id);
          onDone(job, bj.returnvalue);
        } else if (state === 'failed') {
          pending.delete(id);
          failed.push({ id, attempts: bj.attemptsMade, reason: bj.failedReason });
        }
      }
      if (pending.size > 0) await new Promise((r) => setTimeout(r, pollMs));
    }
  } finally {
    await queue.close();
  }
  return failed;
}

export interface QueueStatus {
  url: string;
  counts: Record<'waiting' | 'active' | 'delayed' | 'completed' | 'failed' | 'paused' | 'prioritized', number>;
  workers: number;
  failed: FailedJob[];
}

/** Counts by state, the number of connected workers, and up to `limit` failed jobs with their reasons. */
export async function queueStatus(url: string, limit = 20): Promise<QueueStatus> {
  await checkRedis(url);
  const queue = openQueue(url);
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'paused', 'prioritized');
    const failedJobs = await queue.getFailed(0, Math.max(0, limit - 1));
    return {
      url: redactUrl(url),
      counts: {
        waiting: c.waiting ?? 0,
        active: c.active ?? 0,
        delayed: c.delayed ?? 0,
        completed: c.completed ?? 0,
        failed: c.failed ?? 0,
        paused: c.paused ?? 0,
        prioritized: c.prioritized ?? 0,
      },
      workers: await queue.getWorkersCount(),
      failed: failedJobs.map((j) => ({ id: j.id ?? '?', attempts: j.attemptsMade, reason: j.failedReason })),
    };
  } finally {
    await queue.close();
  }
}

/**
 * Clear the queue. `what`: 'failed' or 'completed' removes jobs in that state; 'all'
 * removes every job and the queue's keys.
 * @throws QuireError for 'all' while jobs are active, unless `force`
 */
export async function cleanQueue(url: string, what: 'failed' | 'completed' | 'all', force = false): Promise<number> {
  await checkRedis(url);
  const queue = openQueue(url);
  try {
    if (what === 'all') {
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'paused', 'prioritized');
      const total = Object.values(c).reduce((a, b) => a + b, 0);
      if ((c.active ?? 0) > 0 && !force) {
        throw new QuireError(`queue clean: ${c.active} job(s) are running; stop the workers or pass --force`);
      }
      await queue.obliterate({ force: true });
      return total;
    }
    let removed = 0;
    for (;;) {
      const ids = await queue.clean(0, 1000, what);
      removed += ids.length;
      if (ids.length < 1000) break;
    }
    return removed;
  } finally {
    await queue.close();
  }
}
