/**
 * Run one job: the same code path serially, in a worker thread, or in a BullMQ worker,
 * so per-job results are bit-identical wherever they run.
 */
import { QuireError } from '../core/errors.js';
import { findStudy } from '../studies/registry.js';
import { runStudy } from '../studies/runner.js';
import type { StudyResult } from '../studies/types.js';
import type { Job } from './grid.js';

/** What a job produces: the study's output (deterministic) and its timing (not). */
export interface JobOutcome {
  id: string;
  result: Omit<StudyResult, 'seconds'>;
  seconds: number;
}

export async function executeJob(job: Job): Promise<JobOutcome> {
  const study = findStudy(job.study);
  if (!study) throw new QuireError(`sweep: unknown study '${job.study}'`);
  const { seconds, ...result } = await runStudy(study, { profile: job.profile, seed: job.seed, overrides: job.overrides });
  return { id: job.id, result, seconds };
}
