// BullMQ sandboxed processor (one per worker thread when `quire worker --concurrency k > 1`).
import type { Job as BullJob } from 'bullmq';
import { executeJob } from './execute.js';
import type { Job } from './grid.js';

export default async function process(job: BullJob<Job>) {
  return executeJob(job.data);
}
