/**
 * `quire sweep`, `quire worker` and `quire report --from`: parameter grids on local
 * threads or on Redis/BullMQ workers, a resumable JSONL results store, and the report.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { QuireError } from '../core/errors.js';
import { studyIds } from '../studies/catalog.js';
import { loadPlugins, pluginUrl, resolveStudy } from '../sweep/execute.js';
import { ResultStore } from '../sweep/store.js';
import { expandGrid, parseGrid, type Job } from '../sweep/grid.js';
import type { JobOutcome } from '../sweep/execute.js';
import { runSerial, runThreads } from '../sweep/local.js';
import {
  cleanQueue,
  collect,
  enqueue,
  parseRedisUrl,
  queueStatus,
  redactUrl,
  retryFailed,
  startWorker,
  type FailedJob,
} from '../sweep/queue.js';
import { aggregate } from '../sweep/aggregate.js';
import { summarizeSweep, sweepReportHtml } from '../sweep/report.js';
import { writeReportFiles } from '../report/write.js';
import { action, parseIntArg, printJson, readText } from './common.js';
import { checkOutputDir, checkOutputFile } from './output.js';
import { progressBar } from './progress.js';
import { version } from './version.js';

interface SweepOpts {
  grid: string;
  out?: string;
  workers?: number;
  queue?: string;
  wait?: boolean;
  attempts: number;
  retryFailed?: boolean;
  plugin: string[];
  json?: boolean;
}

const collectList = (v: string, prev: string[]) => [...prev, v];
const PLUGIN_HELP = 'load extra studies from a JS module exporting `studies` (repeatable; every worker needs the same --plugin)';

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
    .option('--queue <url>', 'enqueue on Redis (redis://[:password@]host:port, or rediss:// for TLS) for `quire worker` processes')
    .option('--wait', 'with --queue: follow progress, collect results into the store, and report failed jobs (exit 1 if any)')
    .option('--attempts <n>', 'with --queue: attempts per job before it fails (retries use exponential backoff)', parseIntArg, 3)
    .option('--retry-failed', 'with --queue: re-enqueue this grid’s jobs that failed in an earlier run')
    .option('--plugin <module>', PLUGIN_HELP, collectList, [])
    .option('--json', 'print one JSON summary object instead of text')
    .action(
      action(async (studyId: string, opts: SweepOpts) => {
        checkOutputFile(opts.out ?? 'sweep-results.jsonl', 'sweep: --out');
        const plugins = opts.plugin.map(pluginUrl);
        const study = await resolveStudy(studyId, await loadPlugins(plugins));
        if (!study) throw new QuireError(`sweep: unknown study '${studyId}' (known: ${studyIds.join(', ')})`);
        const spec = parseGrid(readText(opts.grid, 'grid file'), study, opts.grid);
        const jobs = expandGrid(study.id, spec);
        if (opts.workers !== undefined && !(opts.workers >= 0)) throw new QuireError(`sweep: --workers must be ≥ 0, got ${opts.workers}`);
        if (!(opts.attempts >= 1)) throw new QuireError(`sweep: --attempts must be ≥ 1, got ${opts.attempts}`);
        if (opts.wait && !opts.queue) throw new QuireError('sweep: --wait needs --queue');
        if (opts.retryFailed && !opts.queue) throw new QuireError('sweep: --retry-failed needs --queue');
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
        let failed: FailedJob[] = [];
        let retried = 0;
        try {
          if (opts.queue) {
            await enqueue(opts.queue, todo, { attempts: opts.attempts, backoffMs: 1000 });
            if (opts.retryFailed) retried = await retryFailed(opts.queue, todo);
            if (opts.wait) failed = await collect(opts.queue, todo, onDone, { signal: ac.signal });
          } else {
            const workers = opts.workers ?? availableParallelism();
            if (workers === 0) await runSerial(todo, onDone, ac.signal, plugins);
            else await runThreads(todo, workers, onDone, ac.signal, plugins);
          }
        } finally {
          bar.stop();
          process.off('SIGINT', onSigint);
        }
        const seconds = (performance.now() - t0) / 1000;
        const interrupted = ac.signal.aborted;
        const summary = {
          study: study.id,
          jobs: jobs.length,
          skipped: jobs.length - todo.length,
          ran: written,
          enqueued: opts.queue && !opts.wait ? todo.length : 0,
          retried,
          failed,
          store: store.path,
          seconds,
          interrupted,
          aggregates: aggregate(store.all().filter((r) => jobs.some((j) => j.id === r.id))),
        };
        if (opts.json) printJson(summary);
        else {
          const parts = [`${jobs.length} jobs`, `${summary.skipped} already done`, `${written} ran`];
          if (summary.enqueued) parts.push(`${summary.enqueued} enqueued`);
          if (retried) parts.push(`${retried} failed job(s) re-enqueued`);
          if (failed.length) parts.push(`${failed.length} failed`);
          process.stdout.write(`${study.id}: ${parts.join(', ')} in ${seconds.toFixed(1)} s → ${store.path}\n`);
          if (interrupted) {
            process.stdout.write(
              `interrupted: ${jobs.length - summary.skipped - written} job(s) not finished; rerun the same command to finish them\n`,
            );
          }
        }
        if (failed.length) {
          for (const f of failed) process.stderr.write(`quire: job ${f.id} failed after ${f.attempts} attempt(s): ${f.reason}\n`);
          process.stderr.write(
            `quire: error: ${failed.length} of ${todo.length} job(s) failed; fix the cause, then rerun with --retry-failed\n`,
          );
          process.exitCode = 1;
        }
        if (ac.signal.aborted) process.exitCode = 130;
      }),
    );

  program
    .command('worker')
    .description('take sweep jobs from a Redis queue and run them (run on any number of machines)')
    .requiredOption('--queue <url>', 'Redis URL: redis://[:password@]host:port[/db], or rediss:// for TLS')
    .option('--concurrency <k>', 'jobs at once, each on its own worker thread (the main thread only renews locks)', parseIntArg, 1)
    .option('--lock-ms <ms>', 'job lock duration; a dead worker’s job is retried after about this long', parseIntArg, 30_000)
    .option('--quiet', 'do not log each finished job')
    .option('--plugin <module>', PLUGIN_HELP, collectList, [])
    .action(
      action(async (opts: { queue: string; concurrency: number; lockMs: number; quiet?: boolean; plugin: string[] }) => {
        const plugins = opts.plugin.map(pluginUrl);
        await loadPlugins(plugins); // fail fast here, not in every job
        if (!(opts.concurrency >= 1)) throw new QuireError(`worker: --concurrency must be ≥ 1, got ${opts.concurrency}`);
        if (!(opts.lockMs >= 1000)) throw new QuireError(`worker: --lock-ms must be ≥ 1000, got ${opts.lockMs}`);
        const handle = await startWorker(opts.queue, {
          concurrency: opts.concurrency,
          lockDurationMs: opts.lockMs,
          stalledIntervalMs: Math.max(500, Math.floor(opts.lockMs / 2)),
          plugins,
          onEvent: (ev, id, detail) => {
            if (!opts.quiet) process.stderr.write(`worker: ${ev} ${id}${detail ? `: ${detail}` : ''}\n`);
          },
        });
        process.stderr.write(`worker: taking jobs from ${redactUrl(opts.queue)} (concurrency ${opts.concurrency}); Ctrl-C to stop\n`);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await handle.close();
      }),
    );

  const queue = program.command('queue').description('inspect or clear a Redis sweep queue');
  queue
    .command('status')
    .description('jobs by state, connected workers, and the failed jobs with their errors')
    .requiredOption('--queue <url>', 'Redis URL: redis://[:password@]host:port[/db], or rediss:// for TLS')
    .option('--json', 'print one JSON object')
    .action(
      action(async (opts: { queue: string; json?: boolean }) => {
        const st = await queueStatus(opts.queue);
        if (opts.json) printJson(st);
        else {
          const c = st.counts;
          process.stdout.write(
            `queue ${st.url}: waiting ${c.waiting + c.prioritized + c.paused}, active ${c.active}, delayed ${c.delayed}, completed ${c.completed}, failed ${c.failed}; workers ${st.workers}\n`,
          );
          for (const f of st.failed) process.stdout.write(`  failed ${f.id} after ${f.attempts} attempt(s): ${f.reason}\n`);
        }
      }),
    );
  queue
    .command('clean')
    .description('remove failed or completed jobs, or everything (--all)')
    .requiredOption('--queue <url>', 'Redis URL: redis://[:password@]host:port[/db], or rediss:// for TLS')
    .option('--failed', 'remove failed jobs (the default)')
    .option('--completed', 'remove completed jobs (their results stay in your JSONL stores)')
    .option('--all', 'remove every job and the queue itself')
    .option('--force', 'with --all: even while jobs are running')
    .option('--json', 'print one JSON object')
    .action(
      action(async (opts: { queue: string; failed?: boolean; completed?: boolean; all?: boolean; force?: boolean; json?: boolean }) => {
        const chosen = [opts.failed && 'failed', opts.completed && 'completed', opts.all && 'all'].filter(Boolean) as (
          'failed' | 'completed' | 'all'
        )[];
        if (chosen.length > 1) throw new QuireError('queue clean: give one of --failed, --completed, --all');
        const what = chosen[0] ?? 'failed';
        const removed = await cleanQueue(opts.queue, what, opts.force === true);
        if (opts.json) printJson({ queue: redactUrl(opts.queue), cleaned: what, removed });
        else process.stdout.write(`queue ${redactUrl(opts.queue)}: removed ${removed} ${what === 'all' ? '' : `${what} `}job(s)\n`);
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
        checkOutputDir(opts.out, 'report: --out');
        const store = ResultStore.open(opts.from);
        if (store.size === 0) throw new QuireError(`report: ${opts.from} has no results`);
        const summaries = summarizeSweep(store.all());
        const generated = new Date().toISOString();
        const html = await sweepReportHtml(summaries, { generated, version });
        const json = JSON.stringify({ quire: version, generated, sweeps: summaries }, null, 2) + '\n';
        const paths = await writeReportFiles(opts.out, html, json);
        const configs = summaries.reduce((a, s) => a + s.configs.length, 0);
        if (opts.json) printJson({ report: paths, configs, jobs: store.size });
        else process.stdout.write(`report: ${paths.html} (${configs} configs from ${store.size} jobs)\n`);
      }),
    );
}
