/**
 * Run one job: the same code path serially, in a worker thread, or in a BullMQ worker,
 * so per-job results are bit-identical wherever they run.
 *
 * Besides the built-in studies, a sweep can run studies from plugin modules (a module
 * exporting `studies: Study[]`), given on the command line of `quire sweep` and of each
 * `quire worker`. A job names only its study id, never a module: a worker runs only code
 * its own operator chose to load.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { QuireError } from '../core/errors.js';
import { loadStudy, studyIds } from '../studies/catalog.js';
import { runStudy } from '../studies/runner.js';
import type { Study, StudyConfig, StudyResult } from '../studies/types.js';
import type { Job } from './grid.js';

/** What a job produces: the study's output (deterministic) and its timing (not). */
export interface JobOutcome {
  id: string;
  result: Omit<StudyResult, 'seconds'>;
  seconds: number;
}

/** A plugin path as a file URL string (threads import it by URL). */
export function pluginUrl(path: string): string {
  return path.startsWith('file:') ? path : pathToFileURL(resolve(path)).href;
}

/**
 * Load plugin modules (file URLs or paths), each exporting `studies`.
 * @throws QuireError if a module cannot be loaded, exports no `studies` array, or repeats a built-in id
 */
export async function loadPlugins(modules: readonly string[]): Promise<Study<StudyConfig>[]> {
  const out: Study<StudyConfig>[] = [];
  for (const m of modules) {
    let mod: { studies?: unknown };
    try {
      mod = (await import(pluginUrl(m))) as { studies?: unknown };
    } catch (e) {
      throw new QuireError(`--plugin: cannot load '${m}': ${(e as Error).message}`);
    }
    if (!Array.isArray(mod.studies)) throw new QuireError(`--plugin: '${m}' does not export a 'studies' array`);
    for (const s of mod.studies as Study<StudyConfig>[]) {
      if (!s || typeof s.id !== 'string' || typeof s.run !== 'function' || !s.configs) {
        throw new QuireError(`--plugin: '${m}' exports a study without id, configs and run()`);
      }
      if (studyIds.includes(s.id)) throw new QuireError(`--plugin: '${m}' redefines the built-in study '${s.id}'`);
      out.push(s);
    }
  }
  return out;
}

/** A built-in study (loading only its own module) or a plugin study, by id. */
export async function resolveStudy(id: string, plugins: readonly Study<StudyConfig>[] = []): Promise<Study<StudyConfig> | undefined> {
  return (await loadStudy(id)) ?? plugins.find((s) => s.id === id);
}

export async function executeJob(job: Job, plugins: readonly Study<StudyConfig>[] = []): Promise<JobOutcome> {
  const study = await resolveStudy(job.study, plugins);
  if (!study) throw new QuireError(`sweep: unknown study '${job.study}' (a plugin study must be loaded with --plugin on every worker)`);
  const { seconds, ...result } = await runStudy(study, { profile: job.profile, seed: job.seed, overrides: job.overrides });
  return { id: job.id, result, seconds };
}
