// Worker-thread entry for the sweep's thread pool: loads the plugins named in workerData
// once, then runs one job per message.
import { parentPort, workerData } from 'node:worker_threads';
import { executeJob, loadPlugins } from './execute.js';
import type { Job } from './grid.js';

const plugins = loadPlugins((workerData as { plugins?: string[] } | null)?.plugins ?? []);

parentPort?.on('message', (job: Job) => {
  plugins
    .then((p) => executeJob(job, p))
    .then(
      (outcome) => parentPort?.postMessage({ ok: true, outcome }),
      (e: Error) => parentPort?.postMessage({ ok: false, error: { message: e.message, name: e.name, stack: e.stack } }),
    );
});
