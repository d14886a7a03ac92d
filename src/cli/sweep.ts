/**
 * `quire sweep`, `quire worker` and `quire report --from`: parameter grids on local
 * threads or on Redis/BullMQ workers, a resumable JSONL results store, and the report.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { QuireError } from '../core/errors.js';
import { findStudy, studies } from '../studies/registry.js';
import { ResultStore } from '../sweep/store.js';
import { expandGrid, parseGrid, type Job } from '../sweep/grid.js';
import type { JobOutcome } from '../sweep/execute.js';
import { runSerial, runThreads } from '../sweep/local.js';
import { collect, enqueue, parseRedisUrl, startWorker } from '../sweep/queue.js';
import { aggregate } from '../sweep/aggregate.js';
import { sweepResults } from '../sweep/report.js';
import { writeReport } from '../report/write.js';
import { action, parseIntArg, printJson, readText } from './common.js';
import { progressBar } from './progress.js';
import { version } from './version.js';

interface SweepOpts {
  grid: string;
  out?: string;
  workers?: number;
  queue?: string;
  wait?: boolean;
  attempts: number;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('sweep')
    .description('run a study over a parameter grid × seeds, on local threads or on Redis workers; results go to a resumable JSONL store')
    .argument('<study>', 'study id (e.g. meta, ot, tda; `quire reproduce --help` runs them all)')
    .requiredOption(
      '--grid <file>',
      'grid JSON: {"profile":"quick","seeds":[1,2]|{"from":1,"to":5},"params":{"key":[…]|{"from","to","step"|"num","log"}}}',
    )
    .option('--out <file>', 'results store (JSONL); finished job ids are skipped on rerun', 'sweep-results.jsonl')
    .option('--workers <n>', 'local worker threads (default: the number of cores; 0 runs serially in-process)', parseIntArg)
    .option('--queue <url>', 'enqueue on Redis (redis://host:port) for `quire worker` processes instead of running locally')
    .option('--wait', 'with --queue: follow progress and collect results into the store')
    .option('--attempts <n>', 'with --queue: attempts per job before it fails (retries use exponential backoff)', parseIntArg, 3)
    .option('--json', 'print one JSON summary object instead of text')
    .action(
      action(async (studyId: string, opts: SweepOpts) => {
        const study = findStudy(studyId);
        if (!study) throw new QuireError(`sweep: unknown study '${studyId}' (known: ${studies.map((s) => s.id).join(', ') || 'none'})`);
        const spec = parseGrid(readText(opts.grid, 'grid file'), study, opts.grid);
        const jobs = expandGrid(study.id, spec);
        if (opts.workers !== undefined && !(opts.workers >= 0)) throw new QuireError(`sweep: --workers must be ≥ 0, got ${opts.workers}`);
        if (!(opts.attempts >= 1)) throw new QuireError(`sweep: --attempts must be ≥ 1, got ${opts.attempts}`);
        if (opts.wait && !opts.queue) throw new QuireError('sweep: --wait needs --queue');
        if (opts.queue) parseRedisUrl(opts.queue);
        const store = ResultStore.open(opts.out ?? 'sweep-results.jsonl');
        const todo = jobs.filter((j) => !store.has(j.id));
        const bar = progressBar('sweep', { quiet: opts.json });
        let done = jobs.length - todo.length;
        let written = 0;
        const onDone = (job: Job, outcome: JobOutcome) => {
          if (store.add(job, outcome)) written++;
          bar.progress(++done, jobs.length, job.id);
        };
        const ac = new AbortController();
        const onSigint = () => ac.abort();
        process.once('SIGINT', onSigint);
        const t0 = performance.now();
        try {
          if (opts.queue) {
            await enqueue(opts.queue, todo, { attempts: opts.attempts, backoffMs: 1000 });
            if (opts.wait) await collect(opts.queue, todo, onDone, { signal: ac.signal });
          } else {
            const workers = opts.workers ?? availableParallelism();
            if (workers === 0) await runSerial(todo, onDone, ac.signal);
            else await runThreads(todo, workers, onDone, ac.signal);
          }
        } finally {
          bar.stop();
          process.off('SIGINT', onSigint);
        }
        const seconds = (performance.now() - t0) / 1000;
        const summary = {
          study: study.id,
          jobs: jobs.length,
          skipped: jobs.length - todo.length,
          ran: written,
          enqueued: opts.queue && !opts.wait ? todo.length : 0,
          store: store.path,
          seconds,
          interrupted: ac.signal.aborted,
          aggregates: aggregate(store.all().filter((r) => jobs.some((j) => j.id === r.id))),
        };
        if (opts.json) printJson(summary);
        else {
          process.stdout.write(
            `${study.id}: ${jobs.length} jobs, ${summary.skipped} already done, ${written} ran${summary.enqueued ? `, ${summary.enqueued} enqueued` : ''} in ${seconds.toFixed(1)} s → ${store.path}\n`,
          );
        }
        if (ac.signal.aborted) process.exitCode = 130;
      }),
    );

  program
    .command('worker')
    .description('take sweep jobs from a Redis queue and run them (run on any number of machines)')
    .requiredOption('--queue <url>', 'Redis URL, redis://host:port')
    .option('--concurrency <k>', 'jobs at once (k > 1 runs them on worker threads)', parseIntArg, 1)
    .option('--lock-ms <ms>', 'job lock duration; a dead worker’s job is retried after about this long', parseIntArg, 30_000)
    .option('--quiet', 'do not log each finished job')
    .action(
      action(async (opts: { queue: string; concurrency: number; lockMs: number; quiet?: boolean }) => {
        if (!(opts.concurrency >= 1)) throw new QuireError(`worker: --concurrency must be ≥ 1, got ${opts.concurrency}`);
        if (!(opts.lockMs >= 1000)) throw new QuireError(`worker: --lock-ms must be ≥ 1000, got ${opts.lockMs}`);
        const handle = await startWorker(opts.queue, {
          concurrency: opts.concurrency,
          lockDurationMs: opts.lockMs,
          stalledIntervalMs: Math.max(500, Math.floor(opts.lockMs / 2)),
          onEvent: (ev, id, detail) => {
            if (!opts.quiet) process.stderr.write(`worker: ${ev} ${id}${detail ? `: ${detail}` : ''}\n`);
          },
        });
        process.stderr.write(`worker: taking jobs from ${opts.queue} (concurrency ${opts.concurrency}); Ctrl-C to stop\n`);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await handle.close();
      }),
    );

  program
    .command('report')
    .description('render the HTML report from a sweep’s results store')
    .requiredOption('--from <file>', 'results store (JSONL) written by `quire sweep`')
    .option('--out <dir>', 'report directory', 'report')
    .option('--json', 'print one JSON object (paths and aggregates) instead of text')
    .action(
      action(async (opts: { from: string; out: string; json?: boolean }) => {
        readText(opts.from, 'results store');
        const store = ResultStore.open(opts.from);
        if (store.size === 0) throw new QuireError(`report: ${opts.from} has no results`);
        const results = sweepResults(store.all());
        const generated = new Date().toISOString();
        const paths = await writeReport(opts.out, results, { generated, version });
        if (opts.json) printJson({ report: paths, configs: results.length, jobs: store.size });
        else process.stdout.write(`report: ${paths.html} (${results.length} configs from ${store.size} jobs)\n`);
      }),
    );
}
