/**
 * The distributed runner on Redis through BullMQ. `enqueue` adds jobs with their stable
 * ids as BullMQ job ids (so re-adding a job is a no-op); `startWorker` takes jobs on any
 * machine; `collect` follows the sweep and writes each finished job to the store once.
 * A job whose worker dies is detected as stalled and retried, with bounded attempts and
 * exponential backoff. Deterministic user errors (QuireError) are not retried.
 */
import { Queue, UnrecoverableError, Worker, type Job as BullJob } from 'bullmq';
import { Redis } from 'ioredis';
import { QuireError, isQuireError } from '../core/errors.js';
import type { Job } from './grid.js';
import type { JobOutcome } from './execute.js';
import { executeJob } from './execute.js';

export const QUEUE_NAME = 'quire-sweep';

export interface RedisTarget {
  host: string;
  port: number;
  db: number;
}

/** Parse `redis://host:port[/db]`. @throws QuireError on anything else */
export function parseRedisUrl(url: string): RedisTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new QuireError(`--queue must be a URL like redis://host:port, got '${url}'`);
  }
  if (u.protocol !== 'redis:') throw new QuireError(`--queue must use redis://, got '${url}'`);
  const port = u.port === '' ? 6379 : Number(u.port);
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new QuireError(`--queue: bad database number in '${url}'`);
  return { host: u.hostname || '127.0.0.1', port, db };
}

function connectionOptions(t: RedisTarget) {
  return { host: t.host, port: t.port, db: t.db, maxRetriesPerRequest: null };
}

/**
 * Fail fast when Redis is unreachable: one connection attempt with a short timeout,
 * no retries.
 * @throws QuireError within about `timeoutMs`
 */
export async function checkRedis(url: string, timeoutMs = 3000): Promise<void> {
  const t = parseRedisUrl(url);
  const conn = new Redis({
    host: t.host,
    port: t.port,
    db: t.db,
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  conn.on('error', () => {});
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      conn.connect().then(() => conn.ping()),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (e) {
    throw new QuireError(`cannot reach Redis at ${url}: ${(e as Error).message}`);
  } finally {
    clearTimeout(timer);
    conn.disconnect();
  }
}

export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

/** Add jobs to the queue (ids are the stable job ids; existing ids are left alone). */
export async function enqueue(url: string, jobs: Job[], retry: RetryPolicy = { attempts: 3, backoffMs: 1000 }): Promise<void> {
  await checkRedis(url);
  const queue = new Queue<Job>(QUEUE_NAME, { connection: connectionOptions(parseRedisUrl(url)) });
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

export interface WorkerOptions {
  concurrency: number;
  /** how long a job's lock lives without renewal; a dead worker's job is retried after this */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** how many times a stalled job may be restarted before it fails */
  maxStalledCount?: number;
  onEvent?: (event: 'active' | 'completed' | 'failed', jobId: string, detail?: string) => void;
}

async function inlineProcessor(bj: BullJob<Job>): Promise<JobOutcome> {
  try {
    return await executeJob(bj.data);
  } catch (e) {
    if (isQuireError(e)) throw new UnrecoverableError((e as Error).message);
    throw e;
  }
}

/** Start a worker taking jobs from the queue; resolves to a handle with `close()`. */
export async function startWorker(url: string, opts: WorkerOptions): Promise<{ close: () => Promise<void> }> {
  await checkRedis(url);
  const connection = connectionOptions(parseRedisUrl(url));
  const sandboxed = opts.concurrency > 1;
  const ts = import.meta.url.endsWith('.ts');
  const processor = sandboxed ? new URL(ts ? './sandbox-dev.mjs' : './sandbox.js', import.meta.url) : inlineProcessor;
  const worker = new Worker<Job, JobOutcome>(QUEUE_NAME, processor, {
    connection,
    concurrency: opts.concurrency,
    useWorkerThreads: sandboxed,
    lockDuration: opts.lockDurationMs ?? 30_000,
    stalledInterval: opts.stalledIntervalMs ?? 30_000,
    maxStalledCount: opts.maxStalledCount ?? 2,
  });
  worker.on('active', (j) => opts.onEvent?.('active', j.id ?? '?'));
  worker.on('completed', (j) => opts.onEvent?.('completed', j.id ?? '?'));
  worker.on('failed', (j, err) => opts.onEvent?.('failed', j?.id ?? '?', err.message));
  worker.on('error', () => {});
  await worker.waitUntilReady();
  return { close: () => worker.close() };
}

/**
 * Follow a sweep until every job has completed, calling `onDone` once per job (in
 * completion order). Polls job states, so no completion event can be missed.
 * @throws QuireError when a job fails for good
 */
export async function collect(
  url: string,
  jobs: Job[],
  onDone: (job: Job, outcome: JobOutcome) => void,
  { pollMs = 300, signal }: { pollMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  await checkRedis(url);
  const queue = new Queue<Job, JobOutcome>(QUEUE_NAME, { connection: connectionOptions(parseRedisUrl(url)) });
  const pending = new Map(jobs.map((j) => [j.id, j]));
  try {
    while (pending.size > 0) {
      if (signal?.aborted) return;
      for (const [id, job] of [...pending]) {
        const bj = await queue.getJob(id);
        if (!bj) throw new QuireError(`sweep: job ${id} is not in the queue (was it removed?)`);
        const state = await bj.getState();
        if (state === 'completed') {
          pending.delete(id);
          onDone(job, bj.returnvalue);
        } else if (state === 'failed') {
          throw new QuireError(`sweep: job ${id} failed after ${bj.attemptsMade} attempt(s): ${bj.failedReason}`);
        }
      }
      if (pending.size > 0) await new Promise((r) => setTimeout(r, pollMs));
    }
  } finally {
    await queue.close();
  }
}
