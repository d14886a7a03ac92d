// Worker-thread entry for the local sweep runner: runs one job per message.
import { parentPort } from 'node:worker_threads';
import { executeJob } from './execute.js';
import type { Job } from './grid.js';

parentPort?.on('message', (job: Job) => {
  executeJob(job).then(
    (outcome) => parentPort?.postMessage({ ok: true, outcome }),
    (e: Error) => parentPort?.postMessage({ ok: false, error: { message: e.message, name: e.name, stack: e.stack } }),
  );
});
